"""The one way a message reaches the user: logged, then shown with "Copy details".

Every user-facing problem is a :class:`~composer.errors.UserMessage` (the app's one message
type, Qt-free, re-exported here for the windows that show one): one sentence of what
happened, one of what to do, and optional technical details that stay behind a "Copy
details" button. Dialogs are opened with ``open()``, never ``exec()``, so nothing blocks the
event loop.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from composer.errors import UserMessage

__all__ = ["UserMessage", "copy_to_clipboard", "log_message", "show_message"]

log = logging.getLogger(__name__)
_open_boxes: set[QMessageBox] = set()


def log_message(message: UserMessage, level: int = logging.WARNING) -> None:
    extra = f"\n{message.details}" if message.details else ""
    log.log(level, "%s | %s%s", message.what, message.todo, extra)


def copy_to_clipboard(text: str) -> None:
    QApplication.clipboard().setText(text)


def show_message(
    parent: QWidget | None,
    message: UserMessage,
    *,
    title: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
    level: int = logging.WARNING,
    record: bool = True,
) -> QMessageBox:
    """Log *message* (unless *record* is False) and show it in a window-modal box (opened,
    not executed)."""
    if record:
        log_message(message, level)
    title = title or QCoreApplication.translate("UserMessage", "Composer")
    box = QMessageBox(icon, title, message.what, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("userMessage")
    if message.todo:
        box.setInformativeText(message.todo)
    if message.details:
        box.setDetailedText(message.details)
        copy = box.addButton(
            QCoreApplication.translate("UserMessage", "Copy details"),
            QMessageBox.ButtonRole.ActionRole,
        )
        copy.clicked.disconnect()  # keep the box open after copying
        copy.clicked.connect(lambda: copy_to_clipboard(message.details))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_boxes.add(box)  # a box without a parent would be garbage-collected at once
    box.finished.connect(lambda _result: _open_boxes.discard(box))
    box.open()
    return box
