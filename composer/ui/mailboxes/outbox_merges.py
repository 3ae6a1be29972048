"""Scheduled merges in the Outbox window: listed beside the messages, with their time and
state, and started now, moved or cancelled there. The work on their files runs off the GUI
thread (these functions are what the window's tasks run). No widgets here."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from composer.errors import ComposerError
from composer.i18n import translate
from composer.outbox.schedule import MergeSchedule, ScheduledMerge

__all__ = ["MergeBusy", "cancel_merge", "merge_state", "merge_template", "reschedule_merge"]


class MergeBusy(ComposerError):
    """The merge is running right now."""


def _busy() -> MergeBusy:
    return MergeBusy(
        translate("Outbox", "The merge is running right now."),
        translate("Outbox", "Stop it from its window or wait until it ends."),
    )


def merge_state(entry: ScheduledMerge) -> str:
    """The merge's state in words, for the list."""
    if entry.state == "waiting":
        return translate("Outbox", "Scheduled merge")
    return translate("Outbox", "Merge failed")


def merge_template(entry: ScheduledMerge) -> bytes:
    """The merge's message as its template file holds it (shown in the window)."""
    if len(entry.argv) < 2:
        return b""
    try:
        return Path(entry.argv[1]).read_bytes()
    except OSError:
        return b""


def reschedule_merge(entry_id: str, due: datetime) -> None:
    """Move the merge to *due* (waiting again, when it had failed)."""
    schedule = MergeSchedule()
    with schedule.claim(entry_id) as mine:
        if not mine:
            raise _busy()
        schedule.reschedule(entry_id, due)


def cancel_merge(entry_id: str) -> None:
    """Take the merge out of the schedule: nothing more is sent (what went out stays sent)."""
    schedule = MergeSchedule()
    with schedule.claim(entry_id) as mine:
        if not mine:
            raise _busy()
        schedule.remove(entry_id)
