"""Reading a merge's data from a spreadsheet: ``.xlsx``, ``.xlsm``, ``.xlsb``, ``.xls``, ``.ods``.

:class:`SpreadsheetSource` offers what :class:`~composer.merge.data.csvsource.CsvSource`
offers (``path``, ``columns``, ``rows()``, ``fingerprint()``, ...), so the plan, the
preview and the engine take either. The workbook is read with python-calamine (one reader
for all the formats, in native code); only the chosen sheet's cells are kept, as the
reader holds them, and each row becomes text when it is used.

What a person expects, and what this module does about it:

* the sheet: the one chosen by name, else the first visible worksheet;
* the header row: the one chosen (its number as the sheet shows it), else the first row
  with anything in it, passing over a title above the list (a row with one cell filled,
  followed by a row with several); a header row whose cells look like data (an address, a number, a
  date) is refused rather than taken as column names;
* merged header cells: a cell merged across columns names each of them; when the row
  under it holds sub-headings (``연락처`` over ``전화`` and ``이메일``), the header is the
  two rows and the columns are ``연락처 전화`` and ``연락처 이메일``;
* values as the sheet shows them (:mod:`composer.merge.data.cells`): formulas give their
  last computed value, numbers lose their float noise, numbers shown with leading zeros by
  their format (``00000``, ``.xlsx`` only) keep them;
* blank rows (trailing ones included) are skipped, as in a CSV file;
* two columns with the same name are refused (a placeholder must mean one column);
* a column that writes its dates in several ways is noted (:meth:`notes`), never changed.
"""

from __future__ import annotations

import hashlib
import itertools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from composer.i18n import translate
from composer.merge.data.cells import cell_text, date_shape, padded
from composer.merge.data.csvsource import CsvError, CsvRow, folder_given
from composer.merge.data.xlsxformats import zero_padded_columns

__all__ = [
    "SPREADSHEET_SUFFIXES",
    "SheetError",
    "SpreadsheetSource",
    "column_letter",
    "is_spreadsheet",
]

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
# Zip (xlsx, xlsm, xlsb, ods) and OLE compound files (xls, and encrypted xlsx).
_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
# How many data rows are looked at for number formats that pad with zeros.
_FORMAT_SAMPLE_ROWS = 50
# How many one-cell rows above the header are taken for a title, not the header.
_TITLE_ROWS = 5


class SheetError(CsvError):
    """The spreadsheet cannot be used as it is; the message says what to do."""


def is_spreadsheet(path: str | os.PathLike[str]) -> bool:
    """Whether *path* is a workbook (by its name, or by its first bytes)."""
    p = Path(path)
    if p.suffix.lower() in SPREADSHEET_SUFFIXES:
        return True
    try:
        with p.open("rb") as fh:
            head = fh.read(8)
    except OSError:
        return False
    return head.startswith(_MAGIC)


