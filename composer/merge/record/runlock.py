"""One process at a time per merge: the run lock, taken before the check pass.

A check pass renumbers the merge's rows in the ledger, so a second window or command that
merely checks a merge while another sends it would make the running one stop ("the data
file changed"). The lock is therefore taken before the check pass touches the ledger and
kept through the run that follows it (a window between Check and Send holds it too); the
run gives it up when it ends, and closing the ledger gives up any left. A second window
or command is refused meanwhile, with who holds the merge and since when.

The lock is an OS lock on an open file (:mod:`composer.storage.filelock`): it dies with its
process, so a crash or a SIGKILL never leaves a stale lock. The file also says who holds
it (process id, window or command, since when) after its first byte, the byte Windows
locks, so another process can read it.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import IO

from composer.i18n import translate
from composer.merge.record.ledgerfile import LedgerBusy, os_error, private_file
from composer.storage.filelock import try_lock, unlock

__all__ = ["MergeClaims"]


class MergeClaims:
    """The run locks one ledger object holds, by merge key (re-entrant within it)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._held: dict[str, IO[bytes]] = {}
        self._lock = threading.Lock()

    def path(self, key: str) -> Path:
        return self.folder / f"merge-{key}.lock"

    def holds(self, key: str) -> bool:
        with self._lock:
            return key in self._held

    def claim(self, key: str) -> bool:
        """Take merge *key*'s lock; True if newly taken, False if this ledger held it.

        Raises:
            LedgerBusy: another window or process holds it (the message says which).
        """
        with self._lock:
            if key in self._held:
                return False
            fh = self._open(key)
            if not try_lock(fh):
                owner = _read_owner(fh)
                fh.close()
                raise LedgerBusy(_busy_message(owner))
            # Who holds it is a courtesy for the refusal message; the lock is what counts.
            with contextlib.suppress(OSError):
                _write_owner(fh)
            self._held[key] = fh
            return True

    def is_busy(self, key: str) -> str | None:
        """The refusal message if another process holds *key*'s lock, else None."""
        if self.holds(key):
            return None
        fh = self._open(key)
        try:
            if try_lock(fh):
                unlock(fh)
                return None
            return _busy_message(_read_owner(fh))
        finally:
            fh.close()

    def release(self, key: str) -> None:
        with self._lock:
            fh = self._held.pop(key, None)
        if fh is not None:
            with contextlib.suppress(OSError):
                unlock(fh)
            fh.close()

    def release_all(self) -> None:
        with self._lock:
            keys = list(self._held)
        for key in keys:
            self.release(key)

    def _open(self, key: str) -> IO[bytes]:
        path = self.path(key)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise os_error(exc, path) from exc
        private_file(path)
        return os.fdopen(fd, "r+b")


def _write_owner(fh: IO[bytes]) -> None:
    info = {
        "pid": os.getpid(),
        "since": time.time(),
        "where": "window" if "PySide6" in sys.modules else "command",
    }
    fh.seek(0)
    fh.write(b"\n" + json.dumps(info).encode())
    fh.truncate()
    fh.flush()


def _read_owner(fh: IO[bytes]) -> dict[str, object]:
    try:
        fh.seek(1)
        found = json.loads(fh.read(4096) or b"{}")
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def _busy_message(owner: dict[str, object]) -> str:
    since = owner.get("since")
    pid = owner.get("pid")
    if not isinstance(since, int | float) or not isinstance(pid, int):
        return translate(
            "MergeLedger",
            "This merge is open in another Composer window or command right now. Nothing "
            "was done here, so it is not disturbed. Wait until it finishes (or stop it "
            "there), then try again.",
        )
    stamp = time.localtime(since)
    when = time.strftime("%H:%M" if stamp[:3] == time.localtime()[:3] else "%Y-%m-%d %H:%M", stamp)
    if owner.get("where") == "window":
        text = translate(
            "MergeLedger",
            "This merge is open in another Composer window since {time} (process {pid}).",
        )
    else:
        text = translate(
            "MergeLedger",
            "This merge is running in another “composer merge” command since {time} "
            "(process {pid}).",
        )
    return (
        text.format(time=when, pid=pid)
        + " "
        + translate(
            "MergeLedger",
            "Nothing was done here, so it is not disturbed. Wait until it finishes "
            "(or stop it there), then try again.",
        )
    )
