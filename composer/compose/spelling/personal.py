"""The user's own words ("Add to dictionary"): ``dictionary.txt`` in the data folder.

One word a line, UTF-8, shared by every language and every window, written atomically.
A word is data: it is stored as typed on one line and never interpreted.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from composer.storage import paths
from composer.storage.atomic import write_text_atomic

__all__ = ["PersonalDictionary", "personal_dictionary_path"]

log = logging.getLogger(__name__)


def personal_dictionary_path() -> Path:
    return paths.data_dir() / "dictionary.txt"


class PersonalDictionary:
    """The words the user added. Reading and saving touch the disk: call them off the GUI
    thread; :meth:`__contains__` and :meth:`add` only touch memory."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else personal_dictionary_path()
        self._words: set[str] = set()
        self._lock = threading.Lock()

    def load(self) -> None:
        """Read the file (a missing or unreadable one means no words yet)."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        except (OSError, UnicodeDecodeError) as exc:
            log.warning("Ignoring the unreadable personal dictionary %s: %s", self.path, exc)
            return
        with self._lock:
            self._words.update(w.strip() for w in text.splitlines() if w.strip())

    def __contains__(self, word: object) -> bool:
        return word in self._words

    def add(self, word: str) -> None:
        word = word.strip()
        if word and "\n" not in word and "\r" not in word:
            with self._lock:
                self._words.add(word)

    def words(self) -> list[str]:
        with self._lock:
            return sorted(self._words)

    def save(self) -> None:
        """Write every word atomically.

        Raises:
            OSError: the file could not be written; the old one is intact.
        """
        text = "".join(f"{w}\n" for w in self.words())
        write_text_atomic(self.path, text, 0o600)
