"""Is this word misspelt? The dictionaries of a session, their answers cached per word.

:class:`Spelling` is shared by every compose window. Opening dictionaries (:meth:`load`) and
suggestions (:meth:`suggest`, a tenth of a second in Korean) are slow and run off the GUI
thread; :meth:`verdict` from the cache and :meth:`check` (tens of microseconds) are fast
enough for the GUI thread. Suggestions use a second copy of each dictionary, so a
suggestion being computed never makes a check wait: Hunspell is not safe for two threads.

A word is routed to the dictionary of its script: Latin words to the message's language
when that is written in Latin letters (else English), Hangul words to Korean. A Korean
message's English words are so checked in English, and an English message's Korean name in
Korean, as a bilingual writer expects.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable

from composer.compose.spelling.dictionaries import (
    Dictionary,
    DictionaryMissing,
    available_languages,
    open_dictionary,
    script_of_language,
)
from composer.compose.spelling.personal import PersonalDictionary
from composer.compose.spelling.tokens import Script, Word, words

__all__ = ["Spelling"]

log = logging.getLogger(__name__)

#: The dictionary for a script when the message's language is of another script.
_PREFERRED = {Script.LATIN: ("en_US", "en_GB", "en"), Script.HANGUL: ("ko_KR", "ko")}
_MAX_SUGGESTIONS = 7


class Spelling:
    """The session's dictionaries, personal words and cached verdicts."""

    def __init__(
        self,
        personal: PersonalDictionary | None = None,
        opener: Callable[[str, str], Dictionary] = open_dictionary,
        languages: Iterable[str] | None = None,
    ) -> None:
        self.personal = personal if personal is not None else PersonalDictionary()
        self._opener = opener
        self._available = tuple(languages) if languages is not None else None
        self._dicts: dict[str, Dictionary] = {}
        self._suggesters: dict[str, Dictionary] = {}
        self._cache: dict[str, dict[str, bool]] = {}
        self._lock = threading.Lock()  # guards opening, not checking
        self._suggest_lock = threading.Lock()

    # --- languages ------------------------------------------------------------------------
    def available(self) -> tuple[str, ...]:
        if self._available is None:
            self._available = available_languages()
        return self._available

    def default_languages(self, ui_language: str) -> list[str]:
        """What to open at start: the preferred dictionary of each script, and the
        interface language's."""
        wanted: list[str] = []
        for script in (Script.LATIN, Script.HANGUL):
            found = self._preferred(script)
            if found:
                wanted.append(found)
        for tag in self.available():
            if tag.split("_")[0] == ui_language and tag not in wanted:
                wanted.append(tag)
                break
        return wanted

    def _preferred(self, script: Script, loaded_only: bool = False) -> str | None:
        pool = tuple(self._dicts) if loaded_only else self.available()
        for tag in _PREFERRED[script]:
            if tag in pool:
                return tag
        return next((t for t in pool if script_of_language(t) is script), None)

    def load(self, languages: Iterable[str]) -> list[str]:
        """Open *languages* and read the personal words (slow: off the GUI thread).

        Returns the languages that could not be opened.
        """
        missing = []
        for language in languages:
            with self._lock:
                if language in self._dicts:
                    continue
            try:
                opened = self._opener(language, "check")
            except DictionaryMissing:
                log.warning("No spelling dictionary for %s", language)
                missing.append(language)
                continue
            with self._lock:
                self._dicts.setdefault(language, opened)
                self._cache.setdefault(language, {})
        self.personal.load()
        return missing

    def loaded(self) -> tuple[str, ...]:
        return tuple(self._dicts)

    def route(self, language: str, script: Script) -> str | None:
        """The loaded dictionary that checks a *script* word of a *language* message."""
        if language in self._dicts and script_of_language(language) is script:
            return language
        return self._preferred(script, loaded_only=True)

    # --- checking -------------------------------------------------------------------------
    def verdict(self, language: str | None, word: str) -> bool | None:
        """From the cache only: True when *word* is spelt right, None when not known yet."""
        if language is None or word in self.personal:
            return True
        cache = self._cache.get(language)
        return None if cache is None else cache.get(word)

    def check(self, language: str | None, word: str) -> bool:
        """Whether *word* is spelt right in *language* (asks the dictionary once a word)."""
        known = self.verdict(language, word)
        if known is not None:
            return known
        assert language is not None
        correct = self._dicts[language].check(word)
        self._cache[language][word] = correct
        return correct

    def misspelt(self, language: str, text: str) -> list[Word]:
        """Every misspelt word of *text* (the whole-message check before sending)."""
        found = []
        for word in words(text):
            if not self.check(self.route(language, word.script), word.text):
                found.append(word)
        return found

    def suggest(self, language: str | None, word: str) -> list[str]:
        """Corrections for *word*, best first (slow: off the GUI thread)."""
        if language is None:
            return []
        with self._suggest_lock:
            suggester = self._suggesters.get(language)
            if suggester is None:
                suggester = self._suggesters[language] = self._opener(language, "suggest")
            return [s for s in suggester.suggest(word) if s != word][:_MAX_SUGGESTIONS]

    def add(self, word: str) -> None:
        """Count *word* as spelt right from now on, everywhere (save :attr:`personal` after)."""
        self.personal.add(word)
