"""Running the scheduled merges that are due, for ``composer outbox run``.

Each due entry of :class:`composer.outbox.schedule.MergeSchedule` is claimed (its lock) and
run as the ``composer merge`` command line it keeps. What the merge's exit status means for
the entry: done (0) leaves the schedule; a daily limit (75) moves it to the time the merge
chose to resume at (:mod:`composer.cli.merge_resume`); a run that stopped (1: the server
down, a lost connection) waits and runs again later; a problem to fix (2) or
rows in doubt (3) need the user, so the entry is kept as failed with what to do.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime, timedelta

from composer.errors import UserMessage
from composer.i18n import translate
from composer.outbox.clock import format_local
from composer.outbox.schedule import MergeSchedule, ScheduledMerge

__all__ = ["run_due_merges"]

log = logging.getLogger(__name__)

_DONE, _FAILED, _NOT_SENT, _DOUBT, _DAILY, _INTERRUPTED = 0, 1, 2, 3, 75, 130


def run_due_merges(
    now: datetime, schedule: MergeSchedule | None = None, only: Iterable[str] | None = None
) -> list[tuple[ScheduledMerge, int]]:
    """Run every scheduled merge due at *now* (or the waiting ones of *only*, whatever their
    time: the app decided they are due); returns each with the merge's exit status."""
    from composer.cli import build_parser

    schedule = schedule or MergeSchedule()
    wanted = None if only is None else set(only)
    ran = []
    candidates = schedule.due(now) if wanted is None else schedule.entries()
    for due in candidates:
        if wanted is not None and due.id not in wanted:
            continue
        with schedule.claim(due.id) as mine:
            entry = schedule.get(due.id) if mine else None
            if entry is None or entry.state != "waiting":
                continue
            if wanted is None and entry.due > now:
                continue
            print(
                translate("CliOutbox", "Scheduled merge {id}: {label}").format(
                    id=entry.id, label=entry.label
                ),
                flush=True,
            )
            args = build_parser().parse_args(["merge", *entry.argv])
            # Rows due by now go; the merge reads no other clock. Started by the app (*only*),
            # it is due by the app's clock: its time has come, whatever this one says.
            args.now = now if wanted is None else max(now, entry.due)
            args.scheduled_id = entry.id  # stopped by a daily limit: this entry moves on
            status = int(args.handler(args))
            _settle(schedule, entry, status, now, getattr(args, "resume_due", None))
            ran.append((entry, status))
    return ran


def _settle(
    schedule: MergeSchedule,
    entry: ScheduledMerge,
    status: int,
    now: datetime,
    resume_due: datetime | None = None,
) -> None:
    if status == _DONE:
        schedule.remove(entry.id)
        return
    if status == _DAILY and resume_due is not None:
        # The day's share went out; the rest waits for its own time, which is no failure.
        entry.due, entry.attempts = resume_due, 0
        entry.reason = UserMessage(
            translate("CliOutbox", "The merge reached its daily limit."),
            translate(
                "CliOutbox",
                "It resumes by itself at {time}; the rows already sent are not sent again.",
            ).format(time=format_local(entry.due)),
        )
        schedule.save(entry)
        return
    entry.attempts += 1
    if status in (_FAILED, _DAILY, _INTERRUPTED):
        wait = timedelta(hours=1) if status == _DAILY else timedelta(minutes=5 * entry.attempts)
        entry.due = now + min(wait, timedelta(hours=6))
        entry.reason = UserMessage(
            translate("CliOutbox", "The merge stopped before every row was sent."),
            translate(
                "CliOutbox", "It runs again at {time}; the rows already sent are not sent again."
            ).format(time=format_local(entry.due)),
        )
    else:
        entry.state = "failed"
        command = "composer merge " + " ".join(entry.argv)
        entry.reason = UserMessage(
            translate("CliOutbox", "The scheduled merge needs you (exit status {status}).").format(
                status=status
            ),
            translate("CliOutbox", "Run it yourself to see why: {command}").format(command=command),
        )
    schedule.save(entry)
