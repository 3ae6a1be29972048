"""Workbooks for the spreadsheet tests, written by openpyxl as Excel users' files are."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import openpyxl

SHEETS = Path(__file__).resolve().parent / "merge" / "sheets"


def workbook(path: Path, sheets: dict[str, Sequence[Sequence[Any]]], **formats: str) -> Path:
    """Write *sheets* (name -> rows) to *path*; *formats* maps a cell ("E2") to its number
    format on the first sheet."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        ws = book.create_sheet(name)
        for row in rows:
            ws.append(list(row))
    first = book.worksheets[0]
    for ref, fmt in formats.items():
        first[ref].number_format = fmt
    book.save(path)
    return path


def merge_cells(path: Path, ranges: Iterable[str]) -> Path:
    book = openpyxl.load_workbook(path)
    for ref in ranges:
        book.worksheets[0].merge_cells(ref)
    book.save(path)
    return path


def with_cached_values(path: Path, values: dict[str, str]) -> Path:
    """Give formulas the cached results Excel stores beside them (openpyxl writes none):
    *values* maps a formula's text ("F2*2") to its last computed value."""
    with zipfile.ZipFile(path) as zin:
        items = [(info, zin.read(info)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in items:
            if info.filename.startswith("xl/worksheets/"):
                text = data.decode("utf-8")
                for formula, value in values.items():
                    text = re.sub(
                        rf"<f>{re.escape(formula)}</f><v\s*/>",
                        f"<f>{formula}</f><v>{value}</v>",
                        text,
                    )
                data = text.encode("utf-8")
            zout.writestr(info, data)
    return path
