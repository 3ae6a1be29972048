"""A merge that spreads itself over days: stopped by its daily cap or the server's daily
limit, it schedules its own next run (at the resume hour, never before the rolling 24 hours
free the next share), and the scheduled runs, on a clock the test moves a day at a time,
send the rest: every row exactly once, as the server's record shows."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from types import SimpleNamespace

from merge_cli_helpers import ledger_rows, received, run_cli, write_inputs
from smtpserver import SMTPTestServer

from composer.cli.merge_resume import daily_cap
from composer.cli.outbox_merges import run_due_merges
from composer.outbox.resume import next_resume, resume_words
from composer.outbox.schedule import MergeSchedule
from composer.storage import appsettings


def tomorrow_at(now: datetime, hour: int, minute: int = 0) -> datetime:
    day = (now.astimezone() + timedelta(days=1)).date()
    return datetime.combine(day, time(hour, minute)).astimezone().astimezone(UTC)


def test_a_capped_merge_goes_out_over_three_days_each_row_once(
    tmp_path: Path, composer_home: Path
) -> None:
    data, template = write_inputs(tmp_path, 7)
    with SMTPTestServer() as server:
        args = (
            str(data), str(template), "--server", f"127.0.0.1:{server.port}", "--yes",
            "--daily-cap", "3", "--connections", "1", "--resume-at", "09:00",
        )  # fmt: skip
        before = datetime.now(UTC)
        code, out = run_cli(composer_home, *args)
        after = datetime.now(UTC)
        assert code == 75, out
        assert sum(received(server).values()) == 3
        assert "3 today, 4 more from " in out
        assert "(at most 3 a day, over 2 days) — the merge resumes by itself." in out
        assert "resume it tomorrow" not in out  # the words match what happens now
        (entry,) = MergeSchedule().entries()
        assert entry.argv.count("--yes") == 1
        assert "--daily-cap" in entry.argv
        # Not before 09:00 tomorrow, nor before today's 3 messages are 24 hours old.
        assert max(tomorrow_at(before, 9), before + timedelta(hours=24)) <= entry.due
        assert entry.due <= max(tomorrow_at(after, 9), after + timedelta(hours=24, minutes=1))
        assert f"Scheduled as {entry.id}" in out

        assert run_due_merges(entry.due - timedelta(minutes=1)) == []  # not yet
        day2 = entry.due + timedelta(minutes=1)
        ((ran, status),) = run_due_merges(day2)
        assert (ran.id, status) == (entry.id, 75)
        assert sum(received(server).values()) == 6
        (moved,) = MergeSchedule().entries()  # the same entry, moved on: not a second one
        assert moved.id == entry.id
        assert moved.state == "waiting"
        assert moved.due >= day2 + timedelta(hours=24)
        assert moved.reason is not None
        assert "resumes by itself" in moved.reason.todo

        day3 = moved.due + timedelta(minutes=1)
        ((ran, status),) = run_due_merges(day3)
        assert status == 0
        assert received(server) == {f"m{i}@club.example": 1 for i in range(1, 8)}
        assert MergeSchedule().entries() == []
        assert set(ledger_rows(composer_home).values()) == {"sent"}
        assert run_due_merges(day3 + timedelta(days=1)) == []
        assert sum(received(server).values()) == 7


def test_the_servers_daily_limit_resumes_at_the_hour_in_the_settings(
    tmp_path: Path, composer_home: Path
) -> None:
    settings = appsettings.load()
    settings.merge_resume_at = "07:30"
    appsettings.save(settings)
    data, template = write_inputs(tmp_path, 4)
    with SMTPTestServer() as server:
        server.data_reply = lambda _e: (
            "550 5.4.5 Daily user sending quota exceeded." if len(server.messages) >= 2 else None
        )
        args = (str(data), str(template), "--server", f"127.0.0.1:{server.port}", "--yes")
        before = datetime.now(UTC)
        code, out = run_cli(composer_home, *args, "--connections", "1")
        assert code == 75, out
        assert "2 today, 2 tomorrow at 07:30 — the merge resumes by itself." in out
        (entry,) = MergeSchedule().entries()
        assert entry.due == tomorrow_at(before, 7, 30)

        server.data_reply = None
        ((_ran, status),) = run_due_merges(entry.due + timedelta(seconds=5))
        assert status == 0
        assert received(server) == {f"m{i}@club.example": 1 for i in range(1, 5)}
        assert MergeSchedule().entries() == []


def test_a_resume_time_that_is_no_time_is_refused(tmp_path: Path, composer_home: Path) -> None:
    data, template = write_inputs(tmp_path, 1)
    code, out = run_cli(
        composer_home, str(data), str(template), "--server", "127.0.0.1:9", "--resume-at", "25:00"
    )
    assert code == 2
    assert "“25:00” is not a time of day; write it as HH:MM, e.g. 09:00." in out


def test_the_resume_time_waits_for_the_rolling_day_only_as_long_as_needed() -> None:
    now = datetime(2026, 3, 2, 10, 0).astimezone()  # a Monday, local time
    nine = tomorrow_at(now, 9)
    early = [datetime(2026, 3, 2, 7, m).astimezone().timestamp() for m in range(3)]
    assert next_resume(now, time(9), 3, early, 10) == nine  # sent before 09:00: free by then
    late = [datetime(2026, 3, 2, 9, m).astimezone().timestamp() for m in (10, 20, 30)]
    # All three must age out for a full share; the oldest alone for a last single row.
    assert next_resume(now, time(9), 3, late, 10) == tomorrow_at(now, 9, 31)
    assert next_resume(now, time(9), 3, late, 1) == tomorrow_at(now, 9, 11)
    assert next_resume(now, time(9), None, late, 10) == nine  # a server's limit: the hour
    words = resume_words(now, nine, 1800, 1200, 2000)
    assert words == "1,800 today, 1,200 tomorrow at 09:00 — the merge resumes by itself."


def test_the_cap_is_the_providers_known_limit_unless_given() -> None:
    profile = SimpleNamespace(provider="gmail")
    target = SimpleNamespace(account=SimpleNamespace(profile=profile), server=None)
    args = argparse.Namespace(daily_cap=None, server=None)
    assert daily_cap(args, target) == 500
    assert daily_cap(argparse.Namespace(daily_cap=800, server=None), target) == 800
    assert daily_cap(argparse.Namespace(daily_cap=None, server="127.0.0.1:25"), target) is None
