"""Keyboard focus and drops in the compose window: the Tab order, and files dropped on a
line edit (attached, like files dropped on the body, instead of typed in as ``file://``)."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QLineEdit, QWidget

if TYPE_CHECKING:
    from composer.ui.compose.window import ComposeWindow


def local_files(mime: QMimeData) -> list[Path]:
    """The local files a drag carries (empty when it carries anything else too)."""
    if not mime.hasUrls():
        return []
    urls = mime.urls()
    if not urls or not all(url.isLocalFile() for url in urls):
        return []
    return [Path(url.toLocalFile()) for url in urls]


class FileDropCatcher(QObject):
    """An event filter for line edits: a drop of files emits :attr:`files_dropped` instead of
    inserting their URLs as text; dropped text still goes into the field."""

    files_dropped = Signal(list)  # list[Path]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            if local_files(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            files = local_files(event.mimeData())
            if files:
                event.acceptProposedAction()
                self.files_dropped.emit(files)
                return True
        return False


def catch_file_drops(window: ComposeWindow) -> FileDropCatcher:
    """Attach files dropped on any line edit of *window* (From, To, Cc, Subject, ...)."""
    catcher = FileDropCatcher(window)
    for edit in window.findChildren(QLineEdit):
        edit.installEventFilter(catcher)
    catcher.files_dropped.connect(window.attachments.add_paths)
    return catcher


def set_tab_order(window: ComposeWindow) -> None:
    """From, To, Cc, Bcc, Reply-To (those shown), Subject, the body; then the rest.

    The Cc/Bcc/Reply-To buttons and the profile switcher come after the body, so writing a
    message never tabs through them (View ▸ Cc/Bcc/Reply-To reach the fields too).
    """
    header = window.header
    chain: list[QWidget] = [
        header.from_field,
        *(header.fields[key] for key in ("to", "cc", "bcc", "reply_to")),
        header.subject,
        window.editor,
        window.switcher,
        *header.toggles.values(),
        window.attachments.tree,
    ]
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)
