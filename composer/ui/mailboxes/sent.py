"""Browse the local Sent folder and reopen a sent message as a new one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from composer.storage.sentbox import SentBox, SentEntry
from composer.ui.tasks import Task
from composer.ui.translations import format_timestamp
from composer.ui.widgets.mailbox import MailboxWindow

__all__ = ["SentBrowser"]


class SentBrowser(MailboxWindow[SentEntry]):
    """The Sent folder: a list, the selected message, and "Open as new message"."""

    reopen_requested = Signal(bytes)

    def __init__(self, box: SentBox, parent: QWidget | None = None) -> None:
        super().__init__("sent", QSize(960, 640), parent)
        self.set_headers([self.tr("Subject"), self.tr("To"), self.tr("Date")], [420, 300])
        self.setObjectName("sentBrowser")
        self.setWindowTitle(self.tr("Sent"))
        self.list.setObjectName("sentList")
        self._box = box
        self.reopen_button = QPushButton(self.tr("Open as new message"), self)
        self.reopen_button.setEnabled(False)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.buttons.addWidget(self.refresh_button)
        self.add_print_buttons(lambda entry: entry.date)
        self.buttons.addWidget(self.reopen_button)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.refresh_button.clicked.connect(self.refresh)
        self.reopen_button.clicked.connect(self._on_reopen_button_clicked)

    def refresh(self) -> Task[list[SentEntry]]:
        """List the folder in the background."""
        box = self._box
        task = self._tasks.submit(lambda _ctx: box.entries(), "list-sent")
        task.succeeded.connect(self.show_rows)
        return task

    def entries(self) -> list[SentEntry]:
        return self.rows()

    def columns(self, row: SentEntry) -> list[str]:
        when = format_timestamp(row.timestamp) if row.timestamp else row.date
        return [row.subject, row.to, when]

    def message_reader(self, row: SentEntry) -> Callable[[], bytes]:
        box, key = self._box, row.key
        return lambda: box.get_bytes(key)

    def selection_changed(self) -> None:
        self.reopen_button.setEnabled(self.current() is not None)

    def _on_reopen_button_clicked(self) -> None:
        entry = self.current()
        if entry is not None:
            read = self.message_reader(entry)
            task = self._tasks.submit(lambda _ctx: read(), "reopen-sent")
            task.succeeded.connect(self.reopen_requested)
