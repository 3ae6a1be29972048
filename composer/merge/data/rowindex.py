"""Random access to a data file's rows by number, without reading the file from the top.

:class:`RowIndex` remembers where every :data:`MARK_EVERY`-th row starts in the file (a
text-stream position taken between two CSV records, so a quoted field that spans lines is
never cut). Fetching row *n* seeks to the nearest mark at or before it and reads at most
``MARK_EVERY - 1`` rows forward; marks past the last one known are added on the way, so
the file is read through once at most, however the user jumps around. The marks cost a few
bytes each: a million rows need about 4,000 of them.

A file changed on disk since its marks were taken (size or modification time) has them
dropped and taken again: a stale position would show another row under this number.

Thread-safe; meant to be used from worker threads (it reads the disk).
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass

from composer.merge.data.csvsource import CsvRow, CsvSource

__all__ = ["MARK_EVERY", "RowIndex"]

MARK_EVERY = 256


@dataclass(frozen=True)
class _Mark:
    """Where row :attr:`number` starts: a text-stream position and the next line number."""

    position: int
    number: int
    line: int


class RowIndex:
    """Row *n* of *source* in about the time of reading :data:`MARK_EVERY` rows.

    Args:
        source: the opened data file (its encoding and delimiter are used as they are).
        mark_every: how many rows lie between two remembered positions.
    """

    def __init__(self, source: CsvSource, mark_every: int = MARK_EVERY) -> None:
        if mark_every < 1:
            raise ValueError("mark_every must be at least 1")
        self.source = source
        self._every = mark_every
        self._lock = threading.Lock()
        self._marks: list[_Mark] = []
        self._total: int | None = None
        self._stamp: tuple[int, int] | None = None

    @property
    def known_rows(self) -> int:
        """How many rows the marks reach (the whole file once :meth:`row_count` ran)."""
        with self._lock:
            if self._total is not None:
                return self._total
            return self._marks[-1].number - 1 if self._marks else 0

    def row(self, number: int) -> CsvRow | None:
        """Data row *number* (1-based), or None when the file has fewer rows.

        Raises:
            CsvError: the file cannot be read any more (gone, changed into garbage, ...).
        """
        if number < 1:
            return None
        with self._lock:
            self._drop_stale_marks()
            if self._total is not None and number > self._total:
                return None
            try:
                return self._walk(number)
            except OSError as exc:
                raise self.source.unreadable(exc) from exc

    def row_count(self) -> int:
        """How many data rows the file has (reads the part not marked yet, once)."""
        with self._lock:
            self._drop_stale_marks()
            if self._total is None:
                try:
                    self._walk(None)
                except OSError as exc:
                    raise self.source.unreadable(exc) from exc
            assert self._total is not None
            return self._total

    def _drop_stale_marks(self) -> None:
        try:
            st = os.stat(self.source.path)
        except OSError:
            return  # reading fails below with the data file's own message
        stamp = (st.st_size, st.st_mtime_ns)
        if stamp != self._stamp:
            self._stamp = stamp
            self._marks = []
            self._total = None

    def _walk(self, wanted: int | None) -> CsvRow | None:
        """Read forward from the best mark to row *wanted* (None: to the end), marking."""
        source = self.source
        every = self._every
        with source._open() as fh:
            if self._marks:
                index = len(self._marks) - 1
                if wanted is not None:
                    index = min(index, (wanted - 1) // every)
                mark = self._marks[index]
                fh.seek(mark.position)
            else:
                records = source._reader(fh, positions=True)
                header = next(records, None)
                next_line = header[1] if header is not None else 1
                mark = _Mark(fh.tell(), 1, next_line)
                self._marks.append(mark)
            number = mark.number
            for line, next_line, record in source._reader(fh, mark.line, positions=True):
                if number == wanted:
                    return source._row(number, line, record)
                number += 1
                if (number - 1) % every == 0 and (number - 1) // every == len(self._marks):
                    self._marks.append(_Mark(fh.tell(), number, next_line))
            self._total = number - 1
        return None
