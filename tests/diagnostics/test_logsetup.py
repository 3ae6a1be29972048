"""The log: private files, details in the file, one line on the terminal."""

from __future__ import annotations

import io
import logging
import logging.handlers
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from composer.diagnostics import logsetup


@pytest.fixture
def configured() -> Iterator[None]:
    yield
    logsetup.remove()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_files_an_older_composer_left_readable_become_private(
    composer_home: Path, configured: None
) -> None:
    folder = composer_home / "log"
    folder.mkdir(parents=True)
    folder.chmod(0o755)
    old = folder / "composer.log"
    old.write_text("from an older version\n", encoding="utf-8")
    old.chmod(0o644)
    logfile = logsetup.configure(stream=io.StringIO())
    logging.getLogger("composer.test").warning("hello")
    assert logfile == old
    assert mode(folder) == 0o700
    assert mode(old) == 0o600


def test_rotated_files_are_private_too(composer_home: Path, configured: None) -> None:
    logfile = logsetup.configure(stream=io.StringIO())
    handler = next(
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.handlers.RotatingFileHandler)
    )
    logging.getLogger("composer.test").warning("before the rollover")
    handler.doRollover()
    logging.getLogger("composer.test").warning("after the rollover")
    handler.flush()
    assert mode(logfile) == 0o600
    assert mode(logfile.with_name("composer.log.1")) == 0o600
    assert "after the rollover" in logfile.read_text(encoding="utf-8")


def test_the_terminal_gets_one_line_and_the_file_the_traceback(configured: None) -> None:
    terminal = io.StringIO()
    logfile = logsetup.configure(stream=terminal)
    try:
        raise ConnectionRefusedError(111, "Connection refused")
    except ConnectionRefusedError as exc:
        logging.getLogger("composer.sending.job").warning(
            "Sending failed: %s", "no server", exc_info=exc
        )
    logging.getLogger("composer.ui.errors").warning("What happened | what to do\nTraceback ...")
    for handler in logging.getLogger().handlers:
        handler.flush()
    shown = terminal.getvalue()
    assert shown.splitlines() == [
        "WARNING composer.sending.job: Sending failed: no server",
        "WARNING composer.ui.errors: What happened | what to do […]",
    ]
    kept = logfile.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in kept
    assert "ConnectionRefusedError" in kept


def test_verbose_shows_everything_on_the_terminal(configured: None) -> None:
    terminal = io.StringIO()
    logsetup.configure(stream=terminal, verbose=True)
    try:
        raise ValueError("the details")
    except ValueError as exc:
        logging.getLogger("composer.test").info("failed", exc_info=exc)
    assert "ValueError: the details" in terminal.getvalue()
