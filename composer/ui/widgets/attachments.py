"""The attachment list: add (dialog or drop), list with size and type, remove, open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QUrl, Signal
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

from composer.compose.message import PROVIDER_SIZE_LIMIT, Attachment
from composer.ui.errors import UserMessage
from composer.ui.window_state import FolderPurpose, prepare_file_dialog


def human_size(size: int) -> str:
    """``512 bytes``, ``1.5 kB``, ``24.8 MB`` in the user's locale (decimal units, as
    providers state limits)."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttachmentList", text)


_KINDS = {
    "application/pdf": str(QT_TRANSLATE_NOOP("AttachmentList", "PDF document")),
    "application/zip": str(QT_TRANSLATE_NOOP("AttachmentList", "ZIP archive")),
    "text/plain": str(QT_TRANSLATE_NOOP("AttachmentList", "Text")),
    "text/csv": str(QT_TRANSLATE_NOOP("AttachmentList", "CSV table")),
    "text/html": str(QT_TRANSLATE_NOOP("AttachmentList", "Web page")),
    "message/rfc822": str(QT_TRANSLATE_NOOP("AttachmentList", "Email message")),
}
_MEDIA = {
    "image": str(QT_TRANSLATE_NOOP("AttachmentList", "{format} image")),
    "audio": str(QT_TRANSLATE_NOOP("AttachmentList", "{format} audio")),
    "video": str(QT_TRANSLATE_NOOP("AttachmentList", "{format} video")),
}


def friendly_type(filename: str, mimetype: str) -> str:
    """A short type name for the list ("PDF document", "PNG image", "Spreadsheet")."""
    if mimetype in _KINDS:
        return _tr(_KINDS[mimetype])
    major, _, minor = mimetype.partition("/")
    if major in _MEDIA:
        return _tr(_MEDIA[major]).format(format=minor.split("+")[0].upper())
    if "spreadsheet" in minor or "excel" in minor:
        return QCoreApplication.translate("AttachmentList", "Spreadsheet")
    if "presentation" in minor or "powerpoint" in minor:
        return QCoreApplication.translate("AttachmentList", "Presentation")
    if "wordprocessing" in minor or "msword" in minor or "opendocument.text" in minor:
        return QCoreApplication.translate("AttachmentList", "Document")
    ext = filename.rpartition(".")[2] if "." in filename else ""
    if ext:
        return QCoreApplication.translate("AttachmentList", "{extension} file").format(
            extension=ext.upper()
        )
    return QCoreApplication.translate("AttachmentList", "File")


class AttachmentList(QWidget):
    """Shows :class:`~composer.compose.message.Attachment` items; hidden while there are none."""

    changed = Signal()
    problem = Signal(object)  # UserMessage

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentList")
        self._items: list[Attachment] = []
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("attachmentTree")
        self.tree.setHeaderLabels([self.tr("Attachment"), self.tr("Size"), self.tr("Type")])
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
        self.open_button = QPushButton(self.tr("Open"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
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
                        self.tr("“{name}” could not be attached: {reason}.").format(
                            name=Path(path).name, reason=exc.strerror or exc
                        ),
                        self.tr("Check that the file exists and that you may read it."),
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
        dialog = QFileDialog(self.window(), self.tr("Attach files"))
        dialog.setObjectName("attachDialog")
        prepare_file_dialog(dialog, FolderPurpose.ATTACH)
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
        summary = self.tr("%n attachment(s), {size}", "", count).format(size=human_size(total))
        self.summary.setText(summary if count else "")
        if total > PROVIDER_SIZE_LIMIT:
            self.warning.setText(
                self.tr(
                    "These attachments add up to {total}; many providers refuse messages over "
                    "{limit}. Consider sharing large files by link."
                ).format(total=human_size(total), limit=human_size(PROVIDER_SIZE_LIMIT))
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
        if path is None:  # held in memory (a reopened draft): write a private copy
            from composer.storage import paths
            from composer.storage.atomic import private_folder, write_bytes_atomic

            folder = private_folder(paths.cache_dir() / "open")
            path = folder / Path(att.filename).name  # a name, never a path elsewhere
            write_bytes_atomic(path, att.read())
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.problem.emit(
                UserMessage(
                    self.tr("No application could open “{name}”.").format(name=att.filename),
                    self.tr(
                        "Install a program for this type of file, or save it and open it yourself."
                    ),
                )
            )
