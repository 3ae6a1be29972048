"""``composer send``: send one message from the command line, through the window's code path.

The message is built by :mod:`composer.compose.message` and sent by
:func:`composer.sending.job.send_composed`, exactly as the compose window does; the result is
printed in the same plain words. A copy of every delivered message goes to the Sent folder.

Exit status: 0 sent, 1 failed, 2 bad input, 3 sent but some recipients were refused.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from composer.i18n import translate

if TYPE_CHECKING:
    from composer.compose.message import ComposedMessage
    from composer.profiles.model import Profile

EXIT_SENT, EXIT_FAILED, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3
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
            "exit status: 0 sent, 1 failed, 2 bad input, 3 sent but some recipients were refused.",
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
    for flag in ("--to", "--cc", "--bcc", "--reply-to"):
        parser.add_argument(flag, action="append", default=[], metavar="ADDRESS")
    parser.add_argument(
        "--from",
        dest="from_addr",
        default="",
        metavar="ADDRESS",
        help=translate("CliSend", "default: the profile's identity"),
    )
    parser.add_argument("--subject", required=True)
    body = parser.add_mutually_exclusive_group(required=True)
    body.add_argument("--body", help=translate("CliSend", "the text of the message"))
    body.add_argument(
        "--body-file",
        type=Path,
        metavar="FILE",
        help=translate("CliSend", "read the text from FILE"),
    )
    parser.add_argument(
        "--html-file",
        type=Path,
        metavar="FILE",
        help=translate("CliSend", "also send this HTML as the formatted version"),
    )
    parser.add_argument("--attach", action="append", type=Path, default=[], metavar="FILE")
    parser.add_argument(
        "--profile", metavar="NAME", help=translate("CliSend", "default: the active profile")
    )
    parser.set_defaults(handler=run)


def _fail(what: str, todo: str, status: int = EXIT_USAGE) -> int:
    print(f"composer send: {what}\n{todo}", file=sys.stderr)  # a prefix and two sentences
    return status


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


def _profile(name: str | None) -> Profile | str:
    from composer.profiles.model import ProfileError
    from composer.profiles.store import ProfileStore

    loaded = ProfileStore().load()
    if loaded.error is not None:
        warning = translate("CliSend", "warning: {problem}").format(problem=loaded.error)
        print(f"composer send: {warning}", file=sys.stderr)
    book = loaded.book
    if name is None:
        return book.active or translate("CliSend", "There is no sending profile.")
    try:
        return book.get(name)
    except ProfileError as exc:
        names = ", ".join(book.names()) or translate("CliSend", "none")
        return "{error} {profiles}".format(
            error=exc, profiles=translate("CliSend", "Profiles: {names}.").format(names=names)
        )


def run(args: argparse.Namespace) -> int:
    """Send the message described by *args*; returns the exit status."""
    from composer.cli.prompt import PromptCancelled, ask_password
    from composer.compose.message import format_address
    from composer.profiles.credentials import CredentialError, Credentials
    from composer.profiles.model import BackendKind, PasswordNeeded, connection_for
    from composer.sending.job import SendStatus, send_composed
    from composer.storage.sentbox import SentBox

    msg = _build(args)
    if isinstance(msg, str):
        return _fail(msg, translate("CliSend", "Correct the command line and run it again."))
    profile = _profile(args.profile)
    if isinstance(profile, str):
        return _fail(
            profile,
            translate(
                "CliSend", "Add one with `composer profiles add`, or name another with --profile."
            ),
        )
    if not msg.from_addr and profile.identity.from_address:
        msg.from_addr = format_address(profile.identity.from_name, profile.identity.from_address)
    credentials = Credentials()
    try:
        try:
            connection = connection_for(profile, credentials)
        except PasswordNeeded as need:
            if not sys.stdin.isatty():
                return _fail(
                    translate(
                        "CliSend", "The profile “{profile}” needs the password for {account}."
                    ).format(profile=profile.name, account=need.account),
                    translate(
                        "CliSend",
                        "Store it with `composer profiles add ... --password-stdin`, or run "
                        "this in a terminal to be asked.",
                    ),
                )
            prompt = translate("CliSend", "Password for {account}: ").format(account=need.account)
            credentials.session.remember(need.account, ask_password(prompt))
            connection = connection_for(profile, credentials)
    except PromptCancelled as stop:
        return _fail(
            stop.sentence(),
            translate("CliSend", "The message was not sent."),
            EXIT_INTERRUPTED if stop.interrupted else EXIT_FAILED,
        )
    except CredentialError as exc:
        return _fail(exc.what, exc.todo, EXIT_FAILED)
    except ImportError as exc:
        return _fail(
            translate("CliSend", "The profile's backend cannot be loaded ({reason}).").format(
                reason=exc
            ),
            translate("CliSend", "Fix the profile."),
        )
    # Checked once the profile proved usable, so its own problems are named first.
    if not msg.from_addr and profile.delivers:
        return _fail(
            translate("CliSend", "The message has no sender address."),
            translate(
                "CliSend",
                "Give one with --from, or add one to the profile “{profile}” "
                "(composer profiles add … --from-address).",
            ).format(profile=profile.name),
        )
    server = f"{profile.smtp.host}:{profile.smtp.port}" if profile.delivers else ""
    result = send_composed(
        msg,
        connection,
        profile=profile.name,
        delivers=profile.delivers,
        server=server,
        username=profile.smtp.username if profile.delivers else "",
        sentbox=SentBox(),
    )
    stream = sys.stdout if result.ok else sys.stderr
    print(result.summary, file=stream)
    if result.advice:
        print(result.advice, file=stream)
    for addr, (code, text) in result.refused.items():
        line = translate("CliSend", "refused {address}: {reply}")
        print("  " + line.format(address=addr, reply=f"{code} {text}"), file=stream)
    if result.ok and profile.backend is BackendKind.LOCMEM:
        # The in-app outbox lives in a window's memory: this process keeps it for no one.
        print(
            translate(
                "CliSend",
                "The in-app outbox is shown only in the Composer window; to see messages here, "
                "use a “Print to terminal” profile (composer profiles add NAME --backend "
                "console) or send with --profile.",
            ),
            file=stream,
        )
    if result.status is SendStatus.SENT:
        return EXIT_SENT
    if result.status is SendStatus.PARTIAL:
        return EXIT_PARTIAL
    return EXIT_FAILED
