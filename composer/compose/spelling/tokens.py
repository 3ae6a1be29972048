"""The words of a text that a spell checker should look at.

A word is a run of letters (with inner apostrophes and hyphens: ``don't``, ``e-mail``) in one
script. Skipped, because they are not prose and a red line under them only teaches users to
ignore red lines: anything inside a URL (``https://…``, ``www.…``), an e-mail address, a
``{{ placeholder }}`` or ``{% tag %}`` of the merge, words with digits or underscores
(``v2``, ``file_name``), words in capitals (``ASAP``, ``KPIs``) and single letters.

A Hangul run glued to the end of a Latin word or a number (``Python으로``, ``3시에``) is a
particle or a counter of that word, not a word of its own: the Latin part is checked, the
particle is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

__all__ = ["Script", "Word", "script_of", "words"]


class Script(Enum):
    LATIN = "latin"
    HANGUL = "hangul"


@dataclass(frozen=True)
class Word:
    """A word to check: ``text[start:end]``."""

    start: int
    end: int
    text: str
    script: Script


# What is not prose. Order matters only for overlaps, which are merged.
_SKIP = re.compile(
    r"""
      \{\{.*?\}\}                                  # {{ placeholder }}
    | \{%.*?%\}                                    # {% tag %}
    | \b(?:[a-z][a-z0-9+.-]*://|www\.|mailto:)\S+  # URLs
    | [\w.+'-]+@[\w-]+(?:\.[\w-]+)+                # addresses
    | <[^<>\s]+@[^<>\s]+>                          # <address>
    """,
    re.VERBOSE | re.IGNORECASE,
)
# A token: letters, digits, underscores and inner apostrophes or hyphens.
_TOKEN = re.compile(r"\w+(?:['’\-]\w+)*")
_MAY_SKIP = re.compile(r"[@{:]|www\.", re.IGNORECASE)  # cheap test before the full one
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:['’\-][A-Za-z\u00c0-\u024f]+)*")


def script_of(word: str) -> Script | None:
    """The script of *word*, when it is entirely Latin or entirely Hangul."""
    if _HANGUL.fullmatch(word):
        return Script.HANGUL
    if _LATIN.fullmatch(word):
        return Script.LATIN
    return None


def _skipped_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _SKIP.finditer(text)]


def words(text: str) -> Iterator[Word]:
    """Every word of *text* worth checking, in order (see the module docstring)."""
    skipped = _skipped_spans(text) if _MAY_SKIP.search(text) else []
    k = 0
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        while k < len(skipped) and skipped[k][1] <= start:
            k += 1
        if k < len(skipped) and skipped[k][0] < end:
            continue  # overlaps a URL, an address or a placeholder
        yield from _split(match.group(), start)


_HANGUL_CHARS = "\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f"
_BY_SCRIPT = re.compile(f"[{_HANGUL_CHARS}]+|[^{_HANGUL_CHARS}]+")


def _split(token: str, offset: int) -> Iterator[Word]:
    if "_" in token or any(c.isdigit() for c in token):
        # v2, file_name, 3시에: codes and numbers, not words (a particle after them too).
        return
    after_other = False  # the piece before was not Hangul: a Hangul piece is its particle
    for part in _BY_SCRIPT.finditer(token):
        piece = part.group()
        start = offset + part.start()
        script = script_of(piece)
        if script is Script.HANGUL:
            if not after_other:
                yield Word(start, start + len(piece), piece, script)
            after_other = False
            continue
        after_other = True
        if script is Script.LATIN and len(piece) > 1 and not _is_acronym(piece):
            yield Word(start, start + len(piece), piece, script)


def _is_acronym(piece: str) -> bool:
    """ASAP, KPI, and their plurals (KPIs, URLs)."""
    return piece.isupper() or (len(piece) > 2 and piece.endswith("s") and piece[:-1].isupper())
