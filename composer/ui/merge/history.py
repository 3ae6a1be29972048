"""Earlier merges from the ledger: what each sent, and the way back into one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from composer.merge import MergeInfo, MergeLedger
from composer.merge.export import export_merge_failures
from composer.ui.merge.export import choose_export_file, start_export
from composer.ui.merge.models import MergeHistoryModel
from composer.ui.tasks import Task, TaskRunner
from composer.ui.window_state import keep_size

__all__ = ["MergeHistoryDialog"]


class MergeHistoryDialog(QDialog):
    """The ledger's merges, newest first, with their counts.

    Signals:
        reopen_requested(MergeInfo): the user wants to continue this merge.
    """

    reopen_requested = Signal(object)

    def __init__(
        self, ledger: MergeLedger, parent: QWidget | None = None, runner: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Earlier merges"))
        self.setObjectName("mergeHistory")
        keep_size(self, "merge-history", QSize(820, 360))
        self.ledger = ledger
        # The merge window's runner when there is one: it keeps the ledger open until
        # an export started here is done.
        self.runner = runner if runner is not None else TaskRunner(self, max_threads=1)
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
        if merge is not None:
            choose_export_file(
                self, Path(merge.csv_path), lambda path: self.export_failed(merge, path)
            )

    def export_failed(self, merge: MergeInfo, path: str | Path) -> Task[int]:
        """Write *merge*'s failed rows with their reasons, in the background."""
        ledger = self.ledger
        return start_export(
            self.runner, self, path, lambda: export_merge_failures(ledger, merge, path)
        )
