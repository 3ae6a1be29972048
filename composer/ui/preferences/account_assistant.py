"""Add an account from its email address: the first-run assistant and Preferences' "Add
account…".

The user types a name and an address and presses Find settings; detection
(:func:`composer.profiles.detect.detect`) runs off the GUI thread through
:mod:`composer.ui.tasks`, each step showing as it ends with where it looked and what it
found; Stop cancels it. The result is shown in an editable form
(:mod:`~composer.ui.preferences.account_form`); "Use these settings" hands the new profile
to whoever opened the assistant (Preferences, which then asks for the password or the
sign-in in its usual place). "Enter settings by hand" leaves the assistant for the plain
form. Open it with ``open()``/``show()``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from composer.errors import ComposerError
from composer.profiles.detect import (
    Detection,
    DetectOptions,
    StepReport,
    StepStatus,
    detect,
    split_address,
)
from composer.profiles.model import AuthMethod, Profile, ProfileBook
from composer.ui.errors import UserMessage, log_message
from composer.ui.preferences.account_form import FoundSettingsForm
from composer.ui.tasks import Task, TaskFailure, TaskRunner
from composer.ui.widgets.form_fields import MessageBar

__all__ = ["AccountAssistant", "account_next_step"]

_MARKS = {StepStatus.FOUND: "✔", StepStatus.NOTHING: "–", StepStatus.FAILED: "✘"}


class AccountAssistant(QDialog):
    """Name and address in, checked settings out.

    Args:
        book: the profiles so far (the new one gets a name not taken yet).
        runner: runs detection off the GUI thread.
        options: where detection asks (default: :meth:`DetectOptions.from_environment`).

    Signals:
        account_ready(object): the new :class:`~composer.profiles.model.Profile`.
        manual_requested(): the user chose to enter the settings by hand.
        detection_finished(): a detection ended (found, failed or stopped).
    """

    account_ready = Signal(object)
    manual_requested = Signal()
    detection_finished = Signal()

    def __init__(
        self,
        book: ProfileBook,
        runner: TaskRunner,
        options: Callable[[], DetectOptions] = DetectOptions.from_environment,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountAssistant")
        self.setWindowTitle(self.tr("Add your mail account"))
        self._book = book
        self._runner = runner
        self._options = options
        self._task: Task[Detection] | None = None
        self.intro = QLabel(
            self.tr(
                "Enter your name and email address: Composer looks up your provider's "
                "servers. You can check and change everything before it is used."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("assistantName")
        self.name_edit.setPlaceholderText(self.tr("Kim Minji"))
        self.address_edit = QLineEdit(self)
        self.address_edit.setObjectName("assistantAddress")
        self.address_edit.setPlaceholderText("kim@example.com")
        self.find_button = QPushButton(self.tr("&Find settings"), self)
        self.find_button.setObjectName("findButton")
        # Return in the address field finds (returnPressed); elsewhere it uses the settings
        # (the default button, off until there are settings), never a new search that would
        # drop the user's corrections.
        self.find_button.setAutoDefault(False)
        self.steps_list = QListWidget(self)
        self.steps_list.setObjectName("detectSteps")
        self.steps_list.setAccessibleName(self.tr("What Composer looked up"))
        # Five sources at most: the found settings below get the rest of the room.
        self.steps_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.message_bar = MessageBar(self)
        self.form = FoundSettingsForm(self)
        self.form.setEnabled(False)
        self.manual_button = QPushButton(self.tr("Enter settings by &hand"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.use_button = self.buttons.addButton(
            self.tr("&Use these settings"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.use_button.setEnabled(False)
        self.use_button.setDefault(True)
        self._build_layout()
        self._connect_signals()
        self.resize(640, 560)

    def _build_layout(self) -> None:
        fields = QFormLayout()
        fields.addRow(self.tr("Your &name:"), self.name_edit)
        address_row = QHBoxLayout()
        address_row.addWidget(self.address_edit, 1)
        address_row.addWidget(self.find_button)
        # A row holding a layout gets a label without a buddy: the mnemonic needs one.
        address_label = QLabel(self.tr("&Email address:"), self)
        address_label.setBuddy(self.address_edit)
        fields.addRow(address_label, address_row)
        bottom = QHBoxLayout()
        bottom.addWidget(self.manual_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(fields)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.steps_list)
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addLayout(bottom)

    def _connect_signals(self) -> None:
        self.find_button.clicked.connect(self._on_find_button_clicked)
        self.address_edit.returnPressed.connect(self._on_find_button_clicked)
        self.address_edit.textEdited.connect(self._on_address_edit_text_edited)
        self.form.changed.connect(self._update_buttons)
        self.manual_button.clicked.connect(self._on_manual_button_clicked)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    # -- detection -------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._task is not None and self._task.running

    def start(self) -> bool:
        """Look up the address's settings in the background; False when it is not one."""
        if self.running:
            return False
        address = self.address_edit.text().strip()
        self.message_bar.clear()
        try:
            split_address(address)
        except ComposerError as exc:
            self._show(exc.message, "warning")
            self.address_edit.setFocus()
            return False
        self.steps_list.clear()
        self.form.setEnabled(False)
        self.form.show_finding(None, address)
        options = self._options()
        task = self._runner.submit(
            lambda ctx: detect(address, options, ctx.token, ctx.report_progress),
            name="detect-account",
        )
        task.progress.connect(self._on_task_progress)
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        task.cancelled.connect(self._on_task_cancelled)
        task.finished.connect(self._on_task_finished)
        self._task = task
        self.find_button.setText(self.tr("&Stop"))
        self._update_buttons()
        return True

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _on_find_button_clicked(self) -> None:
        if self.running:
            self.stop()
        else:
            self.start()

    def _on_task_progress(self, step: object) -> None:
        if not isinstance(step, StepReport):
            return
        if step.status is StepStatus.RUNNING:
            text = self.tr("Looking in {source}…").format(source=step.source.label)
        else:
            text = f"{_MARKS.get(step.status, '')} {step.source.label}: {step.detail}"
        last = self.steps_list.item(self.steps_list.count() - 1)
        if last is not None and last.text().endswith("…"):
            last.setText(text)  # the running line becomes its outcome
        else:
            self.steps_list.addItem(text)
        self.steps_list.scrollToBottom()

    def _on_task_succeeded(self, detection: Detection) -> None:
        finding = detection.finding
        self.form.show_finding(finding, detection.address)
        self.form.setEnabled(True)
        if finding is not None and finding.needs_confirmation:
            self.message_bar.show_message(
                self.tr(
                    "These settings name a server of another domain: {hosts}. Use them only "
                    "if your provider confirms it is theirs."
                ).format(hosts=", ".join(finding.untrusted_hosts)),
                "warning",
            )

    def _on_task_failed(self, failure: TaskFailure) -> None:
        exc = failure.exception
        if isinstance(exc, ComposerError):
            message = exc.message
        else:
            message = UserMessage(
                self.tr("Looking up the settings failed: {reason}.").format(reason=failure.message),
                self.tr("Enter the settings by hand."),
                failure.traceback,
            )
        self._show(message, "warning")
        self.form.setEnabled(True)  # by hand, then

    def _on_task_cancelled(self) -> None:
        self.message_bar.show_message(
            self.tr("Stopped. Enter the settings by hand, or try again."), "info"
        )
        self.form.setEnabled(True)

    def _on_task_finished(self) -> None:
        self.find_button.setText(self.tr("&Find settings"))
        self._update_buttons()
        self.detection_finished.emit()

    def _on_address_edit_text_edited(self) -> None:
        # Settings found for another address must not be saved under this one.
        if self.running or self.form.finding is None:
            return
        self.form.show_finding(None, self.address_edit.text().strip())
        self.form.setEnabled(False)
        self.message_bar.show_message(
            self.tr("The address changed: press Find settings again, or enter them by hand."),
            "info",
        )
        self._update_buttons()

    # -- the result ------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        self.use_button.setEnabled(
            not self.running and self.form.isEnabled() and self.form.is_complete()
        )

    def _on_buttons_accepted(self) -> None:
        if not self.use_button.isEnabled():
            return
        address = self.address_edit.text().strip()
        name = self._book.unique_name(address or self.tr("My mail account"))
        profile = self.form.profile(name, address, self.name_edit.text().strip())
        self.account_ready.emit(profile)
        self.accept()

    def _on_manual_button_clicked(self) -> None:
        self.stop()
        self.manual_requested.emit()
        self.reject()

    def _show(self, message: UserMessage, kind: str) -> None:
        log_message(message)
        self.message_bar.show_message(f"{message.what} {message.todo}".strip(), kind)

    def done(self, result: int) -> None:
        """Close; a running detection is stopped."""
        self.stop()
        super().done(result)


def account_next_step(profile: Profile) -> str:
    """What to do after the settings were taken: the password, or the provider's sign-in."""
    if profile.auth is AuthMethod.OAUTH2:
        return QCoreApplication.translate(
            "AccountAssistant",
            "This account signs in with {provider} in your browser, not with a password: click "
            "Sign in… below.",
        ).format(provider=profile.oauth.provider.label)
    if profile.needs_password:
        return QCoreApplication.translate(
            "AccountAssistant",
            "Enter your password (or app password) below, then press Test connection.",
        )
    return QCoreApplication.translate(
        "AccountAssistant", "Check the settings, then press Test connection."
    )
