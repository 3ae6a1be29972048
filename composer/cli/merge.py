"""``composer merge``: send one message to every row of a CSV file, with a ledger.

Running the same command again resumes: rows the server already accepted are never sent
twice, and a row in doubt (its message went out whole, the server's confirmation was lost)
is reported as most likely delivered, never resent on its own: the user decides, with
recording it as delivered the easy choice (``--mark-unknown-sent``, or Enter when asked)
and ``--resend-unknown`` the explicit other one. Signals, rows in doubt and
``--repair-ledger`` are handled in :mod:`composer.cli.merge_control`.

Exit status: 0 every row handled (sent, skipped or suppressed); 1 a row failed or the run
stopped on an error (a full disk included); 2 nothing sent because of a problem to fix
first (another window or process has the merge open, a damaged record, ...); 3 rows in
doubt need a decision; 75 paused by a daily limit; 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from composer.cli.prompt import PromptCancelled, ask_password
from composer.i18n import translate

if TYPE_CHECKING:
    from composer.merge import MergePlan, Progress, RowEvent, RunResult


def _description() -> str:
    return translate(
        "CliMerge",
        "Merge TEMPLATE.eml (a saved message with {{ column }} placeholders in To, Cc, Bcc, "
        "Subject\nand the bodies) with every row of DATA.csv and send one message per row "
        "through a sending\nprofile. Every row is checked first; nothing is sent while rows "
        "have problems, unless you\nskip them. A ledger records each row as the server "
        "accepts it, so running the same command\nagain after a crash, a kill or Ctrl+C sends "
        "only what is left: nobody gets it twice.",
    )


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
        help=translate(
            "CliMerge", "send a templated message to every row of a CSV file (mail merge)"
        ),
        description=_description(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "data",
        metavar="DATA.csv",
        type=Path,
        nargs="?",
        help=translate("CliMerge", "the data file, one row per message"),
    )
    p.add_argument(
        "template",
        metavar="TEMPLATE.eml",
        type=Path,
        nargs="?",
        help=translate("CliMerge", "the message to merge"),
    )
    p.add_argument(
        "--profile",
        metavar="NAME",
        help=translate("CliMerge", "sending profile (default: the active one)"),
    )
    p.add_argument(
        "--server",
        metavar="HOST:PORT",
        help=translate(
            "CliMerge",
            "send through this SMTP server without login instead of a profile "
            "(e.g. 127.0.0.1:1025 for `composer devserver`)",
        ),
    )
    p.add_argument(
        "--from",
        dest="from_email",
        metavar="ADDR",
        help=translate("CliMerge", "sender, if the template has none"),
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("CliMerge", "render and check every row, send nothing"),
    )
    p.add_argument(
        "--limit",
        type=_positive,
        metavar="N",
        help=translate("CliMerge", "send at most N rows in this run"),
    )
    p.add_argument(
        "--rate",
        type=_positive_float,
        metavar="N",
        help=translate("CliMerge", "at most N messages per minute"),
    )
    p.add_argument(
        "--daily-cap",
        type=_positive,
        metavar="N",
        help=translate("CliMerge", "at most N messages per 24 hours"),
    )
    p.add_argument(
        "--connections",
        type=_positive,
        default=6,
        metavar="N",
        help=translate(
            "CliMerge", "parallel connections (default: %(default)s; 1 keeps the file's order)"
        ),
    )
    p.add_argument(
        "--encoding",
        metavar="ENC",
        help=translate("CliMerge", "the CSV file's encoding (default: detect)"),
    )
    p.add_argument(
        "--delimiter",
        metavar="CHAR",
        help=translate("CliMerge", "the CSV delimiter (default: detect)"),
    )
    p.add_argument(
        "--attachments-column",
        metavar="COL",
        help=translate(
            "CliMerge",
            "column naming per-row files, ';' between several (default: a column named "
            "attachment(s), file(s) or 첨부; 'none' for no per-row files)",
        ),
    )
    p.add_argument(
        "--attachments-dir",
        metavar="DIR",
        type=Path,
        help=translate(
            "CliMerge",
            "the folder per-row files are taken from; a file outside it is never attached "
            "(default: the data file's folder)",
        ),
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="PLACEHOLDER=COLUMN",
        help=translate(
            "CliMerge", "fill {{ PLACEHOLDER }} from COLUMN when the names differ (repeatable)"
        ),
    )
    p.add_argument(
        "--skip-problems",
        action="store_true",
        help=translate("CliMerge", "skip rows with problems and send the rest"),
    )
    p.add_argument(
        "--accept-suspect-rows",
        action="store_true",
        help=translate(
            "CliMerge",
            "send rows the check marks as possibly garbled (bytes that are not text in the "
            "file's encoding, a quoted field running over other rows)",
        ),
    )
    p.add_argument(
        "--allow-duplicates",
        action="store_true",
        help=translate("CliMerge", "send rows whose recipients repeat an earlier row"),
    )
    p.add_argument(
        "--allow-shared-copies",
        action="store_true",
        help=translate("CliMerge", "accept a fixed Cc/Bcc that every row copies"),
    )
    p.add_argument(
        "--unsubscribe",
        metavar="MAILTO",
        help=translate("CliMerge", "add List-Unsubscribe: <mailto:MAILTO>"),
    )
    doubt = p.add_mutually_exclusive_group()
    doubt.add_argument(
        "--mark-unknown-sent",
        action="store_true",
        help=translate(
            "CliMerge",
            "record the messages in doubt (sent whole, confirmation lost) as delivered: "
            "they most likely were (recommended)",
        ),
    )
    doubt.add_argument(
        "--resend-unknown",
        action="store_true",
        help=translate(
            "CliMerge",
            "send the messages in doubt AGAIN; they were most likely delivered already, so "
            "their recipients will probably get two copies",
        ),
    )
    p.add_argument(
        "--repair-ledger",
        action="store_true",
        help=translate(
            "CliMerge",
            "rebuild a damaged record of sent mail from its journal (no DATA.csv or "
            "TEMPLATE.eml needed); nothing is sent",
        ),
    )
    p.add_argument(
        "--failed-csv",
        metavar="PATH",
        type=Path,
        help=translate("CliMerge", "where to write failed rows"),
    )
    p.add_argument(
        "-y",
        "--yes",
        action="store_true",
        help=translate("CliMerge", "send without asking for confirmation"),
    )
    p.set_defaults(handler=_run)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            translate("CliMerge", "not a positive whole number: {text!r}").format(text=text)
        )
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if value <= 0:
        raise argparse.ArgumentTypeError(
            translate("CliMerge", "not a positive number: {text!r}").format(text=text)
        )
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
            raise ValueError(
                translate(
                    "CliMerge", "“{server}” is not HOST:PORT. Write it like 127.0.0.1:1025."
                ).format(server=server)
            )
        return (
            lambda: get_connection(
                "composer.mail.backends.smtp.EmailBackend", host=host, port=int(port), timeout=30
            ),
            "",
            server,
            True,
        )
    from composer.profiles.credentials import CredentialError, Credentials
    from composer.profiles.model import PasswordNeeded, ProfileError, connection_for
    from composer.profiles.store import ProfileFileError, ProfileStore

    try:
        book = ProfileStore().read()
        profile = book.get(profile_name) if profile_name else book.active
    except (ProfileError, KeyError):
        raise ValueError(
            translate(
                "CliMerge",
                "There is no sending profile named “{name}”. "
                "Check the name in Preferences, or leave out --profile to use the active one.",
            ).format(name=profile_name)
        ) from None
    except ProfileFileError as exc:
        raise ValueError(str(exc)) from None
    if profile is None:
        raise ValueError(
            translate(
                "CliMerge", "There is no active sending profile. Create one in Preferences first."
            )
        )
    credentials = Credentials()
    try:
        connection_for(profile, credentials)
    except PasswordNeeded:
        if not sys.stdin.isatty():
            raise ValueError(
                translate(
                    "CliMerge",
                    "The profile “{name}” needs its password and none is stored. "
                    "Store it in Preferences, or run the command in a terminal to type it.",
                ).format(name=profile.name)
            ) from None
        assert profile.account is not None
        prompt = translate("CliMerge", "Password for {user}: ").format(user=profile.smtp.username)
        credentials.session.remember(profile.account, ask_password(prompt))
    except CredentialError as exc:
        raise ValueError(str(exc)) from None
    return (
        lambda: connection_for(profile, credentials),
        profile.identity.from_header(),
        profile.summary(),
        profile.delivers,
    )


# -- output ------------------------------------------------------------------------------


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
        state = " [" + translate("CliMerge", "paused") + "]" if p.state == "paused" else ""
        counts = translate("CliMerge", "sent {sent} failed {failed} left {left}").format(
            sent=p.sent, failed=p.failed, left=p.remaining
        )
        self.stream.write(
            f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{p.total} {counts} "
            f"{p.rate_per_minute:.0f}/min {_duration(p.seconds_left)}{state}\033[K"
        )
        self.stream.flush()

    def end(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()


# -- the command -------------------------------------------------------------------------------


def _run(args: argparse.Namespace) -> int:
    from composer.cli.merge_control import Interrupted, interruptible, repair
    from composer.merge import LedgerError

    if args.repair_ledger:
        return repair()
    if args.data is None or args.template is None:
        _say(
            translate(
                "CliMerge",
                "Name the data file and the template: composer merge DATA.csv TEMPLATE.eml",
            )
        )
        return EXIT_NOT_SENT
    started: list[bool] = []
    try:
        with interruptible():  # SIGTERM as Ctrl+C; a run installs its own handlers
            return _merge(args, started)
    except Interrupted:
        if started:
            _say(translate("Cli", "Interrupted; stopped."))
        else:
            _say(translate("CliMerge", "Stopped before sending: nothing was sent."))
        return EXIT_INTERRUPTED
    except LedgerError as exc:
        # Raised before sending started (a run in progress turns them into its result).
        _say(str(exc))
        return EXIT_NOT_SENT


def _merge(args: argparse.Namespace, started: list[bool]) -> int:
    from composer.merge import (
        CsvError,
        CsvSource,
        LedgerError,
        MergeLedger,
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
    if args.attachments_dir is not None and not args.attachments_dir.is_dir():
        _say(
            translate(
                "CliMerge",
                "The attachments folder {folder} does not exist. "
                "Check the path given to --attachments-dir.",
            ).format(folder=args.attachments_dir)
        )
        return EXIT_NOT_SENT
    factory: Callable[[], Any] | None = None
    profile_from, server_label, delivers = "", translate("CliMerge", "(dry run)"), True
    if not args.dry_run:
        try:
            factory, profile_from, server_label, delivers = connection_source(
                args.profile, args.server
            )
        except ValueError as exc:
            _say(str(exc))
            return EXIT_NOT_SENT
        except PromptCancelled as stop:
            _say(stop.sentence())
            return EXIT_INTERRUPTED if stop.interrupted else EXIT_NOT_SENT
    column_map: dict[str, str] = {}
    for item in args.map:
        placeholder, sep, column = item.partition("=")
        if not sep or not placeholder.strip() or column.strip() not in source.columns:
            _say(
                translate(
                    "CliMerge",
                    "“{item}” does not map a placeholder to a column of {file}. "
                    "Write --map PLACEHOLDER=COLUMN with one of: {columns}.",
                ).format(item=item, file=source.path.name, columns=", ".join(source.columns))
            )
            return EXIT_NOT_SENT
        column_map[placeholder.strip()] = column.strip()
    files_column: str | None = args.attachments_column or ""
    if files_column is not None and files_column.strip().lower() == "none":
        files_column = None
    elif files_column and files_column not in source.columns:
        _say(
            translate(
                "CliMerge",
                "{file} has no column “{column}” for --attachments-column. "
                "Choose one of: {columns}, or none.",
            ).format(file=source.path.name, column=files_column, columns=", ".join(source.columns))
        )
        return EXIT_NOT_SENT
    options = MergeOptions(
        column_map=column_map,
        from_email=args.from_email or profile_from,
        attachment_column=files_column,
        attachments_dir=args.attachments_dir,
        accept_suspect_rows=args.accept_suspect_rows,
        allow_duplicates=args.allow_duplicates,
        allow_shared_copies=args.allow_shared_copies,
        skip_problems=args.skip_problems,
        unsubscribe_mailto=args.unsubscribe or "",
    )
    with MergeLedger() as ledger:
        known = {m.key for m in ledger.merges()}
        try:
            plan = MergePlan(source, template, ledger, options)
        except TemplateSyntaxProblem as exc:
            _say(f"{args.template.name}: {exc}")
            return EXIT_NOT_SENT
        # A merge this command created and never sent (a dry run, problems, "no") leaves
        # nothing behind in Earlier merges. (merge_id is 0 if the check pass was refused.)
        try:
            return _check_and_send(args, plan, out, (factory, server_label, delivers), started)
        finally:
            if plan.key not in known and not started and plan.merge_id:
                with contextlib.suppress(LedgerError):
                    ledger.delete_merge(plan.merge_id)


def _check_and_send(
    args: argparse.Namespace,
    plan: MergePlan,
    out: TextIO,
    target: tuple[Callable[[], Any] | None, str, bool],
    started: list[bool],
) -> int:
    """Check every row, then send unless it is a dry run; appends to *started* once the
    engine runs (from then on the merge is a real one, kept in Earlier merges)."""
    from composer.cli.merge_control import decide_doubt
    from composer.cli.merge_report import dry_run, print_report
    from composer.merge import CsvError, EngineSettings, LedgerBusy, MergeNotReady
    from composer.merge.templates.store import remember

    factory, server_label, delivers = target
    source = plan.source
    _say(
        translate(
            "CliMerge",
            "Checking {file} ({encoding}, delimiter {delimiter}, {count} columns)...",
        ).format(
            file=source.path.name,
            encoding=source.encoding,
            delimiter=_show_delimiter(source.delimiter),
            count=len(source.columns),
        )
    )
    try:
        report = plan.validate()
    except CsvError as exc:
        _say(str(exc))
        return EXIT_NOT_SENT
    resend = decide_doubt(args, plan, report)
    print_report(report, out)
    if args.dry_run:
        return dry_run(plan, report, out)
    if report.blocked:
        return EXIT_NOT_SENT
    if report.shared_copies and not args.allow_shared_copies:
        _say(
            translate(
                "CliMerge",
                "Nothing was sent. Pass --allow-shared-copies if every row should copy them.",
            )
        )
        return EXIT_NOT_SENT
    if report.counts["problem"] and not args.skip_problems:
        _say(
            translate(
                "CliMerge",
                "Nothing was sent: {count} rows have problems. "
                "Fix them in the data file, or pass --skip-problems to send the other rows.",
            ).format(count=report.counts["problem"])
        )
        return EXIT_NOT_SENT
    todo = report.counts["ready"] + (report.counts["unknown"] if resend else 0)
    if args.limit is not None:
        todo = min(todo, args.limit)
    if todo and not args.yes:
        if not sys.stdin.isatty():
            _say(
                translate(
                    "CliMerge",
                    "{count} messages would be sent. Pass --yes to send without asking.",
                ).format(count=todo)
            )
            return EXIT_NOT_SENT
        if delivers:
            question = translate("CliMerge", "Send {count} messages through {server}? [y/N] ")
        else:
            question = translate(
                "CliMerge",
                "Send {count} messages through {server} "
                "(a preview profile: nothing is delivered)? [y/N] ",
            )
        answer = input(question.format(count=todo, server=server_label))
        if answer.strip().lower() not in ("y", "yes"):
            _say(translate("CliMerge", "Nothing was sent."))
            return EXIT_NOT_SENT
    assert factory is not None
    settings = EngineSettings(
        connections=args.connections,
        rate_per_minute=args.rate,
        daily_cap=args.daily_cap,
        limit=args.limit,
        resend_unknown=resend,
        stop_on_daily_limit=True,
    )
    try:
        # Kept before anything goes out, so the merge can be resumed from the window.
        remember(plan)
    except OSError as exc:
        _say(
            translate(
                "CliMerge",
                "Nothing was sent: the merge's message cannot be kept for a resume ({reason}). "
                "Free some disk space and try again.",
            ).format(reason=exc.strerror or exc)
        )
        return EXIT_NOT_SENT
    started.append(True)
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


def _send(
    plan: MergePlan, factory: Callable[[], Any], settings: Any, server_label: str
) -> RunResult:
    from composer.cli.merge_control import run_engine
    from composer.merge import MergeEngine

    bar = _Bar(sys.stderr)
    engine_box: list[MergeEngine] = []

    def on_event(event: RowEvent) -> None:
        if engine_box:
            bar.draw(engine_box[0].progress, force=event.kind in ("paused", "stopped"))

    engine = MergeEngine(plan, factory, settings, on_event=on_event, host=server_label)
    engine_box.append(engine)
    try:
        return run_engine(engine, lambda: bar.draw(engine.progress))
    finally:
        bar.draw(engine.progress, force=True)
        bar.end()


def _summary(plan: MergePlan, result: RunResult, failed_csv: Path | None, out: TextIO) -> int:
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
            duration=_duration(elapsed),
            rate=f"{p.sent / elapsed * 60:.0f}",
            total_sent=counts["sent"],
            not_yet=counts["pending"] + counts["failed"],
            unknown=counts["unknown"],
        ),
        out,
    )
    if result.message:
        _say(result.message, out)
    if counts["failed"]:
        path = failed_csv or plan.source.path.with_name(plan.source.path.stem + ".failed.csv")
        try:
            n = ledger.export_failed(
                plan.merge_id,
                plan.scan,
                ((r.number, r.values) for r in plan.source.rows()),
                plan.source.columns,
                path,
            )
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
                translate(
                    "CliMerge", "{count} failed rows, with the reason, are in {path}."
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
