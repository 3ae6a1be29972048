"""The installed spelling dictionaries, opened through Enchant (pyenchant).

On Linux Enchant finds the system's Hunspell dictionaries (Debian: ``hunspell-en-us``,
``hunspell-ko``); pyenchant's wheels for Windows and macOS bring their own. Opening the Korean
dictionary takes about half a second, so callers open dictionaries off the GUI thread.
A language is named by its tag as Enchant lists it (``en_US``, ``ko_KR``); "ko" and "ko_KR"
are the same dictionary, only the more specific tag is offered.
"""

from __future__ import annotations

import logging
import threading
from typing import Protocol

from composer.compose.spelling.tokens import Script
from composer.i18n import translate

__all__ = [
    "Dictionary",
    "DictionaryMissing",
    "available_languages",
    "language_label",
    "open_dictionary",
    "script_of_language",
]

log = logging.getLogger(__name__)


class Dictionary(Protocol):
    """What the checker needs of one language's dictionary."""

    def check(self, word: str) -> bool: ...

    def suggest(self, word: str) -> list[str]: ...


class DictionaryMissing(LookupError):
    """No dictionary for the language is installed (or Enchant itself is missing)."""


_list_lock = threading.Lock()
_languages: tuple[str, ...] | None = None


def available_languages() -> tuple[str, ...]:
    """The installed dictionaries' tags, most specific first per language (cached)."""
    global _languages
    with _list_lock:
        if _languages is None:
            try:
                import enchant

                tags = sorted(set(enchant.list_languages()))
            except (ImportError, OSError) as exc:  # no libenchant on this system
                log.warning("Spell checking is unavailable: %s", exc)
                tags = []
            # "ko" beside "ko_KR" is the same dictionary: keep the regional one.
            _languages = tuple(
                t for t in tags if "_" in t or not any(o.startswith(f"{t}_") for o in tags)
            )
        return _languages


_open_lock = threading.Lock()
_opened: dict[tuple[str, str], Dictionary] = {}


def open_dictionary(language: str, purpose: str = "check") -> Dictionary:
    """The dictionary for *language* (slow the first time: call it off the GUI thread).

    A dictionary is opened once a process for each *purpose*: one copy answers checks on
    the GUI thread, another ("suggest") computes suggestions in the background, because a
    Hunspell dictionary must not be used by two threads at once.

    Raises:
        DictionaryMissing: no such dictionary is installed.
    """
    with _open_lock:
        found = _opened.get((language, purpose))
        if found is not None:
            return found
        try:
            import enchant
            import enchant.errors
        except (ImportError, OSError) as exc:
            raise DictionaryMissing(language) from exc
        try:
            opened: Dictionary = enchant.Dict(language)
        except enchant.errors.Error as exc:
            raise DictionaryMissing(language) from exc
        _opened[(language, purpose)] = opened
        return opened


def script_of_language(language: str) -> Script:
    """The script a dictionary's words are written in (only Korean uses Hangul)."""
    return Script.HANGUL if language.split("_")[0].lower() == "ko" else Script.LATIN


def language_label(language: str) -> str:
    """A dictionary's name for menus: "English (US)", "Korean", or the tag itself."""
    names = {
        "en_US": translate("Spelling", "English (US)"),
        "en_GB": translate("Spelling", "English (UK)"),
        "en_CA": translate("Spelling", "English (Canada)"),
        "en_AU": translate("Spelling", "English (Australia)"),
        "ko_KR": translate("Spelling", "Korean"),
        "ko": translate("Spelling", "Korean"),
        "de_DE": translate("Spelling", "German"),
        "fr_FR": translate("Spelling", "French"),
        "es_ES": translate("Spelling", "Spanish"),
    }
    return names.get(language, language)
