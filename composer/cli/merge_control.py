"""``composer merge``: running a send, stopping it on a signal, and the decisions around it.

* Signals: the first Ctrl+C (SIGINT) or SIGTERM stops the merge after the messages in
  flight; if those do not finish within a few seconds (a server that stopped answering),
  or on a second signal, the connections are cut. Before sending starts, a signal ends
  the command at once: nothing was sent. No state of a run ignores them.
* Rows in doubt (sent whole, confirmation lost): the command explains that they were most
  likely delivered and, in a terminal, asks, with "record them as delivered" as the
  answer of a plain Enter. Resending them takes ``--resend-unknown``.
* ``--repair-ledger``: rebuild a damaged record from its journal.
"""

from __future__ import annotations

import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TYPE_CHECKING, Any

from composer.errors import Cancelled
from composer.i18n import plural, translate

if TYPE_CHECKING:
    import argparse

    from composer.merge import MergeEngine, MergePlan, RunResult, ValidationReport

__all__ = [
    "Interrupted",
    "ask_about_doubt",
    "decide_doubt",
    "doubt_advice",
    "interruptible",
    "repair",
    "run_engine",
]

# The exit statuses of `composer merge` (README, and the command's docstring).
EXIT_OK, EXIT_FAILED, EXIT_NOT_SENT, EXIT_UNKNOWN, EXIT_DAILY, EXIT_INTERRUPTED = (
    0,
    1,
    2,
    3,
    75,
    130,
)

# How long a stop waits for the messages in flight before it cuts the connections.
GRACE_SECONDS = 10.0
# How long after cutting them the command waits for the run to wind down.
ABORT_SECONDS = 3.0


class Interrupted(Cancelled):
    """SIGINT or SIGTERM before sending started."""


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


@contextmanager
def interruptible() -> Iterator[None]:
    """SIGTERM behaves as Ctrl+C (raises :class:`Interrupted`) while nothing is being sent."""

    def on_signal(_sig: int, _frame: FrameType | None) -> None:
        raise Interrupted

    previous = signal.signal(signal.SIGTERM, on_signal)
    try:
        yield
    except KeyboardInterrupt:
        raise Interrupted from None
    finally:
        signal.signal(signal.SIGTERM, previous)


def run_engine(engine: MergeEngine, on_tick: Callable[[], None]) -> RunResult:
    """Run *engine* on a thread; stop it on SIGINT/SIGTERM; returns how it ended."""
    outcome: list[RunResult] = []
    errors: list[BaseException] = []
    finished = threading.Event()

    def target() -> None:
        try:
            outcome.append(engine.run())
        except BaseException as exc:  # handed to the main thread
            errors.append(exc)
        finally:
            finished.set()

    stops: list[float] = []  # when each stop signal came

    def on_signal(_sig: int, _frame: FrameType | None) -> None:
        stops.append(time.monotonic())

    worker = threading.Thread(target=target, name="merge-run", daemon=True)
    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    worker.start()
    try:
        _wait(finished, engine, stops, on_tick)
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
    if errors:
        raise errors[0]
    if outcome:
        return outcome[0]
    return _abandoned(engine)


def _wait(
    finished: threading.Event,
    engine: MergeEngine,
    stops: list[float],
    on_tick: Callable[[], None],
) -> None:
    # An event wait, not Thread.join(): a join interrupted by a signal can wrongly report
    # the thread as finished on Python 3.11. Signals only note the time (no exception
    # can land in the middle of this loop); the loop acts on them.
    seen = 0
    cut_at: float | None = None
    while not finished.wait(0.2):
        on_tick()
        now = time.monotonic()
        if len(stops) > seen:
            if seen == 0:
                _say(
                    "\n"
                    + translate(
                        "CliMerge",
                        "Stopping after the messages in flight (press Ctrl+C again to stop "
                        "at once)...",
                    )
                )
                engine.cancel()
            seen = len(stops)
        if cut_at is None and stops and (len(stops) > 1 or now - stops[0] > GRACE_SECONDS):
            engine.abort()
            cut_at = now
        if cut_at is not None and now - cut_at > ABORT_SECONDS:
            return  # a thread stuck in connect(): the ledger is safe to leave as it is


def _abandoned(engine: MergeEngine) -> RunResult:
    from dataclasses import replace

    from composer.merge import RunResult

    return RunResult.cancelled(replace(engine.progress))


# -- rows in doubt ---------------------------------------------------------------------------


def doubt_explanation(count: int) -> str:
    return plural(
        count,
        translate(
            "CliMerge",
            "{count} message is in doubt: it went out whole, but the server's "
            "confirmation never came (the connection was lost or a run was stopped at "
            "that moment), so it was most likely delivered. It is not sent again on its "
            "own.",
        ),
        translate(
            "CliMerge",
            "{count} messages are in doubt: each went out whole, but the server's confirmation "
            "never came (the connection was lost or a run was stopped at that moment), so they "
            "were most likely delivered. They are not sent again on their own.",
        ),
    ).format(count=count)


