"""The compose window: assembles the panels and wires them together in ``_connect_signals``.

The window holds no mail logic: the message model is :mod:`composer.compose.message`, drafts are
:mod:`composer.storage.drafts`, sending is :mod:`composer.sending.job` run by
:class:`~composer.ui.compose.send.SendJob` in a worker thread.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from composer.compose.addresses import AddressHistory
from composer.compose.message import (
    ComposedMessage,
    UnreadableMessage,
    from_eml,
    mentions_attachment,
    to_eml,
)
from composer.profiles.model import BackendKind
from composer.sending.job import SendResult, SendStatus
from composer.storage.drafts import DraftStore
from composer.storage.sentbox import SentBox
from composer.ui.compose.autosave import DraftKeeper
from composer.ui.compose.editor import BodyEditor
from composer.ui.compose.focus import catch_file_drops, set_tab_order
from composer.ui.compose.header import ComposeHeader
from composer.ui.compose.menus import build_menus
from composer.ui.compose.profiles import ComposeProfiles
from composer.ui.compose.send import SendJob, SendPanel
from composer.ui.compose.side import SideWindows
from composer.ui.compose.toolbar import FormatToolbar
from composer.ui.errors import UserMessage, log_message
from composer.ui.icons import IconName, set_icon
from composer.ui.tasks import Task, TaskFailure, TaskRunner
from composer.ui.widgets.attachments import AttachmentList
from composer.ui.window_state import FolderPurpose, keep_size, prepare_file_dialog

log = logging.getLogger(__name__)

_SEND_BUTTON = (
    "QPushButton { background: #1f6feb; color: white; font-weight: bold; padding: 4px 18px;"
    " border: 1px solid #1858c0; border-radius: 4px; }"
    " QPushButton:disabled { background: #9bb8e8; border-color: #9bb8e8; }"
)
_PREVIEW_BUTTON = (
    "QPushButton { background: #f3c969; color: #4a3200; font-weight: bold; padding: 4px 18px;"
    " border: 1px solid #c99a2e; border-radius: 4px; }"
    " QPushButton:disabled { background: #f6e3b4; color: #8a7440; }"
)


@dataclass
class ComposeServices:
    """What every compose window shares: profiles, history, drafts, Sent, open windows."""

    profiles: ComposeProfiles
    history: AddressHistory = field(default_factory=AddressHistory)
    drafts: DraftStore = field(default_factory=DraftStore)
    sentbox: SentBox = field(default_factory=SentBox)
    windows: list[ComposeWindow] = field(default_factory=list)  # keeps open windows alive
    outbox_folders: list[Path] = field(default_factory=list)


class ComposeWindow(QMainWindow):
    """One message being written."""

    send_finished = Signal(object)  # SendResult

    def __init__(
        self,
        services: ComposeServices,
        message: ComposedMessage | None = None,
        draft_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("composeWindow")
        self.services = services
        services.windows.append(self)
        self._job: SendJob | None = None
        self._sending_message = ComposedMessage()
        self._reminder_ok = False
        self._from_is_identity = True
        self._signature_text = ""  # the body as the signature left it; "" when none
        self.reminder: QMessageBox | None = None

        self.switcher = services.profiles.switcher(self)
        self.header = ComposeHeader(services.history, self.switcher, self)
        self.editor = BodyEditor(self)
        self.format_bar = FormatToolbar(self.editor, self)
        self.attachments = AttachmentList(self)
        self.send_panel = SendPanel(self)
        self.send_button = QPushButton(self.tr("Send"), self)
        self.send_button.setObjectName("sendButton")
        self.send_button.setDefault(True)
        self.attach_button = QPushButton(self.tr("Attach…"), self)
        self.attach_button.setObjectName("attachButton")
        set_icon(self.attach_button, IconName.ATTACH)
        self._tasks = TaskRunner(self)
        self.side = SideWindows(self)
        self.drafts = DraftKeeper(services.drafts, self.message, draft_id, self)
        self._build_layout()
        self._build_menus()
        self._connect_signals()
        set_tab_order(self)
        self._drop_catcher = catch_file_drops(self)
        self.setAcceptDrops(True)
        keep_size(self, "compose", QSize(860, 680))
        if message is not None:
            self.load_message(message)
        self._on_profiles_active_changed()
        self._update_title()
        if services.profiles.load_problem is not None:
            self.send_panel.show_problem(services.profiles.load_problem)

    # --- construction ------------------------------------------------------------------
    def _build_layout(self) -> None:
        actions = QToolBar(self.tr("Message"), self)
        actions.setObjectName("messageToolbar")
        actions.setMovable(False)
        actions.addWidget(self.send_button)
        actions.addWidget(self.attach_button)
        spacer = QWidget(actions)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        actions.addWidget(spacer)
        self.addToolBar(actions)
        self.message_toolbar = actions
        self.format_bar.setMovable(False)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(self.format_bar)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.attachments)
        layout.addWidget(self.send_panel)
        self.setCentralWidget(central)
        self.statusBar().setObjectName("statusBar")

    def _build_menus(self) -> None:
        self.save_draft_action: QAction
        self.send_action: QAction
        self.attach_action: QAction
        self.quit_action: QAction
        self.outbox_action: QAction
        self.merge_action: QAction
        self.preferences_action: QAction
        self.view_actions: dict[str, QAction] = {}
        self._menus: dict[str, QMenu] = {}
        build_menus(self)

    def _connect_signals(self) -> None:
        self.header.changed.connect(self._on_content_changed)
        self.header.from_field.textEdited.connect(self._on_from_field_text_edited)
        self.header.subject.textChanged.connect(self._update_title)
        self.editor.textChanged.connect(self._on_content_changed)
        self.editor.files_dropped.connect(self.attachments.add_paths)
        self.attachments.changed.connect(self._on_content_changed)
        self.attachments.problem.connect(self.send_panel.show_problem)
        self.attach_button.clicked.connect(self.attachments.choose_files)
        self.send_button.clicked.connect(self.send)
        self.send_panel.cancel_requested.connect(self._on_send_panel_cancel_requested)
        self.drafts.problem.connect(self.send_panel.show_problem)
        self.drafts.saved.connect(self._on_drafts_saved)
        self.services.profiles.active_changed.connect(self._on_profiles_active_changed)
        manage = getattr(self.switcher, "manage_requested", None)
        if manage is not None:
            manage.connect(self.side.show_preferences)
        add_account = getattr(self.switcher, "add_account_requested", None)
        if add_account is not None:
            add_account.connect(self.side.add_account)
        for key, button in self.header.toggles.items():
            button.toggled.connect(self.view_actions[key].setChecked)

    # --- the message -------------------------------------------------------------------
    def message(self) -> ComposedMessage:
        """The message as currently written."""
        rich = self.editor.is_rich() and (
            self.editor.has_formatting() or bool(self.editor.inline_images())
        )
        html = self.editor.to_html() if rich else None
        return ComposedMessage(
            from_addr=self.header.from_address(),
            to=self.header.addresses("to"),
            cc=self.header.addresses("cc"),
            bcc=self.header.addresses("bcc"),
            reply_to=self.header.addresses("reply_to"),
            subject=self.header.subject.text(),
            text=self.editor.to_text() if rich else self.editor.toPlainText(),
            html=html,
            attachments=self.attachments.attachments(),
            inline_images=self.editor.inline_images(),
        )

    def load_message(self, msg: ComposedMessage) -> None:
        """Fill every field from *msg*."""
        self.header.from_field.setText(msg.from_addr)
        self._from_is_identity = not msg.from_addr
        for key in ("to", "cc", "bcc", "reply_to"):
            self.header.set_addresses(key, getattr(msg, key))
        self.header.subject.setText(msg.subject)
        self.editor.load(msg.text, msg.html, msg.inline_images)
        self._signature_text = ""
        self.attachments.set_attachments(msg.attachments)
        self.drafts.mark_clean()
        self._update_title()

    def _update_title(self) -> None:
        subject = self.header.subject.text().strip()
        self.setWindowTitle(
            self.tr("{subject} — Composer").format(subject=subject or self.tr("New message"))
        )

    # --- drafts ------------------------------------------------------------------------
    def _on_content_changed(self) -> None:
        self.drafts.changed()

    def _on_drafts_saved(self, _path: str) -> None:
        self.statusBar().showMessage(self.tr("Draft saved"), 3000)

    # --- sending ---------------------------------------------------------------------------
    def send(self) -> None:
        """Check the message, then send it with the active profile, off the GUI thread."""
        if self._job is not None and self._job.is_running():
            return
        problems = self.header.problems()
        if problems:
            self.send_panel.show_problem(
                UserMessage(
                    self.tr("Some addresses are not valid: {problems}.").format(
                        problems="; ".join(problems)
                    ),
                    self.tr("Correct the highlighted entries, then send again."),
                )
            )
            return
        msg = self.message()
        if not msg.recipients():
            self.send_panel.show_problem(
                UserMessage(
                    self.tr("The message has no recipients."),
                    self.tr("Add at least one address in To, Cc or Bcc."),
                )
            )
            self.header.fields["to"].setFocus()
            return
        if (
            not msg.attachments
            and not self._reminder_ok
            and mentions_attachment(f"{msg.subject}\n{msg.text}")
        ):
            self._remind_attachment()
            return
        self._reminder_ok = False
        profile_view = self.services.profiles.active()
        if profile_view is None:
            self.send_panel.show_problem(
                UserMessage(
                    self.tr("There is no sending profile."),
                    self.tr("Add one in Tools ▸ Preferences."),
                )
            )
            return
        if profile_view.delivers and not msg.from_addr and not self._use_identity(msg):
            self.send_panel.show_problem(
                UserMessage(
                    self.tr("The message has no sender address."),
                    self.tr(
                        "Type your address in From, or add one to the profile “{profile}” "
                        "in Tools ▸ Preferences."
                    ).format(profile=profile_view.name),
                )
            )
            self.header.from_field.setFocus()
            return
        self._start_job(msg, profile_view.name)

    def _use_identity(self, msg: ComposedMessage) -> bool:
        """An empty From on a real send: use the profile's address; False if it has none."""
        identity = self._identity()
        if not identity:
            return False
        self.header.from_field.setText(identity)
        self._from_is_identity = True
        msg.from_addr = self.header.from_address()
        return True

    def _start_job(self, msg: ComposedMessage, profile_name: str) -> None:
        profile = self.services.profiles.profile(profile_name)
        self._job = SendJob(msg, profile, self.services.profiles, self.services.sentbox, self)
        self._job.progress_changed.connect(self.send_panel.set_progress)
        self._job.accepted.connect(self.send_panel.show_accepted)
        self._job.finished.connect(self._on_job_finished)
        self._job.password_needed.connect(self._on_job_password_needed)
        count = len(msg.recipients())
        if profile.delivers:
            text = self.tr("Sending to %n recipient(s) through “{profile}”…", "", count)
        else:
            text = self.tr("Previewing to %n recipient(s) through “{profile}”…", "", count)
        self.send_panel.show_progress(text.format(profile=profile.name))
        self.send_button.setEnabled(False)
        self.send_action.setEnabled(False)
        self._sending_message = msg
        self._job.start()

    def _remind_attachment(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Attachment?"),
            self.tr("The message mentions an attachment, but nothing is attached."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("attachmentReminder")
        box.setInformativeText(self.tr("Attach the file now, or send the message as it is."))
        attach = box.addButton(self.tr("Attach files…"), QMessageBox.ButtonRole.AcceptRole)
        send_anyway = box.addButton(self.tr("Send anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        attach.clicked.connect(self.attachments.choose_files)
        send_anyway.clicked.connect(self._send_without_attachment)
        self.reminder = box
        box.open()

    def _send_without_attachment(self) -> None:
        self._reminder_ok = True
        QTimer.singleShot(0, self.send)

    def _on_send_panel_cancel_requested(self) -> None:
        if self._job is None:
            return
        if self._job.cancel():
            self.send_panel.show_cancelling()
        else:
            self.statusBar().showMessage(
                self.tr("Too late to cancel: the server accepted the message.")
            )

    def _on_job_password_needed(self, profile_name: str, account: str) -> None:
        self._job_done()
        dialog = QInputDialog(self)
        dialog.setObjectName("passwordDialog")
        dialog.setWindowTitle(self.tr("Password"))
        dialog.setLabelText(
            self.tr("Password for {account}\n(kept until Composer quits):").format(account=account)
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        msg = self._sending_message

        def retry(password: str) -> None:
            self.services.profiles.remember_password(profile_name, password)
            self._start_job(msg, profile_name)

        dialog.textValueSelected.connect(retry)
        dialog.rejected.connect(self.send_panel.hide)
        dialog.open()

    def _job_done(self) -> None:
        self.send_button.setEnabled(True)
        self.send_action.setEnabled(True)

    def _on_job_finished(self, result: SendResult) -> None:
        self._job_done()
        if result.ok:
            self._after_success(result)
        self.send_panel.show_result(result)
        if result.status is SendStatus.FAILED:
            log_message(UserMessage(result.summary, result.advice, result.details))
        self.send_finished.emit(result)

    def _after_success(self, result: SendResult) -> None:
        msg = self._sending_message
        profile = self.services.profiles.active()
        if not result.delivered:
            if profile is not None and profile.kind in (BackendKind.LOCMEM, BackendKind.FILE):
                result.advice = self.tr("See it in View ▸ Outbox.")
                self.side.refresh_outbox()
            return  # a preview: the message stays here, unsent
        history = self.services.history
        history.record(msg.recipients())
        self._tasks.submit(lambda _ctx: history.save(), "save-address-history")
        if result.copy_lost:  # the only local copy of what was sent is this window
            self.drafts.save_now()
        elif result.status is SendStatus.SENT:
            self.start_over()

    def start_over(self) -> None:
        """Drop the current draft and show an empty message."""
        self.drafts.discard()
        self.load_message(ComposedMessage(from_addr=self._identity()))
        self._from_is_identity = True
        self._apply_signature()

    def is_untouched(self) -> bool:
        """Nothing written yet (a signature alone does not count)."""
        msg = self.message()
        if self._signature_text and msg.text == self._signature_text:
            msg.text, msg.html = "", None
        return msg.is_empty()

    def _apply_signature(self) -> None:
        """Put the active profile's signature in an untouched body (Thunderbird's way)."""
        if not self.is_untouched():
            return
        active = self.services.profiles.active()
        signature = active.signature if active is not None else ""
        text = f"\n\n-- \n{signature}" if signature else ""
        if text == self._signature_text:
            return
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        self.editor.moveCursor(QTextCursor.MoveOperation.Start)
        self._signature_text = self.editor.toPlainText()

    def confirm_discard(self) -> QMessageBox:
        """Ask (without blocking) before throwing the message and its draft away."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Discard message?"),
            self.tr("The message and its saved draft will be deleted."),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("discardBox")
        box.setInformativeText(self.tr("This cannot be undone; keep it if you may still need it."))
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        discard.clicked.connect(self.start_over)
        box.open()
        return box

    # --- profiles ----------------------------------------------------------------------
    def _identity(self) -> str:
        active = self.services.profiles.active()
        return active.identity if active is not None else ""

    def _on_from_field_text_edited(self, _text: str) -> None:
        self._from_is_identity = False

    def _on_profiles_active_changed(self) -> None:
        active = self.services.profiles.active()
        identity = self._identity()
        # A profile without an address (a preview) leaves the sender as it was.
        if self._from_is_identity and (identity or not self.header.from_field.text()):
            self.header.from_field.setText(identity)
        self._apply_signature()
        preview = active is not None and not active.delivers
        self.send_button.setProperty("preview", preview)
        self.send_button.setStyleSheet(_PREVIEW_BUTTON if preview else _SEND_BUTTON)
        if not preview or active is None:
            self.send_button.setText(self.tr("Send"))
            self.send_button.setToolTip(self.tr("Send the message (Ctrl+Return)"))
            set_icon(self.send_button, IconName.SEND)
            self.header.preview_note.hide()
        else:
            self.send_button.setText(self.tr("Preview"))
            self.send_button.setToolTip(self.tr("This profile does not deliver mail (Ctrl+Return)"))
            set_icon(self.send_button, IconName.PREVIEW)
            self.header.preview_note.setText(
                self.tr("Nothing is delivered: {note}").format(note=active.preview_note)
            )
            self.header.preview_note.show()

    # --- files, other windows ----------------------------------------------------------
    def open_merge(self) -> None:
        """Tools ▸ Mail merge: this message is the template of a merge from a CSV file."""
        from composer.ui.compose.merge import open_merge

        open_merge(self)

    def new_window(self, message: ComposedMessage | None = None) -> ComposeWindow:
        window = ComposeWindow(self.services, message)
        window.show()
        return window

    def choose_open(self) -> None:
        dialog = QFileDialog(
            self, self.tr("Open message"), "", self.tr("Messages (*.eml);;All files (*)")
        )
        dialog.setObjectName("openDialog")
        prepare_file_dialog(dialog, FolderPurpose.OPEN_MESSAGE)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.open_file(Path(path)))
        dialog.open()

    def open_file(self, path: Path) -> ComposeWindow | None:
        """Open an .eml file: in this window when it is empty, else in a new one."""
        try:
            msg = from_eml(path.read_bytes())
        except OSError as exc:
            self.send_panel.show_problem(
                UserMessage(
                    self.tr("“{name}” could not be opened ({reason}).").format(
                        name=path.name, reason=exc.strerror or exc
                    ),
                    self.tr("Check that the file exists and that you may read it."),
                    repr(exc),
                )
            )
            return None
        except UnreadableMessage as exc:
            self.send_panel.show_problem(
                UserMessage(
                    self.tr("“{name}” could not be opened: {reason}.").format(
                        name=path.name, reason=exc
                    ),
                    self.tr("The file may be damaged; open it in a text editor to copy its text."),
                    repr(exc.__cause__ or exc),
                )
            )
            return None
        draft_id = path.stem if path.parent == self.services.drafts.folder else None
        for window in self.services.windows:  # a draft is edited in one window only
            if draft_id is not None and window.drafts.draft_id == draft_id:
                window.show()
                window.activateWindow()
                return window
        if self.is_untouched():
            if draft_id is not None:
                self.drafts.adopt(draft_id)
            self.load_message(msg)
            return self
        window = ComposeWindow(self.services, msg, draft_id)
        window.show()
        return window

    def choose_save_as(self) -> None:
        name = re.sub(r"[^\w\- ]+", "", self.header.subject.text()).strip() or "message"
        dialog = QFileDialog(self, self.tr("Save message as"), "", self.tr("Messages (*.eml)"))
        dialog.setObjectName("saveDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        prepare_file_dialog(dialog, FolderPurpose.SAVE_AS, suggested_name=f"{name}.eml")
        dialog.setDefaultSuffix("eml")
        dialog.fileSelected.connect(lambda path: self.save_as(Path(path)))
        dialog.open()

    def save_as(self, path: Path) -> Task[None]:
        """Write the message (Bcc included) to *path* in the background."""
        from composer.storage.atomic import write_bytes_atomic

        msg = self.message()
        task = self._tasks.submit(
            lambda _ctx: write_bytes_atomic(path, to_eml(msg), 0o644), "save-as"
        )
        saved = self.tr("Saved {path}").format(path=path)
        task.succeeded.connect(lambda _r: self.statusBar().showMessage(saved, 5000))
        task.failed.connect(lambda failure: self._on_save_as_failed(path, failure))
        return task

    def _on_save_as_failed(self, path: Path, failure: TaskFailure) -> None:
        exc = failure.exception
        reason = getattr(exc, "strerror", None) or failure.message
        self.send_panel.show_problem(
            UserMessage(
                self.tr("“{name}” could not be saved ({reason}).").format(
                    name=path.name, reason=reason
                ),
                self.tr("Choose another folder, or free some disk space."),
                failure.traceback,
            )
        )

    # --- Qt events -------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.attachments.add_paths([Path(u.toLocalFile()) for u in urls])
            event.acceptProposedAction()
        else:
            super().dropEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._job is not None and self._job.is_running():
            self.statusBar().showMessage(
                self.tr("Wait until sending finishes, or cancel it first."), 5000
            )
            event.ignore()
            return
        self.drafts.close()
        self.side.close_all()
        if self in self.services.windows:
            self.services.windows.remove(self)
        super().closeEvent(event)
