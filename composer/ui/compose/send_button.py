"""The compose window's Send button: blue "Send", or amber "Preview" for a profile that
delivers nothing, so the user sees before sending whether anyone will get the message."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from composer.ui.compose.profiles import ProfileView
from composer.ui.icons import IconName, set_icon

__all__ = ["SendButton"]

_SEND_STYLE = (
    "QPushButton { background: #1f6feb; color: white; font-weight: bold; padding: 4px 18px;"
    " border: 1px solid #1858c0; border-radius: 4px; }"
    " QPushButton:disabled { background: #9bb8e8; border-color: #9bb8e8; }"
)
_PREVIEW_STYLE = (
    "QPushButton { background: #f3c969; color: #4a3200; font-weight: bold; padding: 4px 18px;"
    " border: 1px solid #c99a2e; border-radius: 4px; }"
    " QPushButton:disabled { background: #f6e3b4; color: #8a7440; }"
)


class SendButton(QPushButton):
    """Send, or Preview when the active profile delivers nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendButton")
        self.setDefault(True)
        self.show_profile(None)

    def show_profile(self, active: ProfileView | None) -> None:
        """Look the way *active* sends (None: no profile yet, a plain Send)."""
        preview = active is not None and not active.delivers
        self.setProperty("preview", preview)
        self.setStyleSheet(_PREVIEW_STYLE if preview else _SEND_STYLE)
        # The compose window's words (its context), where they always were.
        if preview:
            self.setText(QCoreApplication.translate("ComposeWindow", "Preview"))
            self.setToolTip(
                QCoreApplication.translate(
                    "ComposeWindow", "This profile does not deliver mail (Ctrl+Return)"
                )
            )
            set_icon(self, IconName.PREVIEW)
        else:
            self.setText(QCoreApplication.translate("ComposeWindow", "Send"))
            self.setToolTip(
                QCoreApplication.translate("ComposeWindow", "Send the message (Ctrl+Return)")
            )
            set_icon(self, IconName.SEND)
