"""File ▸ Drafts: the saved drafts, newest first, to continue or delete."""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from composer.compose.message import header_addresses
from composer.storage.drafts import DraftStore
from composer.storage.sentbox import read_header_block
from composer.ui.tasks import Task, TaskRunner
from composer.ui.translations import format_timestamp
from composer.ui.widgets.message_view import MessageView
from composer.ui.window_keys import close_on_escape
from composer.ui.window_state import keep_size


@dataclass(frozen=True)
class DraftRow:
    """One saved draft as listed."""

    draft_id: str
    path: Path
    subject: str
    to: str
    modified: float


def list_drafts(store: DraftStore) -> list[DraftRow]:
    """Every saved draft with its subject and recipients (reads only the headers)."""
    rows = []
    for info in store.saved():
        try:
            with info.path.open("rb") as fh:
                head = read_header_block(fh)
        except OSError:
            continue  # deleted meanwhile
        headers = email.message_from_bytes(head, policy=email.policy.default)
        rows.append(
            DraftRow(
                info.draft_id,
                info.path,
                str(headers.get("Subject", ""))
                or QCoreApplication.translate("DraftsList", "(no subject)"),
                ", ".join(header_addresses(headers, "To")),
                info.modified,
            )
        )
    return rows


class DraftsList(QWidget):
    """A window listing drafts; emits :attr:`open_requested` with the chosen draft's path."""

    open_requested = Signal(Path)

    def __init__(self, store: DraftStore, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("draftsList")
        close_on_escape(self)
        self.setWindowTitle(self.tr("Drafts"))
        keep_size(self, "drafts", QSize(900, 600))
        self._store = store
        self._rows: list[DraftRow] = []
        self._tasks = TaskRunner(self)
        self.list = QTreeWidget(self)
        self.list.setHeaderLabels([self.tr("Subject"), self.tr("To"), self.tr("Saved")])
        self.list.setRootIsDecorated(False)
        self.list.header().resizeSection(0, 380)
        self.list.header().resizeSection(1, 280)
        self.view = MessageView(self)
        self.open_button = QPushButton(self.tr("Continue writing"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.view)
        splitter.setSizes([220, 380])
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.list.itemDoubleClicked.connect(self._on_open_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self._update_buttons()

    def rows(self) -> list[DraftRow]:
        return list(self._rows)

    def refresh(self) -> Task[list[DraftRow]]:
        store = self._store
        task = self._tasks.submit(lambda _ctx: list_drafts(store), "list-drafts")
        task.succeeded.connect(self._show)
        return task

    def _show(self, rows: list[DraftRow]) -> None:
        self._rows = rows
        self.list.clear()
        for row in rows:
            saved = format_timestamp(row.modified)
            self.list.addTopLevelItem(QTreeWidgetItem([row.subject, row.to, saved]))
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        else:
            self.view.clear_message()
        self._update_buttons()

    def _current(self) -> DraftRow | None:
        item = self.list.currentItem()
        index = self.list.indexOfTopLevelItem(item) if item is not None else -1
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def _update_buttons(self) -> None:
        has = self._current() is not None
        self.open_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _on_list_current_item_changed(self, *_args: object) -> None:
        row = self._current()
        self._update_buttons()
        if row is not None:
            try:
                self.view.set_raw(row.path.read_bytes())
            except OSError:
                self.view.clear_message()

    def _on_open_button_clicked(self, *_args: object) -> None:
        row = self._current()
        if row is not None:
            self.open_requested.emit(row.path)

    def _on_delete_button_clicked(self) -> None:
        row = self._current()
        if row is not None:
            self._store.delete(row.draft_id)
            self.refresh()
