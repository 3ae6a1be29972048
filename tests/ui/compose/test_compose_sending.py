"""What the compose window sends: a real sender, and a Sent copy that is what went out."""

from __future__ import annotations

import email
import email.policy
import multiprocessing
import threading

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from smtpserver import SMTPTestServer
from test_compose_window import make_window, send_and_wait, smtp_profile

from composer.profiles.model import BackendKind, Identity, Profile
from composer.sending.job import SendStatus

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)


def clear(qtbot: QtBot, field: object) -> None:
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # type: ignore[arg-type]
    qtbot.keyClick(field, Qt.Key.Key_Backspace)  # type: ignore[arg-type]


def without_bcc(data: bytes) -> bytes:
    head, _, body = data.partition(b"\n\n")
    lines = [line for line in head.split(b"\n") if not line.startswith(b"Bcc: ")]
    return b"\n".join(lines) + b"\n\n" + body


def test_a_cleared_from_sends_as_the_profile_and_sent_keeps_what_went_out(
    qtbot: QtBot, smtp_server: SMTPTestServer
) -> None:
    window = make_window(qtbot, smtp_profile(smtp_server.port))
    clear(qtbot, window.header.from_field)
    assert window.header.from_field.text() == ""
    qtbot.keyClicks(window.header.fields["to"], "a@example.com")
    qtbot.mouseClick(window.header.toggles["bcc"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.header.fields["bcc"], "hidden@example.net")
    qtbot.keyClicks(window.header.subject, "Who sent this?")
    qtbot.keyClicks(window.editor, "Me, of course.")
    result = send_and_wait(qtbot, window)
    assert result.status is SendStatus.SENT, result.message.what
    (received,) = smtp_server.messages
    assert received.mail_from == "kim@example.com"
    sent = email.message_from_bytes(received.data, policy=email.policy.default)
    assert sent["From"].addresses[0].addr_spec == "kim@example.com"
    assert sent["Message-ID"].endswith("@example.com>")
    (entry,) = window.services.sentbox.entries()
    copy = window.services.sentbox.get_bytes(entry.key)
    assert without_bcc(copy) == received.data.replace(b"\r\n", b"\n")
    kept = email.message_from_bytes(copy, policy=email.policy.default)
    assert kept["Bcc"] == "hidden@example.net"
    assert window.header.from_field.text() == "김철수 <kim@example.com>"


def test_no_sender_anywhere_asks_for_one_and_sends_nothing(
    qtbot: QtBot, smtp_server: SMTPTestServer
) -> None:
    profile = smtp_profile(smtp_server.port)
    profile.identity = Identity()
    window = make_window(qtbot, profile)
    assert window.header.from_field.text() == ""
    qtbot.keyClicks(window.header.fields["to"], "a@example.com")
    qtbot.keyClicks(window.editor, "Hello")
    qtbot.keyClick(window.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.send_panel.title.text() == "The message has no sender address."
    assert window.send_panel.advice.text() == (
        "Type your address in From, or add one to the profile “Test relay” in Tools ▸ Preferences."
    )
    assert window.header.from_field.hasFocus()
    assert smtp_server.messages == []
    qtbot.keyClicks(window.header.from_field, "Me <me@mine.example>")
    assert send_and_wait(qtbot, window).status is SendStatus.SENT
    assert smtp_server.messages[0].mail_from == "me@mine.example"


def test_a_preview_profile_keeps_the_sender(qtbot: QtBot) -> None:
    window = make_window(
        qtbot, smtp_profile(2525, "Real"), Profile("Outbox", backend=BackendKind.LOCMEM)
    )
    assert window.header.from_field.text() == "김철수 <kim@example.com>"
    window.services.profiles.set_active("Outbox")
    assert window.header.from_field.text() == "김철수 <kim@example.com>"
    work = smtp_profile(2525, "Work")
    work.identity = Identity(from_address="me@work.example")
    window.services.profiles.book.add(work)
    window.services.profiles.set_active("Work")
    assert window.header.from_field.text() == "me@work.example"


def test_a_send_that_dies_after_the_server_accepted_is_sent_not_failed(
    qtbot: QtBot, smtp_server: SMTPTestServer
) -> None:
    smtp_server.quit_hold = threading.Event()  # the child waits after acceptance
    window = make_window(qtbot, smtp_profile(smtp_server.port))
    qtbot.keyClicks(window.header.fields["to"], "a@example.com")
    qtbot.keyClicks(window.header.subject, "Only once")
    with qtbot.waitSignal(window.send_finished, timeout=20000) as finished:
        window.send()
        qtbot.waitUntil(lambda: window.sending.job is not None)  # queued in the outbox first
        job = window.sending.job
        assert job is not None
        with qtbot.waitSignal(job.accepted, timeout=20000):
            pass
        (child,) = [p for p in multiprocessing.active_children() if p.name == "composer-send"]
        child.kill()  # as the out-of-memory killer would
    smtp_server.quit_hold.set()
    result = finished.args[0]
    assert result.status is SendStatus.SENT
    assert result.copy_lost
    panel = window.send_panel
    assert panel.title.text() == "Sent, but the copy for Sent could not be kept."
    assert "do not send it again" in panel.advice.text()
    assert "Try again" not in panel.advice.text()
    assert len(smtp_server.messages) == 1
    assert window.header.subject.text() == "Only once"  # its only local copy is this window
    assert window.services.sentbox.entries() == []


def test_a_message_whose_confirmation_never_came_is_in_doubt_not_failed(
    qtbot: QtBot, smtp_server: SMTPTestServer
) -> None:
    smtp_server.data_behaviour = "store_then_drop"  # stored, then the connection drops
    window = make_window(qtbot, smtp_profile(smtp_server.port))
    qtbot.keyClicks(window.header.fields["to"], "a@example.com")
    qtbot.keyClicks(window.header.subject, "Did it go?")
    result = send_and_wait(qtbot, window)
    assert result.status is SendStatus.IN_DOUBT
    panel = window.send_panel
    assert panel.title.text().startswith("The message went out, but the server's confirmation")
    assert "do not send it again" in panel.advice.text()
    assert len(smtp_server.messages) == 1
    assert window.header.subject.text() == "Did it go?"  # kept: the user decides
    assert window.services.sentbox.entries() == []
