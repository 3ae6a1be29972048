"""``composer outbox`` and ``composer send --at`` end to end: real subprocesses, a real SMTP
server on 127.0.0.1, and SIGKILL at points the test synchronises on (the server holds the
command it is answering until the runner is dead).

Afterwards every message is in exactly one state, none is lost, and none reaches the server
twice (the server's own record).
"""

from __future__ import annotations

import email
import email.policy
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from outbox_helpers import relay, save_profiles
from smtpserver import SMTPTestServer

from composer.outbox.item import State
from composer.outbox.store import OutboxStore

ROOT = Path(__file__).resolve().parents[2]
LATER = "2099-01-01 09:00"


def composer(home: Path, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, COMPOSER_HOME=str(home), PYTHONPATH=str(ROOT), TZ="Asia/Seoul")
    return subprocess.Popen(
        [sys.executable, "-m", "composer", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def cli(home: Path, *args: str) -> tuple[int, str]:
    proc = composer(home, *args)
    out, err = proc.communicate(timeout=120)
    return proc.returncode, out + err


def queue(home: Path, subject: str, at: str = "2000-01-01 00:00", *extra: str) -> str:
    """Queue a message already due; returns its id. (A past --at is refused without a
    terminal, so the test queues for the future and moves the record's time back.)"""
    code, out = cli(
        home, "send", "--to", "lee@example.com", "--from", "kim@example.com",
        "--subject", subject, "--body", "본문", "--at", LATER, *extra,
    )  # fmt: skip
    assert code == 0, out
    item_id = out.split("Queued as ", 1)[1].split(":", 1)[0]
    store = OutboxStore()
    with store.claim(item_id) as item:
        assert item is not None
        item.due = item.queued_at
        store.save(item)
    return item_id


def wait_until(condition: Callable[[], bool], proc: subprocess.Popen[str]) -> None:
    """Until *condition* holds; fails if *proc* ended first (it was to be caught alive)."""
    deadline = time.monotonic() + 60
    while not condition():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.005)  # polling a file the other process writes, as waitUntil does


def kill(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)  # and close its pipes


def held(reached: threading.Event, release: threading.Event) -> None:
    reached.set()
    release.wait(30)


def subjects(server: SMTPTestServer) -> list[str]:
    with server.lock:
        return [
            str(email.message_from_bytes(m.data, policy=email.policy.default)["Subject"])
            for m in server.messages
        ]


def test_send_at_queues_then_run_sends_what_is_due_and_list_shows_it(
    smtp_server: SMTPTestServer, composer_home: Path
) -> None:
    save_profiles(relay(smtp_server.port))
    code, out = cli(
        composer_home, "send", "--to", "lee@example.com", "--from", "kim@example.com",
        "--subject", "Monday", "--body", "hi", "--at", "2099-01-05 09:00",
    )  # fmt: skip
    assert code == 0, out
    assert "it goes out at 2099-01-05 09:00 through “Relay”" in out
    due = queue(composer_home, "Due now")
    code, out = cli(composer_home, "outbox", "list")
    assert code == 0
    assert "2099-01-05 09:00" in out
    assert "Monday → lee@example.com" in out
    code, out = cli(composer_home, "outbox", "run")
    assert code == 0, out
    assert subjects(smtp_server) == ["Due now"]
    assert OutboxStore().get(due).state is State.SENT
    code, out = cli(composer_home, "outbox", "run")
    assert code == 0
    assert "Nothing is due." in out
    assert subjects(smtp_server) == ["Due now"]


def test_send_at_refuses_a_past_time_and_a_bad_one_without_a_terminal(
    composer_home: Path,
) -> None:
    save_profiles(relay(2525))
    base = ("send", "--to", "lee@example.com", "--from", "kim@example.com", "--subject", "S")
    code, out = cli(composer_home, *base, "--body", "b", "--at", "2001-02-03 04:05")
    assert code == 2
    assert "2001-02-03 04:05 is in the past." in out
    code, out = cli(composer_home, *base, "--body", "b", "--at", "next tuesday")
    assert code == 2
    assert "write it as YYYY-MM-DD HH:MM" in out
    assert OutboxStore().items() == []


def test_cancel_keeps_the_message_as_a_draft_and_retry_sends_a_failed_one(
    smtp_server: SMTPTestServer, composer_home: Path
) -> None:
    from composer.storage.drafts import DraftStore

    save_profiles(relay(smtp_server.port))
    first, second = queue(composer_home, "Cancel me"), queue(composer_home, "Refused")
    code, out = cli(composer_home, "outbox", "cancel", first)
    assert code == 0, out
    assert "kept in Drafts" in out
    (draft,) = DraftStore().saved()
    assert b"Subject: Cancel me" in draft.path.read_bytes()
    code, out = cli(composer_home, "outbox", "cancel", first)
    assert code == 2
    assert f"No message in the outbox has the id “{first}”." in out
    smtp_server.rcpt_reply = lambda _addr: "550 5.1.1 No such user"
    code, out = cli(composer_home, "outbox", "run")
    assert code == 1
    assert "Failed" in out
    assert OutboxStore().get(second).state is State.FAILED
    smtp_server.rcpt_reply = None
    code, out = cli(composer_home, "outbox", "retry", second)
    assert code == 0, out
    assert subjects(smtp_server) == ["Refused"]


@pytest.mark.parametrize("point", ["before the end of data", "after the end of data"])
def test_sigkill_while_sending_leaves_one_state_and_no_second_delivery(
    smtp_server: SMTPTestServer, composer_home: Path, point: str
) -> None:
    save_profiles(relay(smtp_server.port))
    item_id = queue(composer_home, "Killed")
    reached, release = threading.Event(), threading.Event()
    if point == "before the end of data":
        smtp_server.rcpt_reply = lambda _addr: held(reached, release)
    else:
        smtp_server.data_behaviour = lambda _envelope: held(reached, release)
    proc = composer(composer_home, "outbox", "run")
    try:
        wait_until(reached.is_set, proc)
        kill(proc)
    finally:
        release.set()
    if point == "after the end of data":
        assert smtp_server.message_event.wait(30)  # the server keeps what it received
    smtp_server.rcpt_reply = smtp_server.data_behaviour = None  # type: ignore[assignment]
    code, out = cli(composer_home, "outbox", "run")
    settled = OutboxStore().get(item_id)
    if point == "before the end of data":
        assert settled.state is State.SENT  # it could not have gone: sent now, once
        assert code == 0, out
    else:
        assert settled.state is State.IN_DOUBT  # it went: never again without asking
        assert code == 0, out
        assert "Nothing is due." in out
        code, out = cli(composer_home, "outbox", "list")
        assert "In doubt" in out
    assert subjects(smtp_server) == ["Killed"]


def test_sigkill_after_the_server_accepted_before_the_sent_copy(
    smtp_server: SMTPTestServer, composer_home: Path
) -> None:
    save_profiles(relay(smtp_server.port))
    item_id = queue(composer_home, "Accepted")
    smtp_server.quit_hold = threading.Event()  # the runner waits on QUIT, before the copy
    proc = composer(composer_home, "outbox", "run")
    try:
        wait_until(lambda: OutboxStore().get(item_id).state is State.SENT, proc)
        kill(proc)
    finally:
        smtp_server.quit_hold.set()
    code, out = cli(composer_home, "outbox", "run")
    assert code == 0, out
    assert OutboxStore().get(item_id).state is State.SENT
    assert subjects(smtp_server) == ["Accepted"]


def test_sigkill_while_queueing_leaves_nothing_half_written(
    composer_home: Path, tmp_path: Path
) -> None:
    save_profiles(relay(2525))
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(24 * 1024 * 1024))
    folder = OutboxStore().folder
    proc = composer(
        composer_home, "send", "--to", "lee@example.com", "--from", "kim@example.com",
        "--subject", "Big", "--body", "b", "--attach", str(big), "--at", LATER,
    )  # fmt: skip
    wait_until(
        lambda: folder.is_dir() and any(p.name.startswith(".new-") for p in folder.iterdir()),
        proc,
    )
    kill(proc)
    assert OutboxStore().items() == []  # nothing, rather than a torn message
    code, out = cli(composer_home, "outbox", "list")
    assert code == 0
    assert "The outbox is empty." in out
    code, _ = cli(composer_home, "outbox", "run")
    assert code == 0
    assert [p.name for p in folder.iterdir()] == []  # the leftover was cleaned


