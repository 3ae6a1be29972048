"""Closing the merge window while work runs: it never freezes, and nothing is lost."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from smtpserver import SMTPTestServer

from composer.mail import get_connection
from composer.merge import MergeLedger, MergeTemplate
from composer.ui.merge.dialog import MergeDialog, open_merge_dialog

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)

TEMPLATE = MergeTemplate(
    subject="Hello {{ name }}", text="Hi", to="{{ email }}", from_email="t@school.example"
)


@pytest.fixture
def server() -> Iterator[SMTPTestServer]:
    with SMTPTestServer() as srv:
        yield srv


def ledger_is_closed(ledger: MergeLedger) -> bool:
    try:
        ledger.merges()
    except sqlite3.ProgrammingError:
        return True
    return False


def opened(qtbot: QtBot, server: SMTPTestServer, data: Path) -> MergeDialog:
    dialog = open_merge_dialog(
        TEMPLATE,
        lambda: get_connection(
            "composer.mail.backends.smtp.EmailBackend", host=server.host, port=server.port
        ),
        csv_path=data,
        test_address="t@school.example",
    )
    with qtbot.waitSignal(dialog.data_loaded, timeout=20_000):
        pass
    dialog.go_to(1)
    task = dialog.check_step.task
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    return dialog


def test_closing_during_a_test_send_returns_at_once_and_the_test_still_arrives(
    qtbot: QtBot, server: SMTPTestServer, tmp_path: Path
) -> None:
    data = tmp_path / "c.csv"
    data.write_text("name,email\nAnn,ann@example.org\n", encoding="utf-8")
    at_server, release = threading.Event(), threading.Event()

    def hold(_address: str) -> None:
        at_server.set()
        release.wait(20)

    server.rcpt_reply = hold
    dialog = opened(qtbot, server, data)
    ledger = dialog.ledger
    with qtbot.waitSignal(dialog.preview_step.row_shown, timeout=10_000):
        dialog.go_to(2)
    test = dialog.send_test_to("t@school.example")
    assert test is not None
    assert at_server.wait(10)
    destroyed: list[bool] = []
    dialog.destroyed.connect(lambda: destroyed.append(True))
    dialog.close()
    # The window is gone while the server still holds the test: nothing waited for it.
    assert not dialog.isVisible()
    assert test.running
    assert not ledger_is_closed(ledger)
    release.set()
    qtbot.waitUntil(lambda: ledger_is_closed(ledger), timeout=20_000)
    qtbot.waitUntil(lambda: bool(destroyed), timeout=10_000)
    assert [m.rcpt_tos for m in server.messages] == [["t@school.example"]]


def test_closing_during_a_check_drops_the_check(
    qtbot: QtBot, server: SMTPTestServer, tmp_path: Path
) -> None:
    data = tmp_path / "c.csv"
    data.write_text(
        "name,email\n" + "".join(f"P{i},p{i}@example.org\n" for i in range(200_000)),
        encoding="utf-8",
    )
    dialog = open_merge_dialog(TEMPLATE, lambda: None, csv_path=data)  # type: ignore[arg-type]
    with qtbot.waitSignal(dialog.data_loaded, timeout=20_000):
        pass
    ledger = dialog.ledger
    dialog.go_to(1)
    task = dialog.check_step.task
    assert task is not None
    qtbot.waitUntil(lambda: "so far" in dialog.check_page.summary_label.text(), timeout=20_000)
    with qtbot.waitSignal(task.cancelled, timeout=20_000):
        dialog.close()
        assert not dialog.isVisible()
    qtbot.waitUntil(lambda: ledger_is_closed(ledger), timeout=10_000)
    assert server.messages == []


def test_stopping_a_run_from_the_close_question_can_be_declined(
    qtbot: QtBot, server: SMTPTestServer, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    data = tmp_path / "c.csv"
    data.write_text(
        "name,email\n" + "".join(f"P{i},p{i}@example.org\n" for i in range(1, 4)),
        encoding="utf-8",
    )
    at_server, release = threading.Event(), threading.Event()

    def hold(address: str) -> None:
        if address == "p2@example.org":
            at_server.set()
            release.wait(20)

    server.rcpt_reply = hold
    dialog = opened(qtbot, server, data)
    try:
        dialog.go_to(3)
        dialog.send_page.connections.setValue(1)
        with qtbot.waitSignal(dialog.merge_finished, timeout=30_000) as finished:
            assert dialog.start_sending() is not None
            assert at_server.wait(10)
            dialog.close()
            question = dialog.findChild(QMessageBox, "stopMergeQuestion")
            assert question is not None
            keep = question.defaultButton()
            assert keep is not None
            assert keep.text() == "Keep sending"
            keep.click()
            assert dialog.isVisible()
            assert dialog.sending
            release.set()
        assert finished.args[0].outcome == "finished"
        assert dialog.isVisible()  # the user kept the window
        assert sorted(m.rcpt_tos[0] for m in server.messages) == [
            "p1@example.org",
            "p2@example.org",
            "p3@example.org",
        ]
    finally:
        release.set()
        dialog.close()
