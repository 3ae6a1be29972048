"""Which columns of an ``.xlsx`` sheet hold formulas whose results were never saved.

Excel and LibreOffice store each formula's last result beside it, and that result is what
a merge reads. A workbook written by a program (openpyxl, a report generator) often stores
the formula alone: its cells then read as empty, and a letter would say "합계: " with nothing
after it. Such columns are found here, from the sheet's first data rows read as a stream
(the same cheap pass as :mod:`composer.merge.data.xlsxformats`), so the user can be told to
open and save the file once in a spreadsheet program.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from defusedxml import ElementTree as safe_xml
from defusedxml.common import DefusedXmlException

from composer.merge.data.xlsxformats import MAIN, REF, column_index, sheet_part

__all__ = ["uncached_formula_columns"]


def uncached_formula_columns(path: Path, sheet: str, first_row: int, rows: int) -> set[int]:
    """Column indexes (0 = A) with a formula but no stored result in sheet rows *first_row*
    (1-based) to *first_row* + *rows*; empty when nothing can be read."""
    found: set[int] = set()
    last = first_row + rows
    try:
        with zipfile.ZipFile(path) as z:
            part = sheet_part(z, sheet)
            if part is None:
                return found
            with z.open(part) as fh:
                for _event, el in safe_xml.iterparse(fh):
                    if el.tag == f"{MAIN}row":
                        if int(el.get("r", "0") or 0) > last:
                            break
                        el.clear()
                        continue
                    if el.tag != f"{MAIN}c" or el.find(f"{MAIN}f") is None:
                        continue
                    value = el.find(f"{MAIN}v")
                    m = REF.fullmatch(el.get("r", ""))
                    if (value is None or not value.text) and m and int(m[2]) >= first_row:
                        found.add(column_index(m[1]))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, ET.ParseError, DefusedXmlException):
        return set()
    return found
