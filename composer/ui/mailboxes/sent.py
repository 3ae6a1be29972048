"""Browse the local Sent folder and reopen a sent message as a new one."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from composer.storage.sentbox import SentBox, SentEntry
from composer.ui.tasks import Task, TaskRunner
from composer.ui.translations import format_timestamp
from composer.ui.widgets.message_view import MessageView
from composer.ui.window_keys import close_on_escape
from composer.ui.window_state import keep_size


class SentBrowser(QWidget):
    """The Sent folder: a list, the selected message, and "Open as new message"."""

    reopen_requested = Signal(bytes)

    def __init__(self, box: SentBox, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("sentBrowser")
        close_on_escape(self)
        self.setWindowTitle(self.tr("Sent"))
        keep_size(self, "sent", QSize(960, 640))
        self._box = box
        self._entries: list[SentEntry] = []
        self._tasks = TaskRunner(self)
        self.list = QTreeWidget(self)
        self.list.setObjectName("sentList")
        self.list.setHeaderLabels([self.tr("Subject"), self.tr("To"), self.tr("Date")])
        self.list.setRootIsDecorated(False)
        self.list.header().resizeSection(0, 420)
        self.list.header().resizeSection(1, 300)
        self.view = MessageView(self)
        self.reopen_button = QPushButton(self.tr("Open as new message"), self)
        self.reopen_button.setEnabled(False)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.view)
        splitter.setSizes([220, 420])
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.reopen_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.refresh_button.clicked.connect(self.refresh)
        self.reopen_button.clicked.connect(self._on_reopen_button_clicked)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)

    def refresh(self) -> Task[list[SentEntry]]:
        """List the folder in the background."""
        box = self._box
        task = self._tasks.submit(lambda _ctx: box.entries(), "list-sent")
        task.succeeded.connect(self._show)
        return task

    def entries(self) -> list[SentEntry]:
        return list(self._entries)

    def _show(self, entries: list[SentEntry]) -> None:
        self._entries = entries
        self.list.clear()
        for entry in entries:
            when = format_timestamp(entry.timestamp) if entry.timestamp else entry.date
            item = QTreeWidgetItem([entry.subject, entry.to, when])
            item.setToolTip(1, entry.to)
            self.list.addTopLevelItem(item)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)

    def _current(self) -> SentEntry | None:
        item = self.list.currentItem()
        if item is None:
            return None
        row = self.list.indexOfTopLevelItem(item)
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def _on_list_current_item_changed(self, *_args: object) -> None:
        entry = self._current()
        self.reopen_button.setEnabled(entry is not None)
        if entry is not None:
            self.view.set_raw(self._box.get_bytes(entry.key))

    def _on_reopen_button_clicked(self) -> None:
        entry = self._current()
        if entry is not None:
            self.reopen_requested.emit(self._box.get_bytes(entry.key))
