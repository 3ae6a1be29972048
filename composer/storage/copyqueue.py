"""Copies for a server's Sent folder that are still to be made: a durable queue on disk.

When a message has gone out, its exact bytes are put here first (by the send job, before
anything talks to the IMAP server), then stored on the server and removed. A copy the
server could not take (it was down, the mailbox was full, it refused the APPEND) stays
until the next chance, across crashes and restarts: nothing is lost.

Each copy is two files in ``<data>/server-copies/`` (private to the user, 0700 / 0600):
``ID.eml``, the message as it went on the wire (CRLF line ends, no Bcc), written first and
atomically, and ``ID.json`` (the account, the profile, the Message-ID, the attempts and the
last failure in words), whose atomic appearance makes the entry count. An ``.eml`` without
its ``.json`` is a write a crash interrupted and is never sent. Whoever stores copies holds
the queue (:meth:`CopyQueue.claimed`) meanwhile. No Qt here.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from composer.storage import paths
from composer.storage.atomic import fsync_dir, private_folder, write_text_atomic
from composer.storage.filelock import lock, unlock

__all__ = ["CopyQueue", "QueuedCopy"]

log = logging.getLogger(__name__)

FILE_MODE = 0o600


@dataclass(frozen=True)
class QueuedCopy:
    """One copy waiting for its server."""

    id: str
    key: str  # the IMAP account it is for (``ImapServer.key``)
    profile: str  # the profile it was sent with (to sign in again)
    message_id: str
    created: float
    attempts: int = 0  # APPENDs started; after one, look the Message-ID up before another
    last_error: str = ""  # what happened the last time, in words


class CopyQueue:
    """The queue in *folder* (default ``<data>/server-copies``)."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = Path(folder) if folder is not None else None

    @property
    def folder(self) -> Path:
        folder = self._folder or paths.data_dir() / "server-copies"
        return private_folder(folder)

    @contextlib.contextmanager
    def claimed(self) -> Iterator[None]:
        """Hold the queue alone (other threads and processes wait), so that two of them
        never store the same copy at once."""
        fd = os.open(self.folder / ".lock", os.O_RDWR | os.O_CREAT, FILE_MODE)
        with os.fdopen(fd, "r+b") as fh:
            lock(fh)
            try:
                yield
            finally:
                unlock(fh)

    def _eml(self, entry_id: str) -> Path:
        return self.folder / f"{entry_id}.eml"

    def _json(self, entry_id: str) -> Path:
        return self.folder / f"{entry_id}.json"

    def add(
        self, chunks: Iterable[bytes], *, key: str, profile: str, message_id: str
    ) -> QueuedCopy:
        """Keep the message made of *chunks* for *key*, durably.

        Raises:
            OSError: the disk is full or the folder cannot be written; nothing is queued.
        """
        now = time.time()
        entry = QueuedCopy(
            f"{int(now * 1000):015d}-{uuid.uuid4().hex[:12]}", key, profile, message_id, now
        )
        folder = self.folder
        fd, tmp = tempfile.mkstemp(prefix=".copy.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                for chunk in chunks:
                    fh.write(chunk)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, FILE_MODE)
            os.replace(tmp, self._eml(entry.id))
            self._write(entry)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._eml(entry.id))
            raise
        return entry

    def _write(self, entry: QueuedCopy) -> None:
        write_text_atomic(self._json(entry.id), json.dumps(asdict(entry), ensure_ascii=False))

    def pending(self, key: str | None = None) -> list[QueuedCopy]:
        """The copies waiting (for *key* only, if given), oldest first."""
        found: list[QueuedCopy] = []
        for path in sorted(self.folder.glob("*.json")):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                entry = QueuedCopy(**data)
            except (OSError, ValueError, TypeError) as exc:
                log.warning("A queued Sent copy cannot be read (%s): %s", path.name, exc)
                continue
            if not self._eml(entry.id).is_file():
                continue
            if key is None or entry.key == key:
                found.append(entry)
        return found

    def read(self, entry: QueuedCopy) -> bytes:
        return self._eml(entry.id).read_bytes()

    def started(self, entry: QueuedCopy) -> QueuedCopy:
        """Record that an APPEND of *entry* starts (durably, before it does)."""
        updated = replace(entry, attempts=entry.attempts + 1)
        self._write(updated)
        return updated

    def failed(self, entry: QueuedCopy, what: str) -> QueuedCopy:
        updated = replace(entry, last_error=what)
        self._write(updated)
        return updated

    def done(self, entry: QueuedCopy) -> None:
        """The server has it: forget it (the record first, so a crash leaves no entry)."""
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self._json(entry.id))
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self._eml(entry.id))
        fsync_dir(self.folder)
