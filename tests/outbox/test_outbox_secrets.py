"""The password never reaches the outbox's files, its reasons or the log, whether the send
works or the server refuses the login."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from outbox_helpers import ManualClock, accounts, letter, relay

from composer.outbox.item import State
from composer.outbox.runner import send_due
from composer.outbox.store import OutboxStore
from composer.profiles.credentials import CredentialStore

SECRET = "hunter2-Secret-7Qx"


@pytest.mark.parametrize("accepted", [True, False])
def test_no_password_in_any_file_or_log(
    make_smtp_server: object,
    composer_home: Path,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    accepted: bool,
) -> None:
    caplog.set_level(logging.DEBUG)
    server = make_smtp_server(auth=("kim", SECRET if accepted else "another"))  # type: ignore[operator]
    profile = relay(server.port)
    profile.smtp.username = "kim"
    assert profile.account is not None
    CredentialStore().set(profile.account, SECRET)
    clock, store = ManualClock(), OutboxStore()
    item = store.add(letter(), profile.name, clock.now(), clock.now())
    send_due(store, accounts(profile), clock, sent_folder=composer_home / "Sent")
    settled = store.get(item.id)
    if accepted:
        assert settled.state is State.SENT
        assert server.messages[0].session.login == "kim"
    else:
        assert settled.state is State.FAILED  # a refused password is not retried by itself
        assert settled.reason is not None
    files = [p for p in composer_home.rglob("*") if p.is_file()]
    assert any(p.name == "state.json" for p in files)
    for path in files:
        assert SECRET.encode() not in path.read_bytes(), path
    assert SECRET not in caplog.text
