"""``composer merge ... --at TIME`` and ``--send-at-column COL``: merges that run later.

``--at`` checks nothing and sends nothing now: it keeps the command line in the outbox's
schedule (:mod:`composer.outbox.schedule`) for ``composer outbox run`` (a timer, or the
running app) to run once the time has come. ``--send-at-column`` reads each row's own send
time from that column: the rows due now go at once, the others stay pending, and a run is
scheduled for each time still to come. Both need the password in the keyring (a timer has no
terminal to ask at); ``--yes`` is implied for the later runs.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import Any

from composer.cli import merge_resume
from composer.cli.options import add_options
from composer.cli.output import fail
from composer.errors import UserMessage
from composer.i18n import translate

__all__ = ["command_line", "register", "schedule_if_asked"]

EXIT_OK, EXIT_FAILED, EXIT_NOT_SENT = 0, 1, 2
_parser: list[argparse.ArgumentParser] = []
#: At most this many later runs for one merge's row times (one per distinct time).
MAX_RUNS = 500


def register(parser: argparse.ArgumentParser) -> None:
    """Add ``--at`` and ``--send-at-column`` to the merge command's *parser*."""
    _parser[:] = [parser]
    add_options(
        parser,
        [
            (
                "--at",
                translate("CliMerge", "start the merge then (local time) instead of now"),
                {"metavar": '"YYYY-MM-DD HH:MM"'},
            ),
            (
                "--send-at-column",
                translate("CliMerge", "a column with each row's own send time (empty: now)"),
                {"metavar": "COLUMN"},
            ),
            merge_resume.option(),
        ],
    )


def command_line(args: argparse.Namespace) -> list[str]:
    """*args* as a merge command line to run later: paths absolute, ``--at`` left out,
    ``--yes`` added."""
    (parser,) = _parser
    positional: list[str] = []
    options: list[str] = []
    for action in parser._actions:
        if action.dest in ("help", "at", "yes") or not hasattr(args, action.dest):
            continue
        value = getattr(args, action.dest)
        if value == action.default or value is None:
            continue
        if not action.option_strings:
            positional.append(_text(value))
            continue
        flag = action.option_strings[-1]
        if isinstance(action, argparse._StoreTrueAction):
            options.append(flag)
        elif isinstance(action, argparse._AppendAction):
            for item in value:
                options += [flag, _text(item)]
        else:
            options += [flag, _text(value)]
    return [*positional, *options, "--yes"]


def _text(value: Any) -> str:
    return str(Path(value).absolute()) if isinstance(value, Path) else str(value)


def schedule_if_asked(args: argparse.Namespace, delimiter: str | None) -> int | None:
    """Keep the merge for later (``--at``: returns the exit status), or schedule the later
    runs of rows with a time of their own (``--send-at-column``: returns None, the merge
    runs now for the rest)."""
    from composer.outbox.clock import TimeFormatError, format_local, parse_local

    at = getattr(args, "at", None)
    column = getattr(args, "send_at_column", None)
    if at is None and column is None:
        return None
    now = _now(args)
    if at is not None:
        try:
            due = parse_local(at, now)
        except TimeFormatError as exc:
            return fail("merge", UserMessage(str(exc)), EXIT_NOT_SENT)
        if due <= now:
            words = UserMessage(
                translate("CliMerge", "{time} is in the past.").format(time=format_local(due)),
                translate("CliMerge", "Give a later time, or leave out --at to start now."),
            )
            return fail("merge", words, EXIT_NOT_SENT)
        return _keep(args, [due], now, announce=True)
    times = _row_times(args, now, delimiter)
    if isinstance(times, int):
        return times
    if times:
        status = _keep(args, times, now, announce=False)
        if status != EXIT_OK:
            return status
    return None


def _row_times(
    args: argparse.Namespace, now: datetime, delimiter: str | None
) -> list[datetime] | int:
    """The distinct row times still to come; an exit status when a cell is no time."""
    from composer.merge.data.csvsource import CsvSource
    from composer.merge.sendtime import row_send_time

    source = CsvSource(args.data, encoding=args.encoding, delimiter=delimiter)
    column = args.send_at_column
    if column not in source.columns:
        words = UserMessage(
            translate("CliMerge", "The data file has no column “{column}”.").format(column=column),
            translate("CliMerge", "Its columns: {columns}.").format(
                columns=", ".join(source.columns)
            ),
        )
        return fail("merge", words, EXIT_NOT_SENT)
    later: set[datetime] = set()
    for row in source.rows():
        try:
            when = row_send_time(row.values.get(column, ""))
        except ValueError as exc:
            words = UserMessage(
                translate("CliMerge", "Row {row} (line {line}): {problem}.").format(
                    row=row.number, line=row.line, problem=exc
                ),
                translate("CliMerge", "Correct the send time in the data file, or empty it."),
            )
            return fail("merge", words, EXIT_NOT_SENT)
        if when is not None and when > now:
            later.add(when)
    if len(later) > MAX_RUNS:
        words = UserMessage(
            translate("CliMerge", "The rows name {count} different send times.").format(
                count=len(later)
            ),
            translate("CliMerge", "Use at most {limit}, e.g. round them to the hour.").format(
                limit=MAX_RUNS
            ),
        )
        return fail("merge", words, EXIT_NOT_SENT)
    return sorted(later)


def _keep(args: argparse.Namespace, times: list[datetime], now: datetime, announce: bool) -> int:
    from composer.outbox.clock import format_local
    from composer.outbox.schedule import MergeSchedule

    argv = command_line(args)
    label = f"{Path(args.data).name} + {Path(args.template).name}"
    try:
        schedule = MergeSchedule()
        entries = [schedule.add(argv, when, label, now) for when in times]
    except OSError as exc:
        from composer.errors.describe import describe

        return fail("merge", describe(exc), EXIT_FAILED)
    if announce:
        print(
            translate("CliMerge", "Scheduled as {id}: the merge starts at {time}.").format(
                id=entries[0].id, time=format_local(entries[0].due)
            )
        )
        print(
            translate(
                "CliMerge",
                "It runs from `composer outbox run` (a timer, or Composer while it runs); "
                "`composer outbox cancel {id}` takes it back.",
            ).format(id=entries[0].id)
        )
    else:
        print(
            translate(
                "CliMerge", "Rows with a later send time wait; runs are scheduled from {first}."
            ).format(first=format_local(times[0]))
        )
    return EXIT_OK


def send_at(args: argparse.Namespace) -> tuple[str, datetime] | None:
    """The engine's setting for rows with a time of their own (None without the column)."""
    column = getattr(args, "send_at_column", None)
    if not column:
        return None
    return column, _now(args)


def _now(args: argparse.Namespace) -> datetime:
    """The time the merge runs at: the scheduled run's clock (set by
    :func:`composer.cli.outbox_merges.run_due_merges`), else the computer's."""
    now = getattr(args, "now", None)
    if isinstance(now, datetime):
        return now
    from composer.outbox.clock import SystemClock

    return SystemClock().now()
