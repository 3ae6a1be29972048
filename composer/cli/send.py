"""``composer send``: send one message from the command line, through the window's code path.

The message is built by :mod:`composer.compose.message` and sent by
:func:`composer.sending.job.send_composed`, exactly as the compose window does; the result is
printed in the same plain words. A copy of every delivered message goes to the Sent folder.

Exit status: 0 sent, 1 failed, 2 bad input, 3 sent but some recipients were refused, 4 in
doubt (the message went out but the server's confirmation never came: most likely delivered,
so do not send it again), 130 interrupted.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from composer.cli.options import add_options
from composer.cli.output import fail
from composer.cli.prompt import PromptCancelled
from composer.errors import CancelToken, ComposerError, UserMessage
from composer.i18n import translate

if TYPE_CHECKING:
    from composer.compose.message import ComposedMessage

EXIT_SENT, EXIT_FAILED, EXIT_USAGE, EXIT_PARTIAL, EXIT_IN_DOUBT = 0, 1, 2, 3, 4
EXIT_INTERRUPTED = 130

_EXAMPLE = """\
  composer send --to "Kim <kim@example.com>" --subject "Report" \\
      --body-file note.txt --html-file note.html --attach report.pdf --profile Work"""


def _epilog() -> str:
    return (
        translate(
            "CliSend",
            'addresses: repeat an option or separate addresses with commas; "Name <addr>" is fine.',
        )
        + "\n\n"
        + translate(
            "CliSend",
            "exit status: 0 sent, 1 failed, 2 bad input, 3 sent but some recipients were "
            "refused, 4 in doubt (most likely delivered: do not send it again).",
        )
        + "\n"
        + translate(
            "CliSend",
            "with --at: 0 queued, 1 it could not be written (a full disk), 2 a time that is "
            "not one or has passed.",
        )
        + "\n\n"
        + translate("CliSend", "example:")
        + "\n"
        + _EXAMPLE
    )


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``send`` subcommand."""
    parser = subparsers.add_parser(
        "send",
        help=translate("CliSend", "send one message through a sending profile"),
        description=translate(
            "CliSend", "Send one message (the same way the compose window does)."
        ),
        epilog=_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    addresses: dict[str, Any] = {"action": "append", "default": [], "metavar": "ADDRESS"}
    add_options(
        parser, [(flag, None, addresses) for flag in ("--to", "--cc", "--bcc", "--reply-to")]
    )
    add_options(
        parser,
        [
            (
                "--from",
                translate("CliSend", "default: the profile's identity"),
                {"dest": "from_addr", "default": "", "metavar": "ADDRESS"},
            ),
            ("--subject", None, {"required": True}),
        ],
    )
    add_options(
        parser.add_mutually_exclusive_group(required=True),
        [
            ("--body", translate("CliSend", "the text of the message"), {}),
            ("--body-file", translate("CliSend", "read the text from FILE"), _FILE),
        ],
    )
    add_options(
        parser,
        [
            (
                "--html-file",
                translate("CliSend", "also send this HTML as the formatted version"),
                _FILE,
            ),
            (
                "--attach",
                None,
                {"action": "append", "type": Path, "default": [], "metavar": "FILE"},
            ),
            ("--profile", translate("CliSend", "default: the active profile"), {"metavar": "NAME"}),
            (
                "--at",
                translate("CliSend", "queue it in the outbox to go out then (local time) instead"),
                {"metavar": '"YYYY-MM-DD HH:MM"'},
            ),
        ],
    )
    parser.set_defaults(handler=run)


_FILE: dict[str, Any] = {"type": Path, "metavar": "FILE"}


def _has_line_break(text: str) -> bool:
    # Every character str.splitlines() breaks at would start a new header line.
    return bool(text) and text.splitlines() != [text]


def _addresses(values: list[str], label: str) -> tuple[list[str], list[str]]:
    from composer.compose.addresses import parse_addresses

    parsed = parse_addresses(", ".join(values))
    errors = [f"{label}: “{p.raw}”: {p.error}" for p in parsed if p.error]
    return [p.display for p in parsed], errors


def _build(args: argparse.Namespace) -> ComposedMessage | str:
    from composer.compose.htmltext import html_to_text
    from composer.compose.message import Attachment, ComposedMessage

    fields: dict[str, list[str]] = {}
    problems: list[str] = []
    for key, label in (("to", "To"), ("cc", "Cc"), ("bcc", "Bcc"), ("reply_to", "Reply-To")):
        fields[key], errors = _addresses(getattr(args, key), label)
        problems += errors
    sender: list[str] = []
    if args.from_addr:
        sender, errors = _addresses([args.from_addr], "From")
        if len(sender) > 1 and not errors:
            errors = [
                translate("CliSend", "From: give one address, not {count}.").format(
                    count=len(sender)
                )
            ]
        problems += errors
    if problems:
        return translate("CliSend", "Some addresses are not valid: {problems}.").format(
            problems="; ".join(problems)
        )
    if not (fields["to"] or fields["cc"] or fields["bcc"]):
        return translate("CliSend", "The message has no recipients.")
    if _has_line_break(args.subject):
        return translate(
            "CliSend", "The subject contains a line break; a subject is one line of text."
        )
    try:
        text = args.body if args.body is not None else args.body_file.read_text(encoding="utf-8")
        html = args.html_file.read_text(encoding="utf-8") if args.html_file else None
        attachments = [Attachment.from_path(path) for path in args.attach]
    except (OSError, UnicodeDecodeError) as exc:
        name = getattr(exc, "filename", None) or translate("CliSend", "a file")
        return translate("CliSend", "{file} could not be read ({reason}).").format(
            file=name, reason=getattr(exc, "strerror", None) or exc
        )
    if html is not None and not text.strip():
        text = html_to_text(html)
    return ComposedMessage(
        from_addr=sender[0] if sender else "",
        subject=args.subject,
        text=text,
        html=html,
        attachments=attachments,
        to=fields["to"],
        cc=fields["cc"],
        bcc=fields["bcc"],
        reply_to=fields["reply_to"],
    )


def run(args: argparse.Namespace) -> int:
    """Send the message described by *args*; returns the exit status."""
    from composer.cli.accounts import (
        choose_profile,
        needs_password,
        no_sender,
        terminal_account,
    )
    from composer.compose.message import format_address
    from composer.profiles.credentials import CredentialError
    from composer.profiles.model import BackendKind, PasswordNeeded
    from composer.sending.job import SendRequest, SendStatus, run_send
    from composer.storage.sentbox import SentBox

    msg = _build(args)
    if isinstance(msg, str):
        todo = translate("CliSend", "Correct the command line and run it again.")
        return fail("send", UserMessage(msg, todo), EXIT_USAGE)
    try:
        profile = choose_profile("send", args.profile, strict=False)
    except ComposerError as exc:
        return fail("send", exc.message, EXIT_USAGE)
    if not msg.from_addr and profile.identity.from_address:
        msg.from_addr = format_address(profile.identity.from_name, profile.identity.from_address)
    if args.at is not None:  # queued: sent later, with the password from the keyring
        from composer.cli.outbox import queue_message

        queued = queue_message(msg, profile, args.at)
        if queued is not None:
            return queued  # else a past time, and the user said: send it now
    try:
        sign_in = terminal_account(profile).sign_in()
    except PasswordNeeded as need:
        return fail("send", needs_password(need), EXIT_USAGE)
    except PromptCancelled as stop:
        words = stop.message.with_todo(translate("CliSend", "The message was not sent."))
        return fail("send", words, EXIT_INTERRUPTED if stop.interrupted else EXIT_FAILED)
    except CredentialError as exc:
        return fail("send", exc.message, EXIT_FAILED)
    if not msg.from_addr and profile.delivers:
        return fail("send", no_sender(profile), EXIT_USAGE)
    from composer.cli.servercopy import report_server_copies
    from composer.sending.servercopy import queue_folder_for

    request = SendRequest(msg, profile, sign_in, SentBox().folder, queue_folder_for(profile))
    result = run_send(request, _Terminal())
    if result.status in (SendStatus.FAILED, SendStatus.CANCELLED):
        return fail("send", result.message, EXIT_FAILED)
    if result.status is SendStatus.IN_DOUBT:
        return fail("send", result.message, EXIT_IN_DOUBT)
    stream = sys.stdout
    print(result.message.what, file=stream)
    if result.message.todo:
        print(result.message.todo, file=stream)
    for addr, (code, text) in result.refused.items():
        line = translate("CliSend", "refused {address}: {reply}")
        print("  " + line.format(address=addr, reply=f"{code} {text}"), file=stream)
    if profile.backend is BackendKind.LOCMEM:
        # The preview mailbox lives in a window's memory: this process keeps it for no one.
        print(
            translate(
                "CliSend",
                "The preview mailbox is shown only in the Composer window; to see messages here, "
                "use a “Print to terminal” profile (composer profiles add NAME --backend "
                "console) or send with --profile.",
            ),
            file=stream,
        )
    report_server_copies(profile, sign_in)
    return EXIT_SENT if result.status is SendStatus.SENT else EXIT_PARTIAL


class _Terminal:
    """The send's :class:`~composer.errors.WorkContext` here: Ctrl+C is the way to stop."""

    def __init__(self) -> None:
        self.token = CancelToken()

    def report_progress(self, value: object) -> None:
        return None
