"""How a command tells the user that something failed: one message, then its exit status.

Every command prints a failure through :func:`fail`: ``composer COMMAND: what happened`` and
on the next line what to do, on standard error. The technical details go to the log file,
and to the terminal only with ``--verbose`` (:mod:`composer.diagnostics.logsetup`); never a
traceback otherwise.
"""

from __future__ import annotations

import logging
import sys

from composer.errors import UserMessage

__all__ = ["fail", "warn"]

log = logging.getLogger("composer.cli")


def fail(command: str, message: UserMessage, status: int = 1) -> int:
    """Print *message* as ``composer COMMAND``'s failure; returns *status* (non-zero)."""
    if message.details:
        log.warning("composer %s: %s\n%s", command, message.text, message.details)
    print(f"composer {command}: {message.what}", file=sys.stderr)
    if message.todo:
        print(message.todo, file=sys.stderr)
    return status


def warn(command: str, text: str) -> None:
    """A problem that does not stop the command (e.g. the last good profiles file is used)."""
    print(f"composer {command}: {text}", file=sys.stderr)
