"""``composer merge``: send one message to every row of a CSV file, with a ledger.

Running the same command again resumes: rows the server already accepted are never sent
twice, and a row that was in flight when a run was killed is reported, not resent, until
the user decides (``--resend-unknown`` or ``--mark-unknown-sent``).

Exit status: 0 every row handled (sent, skipped or suppressed); 1 a row failed or the run
stopped on an error; 2 nothing sent because of a problem to fix first; 3 rows in flight
when an earlier run stopped need a decision; 75 paused by a daily limit; 130 interrupted.
"""

from __future__ import annotations

import argparse
import getpass
import signal
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from composer.merge import MergePlan, Progress, RowEvent, RunResult, ValidationReport

_DESCRIPTION = """\
Merge TEMPLATE.eml (a saved message with {{ column }} placeholders in To, Cc, Bcc, Subject
and the bodies) with every row of DATA.csv and send one message per row through a sending
profile. Every row is checked first; nothing is sent while rows have problems, unless you
skip them. A ledger records each row as the server accepts it, so running the same command
again after a crash, a kill or Ctrl+C sends only what is left: nobody gets it twice."""

EXIT_OK, EXIT_FAILED, EXIT_NOT_SENT, EXIT_UNKNOWN, EXIT_DAILY, EXIT_INTERRUPTED = (
    0,
    1,
    2,
    3,
    75,
    130,
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``merge`` subcommand."""
    p = subparsers.add_parser(
        "merge",
        help="send a templated message to every row of a CSV file (mail merge)",
        description=_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("data", metavar="DATA.csv", type=Path, help="the data file, one row per message")
    p.add_argument("template", metavar="TEMPLATE.eml", type=Path, help="the message to merge")
    p.add_argument("--profile", metavar="NAME", help="sending profile (default: the active one)")
    p.add_argument(
        "--server",
        metavar="HOST:PORT",
        help="send through this SMTP server without login instead of a profile "
        "(e.g. 127.0.0.1:1025 for `composer devserver`)",
    )
    p.add_argument(
        "--from", dest="from_email", metavar="ADDR", help="sender, if the template has none"
    )
    p.add_argument(
        "--dry-run", action="store_true", help="render and check every row, send nothing"
    )
    p.add_argument("--limit", type=_positive, metavar="N", help="send at most N rows in this run")
    p.add_argument(
        "--rate", type=_positive_float, metavar="N", help="at most N messages per minute"
    )
    p.add_argument(
        "--daily-cap", type=_positive, metavar="N", help="at most N messages per 24 hours"
    )
    p.add_argument(
        "--connections",
        type=_positive,
        default=6,
        metavar="N",
        help="parallel connections (default: %(default)s; 1 keeps the file's order)",
    )
    p.add_argument("--encoding", metavar="ENC", help="the CSV file's encoding (default: detect)")
    p.add_argument("--delimiter", metavar="CHAR", help="the CSV delimiter (default: detect)")
    p.add_argument(
        "--attachments-column",
        metavar="COL",
        help="column naming per-row files, ';' between several (default: a column "
        "named attachment(s) or file(s))",
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="PLACEHOLDER=COLUMN",
        help="fill {{ PLACEHOLDER }} from COLUMN when the names differ (repeatable)",
    )
    p.add_argument(
        "--skip-problems", action="store_true", help="skip rows with problems and send the rest"
    )
    p.add_argument(
        "--allow-duplicates",
        action="store_true",
        help="send rows whose recipients repeat an earlier row",
    )
    p.add_argument(
        "--allow-shared-copies",
        action="store_true",
        help="accept a fixed Cc/Bcc that every row copies",
    )
    p.add_argument("--unsubscribe", metavar="MAILTO", help="add List-Unsubscribe: <mailto:MAILTO>")
    p.add_argument(
        "--resend-unknown",
        action="store_true",
        help="resend rows that were in flight when an earlier run stopped",
    )
    p.add_argument(
        "--mark-unknown-sent",
        action="store_true",
        help="record rows that were in flight when an earlier run stopped as delivered",
    )
    p.add_argument("--failed-csv", metavar="PATH", type=Path, help="where to write failed rows")
    p.add_argument("-y", "--yes", action="store_true", help="send without asking for confirmation")
    p.set_defaults(handler=_run)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {text!r}")
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"not a positive number: {text!r}")
    return value


def _say(text: str, stream: TextIO | None = None) -> None:
    print(text, file=stream or sys.stderr, flush=True)


# -- the one coupling to sending profiles ------------------------------------------------------


def connection_source(
    profile_name: str | None, server: str | None
) -> tuple[Callable[[], Any], str, str, bool]:
    """(connection factory, the profile's From, a label for the server, delivers?).

    Raises:
        SystemExit-worthy ValueError with a user message when the profile cannot be used.
    """
    from composer.mail import get_connection

    if server:
        host, _, port = server.rpartition(":")
        if not host or not port.isdigit():
            raise ValueError(f"“{server}” is not HOST:PORT. Write it like 127.0.0.1:1025.")
        return (
            lambda: get_connection(
                "composer.mail.backends.smtp.EmailBackend", host=host, port=int(port), timeout=30
            ),
            "",
            server,
            True,
        )
    from composer.credentials import CredentialError, Credentials
    from composer.profiles import PasswordNeeded, ProfileError, connection_for
    from composer.profilestore import ProfileFileError, ProfileStore

    try:
        book = ProfileStore().read()
        profile = book.get(profile_name) if profile_name else book.active
    except (ProfileError, KeyError):
        raise ValueError(
            f"There is no sending profile named “{profile_name}”. "
            "Check the name in Preferences, or leave out --profile to use the active one."
        ) from None
    except ProfileFileError as exc:
        raise ValueError(str(exc)) from None
    if profile is None:
        raise ValueError("There is no active sending profile. Create one in Preferences first.")
    credentials = Credentials()
    try:
        connection_for(profile, credentials)
    except PasswordNeeded:
        if not sys.stdin.isatty():
            raise ValueError(
                f"The profile “{profile.name}” needs its password and none is stored. "
                "Store it in Preferences, or run the command in a terminal to type it."
            ) from None
        assert profile.account is not None
        credentials.session.remember(
            profile.account, getpass.getpass(f"Password for {profile.smtp.username}: ")
        )
    except CredentialError as exc:
        raise ValueError(str(exc)) from None
    return (
        lambda: connection_for(profile, credentials),
        profile.identity.from_header(),
        profile.summary(),
        profile.delivers,
    )


# -- output ------------------------------------------------------------------------------


def _print_report(report: ValidationReport, stream: TextIO, limit: int = 20) -> None:
    c = report.counts
    _say(
        f"{report.total} rows: {c['ready']} ready, {c['problem']} with problems, "
        f"{c['suppressed']} suppressed, {c['sent']} already sent, "
        f"{c['unknown']} in flight in an earlier run.",
        stream,
    )
    shown = [r for r in report.rows if r.status in ("problem", "unknown")][:limit]
    for row in shown:
        what = "; ".join(row.problems) if row.problems else "in flight when a run stopped"
        _say(f"  row {row.row_number} (line {row.line}) {row.recipients or '-'}: {what}", stream)
    more = c["problem"] + c["unknown"] - len(shown)
    if more > 0:
        _say(f"  ... and {more} more.", stream)
    for problem in report.template_problems + report.shared_copies:
        _say(problem, stream)


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "--:--"
    seconds = int(seconds)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


class _Bar:
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
        state = f" [{p.state}]" if p.state == "paused" else ""
        self.stream.write(
            f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{p.total} "
            f"sent {p.sent} failed {p.failed} left {p.remaining} "
            f"{p.rate_per_minute:.0f}/min {_duration(p.seconds_left)}{state}\033[K"
        )
        self.stream.flush()

    def end(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()


# -- the command -------------------------------------------------------------------------------


def _run(args: argparse.Namespace) -> int:
    from composer.merge import (
        CsvError,
        CsvSource,
        EngineSettings,
        LedgerBusy,
        MergeLedger,
        MergeNotReady,
        MergeOptions,
        MergePlan,
        MergeTemplate,
        TemplateSyntaxProblem,
    )

    out = sys.stdout
    try:
        source = CsvSource(args.data, encoding=args.encoding, delimiter=_delimiter(args.delimiter))
        template = MergeTemplate.from_eml(args.template)
    except (CsvError, TemplateSyntaxProblem) as exc:
        _say(str(exc))
        return EXIT_NOT_SENT
    factory: Callable[[], Any] | None = None
    profile_from, server_label, delivers = "", "(dry run)", True
    if not args.dry_run:
        try:
            factory, profile_from, server_label, delivers = connection_source(
                args.profile, args.server
            )
        except ValueError as exc:
            _say(str(exc))
            return EXIT_NOT_SENT
    column_map: dict[str, str] = {}
    for item in args.map:
        placeholder, sep, column = item.partition("=")
        if not sep or not placeholder.strip() or column.strip() not in source.columns:
            _say(
                f"“{item}” does not map a placeholder to a column of {source.path.name}. "
                f"Write --map PLACEHOLDER=COLUMN with one of: {', '.join(source.columns)}."
            )
            return EXIT_NOT_SENT
        column_map[placeholder.strip()] = column.strip()
    options = MergeOptions(
        column_map=column_map,
        from_email=args.from_email or profile_from,
        attachment_column=args.attachments_column if args.attachments_column else "",
        allow_duplicates=args.allow_duplicates,
        allow_shared_copies=args.allow_shared_copies,
        skip_problems=args.skip_problems,
        unsubscribe_mailto=args.unsubscribe or "",
    )
    with MergeLedger() as ledger:
        try:
            plan = MergePlan(source, template, ledger, options)
        except TemplateSyntaxProblem as exc:
            _say(str(exc))
            return EXIT_NOT_SENT
        _say(
            f"Checking {source.path.name} ({source.encoding}, "
            f"delimiter {_show_delimiter(source.delimiter)}, {len(source.columns)} columns)..."
        )
        try:
            report = plan.validate()
        except CsvError as exc:
            _say(str(exc))
            return EXIT_NOT_SENT
        if args.mark_unknown_sent:
            n = ledger.mark_unknown_sent(plan.merge_id)
            _say(f"Recorded {n} in-flight rows as delivered.")
            report = plan.validate()
        _print_report(report, out)
        if args.dry_run:
            return _dry_run(plan, report)
        if report.blocked:
            return EXIT_NOT_SENT
        if report.shared_copies and not args.allow_shared_copies:
            _say("Nothing was sent. Pass --allow-shared-copies if every row should copy them.")
            return EXIT_NOT_SENT
        if report.counts["problem"] and not args.skip_problems:
            _say(
                f"Nothing was sent: {report.counts['problem']} rows have problems. "
                "Fix them in the data file, or pass --skip-problems to send the other rows."
            )
            return EXIT_NOT_SENT
        todo = report.counts["ready"] + (report.counts["unknown"] if args.resend_unknown else 0)
        if args.limit is not None:
            todo = min(todo, args.limit)
        if todo and not args.yes:
            if not sys.stdin.isatty():
                _say(f"{todo} messages would be sent. Pass --yes to send without asking.")
                return EXIT_NOT_SENT
            note = "" if delivers else " (a preview profile: nothing is delivered)"
            answer = input(f"Send {todo} messages through {server_label}{note}? [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                _say("Nothing was sent.")
                return EXIT_NOT_SENT
        assert factory is not None
        settings = EngineSettings(
            connections=args.connections,
            rate_per_minute=args.rate,
            daily_cap=args.daily_cap,
            limit=args.limit,
            resend_unknown=args.resend_unknown,
            stop_on_daily_limit=True,
        )
        try:
            result = _send(plan, factory, settings, server_label)
        except (MergeNotReady, LedgerBusy) as exc:
            _say(str(exc))
            return EXIT_NOT_SENT
        return _summary(plan, result, args.failed_csv, out)


def _delimiter(text: str | None) -> str | None:
    if text is None:
        return None
    return {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";", "pipe": "|"}.get(
        text.lower(), text
    )


def _show_delimiter(d: str) -> str:
    return {"\t": "tab", ",": "comma", ";": "semicolon", "|": "pipe"}.get(d, repr(d))


def _dry_run(plan: MergePlan, report: ValidationReport) -> int:
    """Build every ready row's message as it would be sent; send nothing."""
    built = 0
    failures = 0
    largest = 0
    for row, rendered, error in plan.rendered_rows():
        if rendered is None or error is not None:
            continue
        status, _problems = plan.check_row(row, rendered, None, 0)
        if status != "ready":
            continue
        try:
            msg = rendered.to_email(plan.from_email or "dry-run@localhost", message_id="<dry@run>")
            largest = max(largest, len(msg.message().as_bytes()))
            built += 1
        except (OSError, ValueError) as exc:
            failures += 1
            _say(f"  row {row.number}: cannot build the message: {exc}")
    _say(
        f"Dry run: {built} messages rendered and built (largest {largest / 1024:.0f} KiB), "
        "nothing sent."
    )
    return EXIT_FAILED if failures or report.counts["problem"] or report.blocked else EXIT_OK


def _send(
    plan: MergePlan, factory: Callable[[], Any], settings: Any, server_label: str
) -> RunResult:
    from composer.merge import MergeEngine

    bar = _Bar(sys.stderr)
    engine_box: list[MergeEngine] = []

    def on_event(event: RowEvent) -> None:
        if engine_box:
            bar.draw(engine_box[0].progress, force=event.kind in ("paused", "stopped"))

    engine = MergeEngine(plan, factory, settings, on_event=on_event, host=server_label)
    engine_box.append(engine)
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

    # Wait on an event, not Thread.join(): a join interrupted by Ctrl+C can wrongly report
    # the thread as finished on Python 3.11.
    worker = threading.Thread(target=target, name="merge-run", daemon=True)
    previous = signal.signal(signal.SIGTERM, lambda _sig, _frame: engine.cancel())
    worker.start()
    try:
        _wait(finished, engine)
    finally:
        signal.signal(signal.SIGTERM, previous)
    bar.draw(engine.progress, force=True)
    bar.end()
    if errors:
        raise errors[0]
    return outcome[0]


def _wait(finished: threading.Event, engine: Any) -> None:
    while not finished.is_set():
        try:
            finished.wait(0.5)
        except KeyboardInterrupt:
            _say("\nStopping after the messages in flight...")
            engine.cancel()


def _summary(plan: MergePlan, result: RunResult, failed_csv: Path | None, out: TextIO) -> int:
    p = result.progress
    ledger = plan.ledger
    counts = ledger.counts(plan.merge_id, plan.scan)
    elapsed = max(time.monotonic() - p.started, 1e-9)
    _say(
        f"Sent {p.sent}, failed {p.failed}, skipped {p.skipped}, in flight {p.in_flight} "
        f"in {_duration(elapsed)} ({p.sent / elapsed * 60:.0f}/min). "
        f"In all: {counts['sent']} sent, {counts['pending'] + counts['failed']} not yet, "
        f"{counts['unknown']} unknown.",
        out,
    )
    if result.message:
        _say(result.message, out)
    if counts["failed"]:
        path = failed_csv or plan.source.path.with_name(plan.source.path.stem + ".failed.csv")
        n = ledger.export_failed(
            plan.merge_id,
            plan.scan,
            ((r.number, r.values) for r in plan.source.rows()),
            plan.source.columns,
            path,
        )
        _say(f"{n} failed rows, with the reason, are in {path}.", out)
    if counts["unknown"]:
        _say(
            f"{counts['unknown']} rows were in flight when a run stopped and may or may not "
            "have been delivered. Check with those recipients, then run again with "
            "--resend-unknown or --mark-unknown-sent.",
            out,
        )
    if result.outcome == "cancelled":
        return EXIT_INTERRUPTED
    if result.outcome == "daily_limit":
        return EXIT_DAILY
    if result.outcome == "stopped" or p.failed:
        return EXIT_FAILED
    if counts["unknown"]:
        return EXIT_UNKNOWN
    return EXIT_OK
