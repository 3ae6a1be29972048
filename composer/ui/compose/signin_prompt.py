"""The "sign in again" prompt of the compose window, for a profile whose OAuth sign-in is
missing, expired or was withdrawn.

Sending failed with :class:`~composer.profiles.oauth.errors.SignInExpired` (or
``SignInNeeded``): the window asks whether to sign in now; **Sign in…** runs the browser
flow off the GUI thread (:mod:`composer.profiles.oauth.signin`), shows a box with Cancel
while it waits, and signals :attr:`SignInPrompt.signed_in` so the message is sent again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from composer.errors import Cancelled, ComposerError, UserMessage
from composer.profiles.credentials import Credentials
from composer.profiles.model import Profile
from composer.ui.tasks import Task, TaskContext, TaskFailure, TaskRunner

__all__ = ["SignInPrompt"]


class SignInPrompt(QObject):
    """Asks to sign *profile* in again, and does it.

    Signals:
        signed_in(): the sign-in worked; send again.
        failed(UserMessage): it did not (cancelled: no signal).
    """

    signed_in = Signal()
    failed = Signal(object)

    def __init__(
        self, parent: QWidget, profile: Profile, credentials: Credentials, what: str
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._profile = profile.copy()
        self._store = credentials.store
        self._runner = TaskRunner(self, max_threads=1)
        self._task: Task[str] | None = None
        self.box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Sign in again"),
            what,
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        self.box.setObjectName("signInAgain")
        self.box.setInformativeText(
            self.tr("Sign in now in your browser; Composer then sends the message.")
        )
        self.sign_in_button = self.box.addButton(
            self.tr("Sign in…"), QMessageBox.ButtonRole.AcceptRole
        )
        self.box.addButton(QMessageBox.StandardButton.Cancel)
        self.sign_in_button.clicked.connect(self._on_sign_in_button_clicked)
        self.waiting: QMessageBox | None = None

    def open(self) -> None:
        self.box.open()

    def _on_sign_in_button_clicked(self) -> None:
        from composer.profiles.oauth.signin import sign_in

        profile, store = self._profile, self._store

        def work(ctx: TaskContext) -> str:
            return sign_in(profile, store, token=ctx.token)

        task: Task[str] = self._runner.submit(work, "sign-in")
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        task.cancelled.connect(self._close_waiting)
        self._task = task
        waiting = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Sign in again"),
            self.tr("Waiting for you to sign in in the browser…"),
            QMessageBox.StandardButton.Cancel,
            self._parent,
        )
        waiting.setObjectName("signInWaiting")
        waiting.rejected.connect(task.cancel)
        self.waiting = waiting
        waiting.open()

    def _close_waiting(self) -> None:
        if self.waiting is not None:
            self.waiting.blockSignals(True)
            self.waiting.close()
            self.waiting = None

    def _on_task_succeeded(self, _who: str) -> None:
        self._close_waiting()
        self.signed_in.emit()

    def _on_task_failed(self, failure: TaskFailure) -> None:
        self._close_waiting()
        exc = failure.exception
        if isinstance(exc, Cancelled):
            return
        message = exc.message if isinstance(exc, ComposerError) else UserMessage(failure.message)
        self.failed.emit(message)
