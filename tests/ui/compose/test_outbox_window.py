"""The Outbox window, Send later… and the app's runner, on real widgets and a real server."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from outbox_window_helpers import ManualClock, letter_window
from PySide6.QtCore import QDateTime
from pytestqt.qtbot import QtBot
from smtpserver import SMTPTestServer

from composer.outbox.clock import format_local
from composer.outbox.item import State
from composer.sending.job import SendStatus
from composer.ui.compose.window import ComposeWindow

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)


def queue_later(qtbot: QtBot, window: ComposeWindow, choice: int) -> None:
    dialog = window.sending.send_later()
    assert dialog is not None
    dialog.quick[choice].click()
    qtbot.waitUntil(lambda: window.services.outbox.items() != [])
    qtbot.waitUntil(lambda: window.header.subject.text() == "")


def test_send_later_queues_for_the_chosen_time_and_the_outbox_sends_it_now(
    qtbot: QtBot, smtp_server: SMTPTestServer, tmp_path: Path
) -> None:
    clock = ManualClock()
    window = letter_window(qtbot, smtp_server.port, clock, tmp_path, delay=10)
    queue_later(qtbot, window, 0)  # in an hour
    (item,) = window.services.outbox.items()
    assert item.due == clock.now() + timedelta(hours=1)
    assert format_local(item.due) in window.send_panel.title.text()
    assert window.services.outbox_runner().check() is not None
    qtbot.waitUntil(lambda: window.services.runner._running is None)  # type: ignore[union-attr]
    assert smtp_server.messages == []  # not before its time
    outbox = window.side.show_outbox()
    qtbot.waitUntil(lambda: len(outbox.rows()) == 1)
    assert outbox.list.topLevelItem(0).text(0) == format_local(item.due)  # type: ignore[union-attr]
    assert outbox.list.topLevelItem(0).text(1) == "Waiting"  # type: ignore[union-attr]
    with qtbot.waitSignal(window.services.runner.changed, timeout=20000):  # type: ignore[union-attr]
        outbox.send_now_button.click()
    assert len(smtp_server.messages) == 1
    qtbot.waitUntil(lambda: outbox.rows()[0].state is State.SENT)


def test_a_refused_message_shows_why_and_edit_brings_it_back_whole(
    qtbot: QtBot, smtp_server: SMTPTestServer, tmp_path: Path
) -> None:
    clock = ManualClock()
    window = letter_window(qtbot, smtp_server.port, clock, tmp_path, delay=10)
    smtp_server.rcpt_reply = lambda _addr: "550 5.1.1 No such user"
    queue_later(qtbot, window, 1)  # tomorrow morning
    (item,) = window.services.outbox.items()
    (tmp_path / "minutes.pdf").unlink()  # the outbox has its own copy
    runner = window.services.outbox_runner()
    with qtbot.waitSignal(runner.changed, timeout=20000):
        runner.send_now([item.id])
    outbox = window.side.show_outbox()
    qtbot.waitUntil(lambda: len(outbox.rows()) == 1 and outbox.rows()[0].state is State.FAILED)
    qtbot.waitUntil(outbox.reason.isVisible)
    assert "lee@example.com" in outbox.reason.text() or "refused" in outbox.reason.text()
    assert outbox.send_now_button.text() == "&Retry"
    with qtbot.waitSignal(outbox.edit_requested, timeout=10000) as opened:
        outbox.edit_button.click()
    message = opened.args[0]
    assert message.subject == "회의록 Minutes"
    assert message.bcc == ["boss@example.com"]
    assert [(a.filename, a.read()) for a in message.attachments] == [
        ("minutes.pdf", b"%PDF-1.4 minutes\n")
    ]
    qtbot.waitUntil(lambda: outbox.rows() == [])
    assert window.services.outbox.items() == []


def test_a_past_time_asks_to_send_now(
    qtbot: QtBot, smtp_server: SMTPTestServer, tmp_path: Path
) -> None:
    clock = ManualClock()
    window = letter_window(qtbot, smtp_server.port, clock, tmp_path, delay=0)
    dialog = window.sending.send_later()
    assert dialog is not None
    past = clock.now() - timedelta(hours=2)
    dialog.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(past.timestamp())))
    dialog._on_buttons_accepted()
    box = dialog.past_box
    assert box is not None
    assert box.text() == f"{format_local(past)} has already passed."
    assert window.services.outbox.items() == []  # nothing queued before the answer
    send_now = next(b for b in box.buttons() if b.text() == "Send now")
    with qtbot.waitSignal(window.send_finished, timeout=20000) as finished:
        send_now.click()
    assert finished.args[0].status is SendStatus.SENT
    assert len(smtp_server.messages) == 1


def test_what_fell_due_while_closed_is_announced_not_sent_until_the_user_says(
    qtbot: QtBot, smtp_server: SMTPTestServer, tmp_path: Path
) -> None:
    from composer.ui.outbox_service import announce_overdue

    clock = ManualClock()
    window = letter_window(qtbot, smtp_server.port, clock, tmp_path, delay=10)
    queue_later(qtbot, window, 0)
    clock.advance(hours=3)  # Composer was closed meanwhile
    runner = window.services.outbox_runner()
    with qtbot.waitSignal(runner.overdue, timeout=10000) as overdue:
        runner.start()
    (item,) = overdue.args[0]
    box = announce_overdue(window, runner, overdue.args[0])
    assert box.text() == "1 message fell due while Composer was closed."
    qtbot.waitUntil(lambda: runner._running is None)
    with qtbot.waitSignal(runner.changed, timeout=20000):
        runner.check()  # the timer's check: it is held back
    assert smtp_server.messages == []
    send = next(b for b in box.buttons() if b.text() == "Send now")
    with qtbot.waitSignal(runner.changed, timeout=20000):
        send.click()
    assert len(smtp_server.messages) == 1
    assert window.services.outbox.get(item.id).state is State.SENT
    runner.timer.stop()


def test_a_waiting_message_is_saved_as_pdf_as_its_recipients_will_see_it(
    qtbot: QtBot, smtp_server: SMTPTestServer, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from composer.compose.message import from_eml
    from composer.ui.widgets.printing import message_document

    clock = ManualClock()
    window = letter_window(qtbot, smtp_server.port, clock, tmp_path, delay=10)
    queue_later(qtbot, window, 1)  # tomorrow morning
    outbox = window.side.show_outbox()
    qtbot.waitUntil(lambda: len(outbox.rows()) == 1)
    outbox.list.setCurrentItem(outbox.list.topLevelItem(0))
    assert outbox.print_button.isEnabled()
    outbox.pdf_button.click()
    qtbot.waitUntil(lambda: outbox.findChild(QFileDialog, "pdfDialog") is not None)
    dialog = outbox.findChild(QFileDialog, "pdfDialog")
    assert dialog is not None
    out = tmp_path / "waiting.pdf"
    dialog.fileSelected.emit(str(out))
    assert out.read_bytes().startswith(b"%PDF")
    (item,) = window.services.outbox.items()
    text = message_document(from_eml(window.services.outbox.eml(item.id)), item.date)
    assert "회의록 Minutes" in text.toPlainText()
    assert "boss@example.com" not in text.toPlainText()  # the Bcc never reaches the page
    assert smtp_server.messages == []  # printing sends nothing
