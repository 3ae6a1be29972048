"""Sending off the GUI thread: the window's send job, and the panel that shows it.

:class:`SendJob` runs the Qt-free send job (:func:`composer.sending.job.run_send`) in two
tasks: the sign-in on a thread (the keyring may block or prompt), then the send in a child
process (:class:`~composer.ui.tasks.ProcessTaskRunner`: building a message with a 50 MB
attachment holds the GIL for seconds, and Cancel kills the child until the end of the
message goes out). The preview mailbox lives in this process, so in-app sends run on a thread.
The tasks get plain data: a copy of the profile and of this session's passwords, never the
window's objects. :class:`SendPanel` shows progress with Cancel, then the result: sent,
refused (who and why), in doubt or failed (what happened, what to do, and "Copy details").
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from composer.compose.message import ComposedMessage
from composer.errors import UserMessage
from composer.errors.describe import describe
from composer.outbox.runner import send_held
from composer.profiles.model import BackendKind, OAuthProvider, PasswordNeeded, Profile
from composer.profiles.oauth.errors import SignInExpired, SignInNeeded
from composer.profiles.oauthswitch import refused_provider
from composer.sending import result as results
from composer.sending.account import Account, SignIn
from composer.sending.job import SendAccepted, SendProgress, SendRequest, SendResult, run_send
from composer.sending.result import SendStatus
from composer.sending.servercopy import queue_folder_for as server_copy_folder
from composer.storage.sentbox import SentBox
from composer.ui.compose.profiles import ComposeProfiles
from composer.ui.errors import copy_to_clipboard, log_message
from composer.ui.taskchild import install_language
from composer.ui.tasks import ProcessTaskRunner, Task, TaskFailure, TaskRunner, WorkerDied
from composer.ui.translations import current_language

log = logging.getLogger(__name__)


class SendJob(QObject):
    """One send from the compose window. Emits :attr:`progress_changed` and
    :attr:`accepted`, then :attr:`finished`, or :attr:`password_needed`.

    Args:
        msg: the message.
        profile: the profile to send with (copied).
        profiles: the window's profiles: read here, on the GUI thread, for this session's
            passwords; the tasks get a copy.
        sentbox: where to keep the Sent copy.
    """

    progress_changed = Signal(int, int)  # done, total (per mille)
    accepted = Signal()  # the server took the message: no cancelling from now on
    finished = Signal(object)  # SendResult
    password_needed = Signal(str, str)  # profile name, account
    signin_needed = Signal(str, str)  # profile name, what happened (OAuth: sign in again)

    def __init__(
        self,
        msg: ComposedMessage,
        profile: Profile,
        profiles: ComposeProfiles,
        sentbox: SentBox | None = None,
        parent: QObject | None = None,
        queued: tuple[Path, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._msg = msg
        self._queued = queued  # (outbox folder, id): send that held copy instead
        self._account = Account(profile, profiles.credentials.snapshot())
        self._folder = sentbox.folder if sentbox is not None else None
        self._threads = TaskRunner(self, max_threads=1)
        self._processes = ProcessTaskRunner(
            self, initializer=install_language, initargs=(current_language(),)
        )
        self._task: Task[Any] | None = None
        self._running = False
        #: The sign-in the message went out with (the copy for the server's Sent uses it).
        self.sign_in: SignIn | None = None
        self._copies = server_copy_folder(profile)

    @property
    def profile(self) -> Profile:
        return self._account.profile

    def start(self) -> None:
        self._running = True
        account = self._account
        task: Task[SignIn] = self._threads.submit(lambda _ctx: account.sign_in(), "sign-in")
        task.succeeded.connect(self._on_sign_in_succeeded)
        task.failed.connect(self._on_sign_in_failed)
        task.cancelled.connect(self._on_task_cancelled)
        self._task = task

    def cancel(self) -> bool:
        """Ask to stop; False when the end of the message already went out."""
        return self._task.cancel() if self._task is not None else False

    def is_running(self) -> bool:
        return self._running

    def _on_sign_in_succeeded(self, sign_in: SignIn) -> None:
        profile = self.profile
        self.sign_in = sign_in
        request = SendRequest(self._msg, profile, sign_in, self._folder, self._copies)
        work = functools.partial(run_send, request)
        if self._queued is not None:
            folder, item_id = self._queued
            work = functools.partial(
                send_held, folder, item_id, profile, sign_in, self._folder, self._copies
            )
        if profile.backend is BackendKind.LOCMEM:  # its outbox is this process's memory
            task: Task[SendResult] = self._threads.submit(work, "send")
        else:
            task = self._processes.submit(work, "send")
        task.progress.connect(self._on_send_progress)
        task.succeeded.connect(self._finish)
        task.failed.connect(self._on_send_failed)
        task.cancelled.connect(self._on_task_cancelled)
        self._task = task

    def _on_sign_in_failed(self, failure: TaskFailure) -> None:
        exc = failure.exception
        if isinstance(exc, PasswordNeeded):
            self._running = False
            self.password_needed.emit(exc.profile_name, exc.account)
            return
        log.warning("Signing in with %r failed", self.profile.name, exc_info=exc)
        self._finish(results.failed(exc, self.profile.name, self.profile.delivers))
        if isinstance(exc, SignInExpired | SignInNeeded):
            self.signin_needed.emit(self.profile.name, exc.message.what)

    def _on_send_progress(self, event: object) -> None:
        if isinstance(event, SendProgress):
            self.progress_changed.emit(event.permille, 1000)
        elif isinstance(event, SendAccepted):
            self.accepted.emit()

    def _on_send_failed(self, failure: TaskFailure) -> None:
        exc = failure.exception
        profile = self.profile
        if isinstance(exc, WorkerDied) and exc.committed:
            self._finish(_sent_without_copy(profile, exc))
            return
        log.error("The send stopped unexpectedly: %s\n%s", exc, failure.traceback)
        self._finish(
            results.SendResult(SendStatus.FAILED, describe(exc), profile.name, profile.delivers)
        )

    def _on_task_cancelled(self) -> None:
        self._finish(results.cancelled(self.profile.name, self.profile.delivers))

    def _finish(self, result: SendResult) -> None:
        self._running = False
        self.finished.emit(result)


def _sent_without_copy(profile: Profile, exc: WorkerDied) -> SendResult:
    """The child died after the end of the message went out: it most likely went out, so
    this is no failure, and sending again would deliver it twice."""
    return SendResult(
        SendStatus.SENT,
        UserMessage(
            QCoreApplication.translate("SendJob", "Sent, but the copy for Sent could not be kept."),
            QCoreApplication.translate(
                "SendJob",
                "The server accepted the message, so do not send it again. It stays in this "
                "window: File ▸ Save as… keeps a copy.",
            ),
            f"The sending process stopped (exit code {exc.exit_code}) after the end of the "
            "message went out, while waiting for the server or keeping its copy for Sent.",
        ),
        profile.name,
        profile.delivers,
        copy_lost=True,
    )


class SendPanel(QFrame):
    """Progress while sending; afterwards the outcome in plain words."""

    cancel_requested = Signal()
    undo_requested = Signal()
    dismissed = Signal()
    #: The provider turned password sign-in off: sign in with this OAuthProvider instead.
    switch_requested = Signal(object)

    _STYLES: ClassVar[dict[str, str]] = {
        "progress": "#eef3fb",
        "ok": "#e8f5e9",
        "preview": "#fff8e1",
        "warning": "#fff3e0",
        "error": "#fdecea",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        self.title.setObjectName("sendTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.advice = QLabel(self)
        self.advice.setObjectName("sendAdvice")
        self.advice.setWordWrap(True)
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("sendProgress")
        self.progress.setRange(0, 0)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelSend")
        self.undo_button = QPushButton(self.tr("&Undo"), self)
        self.undo_button.setObjectName("undoSend")
        self.undo_button.hide()
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.copy_button.setObjectName("copyDetails")
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setObjectName("dismissResult")
        self.switch_button = QPushButton(self)
        self.switch_button.setObjectName("switchToOAuth")
        self.switch_button.hide()
        self._switch_to: OAuthProvider | None = None
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.advice)
        text.addWidget(self.progress)
        row = QHBoxLayout(self)
        row.addLayout(text, 1)
        row.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.switch_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self._details = ""
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.undo_button.clicked.connect(self.undo_requested)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.dismiss_button.clicked.connect(self._on_dismiss_button_clicked)
        self.switch_button.clicked.connect(self._on_switch_button_clicked)
        self.hide()

    def _style(self, kind: str) -> None:
        self.setStyleSheet(
            f"QFrame#sendPanel {{ background: {self._STYLES[kind]}; border-radius: 4px; }}"
        )

    def show_countdown(self, text: str) -> None:
        """The message waits in the outbox: *text* counts down, Undo takes it back."""
        self._style("progress")
        self.switch_button.hide()
        self.title.setText(text)
        self.advice.setText(self.tr("Undo brings it back here, exactly as it is."))
        self.advice.show()
        self.progress.hide()
        self.cancel_button.hide()
        self.copy_button.hide()
        self.dismiss_button.hide()
        self.undo_button.show()
        self.show()

    def show_progress(self, text: str) -> None:
        self.undo_button.hide()
        self._style("progress")
        self.switch_button.hide()
        self.title.setText(text)
        self.advice.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.copy_button.hide()
        self.dismiss_button.hide()
        self.show()

    def set_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def show_accepted(self) -> None:
        self.title.setText(self.tr("The server accepted the message; keeping a copy in Sent…"))
        self.cancel_button.setEnabled(False)

    def show_cancelling(self) -> None:
        self.title.setText(self.tr("Cancelling…"))
        self.cancel_button.setEnabled(False)

    def show_message(self, kind: str, what: str, todo: str = "", details: str = "") -> None:
        self.undo_button.hide()
        self._style(kind)
        self.title.setText(what)
        self.advice.setText(todo)
        self.advice.setVisible(bool(todo))
        self.progress.hide()
        self.cancel_button.hide()
        self._details = details
        self.copy_button.setVisible(bool(details))
        self._offer_switch(refused_provider(f"{what}\n{details}") if kind == "error" else None)
        self.dismiss_button.show()
        self.show()

    def _offer_switch(self, provider: OAuthProvider | None) -> None:
        self._switch_to = provider
        if provider is not None:
            self.switch_button.setText(
                self.tr("Switch this account to sign-in with {provider}").format(
                    provider=provider.label
                )
            )
        self.switch_button.setVisible(provider is not None)

    def _on_switch_button_clicked(self) -> None:
        if self._switch_to is not None:
            self.switch_requested.emit(self._switch_to)

    def show_problem(self, message: UserMessage) -> None:
        log_message(message)
        self.show_message("error", message.what, message.todo, message.details)

    def show_result(self, result: SendResult) -> None:
        if result.status is SendStatus.SENT and result.copy_lost:
            kind = "warning"
        elif result.status is SendStatus.SENT:
            kind = "ok" if result.delivered else "preview"
        elif result.status in (SendStatus.PARTIAL, SendStatus.IN_DOUBT):
            kind = "warning"
        elif result.status is SendStatus.CANCELLED:
            kind = "preview"
        else:
            kind = "error"
        words = result.message
        self.show_message(kind, words.what, words.todo, words.details)

    def details(self) -> str:
        return self._details

    def _on_copy_button_clicked(self) -> None:
        copy_to_clipboard(self._details)

    def _on_dismiss_button_clicked(self) -> None:
        self.hide()
        self.dismissed.emit()
