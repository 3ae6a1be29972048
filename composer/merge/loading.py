"""Opening a data file for the merge window: the file, its first rows, its row index.

:func:`load_data` does at once, on a worker thread, everything the Data step shows: it
opens the file (detecting what was not chosen), reads the first rows for the table,
prepares random access to any row for the preview (:class:`RowIndex`), and picks the
column of per-row attachments.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Sequence
from dataclasses import dataclass

from composer.merge.data.opening import DataSource, RowLookup, open_data, row_index
from composer.merge.plan import guess_attachment_column

__all__ = ["SAMPLE_ROWS", "LoadedData", "attachment_column_for", "load_data"]

SAMPLE_ROWS = 100


@dataclass(frozen=True)
class LoadedData:
    """An opened data file and what the window shows of it.

    Attributes:
        source: the file, with its encoding and delimiter (detected or chosen).
        index: random access to its rows by number.
        sample: the values of its first rows, for the table on the Data step.
        attachment_column: the column of per-row attachments (None: no such column).
        encoding_detected: the encoding was detected, not chosen.
    """

    source: DataSource
    index: RowLookup
    sample: list[dict[str, str]]
    attachment_column: str | None
    encoding_detected: bool


def attachment_column_for(columns: Sequence[str], chosen: str | None) -> str | None:
    """The column the user *chosen* if the file has it, else the one its name suggests."""
    if chosen and chosen in columns:
        return chosen
    return guess_attachment_column(columns)


def load_data(
    path: str | os.PathLike[str],
    encoding: str | None = None,
    delimiter: str | None = None,
    *,
    attachment_column: str | None = None,
    sample_rows: int = SAMPLE_ROWS,
    sheet: str | None = None,
    header_row: int | None = None,
    group_by: str | None = None,
) -> LoadedData:
    """Open *path* and read what the Data step shows (reads the disk: call off the GUI thread).

    Args:
        encoding: a codec name, or None to detect it.
        delimiter: one character, or None to detect it.
        attachment_column: the column chosen for the file loaded before, kept if this one
            has it too.
        sample_rows: how many rows to read for the table.
        sheet: the sheet of a workbook (None: its first visible worksheet).
        header_row: the row of a sheet holding the column names (None: the first one
            with anything in it).
        group_by: one message per value of this column (None: one per row).

    Raises:
        CsvError: the file cannot be opened or read (the message says what to do).
    """
    source = open_data(
        path, encoding, delimiter, sheet=sheet, header_row=header_row, group_by=group_by
    )
    sample = [row.values for row in itertools.islice(source.rows(), sample_rows)]
    return LoadedData(
        source=source,
        index=row_index(source),
        sample=sample,
        attachment_column=attachment_column_for(source.columns, attachment_column),
        encoding_detected=not encoding or encoding.startswith("sheet:"),
    )