def test_send_at_needs_the_password_in_the_keyring(composer_home: Path) -> None:
    profile = relay(2525)
    profile.smtp.username = "kim"
    save_profiles(profile)
    code, out = cli(
        composer_home, "send", "--to", "lee@example.com", "--from", "kim@example.com",
        "--subject", "Later", "--body", "b", "--at", LATER,
    )  # fmt: skip
    assert code == 2
    assert "needs the password for" in out
    assert "A message sent later takes the password from the keyring" in out
    assert OutboxStore().items() == []


@pytest.mark.parametrize(("answer", "sent"), [("y", True), ("n", False)])
def test_a_past_time_on_a_terminal_asks_to_send_now(
    smtp_server: SMTPTestServer, composer_home: Path, answer: str, sent: bool
) -> None:
    save_profiles(relay(smtp_server.port))
    leader, follower = os.openpty()  # a terminal to answer at
    env = dict(os.environ, COMPOSER_HOME=str(composer_home), PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-m", "composer", "send", "--to", "lee@example.com",
         "--from", "kim@example.com", "--subject", "Past", "--body", "b",
         "--at", "2001-02-03 04:05"],
        env=env, stdin=follower, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    os.close(follower)
    os.write(leader, f"{answer}\n".encode())
    out, err = proc.communicate(timeout=120)
    os.close(leader)
    assert (proc.returncode == 0) is sent, out + err
    assert subjects(smtp_server) == (["Past"] if sent else [])
    assert OutboxStore().items() == []
