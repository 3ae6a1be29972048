"""Table models of the mail merge dialog: the data preview, the row checks, earlier merges."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from composer.merge import MergeInfo, RowCheck, ValidationReport

__all__ = ["STATUS_LABELS", "CsvPreviewModel", "MergeHistoryModel", "RowCheckModel"]

_Index = QModelIndex | QPersistentModelIndex

STATUS_LABELS = {
    "ready": "Ready",
    "problem": "Problem",
    "suppressed": "Suppressed",
    "sent": "Already sent",
    "unknown": "In flight earlier",
}
_STATUS_COLOURS = {
    "problem": QColor("#b3261e"),
    "unknown": QColor("#a15c00"),
    "suppressed": QColor("#666666"),
    "sent": QColor("#1b6e20"),
}


class CsvPreviewModel(QAbstractTableModel):
    """The first rows of the data file, read-only."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns: tuple[str, ...] = ()
        self._rows: list[dict[str, str]] = []

    def set_rows(self, columns: Sequence[str], rows: list[dict[str, str]]) -> None:
        self.beginResetModel()
        self._columns = tuple(columns)
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        value = self._rows[index.row()].get(self._columns[index.column()], "")
        return value.replace("\n", " ⏎ ") if role == Qt.ItemDataRole.DisplayRole else value

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section]
        return str(section + 1)


class RowCheckModel(QAbstractTableModel):
    """One line per row that is not simply ready: its status and what is wrong."""

    HEADERS = ("Row", "Line", "Recipients", "Status", "Problem")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RowCheck] = []

    def set_report(self, report: ValidationReport | None) -> None:
        self.beginResetModel()
        self._rows = list(report.rows) if report is not None else []
        self.endResetModel()

    def row_check(self, row: int) -> RowCheck:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        check = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return str(check.row_number)
            if column == 1:
                return str(check.line)
            if column == 2:
                return check.recipients or "—"
            if column == 3:
                return STATUS_LABELS.get(check.status, check.status)
            if check.problems:
                return "; ".join(check.problems)
            return {
                "sent": "sent by an earlier run; not sent again",
                "unknown": "was being sent when a run stopped; may have been delivered",
            }.get(check.status, "")
        if role == Qt.ItemDataRole.ForegroundRole and column == 3:
            colour = _STATUS_COLOURS.get(check.status)
            return QBrush(colour) if colour is not None else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None


class MergeHistoryModel(QAbstractTableModel):
    """Every merge in the ledger, newest first."""

    HEADERS = ("Merge", "Last change", "Sent", "Failed", "In flight", "Not sent yet", "Outcome")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._merges: list[MergeInfo] = []

    def set_merges(self, merges: list[MergeInfo]) -> None:
        self.beginResetModel()
        self._merges = merges
        self.endResetModel()

    def merge(self, row: int) -> MergeInfo:
        return self._merges[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._merges)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        m = self._merges[index.row()]
        c = m.counts
        values = (
            m.name,
            time.strftime("%Y-%m-%d %H:%M", time.localtime(m.updated)),
            str(c["sent"]),
            str(c["failed"]),
            str(c["unknown"]),
            str(c["pending"] + c["skipped"]),
            m.last_outcome or "—",
        )
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{m.csv_path}\n{m.template}"
        return values[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None
