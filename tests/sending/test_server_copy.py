"""The copy in the server's Sent folder (IMAP), against a real Dovecot on 127.0.0.1."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path
from typing import TYPE_CHECKING

import keyring
import pytest
from servers.dovecot import DovecotServer, free_port

from composer.cli import main
from composer.profiles.model import (
    BackendKind,
    Identity,
    ImapSettings,
    Profile,
    ProfileBook,
    Security,
    SmtpSettings,
)
from composer.profiles.store import ProfileStore
from composer.sending.account import SignIn
from composer.sending.servercopy import make_copies
from composer.storage.copyqueue import CopyQueue

if TYPE_CHECKING:
    from smtpserver import SMTPTestServer, TestPKI

SERVICE = "io.github.composermail.Composer"


def account_profile(
    smtp: SMTPTestServer,
    user: str,
    password: str,
    pki: TestPKI,
    imap_port: int,
    *,
    name: str = "Work",
    provider: str = "",
    host: str = "127.0.0.1",
) -> Profile:
    """An SMTP account whose IMAP server is Dovecot's IMAPS port; its password in the keyring."""
    profile = Profile(
        name,
        backend=BackendKind.SMTP,
        smtp=SmtpSettings(
            host=host, port=smtp.port, security=Security.NONE, username=user, timeout=10,
            cafile=str(pki.ca_file),
        ),
        identity=Identity(from_name="Kim", from_address=user),
        imap=ImapSettings(host=host, port=imap_port, security=Security.SSL),
        provider=provider,
    )  # fmt: skip
    assert profile.account is not None
    keyring.set_password(SERVICE, profile.account, password)
    ProfileStore().save(ProfileBook([profile]), replace_changed=True)
    return profile


def send(subject: str, *extra: str) -> int:
    return main(
        ["send", "--to", "lee@example.com", "--bcc", "hidden@example.net", "--subject", subject,
         "--body", "안녕하세요", *extra]
    )  # fmt: skip


@pytest.fixture
def smtp(make_smtp_server: object, imap_user: tuple[str, str]) -> SMTPTestServer:
    return make_smtp_server(auth=imap_user)  # type: ignore[operator,no-any-return]


def test_the_copy_lands_in_sent_byte_for_byte_without_bcc(
    dovecot: DovecotServer,
    imap_user: tuple[str, str],
    smtp: SMTPTestServer,
    pki: TestPKI,
    capsys: pytest.CaptureFixture[str],
) -> None:
    user, password = imap_user
    account_profile(smtp, user, password, pki, dovecot.imaps_port)
    assert send("보고서") == 0
    out = capsys.readouterr()
    assert "A copy is in “Sent” on 127.0.0.1." in out.out, out.err
    (received,) = smtp.messages
    (stored,) = dovecot.messages(user, "Sent")
    assert stored.wire == received.data
    assert b"hidden@example.net" not in stored.raw
    assert "S" in stored.flags  # \Seen: it was written, not received
    assert CopyQueue().pending() == []


def test_plain_names_without_special_use(
    dovecot_plain_names: DovecotServer,
    make_smtp_server: object,
    pki: TestPKI,
    capsys: pytest.CaptureFixture[str],
) -> None:
    user, password = "plain@imap.test", "pw-plain"
    dovecot_plain_names.add_user(user, password)
    smtp = make_smtp_server(auth=(user, password))  # type: ignore[operator]
    account_profile(smtp, user, password, pki, dovecot_plain_names.imaps_port)
    assert send("plain") == 0
    assert "A copy is in “Sent Items”" in capsys.readouterr().out
    assert len(dovecot_plain_names.messages(user, "Sent Items")) == 1
    assert dovecot_plain_names.messages(user, "보낸편지함") == []


