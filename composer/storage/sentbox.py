"""The local "Sent" folder: a copy of every message sent, in a standard Maildir.

The folder is ``<data>/Sent`` and any Maildir reader (mutt, Thunderbird's import, a script
with :mod:`mailbox`) can open it. Copies include the Bcc header, which was not sent, so the
sender can see later whom they copied blindly.

A copy is written chunk by chunk into ``tmp/`` and renamed into ``cur/`` once complete (the
Maildir way: a reader never sees half a message), so keeping a message with a 2 GB
attachment needs no more memory than one chunk. Sent mail is private: the files are
readable by the user alone (0600), the folders too (0700).
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import mailbox
import os
import socket
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import BinaryIO

from composer.storage import paths
from composer.storage.atomic import fsync_dir, private_folder

FILE_MODE = 0o600


def _unique_name() -> str:
    # Maildir's own scheme (time, microseconds, process, a random part, host), with "/" and
    # ":" in the host name escaped as the specification asks.
    now = time.time()
    host = socket.gethostname().replace("/", r"\057").replace(":", r"\072")
    return f"{int(now)}.M{int(now % 1 * 1e6)}P{os.getpid()}Q{uuid.uuid4().hex[:16]}.{host}"


def read_header_block(fh: BinaryIO, limit: int = 256 * 1024) -> bytes:
    """The header lines of the message in *fh*, up to the blank line (or *limit* bytes, or
    the end of a file that has no body)."""
    lines: list[bytes] = []
    size = 0
    for line in fh:
        if line in (b"\n", b"\r\n") or size > limit:
            break
        lines.append(line)
        size += len(line)
    return b"".join(lines)


@dataclass(frozen=True)
class SentEntry:
    """One sent message as listed."""

    key: str
    subject: str
    to: str
    date: str
    timestamp: float
    size: int


class SentBox:
    """The Sent Maildir."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or paths.data_dir() / "Sent"
        self._maildir: mailbox.Maildir | None = None
        with contextlib.suppress(OSError):  # a broken folder fails a copy, never a send
            self._box  # noqa: B018

    @property
    def _box(self) -> mailbox.Maildir:
        """The Maildir, created on first use (so a broken folder fails a copy, not a send).

        Raises:
            OSError: the folder cannot be created.
        """
        if self._maildir is None:
            for sub in ("", "tmp", "new", "cur"):
                private_folder(self.folder / sub)
            self._maildir = mailbox.Maildir(self.folder, create=True)
        return self._maildir

    def add(self, raw: bytes) -> str:
        """Store *raw* (an RFC 5322 message) as seen; returns its key.

        Raises:
            OSError: the disk is full or the folder is not writable.
        """
        return self.add_chunks([raw])

    def add_chunks(self, chunks: Iterable[bytes]) -> str:
        """Store the message whose bytes are *chunks*, in order, as seen; returns its key.

        Nothing appears in the folder unless every chunk was written and flushed to disk.

        Raises:
            OSError: the disk is full or the folder is not writable; nothing is left behind.
        """
        self._box  # noqa: B018  (creates the folders)
        key = _unique_name()
        tmp = self.folder / "tmp" / key
        target = self.folder / "cur" / f"{key}:2,S"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        try:
            with os.fdopen(fd, "wb") as out:
                for chunk in chunks:
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            os.rename(tmp, target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
        fsync_dir(self.folder / "cur")
        return key

    def get_bytes(self, key: str) -> bytes:
        """The bytes of the message *key* (as :meth:`entries` names it).

        Raises:
            KeyError: no such message.
            OSError: it cannot be read.
        """
        return self._path_of(key).read_bytes()

    def remove(self, key: str) -> None:
        """Delete the message *key*.

        Raises:
            KeyError: no such message.
        """
        self._path_of(key).unlink()

    def _path_of(self, key: str) -> Path:
        # Looked up on disk each time, as entries() lists: mailbox.Maildir's own table of
        # contents trusts folder times, which a copy added in the same clock tick as its
        # last look leaves unchanged, and then misses a message entries() just showed.
        if not key or "/" in key or "\\" in key or key.startswith("."):
            raise KeyError(key)  # a name, never a path
        for path in (self.folder / "cur" / f"{key}:2,S", self.folder / "new" / key):
            if path.is_file():
                return path
        for path in self._files():
            if path.name.split(":", 1)[0] == key:
                return path
        raise KeyError(key)

    def _files(self) -> list[Path]:
        found: list[Path] = []
        for sub in ("new", "cur"):
            with contextlib.suppress(FileNotFoundError):
                found += [p for p in (self.folder / sub).iterdir() if not p.name.startswith(".")]
        return found

    def entries(self) -> list[SentEntry]:
        """Every sent message, newest first."""
        result = []
        for path in self._files():
            key = path.name.split(":", 1)[0]
            try:  # the header only: a copy may carry a 2 GB attachment
                with path.open("rb") as fh:
                    head = read_header_block(fh)
                    size = os.fstat(fh.fileno()).st_size
            except FileNotFoundError:
                continue  # removed meanwhile
            headers = email.message_from_bytes(head, policy=email.policy.default)
            date = str(headers.get("Date", ""))
            try:
                stamp = parsedate_to_datetime(date).timestamp() if date else 0.0
            except (TypeError, ValueError):
                stamp = 0.0
            result.append(
                SentEntry(
                    key=key,
                    subject=str(headers.get("Subject", "")),
                    to=str(headers.get("To", "")),
                    date=date,
                    timestamp=stamp,
                    size=size,
                )
            )
        return sorted(result, key=lambda e: e.timestamp, reverse=True)
