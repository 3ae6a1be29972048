"""What ``composer merge`` prints about a check, the dry run, and a merge's report.

The check says which rows have problems, which column per-row attachments come from and
from which folder; the dry run builds every ready row's message as it would be sent and
lists every file each row would attach, with its size. ``--report`` prints what a merge
sent, what failed and what came back (bounces and unsubscribe requests found by
``composer bounces``), from the ledger, sending nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from composer.cli.merge_control import EXIT_FAILED, EXIT_NOT_SENT, EXIT_OK
from composer.cli.options import Option
from composer.cli.output import fail
from composer.errors import ComposerError, UserMessage
from composer.i18n import plural, translate
from composer.merge.templates.addresses import printable

if TYPE_CHECKING:
    from composer.merge import MergeInfo, MergeLedger, MergePlan, ValidationReport

__all__ = ["dry_run", "human_size", "print_report", "report_options", "show_report"]


def _say(text: str, stream: TextIO | None = None) -> None:
    print(text, file=stream or sys.stderr, flush=True)


def human_size(size: int) -> str:
    """``1536`` -> ``"1.5 KB"`` (decimal units, as file managers show them)."""
    if size < 1000:
        return translate("CliMerge", "{size} bytes").format(size=size)
    value = float(size)
    for unit in ("KB", "MB"):
        value /= 1000
        if value < 1000:
            return f"{value:.1f} {unit}"
    return f"{value / 1000:.1f} GB"


def print_report(report: ValidationReport, stream: TextIO, limit: int = 20) -> None:
    """The counts, the rows that need attention, the template's problems, the files."""
    c = report.counts
    _say(
        plural(
            report.total,
            translate(
                "CliMerge",
                "{total} row: {ready} ready, {problem} with problems, {suppressed} suppressed, "
                "{sent} already sent, {unknown} in doubt (most likely delivered).",
            ),
            translate(
                "CliMerge",
                "{total} rows: {ready} ready, {problem} with problems, "
                "{suppressed} suppressed, {sent} already sent, "
                "{unknown} in doubt (most likely delivered).",
            ),
        ).format(
            total=report.total,
            ready=c["ready"],
            problem=c["problem"],
            suppressed=c["suppressed"],
            sent=c["sent"],
            unknown=c["unknown"],
        ),
        stream,
    )
    shown = [r for r in report.rows if r.status in ("problem", "unknown")][:limit]
    row_line = translate("CliMerge", "row {row} (line {line}) {recipients}: {problems}")
    for row in shown:
        what = (
            "; ".join(row.problems)
            if row.problems
            else translate("CliMerge", "in doubt: sent whole, confirmation lost")
        )
        text = row_line.format(
            row=row.row_number, line=row.line, recipients=row.recipients or "-", problems=what
        )
        # Problems quote data cells: no control character reaches the terminal.
        _say("  " + printable(text, limit=2000), stream)
    more = c["problem"] + c["unknown"] - len(shown)
    if more > 0:
        _say("  " + translate("CliMerge", "... and {count} more.").format(count=more), stream)
    if report.attachment_column:
        _say(
            plural(
                report.attachment_files,
                translate(
                    "CliMerge",
                    "Per-row attachments: the files named in column “{column}”, taken only from "
                    "{folder} ({count} file, {size} in the ready rows). Pass "
                    "--attachments-column none to attach none.",
                ),
                translate(
                    "CliMerge",
                    "Per-row attachments: the files named in column “{column}”, taken only from "
                    "{folder} ({count} files, {size} in the ready rows). "
                    "Pass --attachments-column none to attach none.",
                ),
            ).format(
                column=report.attachment_column,
                folder=report.attachments_dir,
                count=report.attachment_files,
                size=human_size(report.attachment_bytes),
            ),
            stream,
        )
    if report.suspect_rows:
        _say(
            plural(
                report.suspect_rows,
                translate(
                    "CliMerge",
                    "{count} row may be garbled (see above). Fix the data file, or pass "
                    "--accept-suspect-rows to send it as it is.",
                ),
                translate(
                    "CliMerge",
                    "{count} rows may be garbled (see above). Fix the data file, or pass "
                    "--accept-suspect-rows to send them as they are.",
                ),
            ).format(count=report.suspect_rows),
            stream,
        )
    for problem in report.template_problems + report.shared_copies:
        _say(problem, stream)


