"""File ▸ Drafts: the saved drafts, newest first, to continue or delete."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from composer.compose.draft_list import DraftRow, list_drafts
from composer.storage.drafts import DraftStore
from composer.ui.tasks import Task
from composer.ui.translations import format_timestamp
from composer.ui.widgets.mailbox import MailboxWindow

__all__ = ["DraftRow", "DraftsList"]


class DraftsList(MailboxWindow[DraftRow]):
    """A window listing drafts; emits :attr:`open_requested` with the chosen draft's path."""

    open_requested = Signal(Path)

    def __init__(self, store: DraftStore, parent: QWidget | None = None) -> None:
        super().__init__("drafts", QSize(900, 600), parent)
        self.set_headers([self.tr("Subject"), self.tr("To"), self.tr("Saved")], [380, 280])
        self.setObjectName("draftsList")
        self.setWindowTitle(self.tr("Drafts"))
        self._store = store
        self.open_button = QPushButton(self.tr("Continue writing"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.buttons.addWidget(self.delete_button)
        self.buttons.addWidget(self.open_button)
        self._connect_signals()
        self.selection_changed()

    def _connect_signals(self) -> None:
        self.list.itemDoubleClicked.connect(self._on_open_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)

    def refresh(self) -> Task[list[DraftRow]]:
        """List the drafts in the background."""
        store = self._store
        task = self._tasks.submit(lambda _ctx: list_drafts(store), "list-drafts")
        task.succeeded.connect(self.show_rows)
        return task

    def columns(self, row: DraftRow) -> list[str]:
        return [row.subject, row.to, format_timestamp(row.modified)]

    def message_reader(self, row: DraftRow) -> Callable[[], bytes]:
        return row.path.read_bytes

    def selection_changed(self) -> None:
        has = self.current() is not None
        self.open_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _on_open_button_clicked(self, *_args: object) -> None:
        row = self.current()
        if row is not None:
            self.open_requested.emit(row.path)

    def _on_delete_button_clicked(self) -> None:
        row = self.current()
        if row is not None:
            store, draft_id = self._store, row.draft_id
            task = self._tasks.submit(lambda _ctx: store.delete(draft_id), "delete-draft")
            task.finished.connect(self.refresh)
