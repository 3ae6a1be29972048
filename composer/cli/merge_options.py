"""The options of ``composer merge``, in the groups its ``--help`` lists them."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from composer.cli.merge_report import report_options
from composer.cli.merge_results import spreadsheet_options
from composer.cli.options import Option, add_options, checked_number
from composer.i18n import translate

__all__ = ["add_merge_options"]


def add_merge_options(p: argparse.ArgumentParser) -> None:
    """Add every option of ``composer merge`` but the scheduling ones to *p*."""
    positive = checked_number(
        int, lambda n: n >= 1, translate("CliMerge", "not a positive whole number: {text!r}")
    )
    positive_float = checked_number(
        float, lambda n: n > 0, translate("CliMerge", "not a positive number: {text!r}")
    )
    add_options(p, _files_and_sending(positive, positive_float))
    add_options(p, _rows())
    add_options(p, spreadsheet_options())
    add_options(p.add_mutually_exclusive_group(), _doubt())
    add_options(p, _after())
    add_options(p, report_options())


def _files_and_sending(positive: Any, positive_float: Any) -> list[Option]:
    return [
        (
            "data",
            translate(
                "CliMerge", "the data file (.csv, .xlsx, .xlsm, .xls, .ods), one row per message"
            ),
            _FILE_ARG,
        ),
        ("template", translate("CliMerge", "the message to merge"), _TEMPLATE_ARG),
        ("--profile", translate("CliMerge", "sending profile (default: the active one)"), _NAME),
        (
            "--server",
            translate(
                "CliMerge",
                "send through this SMTP server without login instead of a profile "
                "(e.g. 127.0.0.1:1025 for `composer devserver`)",
            ),
            {"metavar": "HOST:PORT"},
        ),
        (
            "--from",
            translate("CliMerge", "sender, if the template has none"),
            {"dest": "from_email", "metavar": "ADDR"},
        ),
        ("--dry-run", translate("CliMerge", "render and check every row, send nothing"), _FLAG),
        (
            "--limit",
            translate("CliMerge", "send at most N rows in this run"),
            {"type": positive, "metavar": "N"},
        ),
        (
            "--rate",
            translate("CliMerge", "at most N messages per minute"),
            {"type": positive_float, "metavar": "N"},
        ),
        (
            "--daily-cap",
            translate("CliMerge", "at most N messages per 24 hours"),
            {"type": positive, "metavar": "N"},
        ),
        (
            "--connections",
            translate(
                "CliMerge", "parallel connections (default: %(default)s; 1 keeps the file's order)"
            ),
            {"type": positive, "default": 6, "metavar": "N"},
        ),
    ]


def _rows() -> list[Option]:
    return [
        (
            "--encoding",
            translate("CliMerge", "the CSV file's encoding (default: detect)"),
            {"metavar": "ENC"},
        ),
        (
            "--delimiter",
            translate("CliMerge", "the CSV delimiter (default: detect)"),
            {"metavar": "CHAR"},
        ),
        (
            "--attachments-column",
            translate(
                "CliMerge",
                "column naming per-row files, ';' between several (default: a column named "
                "attachment(s), file(s) or 첨부; 'none' for no per-row files)",
            ),
            {"metavar": "COL"},
        ),
        (
            "--attachments-dir",
            translate(
                "CliMerge",
                "the folder per-row files are taken from; a file outside it is never attached "
                "(default: the data file's folder)",
            ),
            {"metavar": "DIR", "type": Path},
        ),
        (
            "--map",
            translate(
                "CliMerge", "fill {{ PLACEHOLDER }} from COLUMN when the names differ (repeatable)"
            ),
            {"action": "append", "default": [], "metavar": "PLACEHOLDER=COLUMN"},
        ),
        (
            "--skip-problems",
            translate("CliMerge", "skip rows with problems and send the rest"),
            _FLAG,
        ),
        (
            "--accept-suspect-rows",
            translate(
                "CliMerge",
                "send rows the check marks as possibly garbled (bytes that are not text in the "
                "file's encoding, a quoted field running over other rows)",
            ),
            _FLAG,
        ),
        (
            "--allow-duplicates",
            translate("CliMerge", "send rows whose recipients repeat an earlier row"),
            _FLAG,
        ),
        (
            "--allow-shared-copies",
            translate("CliMerge", "accept a fixed Cc/Bcc that every row copies"),
            _FLAG,
        ),
        (
            "--unsubscribe",
            translate("CliMerge", "add List-Unsubscribe: <mailto:MAILTO>"),
            {"metavar": "MAILTO"},
        ),
    ]


def _doubt() -> list[Option]:
    return [
        (
            "--mark-unknown-sent",
            translate(
                "CliMerge",
                "record the messages in doubt (sent whole, confirmation lost) as delivered: "
                "they most likely were (recommended)",
            ),
            _FLAG,
        ),
        (
            "--resend-unknown",
            translate(
                "CliMerge",
                "send the messages in doubt AGAIN; they were most likely delivered already, so "
                "their recipients will probably get two copies",
            ),
            _FLAG,
        ),
    ]


def _after() -> list[Option]:
    return [
        (
            "--imap-sent-copy",
            translate(
                "CliMerge",
                "also put a copy of each message sent in the account's Sent folder on its IMAP "
                "server (not for providers that file sent mail themselves)",
            ),
            _FLAG,
        ),
        (
            "--repair-ledger",
            translate(
                "CliMerge",
                "rebuild a damaged record of sent mail from its journal (no DATA.csv or "
                "TEMPLATE.eml needed); nothing is sent",
            ),
            _FLAG,
        ),
        (
            "--failed-csv",
            translate("CliMerge", "where to write failed rows"),
            {"metavar": "PATH", "type": Path},
        ),
        (
            ("-y", "--yes"),
            translate("CliMerge", "send without asking for confirmation"),
            _FLAG,
        ),
    ]


_FLAG: dict[str, Any] = {"action": "store_true"}
_NAME: dict[str, Any] = {"metavar": "NAME"}
_FILE_ARG: dict[str, Any] = {"metavar": "DATA", "type": Path, "nargs": "?"}
_TEMPLATE_ARG: dict[str, Any] = {"metavar": "TEMPLATE.eml", "type": Path, "nargs": "?"}
