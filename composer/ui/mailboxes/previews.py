"""The Preview mailbox: messages "sent" through preview profiles (in memory, files).

Not the Outbox (:mod:`composer.ui.mailboxes.outbox`), which holds mail waiting to go out.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from composer.storage.previews import PreviewItem, load_previews
from composer.ui.tasks import Task, TaskRunner
from composer.ui.widgets.message_view import MessageView
from composer.ui.window_keys import close_on_escape
from composer.ui.window_state import keep_size

__all__ = ["PreviewItem", "PreviewViewer"]


class PreviewViewer(QWidget):
    """A window listing previewed messages with a :class:`MessageView` for the selected one.

    Signals:
        loaded(): the list shows what the preview mailbox holds now.
    """

    loaded = Signal()

    def __init__(self, folders: list[Path] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("previewViewer")
        close_on_escape(self)
        self.setWindowTitle(self.tr("Preview mailbox — messages not delivered"))
        keep_size(self, "previews", QSize(960, 640))
        self._folders = list(folders or [])
        self._items: list[PreviewItem] = []
        self._tasks = TaskRunner(self)
        self.note = QLabel(
            self.tr(
                "Messages sent through preview profiles (preview mailbox, saved files) land here "
                "instead of reaching anyone."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("previewList")
        self.view = MessageView(self)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.view)
        splitter.setSizes([320, 640])
        top = QHBoxLayout()
        top.addWidget(self.note, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.refresh_button.clicked.connect(self.refresh)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)

    def items(self) -> list[PreviewItem]:
        return list(self._items)

    def refresh(self) -> Task[list[PreviewItem]]:
        """Reload the preview mailbox and the folders, in the background."""
        from composer import mail

        # The list the locmem backend appends to: a copy, read on this thread.
        messages = list(getattr(mail, "outbox", []))
        folders = list(self._folders)
        task = self._tasks.submit(lambda _ctx: load_previews(messages, folders), "load-previews")
        task.succeeded.connect(self._show)
        return task

    def _show(self, items: list[PreviewItem]) -> None:
        self._items = items
        self.list.clear()
        for item in items:
            entry = QListWidgetItem(item.title())
            entry.setToolTip(item.source)
            self.list.addItem(entry)
        if items:
            self.list.setCurrentRow(len(items) - 1)
        else:
            self.view.clear_message()
        self.loaded.emit()

    def _on_list_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._items):
            self.view.set_raw(self._items[row].raw)
