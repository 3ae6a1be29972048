"""One message per recipient: a data file's rows grouped by a column (``--group-by``).

A parent with two children is one row per child in the school's list, and should get one
message, not two. :class:`GroupedSource` wraps any data source and offers one "row" per
distinct value of the chosen column (compared without case or surrounding blanks, in the
order each value first appears): its values are the group's first row's, and
:attr:`CsvRow.group` holds every row of the group, so the template can loop over them
(``{% for row in rows %}``) and the message carries the files of all of them. The plan,
the preview, the ledger and the engine see groups as rows: the ledger counts one message
per group, and a resumed merge sends each group exactly once.

Rows whose group cell is empty are not put together: each stays a message of its own (and
the check says it has no recipient, if that is what the column held).

Grouping needs the whole file read once (the groups' rows may be anywhere in it); what is
kept is each group's row numbers, and the rows are read again when a group is used.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path

from composer.i18n import translate
from composer.merge.data.csvsource import CsvError, CsvRow, CsvSource
from composer.merge.data.sheetsource import SpreadsheetSource

__all__ = ["GroupIndex", "GroupedSource", "group_key"]

Inner = CsvSource | SpreadsheetSource


def group_key(value: str) -> str:
    """What makes two cells the same group: case and blanks around them do not count."""
    return value.strip().casefold()


class GroupedSource:
    """*source*'s rows, one per group of equal *column* values (see the module).

    Raises:
        CsvError: *source* has no such column.
    """

    def __init__(self, source: Inner, column: str) -> None:
        if column not in source.columns:
            raise CsvError(
                translate(
                    "MergeData",
                    "{file} has no column “{column}” to group the rows by. "
                    "Choose one of: {columns}.",
                ).format(file=source.path.name, column=column, columns=", ".join(source.columns))
            )
        self.inner = source
        self.column = column
        self.path: Path = source.path
        self.columns = source.columns
        self.encoding = source.encoding
        self.delimiter = source.delimiter
        self._lock = threading.Lock()
        self._groups: list[list[CsvRow]] | None = None
        self._stamp: tuple[int, int] | None = None

    def _read_groups(self) -> list[list[CsvRow]]:
        with self._lock:
            st = os.stat(self.path)
            stamp = (st.st_size, st.st_mtime_ns)
            if self._groups is None or stamp != self._stamp:
                if isinstance(self.inner, SpreadsheetSource) and stamp != self.inner.stamp:
                    self.inner.reload()
                by_key: dict[str, list[CsvRow]] = {}
                groups: list[list[CsvRow]] = []
                for row in self.inner.rows():
                    key = group_key(row.values.get(self.column, ""))
                    if not key:
                        groups.append([row])
                        continue
                    members = by_key.get(key)
                    if members is None:
                        members = by_key[key] = []
                        groups.append(members)
                    members.append(row)
                self._groups, self._stamp = groups, stamp
            return self._groups

    def _make(self, number: int, members: list[CsvRow]) -> CsvRow:
        first = members[0]
        return CsvRow(
            number=number,
            line=first.line,
            values=first.values,
            short=any(m.short for m in members),
            extra=first.extra,
            suspect=tuple(s for m in members for s in m.suspect),
            group=tuple(m.values for m in members),
        )

    def rows(self) -> Iterator[CsvRow]:
        """One row per group, in the order the groups first appear."""
        for number, members in enumerate(self._read_groups(), start=1):
            yield self._make(number, members)

    def members(self) -> Iterator[tuple[int, CsvRow]]:
        """(group number, data row) of every data row, group by group."""
        for number, members in enumerate(self._read_groups(), start=1):
            for row in members:
                yield number, row

    def group(self, number: int) -> CsvRow | None:
        groups = self._read_groups()
        if not 1 <= number <= len(groups):
            return None
        return self._make(number, groups[number - 1])

    def count_rows(self) -> int:
        return len(self._read_groups())

    def notes(self) -> list[str]:
        notes = getattr(self.inner, "notes", None)
        return list(notes()) if notes is not None else []

    def unreadable(self, exc: OSError) -> CsvError:
        return self.inner.unreadable(exc)

    def fingerprint(self) -> str:
        """Another merge than the ungrouped one (other messages), stable across runs."""
        ident = f"{self.inner.fingerprint()}\0group-by\0{self.column}"
        return hashlib.sha256(ident.encode("utf-8")).hexdigest()[:16]


class GroupIndex:
    """Group *n* of a :class:`GroupedSource`, for the preview (same methods as ``RowIndex``)."""

    def __init__(self, source: GroupedSource) -> None:
        self.source = source

    @property
    def known_rows(self) -> int:
        return self.source.count_rows() if self.source._groups is not None else 0

    def row(self, number: int) -> CsvRow | None:
        try:
            return self.source.group(number)
        except OSError as exc:
            raise self.source.unreadable(exc) from exc

    def row_count(self) -> int:
        try:
            return self.source.count_rows()
        except OSError as exc:
            raise self.source.unreadable(exc) from exc
