"""A window that lists messages and shows the selected one (Drafts, Sent).

:class:`MailboxWindow` lays out the list above a :class:`MessageView` with the window's
buttons below, and reads the selected message off the GUI thread (a draft or a sent copy
may carry a large attachment). A subclass says how its rows are listed
(:meth:`MailboxWindow.columns`) and read (:meth:`MailboxWindow.message_reader`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

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

from composer.compose.message import ComposedMessage, from_eml
from composer.ui.tasks import Task, TaskRunner
from composer.ui.widgets.message_view import MessageView
from composer.ui.widgets.printing import ask_pdf_path, preview_print, save_pdf
from composer.ui.window_keys import close_on_escape
from composer.ui.window_state import keep_size

__all__ = ["MailboxWindow"]

R = TypeVar("R")


class MailboxWindow(QWidget, Generic[R]):
    """The list of rows, the selected row's message, and a row of buttons.

    Args:
        name: the window's size key.
        size: its size until the user changes it.

    Signals:
        message_shown(): the selected row's message is on show (or none is selected).
    """

    message_shown = Signal()

    def __init__(
        self,
        name: str,
        size: QSize,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        close_on_escape(self)
        keep_size(self, name, size)
        self._rows: list[R] = []
        self._tasks = TaskRunner(self)
        self._reading: Task[bytes] | None = None
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.view = MessageView(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.view)
        splitter.setSizes([220, size.height() - 220])
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(self.buttons)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)

    def set_headers(self, headers: Sequence[str], widths: Sequence[int]) -> None:
        """Name the list's columns; *widths* are the first columns' widths."""
        self.list.setHeaderLabels(list(headers))
        for column, width in enumerate(widths):
            self.list.header().resizeSection(column, width)

    def columns(self, row: R) -> list[str]:
        """The texts *row* shows in the list."""
        raise NotImplementedError

    def message_reader(self, row: R) -> Callable[[], bytes]:
        """What reads *row*'s message: a function of plain data, run off the GUI thread."""
        raise NotImplementedError

    def selection_changed(self) -> None:
        """Another row (or none) is selected: e.g. enable the buttons that need one."""

    def rows(self) -> list[R]:
        return list(self._rows)

    def show_rows(self, rows: list[R]) -> None:
        """List *rows*, the first one selected."""
        self._rows = rows
        self.list.clear()
        for row in rows:
            texts = self.columns(row)
            item = QTreeWidgetItem(texts)
            for column, text in enumerate(texts):
                item.setToolTip(column, text)
            self.list.addTopLevelItem(item)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        else:
            self.view.clear_message()
            self.selection_changed()
            self.message_shown.emit()

    def current(self) -> R | None:
        item = self.list.currentItem()
        index = self.list.indexOfTopLevelItem(item) if item is not None else -1
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def _on_list_current_item_changed(self, *_args: object) -> None:
        self.selection_changed()
        if self._reading is not None:
            self._reading.cancel()  # the user went on to another message
        row = self.current()
        if row is None:
            self.view.clear_message()
            return
        read = self.message_reader(row)
        task = self._tasks.submit(lambda _ctx: read(), "read-message")
        task.succeeded.connect(self._on_reading_succeeded)
        task.failed.connect(self._on_reading_failed)
        self._reading = task

    def _on_reading_succeeded(self, raw: bytes) -> None:
        self.view.set_raw(raw)
        self.message_shown.emit()

    def _on_reading_failed(self) -> None:
        self.view.clear_message()  # deleted meanwhile: the next refresh drops it
        self.message_shown.emit()

    # -- printing, as the recipients see the message (never Bcc) ----------------------------

    def add_print_buttons(self, date_of: Callable[[R], str]) -> None:
        """Add Print… and Save as PDF… for the selected message (enabled while one is);
        *date_of* gives a row's Date as the recipients saw it."""
        self._date_of = date_of
        self.print_button = QPushButton(QCoreApplication.translate("MailboxWindow", "Print…"), self)
        self.pdf_button = QPushButton(
            QCoreApplication.translate("MailboxWindow", "Save as PDF…"), self
        )
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(False)
            self.buttons.addWidget(button)
        self.print_button.clicked.connect(lambda: self._with_current_message(self._print))
        self.pdf_button.clicked.connect(lambda: self._with_current_message(self._ask_pdf))
        self.list.currentItemChanged.connect(self._enable_printing)

    def _enable_printing(self) -> None:
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(self.current() is not None)

    def _with_current_message(self, then: Callable[[ComposedMessage, str], None]) -> None:
        row = self.current()
        if row is None:
            return
        read, date = self.message_reader(row), self._date_of(row)
        task = self._tasks.submit(lambda _ctx: from_eml(read()), "read-to-print")
        task.succeeded.connect(lambda msg: then(msg, date))

    def _print(self, msg: ComposedMessage, date: str) -> None:
        self.printing = preview_print(self, msg, date)

    def _ask_pdf(self, msg: ComposedMessage, date: str) -> None:
        self.printing = ask_pdf_path(self, msg, lambda path: save_pdf(msg, path, date))
