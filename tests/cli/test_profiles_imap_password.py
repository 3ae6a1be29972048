"""An account whose IMAP user name is not its SMTP one signs in to IMAP with its own password,
kept in its own entry of the real keyring (gnome-keyring): ``composer profiles add`` stores
both from standard input, and a merge's copies reach the Sent folder of a real Dovecot."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import keyring
import pytest
from merge_cli_helpers import write_inputs

from composer.appinfo import APP_ID
from composer.cli import main
from composer.profiles.imapcredentials import imap_account
from composer.profiles.store import ProfileStore

if TYPE_CHECKING:
    from servers.dovecot import DovecotServer
    from smtpserver import TestPKI

RELAY, RELAY_PASSWORD = "relay-account", "Relay-Secret-74"


def test_imap_signs_in_as_its_own_user_with_its_own_password(
    dovecot: DovecotServer, imap_user: tuple[str, str], make_smtp_server: object, pki: TestPKI,
    tmp_path: Path, composer_home: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    mailbox, imap_secret = imap_user
    smtp = make_smtp_server(auth=(RELAY, RELAY_PASSWORD))  # type: ignore[operator]
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{RELAY_PASSWORD}\n{imap_secret}\n"))
    assert main([
        "profiles", "add", "Club", "--host", "127.0.0.1", "--port", str(smtp.port),
        "--security", "none", "--username", RELAY, "--cafile", str(pki.ca_file),
        "--from-address", mailbox, "--imap-host", "127.0.0.1",
        "--imap-port", str(dovecot.imaps_port), "--imap-username", mailbox,
        "--password-stdin", "--imap-password-stdin",
    ]) == 0  # fmt: skip
    profile = ProfileStore().load().book.get("Club")
    assert profile.imap.username == mailbox
    own = imap_account(profile)
    assert own is not None
    assert profile.account is not None
    assert keyring.get_password(APP_ID, profile.account) == RELAY_PASSWORD
    assert keyring.get_password(APP_ID, own) == imap_secret
    data, template = write_inputs(tmp_path, 2)
    code = main(["merge", str(data), str(template), "--profile", "Club", "--yes",
                 "--imap-sent-copy"])  # fmt: skip
    out = capsys.readouterr()
    assert code == 0, out
    assert "2 copies are in “Sent” on 127.0.0.1." in out.out
    stored = sorted(m.wire for m in dovecot.messages(mailbox, "Sent"))
    assert stored == sorted(m.data for m in smtp.messages)
    # Neither password is in a file or in what was printed.
    for secret in (RELAY_PASSWORD, imap_secret):
        assert secret not in out.out + out.err
        for path in composer_home.rglob("*"):
            if path.is_file():
                assert secret.encode() not in path.read_bytes(), path


def test_the_same_user_name_shares_the_smtp_password(
    imap_user: tuple[str, str], composer_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mailbox, _secret = imap_user
    monkeypatch.setattr(sys, "stdin", io.StringIO("pw\nother\n"))
    code = main([
        "profiles", "add", "Club", "--host", "127.0.0.1", "--port", "2525",
        "--username", mailbox, "--imap-host", "127.0.0.1", "--imap-username", mailbox,
        "--password-stdin", "--imap-password-stdin",
    ])  # fmt: skip
    assert code == 2  # nothing of its own to store: IMAP uses the SMTP password
    assert "Club" not in [p.name for p in ProfileStore().load().book]  # not added
