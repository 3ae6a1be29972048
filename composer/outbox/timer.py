"""A systemd user timer that runs ``composer outbox run``, so mail goes out while Composer is
closed (Linux). ``composer outbox install-timer`` writes the two unit files and enables the
timer with ``systemctl --user``; ``--print`` only shows them.

The service runs the same executable that installed it (the PyInstaller build, or this
Python with ``-m composer``), so it finds the same profiles and outbox. No Qt here.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from composer.storage.atomic import write_text_atomic

__all__ = ["UNIT", "TimerUnits", "enable", "run_command", "units", "user_unit_dir"]

UNIT = "composer-outbox"


@dataclass(frozen=True)
class TimerUnits:
    service: str
    timer: str


def run_command() -> list[str]:
    """``composer outbox run`` with this executable (the PyInstaller build, or Python)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "outbox", "run"]
    return [sys.executable, "-m", "composer", "outbox", "run"]


def _systemd(text: str) -> str:
    # systemd expands % specifiers and $ variables in these lines; a path keeps its own.
    return text.replace("%", "%%").replace("$", "$$")


def units(every_minutes: int = 5) -> TimerUnits:
    """The unit files' text: run the outbox every *every_minutes* (1 to 59) on the clock
    (``Persistent``: a run missed while the computer was off or asleep happens at once)."""
    home = os.environ.get("COMPOSER_HOME")
    quoted = home.replace("\\", "\\\\").replace('"', '\\"') if home else ""
    env = f'Environment="COMPOSER_HOME={_systemd(quoted)}"\n' if home else ""
    service = (
        "[Unit]\n"
        "Description=Composer: send the mail that is due in the outbox\n"
        "After=network-online.target\n\n"
        "[Service]\n"
        "Type=oneshot\n"
        f"{env}"
        f"ExecStart={_systemd(shlex.join(run_command()))}\n"
    )
    timer = (
        "[Unit]\n"
        "Description=Composer: send due mail every few minutes\n\n"
        "[Timer]\n"
        f"OnCalendar=*:0/{every_minutes}\n"
        "Persistent=true\n\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )
    return TimerUnits(service, timer)


def user_unit_dir() -> Path:
    """Where systemd looks for the user's own units."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "systemd" / "user"


def write_units(made: TimerUnits, folder: Path | None = None) -> list[Path]:
    """Write the unit files; returns their paths.

    Raises:
        OSError: the folder cannot be written.
    """
    folder = folder or user_unit_dir()
    service, timer = folder / f"{UNIT}.service", folder / f"{UNIT}.timer"
    write_text_atomic(service, made.service, 0o644)
    write_text_atomic(timer, made.timer, 0o644)
    return [service, timer]


def enable() -> str:
    """``systemctl --user daemon-reload`` and ``enable --now`` the timer; returns "" when it
    worked, else what systemctl said (or that it is missing)."""
    systemctl = shutil.which("systemctl")
    if systemctl is None:
        return "systemctl not found"
    for args in (["daemon-reload"], ["enable", "--now", f"{UNIT}.timer"]):
        done = subprocess.run(  # noqa: S603  (systemctl from PATH, fixed arguments)
            [systemctl, "--user", *args], capture_output=True, text=True, timeout=60, check=False
        )
        if done.returncode != 0:
            return (done.stderr or done.stdout).strip() or f"exit status {done.returncode}"
    return ""
