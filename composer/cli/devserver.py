"""``composer devserver``: a local SMTP server that prints every message instead of sending it."""

from __future__ import annotations

import argparse
from pathlib import Path

from composer.i18n import translate


def _description() -> str:
    return translate(
        "CliDevServer",
        "Run a debugging SMTP server (the successor of `python -m smtpd -n -c DebuggingServer`).\n"
        "Nothing is delivered: each message is printed with its envelope, decoded headers, text\n"
        "parts and attachments. It speaks SMTPUTF8, 8BITMIME and PIPELINING, accepts any login\n"
        "(passwords are never shown) and messages of any size. Stop it with Ctrl+C.",
    )


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``devserver`` subcommand."""
    parser = subparsers.add_parser(
        "devserver",
        help=translate(
            "CliDevServer", "run a local SMTP server that prints every message it receives"
        ),
        description=_description(),
    )
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help=translate(
            "CliDevServer",
            "address to listen on (default: %(default)s; 0.0.0.0 for every interface)",
        ),
    )
    parser.add_argument(
        "--port",
        type=_port,
        default=1025,
        help=translate(
            "CliDevServer", "TCP port to listen on (default: %(default)s; 0 picks a free one)"
        ),
    )
    parser.add_argument(
        "--save",
        metavar="DIR",
        type=Path,
        default=None,
        help=translate(
            "CliDevServer",
            "also write each message to DIR as an .eml file, named by arrival time",
        ),
    )
    parser.set_defaults(handler=_run)


def _port(text: str) -> int:
    """A TCP port number, 0 to 65535."""
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(
            translate("CliDevServer", "not a port number (0-65535): {text!r}").format(text=text)
        )
    return port


def _run(args: argparse.Namespace) -> int:
    """Run the server until it is stopped; returns the exit status."""
    # Imported here so that building the parser (e.g. for --help) stays quick.
    from composer.mail.devserver import run

    return run(args.host, args.port, args.save)
