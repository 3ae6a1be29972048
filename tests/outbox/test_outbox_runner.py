"""The outbox against a real SMTP server on 127.0.0.1: due times, faults, retries, states.

The clock is the test's (:class:`ManualClock`): nothing here sleeps or waits for real time.
"""

from __future__ import annotations

import email
import email.policy
from datetime import timedelta
from pathlib import Path

import pytest
from outbox_helpers import ManualClock, accounts, letter, relay, with_file
from smtpserver import SMTPTestServer, refused_port

from composer.outbox.item import State
from composer.outbox.runner import backoff, send_due
from composer.outbox.store import OutboxStore
from composer.storage.sentbox import SentBox


def run(store: OutboxStore, port: int, clock: ManualClock, tmp_path: Path):  # type: ignore[no-untyped-def]
    return send_due(store, accounts(relay(port)), clock, sent_folder=tmp_path / "Sent")


def test_nothing_goes_before_its_time_then_it_goes_once(
    smtp_server: SMTPTestServer, tmp_path: Path
) -> None:
    clock, store = ManualClock(), OutboxStore()
    item = store.add(letter(), "Relay", clock.now() + timedelta(minutes=10), clock.now())
    assert run(store, smtp_server.port, clock, tmp_path) == []
    assert smtp_server.messages == []
    clock.advance(minutes=10)
    (outcome,) = run(store, smtp_server.port, clock, tmp_path)
    assert outcome.item.state is State.SENT
    assert run(store, smtp_server.port, clock, tmp_path) == []  # sent is sent
    (received,) = smtp_server.messages
    parsed = email.message_from_bytes(received.data, policy=email.policy.default)
    assert parsed["Message-ID"] == item.message_id  # fixed when queued
    assert str(parsed["Subject"]) == "Minutes"
    assert store.get(item.id).state is State.SENT
    (kept,) = SentBox(tmp_path / "Sent").entries()
    assert kept.subject == "Minutes"


def test_an_attachment_deleted_after_queueing_still_goes_with_the_bcc(
    smtp_server: SMTPTestServer, tmp_path: Path
) -> None:
    clock, store = ManualClock(), OutboxStore()
    msg = with_file(tmp_path, b"%PDF-1.4 the real minutes\n")
    store.add(msg, "Relay", clock.now(), clock.now())
    (tmp_path / "minutes.pdf").unlink()
    (outcome,) = run(store, smtp_server.port, clock, tmp_path)
    assert outcome.item.state is State.SENT
    (received,) = smtp_server.messages
    assert sorted(received.rcpt_tos) == ["boss@example.com", "lee@example.com"]
    assert b"Bcc" not in received.data.split(b"\r\n\r\n")[0]
    parsed = email.message_from_bytes(received.data, policy=email.policy.default)
    (part,) = list(parsed.iter_attachments())
    assert part.get_filename() == "minutes.pdf"
    assert part.get_content() == b"%PDF-1.4 the real minutes\n"


def test_server_down_then_back_waits_with_the_reason_and_backs_off(
    tmp_path: Path, make_smtp_server: object
) -> None:
    clock, store = ManualClock(), OutboxStore()
    port = refused_port()
    item = store.add(letter(), "Relay", clock.now(), clock.now())
    (outcome,) = run(store, port, clock, tmp_path)
    waiting = store.get(item.id)
    assert waiting.state is State.QUEUED
    assert waiting.attempts == 1
    assert waiting.next_try == clock.now() + timedelta(minutes=1)
    assert waiting.reason is not None
    assert "Nothing accepted the connection" in waiting.reason.what
    assert "tried again at" in waiting.reason.todo
    assert run(store, port, clock, tmp_path) == []  # not before its retry time
    clock.advance(minutes=1)
    run(store, port, clock, tmp_path)
    assert store.get(item.id).next_try == clock.now() + timedelta(minutes=2)  # doubled
    clock.advance(minutes=2)
    server = make_smtp_server()  # type: ignore[operator]
    (outcome,) = run(store, server.port, clock, tmp_path)
    assert outcome.item.state is State.SENT
    assert len(server.messages) == 1


@pytest.mark.parametrize("reply", ["421 4.3.2 try later", "451 4.7.1 greylisted"])
def test_temporary_replies_then_success(
    smtp_server: SMTPTestServer, tmp_path: Path, reply: str
) -> None:
    clock, store = ManualClock(), OutboxStore()
    replies = [reply]
    smtp_server.data_reply = lambda _env: replies.pop() if replies else None
    item = store.add(letter(), "Relay", clock.now(), clock.now())
    run(store, smtp_server.port, clock, tmp_path)
    waiting = store.get(item.id)
    assert waiting.state is State.QUEUED
    assert waiting.reason is not None
    assert reply.split()[0] in waiting.reason.details
    clock.advance(minutes=1)
    (outcome,) = run(store, smtp_server.port, clock, tmp_path)
    assert outcome.item.state is State.SENT
    assert len(smtp_server.messages) == 1


