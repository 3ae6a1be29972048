"""Drafts: every message being written is kept as an ``.eml`` file until it is sent.

The store keeps and lists the files; what goes into them is the compose layer's business
(:mod:`composer.compose.drafts`).

Each draft is ``<data>/drafts/<id>.eml``, written atomically, so a crash leaves either the
previous save or the new one, and is readable by the user alone (0600, in a 0700 folder).
While a window edits a draft, ``<id>.open`` holds the editing process' id; a clean close
removes it. A draft whose ``.open`` names a process that no longer
runs was being edited when Composer crashed or was killed: :meth:`DraftStore.orphaned` finds
those so the next start can offer to restore them.
"""

from __future__ import annotations

import contextlib
import logging
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from composer.storage import paths
from composer.storage.atomic import private_folder, write_bytes_atomic, write_text_atomic

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DraftInfo:
    """A draft as listed (not loaded)."""

    draft_id: str
    path: Path
    modified: float


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class DraftStore:
    """The drafts folder."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = private_folder(folder or paths.data_dir() / "drafts")

    @staticmethod
    def new_id() -> str:
        return uuid.uuid4().hex

    def path(self, draft_id: str) -> Path:
        if not draft_id or any(c not in "0123456789abcdef" for c in draft_id):
            raise ValueError(f"not a draft id: {draft_id!r}")
        return self.folder / f"{draft_id}.eml"

    def _marker(self, draft_id: str) -> Path:
        return self.folder / f"{draft_id}.open"

    def save(self, draft_id: str, data: bytes) -> Path:
        """Write *data* (an ``.eml`` message) as draft *draft_id*.

        Raises:
            OSError: the disk is full or the folder is not writable; the previous save stays.
        """
        path = self.path(draft_id)
        write_bytes_atomic(path, data)
        return path

    def read(self, draft_id: str) -> bytes:
        """The draft's ``.eml`` bytes."""
        return self.path(draft_id).read_bytes()

    def delete(self, draft_id: str) -> None:
        """Remove a draft (after it was sent or discarded) and its editing marker."""
        for path in (self.path(draft_id), self._marker(draft_id)):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    def mark_open(self, draft_id: str, pid: int | None = None) -> None:
        """Record that process *pid* (default: this one) is editing *draft_id*."""
        write_text_atomic(self._marker(draft_id), str(pid or os.getpid()))

    def mark_closed(self, draft_id: str) -> None:
        """Record a clean close: the draft stays, but is no longer a crash survivor."""
        try:
            self._marker(draft_id).unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:  # closing must not fail; the next start may offer it again
            log.warning("Could not remove the editing marker of draft %s: %s", draft_id, exc)

    def saved(self) -> list[DraftInfo]:
        """Every draft, newest first."""
        found = []
        for path in self.folder.glob("*.eml"):
            try:
                found.append(DraftInfo(path.stem, path, path.stat().st_mtime))
            except FileNotFoundError:
                continue
        return sorted(found, key=lambda d: d.modified, reverse=True)

    def orphaned(self) -> list[DraftInfo]:
        """Drafts left open by a process that is gone (a crash or a kill), newest first."""
        result = []
        for info in self.saved():
            marker = self._marker(info.draft_id)
            try:
                pid = int(marker.read_text(encoding="ascii").strip() or "0")
            except FileNotFoundError:
                continue
            except (OSError, ValueError) as exc:
                log.warning("Unreadable draft marker %s: %s", marker, exc)
                pid = 0
            if pid != os.getpid() and not _pid_alive(pid):
                result.append(info)
        return result
