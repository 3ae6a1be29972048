"""The Outbox viewer: messages "sent" through preview profiles (in-app outbox, files)."""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
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

from composer.ui.tasks import TaskRunner
from composer.ui.widgets.message_view import MessageView
from composer.ui.window_keys import close_on_escape
from composer.ui.window_state import keep_size

_SEPARATOR = b"\n" + b"-" * 79 + b"\n"


@dataclass(frozen=True)
class OutboxItem:
    """One previewed message and where it came from."""

    source: str
    raw: bytes

    def title(self) -> str:
        head = email.message_from_bytes(self.raw.split(b"\n\n", 1)[0], policy=email.policy.default)
        subject = str(head.get("Subject", "")) or QCoreApplication.translate(
            "OutboxViewer", "(no subject)"
        )
        return QCoreApplication.translate("OutboxViewer", "{subject} — to {to}").format(
            subject=subject, to=head.get("To", "?")
        )


def in_app_outbox() -> list[OutboxItem]:
    """Messages in ``composer.mail.outbox`` (the locmem backend), oldest first."""
    from composer import mail

    items = []
    for message in getattr(mail, "outbox", []):
        source = QCoreApplication.translate("OutboxViewer", "In-app outbox")
        items.append(OutboxItem(source, bytes(message.message().as_bytes())))
    return items


def file_outbox(folder: Path) -> list[OutboxItem]:
    """Messages in the ``.log`` files the file backend wrote into *folder*."""
    items = []
    for log_file in sorted(folder.glob("*.log")):
        for chunk in log_file.read_bytes().split(_SEPARATOR):
            if chunk.strip():
                source = QCoreApplication.translate("OutboxViewer", "File {name}")
                items.append(OutboxItem(source.format(name=log_file.name), chunk))
    return items


class OutboxViewer(QWidget):
    """A window listing previewed messages with a :class:`MessageView` for the selected one."""

    def __init__(self, folders: list[Path] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("outboxViewer")
        close_on_escape(self)
        self.setWindowTitle(self.tr("Outbox — messages not delivered"))
        keep_size(self, "outbox", QSize(960, 640))
        self._folders = list(folders or [])
        self._items: list[OutboxItem] = []
        self._tasks = TaskRunner(self)
        self.note = QLabel(
            self.tr(
                "Messages sent through preview profiles (in-app outbox, saved files) land here "
                "instead of reaching anyone."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("outboxList")
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

    def items(self) -> list[OutboxItem]:
        return list(self._items)

    def refresh(self) -> None:
        """Reload: the in-app outbox now, the folders in the background."""
        memory = in_app_outbox()
        folders = list(self._folders)

        def load() -> list[OutboxItem]:
            found: list[OutboxItem] = []
            for folder in folders:
                if folder.is_dir():
                    found += file_outbox(folder)
            return found

        self._show(memory)
        if folders:
            task = self._tasks.submit(lambda _ctx: load(), "load-outbox-files")
            task.succeeded.connect(lambda files: self._show(memory + files))

    def _show(self, items: list[OutboxItem]) -> None:
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

    def _on_list_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._items):
            self.view.set_raw(self._items[row].raw)
