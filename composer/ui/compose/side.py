"""The windows a compose window opens beside itself: Drafts, Sent, Preview mailbox, Preferences."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt

from composer.compose.message import UnreadableMessage, from_eml
from composer.profiles.model import BackendKind
from composer.ui.errors import UserMessage, show_message

if TYPE_CHECKING:
    from composer.ui.compose.window import ComposeWindow
    from composer.ui.mailboxes.drafts import DraftsList
    from composer.ui.mailboxes.outbox import OutboxWindow
    from composer.ui.mailboxes.previews import PreviewViewer
    from composer.ui.mailboxes.sent import SentBrowser
    from composer.ui.preferences.dialog import PreferencesDialog


class SideWindows(QObject):
    """Creates each side window once (lazily, keeping start-up fast) and refreshes it."""

    def __init__(self, window: ComposeWindow) -> None:
        super().__init__(window)
        self.window = window
        self.previews: PreviewViewer | None = None
        self.outbox: OutboxWindow | None = None
        self.sent: SentBrowser | None = None
        self.drafts: DraftsList | None = None

    def merge_sending(self) -> bool:
        """Whether a merge started from this window is sending; its window then asks the
        user whether to stop it (closing this window would end the run unasked)."""
        from composer.ui.merge.dialog import MergeDialog

        busy = [d for d in self.window.findChildren(MergeDialog) if d.sending]
        for dialog in busy:
            dialog.show()
            dialog.raise_()
            dialog.close()
        return bool(busy)

    def close_all(self) -> None:
        """The compose window closes: so do the windows it opened."""
        for window in (self.drafts, self.previews, self.sent, self.outbox):
            if window is not None:
                window.close()

    def show_drafts(self) -> DraftsList:
        """File ▸ Drafts: continue a saved draft (opened in the window if it is empty)."""
        from composer.ui.mailboxes.drafts import DraftsList

        if self.drafts is None:
            self.drafts = DraftsList(self.window.services.drafts, self.window)
            self.drafts.open_requested.connect(self.window.open_file)
        self.drafts.refresh()
        self.drafts.show()
        return self.drafts

    def show_previews(self) -> PreviewViewer:
        """View ▸ Preview mailbox: what preview profiles kept (in memory, saved files)."""
        from composer.ui.mailboxes.previews import PreviewViewer

        if self.previews is None:
            services = self.window.services
            folders = list(services.preview_folders)
            for name in services.profiles.names():
                profile = services.profiles.profile(name)
                if profile.backend is BackendKind.FILE and profile.file_path:
                    folders.append(Path(profile.file_path).expanduser())
            self.previews = PreviewViewer(folders, self.window)
        self.previews.refresh()
        self.previews.show()
        self.previews.raise_()
        return self.previews

    def refresh_previews(self) -> None:
        if self.previews is not None:
            self.previews.refresh()

    def show_outbox(self) -> OutboxWindow:
        """View ▸ Outbox: mail waiting to go out (send now, reschedule, edit, delete)."""
        from composer.ui.mailboxes.outbox import OutboxWindow

        if self.outbox is None:
            services = self.window.services
            runner = services.outbox_runner()
            self.outbox = OutboxWindow(services.outbox, services.clock.now, self.window)
            self.outbox.send_now_requested.connect(runner.send_now)
            self.outbox.merge_start_requested.connect(runner.start_merges_now)
            self.outbox.edit_requested.connect(self.window.new_window)
            runner.changed.connect(self.outbox.refresh)
        self.outbox.refresh()
        self.outbox.show()
        self.outbox.raise_()
        return self.outbox

    def refresh_outbox(self) -> None:
        if self.outbox is not None:
            self.outbox.refresh()

    def show_sent(self) -> SentBrowser:
        """View ▸ Sent messages; a sent message can be reopened as a new one."""
        from composer.ui.mailboxes.sent import SentBrowser

        if self.sent is None:
            self.sent = SentBrowser(self.window.services.sentbox, self.window)
            self.sent.reopen_requested.connect(self._reopen_sent)
        self.sent.refresh()
        self.sent.show()
        self.sent.raise_()
        return self.sent

    def _reopen_sent(self, raw: bytes) -> None:
        if not raw:
            return
        try:
            message = from_eml(raw)
        except UnreadableMessage as exc:
            what = QCoreApplication.translate(
                "SideWindows", "This sent message could not be opened: {reason}."
            )
            show_message(
                self.sent,
                UserMessage(
                    what.format(reason=exc),
                    QCoreApplication.translate(
                        "SideWindows", "Its source is shown in the Source tab; copy what you need."
                    ),
                ),
            )
            return
        self.window.new_window(message)

    def show_preferences(self) -> PreferencesDialog:
        """Tools ▸ Preferences (the sending profiles); the window follows what is saved."""
        from composer.ui.preferences.dialog import PreferencesDialog

        profiles = self.window.services.profiles
        dialog = PreferencesDialog(profiles.store, profiles.credentials, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.profiles_applied.connect(profiles.replace_book)
        dialog.apply_finished.connect(self._reload_undo_delay)
        dialog.open()
        return dialog

    def _reload_undo_delay(self, _complete: bool) -> None:
        from composer.storage import appsettings

        services = self.window.services
        task = self.window.run_in_background(lambda: appsettings.load().undo_delay, "settings")
        task.succeeded.connect(lambda seconds: setattr(services, "undo_delay", seconds))

    def add_account(self) -> PreferencesDialog:
        """Preferences with the assistant that sets an account up from its address (the
        first-start way to send); it also offers to enter the settings by hand."""
        dialog = self.show_preferences()
        dialog.start_account_assistant()
        return dialog
