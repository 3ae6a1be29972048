"""A merge that spreads itself over days: the daily cap, and the run that resumes it.

The cap is ``--daily-cap``, else the provider's known daily limit (the one provider table,
through :func:`composer.merge.preflight.daily_limit`). When a run stops at it, or at a
server's "daily limit" reply, the same command line is kept in the scheduled merges
(:mod:`composer.outbox.schedule`) to run again at the resume hour of the next day
(``--resume-at HH:MM``, else the setting, else 09:00), or later when the rolling 24 hours
are not free by then (:func:`composer.outbox.resume.next_resume`). ``composer outbox run``
and the running app pick it up; the ledger makes it the same merge, so nobody gets a
message twice. A run that was itself such a scheduled run is moved to its next time rather
than kept twice (:func:`composer.cli.outbox_merges.run_due_merges`).

The clock: a scheduled run started with a time of its own (``args.now``, tests and the
schedule's runner) sends, records and counts on that clock.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from composer.i18n import translate

if TYPE_CHECKING:
    from composer.merge import MergePlan, RunResult

__all__ = ["daily_cap", "option", "schedule_resumption", "wall"]


def option() -> tuple[str, str, dict[str, Any]]:
    """``--resume-at HH:MM`` for the merge command."""
    return (
        "--resume-at",
        translate(
            "CliMerge",
            "when a daily limit stops the merge, resume it by itself the next day at this "
            "time (default: the setting, 09:00)",
        ),
        {"metavar": "HH:MM", "type": _hour},
    )


def _hour(text: str) -> str:
    from composer.outbox.resume import parse_hour

    try:
        parse_hour(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text.strip()


def daily_cap(args: argparse.Namespace, target: Any) -> int | None:
    """``--daily-cap``, else the provider's known limit for the profile (None: no cap)."""
    if args.daily_cap is not None:
        return int(args.daily_cap)
    if args.server or target.account is None:
        return None
    from composer.merge.preflight import daily_limit

    host = getattr(target.server, "host", "")
    return daily_limit(host, target.account.profile.provider or "")


def wall(args: argparse.Namespace) -> Callable[[], float]:
    """Epoch seconds for this run: the computer's, or moved to ``args.now`` (a scheduled run
    started with a clock of its own)."""
    now = getattr(args, "now", None)
    if not isinstance(now, datetime):
        return time.time
    offset = now.timestamp() - time.time()
    return lambda: time.time() + offset


def _resume_at(args: argparse.Namespace) -> str:
    if getattr(args, "resume_at", None):
        return str(args.resume_at)
    from composer.storage import appsettings

    return appsettings.load().merge_resume_at


def schedule_resumption(
    args: argparse.Namespace, argv: list[str], plan: MergePlan, result: RunResult, cap: int | None
) -> str:
    """Keep the merge (*argv*: its command line to run later) to run again after its daily
    limit; returns the words for it.

    Raises:
        OSError: the schedule could not be written (the words then say to run it again).
    """
    from composer.outbox.resume import parse_hour, plan_resumption
    from composer.outbox.schedule import MergeSchedule

    now = datetime.fromtimestamp(wall(args)(), UTC)
    at = parse_hour(_resume_at(args))
    when, words = plan_resumption(plan, now, at, cap, result.progress.sent)
    if getattr(args, "scheduled_id", None):
        args.resume_due = when  # the scheduled entry that ran moves to this time
        return words
    label = f"{Path(args.data).name} + {Path(args.template).name}"
    entry = MergeSchedule().add(argv, when, label, now)
    return (
        words
        + "\n"
        + translate(
            "CliMerge",
            "Scheduled as {id}; it runs from `composer outbox run` (a timer, or Composer while "
            "it runs). `composer outbox cancel {id}` takes it back.",
        ).format(id=entry.id)
    )
