"""The compose window: assembles the panels and wires them together in ``_connect_signals``.

The window holds no mail logic: the message model is :mod:`composer.compose.message`, the
checks before sending :mod:`composer.compose.checks`, the signature rule
:mod:`composer.compose.signature`, drafts :mod:`composer.storage.drafts`. Sending is
:class:`~composer.ui.compose.sending.SendFlow`, opening and saving files
:class:`~composer.ui.compose.files.MessageFiles`; work on disk runs off the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
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
from composer.compose.message import ComposedMessage
from composer.compose.signature import body_for_signature
from composer.compose.signature import is_untouched as body_untouched
from composer.compose.signature_store import place_in_html, place_in_text
from composer.outbox.clock import Clock, SystemClock
from composer.outbox.store import OutboxStore
from composer.storage.drafts import DraftStore
from composer.storage.sentbox import SentBox
from composer.ui.compose.autosave import DraftKeeper
from composer.ui.compose.editor import BodyEditor
from composer.ui.compose.files import MessageFiles
from composer.ui.compose.focus import catch_file_drops, set_tab_order
from composer.ui.compose.header import ComposeHeader
from composer.ui.compose.menus import build_menus
from composer.ui.compose.profiles import ComposeProfiles
from composer.ui.compose.send import SendPanel
from composer.ui.compose.send_button import SendButton
from composer.ui.compose.sending import SendFlow
from composer.ui.compose.side import SideWindows
from composer.ui.compose.signature_apply import ComposeSignatures
from composer.ui.compose.spelling import ComposeSpelling, SpellService
from composer.ui.compose.templates_menu import ComposeTemplates
from composer.ui.compose.toolbar import FormatToolbar
from composer.ui.contacts.book import ContactBook
from composer.ui.icons import IconName, set_icon
from composer.ui.tasks import Task, TaskRunner
from composer.ui.widgets.attachments import AttachmentList
from composer.ui.widgets.printing import save_pdf
from composer.ui.window_state import keep_size

if TYPE_CHECKING:
    from composer.profiles.model import OAuthProvider
    from composer.ui.outbox_service import OutboxService

log = logging.getLogger(__name__)

T = TypeVar("T")

#: The body a formatted signature is placed in: one empty paragraph to write in.
_EMPTY_HTML = "<html><body><p><br></p></body></html>"


@dataclass
class ComposeServices:
    """What every compose window shares: profiles, history, drafts, Sent, open windows."""

    profiles: ComposeProfiles
    history: AddressHistory = field(default_factory=AddressHistory)
    drafts: DraftStore = field(default_factory=DraftStore)
    sentbox: SentBox = field(default_factory=SentBox)
    windows: list[ComposeWindow] = field(default_factory=list)  # keeps open windows alive
    preview_folders: list[Path] = field(default_factory=list)
    spelling: SpellService | None = None  # made by the first window
    contacts: ContactBook | None = None  # made by the first window
    #: Where sent mail waits (for Undo, a later time, the network); the Undo delay in
    #: seconds (the app passes the user's choice); the time (tests pass their own clock).
    outbox: OutboxStore = field(default_factory=OutboxStore)
    undo_delay: int = 0
    clock: Clock = field(default_factory=SystemClock)
    runner: OutboxService | None = None

    def outbox_runner(self) -> OutboxService:
        """The app's outbox runner (made on first use when the app did not start one)."""
        if self.runner is None:
            from composer.ui.outbox_service import OutboxService

            self.runner = OutboxService(self.outbox, self.profiles, self.sentbox, self.clock)
        return self.runner


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
        self._from_is_identity = True
        self._signature_text = ""  # the body as the signature left it; "" when none

        self.switcher = services.profiles.switcher(self)
        self.header = ComposeHeader(services.history, self.switcher, self)
        if services.contacts is None:
            # Owned by the application: its background reads may outlive this window.
            services.contacts = ContactBook(services.history, parent=QApplication.instance())
        self.header.use_address_book(services.contacts)
        self.editor = BodyEditor(self)
        self.format_bar = FormatToolbar(self.editor, self)
        self.attachments = AttachmentList(self)
        self.send_panel = SendPanel(self)
        self.send_button = SendButton(self)
        self.attach_button = QPushButton(self.tr("Attach…"), self)
        self.attach_button.setObjectName("attachButton")
        set_icon(self.attach_button, IconName.ATTACH)
        self._tasks = TaskRunner(self)
        self.side = SideWindows(self)
        self.sending = SendFlow(self)
        self.files = MessageFiles(self)
        self.drafts = DraftKeeper(services.drafts, self.message, draft_id, self)
        #: The sign-in after "Switch this account to sign-in with …" (kept while open).
        self.signin_switch: QObject | None = None
        self._build_layout()
        if services.spelling is None:
            services.spelling = SpellService(QApplication.instance())
        self.spelling = ComposeSpelling(self, services.spelling)
        self.spelling.language_chosen.connect(self._on_content_changed)
        self.templates = ComposeTemplates(self)
        self.signatures = ComposeSignatures(self)
        self.signatures.loaded.connect(self._apply_signature)
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
        self.previews_action: QAction
        self.outbox_action: QAction
        self.send_later_action: QAction
        self.merge_action: QAction
        self.address_book_action: QAction
        self.save_template_action: QAction
        self.signature_action: QAction
        self.print_action: QAction
        self.pdf_action: QAction
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
        self.send_button.clicked.connect(self.sending.send)
        self.send_panel.cancel_requested.connect(self.sending.cancel)
        self.send_panel.undo_requested.connect(self.sending.undo)
        self.send_panel.switch_requested.connect(self._on_send_panel_switch_requested)
        self.sending.finished.connect(self.send_finished)
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
            spelling_language=self.spelling.kept_language(),
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
        self.spelling.keep_language(msg.spelling_language)
        self.drafts.mark_clean()
        self._update_title()

    def is_untouched(self) -> bool:
        """Nothing written yet (a signature alone does not count)."""
        return body_untouched(self.message(), self._signature_text)

    def start_over(self) -> None:
        """Drop the current draft and show an empty message."""
        self.drafts.discard()
        self.load_message(ComposedMessage(from_addr=self._identity()))
        self._from_is_identity = True
        self._apply_signature()

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

    def _update_title(self) -> None:
        subject = self.header.subject.text().strip()
        self.setWindowTitle(
            self.tr("{subject} — Composer").format(subject=subject or self.tr("New message"))
        )

    # --- what the panels ask of the window -----------------------------------------------
    def send(self) -> None:
        """Check the message, then send it with the active profile (File ▸ Send)."""
        self.sending.send()

    def send_later(self) -> None:
        """File ▸ Send later…: choose when the message goes out."""
        self.sending.send_later()

    def set_sending(self, sending: bool) -> None:
        """While a send runs, Send cannot be pressed again."""
        self.send_button.setEnabled(not sending)
        self.send_action.setEnabled(not sending)

    def use_identity(self) -> str:
        """Put the profile's address in an empty From (a real send needs one); returns it."""
        self.header.from_field.setText(self._identity())
        self._from_is_identity = True
        return self.header.from_address()

    def run_in_background(self, work: Callable[[], T], name: str) -> Task[T]:
        """Run *work* (plain data only, no widgets) off the GUI thread."""
        return self._tasks.submit(lambda _ctx: work(), name)

    def open_file(self, path: Path) -> ComposeWindow | None:
        """Open an .eml file: in this window when it is empty, else in a new one."""
        return self.files.open_file(path)

    def save_as(self, path: Path) -> Task[None]:
        """Write the message (Bcc included) to *path* in the background."""
        return self.files.save_as(path)

    def new_window(
        self, message: ComposedMessage | None = None, draft_id: str | None = None
    ) -> ComposeWindow:
        window = ComposeWindow(self.services, message, draft_id)
        window.show()
        return window

    def save_pdf(self, path: Path) -> None:
        """File ▸ Save as PDF: the message as the recipient will see it (no Bcc)."""
        save_pdf(self.message(), path)
        self.statusBar().showMessage(self.tr("Saved as {path}").format(path=path), 5000)

    def open_merge(self) -> None:
        """Tools ▸ Mail merge: this message is the template of a merge from a CSV file."""
        from composer.ui.compose.merge import open_merge

        open_merge(self)

    # --- profiles and the signature ------------------------------------------------------
    def _identity(self) -> str:
        active = self.services.profiles.active()
        return active.identity if active is not None else ""

    def _apply_signature(self) -> None:
        """Put the active profile's signature in an untouched body (Thunderbird's way)."""
        active = self.services.profiles.active()
        rich = self.signatures.rich_for(active.name) if active is not None else None
        if rich is not None:
            if body_untouched(self.message(), self._signature_text):
                self.editor.blockSignals(True)
                self.editor.load(
                    place_in_text("", rich), place_in_html(_EMPTY_HTML, rich), rich.images
                )
                self.editor.blockSignals(False)
                self.editor.moveCursor(QTextCursor.MoveOperation.Start)
                self._signature_text = self.message().text
            return
        body = body_for_signature(
            self.message(), self._signature_text, active.signature if active is not None else ""
        )
        if body is None:
            return
        self.editor.blockSignals(True)
        self.editor.setPlainText(body)
        self.editor.blockSignals(False)
        self.editor.moveCursor(QTextCursor.MoveOperation.Start)
        self._signature_text = self.editor.toPlainText()

    # --- slots ---------------------------------------------------------------------------
    def _on_send_panel_switch_requested(self, provider: OAuthProvider) -> None:
        from composer.ui.compose.oauth_switch import switch_active_profile

        switch_active_profile(self, provider)

    def _on_content_changed(self) -> None:
        self.drafts.changed()

    def _on_drafts_saved(self, _path: str) -> None:
        self.statusBar().showMessage(self.tr("Draft saved"), 3000)

    def _on_from_field_text_edited(self, _text: str) -> None:
        self._from_is_identity = False

    def _on_profiles_active_changed(self) -> None:
        active = self.services.profiles.active()
        identity = self._identity()
        # A profile without an address (a preview) leaves the sender as it was.
        if self._from_is_identity and (identity or not self.header.from_field.text()):
            self.header.from_field.setText(identity)
        self._apply_signature()
        self.send_button.show_profile(active)
        if active is None or active.delivers:
            self.header.preview_note.hide()
        else:
            self.header.preview_note.setText(
                self.tr("Nothing is delivered: {note}").format(note=active.preview_note)
            )
            self.header.preview_note.show()

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
        if self.sending.running:
            self.statusBar().showMessage(
                self.tr("Wait until sending finishes, or cancel it first."), 5000
            )
            event.ignore()
            return
        if self.side.merge_sending():
            event.ignore()  # the merge window asks whether to stop its run
            return
        self.drafts.close()
        self.side.close_all()
        if self in self.services.windows:
            self.services.windows.remove(self)
        super().closeEvent(event)
