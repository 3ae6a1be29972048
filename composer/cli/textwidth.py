"""Padding text for a terminal column by the cells it takes, not by its characters.

A Hangul syllable (and any East Asian wide or full-width character) takes two cells of a
terminal; a combining mark takes none. ``f"{label:<10}"`` counts characters, so a Korean
column ends up wider than an English one and the columns after it go out of line.
"""

from __future__ import annotations

import unicodedata

__all__ = ["display_width", "pad"]


def display_width(text: str) -> int:
    """The terminal cells *text* takes."""
    width = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def pad(text: str, cells: int) -> str:
    """*text* followed by spaces up to *cells* cells (as is when it is already that wide)."""
    return text + " " * max(0, cells - display_width(text))
