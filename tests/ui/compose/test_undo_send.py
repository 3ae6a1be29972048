"""Undo send in the real compose window, against a real SMTP server on 127.0.0.1.

The clock is the test's: the countdown is read from it, so the test moves time instead of
waiting ten seconds.
"""

from __future__ import annotations

import email
import email.policy
from datetime import timedelta
from pathlib import Path

import pytest
from outbox_window_helpers import ManualClock, letter_window
from pytestqt.qtbot import QtBot
from smtpserver import SMTPTestServer

from composer.outbox.item import State
from composer.sending.job import SendStatus

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)


def test_undo_within_the_delay_sends_nothing_and_gives_the_message_back(
    qtbot: QtBot, smtp_server: SMTPTestServer, tmp_path: Path
) -> None:
    clock = ManualClock()
    window = letter_window(qtbot, smtp_server.port, clock, tmp_path, delay=10)
    before = window.message()
    window.send()
    panel = window.send_panel
    qtbot.waitUntil(panel.undo_button.isVisible)
    assert panel.title.text() == "Sending in 10 seconds…"
    assert not window.editor.isEnabled()  # what goes out is what the user saw
    (queued,) = window.services.outbox.items()
    assert queued.state is State.QUEUED
    clock.advance(seconds=4)
    window.sending.delayed.tick()  # type: ignore[union-attr]
    assert panel.title.text() == "Sending in 6 seconds…"
    qtbot.mouseClick(panel.undo_button, qtbot_left())
    assert not window.sending.running  # the window is the user's again at once
    qtbot.waitUntil(lambda: window.services.outbox.items() == [])  # its files go meanwhile
    assert window.editor.isEnabled()
    assert window.send_button.isEnabled()
    after = window.message()
    assert after.subject == before.subject
    assert after.to == before.to
    assert after.bcc == before.bcc
    assert after.text == before.text
    assert [(a.filename, a.read()) for a in after.attachments] == [
        (a.filename, a.read()) for a in before.attachments
    ]
    clock.advance(seconds=60)  # long past the delay: still nothing went
    assert smtp_server.messages == []


def test_after_the_delay_the_outbox_copy_goes_even_without_its_file(
    qtbot: QtBot, smtp_server: SMTPTestServer, tmp_path: Path
) -> None:
    clock = ManualClock()
    window = letter_window(qtbot, smtp_server.port, clock, tmp_path, delay=5)
    window.send()
    qtbot.waitUntil(window.send_panel.undo_button.isVisible)
    (tmp_path / "minutes.pdf").unlink()  # the outbox copied it in when queueing
    with qtbot.waitSignal(window.send_finished, timeout=20000) as finished:
        clock.advance(seconds=5)  # the countdown's next tick hands it to the send job
    assert finished.args[0].status is SendStatus.SENT
    (received,) = smtp_server.messages
    parsed = email.message_from_bytes(received.data, policy=email.policy.default)
    (part,) = list(parsed.iter_attachments())
    assert part.get_content() == b"%PDF-1.4 minutes\n"
    assert sorted(received.rcpt_tos) == ["boss@example.com", "lee@example.com"]
    (sent,) = window.services.outbox.items()
    assert sent.state is State.SENT
    assert window.header.subject.text() == ""  # a new message: this one went


def test_with_undo_off_it_goes_at_once_through_the_outbox(
    qtbot: QtBot, smtp_server: SMTPTestServer, tmp_path: Path
) -> None:
    window = letter_window(qtbot, smtp_server.port, ManualClock(), tmp_path, delay=0)
    with qtbot.waitSignal(window.send_finished, timeout=20000) as finished:
        window.send()
    assert finished.args[0].status is SendStatus.SENT
    assert len(smtp_server.messages) == 1
    (sent,) = window.services.outbox.items()
    assert sent.state is State.SENT
    assert sent.due - sent.queued_at == timedelta(0)


def qtbot_left():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_a_wall_clock_jump_neither_stretches_nor_cuts_the_undo_delay(
    qtbot: QtBot, smtp_server: SMTPTestServer, tmp_path: Path
) -> None:
    clock = ManualClock()
    window = letter_window(qtbot, smtp_server.port, clock, tmp_path, delay=10)
    window.send()
    panel = window.send_panel
    qtbot.waitUntil(panel.undo_button.isVisible)
    delayed = window.sending.delayed
    assert delayed is not None
    clock.jump(hours=2)  # the clock is set forward: the delay is not over
    delayed.tick()
    assert panel.title.text() == "Sending in 10 seconds…"
    assert smtp_server.messages == []
    clock.jump(hours=-5)  # and back: the delay is not three hours longer
    clock.advance(seconds=3)
    delayed.tick()
    assert panel.title.text() == "Sending in 7 seconds…"
    with qtbot.waitSignal(window.send_finished, timeout=20000) as finished:
        clock.advance(seconds=7)
    assert finished.args[0].status is SendStatus.SENT
    assert len(smtp_server.messages) == 1
