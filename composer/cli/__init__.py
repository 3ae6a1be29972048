"""The ``composer`` command line.

Each subcommand lives in its own module under :mod:`composer.cli` and exposes
``register(subparsers)``, which adds its parser and sets ``handler`` to a function taking
the parsed arguments and returning the exit status. Modules are imported only to build the
parser; anything heavy (Qt, aiosmtpd, the merge engine) is imported inside the handlers.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from composer.appinfo import APP_NAME, __version__
from composer.i18n import translate

# Subcommand modules, in the order `composer --help` lists them.
_SUBCOMMANDS: tuple[str, ...] = ("send", "devserver", "profiles", "merge")

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    """Build the full argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="composer",
        description=translate("Cli", "{app}: write mail, one message or ten thousand.").format(
            app=APP_NAME
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _SUBCOMMANDS:
        module = importlib.import_module(f"composer.cli.{name}")
        module.register(subparsers)
    return parser


def _wants_gui(args: list[str]) -> bool:
    """No arguments, or a message file to open rather than a subcommand or an option."""
    if not args:
        return True
    first = args[0]
    if first in _SUBCOMMANDS or first.startswith("-"):
        return False
    return first.lower().endswith(".eml") or Path(first).is_file()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line (or the app: no arguments, or a file); returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if _wants_gui(args_list):
        from composer.app import main as run_app  # Qt is imported only now

        return run_app(args_list)
    parser = build_parser()
    args = parser.parse_args(args_list)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 0
    try:
        return handler(args)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