def column_letter(index: int) -> str:
    """The sheet's name for 0-based column *index*: A, B, ..., Z, AA, ..."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _blank(cells: list[Any]) -> bool:
    return not any(c != "" and c is not None for c in cells)


class SpreadsheetSource:
    """One sheet of a workbook, read as a stream of :class:`CsvRow`.

    Args:
        path: the workbook.
        sheet: the sheet's name (None: the first visible worksheet).
        header_row: the header's row number as the sheet shows it (None: the first
            non-blank row).

    Attributes:
        sheet: the sheet read.
        sheet_names: the workbook's visible worksheets, in order.
        header_row: the row the column names were taken from.
        first_data_row: the row number of the first row after the header.
        encoding: how to open the same data again (``sheet:NAME``, with ``@ROW`` when the
            header row was chosen), kept where a CSV file keeps its encoding.
        delimiter: always "".

    Raises:
        SheetError: the file is missing, protected with a password, damaged, not a
            workbook, or the sheet or its header cannot be used.
    """

    delimiter = ""

    def __init__(
        self,
        path: str | os.PathLike[str],
        sheet: str | None = None,
        header_row: int | None = None,
    ) -> None:
        self.path = Path(path)
        self.kind = self.path.suffix.lower().lstrip(".") or "xlsx"
        if self.path.is_dir():
            raise SheetError(folder_given(self.path))
        if not self.path.is_file():
            raise SheetError(
                translate(
                    "MergeData",
                    "The data file {path} does not exist. Choose the spreadsheet again.",
                ).format(path=self.path)
            )
        if header_row is not None and header_row < 1:
            raise SheetError(
                translate("MergeData", "The header row must be 1 or more (as the sheet shows it).")
            )
        self._chosen_header = header_row
        self._load(sheet)
        self._shapes: dict[int, dict[str, int]] = {}
        self._shape_example: dict[tuple[int, str], tuple[int, str]] = {}
        self._notes_complete = False
        self.encoding = "sheet:" + self.sheet + (f"@{header_row}" if header_row else "")

    # -- opening -----------------------------------------------------------------------

    def _load(self, wanted: str | None) -> None:
        import python_calamine as calamine

        name = self.path.name
        try:
            book = calamine.CalamineWorkbook.from_path(str(self.path))
        except calamine.PasswordError:
            raise SheetError(
                translate(
                    "MergeData",
                    "{file} is protected with a password, and Composer cannot open protected "
                    "workbooks. Open it in Excel, choose File ▸ Info ▸ Protect Workbook ▸ "
                    "Encrypt with Password, clear the password and save a copy (or save the "
                    "sheet as CSV), then choose that copy.",
                ).format(file=name)
            ) from None
        except (OSError, calamine.CalamineError, ValueError) as exc:
            raise SheetError(
                translate(
                    "MergeData",
                    "{file} cannot be read as a spreadsheet ({reason}). It may be damaged or "
                    "not really a {kind} file: open it in your spreadsheet program and save "
                    "it again, or save it as CSV.",
                ).format(file=name, reason=exc, kind=self.kind)
            ) from exc
        try:
            visible = [
                m.name
                for m in book.sheets_metadata
                if m.typ == calamine.SheetTypeEnum.WorkSheet
                and m.visible == calamine.SheetVisibleEnum.Visible
            ]
            self.sheet_names: tuple[str, ...] = tuple(visible or book.sheet_names)
            if wanted is None:
                if not self.sheet_names:
                    raise self._error_no_sheet()
                wanted = self.sheet_names[0]
            elif wanted not in book.sheet_names:
                raise SheetError(
                    translate(
                        "MergeData",
                        "{file} has no sheet named “{sheet}”. Choose one of: {sheets}.",
                    ).format(file=name, sheet=wanted, sheets=", ".join(self.sheet_names))
                )
            try:
                self._sheet = book.get_sheet_by_name(wanted)
            except (calamine.CalamineError, ValueError) as exc:
                raise SheetError(
                    translate(
                        "MergeData",
                        "The sheet “{sheet}” of {file} cannot be read ({reason}). Open the "
                        "file in your spreadsheet program and save it again.",
                    ).format(sheet=wanted, file=name, reason=exc)
                ) from exc
            self.sheet = wanted
        finally:
            book.close()
        st = self.path.stat()
        self.stamp = (st.st_size, st.st_mtime_ns)
        self._col0 = self._sheet.start[1] if self._sheet.start else 0
        self._read_header()
        self._widths = self._zero_pad_widths()
        self._uncached = self._uncached_formulas()

    def _error_no_sheet(self) -> SheetError:
        return SheetError(
            translate("MergeData", "{file} has no worksheet with data.").format(file=self.path.name)
        )

    def _read_header(self) -> None:
        name = self.path.name
        rows: Iterator[list[Any]] = iter(self._sheet.iter_rows())
        chosen = self._chosen_header
        header: list[Any] | None = None
        offset = -1
        titles: list[tuple[int, list[Any]]] = []
        wide = self._sheet.width > 1
        for offset, cells in enumerate(rows):
            if chosen is not None:
                if offset + 1 == chosen:
                    header = list(cells)
                    break
            elif not _blank(cells):
                count = sum(1 for c in cells if c != "" and c is not None)
                # A title above the list ("2027 회원 명단") fills one cell of a wider sheet.
                if count == 1 and wide and len(titles) < _TITLE_ROWS:
                    titles.append((offset, list(cells)))
                    continue
                header = list(cells)
                break
        if header is None and titles:
            # Only one-cell rows: the first of them names the (single) column after all.
            offset, header = titles[0]
            rows = itertools.islice(self._sheet.iter_rows(), offset + 1, None)
        if header is None or _blank(header):
            if chosen is not None:
                raise SheetError(
                    translate(
                        "MergeData",
                        "Row {row} of the sheet “{sheet}” in {file} is empty, so it cannot "
                        "hold the column names. Choose the row that has them.",
                    ).format(row=chosen, sheet=self.sheet, file=name)
                )
            raise SheetError(
                translate(
                    "MergeData",
                    "The sheet “{sheet}” in {file} is empty. Choose the sheet that holds the list.",
                ).format(sheet=self.sheet, file=name)
            )
        self.header_row = offset + 1
        filled = [c for c in header if c != "" and c is not None]
        looks_like_data = [c for c in filled if date_shape(c) or "@" in str(c)]
        if not looks_like_data and all(type(c) in (int, float) for c in filled):
            looks_like_data = filled  # a row of numbers; a year over a column is not alone
        if looks_like_data:
            raise SheetError(
                translate(
                    "MergeData",
                    "Row {row} of the sheet “{sheet}” holds data ({example}), not column "
                    "names, so the sheet has no header row. Insert a row of column names "
                    "(such as 이름, email) above the list, or choose the header row.",
                ).format(
                    row=self.header_row, sheet=self.sheet, example=cell_text(looks_like_data[0])
                )
            )
        names = [cell_text(c).strip() for c in header]
        below = next(rows, None)
        spans = self._header_spans(offset)
        data_start = offset + 1
        if spans and below is not None and self._sub_headings(list(below), spans):
            # Two-row header: group names merged over their sub-headings.
            sub = [cell_text(c).strip() for c in below]
            for a, b, vertical in spans:
                if vertical:
                    continue
                top = names[a]
                for j in range(a, min(b + 1, len(names))):
                    names[j] = f"{top} {sub[j]}" if j < len(sub) and sub[j] else top
            data_start = offset + 2
        for a, b, vertical in spans:
            if vertical or data_start != offset + 1:
                continue
            for j in range(a + 1, min(b + 1, len(names))):
                if not names[j]:
                    names[j] = f"{names[a]} {j - a + 1}"
        self.first_data_row = data_start + 1
        self._data_offset = data_start
        columns: list[str] = []
        seen: dict[str, int] = {}
        for j, value in enumerate(names):
            col = value or translate("MergeData", "column {letter}").format(
                letter=column_letter(self._col0 + j)
            )
            if col in seen:
                raise SheetError(
                    translate(
                        "MergeData",
                        "Columns {first} and {second} of the sheet “{sheet}” are both named "
                        "“{name}”. Rename one of them in the sheet, so that each placeholder "
                        "means one column.",
                    ).format(
                        first=column_letter(self._col0 + seen[col]),
                        second=column_letter(self._col0 + j),
                        sheet=self.sheet,
                        name=col,
                    )
                )
            seen[col] = j
            columns.append(col)
        # Unnamed columns at the right with nothing in them are not columns at all.
        self.columns: tuple[str, ...] = tuple(columns)
        self._width = len(columns)

    @staticmethod
    def _sub_headings(below: list[Any], spans: list[tuple[int, int, bool]]) -> bool:
        """Whether the row *below* a header with merged cells holds their sub-headings:
        text under every merged span and nothing elsewhere (a data row fills the other
        columns too), none of it looking like data."""
        inside = {j for a, b, vertical in spans if not vertical for j in range(a, b + 1)}
        if not inside:
            return False
        for j, c in enumerate(below):
            filled = c != "" and c is not None
            if j in inside:
                if not (type(c) is str and c.strip()) or "@" in c or date_shape(c):
                    return False
            elif filled:
                return False
        return max(inside) < len(below)

    def _header_spans(self, offset: int) -> list[tuple[int, int, bool]]:
        """(first, last column index, merged down over the next row too) of each merged
        range in header row *offset* that spans columns (or rows)."""
        spans = []
        for (r0, c0), (r1, c1) in self._sheet.merged_cell_ranges or ():
            if r0 == offset and (c1 > c0 or r1 > r0):
                spans.append((c0 - self._col0, c1 - self._col0, r1 > r0 and c1 == c0))
        return spans

    def _zero_pad_widths(self) -> dict[int, str]:
        """Columns whose number format pads with zeros (``00000``), from the first data
        rows; only Office Open XML keeps formats where they can be read cheaply."""
        if self.kind not in ("xlsx", "xlsm"):
            return {}
        found = zero_padded_columns(
            self.path, self.sheet, self._data_offset + 1, _FORMAT_SAMPLE_ROWS
        )
        return {column - self._col0: width for column, width in found.items()}

    def _uncached_formulas(self) -> list[int]:
        """Columns whose formulas have no saved result in the first data rows (.xlsx)."""
        if self.kind not in ("xlsx", "xlsm"):
            return []
        from composer.merge.data.xlsxformulas import uncached_formula_columns

        found = uncached_formula_columns(
            self.path, self.sheet, self._data_offset + 1, _FORMAT_SAMPLE_ROWS
        )
        return sorted(c - self._col0 for c in found if 0 <= c - self._col0 < self._width)

    # -- rows --------------------------------------------------------------------------

    def raw_rows(self) -> Iterator[tuple[int, int, list[Any]]]:
        """(data row number, sheet row number, cells as the reader gives them) of each
        non-blank data row."""
        number = 0
        width = self._width
        for offset, cells in enumerate(self._sheet.iter_rows()):
            if offset < self._data_offset or _blank(cells):
                continue
            number += 1
            yield number, offset + 1, cells[:width]

    def rows(self) -> Iterator[CsvRow]:
        """Yield the data rows in sheet order, one at a time."""
        make = self.row_from
        for number, line, cells in self.raw_rows():
            yield make(number, line, cells)
        self._notes_complete = True

    def row_from(self, number: int, line: int, cells: list[Any]) -> CsvRow:
        """Data row *number*, on sheet row *line*, from its cells."""
        columns = self.columns
        texts = [cell_text(c) for c in cells]
        if len(texts) < len(columns):
            texts += [""] * (len(columns) - len(texts))
        for j, width in self._widths.items():
            if j < len(texts) and type(cells[j]) is not str:
                texts[j] = padded(texts[j], width)
        self._note_dates(line, cells)
        return CsvRow(number=number, line=line, values=dict(zip(columns, texts, strict=False)))

    def _note_dates(self, line: int, cells: list[Any]) -> None:
        for j, c in enumerate(cells):
            if type(c) is str:
                if not c or not c[:1].isdigit():
                    continue
            elif c is None or type(c) in (int, float, bool):
                continue
            shape = date_shape(c)
            if shape is None:
                continue
            seen = self._shapes.setdefault(j, {})
            seen[shape] = seen.get(shape, 0) + 1
            self._shape_example.setdefault((j, shape), (line, cell_text(c)))

    def notes(self) -> list[str]:
        """What the user should know about the data that does not stop the merge (a date
        column written in several ways); complete once :meth:`rows` ran to the end."""
        out = [
            translate(
                "MergeData",
                "The column “{column}” holds formulas whose results were never saved in the "
                "file (a program wrote it, not a spreadsheet), so those cells are empty in the "
                "messages. Open the file in Excel or LibreOffice Calc and save it once: the "
                "results are then stored and merged.",
            ).format(column=self.columns[j])
            for j in self._uncached
        ]
        for j, shapes in sorted(self._shapes.items()):
            if len(shapes) < 2:
                continue
            examples = []
            for shape, count in sorted(shapes.items(), key=lambda kv: -kv[1]):
                line, text = self._shape_example[(j, shape)]
                examples.append(
                    translate("MergeData", "“{text}” (row {line}, {count} like it)").format(
                        text=text, line=line, count=count
                    )
                )
            out.append(
                translate(
                    "MergeData",
                    "The column “{column}” writes its dates in {count} ways: {examples}. "
                    "Each message shows the date as it is in the sheet; make them the same "
                    "in the sheet (a date cell reads as 2024-03-05) if that matters.",
                ).format(column=self.columns[j], count=len(shapes), examples="; ".join(examples))
            )
        return out

    def count_rows(self) -> int:
        """Count the data rows."""
        return sum(1 for _ in self.raw_rows())

    def unreadable(self, exc: OSError) -> CsvError:
        """The error to raise when reading the file failed with *exc*."""
        return SheetError(
            translate(
                "MergeData",
                "The data file {path} cannot be read ({reason}). "
                "Check that it is there and that you may read it.",
            ).format(path=self.path, reason=exc.strerror or exc)
        )

    def reload(self) -> None:
        """Read the sheet again (the file changed on disk)."""
        self._load(self.sheet)

    def fingerprint(self) -> str:
        """A stable identity for this data: the resolved path, the sheet and its header."""
        ident = f"{self.path.resolve()}\0{self.sheet}\0{self.header_row}"
        return hashlib.sha256(ident.encode("utf-8")).hexdigest()[:16]
