"""A merge's results as a spreadsheet: a copy of the data with each row's fate beside it.

:func:`write_results` writes an ``.xlsx`` file (openpyxl, streamed) holding the data
file's columns and rows, followed by the columns *status*, *time*, *Message-ID* and
*reason* from the ledger. Rows of a workbook keep their cell types (a date stays a date).
A path ending in ``.csv`` gets the same table as CSV (UTF-8 with the mark Excel needs to
read Korean), each cell written as the sheet shows it.
The user's own file is never written: a results path that is the data file is refused,
and the copy is written beside its final name and moved into place when complete.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from composer.errors import ComposerError
from composer.i18n import translate
from composer.merge.data.grouping import GroupedSource
from composer.merge.data.opening import DataSource
from composer.merge.data.sheetsource import SpreadsheetSource
from composer.merge.record.bounced import Returned, returned_reason, returned_rows
from composer.merge.record.ledger import MergeLedger

__all__ = ["ResultsError", "check_results_path", "status_word", "write_results"]

RESULT_SUFFIXES = (".xlsx", ".xlsm", ".csv")


class ResultsError(ComposerError, ValueError):
    """The results file cannot be written where asked; the message says what to do."""


def status_word(status: str) -> str:
    """A ledger status in the user's words."""
    words = {
        "sent": translate("MergeResults", "sent"),
        "failed": translate("MergeResults", "failed"),
        "unknown": translate("MergeResults", "in doubt"),
        "skipped": translate("MergeResults", "skipped"),
        "suppressed": translate("MergeResults", "suppressed"),
        "problem": translate("MergeResults", "problem"),
        "pending": translate("MergeResults", "not sent yet"),
        "ready": translate("MergeResults", "not sent yet"),
        "bounced": translate("MergeResults", "bounced"),
        "unsubscribed": translate("MergeResults", "unsubscribed"),
    }
    return words.get(status, status)


def check_results_path(path: Path, source: DataSource) -> None:
    """Refuse a results *path* that would overwrite the data or is not a workbook.

    Raises:
        ResultsError: what is wrong and what to do.
    """
    if path.suffix.lower() not in RESULT_SUFFIXES:
        raise ResultsError(
            translate(
                "MergeResults",
                "The results file {path} must end in .xlsx (an Excel workbook) or .csv. "
                "Choose a name such as results.xlsx.",
            ).format(path=path)
        )
    if path.resolve() == source.path.resolve():
        raise ResultsError(
            translate(
                "MergeResults",
                "The results file would replace the data file {path}. Composer never "
                "changes your file: choose another name for the results.",
            ).format(path=path)
        )
    if not path.resolve().parent.is_dir():
        raise ResultsError(
            translate(
                "MergeResults",
                "The folder for the results file {path} does not exist. Choose an existing folder.",
            ).format(path=path)
        )


def _data(source: DataSource) -> Iterator[tuple[int, list[Any]]]:
    width = len(source.columns)
    if isinstance(source, GroupedSource):
        # Every row of the list, in its own order, with the fate of its group's message.
        members = sorted(source.members(), key=lambda item: item[1].number)
        for group, row in members:
            yield group, [row.values.get(c, "") for c in source.columns]
    elif isinstance(source, SpreadsheetSource):
        for number, _line, cells in source.raw_rows():
            values = [None if c == "" else c for c in cells]
            yield number, values + [None] * (width - len(values))
    else:
        for row in source.rows():
            yield row.number, [row.values.get(c, "") for c in source.columns]


class _CsvRows:
    """A CSV file written row by row, in the place of a workbook's sheet (so a million rows
    are never held in memory); each cell as the sheet shows it."""

    def __init__(self, path: Path) -> None:
        import csv

        self._fh = path.open("w", encoding="utf-8-sig", newline="")
        self._writer = csv.writer(self._fh)

    def append(self, cells: list[Any]) -> None:
        from composer.merge.data.cells import cell_text

        self._writer.writerow([cell_text(c) for c in cells])

    def close(self) -> None:
        self._fh.close()


