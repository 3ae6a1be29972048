"""Which language a message is written in, from its words.

More Hangul words than Latin ones make a Korean message. Between dictionaries of Latin
script (English, German, ...), the one that accepts most of the words wins. Only the first
few hundred words are read: enough to decide, and fast on the GUI thread.
"""

from __future__ import annotations

from itertools import islice

from composer.compose.spelling.checker import Spelling
from composer.compose.spelling.dictionaries import script_of_language
from composer.compose.spelling.tokens import Script, words

__all__ = ["MIN_WORDS", "detect_language"]

#: Fewer words than this decide nothing: the language stays as it was.
MIN_WORDS = 4
_SAMPLE = 300


def detect_language(text: str, spelling: Spelling) -> str | None:
    """The loaded dictionary that fits *text* best, or None when the text is too short."""
    sample = list(islice(words(text), _SAMPLE))
    if len(sample) < MIN_WORDS:
        return None
    hangul = sum(1 for w in sample if w.script is Script.HANGUL)
    script = Script.HANGUL if hangul * 2 >= len(sample) else Script.LATIN
    candidates = [t for t in spelling.loaded() if script_of_language(t) is script]
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    of_script = [w.text for w in sample if w.script is script]
    return max(candidates, key=lambda tag: sum(spelling.check(tag, w) for w in of_script))
