"""Keep sending in the background: Composer in the system tray when its windows are closed.

With Preferences ▸ General ▸ "Keep sending in the background when the window is closed" on
and a desktop that has a system tray, closing the last compose window leaves Composer
running with an icon in the tray: the outbox runner goes on sending what falls due
(messages and scheduled merges). The icon's menu shows Composer again, opens the Outbox, or
quits; its tooltip says how many messages wait (counted off the GUI thread). Without a tray
the switch is disabled with the reason (:func:`tray_available`), and the app ends with its
last window, as always.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from composer.outbox.item import State
from composer.ui.compose.window import ComposeServices, ComposeWindow
from composer.ui.tasks import TaskRunner

__all__ = ["TrayKeeper", "tray_available"]


def tray_available() -> bool:
    """Whether this desktop shows tray icons."""
    return QSystemTrayIcon.isSystemTrayAvailable()


class TrayKeeper(QObject):
    """The tray icon of a Composer that keeps running with no window open."""

    def __init__(
        self, services: ComposeServices, quit_app: Callable[[], None], parent: QObject | None = None
    ) -> None:
        from composer.ui.icons import app_icon

        super().__init__(parent)
        self.services = services
        self._quit_app = quit_app
        self._tasks = TaskRunner(self, max_threads=1)
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.menu = QMenu()
        self.show_action = self.menu.addAction(self.tr("Show Composer"), self.show_composer)
        self.outbox_action = self.menu.addAction(self.tr("Outbox"), self.show_outbox)
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction(self.tr("Quit"), self.quit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_icon_activated)
        self.icon.setToolTip("Composer")
        services.outbox_runner().changed.connect(self.refresh)
        self.icon.show()
        self.refresh()

    def _window(self) -> ComposeWindow:
        windows = self.services.windows
        if windows:
            return windows[0]
        window = ComposeWindow(self.services)
        window.show()
        return window

    def show_composer(self) -> ComposeWindow:
        """Show Composer: its first window, or a new one when all were closed."""
        window = self._window()
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def show_outbox(self) -> object:
        """Open the Outbox window."""
        return self._window().side.show_outbox()

    def quit(self) -> None:
        """Close every window (each keeps its draft), then end Composer."""
        for window in list(self.services.windows):
            if not window.close():
                return  # still sending: it says why
        self.icon.hide()
        self._quit_app()

    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self.show_composer()

    def refresh(self) -> None:
        """Count what waits (in the background) and say it in the tooltip."""
        store = self.services.outbox

        def count(_ctx: object) -> int:
            return sum(1 for i in store.items() if i.state is State.QUEUED)

        task = self._tasks.submit(count, "tray-count")
        task.succeeded.connect(self._on_counted)

    def _on_counted(self, waiting: int) -> None:
        if waiting:
            text = self.tr("Composer: %n message(s) waiting to go out", "", waiting)
        else:
            text = self.tr("Composer: nothing waiting to go out")
        self.icon.setToolTip(text)
