"""Opening a merge's data file, whichever kind it is: CSV text or a spreadsheet.

:func:`open_data` is the one door: the plan, the preview, the exports and the CLI call it
and get a :data:`DataSource`, which is read the same way whatever the file. A spreadsheet
remembers its sheet (and chosen header row) in the place a CSV file remembers its
encoding, so an earlier merge opens the same sheet again from the ledger.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TypeAlias

from composer.i18n import translate
from composer.merge.data.csvsource import CsvError, CsvSource
from composer.merge.data.grouping import GroupedSource, GroupIndex
from composer.merge.data.rowindex import RowIndex
from composer.merge.data.sheetindex import SheetRowIndex
from composer.merge.data.sheetsource import SpreadsheetSource, is_spreadsheet

__all__ = ["DataSource", "RowLookup", "open_data", "row_index", "sheet_reading"]

DataSource: TypeAlias = CsvSource | SpreadsheetSource | GroupedSource
RowLookup: TypeAlias = RowIndex | SheetRowIndex | GroupIndex

_READING = re.compile(r"sheet:(?P<sheet>.*?)(?:@(?P<row>\d+))?")


def sheet_reading(encoding: str | None) -> tuple[str | None, int | None]:
    """(sheet, header row) kept in a spreadsheet source's ``encoding`` (see the module)."""
    m = _READING.fullmatch(encoding or "")
    if m is None:
        return None, None
    return m["sheet"] or None, int(m["row"]) if m["row"] else None


def open_data(
    path: str | os.PathLike[str],
    encoding: str | None = None,
    delimiter: str | None = None,
    *,
    sheet: str | None = None,
    header_row: int | None = None,
    group_by: str | None = None,
) -> DataSource:
    """Open *path* as a CSV file or, when it is a workbook, as one of its sheets.

    *encoding* and *delimiter* apply to CSV files; *sheet* and *header_row* to workbooks
    (an *encoding* of the form ``sheet:NAME`` stands for them, as kept in the ledger).
    *group_by* names a column: one row per group of rows with the same value in it.

    Raises:
        CsvError: the file cannot be opened or read (:class:`SheetError` for workbooks).
    """
    source = _open(path, encoding, delimiter, sheet, header_row)
    return GroupedSource(source, group_by) if group_by else source


def _open(
    path: str | os.PathLike[str],
    encoding: str | None,
    delimiter: str | None,
    sheet: str | None,
    header_row: int | None,
) -> CsvSource | SpreadsheetSource:
    if is_spreadsheet(path):
        kept_sheet, kept_row = sheet_reading(encoding)
        return SpreadsheetSource(
            path, sheet or kept_sheet, kept_row if header_row is None else header_row
        )
    if sheet is not None or header_row is not None:
        raise CsvError(
            translate(
                "MergeData",
                "{file} is a text (CSV) file, which has no sheets: leave out the sheet and "
                "header row, or choose the workbook itself.",
            ).format(file=Path(path).name)
        )
    return CsvSource(path, encoding, delimiter)


def row_index(source: DataSource) -> RowLookup:
    """Random access to *source*'s rows by number."""
    if isinstance(source, GroupedSource):
        return GroupIndex(source)
    if isinstance(source, SpreadsheetSource):
        return SheetRowIndex(source)
    return RowIndex(source)
