"""Where log records go: the details into a private log file, one short line to the terminal.

Both the desktop app and the ``composer`` subcommands configure logging once, here:

* a rotating file in :func:`composer.storage.paths.log_dir` keeps everything from INFO up, with
  tracebacks. The folder is ``0700`` and every file in it ``0600``: the log names accounts,
  servers and recipients, which nobody else on the computer needs to read;
* the terminal gets warnings (the app) or errors (the CLI, which prints its own sentences)
  as one line each, without a traceback: a person reads "what happened, what to do", and the
  details are in the file. ``--verbose`` shows everything, tracebacks included.

Both handlers mask passwords (:mod:`composer.diagnostics.logsafety`); the file never records
DEBUG, where message bodies may be.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import sys
from pathlib import Path
from typing import IO

from composer.diagnostics.logsafety import SecretFilter
from composer.storage import paths

__all__ = ["LOG_FILENAME", "configure", "log_file", "remove"]

LOG_FILENAME = "composer.log"
_FILE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_PRIVATE_FOLDER = 0o700
_PRIVATE_FILE = 0o600

# One entry per configure(): the handlers it added and the root level before (None: it added
# nothing because handlers were installed already).
_installed: list[tuple[list[logging.Handler], int] | None] = []


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file handler whose files are created (and kept) readable by the user only.

    The standard handler opens files with the process umask (usually ``0644``), both the
    first time and after each rollover.
    """

    def _open(self) -> io.TextIOWrapper:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(self.baseFilename, flags, _PRIVATE_FILE)
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, _PRIVATE_FILE)  # a file an older Composer created 0644
            return open(fd, "a", encoding=self.encoding, errors=self.errors)
        except BaseException:
            os.close(fd)
            raise


class _OneLineFormatter(logging.Formatter):
    """The first line of a record, without its traceback: the details are in the log file.

    Records of user-facing problems put their details (often a traceback) after the first
    line; those stay in the file too.
    """

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_info, record.exc_text, record.stack_info
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        try:
            text = super().format(record)
        finally:
            record.exc_info, record.exc_text, record.stack_info = saved
        first, _newline, rest = text.partition("\n")
        return f"{first} […]" if rest.strip() else first


def _private_log_folder() -> Path:
    folder = paths.log_dir()
    try:
        folder.chmod(_PRIVATE_FOLDER)  # also a folder an older Composer created 0755
    except OSError as exc:  # not ours to change (a shared COMPOSER_HOME): keep going
        logging.getLogger(__name__).info("Could not make %s private: %s", folder, exc)
    return folder


def log_file() -> Path:
    """The current log file (it may not exist yet)."""
    return paths.log_dir() / LOG_FILENAME


def configure(
    *,
    console_level: int = logging.WARNING,
    verbose: bool = False,
    stream: IO[str] | None = None,
) -> Path:
    """Install the file and terminal handlers once; returns the log file.

    Args:
        console_level: the least severe record the terminal shows (``verbose`` shows all).
        verbose: show every record on the terminal, with its traceback.
        stream: the terminal (default: standard error, looked up at each write).
    """
    root = logging.getLogger()
    if any(getattr(h, "_composer", False) for h in root.handlers):
        _installed.append(None)
        return log_file()
    logfile = _private_log_folder() / LOG_FILENAME
    file_handler = _PrivateRotatingFileHandler(
        logfile, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter(_FILE_FORMAT))
    # Bodies may be logged at DEBUG; the file never keeps DEBUG, and never a password.
    file_handler.setLevel(logging.INFO)
    file_handler.addFilter(SecretFilter())
    file_handler._composer = True  # type: ignore[attr-defined]
    terminal = _TerminalHandler(stream)
    if verbose:
        terminal.setLevel(logging.DEBUG)
        terminal.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    else:
        terminal.setLevel(console_level)
        terminal.setFormatter(_OneLineFormatter("%(levelname)s %(name)s: %(message)s"))
    terminal.addFilter(SecretFilter())
    terminal._composer = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    root.addHandler(terminal)
    _installed.append(([file_handler, terminal], root.level))
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return logfile


def remove() -> None:
    """Undo the last :func:`configure` (a command has finished): its handlers go, closed."""
    entry = _installed.pop() if _installed else None
    if entry is None:
        return
    handlers, level = entry
    root = logging.getLogger()
    for handler in handlers:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


class _TerminalHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to *stream*, or to whatever ``sys.stderr`` is at the time of each record."""

    def __init__(self, stream: IO[str] | None) -> None:
        super().__init__(stream)
        self._fixed = stream is not None

    def emit(self, record: logging.LogRecord) -> None:
        if not self._fixed:
            self.stream = sys.stderr
        super().emit(record)
