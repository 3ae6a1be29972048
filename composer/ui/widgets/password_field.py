"""The password block of an SMTP profile: the field, whether one is stored, and "ask instead".

The field never shows a stored password (it is not read back into the GUI); it only says
whether the keyring holds one, found off the GUI thread because the keyring may block (it
can ask to be unlocked).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from composer.profiles.credentials import CredentialError, Credentials
from composer.profiles.model import Profile
from composer.ui.tasks import Task, TaskFailure, TaskRunner

__all__ = ["PasswordField"]


class PasswordField(QWidget):
    """Password entry, a Show toggle, the stored-password state and the ask-when-sending box.

    Signals:
        edited(str): the user typed in the field (the whole text).
    """

    edited = Signal(str)

    def __init__(
        self, runner: TaskRunner, credentials: Credentials, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._credentials = credentials
        self._profile: Profile | None = None
        self._lookup_task: Task[bool] | None = None
        self._lookup_account: str | None = None
        # Look the password up once typing (of the host or user name) pauses.
        self._lookup_timer = QTimer(self)
        self._lookup_timer.setSingleShot(True)
        self._lookup_timer.setInterval(250)

        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(self.tr("Password"))
        self.show_check = QCheckBox(self.tr("Show"), self)
        self.show_check.setAccessibleName(self.tr("Show the password"))
        self.state = QLabel(self)
        self.state.setObjectName("passwordState")
        self.state.setWordWrap(True)
        self.ask_check = QCheckBox(
            self.tr("Ask for the password when sendin&g (do not store it)"), self
        )
        entry = QHBoxLayout()
        entry.addWidget(self.edit, 1)
        entry.addWidget(self.show_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(entry)
        layout.addWidget(self.state)
        layout.addWidget(self.ask_check)
        self.setFocusProxy(self.edit)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.show_check.toggled.connect(self._on_show_check_toggled)
        self.edit.textEdited.connect(self._on_edit_text_edited)
        self._lookup_timer.timeout.connect(self._on_lookup_timer_timeout)

    def text(self) -> str:
        return self.edit.text()

    def show_profile(self, profile: Profile | None, pending: bool = False) -> None:
        """Empty the field and describe *profile*'s password (*pending*: one was typed)."""
        self._profile = profile
        self.edit.clear()
        self.refresh(pending)

    def refresh(self, pending: bool = False) -> None:
        """Describe the password again after the profile's account or choice changed."""
        profile = self._profile
        if profile is None:
            return
        self.edit.setEnabled(bool(profile.smtp.username))
        if not profile.smtp.username:
            text = self.tr("No login: the server is used without a user name and password.")
        elif profile.smtp.ask_password:
            text = self.tr("Asked for when you send, kept in memory until Composer quits.")
        elif pending or self.edit.text():
            text = self.tr(
                "The new password goes into the system keyring when you click OK or Apply."
            )
        else:
            text = self.tr("Looking in the system keyring…")
            self._lookup_timer.start()
        self.state.setText(text)

    # -- slots -----------------------------------------------------------------------------------

    def _on_show_check_toggled(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def _on_edit_text_edited(self, text: str) -> None:
        self.edited.emit(text)
        self.refresh(pending=bool(text))

    def _on_lookup_timer_timeout(self) -> None:
        account = self._profile.account if self._profile is not None else None
        if account is None:
            return
        store = self._credentials.store
        task = self._runner.submit(lambda _ctx: store.get(account) is not None, "keyring lookup")
        task.succeeded.connect(self._on_lookup_task_succeeded)
        task.failed.connect(self._on_lookup_task_failed)
        self._lookup_task = task
        self._lookup_account = account

    def _lookup_still_wanted(self) -> bool:
        """Whether the answer is about what the field shows now (not an older request)."""
        profile = self._profile
        return (
            self.sender() is self._lookup_task
            and profile is not None
            and profile.account == self._lookup_account
            and not profile.smtp.ask_password
            and not self.edit.text()
        )

    def _on_lookup_task_succeeded(self, stored: bool) -> None:
        if self._lookup_still_wanted():
            self.state.setText(
                self.tr("A password is saved in the system keyring. Type here to replace it.")
                if stored
                else self.tr("No password is saved for this account yet.")
            )

    def _on_lookup_task_failed(self, failure: TaskFailure) -> None:
        if self._lookup_still_wanted():
            exc = failure.exception
            self.state.setText(
                exc.message.what
                if isinstance(exc, CredentialError)
                else self.tr("Keyring: {error}").format(error=failure.message)
            )
