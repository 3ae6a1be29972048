"""Random access to a spreadsheet's rows by number, for the preview.

The reader holds the sheet's cells already, so finding row *n* is only knowing which sheet
row it is (blank rows are skipped): one pass over the sheet notes each data row's offset,
and a row is then fetched by stepping the reader's row iterator to it (tens of
nanoseconds a row, in native code). A workbook changed on disk is read again.
"""

from __future__ import annotations

import itertools
import os
import threading
from array import array

from composer.merge.data.csvsource import CsvRow
from composer.merge.data.sheetsource import SpreadsheetSource

__all__ = ["SheetRowIndex"]


class SheetRowIndex:
    """Row *n* of a :class:`SpreadsheetSource` (same methods as ``RowIndex``)."""

    def __init__(self, source: SpreadsheetSource) -> None:
        self.source = source
        self._lock = threading.Lock()
        self._lines: array[int] | None = None

    @property
    def known_rows(self) -> int:
        with self._lock:
            return len(self._lines) if self._lines is not None else 0

    def row(self, number: int) -> CsvRow | None:
        """Data row *number* (1-based), or None when the sheet has fewer rows."""
        if number < 1:
            return None
        with self._lock:
            lines = self._index()
            if number > len(lines):
                return None
            line = lines[number - 1]
            cells = next(itertools.islice(self.source._sheet.iter_rows(), line - 1, None))
            return self.source.row_from(number, line, list(cells[: len(self.source.columns)]))

    def row_count(self) -> int:
        with self._lock:
            return len(self._index())

    def _index(self) -> array[int]:
        source = self.source
        try:
            st = os.stat(source.path)
        except OSError as exc:
            raise source.unreadable(exc) from exc
        if (st.st_size, st.st_mtime_ns) != source.stamp:
            source.reload()
            self._lines = None
        if self._lines is None:
            self._lines = array("L", (line for _n, line, _cells in source.raw_rows()))
        return self._lines
