"""The ``composer`` command line.

Each subcommand lives in its own module under :mod:`composer.cli` and exposes
``register(subparsers)``, which adds its parser and sets ``handler`` to a function taking
the parsed arguments and returning the exit status. Modules are imported only to build the
parser; anything heavy (Qt, aiosmtpd, the merge engine) is imported inside the handlers.

A command says what went wrong through :func:`composer.cli.output.fail` (what happened, what
to do) and exits with its status; log records, the technical details among them, go to the
log file (:mod:`composer.diagnostics.logsetup`), and to the terminal only with ``--verbose``.
Nothing a handler raises reaches the terminal as a traceback: an error of Composer's own is
put in the same words, anything else is reported as a bug with the way to its details.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from composer.appinfo import APP_NAME, __version__
from composer.cli.output import fail
from composer.errors import Cancelled, ComposerError, UserMessage
from composer.i18n import translate

# Subcommand modules, in the order `composer --help` lists them.
_SUBCOMMANDS: tuple[str, ...] = (
    "send",
    "devserver",
    "profiles",
    "merge",
    "outbox",
    "preflight",
    "bounces",
)

Handler = Callable[[argparse.Namespace], int]

log = logging.getLogger(__name__)

EXIT_INTERRUPTED = 130


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
    _add_verbose(parser, top=True)
    from composer.cli.exit_help import add_exit_statuses

    add_exit_statuses(parser)
    return parser


def _add_verbose(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """``-v/--verbose`` before or after the subcommand (``composer send ... --verbose``)."""
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        # A subcommand's default must not reset a --verbose given before it.
        default=False if top else argparse.SUPPRESS,
        help=translate("Cli", "also show the log on the terminal, with technical details"),
    )
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                _add_verbose(child, top=False)


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
    from composer.cli.language import install as install_language

    restore_language = install_language()
    try:
        return _command(args_list)
    finally:
        restore_language()


def _command(args_list: list[str]) -> int:
    """Parse and run one subcommand, in the language :func:`main` chose."""
    parser = build_parser()
    args = parser.parse_args(args_list)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 0
    from composer.diagnostics import logsetup

    verbose = bool(getattr(args, "verbose", False))
    # The commands print their own sentences; the terminal shows log records only when asked.
    logfile = logsetup.configure(console_level=logging.CRITICAL, verbose=verbose)
    try:
        return handler(args)
    except KeyboardInterrupt:
        print("\n" + translate("Cli", "Interrupted; stopped."), file=sys.stderr)
        return EXIT_INTERRUPTED
    except Cancelled as exc:
        return fail(args.command, exc.message, EXIT_INTERRUPTED)
    except ComposerError as exc:  # what a command did not expect, but Composer knows
        from composer.errors.describe import describe

        return fail(args.command, describe(exc), 1)
    except Exception as exc:  # a bug: one sentence here, the traceback in the log
        log.error("composer %s stopped with an unexpected error", args.command, exc_info=exc)
        what = translate("Cli", "unexpected error ({error}: {reason}).")
        todo = translate(
            "Cli", "The details are in {log}; run the command again with --verbose to see them."
        )
        message = UserMessage(
            what.format(error=type(exc).__name__, reason=exc), todo.format(log=logfile)
        )
        return fail(args.command, message, 1)
    finally:
        logsetup.remove()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
