"""Where Composer keeps its files: every path the app uses is resolved here.

Config (profiles), data (drafts, the Sent Maildir, merge ledgers, the suppression list,
address history), cache and logs live in the platform's standard places (``platformdirs``,
which honours ``XDG_CONFIG_HOME`` and friends on Linux). Tests point all of them at a
temporary folder with :func:`override_base`, or by setting ``COMPOSER_HOME``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs

from composer.appinfo import APP_NAME

_override: Path | None = None


def _platform_dirs() -> platformdirs.PlatformDirs:
    return platformdirs.PlatformDirs(appname=APP_NAME.lower(), appauthor=False)


def _base() -> Path | None:
    if _override is not None:
        return _override
    env = os.environ.get("COMPOSER_HOME")
    return Path(env) if env else None


def _resolve(kind: str) -> Path:
    base = _base()
    if base is not None:
        path = base / kind
    else:
        dirs = _platform_dirs()
        path = Path(
            {
                "config": dirs.user_config_dir,
                "data": dirs.user_data_dir,
                "cache": dirs.user_cache_dir,
                "log": dirs.user_log_dir,
            }[kind]
        )
    # The log names accounts, servers and recipients: its folder is the user's alone.
    path.mkdir(parents=True, exist_ok=True, mode=0o700 if kind == "log" else 0o777)
    return path


def config_dir() -> Path:
    """The folder for preferences (``profiles.toml``)."""
    return _resolve("config")


def data_dir() -> Path:
    """The folder for the user's data: drafts, Sent, ledgers, history."""
    return _resolve("data")


def cache_dir() -> Path:
    """The folder for disposable caches."""
    return _resolve("cache")


def log_dir() -> Path:
    """The folder for rotating log files."""
    return _resolve("log")


def documents_dir() -> Path | None:
    """Where file dialogs start by default under ``COMPOSER_HOME`` or a test's folder.

    None means the platform's documents folder, which the GUI asks Qt for.
    """
    base = _base()
    if base is None:
        return None
    path = base / "documents"
    path.mkdir(parents=True, exist_ok=True)
    return path


@contextmanager
def override_base(base: Path) -> Iterator[Path]:
    """Point every Composer path below *base* for the duration of the block."""
    global _override
    previous = _override
    _override = Path(base)
    try:
        yield _override
    finally:
        _override = previous
