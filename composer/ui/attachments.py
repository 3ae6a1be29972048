"""The attachment list: add (dialog or drop), list with size and type, remove, open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from composer.compose import PROVIDER_SIZE_LIMIT, Attachment
from composer.ui.errors import UserMessage


def human_size(size: int) -> str:
    """``512 bytes``, ``1.5 KB``, ``24.8 MB`` (decimal units, as providers state limits)."""
    if size < 1000:
        return f"{size} bytes"
    for unit in ("KB", "MB", "GB"):
        size_f = size / 1000
        if size_f < 1000 or unit == "GB":
            return f"{size_f:.1f} {unit}"
        size = int(size_f)
    return f"{size} bytes"


_KINDS = {
    "application/pdf": "PDF document",
    "application/zip": "ZIP archive",
    "text/plain": "Text",
    "text/csv": "CSV table",
    "text/html": "Web page",
    "message/rfc822": "Email message",
}


def friendly_type(filename: str, mimetype: str) -> str:
    """A short type name for the list ("PDF document", "PNG image", "Spreadsheet")."""
    if mimetype in _KINDS:
        return _KINDS[mimetype]
    major, _, minor = mimetype.partition("/")
    if major in ("image", "audio", "video"):
        return f"{minor.split('+')[0].upper()} {major}"
    if "spreadsheet" in minor or "excel" in minor:
        return "Spreadsheet"
    if "presentation" in minor or "powerpoint" in minor:
        return "Presentation"
    if "wordprocessing" in minor or "msword" in minor or "opendocument.text" in minor:
        return "Document"
    ext = filename.rpartition(".")[2] if "." in filename else ""
    return f"{ext.upper()} file" if ext else "File"


class AttachmentList(QWidget):
    """Shows :class:`~composer.compose.Attachment` items; hidden while there are none."""

    changed = Signal()
    problem = Signal(object)  # UserMessage

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentList")
        self._items: list[Attachment] = []
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("attachmentTree")
        self.tree.setHeaderLabels(["Attachment", "Size", "Type"])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel(self)
        self.summary.setObjectName("attachmentSummary")
        self.warning = QLabel(self)
        self.warning.setObjectName("attachmentWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a4b00;")
        self.open_button = QPushButton("Open", self)
        self.remove_button = QPushButton("Remove", self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addWidget(self.warning)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.tree.itemDoubleClicked.connect(self._on_tree_item_double_clicked)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self._refresh()

    # --- the list ------------------------------------------------------------------------
    def attachments(self) -> list[Attachment]:
        return list(self._items)

    def set_attachments(self, items: list[Attachment]) -> None:
        self._items = list(items)
        self._refresh()

    def add_paths(self, paths: list[Path]) -> None:
        """Attach files; unreadable ones are reported through :attr:`problem`."""
        added = False
        for path in paths:
            try:
                self._items.append(Attachment.from_path(path))
                added = True
            except OSError as exc:
                self.problem.emit(
                    UserMessage(
                        f"“{Path(path).name}” could not be attached: {exc.strerror or exc}.",
                        "Check that the file exists and that you may read it.",
                        str(exc),
                    )
                )
        if added:
            self._refresh()
            self.changed.emit()

    def total_size(self) -> int:
        return sum(a.size for a in self._items)

    def choose_files(self) -> None:
        """Open a file dialog (non-blocking) to add attachments."""
        dialog = QFileDialog(self.window(), "Attach files")
        dialog.setObjectName("attachDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(lambda files: self.add_paths([Path(f) for f in files]))
        dialog.open()

    def _refresh(self) -> None:
        self.tree.clear()
        for att in self._items:
            kind = friendly_type(att.filename, att.mimetype)
            item = QTreeWidgetItem([att.filename, human_size(att.size), kind])
            item.setToolTip(0, str(att.path) if att.path else att.filename)
            item.setToolTip(2, att.mimetype)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        total = self.total_size()
        count = len(self._items)
        if count:  # as tall as its rows, up to four; then it scrolls
            row = max(self.tree.sizeHintForRow(0), 1)
            header = self.tree.header().sizeHint().height()
            frame = 2 * self.tree.frameWidth() + 2
            self.tree.setFixedHeight(header + row * min(count, 4) + frame)
        self.summary.setText(
            f"{count} attachment{'s' if count != 1 else ''}, {human_size(total)}" if count else ""
        )
        if total > PROVIDER_SIZE_LIMIT:
            self.warning.setText(
                f"These attachments add up to {human_size(total)}; many providers refuse "
                f"messages over {human_size(PROVIDER_SIZE_LIMIT)}. Consider sharing large "
                "files by link."
            )
            self.warning.show()
        else:
            self.warning.clear()
            self.warning.hide()
        self.setVisible(bool(self._items))
        self._update_buttons()

    def _selected_rows(self) -> list[int]:
        return sorted(self.tree.indexOfTopLevelItem(i) for i in self.tree.selectedItems())

    def _update_buttons(self) -> None:
        selected = bool(self.tree.selectedItems())
        self.remove_button.setEnabled(selected)
        self.open_button.setEnabled(selected)

    def remove_rows(self, rows: list[int]) -> None:
        for row in sorted(rows, reverse=True):
            del self._items[row]
        self._refresh()
        self.changed.emit()

    def _on_remove_button_clicked(self) -> None:
        self.remove_rows(self._selected_rows())

    def _on_open_button_clicked(self) -> None:
        for row in self._selected_rows():
            self.open_row(row)

    def _on_tree_item_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        self.open_row(self.tree.indexOfTopLevelItem(item))

    def open_row(self, row: int) -> None:
        """Open the attachment with the desktop's default application."""
        att = self._items[row]
        path = att.path
        if path is None:  # held in memory (a reopened draft): write a temporary copy
            from composer import paths

            path = paths.cache_dir() / "open" / att.filename
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(att.read())
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.problem.emit(
                UserMessage(
                    f"No application could open “{att.filename}”.",
                    "Install a program for this type of file, or save it and open it yourself.",
                )
            )