def dry_run(plan: MergePlan, report: ValidationReport, stream: TextIO) -> int:
    """Build every ready row's message as it would be sent, list its files; send nothing.

    Returns:
        0 when a real run would send every row, 2 when problems would stop it (as the real
        run would), 1 when a message could not be built.
    """
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
            text = translate("CliMerge", "row {row}: cannot build the message: {reason}")
            _say("  " + text.format(row=row.number, reason=exc))
            continue
        if rendered.attachments:
            files = ", ".join(f"{f.name} ({human_size(f.size)})" for f in rendered.attachments)
            line = translate("CliMerge", "row {row} {recipients} attaches: {files}")
            _say(
                "  " + line.format(row=row.number, recipients=", ".join(rendered.to), files=files),
                stream,
            )
    _say(
        plural(
            built,
            translate(
                "CliMerge",
                "Dry run: {count} message rendered and built ({size} KiB), nothing sent.",
            ),
            translate(
                "CliMerge",
                "Dry run: {count} messages rendered and built (largest {size} KiB), nothing sent.",
            ),
        ).format(count=built, size=f"{largest / 1024:.0f}")
    )
    if failures:
        return EXIT_FAILED
    blocked = report.blocked or (report.shared_copies and not plan.options.allow_shared_copies)
    if blocked or (report.counts["problem"] and not plan.options.skip_problems):
        return EXIT_NOT_SENT
    return EXIT_OK


def report_options() -> list[Option]:
    """``composer merge --report``: what a merge sent, what failed and what came back."""
    return [
        (
            "--report",
            translate(
                "CliMerge",
                "print the report of this merge (of the latest one without DATA and TEMPLATE): "
                "rows sent, failed, in doubt, bounced and unsubscribed; sends nothing "
                "(with --failed-csv PATH, those rows are saved there to be fixed)",
            ),
            {"action": "store_true"},
        ),
    ]


def show_report(args: argparse.Namespace, out: TextIO, delimiter: str | None) -> int:
    """Print the report of the merge of DATA and TEMPLATE (or the latest merge).

    Returns:
        0 when shown, 2 when there is no such merge or its files cannot be read.
    """
    from composer.merge import MergeLedger
    from composer.merge.report import merge_report, report_lines

    with MergeLedger() as ledger:
        merges = ledger.merges()
        if args.data is not None and args.template is not None:
            key = _merge_key_of(args, delimiter)
            merges = [m for m in merges if m.key == key]
        elif args.data is not None or args.template is not None:
            return fail(
                "merge",
                UserMessage(
                    translate(
                        "CliMerge",
                        "Name both the data file and the template (composer merge DATA "
                        "TEMPLATE.eml --report), or neither for the latest merge.",
                    )
                ),
                EXIT_NOT_SENT,
            )
        if not merges:
            return fail(
                "merge",
                UserMessage(
                    translate("CliMerge", "No merge of these files has been sent yet."),
                    translate(
                        "CliMerge",
                        "Check the file names (and --sheet or --group-by, which make another "
                        "merge), or run composer merge --report alone for the latest merge.",
                    ),
                ),
                EXIT_NOT_SENT,
            )
        report = merge_report(ledger, merges[0].id)
        for line in report_lines(report):
            print(line, file=out)
        if args.failed_csv is not None:
            return _export(ledger, merges[0], args.failed_csv, out)
    return EXIT_OK


def _merge_key_of(args: argparse.Namespace, delimiter: str | None) -> str:
    """The ledger key of the merge of DATA and TEMPLATE as the options read them.

    Raises:
        ComposerError: a file cannot be read.
    """
    from composer.cli.merge_results import open_source
    from composer.merge import MergeTemplate
    from composer.merge.record.ledger import merge_key

    source = open_source(args, delimiter)
    template = MergeTemplate.from_eml(args.template)
    return merge_key(source.fingerprint(), template.fingerprint())


def _export(ledger: MergeLedger, merge: MergeInfo, path: Path, out: TextIO) -> int:
    from composer.merge.export import export_merge_failures

    try:
        count = export_merge_failures(ledger, merge, path)
    except (ComposerError, OSError) as exc:
        reason = exc.message.what if isinstance(exc, ComposerError) else exc.strerror or str(exc)
        return fail(
            "merge",
            UserMessage(
                translate("CliMerge", "The rows could not be saved to {path} ({reason}).").format(
                    path=path, reason=reason
                ),
                translate("CliMerge", "Choose another place with --failed-csv."),
            ),
            EXIT_FAILED,
        )
    print(
        plural(
            count,
            translate("CliMerge", "{count} row to fix, with the reason, is in {path}."),
            translate("CliMerge", "{count} rows to fix, with the reason, are in {path}."),
        ).format(count=count, path=path),
        file=out,
    )
    return EXIT_OK
