"""A spreadsheet cell's value as the text a person sees in it.

A reader hands over numbers as floats, dates as :mod:`datetime` objects and booleans as
``bool``; written into a letter they must read as they do in the sheet: ``1234`` (not
``1234.0``), ``0.3`` (not ``0.30000000000000004``), a phone number or an ID stored as a
number without an exponent or a trailing ``.0``, ``2024-03-05`` for a date,
``2024-03-05 14:30`` for a date with a time. Text cells are kept exactly as typed, so
leading zeros typed as text (``00123``) stay.

A column whose cells are zero-padded by their number format (``00000`` for a postcode
stored as a number, ``000-0000-0000`` for a phone number) is shown that way by
:func:`padded`.
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal

__all__ = ["DATE_SHAPES", "cell_text", "date_shape", "padded"]

# Beyond 15 significant digits a double no longer holds what was typed.
_SIGNIFICANT = 15


def _number(value: float) -> str:
    if value != value or value in (float("inf"), float("-inf")):
        return str(value)
    if value.is_integer() and abs(value) < 10**_SIGNIFICANT:
        return str(int(value))
    text = format(value, f".{_SIGNIFICANT}g")
    if "e" in text or "E" in text:
        # 1e-05 reads as 0.00001 in a sheet's General format; so it does here.
        text = format(Decimal(text), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _time(value: datetime.time) -> str:
    if value.second or value.microsecond:
        return value.strftime("%H:%M:%S")
    return value.strftime("%H:%M")


def _duration(value: datetime.timedelta) -> str:
    seconds = int(value.total_seconds())
    sign = "-" if seconds < 0 else ""
    hours, rest = divmod(abs(seconds), 3600)
    return f"{sign}{hours}:{rest // 60:02d}:{rest % 60:02d}"


def cell_text(value: object) -> str:
    """The text of one cell as the sheet shows it (see the module docstring)."""
    kind = type(value)
    if kind is str:
        return value  # type: ignore[return-value]
    if value is None:
        return ""
    if kind is bool:
        return "TRUE" if value else "FALSE"
    if kind is int:
        return str(value)
    if kind is float:
        return _number(value)  # type: ignore[arg-type]
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time():
            return value.date().isoformat()
        return f"{value.date().isoformat()} {_time(value.time())}"
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, datetime.time):
        return _time(value)
    if isinstance(value, datetime.timedelta):
        return _duration(value)
    return str(value)


def padded(text: str, pattern: int | str) -> str:
    """*text* (a whole number) as a zero-padding number format shows it: ``01234`` for
    ``00000`` (or a width of 5), ``010-1234-5678`` for ``000-0000-0000``; anything else is
    returned unchanged."""
    if isinstance(pattern, int):
        pattern = "0" * pattern
    zeros = pattern.count("0")
    if not zeros or not text.isdigit():
        return text
    digits = text.rjust(zeros, "0")
    if len(pattern) == zeros:
        return digits
    # More digits than the pattern has zeros: the first group takes them, as Excel shows it.
    extra = len(digits) - zeros
    out: list[str] = []
    taken = 0
    for ch in pattern:
        if ch != "0":
            out.append(ch)
            continue
        step = extra + 1 if taken == 0 else 1
        out.append(digits[taken : taken + step])
        taken += step
    return "".join(out)


# How a date is written in a cell, for telling the user a column mixes several ways.
DATE_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("YYYY-MM-DD", re.compile(r"\d{4}-\d{1,2}-\d{1,2}")),
    ("YYYY.MM.DD", re.compile(r"\d{4}\. ?\d{1,2}\. ?\d{1,2}\.?")),
    ("YYYY/MM/DD", re.compile(r"\d{4}/\d{1,2}/\d{1,2}")),
    ("MM/DD/YYYY", re.compile(r"\d{1,2}/\d{1,2}/\d{4}")),
    ("DD.MM.YYYY", re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}")),
    ("YYYYMMDD", re.compile(r"(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])")),
    ("YYYY년 M월 D일", re.compile(r"\d{4}년 ?\d{1,2}월 ?\d{1,2}일")),
)


def date_shape(value: object) -> str | None:
    """How *value* writes a date: ``"date"`` for a real date cell, a pattern such as
    ``YYYY.MM.DD`` for a date typed as text, None for anything else."""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return "date"
    if not isinstance(value, str) or not 6 <= len(value) <= 16:
        return None
    text = value.strip()
    for name, pattern in DATE_SHAPES:
        if pattern.fullmatch(text):
            return name
    return None
