"""Scheduled merges: a ``composer merge`` command line to run at a time.

``composer merge ... --at TIME`` keeps its command line (paths made absolute, ``--yes``
added: nobody is there to confirm) as ``<data>/scheduled-merges/<id>.json``; so does a merge
whose rows carry their own send time (``--send-at-column``), once for each time still to
come. ``composer outbox run`` (and the app, through it) runs each one that is due; the
merge's ledger makes a second run send only what the first did not, so a run that comes
twice, or late, sends nobody a message twice. Each entry has a lock, as outbox messages do.
No Qt here.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from composer.errors import UserMessage
from composer.storage import paths
from composer.storage.atomic import private_folder, write_bytes_atomic
from composer.storage.filelock import try_lock

__all__ = ["MergeSchedule", "ScheduledMerge"]

log = logging.getLogger(__name__)


@dataclass
class ScheduledMerge:
    """One merge to run at ``due``; ``state`` is waiting, failed or done."""

    id: str
    argv: list[str]
    due: datetime
    state: str = "waiting"
    attempts: int = 0
    reason: UserMessage | None = None
    label: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["due"] = self.due.astimezone(UTC).isoformat(timespec="seconds")
        data["reason"] = asdict(self.reason) if self.reason else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ScheduledMerge:
        reason = data.get("reason")
        due = datetime.fromisoformat(str(data["due"]))
        return cls(
            id=str(data["id"]),
            argv=[str(a) for a in data["argv"]],
            due=due if due.tzinfo else due.replace(tzinfo=UTC),
            state=str(data.get("state", "waiting")),
            attempts=int(data.get("attempts", 0)),
            reason=UserMessage(**reason) if isinstance(reason, dict) else None,
            label=str(data.get("label", "")),
            extra=dict(data.get("extra") or {}),
        )


class MergeSchedule:
    """The scheduled merges (``<data>/scheduled-merges`` unless *folder* is given)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = private_folder(folder or paths.data_dir() / "scheduled-merges")

    def add(self, argv: list[str], due: datetime, label: str, now: datetime) -> ScheduledMerge:
        """Keep *argv* to run at *due*; one entry per command line and time.

        Raises:
            OSError: it could not be written.
        """
        for entry in self.entries():
            if entry.argv == argv and entry.due == due and entry.state == "waiting":
                return entry
        entry = ScheduledMerge(f"m{now:%m%d}-{secrets.token_hex(2)}", argv, due, label=label)
        self.save(entry)
        return entry

    def save(self, entry: ScheduledMerge) -> None:
        data = json.dumps(entry.to_json(), ensure_ascii=False, indent=1).encode("utf-8")
        write_bytes_atomic(self.folder / f"{entry.id}.json", data)

    def entries(self) -> list[ScheduledMerge]:
        found = []
        for path in sorted(self.folder.glob("*.json")):
            try:
                found.append(ScheduledMerge.from_json(json.loads(path.read_text("utf-8"))))
            except (OSError, KeyError, TypeError, ValueError) as exc:
                log.warning("Skipping scheduled merge %s: %s", path.name, exc)
        return sorted(found, key=lambda e: e.due)

    def get(self, entry_id: str) -> ScheduledMerge | None:
        return next((e for e in self.entries() if e.id == entry_id), None)

    def remove(self, entry_id: str) -> None:
        entry = self.get(entry_id)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.folder / f"{entry_id}.json")
        # A merge scheduled from the window keeps its message beside it (window_merge.py).
        name = str(entry.extra.get("template_file", "")) if entry is not None else ""
        shared = any(e.extra.get("template_file") == name for e in self.entries())
        if name and not shared and "/" not in name and "\\" not in name and name[0] != ".":
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.folder / name)

    def reschedule(self, entry_id: str, due: datetime) -> ScheduledMerge | None:
        """Move a waiting (or failed) merge to *due*; None when it is gone."""
        entry = self.get(entry_id)
        if entry is None:
            return None
        entry.due, entry.state, entry.reason, entry.attempts = due, "waiting", None, 0
        self.save(entry)
        return entry

    def due(self, now: datetime) -> list[ScheduledMerge]:
        return [e for e in self.entries() if e.state == "waiting" and e.due <= now]

    @contextlib.contextmanager
    def claim(self, entry_id: str) -> Iterator[bool]:
        """Hold *entry_id*'s lock; yields False when another runner runs it."""
        with open(self.folder / f".{entry_id}.lock", "ab") as fh:
            yield try_lock(fh)
