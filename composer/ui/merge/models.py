"""Table models of the mail merge dialog: the data preview, the row checks, earlier merges."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from composer.merge import MergeInfo, RowCheck, ValidationReport
from composer.ui.translations import format_timestamp
from composer.ui.widgets.attachments import human_size

__all__ = [
    "OUTCOME_LABELS",
    "STATUS_LABELS",
    "CsvPreviewModel",
    "MergeHistoryModel",
    "RowCheckModel",
    "outcome_label",
    "status_label",
]

_Index = QModelIndex | QPersistentModelIndex

STATUS_LABELS = {
    "ready": str(QT_TRANSLATE_NOOP("RowCheckModel", "Ready")),
    "problem": str(QT_TRANSLATE_NOOP("RowCheckModel", "Problem")),
    "suppressed": str(QT_TRANSLATE_NOOP("RowCheckModel", "Suppressed")),
    "sent": str(QT_TRANSLATE_NOOP("RowCheckModel", "Already sent")),
    "unknown": str(QT_TRANSLATE_NOOP("RowCheckModel", "In flight earlier")),
}


def status_label(status: str) -> str:
    """The translated name of a row's check status ("ready", "problem", ...)."""
    label = STATUS_LABELS.get(status)
    return QCoreApplication.translate("RowCheckModel", label) if label else status


# How a run ended (RunResult.outcome), as Earlier merges shows it.
OUTCOME_LABELS = {
    "finished": str(QT_TRANSLATE_NOOP("MergeHistoryModel", "Finished")),
    "cancelled": str(QT_TRANSLATE_NOOP("MergeHistoryModel", "Stopped by you")),
    "stopped": str(QT_TRANSLATE_NOOP("MergeHistoryModel", "Stopped on an error")),
    "daily_limit": str(QT_TRANSLATE_NOOP("MergeHistoryModel", "Paused by the daily limit")),
    "limit": str(QT_TRANSLATE_NOOP("MergeHistoryModel", "Sent as many as asked")),
}


def outcome_label(outcome: str) -> str:
    """The translated name of how a merge's last run ended ("—" before any run)."""
    if not outcome:
        return "—"
    label = OUTCOME_LABELS.get(outcome)
    return QCoreApplication.translate("MergeHistoryModel", label) if label else outcome


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
    """One line per row: its status, the files it attaches, and what is wrong."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("RowCheckModel", "Row")),
        str(QT_TRANSLATE_NOOP("RowCheckModel", "Line")),
        str(QT_TRANSLATE_NOOP("RowCheckModel", "Recipients")),
        str(QT_TRANSLATE_NOOP("RowCheckModel", "Status")),
        str(QT_TRANSLATE_NOOP("RowCheckModel", "Attachments")),
        str(QT_TRANSLATE_NOOP("RowCheckModel", "Problem")),
    )

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
                return status_label(check.status)
            if column == 4:
                return ", ".join(f"{name} ({human_size(size)})" for name, size in check.files)
            if check.problems:
                return "; ".join(check.problems)
            if check.status == "sent":
                return self.tr("sent by an earlier run; not sent again")
            if check.status == "unknown":
                return self.tr("was being sent when a run stopped; may have been delivered")
            return ""
        if role == Qt.ItemDataRole.ForegroundRole and column == 3:
            colour = _STATUS_COLOURS.get(check.status)
            return QBrush(colour) if colour is not None else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("RowCheckModel", self.HEADERS[section])
        return None


def ever_ran(merge: MergeInfo) -> bool:
    """Whether a run of *merge* ever started (a check or a dry run alone does not count)."""
    c = merge.counts
    return bool(merge.last_outcome) or bool(c["sent"] + c["failed"] + c["unknown"] + c["sending"])


def outcome_text(merge: MergeInfo) -> str:
    """How the last run ended, in words; says so when it sent nothing."""
    text = outcome_label(merge.last_outcome)
    if merge.last_outcome and merge.counts["sent"] == 0:
        text = QCoreApplication.translate("MergeHistoryModel", "{outcome}: nothing sent").format(
            outcome=text
        )
    return text


class MergeHistoryModel(QAbstractTableModel):
    """Every merge that was sent (or tried), newest first; checks and dry runs are not listed."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("MergeHistoryModel", "Merge")),
        str(QT_TRANSLATE_NOOP("MergeHistoryModel", "Last change")),
        str(QT_TRANSLATE_NOOP("MergeHistoryModel", "Sent")),
        str(QT_TRANSLATE_NOOP("MergeHistoryModel", "Failed")),
        str(QT_TRANSLATE_NOOP("MergeHistoryModel", "In flight")),
        str(QT_TRANSLATE_NOOP("MergeHistoryModel", "Not sent yet")),
        str(QT_TRANSLATE_NOOP("MergeHistoryModel", "Outcome")),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._merges: list[MergeInfo] = []

    def set_merges(self, merges: list[MergeInfo]) -> None:
        self.beginResetModel()
        self._merges = [m for m in merges if ever_ran(m)]
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
            format_timestamp(m.updated),
            str(c["sent"]),
            str(c["failed"]),
            str(c["unknown"]),
            str(c["pending"] + c["skipped"]),
            outcome_text(m),
        )
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{m.csv_path}\n{m.template}"
        return values[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("MergeHistoryModel", self.HEADERS[section])
        return None
