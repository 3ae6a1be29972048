"""Rows in doubt in the merge window, after a real interrupted merge.

A ``composer merge`` process is killed while the server holds its reply to a message it
has stored: that row went out whole and nobody knows it arrived. Continuing the merge in
the window must offer the right choice: record it as delivered (the default, since it most
likely was), or, only when the user says so explicitly, send it again.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from smtpserver import SMTPTestServer

from composer.mail import get_connection
from composer.merge import MergeLedger, MergeTemplate, RunResult
from composer.ui.merge.dialog import MergeDialog

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)

ROOT = Path(__file__).resolve().parents[3]
DOOMED = "m3@club.example"


@pytest.fixture
def server() -> Iterator[SMTPTestServer]:
    with SMTPTestServer() as srv:
        yield srv


def received(server: SMTPTestServer) -> Counter[str]:
    return Counter(r for m in server.messages for r in m.rcpt_tos)


def interrupted_merge(
    qtbot: QtBot, server: SMTPTestServer, home: Path, tmp_path: Path
) -> tuple[Path, Path]:
    """Run ``composer merge`` and kill it while row 3's message waits for its reply."""
    data = tmp_path / "members.csv"
    data.write_text(
        "name,email\n" + "".join(f"Member {i},m{i}@club.example\n" for i in range(1, 7)),
        encoding="utf-8",
    )
    letter = tmp_path / "letter.eml"
    letter.write_text(
        "From: Club <secretary@club.example>\nTo: {{ name }} <{{ email }}>\n"
        "Subject: Membership\n\nDear {{ name }}\n",
        encoding="utf-8",
    )
    server.stall_seconds = 30
    server.data_behaviour = lambda env: "store_then_stall" if env.rcpt_tos == [DOOMED] else None
    env = dict(os.environ, COMPOSER_HOME=str(home), PYTHONPATH=str(ROOT))
    args = [str(data), str(letter), "--server", f"127.0.0.1:{server.port}", "--yes"]
    child = subprocess.Popen(
        [sys.executable, "-m", "composer", "merge", *args, "--connections", "1"],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        qtbot.waitUntil(lambda: DOOMED in received(server), timeout=60_000)
    finally:
        child.kill()
        child.wait(30)
    server.data_behaviour = None
    assert received(server) == {f"m{i}@club.example": 1 for i in (1, 2, 3)}
    return data, letter


def continue_in_window(qtbot: QtBot, server: SMTPTestServer) -> MergeDialog:
    """Open Earlier merges in a new merge window, continue the merge, wait for its check."""
    dialog = MergeDialog(
        MergeTemplate(subject="Something else", to="{{ email }}"),
        lambda: get_connection(
            "composer.mail.backends.smtp.EmailBackend",
            host=server.host,
            port=server.port,
            timeout=10,
        ),
        server_label="the club's server",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._on_history_clicked()
    history: Any = dialog._history
    assert history is not None
    assert history.model.rowCount() == 1
    with qtbot.waitSignal(dialog.data_loaded, timeout=20_000):
        history.reopen_button.click()
    task = dialog.check_step.task
    assert task is not None
    if task.running:
        with qtbot.waitSignal(task.finished, timeout=20_000):
            pass
    assert dialog.report is not None
    return dialog


def send(qtbot: QtBot, dialog: MergeDialog) -> RunResult:
    dialog.go_to(3)
    with qtbot.waitSignal(dialog.merge_finished, timeout=30_000) as finished:
        dialog.send_page.start_button.click()
    result: RunResult = finished.args[0]
    return result


def test_a_row_in_doubt_is_recorded_as_delivered_by_default(
    qtbot: QtBot, server: SMTPTestServer, tmp_path: Path, composer_home: Path
) -> None:
    interrupted_merge(qtbot, server, composer_home, tmp_path)
    dialog = continue_in_window(qtbot, server)
    try:
        page = dialog.check_page
        summary = page.summary_label.text()
        assert "6 rows: 3 ready" in summary
        assert "2 already sent, 1 in doubt" in summary
        # The doubt is explained, and the safe answer is the one already chosen.
        assert page.doubt_box.isVisibleTo(dialog)
        assert "most likely delivered" in page.doubt_label.text()
        assert page.doubt_delivered.isChecked()
        assert not page.resend_unknown.isChecked()
        assert "twice" in page.resend_unknown.text()
        statuses = [page.model.row_check(i).status for i in range(page.model.rowCount())]
        assert statuses == ["sent", "sent", "unknown", "ready", "ready", "ready"]
        assert "most likely delivered" in page.model.data(page.model.index(2, 5))
        dialog.go_to(3)
        plan_text = dialog.send_page.plan_label.text()
        assert "3 messages will be sent" in plan_text
        assert "1 message in doubt is recorded as delivered first" in plan_text

        result = send(qtbot, dialog)
        assert result.outcome == "finished"
        assert result.progress.sent == 3
        assert "1 message in doubt was recorded as delivered" in (
            dialog.send_page.report_label.text()
        )
        # Nobody got a second copy; everyone got the letter.
        assert received(server) == {f"m{i}@club.example": 1 for i in range(1, 7)}
        plan = dialog.plan
        assert plan is not None
        (row,) = [r for r in plan.ledger.rows(plan.merge_id) if DOOMED in r.recipients]
        assert row.status == "sent"
        assert row.reason == "confirmed by the user"
    finally:
        dialog.shutdown()


def test_sending_rows_in_doubt_again_is_an_explicit_choice(
    qtbot: QtBot, server: SMTPTestServer, tmp_path: Path, composer_home: Path
) -> None:
    interrupted_merge(qtbot, server, composer_home, tmp_path)
    dialog = continue_in_window(qtbot, server)
    try:
        dialog.check_page.resend_unknown.click()
        assert not dialog.check_page.doubt_delivered.isChecked()
        dialog.go_to(3)
        plan_text = dialog.send_page.plan_label.text()
        assert "4 messages will be sent" in plan_text
        assert "recorded as delivered" not in plan_text
        result = send(qtbot, dialog)
        assert result.progress.sent == 4
        got = received(server)
        assert got[DOOMED] == 2  # what the user chose, knowing it
        assert {a: n for a, n in got.items() if a != DOOMED} == {
            f"m{i}@club.example": 1 for i in (1, 2, 4, 5, 6)
        }
    finally:
        dialog.shutdown()


def test_leaving_the_window_keeps_rows_in_doubt_undecided(
    qtbot: QtBot, server: SMTPTestServer, tmp_path: Path, composer_home: Path
) -> None:
    interrupted_merge(qtbot, server, composer_home, tmp_path)
    dialog = continue_in_window(qtbot, server)
    dialog.close()
    dialog.shutdown()
    # Only sending applies the choice: closing without sending records nothing.
    with MergeLedger() as ledger:
        (merge,) = ledger.merges()
        assert ledger.counts(merge.id)["unknown"] == 1
    assert received(server)[DOOMED] == 1
