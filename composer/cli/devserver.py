"""``composer devserver``: a local SMTP server that prints every message instead of sending it."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from composer.i18n import translate

# The server's own default, repeated so that building the parser imports nothing more.
DEFAULT_MAX_SIZE = 100 * 1024 * 1024
_UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}


def _description() -> str:
    return translate(
        "CliDevServer",
        "Run a debugging SMTP server (the successor of `python -m smtpd -n -c DebuggingServer`).\n"
        "Nothing is delivered: each message is printed with its envelope, decoded headers, text\n"
        "parts and attachments. It speaks SMTPUTF8, 8BITMIME and PIPELINING, accepts any login\n"
        "(passwords are never shown) and messages up to --max-size, which it keeps on disk, not\n"
        "in memory. Stop it with Ctrl+C.",
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
    parser.add_argument(
        "--max-size",
        metavar="SIZE",
        type=_size,
        default=DEFAULT_MAX_SIZE,
        help=translate(
            "CliDevServer",
            "refuse larger messages with 552, e.g. 25M, 1G or 0 for no limit (default: 100M)",
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


def _size(text: str) -> int:
    """A size in bytes: a whole number, optionally with K, M or G (powers of 1024)."""
    match = re.fullmatch(r"\s*(\d+)\s*([KMG]?)(?:I?B)?\s*", text, re.IGNORECASE)
    if match is None:
        raise argparse.ArgumentTypeError(
            translate(
                "CliDevServer", "not a size (a number, optionally with K, M or G): {text!r}"
            ).format(text=text)
        )
    return int(match[1]) * _UNITS[match[2].upper()]


def _run(args: argparse.Namespace) -> int:
    """Run the server until it is stopped; returns the exit status."""
    # Imported here so that building the parser (e.g. for --help) stays quick.
    from composer.mail.devserver import run

    return run(args.host, args.port, args.save, max_size=args.max_size)