def test_a_permanent_refusal_fails_with_the_reason_and_is_not_retried(
    smtp_server: SMTPTestServer, tmp_path: Path
) -> None:
    clock, store = ManualClock(), OutboxStore()
    smtp_server.rcpt_reply = lambda _addr: "550 5.1.1 No such user here"
    item = store.add(letter(), "Relay", clock.now(), clock.now())
    run(store, smtp_server.port, clock, tmp_path)
    failed = store.get(item.id)
    assert failed.state is State.FAILED
    assert failed.reason is not None
    assert "lee@example.com" in failed.reason.text + failed.reason.details
    clock.advance(hours=5)
    assert run(store, smtp_server.port, clock, tmp_path) == []
    assert smtp_server.messages == []


def test_content_out_and_no_reply_is_in_doubt_and_never_resent(
    smtp_server: SMTPTestServer, tmp_path: Path
) -> None:
    clock, store = ManualClock(), OutboxStore()
    smtp_server.data_behaviour = "store_then_drop"
    item = store.add(letter(), "Relay", clock.now(), clock.now())
    run(store, smtp_server.port, clock, tmp_path)
    assert store.get(item.id).state is State.IN_DOUBT
    smtp_server.data_behaviour = None
    clock.advance(days=1)
    assert run(store, smtp_server.port, clock, tmp_path) == []
    assert len(smtp_server.messages) == 1


def test_a_clock_that_went_back_does_not_strand_a_retry(
    smtp_server: SMTPTestServer, tmp_path: Path
) -> None:
    clock, store = ManualClock(), OutboxStore()
    item = store.add(letter(), "Relay", clock.now(), clock.now())
    run(store, refused_port(), clock, tmp_path)
    clock.advance(days=-3)  # the clock jumps back: the retry time is three days away
    # Not stuck for three days: but nothing scheduled later than "now" goes either.
    later = store.add(letter("Later"), "Relay", clock.now() + timedelta(hours=2), clock.now())
    (outcome,) = run(store, smtp_server.port, clock, tmp_path)
    assert outcome.item.id == item.id
    assert outcome.item.state is State.SENT
    assert store.get(later.id).state is State.QUEUED


def test_a_time_zone_change_keeps_the_instant(
    smtp_server: SMTPTestServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    from composer.outbox.clock import format_local, parse_local

    monkeypatch.setenv("TZ", "Asia/Seoul")
    time.tzset()
    clock, store = ManualClock(), OutboxStore()
    due = parse_local("2026-12-04 18:00")  # 09:00 UTC
    item = store.add(letter(), "Relay", due, clock.now())
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        listed = store.get(item.id)
        assert format_local(listed.due) == "2026-12-04 10:00"  # the same instant, here
        clock.advance(minutes=59)  # 08:59 UTC
        assert run(store, smtp_server.port, clock, tmp_path) == []
        clock.advance(minutes=1)
        (outcome,) = run(store, smtp_server.port, clock, tmp_path)
        assert outcome.item.state is State.SENT
    finally:
        monkeypatch.undo()
        time.tzset()


def test_backoff_doubles_up_to_an_hour() -> None:
    assert [backoff(n).total_seconds() for n in (1, 2, 3, 7, 8, 50)] == [
        60,
        120,
        240,
        3600,
        3600,
        3600,
    ]


def test_a_message_held_from_queueing_is_left_to_its_holder(
    smtp_server: SMTPTestServer, tmp_path: Path
) -> None:
    clock, store = ManualClock(), OutboxStore()
    held = store.add_held(letter(), "Relay", clock.now(), clock.now())  # due at once
    assert run(store, smtp_server.port, clock, tmp_path) == []  # the window's, not ours
    assert smtp_server.messages == []
    held.release()
    (outcome,) = run(store, smtp_server.port, clock, tmp_path)
    assert outcome.item.state is State.SENT
    assert len(smtp_server.messages) == 1


def test_cleaning_leaves_a_message_that_is_being_queued_alone(tmp_path: Path) -> None:
    import subprocess
    import sys

    clock, store = ManualClock(), OutboxStore()
    writer = store.folder / ".new-0101-beef"
    writer.mkdir(parents=True)
    # Another process is writing it: it holds the lock of its folder.
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import fcntl, sys; f = open(sys.argv[1], 'ab'); fcntl.flock(f, fcntl.LOCK_EX); "
         "print('locked', flush=True); sys.stdin.read()", str(writer / "lock")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked"
    try:
        store.clean(clock.now())
        assert writer.is_dir()
    finally:
        holder.communicate("")
    store.clean(clock.now())  # its writer is gone: a leftover
    assert not writer.exists()
