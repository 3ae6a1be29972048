"""``composer merge --results PATH`` and ``--sheet``: the spreadsheet side of the command."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from composer.cli.options import Option
from composer.errors import ComposerError
from composer.i18n import plural, translate

if TYPE_CHECKING:
    from composer.merge import MergePlan
    from composer.merge.data.opening import DataSource


def spreadsheet_options() -> list[Option]:
    """``composer merge`` options for workbooks, groups, protected PDFs and results."""
    return [
        (
            "--sheet",
            translate("CliMerge", "the sheet of a workbook (default: the first one)"),
            {"metavar": "NAME"},
        ),
        (
            "--header-row",
            translate("CliMerge", "the sheet's row with the column names (default: the first)"),
            {"type": int, "metavar": "N"},
        ),
        (
            "--group-by",
            translate(
                "CliMerge",
                "one message per value of COLUMN (e.g. the address): the template loops over "
                "the group with {%% for row in rows %%}, and all its rows' files are attached",
            ),
            {"metavar": "COLUMN"},
        ),
        (
            "--pdf-password-column",
            translate(
                "CliMerge",
                "protect each row's PDF attachments (AES-256) with the password in COLUMN "
                "(for example a birth date); it is never logged or recorded",
            ),
            {"metavar": "COLUMN"},
        ),
        (
            "--advertising",
            translate(
                "CliMerge",
                "this is advertising: check what 정보통신망법 §50 asks of e-mail ((광고) in the "
                "subject, the sender and a contact and how to refuse in the body, an "
                "unsubscribe address, consent within two years)",
            ),
            {"action": "store_true"},
        ),
        (
            "--consent-column",
            translate(
                "CliMerge",
                "with --advertising: the column of each recipient's consent date "
                "(default: a column named 수신동의일 or consent)",
            ),
            {"metavar": "COLUMN"},
        ),
        (
            "--results",
            translate(
                "CliMerge",
                "write a copy of the data with each row's status, time and Message-ID (.xlsx)",
            ),
            {"metavar": "PATH", "type": Path},
        ),
    ]


def open_source(args: argparse.Namespace, delimiter: str | None) -> DataSource:
    """The data file as the options say (CSV or a sheet, grouped or not); a ``--results``
    path that would overwrite it is refused before anything else happens.

    Raises:
        ComposerError: the file cannot be read, or ``--results`` is not allowed.
    """
    from composer.merge.data.opening import open_data
    from composer.merge.results import check_results_path

    source = open_data(
        args.data,
        args.encoding,
        delimiter,
        sheet=args.sheet,
        header_row=args.header_row,
        group_by=args.group_by,
    )
    if args.results is not None:
        check_results_path(args.results, source)
    for option, column in (
        ("--consent-column", getattr(args, "consent_column", None)),
        ("--pdf-password-column", getattr(args, "pdf_password_column", None)),
    ):
        # A misspelt column must not quietly mean "no consent dates" or "no passwords".
        if column and column not in source.columns:
            raise ComposerError(
                translate(
                    "CliMerge",
                    "{file} has no column “{column}” for {option}. Choose one of: {columns}.",
                ).format(
                    file=source.path.name,
                    column=column,
                    option=option,
                    columns=", ".join(source.columns),
                )
            )
    return source


def checking_line(source: DataSource) -> str | None:
    """The "Checking ..." line for a workbook (None for a CSV file, which has its own)."""
    from composer.merge.data.sheetsource import SpreadsheetSource

    if not isinstance(source, SpreadsheetSource):
        return None
    return plural(
        len(source.columns),
        translate(
            "CliMerge",
            "Checking {file}, sheet “{sheet}” (column names on row {row}, {count} column)...",
        ),
        translate(
            "CliMerge",
            "Checking {file}, sheet “{sheet}” (column names on row {row}, {count} columns)...",
        ),
    ).format(
        file=source.path.name,
        sheet=source.sheet,
        row=source.header_row,
        count=len(source.columns),
    )


def data_notes(source: DataSource, out: TextIO) -> None:
    """Print what the check noticed in the data that does not stop the merge."""
    notes = getattr(source, "notes", None)
    for note in notes() if notes is not None else ():
        print(translate("CliMerge", "Note: {note}").format(note=note), file=out)


def header_notes(plan: MergePlan, out: TextIO) -> None:
    """Name the template's headers the merge does not send."""
    for name in plan.template.left_out_headers:
        note = translate(
            "CliMerge", "the template's {header} header is not sent by merges."
        ).format(header=name)
        print(translate("CliMerge", "Note: {note}").format(note=note), file=out)


def group_notes(plan: MergePlan, out: TextIO) -> None:
    """Say when ``--group-by`` puts rows with different addresses into one message: only
    the group's first row's address gets it."""
    from composer.merge.data.groupcheck import split_recipients
    from composer.merge.data.grouping import GroupedSource
    from composer.merge.templates.render import ADDRESS_FIELDS

    if not isinstance(plan.source, GroupedSource):
        return
    used = plan.compiled.used_columns()
    columns = [n for field in ADDRESS_FIELDS if field != "reply_to" for n in used.get(field, ())]
    for split in split_recipients(plan.source, sorted(columns)):
        note = plural(
            split.groups,
            translate(
                "CliMerge",
                "Grouped by “{group}”, {count} group has rows with different “{column}” "
                "(such as {example}): its message goes only to its first row's address. "
                "Group by the address column to write to each address, or make the cells "
                "the same.",
            ),
            translate(
                "CliMerge",
                "Grouped by “{group}”, {count} groups have rows with different “{column}” "
                "(such as {example}): each group's message goes only to its first row's "
                "address. Group by the address column to write to each address, or make "
                "the cells the same.",
            ),
        ).format(
            group=plan.source.column,
            count=split.groups,
            column=split.column,
            example=", ".join(split.example[:3]),
        )
        print(translate("CliMerge", "Note: {note}").format(note=note), file=out)


def write_results_file(path: Path | None, plan: MergePlan, out: TextIO) -> None:
    """Write ``--results``; a failure is reported, never turned into a failed merge."""
    if path is None:
        return
    from composer.merge.results import write_results

    try:
        count = write_results(
            plan.ledger,
            plan.merge_id,
            plan.scan,
            plan.source,
            path,
            hide=[plan.options.pdf_password_column],
        )
    except (ComposerError, OSError) as exc:
        reason = exc.message.what if isinstance(exc, ComposerError) else exc.strerror or str(exc)
        print(
            translate(
                "CliMerge",
                "The results could not be written to {path} ({reason}). Run the same command "
                "again with another --results path: nothing will be sent twice.",
            ).format(path=path, reason=reason),
            file=sys.stderr,
        )
        return
    print(
        plural(
            count,
            translate("CliMerge", "The result of {count} row is in {path}."),
            translate("CliMerge", "The results of {count} rows are in {path}."),
        ).format(count=count, path=path),
        file=out,
    )