def _as_data(sheet: Any, value: Any) -> Any:
    """*value* as a cell that is data: text starting with ``=`` stays text (never a
    formula), and characters a workbook cannot hold become U+FFFD."""
    if not isinstance(value, str) or isinstance(sheet, _CsvRows):
        return value
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    if not value.startswith("="):
        return value
    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"
    return cell


def write_results(
    ledger: MergeLedger,
    merge_id: int,
    scan: int,
    source: DataSource,
    path: Path,
    *,
    hide: Iterable[str | None] = (),
) -> int:
    """Write the results copy of *source* for pass *scan* of merge *merge_id* to *path*.

    Columns named in *hide* (a PDF password column) are left out of the copy.

    Returns:
        The number of data rows written.

    Raises:
        ResultsError: *path* is not allowed (see :func:`check_results_path`).
        CsvError: the data file cannot be read any more.
        OSError: *path* cannot be written.
    """

    check_results_path(path, source)
    statuses = {
        number: status for number, status, _reason, _reply in ledger.iter_scan(merge_id, scan)
    }
    # By key, not by line: a row the file no longer has keeps the line number it had, which
    # may now be another row's.
    keys = {
        number: key for number, (key, _status) in ledger.planned_range(
            merge_id, scan, 0, 2**62
        ).items()
    }  # fmt: skip
    by_key = {r.row_key: r for r in ledger.rows(merge_id)}
    came_back: dict[int, Returned] = {}
    for item in returned_rows(ledger, merge_id, scan):
        came_back.setdefault(item.row_number, item)  # a hard bounce before the rest
    details = {number: by_key[key] for number, key in keys.items() if key in by_key}
    tmp = path.with_name(path.name + ".tmp")
    csv_rows = _CsvRows(tmp) if path.suffix.lower() == ".csv" else None
    try:
        written = _write_rows(csv_rows, source, statuses, details, came_back, hide, tmp)
        if csv_rows is not None:
            csv_rows.close()
        os.replace(tmp, path)
    finally:
        if csv_rows is not None:
            csv_rows.close()
        tmp.unlink(missing_ok=True)
    return written


def _write_rows(
    csv_rows: _CsvRows | None,
    source: DataSource,
    statuses: dict[int, str],
    details: dict[int, Any],
    came_back: dict[int, Returned],
    hide: Iterable[str | None],
    tmp: Path,
) -> int:
    """Write the table to *csv_rows*, or to a workbook saved as *tmp*; returns the rows."""
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    title = source.sheet if isinstance(source, SpreadsheetSource) else source.path.stem
    sheet: Any = csv_rows if csv_rows is not None else book.create_sheet(title[:31] or "Sheet1")
    hidden = {c for c in hide if c}
    keep = [i for i, c in enumerate(source.columns) if c not in hidden]
    sheet.append(
        [
            *(source.columns[i] for i in keep),
            translate("MergeResults", "status"),
            translate("MergeResults", "time"),
            "Message-ID",
            translate("MergeResults", "reason"),
        ]
    )
    written = 0
    for number, values in _data(source):  # number: the ledger's row (a group's number)
        status = statuses.get(number, "")
        row = details.get(number)
        when: datetime.datetime | None = None
        message_id = reason = ""
        if row is not None and status:
            if row.updated:
                when = datetime.datetime.fromtimestamp(row.updated).replace(microsecond=0)
            message_id = row.message_id if status in ("sent", "unknown") else ""
            reason = row.reason
        if number in came_back:
            # Sent, and then returned: what the user must act on is the bounce.
            item = came_back[number]
            status, reason = item.kind, returned_reason(item)
        sheet.append(
            [
                *(_as_data(sheet, values[i]) for i in keep),
                status_word(status) if status else "",
                when,
                _as_data(sheet, message_id),
                _as_data(sheet, reason),
            ]
        )
        written += 1
    if csv_rows is None:
        book.save(tmp)
    return written
