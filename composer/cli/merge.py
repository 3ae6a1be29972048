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
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple, TextIO

from composer.cli import merge_resume, merge_schedule
from composer.cli.accounts import choose_profile, needs_password, terminal_account
from composer.cli.merge_control import EXIT_INTERRUPTED, EXIT_NOT_SENT
from composer.cli.merge_options import add_merge_options
from composer.cli.output import fail
from composer.cli.prompt import PromptCancelled
from composer.errors import ComposerError, UserMessage
from composer.i18n import plural, translate

if TYPE_CHECKING:
    from composer.errors.describe import ServerInfo
    from composer.merge import MergePlan


def _description() -> str:
    return translate(
        "CliMerge",
        "Merge TEMPLATE.eml (a saved message with {{ column }} placeholders in To, Cc, Bcc, "
        "Subject\nand the bodies) with every row of DATA (a CSV file, or a sheet of an .xlsx, "
        ".xls or .ods\nworkbook) and send one message per row (or per --group-by group) "
        "through a sending\nprofile. Every row is checked first; nothing is sent while rows "
        "have problems, unless you\nskip them. A ledger records each row as the server "
        "accepts it, so running the same command\nagain after a crash, a kill or Ctrl+C sends "
        "only what is left: nobody gets it twice.",
    )


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``merge`` subcommand."""
    p = subparsers.add_parser(
        "merge",
        help=translate(
            "CliMerge",
            "send a templated message to every row of a CSV file or spreadsheet (mail merge)",
        ),
        description=_description(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_merge_options(p)
    merge_schedule.register(p)
    p.set_defaults(handler=_run)


def _say(text: str, stream: TextIO | None = None) -> None:
    print(text, file=stream or sys.stderr, flush=True)


def _not_sent(text: str) -> int:
    """A problem to fix before anything is sent: one message, exit 2."""
    return fail("merge", UserMessage(text), EXIT_NOT_SENT)


# -- the one coupling to sending profiles ------------------------------------------------------


class _Target(NamedTuple):
    """Where the merge sends: its connections, the From it offers, and how it is named."""

    factory: Callable[[], Any] | None
    from_address: str
    label: str
    delivers: bool
    server: ServerInfo | str
    #: The profile's account, for its IMAP server (None for --server and dry runs).
    account: Any = None
    # What the daily limit counts (:mod:`composer.merge.record.accounts`).
    ledger_account: str | None = None


def _target(args: argparse.Namespace) -> _Target:
    """The connections of ``--server`` or of the profile, its password asked for now.

    Raises:
        ComposerError: the server or profile cannot be used (a missing password included).
    """
    if args.dry_run:
        if args.profile is not None:
            choose_profile("merge", args.profile, strict=False)  # a dry run names one too
        return _Target(None, "", translate("CliMerge", "(dry run)"), True, "")
    from composer.errors.describe import ServerInfo

    if args.server:
        from composer.mail import get_connection

        host, _, port = args.server.rpartition(":")
        if not host or not port.isdigit():
            raise ComposerError(
                translate(
                    "CliMerge", "“{server}” is not HOST:PORT. Write it like 127.0.0.1:1025."
                ).format(server=args.server)
            )

        def plain() -> Any:
            backend = "composer.mail.backends.smtp.EmailBackend"
            return get_connection(backend, host=host, port=int(port), timeout=30)

        key = f"smtp {host.lower()} "
        return _Target(plain, "", args.server, True, ServerInfo(host, int(port), "none"), None, key)
    from composer.merge.record.accounts import account_key

    profile = choose_profile("merge", args.profile, strict=True)
    account = terminal_account(profile)
    account.sign_in()
    factory: Callable[[], Any] = account
    if args.imap_sent_copy:
        from composer.sending.servercopy import copying_connections, wants_server_copy

        if wants_server_copy(profile):
            factory = copying_connections(account, account.profile)
    return _Target(
        factory,
        profile.identity.from_header(),
        profile.summary(),
        profile.delivers,
        account.server,
        account,
        account_key(profile),
    )


# -- the command -------------------------------------------------------------------------------


def _run(args: argparse.Namespace) -> int:
    from composer.cli.merge_control import Interrupted, interruptible, repair
    from composer.profiles.model import PasswordNeeded

    if args.repair_ledger:
        return repair()
    if args.report:
        from composer.cli.merge_report import show_report

        try:
            return show_report(args, sys.stdout, _delimiter(args.delimiter))
        except ComposerError as exc:
            return fail("merge", exc.message, EXIT_NOT_SENT)
    if args.data is None or args.template is None:
        return _not_sent(
            translate(
                "CliMerge",
                "Name the data file and the template: composer merge DATA.csv TEMPLATE.eml",
            )
        )
    # A dry run checks now and keeps nothing: never a scheduled (dry) run for later.
    scheduled = (
        None if args.dry_run else merge_schedule.schedule_if_asked(args, _delimiter(args.delimiter))
    )
    if scheduled is not None:
        return scheduled
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
    except PromptCancelled as stop:
        return fail("merge", stop.message, EXIT_INTERRUPTED if stop.interrupted else EXIT_NOT_SENT)
    except PasswordNeeded as need:
        return fail("merge", needs_password(need), EXIT_NOT_SENT)
    except ComposerError as exc:
        # Raised before sending started (a run in progress turns them into its result):
        # the data file, the template, the profile, the ledger.
        return fail("merge", exc.message, EXIT_NOT_SENT)


def _merge(args: argparse.Namespace, started: list[bool]) -> int:
    from composer.merge import (
        LedgerError,
        MergeLedger,
        MergeOptions,
        MergePlan,
        MergeTemplate,
        TemplateSyntaxProblem,
    )

    out = sys.stdout
    from composer.cli.merge_continue import continue_earlier
    from composer.cli.merge_results import open_source

    source = open_source(args, _delimiter(args.delimiter))
    template = MergeTemplate.from_eml(args.template)
    if continue_earlier(args, template):  # an option left out: as the earlier run chose
        source = open_source(args, _delimiter(args.delimiter))
    if args.attachments_dir is not None and not args.attachments_dir.is_dir():
        return _not_sent(
            translate(
                "CliMerge",
                "The attachments folder {folder} does not exist. "
                "Check the path given to --attachments-dir.",
            ).format(folder=args.attachments_dir)
        )
    target = _target(args)
    column_map: dict[str, str] = {}
    for item in args.map:
        placeholder, sep, column = item.partition("=")
        if not sep or not placeholder.strip() or column.strip() not in source.columns:
            return _not_sent(
                translate(
                    "CliMerge",
                    "“{item}” does not map a placeholder to a column of {file}. "
                    "Write --map PLACEHOLDER=COLUMN with one of: {columns}.",
                ).format(item=item, file=source.path.name, columns=", ".join(source.columns))
            )
        column_map[placeholder.strip()] = column.strip()
    files_column: str | None = args.attachments_column or ""
    if files_column is not None and files_column.strip().lower() == "none":
        files_column = None
    elif files_column and files_column not in source.columns:
        return _not_sent(
            translate(
                "CliMerge",
                "{file} has no column “{column}” for --attachments-column. "
                "Choose one of: {columns}, or none.",
            ).format(file=source.path.name, column=files_column, columns=", ".join(source.columns))
        )
    options = MergeOptions(
        column_map=column_map,
        from_email=args.from_email or target.from_address,
        attachment_column=files_column,
        attachments_dir=args.attachments_dir,
        accept_suspect_rows=args.accept_suspect_rows,
        allow_duplicates=args.allow_duplicates,
        allow_shared_copies=args.allow_shared_copies,
        skip_problems=args.skip_problems,
        pdf_password_column=args.pdf_password_column,
        advertising=args.advertising,
        consent_column=args.consent_column or "",
        unsubscribe_mailto=args.unsubscribe or "",
    )
    with MergeLedger() as ledger:
        known = {m.key for m in ledger.merges()}
        try:
            plan = MergePlan(source, template, ledger, options)
        except TemplateSyntaxProblem as exc:
            return _not_sent(f"{args.template.name}: {exc}")
        # A merge this command created and never sent (a dry run, problems, "no") leaves
        # nothing behind in Earlier merges. (merge_id is 0 if the check pass was refused.)
        try:
            return _check_and_send(args, plan, out, target, started)
        finally:
            if plan.key not in known and not started and plan.merge_id:
                with contextlib.suppress(LedgerError):
                    ledger.delete_merge(plan.merge_id)


def _check_and_send(
    args: argparse.Namespace,
    plan: MergePlan,
    out: TextIO,
    target: _Target,
    started: list[bool],
) -> int:
    """Check every row, then send unless it is a dry run; appends to *started* once the
    engine runs (from then on the merge is a real one, kept in Earlier merges)."""
    from composer.cli.merge_control import decide_doubt
    from composer.cli.merge_report import dry_run, print_report
    from composer.cli.merge_results import (
        checking_line,
        data_notes,
        group_notes,
        header_notes,
        write_results_file,
    )
    from composer.cli.merge_run import send, summary
    from composer.merge import EngineSettings
    from composer.merge.templates.store import remember

    source = plan.source
    _say(
        checking_line(source)
        or plural(
            len(source.columns),
            translate(
                "CliMerge",
                "Checking {file} ({encoding}, delimiter {delimiter}, {count} column)...",
            ),
            translate(
                "CliMerge",
                "Checking {file} ({encoding}, delimiter {delimiter}, {count} columns)...",
            ),
        ).format(
            file=source.path.name,
            encoding=source.encoding,
            delimiter=_show_delimiter(source.delimiter),
            count=len(source.columns),
        )
    )
    report = plan.validate()
    resend = decide_doubt(args, plan, report, target.account)
    print_report(report, out)
    data_notes(source, out)
    group_notes(plan, out)
    header_notes(plan, out)
    if args.dry_run:
        code = dry_run(plan, report, out)
        write_results_file(args.results, plan, out)
        return code
    if report.blocked:
        return EXIT_NOT_SENT
    if report.shared_copies and not args.allow_shared_copies:
        return _not_sent(
            translate(
                "CliMerge",
                "Nothing was sent. Pass --allow-shared-copies if every row should copy them.",
            )
        )
    if report.counts["problem"] and not args.skip_problems:
        return _not_sent(
            plural(
                report.counts["problem"],
                translate(
                    "CliMerge",
                    "Nothing was sent: {count} row has problems. Fix it in the data file, or "
                    "pass --skip-problems to send the other rows.",
                ),
                translate(
                    "CliMerge",
                    "Nothing was sent: {count} rows have problems. "
                    "Fix them in the data file, or pass --skip-problems to send the other rows.",
                ),
            ).format(count=report.counts["problem"])
        )
    todo = report.counts["ready"] + (report.counts["unknown"] if resend else 0)
    if args.limit is not None:
        todo = min(todo, args.limit)
    if todo and not args.yes:
        if not sys.stdin.isatty():
            return _not_sent(
                plural(
                    todo,
                    translate(
                        "CliMerge",
                        "{count} message would be sent. Pass --yes to send without asking.",
                    ),
                    translate(
                        "CliMerge",
                        "{count} messages would be sent. Pass --yes to send without asking.",
                    ),
                ).format(count=todo)
            )
        if target.delivers:
            question = plural(
                todo,
                translate(
                    "CliMerge",
                    "Send {count} message through {server}? [y/N] ",
                ),
                translate("CliMerge", "Send {count} messages through {server}? [y/N] "),
            )
        else:
            question = plural(
                todo,
                translate(
                    "CliMerge",
                    "Send {count} message through {server} (a preview profile: "
                    "nothing is delivered)? [y/N] ",
                ),
                translate(
                    "CliMerge",
                    "Send {count} messages through {server} "
                    "(a preview profile: nothing is delivered)? [y/N] ",
                ),
            )
        answer = input(question.format(count=todo, server=target.label))
        if answer.strip().lower() not in ("y", "yes"):
            _say(translate("CliMerge", "Nothing was sent."))
            return EXIT_NOT_SENT
    assert target.factory is not None
    settings = EngineSettings(
        connections=args.connections,
        rate_per_minute=args.rate,
        daily_cap=merge_resume.daily_cap(args, target),
        limit=args.limit,
        resend_unknown=resend,
        stop_on_daily_limit=True,
        send_at=merge_schedule.send_at(args),
        account=target.ledger_account,
    )
    try:
        # Kept before anything goes out, so the merge can be resumed from the window.
        remember(plan)
    except OSError as exc:
        return _not_sent(
            translate(
                "CliMerge",
                "Nothing was sent: the merge's message cannot be kept for a resume ({reason}). "
                "Free some disk space and try again.",
            ).format(reason=exc.strerror or exc)
        )
    started.append(True)
    result = send(plan, target.factory, settings, target.server, args)
    if args.imap_sent_copy and target.account is not None:
        from composer.cli.servercopy import report_server_copies

        account = target.account
        report_server_copies(account.profile, account.sign_in())
    code = summary(plan, result, args.failed_csv, out, (args, settings.daily_cap))
    write_results_file(args.results, plan, out)
    return code


def _delimiter(text: str | None) -> str | None:
    if text is None:
        return None
    return {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";", "pipe": "|"}.get(
        text.lower(), text
    )


def _show_delimiter(d: str) -> str:
    return {"\t": "tab", ",": "comma", ";": "semicolon", "|": "pipe"}.get(d, repr(d))
