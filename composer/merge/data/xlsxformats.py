"""Which columns of an ``.xlsx`` sheet show their numbers zero-padded (``00000``).

A postcode or a student number typed as a number and formatted ``00000`` reads ``01234``
in Excel, while its value is 1234. The cell reader gives values only, so this module reads
the formats itself, cheaply: the workbook's style table, then the sheet's XML as a stream,
stopping after the first rows of data. (openpyxl would parse the whole shared-string table
first: over a second for 100,000 rows.)
"""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from defusedxml import ElementTree as safe_xml
from defusedxml.common import DefusedXmlException

__all__ = ["MAIN", "REF", "column_index", "sheet_part", "zero_padded_columns"]

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_MAX_PART = 64 * 1024 * 1024
_REF = re.compile(r"([A-Z]+)(\d+)")
MAIN, REF = _MAIN, _REF


def _column(letters: str) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + ord(ch) - 64
    return index - 1


def _xml(z: zipfile.ZipFile, name: str) -> ET.Element:
    """Part *name* parsed. The workbook is the user's own data, but it may come from
    anywhere: parts are size-capped (a zip bomb stops here) and parsed by defusedxml (no
    entities, no external references)."""
    if z.getinfo(name).file_size > _MAX_PART:
        raise ValueError(f"{name} is too large to be a workbook part")
    return safe_xml.fromstring(z.read(name))


# What may stand between the zeros of a phone or ID format: 000-0000-0000, (000) 000-0000.
_SEPARATORS = frozenset("- ()")


def digit_pattern(code: str) -> str | None:
    """The zero-padding pattern of number format *code* (``00000``, ``000-0000-0000``,
    Excel's escaped ``000\\-0000``), None for any other format (a decimal point, ``#``, a
    date, a colour: the value is shown as it is)."""
    pattern = code.replace("\\", "").replace('"', "")
    zeros = pattern.count("0")
    if zeros < 2 or not set(pattern) <= _SEPARATORS | {"0"}:
        return None
    return pattern


def _padded_styles(z: zipfile.ZipFile) -> dict[int, str]:
    """Cell style index -> zero-padding pattern, for the styles whose format is ``000…``
    (with separators: ``000-0000-0000``)."""
    try:
        root = _xml(z, "xl/styles.xml")
    except KeyError:
        return {}
    widths: dict[str, str] = {}
    for fmt in root.iter(f"{_MAIN}numFmt"):
        pattern = digit_pattern(fmt.get("formatCode", ""))
        if pattern:
            widths[fmt.get("numFmtId", "")] = pattern
    styles: dict[int, str] = {}
    xfs = root.find(f"{_MAIN}cellXfs")
    for i, xf in enumerate(xfs if xfs is not None else ()):
        width = widths.get(xf.get("numFmtId", ""))
        if width:
            styles[i] = width
    return styles


def sheet_part(z: zipfile.ZipFile, sheet: str) -> str | None:
    """The zip member holding worksheet *sheet*, None when the workbook names no such sheet."""
    return _sheet_part(z, sheet)


def column_index(letters: str) -> int:
    """0-based index of column *letters* (A = 0)."""
    return _column(letters)


def _sheet_part(z: zipfile.ZipFile, sheet: str) -> str | None:
    book = _xml(z, "xl/workbook.xml")
    rels = _xml(z, "xl/_rels/workbook.xml.rels")
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{_PKG_REL}Relationship")}
    for entry in book.iter(f"{_MAIN}sheet"):
        if entry.get("name") == sheet:
            target = targets.get(entry.get(f"{_REL}id"), "")
            if target.startswith("/"):
                return target.lstrip("/")
            return posixpath.normpath(posixpath.join("xl", target))
    return None


def zero_padded_columns(path: Path, sheet: str, first_row: int, rows: int) -> dict[int, str]:
    """Column index (0 = A) -> pattern, for number cells formatted ``000…`` in sheet rows
    *first_row* (1-based) to *first_row* + *rows*; empty when nothing can be read."""
    try:
        with zipfile.ZipFile(path) as z:
            styles = _padded_styles(z)
            if not styles:
                return {}
            part = _sheet_part(z, sheet)
            if part is None:
                return {}
            found: dict[int, str] = {}
            last = first_row + rows
            with z.open(part) as fh:
                # Streamed and left after the first rows, whatever the sheet's size.
                for _event, el in safe_xml.iterparse(fh):
                    if el.tag == f"{_MAIN}row":
                        if int(el.get("r", "0") or 0) > last:
                            break
                        el.clear()
                        continue
                    if el.tag != f"{_MAIN}c":
                        continue
                    width = styles.get(int(el.get("s", "0") or 0))
                    kind = el.get("t", "n")
                    m = _REF.fullmatch(el.get("r", ""))
                    if width and kind == "n" and m and int(m[2]) >= first_row:
                        found[_column(m[1])] = width
            return found
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, ET.ParseError, DefusedXmlException):
        return {}
