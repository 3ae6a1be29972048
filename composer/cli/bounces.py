"""``composer bounces``: read the account's inbox for bounces and unsubscribe requests.

Signs in to the profile's IMAP server (the password of its account, from the keyring or
asked at the terminal), reads the inbox without marking anything read, records each
bounce against the merge row that sent the message, and puts hard bounces and unsubscribe
requests on the suppression list. Exit status: 0 done, 1 the server could not be read,
2 a profile without IMAP.
"""

from __future__ import annotations

import argparse
import contextlib
import imaplib
import ssl

from composer.cli.output import fail
from composer.errors import ComposerError, UserMessage
from composer.i18n import translate


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "bounces",
        help=translate(
            "CliBounces", "read bounces and unsubscribe requests from the account's inbox"
        ),
        description=translate(
            "CliBounces",
            "Scan the profile's IMAP inbox for delivery-status notifications and unsubscribe "
            "requests, mark the merge rows they answer (bounced hard or soft, with the "
            "reason) and never mail hard-bounced or unsubscribed addresses again.",
        ),
    )
    p.add_argument(
        "--profile",
        metavar="NAME",
        help=translate("CliBounces", "the profile whose inbox to read (default: the active one)"),
    )
    p.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    from composer.cli.accounts import choose_profile, needs_password, terminal_account
    from composer.merge.bounces.scan import imap_login, scan_inbox
    from composer.merge.record.ledger import MergeLedger
    from composer.merge.record.suppression import SuppressionList
    from composer.profiles.model import PasswordNeeded

    try:
        profile = choose_profile("bounces", args.profile, strict=False)
    except ComposerError as exc:
        return fail("bounces", exc.message, 2)
    if not profile.imap.enabled:
        return fail(
            "bounces",
            UserMessage(
                translate("CliBounces", "The profile “{profile}” has no IMAP server.").format(
                    profile=profile.name
                ),
                translate(
                    "CliBounces",
                    "Add the account's incoming (IMAP) server to the profile in Preferences.",
                ),
            ),
            2,
        )
    try:
        # The one sign-in of the account (a stored or typed password, or OAuth 2.0), shared
        # with composer send and composer merge.
        conn = imap_login(profile, terminal_account(profile).sign_in())
    except PasswordNeeded as need:
        return fail("bounces", needs_password(need), 2)
    except (OSError, imaplib.IMAP4.error, ssl.SSLError, ComposerError) as exc:
        from composer.errors.describe import describe

        return fail("bounces", describe(exc), 1)
    try:
        with MergeLedger() as ledger:
            report = scan_inbox(conn, ledger, SuppressionList())
    except (OSError, imaplib.IMAP4.error) as exc:
        from composer.errors.describe import describe

        return fail("bounces", describe(exc), 1)
    finally:
        with contextlib.suppress(OSError, imaplib.IMAP4.error):
            conn.logout()
    from composer.merge.bouncecheck import scan_words

    print(scan_words(report))
    from composer.merge.templates.addresses import printable

    # What a server wrote is shown as one visible line: no control character reaches the
    # terminal.
    for mark in report.hard + report.soft:
        print("  " + printable(f"{mark.recipient}: {mark.status} {mark.reason}", limit=2000))
    for address in report.unmatched:
        print(
            "  "
            + printable(
                translate(
                    "CliBounces",
                    "{address}: a bounce that matches no message of a merge (nothing marked, "
                    "not suppressed)",
                ).format(address=address),
                limit=2000,
            )
        )
    if report.unreadable:
        print(
            translate(
                "CliBounces",
                "{count} messages could not be read (damaged or not mail); they were passed "
                "over and left as they are.",
            ).format(count=report.unreadable)
        )
    if report.hard or report.soft or report.unsubscribed_rows:
        print(
            translate(
                "CliBounces",
                "The rows are marked in their merges: composer merge --report shows them, "
                "and --failed-csv PATH with it saves them to be fixed.",
            )
        )
    return 0
