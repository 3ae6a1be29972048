"""Matching Korean names the way Korean users type them: by initial consonants (초성).

"ㄱㅊㅅ" finds 김철수, and so do "김ㅊ" and "김철ㅅ": a consonant typed alone stands for any
syllable that starts with it. :func:`query_pattern` turns what was typed into a regular
expression for that, run over names in one pass (see :mod:`.completion`).
"""

from __future__ import annotations

import re

__all__ = ["INITIALS", "choseong", "query_pattern"]

_SYLLABLE_FIRST, _SYLLABLE_LAST = 0xAC00, 0xD7A3
_PER_INITIAL = 21 * 28  # syllables that share one initial consonant
#: The 19 initial consonants as compatibility jamo (what a keyboard types alone).
INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"


def choseong(text: str) -> str:
    """*text* with each Hangul syllable replaced by its initial consonant (김철수 → ㄱㅊㅅ)."""
    out = []
    for ch in text:
        code = ord(ch)
        if _SYLLABLE_FIRST <= code <= _SYLLABLE_LAST:
            out.append(INITIALS[(code - _SYLLABLE_FIRST) // _PER_INITIAL])
        else:
            out.append(ch)
    return "".join(out)


def _char_pattern(ch: str) -> str:
    index = INITIALS.find(ch)
    if index < 0:
        return re.escape(ch)
    first = _SYLLABLE_FIRST + index * _PER_INITIAL
    return f"[{ch}{chr(first)}-{chr(first + _PER_INITIAL - 1)}]"


def query_pattern(query: str) -> str:
    """A regular expression (case-folded text) for *query*, consonants standing for their
    syllables."""
    return "".join(_char_pattern(ch) for ch in query.casefold())
