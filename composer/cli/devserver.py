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
    """Run the server until it is stopped; returns the exit status (1: it could not start)."""
    # Imported here so that building the parser (e.g. for --help) stays quick.
    from composer.cli.output import fail
    from composer.errors import ComposerError
    from composer.mail.devserver import run

    try:
        _check_save_folder(args.save)
        _check_address(args.host, args.port)
    except ComposerError as exc:
        return fail("devserver", exc.message, 1)
    return run(args.host, args.port, args.save, max_size=args.max_size)


def _check_save_folder(folder: Path | None) -> None:
    """Raise a ComposerError unless messages can be saved in *folder* (made if missing)."""
    import os

    from composer.errors import ComposerError

    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        reason = "" if os.access(folder, os.W_OK | os.X_OK) else os.strerror(13)
    except FileExistsError:
        reason = translate("CliDevServer", "it is not a folder")
    except OSError as exc:
        reason = exc.strerror or str(exc)
    if reason:
        raise ComposerError(
            translate("CliDevServer", "Messages cannot be saved in {folder} ({reason}).").format(
                folder=folder, reason=reason
            ),
            translate("CliDevServer", "Choose a folder you can write to with --save."),
        )


def _check_address(host: str, port: int) -> None:
    """Raise a ComposerError unless the server can listen on *host* and *port*."""
    import errno
    import socket

    from composer.errors import ComposerError

    this_computer = translate(
        "CliDevServer", "Give an address of this computer with --host, such as 127.0.0.1."
    )
    try:
        info = socket.getaddrinfo(
            host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )
        family, address = info[0][0], info[0][4]
        with socket.create_server(address, family=family):
            return
    except socket.gaierror:
        what, todo = translate("CliDevServer", "{host} is not a known host name."), this_computer
        reason = ""
    except OSError as exc:
        reason = exc.strerror or str(exc)
        if exc.errno == errno.EADDRINUSE:
            what = translate("CliDevServer", "{host}:{port} is already in use.")
            todo = translate(
                "CliDevServer", "Another server is running there; pick a free port with --port."
            )
        elif exc.errno == errno.EACCES:
            what = translate("CliDevServer", "Composer may not listen on port {port}.")
            todo = translate(
                "CliDevServer", "Ports below 1024 need administrator rights; use --port 1025."
            )
        elif exc.errno == errno.EADDRNOTAVAIL:
            what = translate("CliDevServer", "{host} is not an address of this computer.")
            todo = this_computer
        else:
            what = translate(
                "CliDevServer", "The server cannot listen on {host} port {port} ({reason})."
            )
            todo = translate("CliDevServer", "Check --host and --port.")
    raise ComposerError(what.format(host=host, port=port, reason=reason), todo)
