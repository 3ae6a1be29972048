"""``composer preflight --test-to-self``: send one row of a merge to the account's own
address and read back how the receiving server judged it (SPF, DKIM, DMARC).

Instead of the DNS checks, the command sends row N (``--row``, the first by default) of
``--merge DATA TEMPLATE`` to the profile's own address, subject marked "[Test]", nothing
recorded in the ledger; with an IMAP server in the profile it then looks for the message
in the inbox (at most ``--wait`` seconds) and prints its ``Authentication-Results`` in
words. Exit status: 0 SPF, DKIM and DMARC all passed; 1 something did not pass, the test
did not arrive in time, or it could not be sent or read; 2 bad input; 3 sent, but the
profile has no IMAP server, so the check is for the user to make by hand (the command
says how).
"""

from __future__ import annotations

import argparse
import imaplib
import smtplib
import ssl
import sys
from typing import TYPE_CHECKING, cast

from composer.cli.output import fail
from composer.errors import ComposerError, UserMessage
from composer.i18n import translate

if TYPE_CHECKING:
    from composer.merge.sending.connection import Backend

__all__ = ["add_arguments", "run_test_to_self"]


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--test-to-self",
        action="store_true",
        help=translate(
            "CliPreflight",
            "send a row of --merge to the profile's own address and read back how the "
            "receiving server judged it (SPF, DKIM, DMARC; needs the profile's IMAP server)",
        ),
    )
    p.add_argument(
        "--row",
        type=int,
        default=1,
        metavar="N",
        help=translate("CliPreflight", "with --test-to-self: the row to send (default: 1)"),
    )
    p.add_argument(
        "--wait",
        type=float,
        default=None,
        metavar="SECONDS",
        help=translate(
            "CliPreflight",
            "with --test-to-self: how long to look for the test in the inbox (default: 120)",
        ),
    )


def _bad_input(what: str, todo: str = "") -> int:
    return fail("preflight", UserMessage(what, todo), 2)


def run_test_to_self(args: argparse.Namespace) -> int:
    from composer.cli.accounts import choose_profile, needs_password, terminal_account
    from composer.errors.describe import describe
    from composer.merge import MergeLedger, MergeOptions, MergePlan, MergeTemplate
    from composer.merge.data.opening import open_data
    from composer.merge.selftest import DEFAULT_WAIT, run_self_test
    from composer.merge.templates.render import RenderError
    from composer.profiles.model import PasswordNeeded

    if not args.merge:
        return _bad_input(
            translate("CliPreflight", "--test-to-self needs the merge to take the test from."),
            translate("CliPreflight", "Give it with --merge DATA TEMPLATE."),
        )
    if args.row < 1:
        return _bad_input(translate("CliPreflight", "--row counts from 1."))
    data, template_path = args.merge
    try:
        profile = choose_profile("preflight", args.profile, strict=False)
        template = MergeTemplate.from_eml(template_path)
        source = open_data(data)
    except ComposerError as exc:
        return fail("preflight", exc.message, 2)
    except OSError as exc:
        return fail("preflight", describe(exc), 2)
    address = profile.identity.from_address
    if not address:
        return _bad_input(
            translate("CliPreflight", "The profile “{profile}” has no address of its own.").format(
                profile=profile.name
            ),
            translate("CliPreflight", "Add one with composer profiles add … --from-address."),
        )
    try:
        row = next((r for r in source.rows() if r.number == args.row), None)
    except ComposerError as exc:
        return fail("preflight", exc.message, 2)
    if row is None:
        return _bad_input(
            translate("CliPreflight", "The data file has no row {row}.").format(row=args.row)
        )
    account = terminal_account(profile)
    wait = DEFAULT_WAIT if args.wait is None else max(0.0, args.wait)
    print(
        translate("CliPreflight", "Sending row {row} to {address} through {host}…").format(
            row=row.number, address=address, host=profile.smtp.host
        ),
        flush=True,
    )
    with MergeLedger() as ledger:
        options = MergeOptions(from_email=profile.identity.from_header())
        plan = MergePlan(source, template, ledger, options)
        try:
            report = run_self_test(
                plan,
                row,
                profile,
                lambda: cast("Backend", account()),  # every composer.mail backend is one
                account.sign_in,
                wait=wait,
                poll=min(3.0, wait or 1),
            )
        except PasswordNeeded as need:
            return fail("preflight", needs_password(need), 2)
        except RenderError as exc:
            return _bad_input(
                translate("CliPreflight", "Row {row} cannot be rendered: {error}").format(
                    row=row.number, error=exc
                )
            )
        except (OSError, smtplib.SMTPException, imaplib.IMAP4.error, ssl.SSLError,
                ComposerError, ValueError) as exc:  # fmt: skip
            return fail("preflight", describe(exc), 1)
    print(report.words)
    sys.stdout.flush()
    if report.state == "no_imap":
        return 3
    return 0 if report.passed else 1
