"""Application settings that are not sending profiles: the interface language, spelling,
the Undo delay, the hour a paused merge resumes at.

Kept in ``settings.toml`` in the config folder, written atomically. Qt-free, so the start-up
code can read it before any window exists. A missing or unreadable file means the defaults.
"""

from __future__ import annotations

import logging
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import tomli_w

from composer.storage import paths
from composer.storage.atomic import write_text_atomic

__all__ = ["LANGUAGES", "UNDO_DELAYS", "AppSettings", "load", "save", "settings_path"]

log = logging.getLogger(__name__)

#: The interface languages: "system" follows the desktop's locale.
LANGUAGES: tuple[str, ...] = ("system", "en", "ko")
#: How long a sent message waits for Undo, in seconds (0: off).
UNDO_DELAYS: tuple[int, ...] = (0, 5, 10, 20, 30)
#: A time of day, HH:MM on the 24-hour clock.
_HOUR = re.compile(r"^([01]?\d|2[0-3]):[0-5]\d$")


@dataclass
class AppSettings:
    """What the user chose in Preferences ▸ General."""

    language: str = "system"
    #: Spelling (the compose window's Tools ▸ Spelling): underline as you type, and a
    #: check of the whole message before it is sent.
    spell_check: bool = True
    spell_check_before_sending: bool = False
    undo_delay: int = 10
    #: When a merge stopped by a daily limit resumes by itself, the next day (HH:MM, local).
    merge_resume_at: str = "09:00"
    #: Keep running in the system tray (sending what falls due) when the windows close.
    keep_running: bool = False


def settings_path() -> Path:
    """Where the settings live: ``settings.toml`` in the config folder."""
    return paths.config_dir() / "settings.toml"


def load() -> AppSettings:
    """The saved settings; the defaults when the file is missing or unreadable."""
    path = settings_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return AppSettings()
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        log.warning("Ignoring the unreadable settings file %s: %s", path, exc)
        return AppSettings()
    general = data.get("general", {})
    language = general.get("language", "system") if isinstance(general, dict) else "system"
    if language not in LANGUAGES:
        log.warning("Ignoring the unknown language %r in %s", language, path)
        language = "system"
    spelling = data.get("spelling", {})
    if not isinstance(spelling, dict):
        spelling = {}
    undo = general.get("undo_delay", 10) if isinstance(general, dict) else 10
    if undo not in UNDO_DELAYS:
        log.warning("Ignoring the Undo delay %r in %s", undo, path)
        undo = 10
    merge = data.get("merge", {})
    resume_at = merge.get("resume_at", "09:00") if isinstance(merge, dict) else "09:00"
    if not isinstance(resume_at, str) or not _HOUR.match(resume_at):
        log.warning("Ignoring the resume time %r in %s", resume_at, path)
        resume_at = "09:00"
    return AppSettings(
        language=language,
        spell_check=spelling.get("as_you_type", True) is not False,
        spell_check_before_sending=spelling.get("before_sending", False) is True,
        undo_delay=undo,
        merge_resume_at=resume_at,
        keep_running=isinstance(general, dict) and general.get("keep_running") is True,
    )


def save(settings: AppSettings) -> None:
    """Write *settings* atomically.

    Raises:
        ValueError: an unknown language.
        OSError: the file could not be written; the old one is intact.
    """
    if settings.language not in LANGUAGES:
        raise ValueError(f"unknown language {settings.language!r}")
    if settings.undo_delay not in UNDO_DELAYS:
        raise ValueError(f"unknown Undo delay {settings.undo_delay!r}")
    text = tomli_w.dumps(
        {
            "general": {
                "language": settings.language,
                "undo_delay": settings.undo_delay,
                "keep_running": settings.keep_running,
            },
            "spelling": {
                "as_you_type": settings.spell_check,
                "before_sending": settings.spell_check_before_sending,
            },
            "merge": {"resume_at": settings.merge_resume_at},
        }
    )
    write_text_atomic(settings_path(), text, 0o644)
