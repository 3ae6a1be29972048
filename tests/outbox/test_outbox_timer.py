"""``composer outbox install-timer``: the systemd user units it writes run the outbox."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def composer(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "composer", *args],
        env=dict(os.environ, COMPOSER_HOME=str(home), PYTHONPATH=str(ROOT), **env),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_timer_runs_the_outbox_of_this_home_every_few_minutes(tmp_path: Path) -> None:
    home = tmp_path / "home with space"
    config = tmp_path / "config"
    # No systemctl on PATH: the test never touches the user's own systemd.
    no_tools = tmp_path / "bin"
    no_tools.mkdir()
    done = composer(
        home, "outbox", "install-timer", "--every", "10",
        XDG_CONFIG_HOME=str(config), PATH=str(no_tools),
    )  # fmt: skip
    units = config / "systemd" / "user"
    service = (units / "composer-outbox.service").read_text()
    timer = (units / "composer-outbox.timer").read_text()
    assert "OnCalendar=*:0/10" in timer
    assert "Persistent=true" in timer  # a run missed while asleep happens on waking
    assert f'Environment="COMPOSER_HOME={home}"' in service
    # Without systemd, the files are still written and the user is told how to start it.
    assert done.returncode == 1
    assert "systemd did not start it: systemctl not found." in done.stderr
    assert "systemctl --user daemon-reload" in done.stderr
    (exec_line,) = [line for line in service.splitlines() if line.startswith("ExecStart=")]
    command = shlex.split(exec_line.removeprefix("ExecStart=").replace("%%", "%"))
    ran = subprocess.run(
        command,
        env=dict(os.environ, COMPOSER_HOME=str(home), PYTHONPATH=str(ROOT)),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr
    assert "Nothing is due." in ran.stdout


def test_every_must_be_minutes_within_an_hour(tmp_path: Path) -> None:
    done = composer(tmp_path, "outbox", "install-timer", "--every", "90", "--print")
    assert done.returncode == 2
    assert "from 1 to 59" in done.stderr
