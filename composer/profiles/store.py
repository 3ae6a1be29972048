"""The sending profiles on disk: ``profiles.toml`` in the config folder.

The file is meant to be read and edited by people::

    schema_version = 1
    active = "Work"

    [[profiles]]
    name = "Work"
    backend = "smtp"

    [profiles.smtp]
    host = "smtp.example.com"
    port = 587
    security = "starttls"
    username = "alice@example.com"

    [profiles.identity]
    from_name = "Alice Example"
    from_address = "alice@example.com"

Passwords are never in it (they live in the OS keyring, see :mod:`composer.profiles.credentials`).

The format and its checks are in :mod:`composer.profiles.fileformat`. Safety rules:

* Every write is atomic (:mod:`composer.storage.atomic`), and after every good read or write a copy
  is kept as ``profiles.last-good.toml``.
* A file that cannot be read (bad TOML, an unknown schema version, a misspelt key, a wrong
  type) raises :class:`ProfileFileError` naming the line and the problem.
  :meth:`ProfileStore.load` turns that into a :class:`LoadResult`: the app starts with the
  last good copy (or the defaults) and shows the error.
* Nothing is overwritten silently: :meth:`ProfileStore.save` refuses with
  :class:`ProfileFileChanged` when the file changed on disk since it was read, and before
  replacing a file that could not be read, it keeps that file aside under a dated name.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from composer.i18n import translate
from composer.profiles.fileformat import SCHEMA_VERSION, ProfileFileError, dumps, loads
from composer.profiles.model import ProfileBook, default_book
from composer.storage import paths
from composer.storage.atomic import write_text_atomic

__all__ = [
    "SCHEMA_VERSION",
    "LoadResult",
    "ProfileFileChanged",
    "ProfileFileError",
    "ProfileStore",
    "dumps",
    "loads",
]

log = logging.getLogger(__name__)


class ProfileFileChanged(Exception):
    """The file changed on disk since Composer read it; saving now would lose those edits."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            translate(
                "ProfileStore",
                "{path} was changed by another program since Composer read it. Reload it to "
                "keep those changes, or save again to replace it (a copy of it is kept).",
            ).format(path=path)
        )
        self.path = path


@dataclass
class LoadResult:
    """What :meth:`ProfileStore.load` found.

    Attributes:
        book: the profiles to use.
        error: why the file could not be used (then ``book`` comes from ``source``).
        source: the file the profiles came from; None for the built-in defaults.
    """

    book: ProfileBook
    error: ProfileFileError | None
    source: Path | None


class ProfileStore:
    """Reads and writes the profile book.

    Args:
        path: the file; default ``profiles.toml`` in :func:`composer.storage.paths.config_dir`.
    """

    FILENAME = "profiles.toml"

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else paths.config_dir() / self.FILENAME
        # The digest of the file as last read or written by us (None: there was no file).
        self._known_digest: str | None = None
        self._read_once = False
        self._broken = False

    def __repr__(self) -> str:
        return f"ProfileStore({str(self.path)!r})"

    @property
    def last_good_path(self) -> Path:
        return self.path.with_name(self.path.stem + ".last-good.toml")

    def read(self) -> ProfileBook:
        """The profiles in the file; the defaults when there is no file yet.

        Raises:
            ProfileFileError: the file cannot be used; the store remembers it was broken
                so that :meth:`save` keeps it aside before replacing it.
            OSError: the file cannot be read at all.
        """
        data = self._current_bytes()
        self._read_once = True
        self._known_digest = _digest(data)
        if data is None:
            self._broken = False
            return default_book()
        try:
            book = loads(data.decode("utf-8"), self.path)
        except UnicodeDecodeError as exc:
            self._broken = True
            problem = translate("ProfileStore", "The file is not UTF-8 text ({reason}).")
            raise ProfileFileError(self.path, problem.format(reason=exc)) from exc
        except ProfileFileError:
            self._broken = True
            raise
        self._broken = False
        self._keep_last_good(data)
        return book

    def load(self) -> LoadResult:
        """Like :meth:`read`, but a broken file falls back instead of raising.

        The fallback is the last good copy when it can be read, else the defaults. The
        broken file stays where it is until the next :meth:`save`, which keeps it aside.
        """
        try:
            return LoadResult(self.read(), None, self.path if self.path.exists() else None)
        except ProfileFileError as error:
            log.warning("Cannot use the sending profiles: %s", error)
            try:
                text = self.last_good_path.read_text(encoding="utf-8")
                return LoadResult(loads(text, self.last_good_path), error, self.last_good_path)
            except (OSError, UnicodeDecodeError, ProfileFileError):
                return LoadResult(default_book(), error, None)

    def save(self, book: ProfileBook, *, replace_changed: bool = False) -> Path | None:
        """Write *book* atomically.

        Args:
            replace_changed: replace the file even if another program changed it since it
                was read (a copy of that version is kept aside).

        Returns:
            The path of a copy kept aside (the replaced broken or changed file), or None.

        Raises:
            ProfileFileChanged: the file changed since it was read and *replace_changed*
                is false. Nothing was written.
            OSError: the file could not be written; the old one is intact.
        """
        current = self._current_bytes()
        aside: Path | None = None
        if self._changed(current):
            if not replace_changed:
                raise ProfileFileChanged(self.path)
            aside = self._keep_aside("replaced")
        elif self._broken and current is not None:
            aside = self._keep_aside("broken")
        text = dumps(book)
        write_text_atomic(self.path, text)
        data = text.encode("utf-8")
        self._known_digest = _digest(data)
        self._read_once = True
        self._broken = False
        self._keep_last_good(data)
        if aside is not None:
            log.warning("Kept the earlier %s aside as %s", self.path.name, aside)
        return aside

    def changed_on_disk(self) -> bool:
        """Whether another program changed (or created) the file since it was read."""
        return self._changed(self._current_bytes())

    def _changed(self, current: bytes | None) -> bool:
        if not self._read_once:
            return current is not None
        return _digest(current) != self._known_digest

    def set_active(self, name: str) -> ProfileBook:
        """Make *name* the active profile in the file and return the new book.

        Raises:
            ProfileError: no such profile.
            ProfileFileError: the file cannot be used (it is not touched).
        """
        book = self.read()
        book.set_active(name)
        self.save(book)
        return book

    def _current_bytes(self) -> bytes | None:
        try:
            return self.path.read_bytes()
        except FileNotFoundError:
            return None

    def _keep_last_good(self, data: bytes) -> None:
        try:
            if self.last_good_path.read_bytes() == data:
                return
        except FileNotFoundError:
            pass
        write_text_atomic(self.last_good_path, data.decode("utf-8"))

    def _keep_aside(self, why: str) -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.stem}.{why}-{stamp}.toml")
        n = 2
        while target.exists():
            target = self.path.with_name(f"{self.path.stem}.{why}-{stamp}-{n}.toml")
            n += 1
        shutil.copy2(self.path, target)
        return target


def _digest(data: bytes | None) -> str | None:
    return None if data is None else hashlib.sha256(data).hexdigest()