def doubt_advice(count: int) -> str:
    """What to do about rows in doubt, the safe choice first."""
    return (
        doubt_explanation(count)
        + " "
        + plural(
            count,
            translate(
                "CliMerge",
                "To record it as delivered (recommended), run the same command with "
                "--mark-unknown-sent. Only if you know it did not arrive, use "
                "--resend-unknown: its recipients may get the message twice.",
            ),
            translate(
                "CliMerge",
                "To record them as delivered (recommended), run the same command with "
                "--mark-unknown-sent. Only if you know they did not arrive, use --resend-unknown: "
                "their recipients may get the message twice.",
            ),
        )
    )


def ask_about_doubt(count: int, ask: Callable[[str], str] = input) -> str:
    """Ask in a terminal; returns ``"delivered"`` (the default), ``"resend"`` or ``"leave"``."""
    _say(doubt_explanation(count))
    question = plural(
        count,
        translate(
            "CliMerge",
            "[D]elivered: record it as sent (recommended); [r]esend it (its "
            "recipients will probably get two copies); [l]eave it undecided. Your "
            "choice [D/r/l]: ",
        ),
        translate(
            "CliMerge",
            "[D]elivered: record them as sent (recommended); [r]esend them (their recipients "
            "will probably get two copies); [l]eave them undecided. Your choice [D/r/l]: ",
        ),
    )
    while True:
        answer = ask(question).strip().lower()
        if answer in ("", "d", "delivered"):
            return "delivered"
        if answer in ("r", "resend"):
            return "resend"
        if answer in ("l", "leave"):
            return "leave"


def decide_doubt(
    args: argparse.Namespace, plan: MergePlan, report: ValidationReport, account: Any = None
) -> bool:
    """Settle the rows in doubt as the user says (or asks); True to resend them.

    With the *account* of a provider that files sent mail itself, the rows whose message
    its Sent folder holds are recorded as delivered first: only the others are asked about.
    """
    from composer.merge.record.doubt import confirm_delivered

    count = report.counts["unknown"]
    if count and account is not None:
        from composer.cli.doubtlookup import settle_from_sent

        found = settle_from_sent(plan, account)
        if found:
            _settle_report(report, found, plan)
        count = report.counts["unknown"]
    if not count or args.resend_unknown:
        return bool(args.resend_unknown)
    choice = "leave"
    if args.mark_unknown_sent:
        choice = "delivered"
    elif not args.dry_run and not args.yes and sys.stdin.isatty():
        choice = ask_about_doubt(count)
    if choice == "delivered":
        n = confirm_delivered(plan.ledger, plan.merge_id)
        _say(
            plural(
                n,
                translate(
                    "CliMerge",
                    "Recorded {count} message in doubt as delivered.",
                ),
                translate("CliMerge", "Recorded {count} messages in doubt as delivered."),
            ).format(count=n)
        )
        _settle_report(report, n)
    return choice == "resend"


def _settle_report(report: ValidationReport, confirmed: int, plan: MergePlan | None = None) -> None:
    import dataclasses

    still: set[str] | None = None
    if plan is not None:  # only some were settled: the ledger says which are left
        from composer.merge.record.doubt import rows_in_doubt

        still = {r.row_key for r in rows_in_doubt(plan.ledger, plan.merge_id)}
    report.counts["unknown"] -= confirmed
    report.counts["sent"] += confirmed
    report.rows = [
        dataclasses.replace(r, status="sent")
        if r.status == "unknown" and (still is None or r.row_key not in still)
        else r
        for r in report.rows
    ]


# -- repair ------------------------------------------------------------------------------------


def repair() -> int:
    """``composer merge --repair-ledger``; returns the exit status."""
    from composer.merge.record.ledgerfile import LedgerError
    from composer.merge.record.repair import repair_ledger

    try:
        report = repair_ledger()
    except LedgerError as exc:
        _say(str(exc))
        return 2
    merges = plural(
        report.merges,
        translate("CliMerge", "{count} merge"),
        translate("CliMerge", "{count} merges"),
    )
    sent = plural(
        report.sent,
        translate("CliMerge", "{count} message sent"),
        translate("CliMerge", "{count} messages sent"),
    )
    text = translate(
        "CliMerge",
        "Rebuilt the record of sent mail from its journal: {merges}, {sent}, {doubt} in doubt. "
        "Nothing was sent. Run your merges again: they go on where they stopped.",
    ).format(
        merges=merges.format(count=report.merges),
        sent=sent.format(count=report.sent),
        doubt=report.in_doubt,
    )
    if report.kept_as is not None:
        text += " " + translate("CliMerge", "The damaged file is kept as {path}.").format(
            path=report.kept_as
        )
    print(text, flush=True)
    return 0