def test_server_down_queues_the_copy_and_the_next_send_makes_both(
    dovecot: DovecotServer,
    imap_user: tuple[str, str],
    smtp: SMTPTestServer,
    pki: TestPKI,
    capsys: pytest.CaptureFixture[str],
) -> None:
    user, password = imap_user
    profile = account_profile(smtp, user, password, pki, free_port())  # nothing listens there
    assert send("first") == 0  # the send itself succeeded
    out = capsys.readouterr()
    assert out.out.startswith("Sent to lee@example.com")
    assert "The copy for the Sent folder on 127.0.0.1 could not be made" in out.err
    assert "connection refused" in out.err
    assert "Nothing is lost" in out.err
    (queued,) = CopyQueue().pending()
    assert queued.profile == "Work"
    assert queued.last_error
    folder = CopyQueue().folder
    assert folder.stat().st_mode & 0o777 == 0o700
    assert {p.stat().st_mode & 0o777 for p in folder.iterdir()} == {0o600}

    profile.imap.port = dovecot.imaps_port  # the server is back
    ProfileStore().save(ProfileBook([profile]), replace_changed=True)
    assert send("second") == 0
    assert "2 copies are in “Sent” on 127.0.0.1." in capsys.readouterr().out
    subjects = [
        email.message_from_bytes(m.raw, policy=email.policy.default)["Subject"]
        for m in dovecot.messages(user, "Sent")
    ]
    assert subjects == ["first", "second"]
    assert CopyQueue().pending() == []


def test_over_quota_is_queued_and_reported(
    dovecot: DovecotServer, make_smtp_server: object, pki: TestPKI,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    user, password = "full@imap.test", "pw-full"
    dovecot.add_user(user, password, quota_kib=1)
    smtp = make_smtp_server(auth=(user, password))  # type: ignore[operator]
    profile = account_profile(smtp, user, password, pki, dovecot.imaps_port)
    assert send("x" * 40, "--body", "y" * 4000) == 0
    err = capsys.readouterr().err
    assert f"The mailbox of {user} on 127.0.0.1 is full" in err
    assert len(CopyQueue().pending()) == 1
    assert dovecot.messages(user, "Sent") == []
    report = make_copies(profile, SignIn(password))  # the next chance: still full
    assert report is not None
    assert not report.ok
    assert report.waiting == 1
    (entry,) = CopyQueue().pending()
    assert entry.attempts == 2
    assert "is full" in entry.last_error
    assert dovecot.messages(user, "Sent") == []


def test_a_retried_copy_the_folder_already_has_is_not_stored_twice(
    dovecot: DovecotServer, imap_user: tuple[str, str], smtp: SMTPTestServer, pki: TestPKI
) -> None:
    user, password = imap_user
    profile = account_profile(smtp, user, password, pki, dovecot.imaps_port)
    raw = b"Message-ID: <once@imap.test>\r\nSubject: once\r\n\r\nbody\r\n"
    queue = CopyQueue()
    entry = queue.add([raw], key=f"imap://{user}@127.0.0.1:{dovecot.imaps_port}",
                      profile="Work", message_id="<once@imap.test>")  # fmt: skip
    queue.started(entry)  # an APPEND was started, then the connection died: did it land?
    dovecot.deliver(user, raw, "Sent")  # it did
    report = make_copies(profile, SignIn(password))
    assert report is not None
    assert (report.made, report.already_there) == (0, 1)
    assert len(dovecot.messages(user, "Sent")) == 1
    assert queue.pending() == []


def test_providers_that_file_sent_mail_themselves_get_no_copy(
    dovecot: DovecotServer,
    imap_user: tuple[str, str],
    smtp: SMTPTestServer,
    pki: TestPKI,
    capsys: pytest.CaptureFixture[str],
) -> None:
    user, password = imap_user
    account_profile(smtp, user, password, pki, dovecot.imaps_port, provider="gmail")
    assert send("filed by gmail") == 0
    assert "copy is in" not in capsys.readouterr().out
    assert dovecot.messages(user, "Sent") == []
    assert CopyQueue().pending() == []


def test_the_password_is_in_no_file_and_no_output(
    dovecot: DovecotServer,
    imap_user: tuple[str, str],
    smtp: SMTPTestServer,
    pki: TestPKI,
    composer_home: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    user, password = imap_user
    account_profile(smtp, user, password, pki, free_port())
    assert send("down", "--verbose") == 0  # queued, with the failure in the log
    account_profile(smtp, user, password, pki, dovecot.imaps_port)
    assert send("up", "--verbose") == 0
    out = capsys.readouterr()
    secret = password.encode()
    for path in composer_home.rglob("*"):
        if path.is_file():
            assert secret not in path.read_bytes(), path
    assert password not in out.out + out.err + caplog.text
    assert len(dovecot.messages(user, "Sent")) == 2
