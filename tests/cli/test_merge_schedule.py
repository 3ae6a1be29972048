"""Scheduled merges end to end: ``composer merge --at`` and ``--send-at-column``, run later
by ``composer outbox run``, against a real SMTP server on 127.0.0.1. Nobody gets a message
twice, however often the runs come."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from merge_cli_helpers import composer, received, run_cli, write_inputs
from smtpserver import SMTPTestServer

from composer.outbox.schedule import MergeSchedule

ROOT = Path(__file__).resolve().parents[2]


def outbox(home: Path, *args: str, cwd: Path | None = None) -> tuple[int, str]:
    proc = subprocess.run(
        [sys.executable, "-m", "composer", "outbox", *args],
        env=dict(os.environ, COMPOSER_HOME=str(home), PYTHONPATH=str(ROOT)),
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return proc.returncode, proc.stdout + proc.stderr


def make_due(entry_id: str) -> None:
    schedule = MergeSchedule()
    entry = schedule.get(entry_id)
    assert entry is not None
    entry.due = entry.due.replace(year=2000)
    schedule.save(entry)


def test_a_merge_at_a_time_waits_then_runs_once_from_anywhere(
    tmp_path: Path, composer_home: Path
) -> None:
    data, template = write_inputs(tmp_path, 3)
    with SMTPTestServer() as server:
        proc = composer(
            composer_home, data.name, template.name, "--server", f"127.0.0.1:{server.port}",
            "--at", "2099-01-05 09:00", cwd=tmp_path,
        )  # fmt: skip
        stdout, stderr = proc.communicate(timeout=120)
        out = stdout + stderr
        assert proc.returncode == 0, out
        assert "the merge starts at 2099-01-05 09:00" in out
        assert received(server) == {}
        (entry,) = MergeSchedule().entries()
        assert entry.argv[0] == str(data)  # absolute: the timer runs elsewhere
        code, out = outbox(composer_home, "list")
        assert entry.id in out
        assert "Nothing is due." in outbox(composer_home, "run")[1]
        make_due(entry.id)
        code, out = outbox(composer_home, "run", cwd=ROOT)
        assert code == 0, out
        assert received(server) == {f"m{i}@club.example": 1 for i in (1, 2, 3)}
        assert MergeSchedule().entries() == []
        assert outbox(composer_home, "run")[0] == 0
        assert sum(received(server).values()) == 3


def test_rows_with_their_own_time_go_when_due_and_only_once(
    tmp_path: Path, composer_home: Path
) -> None:
    _, template = write_inputs(tmp_path, 0)
    data = tmp_path / "members.csv"
    data.write_text(
        "name,email,year,send_at\n"
        "Member 1,m1@club.example,2027,\n"
        "Member 2,m2@club.example,2027,2001-02-03 04:05\n"
        "Member 3,m3@club.example,2027,2099-03-01 09:00\n",
        encoding="utf-8",
    )
    with SMTPTestServer() as server:
        args = (str(data), str(template), "--server", f"127.0.0.1:{server.port}", "--yes")
        code, out = run_cli(composer_home, *args, "--send-at-column", "send_at")
        assert code == 0, out
        assert received(server) == {"m1@club.example": 1, "m2@club.example": 1}
        (entry,) = MergeSchedule().entries()
        assert entry.due.year == 2099
        code, out = run_cli(composer_home, *args, "--send-at-column", "send_at")
        assert code == 0, out  # run again early: still only the rows that are due
        assert sum(received(server).values()) == 2
        # The scheduled run, in this process with the test's clock: March 2099 has come.
        from composer.cli.outbox_merges import run_due_merges

        later = entry.due + timedelta(minutes=1)
        ((ran, status),) = run_due_merges(later)
        assert (ran.id, status) == (entry.id, 0)
        assert received(server) == {f"m{i}@club.example": 1 for i in (1, 2, 3)}
        assert MergeSchedule().entries() == []
        assert run_due_merges(later + timedelta(days=1)) == []


def test_a_send_time_that_is_no_time_stops_before_anything_is_sent(
    tmp_path: Path, composer_home: Path
) -> None:
    _, template = write_inputs(tmp_path, 0)
    data = tmp_path / "members.csv"
    data.write_text(
        "name,email,year,send_at\nMember 1,m1@club.example,2027,next monday\n", encoding="utf-8"
    )
    code, out = run_cli(
        composer_home, str(data), str(template), "--server", "127.0.0.1:9", "--yes",
        "--send-at-column", "send_at",
    )  # fmt: skip
    assert code == 2
    assert "Row 1 (line 2): “next monday” is not a send time (YYYY-MM-DD HH:MM)." in out
    assert MergeSchedule().entries() == []
