"""Earlier merges from the ledger: what each sent, and the way back into one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from composer.merge import CsvError, CsvSource, MergeInfo, MergeLedger
from composer.ui.errors import UserMessage, show_message
from composer.ui.merge.models import MergeHistoryModel
from composer.ui.window_state import FolderPurpose, keep_size, prepare_file_dialog

__all__ = ["MergeHistoryDialog"]


class MergeHistoryDialog(QDialog):
    """The ledger's merges, newest first, with their counts.

    Signals:
        reopen_requested(MergeInfo): the user wants to continue this merge.
    """

    reopen_requested = Signal(object)

    def __init__(self, ledger: MergeLedger, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Earlier merges"))
        self.setObjectName("mergeHistory")
        keep_size(self, "merge-history", QSize(820, 360))
        self.ledger = ledger
        self.model = MergeHistoryModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.reopen_button = QPushButton(self.tr("Continue this merge"))
        self.export_button = QPushButton(self.tr("Export failed rows…"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail_label)
        layout.addLayout(buttons)
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._on_selection_changed)
        self.reopen_button.clicked.connect(self._on_reopen_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.close_button.clicked.connect(self.close)

    def refresh(self) -> None:
        self.model.set_merges(self.ledger.merges())
        if self.model.rowCount():
            self.table.selectRow(0)
        self._on_selection_changed()

    def selected(self) -> MergeInfo | None:
        index = self.table.currentIndex()
        return self.model.merge(index.row()) if index.isValid() else None

    def _on_selection_changed(self) -> None:
        merge = self.selected()
        self.reopen_button.setEnabled(merge is not None and Path(merge.csv_path).is_file())
        self.export_button.setEnabled(merge is not None and merge.counts["failed"] > 0)
        if merge is None:
            self.detail_label.setText(self.tr("No merge has been sent yet."))
            return
        self.detail_label.setText(
            self.tr("Data: {data}\nMessage: {message}").format(
                data=merge.csv_path, message=merge.template
            )
        )

    def _on_reopen_clicked(self) -> None:
        merge = self.selected()
        if merge is not None:
            self.reopen_requested.emit(merge)
            self.close()

    def _on_export_clicked(self) -> None:
        merge = self.selected()
        if merge is None:
            return
        chooser = QFileDialog(self, self.tr("Save the failed rows"))
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilters([self.tr("CSV files (*.csv)")])
        data = Path(merge.csv_path)
        prepare_file_dialog(
            chooser,
            FolderPurpose.EXPORT,
            suggested_name=data.with_suffix(".failed.csv").name,
            default_folder=data.parent,
        )
        chooser.fileSelected.connect(lambda path: self.export_failed(merge, path))
        chooser.open()

    def export_failed(self, merge: MergeInfo, path: str | Path) -> int:
        """Write *merge*'s failed rows with their reasons; returns how many."""
        try:
            source = CsvSource(merge.csv_path, merge.encoding or None, merge.delimiter or None)
            return self.ledger.export_failed(
                merge.id,
                merge.scan,
                ((r.number, r.values) for r in source.rows()),
                source.columns,
                Path(path),
            )
        except (CsvError, OSError) as exc:
            show_message(
                self,
                UserMessage(
                    self.tr("The failed rows could not be exported ({error}).").format(error=exc),
                    self.tr("Check that the data file is still there and the folder is writable."),
                ),
            )
            return 0
