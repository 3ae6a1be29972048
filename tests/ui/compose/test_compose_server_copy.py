"""The compose window puts a copy of what it sent in the server's Sent folder (a real Dovecot),
after the result is shown, and makes the copies an earlier session left at start-up."""

from __future__ import annotations

from typing import TYPE_CHECKING

import keyring
import pytest
from servers.dovecot import DovecotServer, free_port

from composer.profiles.model import (
    BackendKind,
    Identity,
    ImapSettings,
    Profile,
    ProfileBook,
    Security,
    SmtpSettings,
)
from composer.sending.job import SendResult, SendStatus
from composer.sending.servercopy import CopyReport
from composer.storage.copyqueue import CopyQueue
from composer.ui.compose.profiles import ComposeProfiles
from composer.ui.compose.window import ComposeServices, ComposeWindow

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot
    from smtpserver import SMTPTestServer, TestPKI

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)


def account(
    smtp: SMTPTestServer, user: str, password: str, pki: TestPKI, imap_port: int
) -> Profile:
    profile = Profile(
        "Work",
        backend=BackendKind.SMTP,
        smtp=SmtpSettings(
            host="127.0.0.1", port=smtp.port, security=Security.NONE, username=user,
            timeout=10, cafile=str(pki.ca_file),
        ),
        identity=Identity(from_name="김철수", from_address=user),
        imap=ImapSettings(host="127.0.0.1", port=imap_port),
    )  # fmt: skip
    assert profile.account is not None
    keyring.set_password("io.github.composermail.Composer", profile.account, password)
    return profile


def open_window(qtbot: QtBot, profile: Profile) -> ComposeWindow:
    window = ComposeWindow(ComposeServices(ComposeProfiles(ProfileBook([profile]))))
    qtbot.addWidget(window)
    window.show()
    return window


def send(qtbot: QtBot, window: ComposeWindow, subject: str) -> tuple[SendResult, CopyReport]:
    qtbot.keyClicks(window.header.fields["to"], "lee@example.com")
    qtbot.keyClicks(window.header.fields["bcc"], "hidden@example.net")
    qtbot.keyClicks(window.header.subject, subject)
    qtbot.keyClicks(window.editor, "Hello")
    copies = window.sending.server_copies
    with qtbot.waitSignal(copies.finished, timeout=20000) as copied:
        with qtbot.waitSignal(window.send_finished, timeout=20000) as sent:
            window.send()
        assert sent.args[0].ok, sent.args[0].message
    return sent.args[0], copied.args[0]


@pytest.fixture
def smtp(make_smtp_server: object, imap_user: tuple[str, str]) -> SMTPTestServer:
    return make_smtp_server(auth=imap_user)  # type: ignore[operator,no-any-return]


def test_the_window_files_a_copy_in_sent(
    qtbot: QtBot, dovecot: DovecotServer, imap_user: tuple[str, str], smtp: SMTPTestServer,
    pki: TestPKI,
) -> None:  # fmt: skip
    user, password = imap_user
    window = open_window(qtbot, account(smtp, user, password, pki, dovecot.imaps_port))
    result, report = send(qtbot, window, "From the window")
    assert result.status is SendStatus.SENT
    assert report.ok, report.message
    assert window.statusBar().currentMessage() == "A copy is in “Sent” on 127.0.0.1."
    (stored,) = dovecot.messages(user, "Sent")
    assert stored.wire == smtp.messages[0].data
    assert b"hidden@example.net" not in stored.raw


def test_a_copy_that_failed_is_made_at_the_next_start(
    qtbot: QtBot, dovecot: DovecotServer, imap_user: tuple[str, str], smtp: SMTPTestServer,
    pki: TestPKI,
) -> None:  # fmt: skip
    user, password = imap_user
    down = account(smtp, user, password, pki, free_port())
    window = open_window(qtbot, down)
    result, report = send(qtbot, window, "While the server was down")
    assert result.status is SendStatus.SENT  # the send itself is not held up
    assert not report.ok
    panel = window.send_panel
    assert panel.title.text().startswith("Sent to lee@example.com")
    assert "The copy for the Sent folder on 127.0.0.1 could not be made" in panel.advice.text()
    assert "Nothing is lost" in panel.advice.text()
    assert len(CopyQueue().pending()) == 1
    window.close()

    up = account(smtp, user, password, pki, dovecot.imaps_port)
    later = open_window(qtbot, up)  # the next start
    with qtbot.waitSignal(later.sending.server_copies.finished, timeout=20000) as copied:
        later.sending.retry_waiting_copies()
    assert copied.args[0].ok
    assert CopyQueue().pending() == []
    (stored,) = dovecot.messages(user, "Sent")
    assert b"While the server was down" in stored.raw
