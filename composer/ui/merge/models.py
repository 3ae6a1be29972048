"""Table models of the mail merge dialog: the data preview, the row checks, earlier merges."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from composer.merge import MergeInfo, RowCheck, ValidationReport
from composer.ui.translations import format_timestamp
from composer.ui.widgets.attachments import human_size
from composer.ui.widgets.list_table import ListTableModel

__all__ = [
    "CsvPreviewModel",
    "MergeHistoryModel",
    "RowCheckModel",
    "outcome_label",
    "status_label",
]

_SHOWN = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


def status_label(status: str) -> str:
    """The translated name of a row's check status ("ready", "problem", ...)."""
    return {
        "ready": QCoreApplication.translate("RowCheckModel", "Ready"),
        "problem": QCoreApplication.translate("RowCheckModel", "Problem"),
        "suppressed": QCoreApplication.translate("RowCheckModel", "Suppressed"),
        "sent": QCoreApplication.translate("RowCheckModel", "Already sent"),
        "unknown": QCoreApplication.translate("RowCheckModel", "In doubt"),
    }.get(status, status)


def outcome_label(outcome: str) -> str:
    """The translated name of how a merge's last run ended ("—" before any run)."""
    if not outcome:
        return "—"
    return {
        "finished": QCoreApplication.translate("MergeHistoryModel", "Finished"),
        "cancelled": QCoreApplication.translate("MergeHistoryModel", "Stopped by you"),
        "stopped": QCoreApplication.translate("MergeHistoryModel", "Stopped on an error"),
        "daily_limit": QCoreApplication.translate("MergeHistoryModel", "Paused by the daily limit"),
        "limit": QCoreApplication.translate("MergeHistoryModel", "Sent as many as asked"),
    }.get(outcome, outcome)


_STATUS_COLOURS = {
    "problem": QColor("#b3261e"),
    "unknown": QColor("#a15c00"),
    "suppressed": QColor("#666666"),
    "sent": QColor("#1b6e20"),
}


class CsvPreviewModel(ListTableModel[dict[str, str]]):
    """The first rows of the data file, read-only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: tuple[str, ...] = ()
        self._hidden: frozenset[str] = frozenset()

    def set_rows(self, columns: Sequence[str], rows: list[dict[str, str]]) -> None:
        self._columns = tuple(columns)
        self.set_items(rows)

    def set_hidden_columns(self, columns: Sequence[str]) -> None:
        """Show the cells of *columns* as dots (passwords): never on screen, in a tooltip
        or a screenshot."""
        self.beginResetModel()
        self._hidden = frozenset(columns)
        self.endResetModel()

    def headers(self) -> list[str]:
        return list(self._columns)

    def cell(self, item: dict[str, str], column: int, role: int) -> Any:
        if role not in _SHOWN:
            return None
        name = self._columns[column]
        value = item.get(name, "")
        if name in self._hidden:
            return "••••••" if value else ""
        return value.replace("\n", " ⏎ ") if role == Qt.ItemDataRole.DisplayRole else value

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return super().headerData(section, orientation, role)


class RowCheckModel(ListTableModel[RowCheck]):
    """One line per row: its status, the files it attaches, and what is wrong."""

    def set_report(self, report: ValidationReport | None) -> None:
        self.set_items(report.rows if report is not None else [])

    def row_check(self, row: int) -> RowCheck:
        return self.item(row)

    def headers(self) -> list[str]:
        return [
            self.tr("Row"),
            self.tr("Line"),
            self.tr("Recipients"),
            self.tr("Status"),
            self.tr("Attachments"),
            self.tr("Problem"),
        ]

    def cell(self, item: RowCheck, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 3:
            colour = _STATUS_COLOURS.get(item.status)
            return QBrush(colour) if colour is not None else None
        if role not in _SHOWN:
            return None
        if column == 0:
            return str(item.row_number)
        if column == 1:
            return str(item.line)
        if column == 2:
            return item.recipients or "—"
        if column == 3:
            return status_label(item.status)
        if column == 4:
            return ", ".join(f"{name} ({human_size(size)})" for name, size in item.files)
        if item.problems:
            return "; ".join(item.problems)
        if item.status == "sent":
            return self.tr("sent by an earlier run; not sent again")
        if item.status == "unknown":
            return self.tr("went out whole when a run stopped; most likely delivered")
        return ""


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


class MergeHistoryModel(ListTableModel[MergeInfo]):
    """Every merge that was sent (or tried), newest first; checks and dry runs are not listed.

    The last column says how many recipients bounced (:meth:`set_bounces`).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bounces: dict[int, tuple[int, int]] = {}

    def set_merges(self, merges: list[MergeInfo]) -> None:
        self.set_items(m for m in merges if ever_ran(m))

    def set_bounces(self, counts: dict[int, tuple[int, int]]) -> None:
        """merge id -> (hard, soft) bounces recorded for it."""
        self.beginResetModel()
        self._bounces = dict(counts)
        self.endResetModel()

    def bounced_text(self, merge_id: int) -> str:
        hard, soft = self._bounces.get(merge_id, (0, 0))
        if not hard + soft:
            return "—"
        return self.tr("{hard} hard, {soft} soft").format(hard=hard, soft=soft)

    def merge(self, row: int) -> MergeInfo:
        return self.item(row)

    def headers(self) -> list[str]:
        return [
            self.tr("Merge"),
            self.tr("Last change"),
            self.tr("Sent"),
            self.tr("Failed"),
            self.tr("In doubt"),
            self.tr("Not sent yet"),
            self.tr("Outcome"),
            self.tr("Bounced"),
        ]

    def cell(self, item: MergeInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.csv_path}\n{item.template}"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        c = item.counts
        return (
            item.name,
            format_timestamp(item.updated),
            str(c["sent"]),
            str(c["failed"]),
            str(c["unknown"]),
            str(c["pending"] + c["skipped"]),
            outcome_text(item),
            self.bounced_text(item.id),
        )[column]
