"""What ``composer merge`` shows while it sends, and the summary after.

The progress bar is one line on a terminal (silent elsewhere); the summary gives the counts
of this run and of the merge so far, writes the failed rows beside the data file and says
what to do about rows in doubt. The exit status says how the run ended.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from composer.cli.merge_control import (
    EXIT_DAILY,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_UNKNOWN,
)
from composer.i18n import plural, translate
from composer.merge.sending.progress import duration_text

if TYPE_CHECKING:
    import argparse

    from composer.errors.describe import ServerInfo
    from composer.merge import MergePlan, Progress, RowEvent, RunResult

__all__ = ["Bar", "send", "summary"]


def _say(text: str, stream: TextIO | None = None) -> None:
    print(text, file=stream or sys.stderr, flush=True)


class Bar:
    """A one-line progress bar on a terminal; silent elsewhere."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self.last = 0.0

    def draw(self, p: Progress, force: bool = False) -> None:
        if not self.tty:
            return
        now = time.monotonic()
        if not force and now - self.last < 0.2:
            return
        self.last = now
        width = 28
        done = p.processed
        filled = int(width * done / p.total) if p.total else width
        state = " [" + translate("CliMerge", "paused") + "]" if p.state == "paused" else ""
        counts = translate("CliMerge", "sent {sent} failed {failed} left {left}").format(
            sent=p.sent, failed=p.failed, left=p.remaining
        )
        self.stream.write(
            f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{p.total} {counts} "
            f"{p.rate_per_minute:.0f}/min {duration_text(p.seconds_left, '--:--')}{state}\033[K"
        )
        self.stream.flush()

    def end(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()


def send(
    plan: MergePlan,
    factory: Callable[[], Any],
    settings: Any,
    server: ServerInfo | str,
    args: argparse.Namespace | None = None,
) -> RunResult:
    from composer.cli.merge_control import run_engine
    from composer.cli.merge_resume import wall
    from composer.merge import MergeEngine

    clock = wall(args) if args is not None else time.time
    # The ledger's times and the daily cap's count follow the run's clock (a scheduled run
    # started with one of its own: the next day, in tests).
    plan.ledger._time = clock

    bar = Bar(sys.stderr)
    engine_box: list[MergeEngine] = []

    def on_event(event: RowEvent) -> None:
        if engine_box:
            bar.draw(engine_box[0].progress, force=event.kind in ("paused", "stopped"))

    engine = MergeEngine(plan, factory, settings, on_event=on_event, host=server, wall=clock)
    engine_box.append(engine)
    try:
        return run_engine(engine, lambda: bar.draw(engine.progress))
    finally:
        bar.draw(engine.progress, force=True)
        bar.end()


def summary(
    plan: MergePlan,
    result: RunResult,
    failed_csv: Path | None,
    out: TextIO,
    resume: tuple[argparse.Namespace, int | None] | None = None,
) -> int:
    """Print how the run went; returns the exit status. With *resume* (the command's
    arguments and daily cap), a run stopped by a daily limit schedules its own next run."""
    p = result.progress
    ledger = plan.ledger
    counts = ledger.counts(plan.merge_id, plan.scan)
    elapsed = max(time.monotonic() - p.started, 1e-9)
    _say(
        translate(
            "CliMerge",
            "Sent {sent}, failed {failed}, skipped {skipped}, in doubt {in_flight} "
            "in {duration} ({rate}/min). "
            "In all: {total_sent} sent, {not_yet} not yet, {unknown} in doubt.",
        ).format(
            sent=p.sent,
            failed=p.failed,
            skipped=p.skipped,
            in_flight=p.in_flight,
            duration=duration_text(elapsed),
            rate=f"{p.sent / elapsed * 60:.0f}",
            total_sent=counts["sent"],
            not_yet=counts["pending"] + counts["failed"],
            unknown=counts["unknown"],
        ),
        out,
    )
    if result.outcome == "daily_limit" and resume is not None:
        _say(_resumption(plan, result, resume), out)
    elif result.message:
        _say(result.message, out)
    if counts["failed"]:
        path = failed_csv or plan.source.path.with_name(plan.source.path.stem + ".failed.csv")
        from composer.merge.export import export_plan_failures

        try:
            n = export_plan_failures(plan, path)
        except OSError as exc:
            _say(
                translate(
                    "CliMerge",
                    "The failed rows could not be saved to {path} ({reason}); run the merge "
                    "again with --failed-csv to choose another place.",
                ).format(path=path, reason=exc.strerror or exc),
                out,
            )
        else:
            _say(
                plural(
                    n,
                    translate(
                        "CliMerge",
                        "{count} failed row, with the reason, is in {path}.",
                    ),
                    translate("CliMerge", "{count} failed rows, with the reason, are in {path}."),
                ).format(count=n, path=path),
                out,
            )
    if counts["unknown"]:
        from composer.cli.merge_control import doubt_advice

        _say(doubt_advice(counts["unknown"]), out)
    if result.outcome == "cancelled":
        return EXIT_INTERRUPTED
    if result.outcome == "daily_limit":
        return EXIT_DAILY
    if result.outcome == "stopped" or p.failed:
        return EXIT_FAILED
    if counts["unknown"]:
        return EXIT_UNKNOWN
    return EXIT_OK


def _resumption(
    plan: MergePlan, result: RunResult, resume: tuple[argparse.Namespace, int | None]
) -> str:
    from composer.cli.merge_resume import schedule_resumption
    from composer.cli.merge_schedule import command_line

    args, cap = resume
    try:
        return schedule_resumption(args, command_line(args), plan, result, cap)
    except OSError as exc:
        return translate(
            "CliMerge",
            "The merge stopped at the daily limit, and its next run could not be scheduled "
            "({reason}): run the same command again tomorrow; it continues where it stopped.",
        ).format(reason=exc.strerror or exc)
