"""The app started from a terminal: failures reach the log, not the terminal as tracebacks."""

from __future__ import annotations

import functools

import damaged_messages as damaged
import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from smtpserver import refused_port

from composer.compose.message import ComposedMessage
from composer.profiles.model import BackendKind, Profile, ProfileBook, Security, SmtpSettings
from composer.sending.job import SendRequest, SendResult, SendStatus, run_send
from composer.ui.compose.profiles import ComposeProfiles
from composer.ui.compose.window import ComposeServices, ComposeWindow
from composer.ui.tasks import ProcessTaskRunner

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)


def test_a_failed_send_in_the_child_process_prints_no_traceback(
    qtbot: QtBot, capfd: pytest.CaptureFixture[str]
) -> None:
    profile = Profile(
        "Closed", smtp=SmtpSettings(host="127.0.0.1", port=refused_port(), security=Security.NONE)
    )
    msg = ComposedMessage(from_addr="kim@example.com", to=["lee@example.com"], subject="s")
    runner = ProcessTaskRunner()
    task = runner.submit(functools.partial(run_send, SendRequest(msg, profile)), "send")
    with qtbot.waitSignal(task.succeeded, timeout=30_000) as done:
        pass
    result = done.args[0]
    assert isinstance(result, SendResult)
    assert result.status is SendStatus.FAILED
    assert "ConnectionRefusedError" in result.message.details  # for "Copy details" and the log
    err = capfd.readouterr().err
    assert "Traceback" not in err
    assert "ConnectionRefusedError" not in err


def test_reopening_a_damaged_sent_message_explains_instead_of_crashing(qtbot: QtBot) -> None:
    book = ProfileBook([Profile("Outbox", backend=BackendKind.LOCMEM)])
    services = ComposeServices(ComposeProfiles(book))
    # As another program or a damaged disk may leave it in the Maildir.
    (services.sentbox.folder / "cur" / "1700000000.damaged.host:2,S").write_bytes(
        damaged.recursive_rfc822()
    )
    window = ComposeWindow(services)
    qtbot.addWidget(window)
    window.show()
    browser = window.side.show_sent()
    qtbot.waitUntil(lambda: len(browser.entries()) == 1)
    with qtbot.waitSignal(browser.reopen_requested):  # the message is read in the background
        browser.reopen_button.click()
    box = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible() and "could not be opened" in w.text()
    )
    assert "nested too deeply" in box.text()
    box.close()
    assert services.windows == [window]  # no half-opened window
