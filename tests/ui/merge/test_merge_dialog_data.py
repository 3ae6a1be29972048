"""The merge dialog with hostile data, typed paths, resumes and earlier merges.

Driven as a user would (typing, clicking, the Earlier merges window) against aiosmtpd on
127.0.0.1; every test asserts on what the server received.
"""

from __future__ import annotations

import email
import email.policy
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from smtpserver import SMTPTestServer

from composer.mail import get_connection
from composer.merge import MergeEngine, MergeTemplate, RunResult
from composer.ui.merge.dialog import MergeDialog
from composer.ui.merge.history import MergeHistoryDialog
from composer.ui.tasks import TaskRunner

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = MergeTemplate(
    subject="Grades for {{ name }}",
    text="Dear {{ name }},\nyour grade is {{ grade }}.",
    to="{{ name }} <{{ email }}>",
    from_email="Teacher <teacher@school.example>",
)


def factory(server: SMTPTestServer) -> Callable[[], Any]:
    return lambda: get_connection(
        "composer.mail.backends.smtp.EmailBackend", host=server.host, port=server.port, timeout=10
    )


@pytest.fixture
def server() -> Iterator[SMTPTestServer]:
    with SMTPTestServer(pipelining=True) as srv:
        yield srv


@pytest.fixture
def make_dialog(qtbot: QtBot, server: SMTPTestServer) -> Iterator[Callable[..., MergeDialog]]:
    dialogs: list[MergeDialog] = []

    def make(template: Any = TEMPLATE) -> MergeDialog:
        dialog = MergeDialog(template, factory(server), server_label="the test server")
        qtbot.addWidget(dialog)
        dialog.show()
        dialogs.append(dialog)
        return dialog

    yield make
    for dialog in dialogs:
        dialog.shutdown()


def load(qtbot: QtBot, dialog: MergeDialog, path: Path) -> bool:
    """Open *path* in the dialog (in the background) and wait until it is shown."""
    with qtbot.waitSignal(dialog.data_loaded, timeout=20_000) as loaded:
        dialog.load_csv(path)
    return bool(loaded.args[0])


def check(qtbot: QtBot, dialog: MergeDialog) -> None:
    dialog.go_to(1)
    task = dialog.check_step.task
    assert task is not None
    if task.running:
        with qtbot.waitSignal(task.finished, timeout=20_000):
            pass
    assert dialog.report is not None


def send(qtbot: QtBot, dialog: MergeDialog) -> RunResult:
    dialog.go_to(3)
    with qtbot.waitSignal(dialog.merge_finished, timeout=30_000) as finished:
        assert dialog.start_sending() is not None
    result: RunResult = finished.args[0]
    return result


def visible_file_dialogs(dialog: MergeDialog) -> list[QFileDialog]:
    return [d for d in dialog.findChildren(QFileDialog) if d.isVisible()]


def test_a_typed_path_loads_on_enter(
    qtbot: QtBot, make_dialog: Callable[..., MergeDialog], tmp_path: Path
) -> None:
    data = tmp_path / "class list.csv"
    data.write_text("name,email,grade\nAnn,ann@example.org,A\n", encoding="utf-8")
    dialog = make_dialog()
    edit = dialog.data_page.path_edit
    assert not edit.isReadOnly()
    edit.setFocus()
    qtbot.keyClicks(edit, str(data))
    with qtbot.waitSignal(dialog.data_loaded) as loaded:
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert loaded.args == [True]
    assert visible_file_dialogs(dialog) == []
    assert dialog.source is not None
    assert dialog.source.path == data
    assert dialog.step_bar.next_button.isEnabled()
    edit.clear()
    qtbot.keyClicks(edit, str(tmp_path / "nope.csv"))
    with qtbot.waitSignal(dialog.data_loaded) as loaded:
        qtbot.keyClick(edit, Qt.Key.Key_Enter)
    assert loaded.args == [False]
    assert visible_file_dialogs(dialog) == []
    assert dialog.source is None
    assert "does not exist" in dialog.data_page.error_label.text()


def test_name_cells_never_add_recipients(
    qtbot: QtBot, make_dialog: Callable[..., MergeDialog], server: SMTPTestServer, tmp_path: Path
) -> None:
    data = tmp_path / "c.csv"
    data.write_text(
        "name,email,grade\n"
        '"Evil <evil@attacker.test>, Kim",kim@example.org,A\n'
        '"Kim, Chulsoo",chulsoo@example.org,B\n'
        '"Lee\nBcc: evil@attacker.test",lee@example.org,C\n'
        'Park,"park@example.org, evil@attacker.test",D\n',
        encoding="utf-8",
    )
    dialog = make_dialog()
    assert load(qtbot, dialog, data)
    check(qtbot, dialog)
    assert "4 rows: 2 ready, 2 with problems" in dialog.check_page.summary_label.text()
    # Names are shown as text: a cell is never markup in the window either.
    with qtbot.waitSignal(dialog.preview_step.row_shown) as shown:
        dialog.go_to(2)
    assert shown.args == [1]
    to_label = dialog.preview_page.fields["to"]
    assert to_label.textFormat() == Qt.TextFormat.PlainText
    assert to_label.text() == '"Evil <evil@attacker.test>, Kim" <kim@example.org>'
    dialog.check_page.skip_problems.setChecked(True)
    result = send(qtbot, dialog)
    assert result.progress.sent == 2
    assert sorted(m.rcpt_tos for m in server.messages) == [
        ["chulsoo@example.org"],
        ["kim@example.org"],
    ]


def test_attachments_folder_and_the_files_each_row_sends(
    qtbot: QtBot, make_dialog: Callable[..., MergeDialog], server: SMTPTestServer, tmp_path: Path
) -> None:
    (tmp_path / "secret.txt").write_bytes(b"SECRET")
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "ann.pdf").write_bytes(b"%PDF ann")
    chosen = tmp_path / "reports"
    chosen.mkdir()
    (chosen / "ann.pdf").write_bytes(b"%PDF chosen ann")
    data = folder / "c.csv"
    data.write_text(
        "name,email,grade,첨부\nAnn,ann@example.org,A,ann.pdf\nBo,bo@example.org,B,../secret.txt\n",
        encoding="utf-8",
    )
    dialog = make_dialog()
    assert load(qtbot, dialog, data)
    assert dialog.data_page.selected_attachment_column() == "첨부"
    check(qtbot, dialog)
    page = dialog.check_page
    text = page.attachments_label.text()
    assert "column “첨부”" in text
    assert str(folder.resolve()) in text
    assert "1 file" in text
    model = page.model
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Attachments"
    assert model.data(model.index(0, 4)) == "ann.pdf (8 bytes)"
    assert "not inside the attachments folder" in model.data(model.index(1, 5))
    # A folder typed into the Data page replaces the data file's folder.
    dialog.go_to(0)
    edit = dialog.data_page.folder_edit
    edit.setFocus()
    qtbot.keyClicks(edit, str(chosen))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert visible_file_dialogs(dialog) == []
    check(qtbot, dialog)
    assert str(chosen.resolve()) in page.attachments_label.text()
    page.skip_problems.setChecked(True)
    send(qtbot, dialog)
    (message,) = server.messages
    parsed = email.message_from_bytes(message.data, policy=email.policy.default)
    assert [(p.get_filename(), p.get_content()) for p in parsed.iter_attachments()] == [
        ("ann.pdf", b"%PDF chosen ann")
    ]
    assert b"SECRET" not in message.data


def test_rows_a_stray_quote_swallowed_wait_for_consent(
    qtbot: QtBot, make_dialog: Callable[..., MergeDialog], server: SMTPTestServer, tmp_path: Path
) -> None:
    data = tmp_path / "c.csv"
    data.write_bytes(
        b'name,email,grade\nKim,kim@example.org,"A\nLee,lee@example.org,B\n'
        b'Park,park@example.org,C"\nCho,cho@example.org,D\n'
    )
    dialog = make_dialog()
    assert load(qtbot, dialog, data)
    check(qtbot, dialog)
    page = dialog.check_page
    assert "2 rows: 1 ready, 1 with problems" in page.summary_label.text()
    assert page.accept_suspect.isVisibleTo(dialog)
    assert "a closing quote" in page.model.data(page.model.index(0, 5))
    page.skip_problems.setChecked(True)
    send(qtbot, dialog)
    assert [m.rcpt_tos for m in server.messages] == [["cho@example.org"]]
    assert not any(b"lee@example.org" in m.data for m in server.messages)
    dialog.go_to(1)
    page.accept_suspect.setChecked(True)  # the user looked and accepts: check again
    check(qtbot, dialog)
    assert "1 ready" in page.summary_label.text()
    send(qtbot, dialog)
    assert [m.rcpt_tos for m in server.messages][1:] == [["kim@example.org"]]


def test_the_engine_reports_from_its_first_instant_without_errors(
    qtbot: QtBot,
    make_dialog: Callable[..., MergeDialog],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Make the race certain: the engine's first event happens before submit() returns.
    first_event = threading.Event()
    emit = MergeEngine._emit

    def emit_and_flag(self: MergeEngine, event: Any) -> None:
        emit(self, event)
        first_event.set()

    submit = TaskRunner.submit

    def submit_then_wait(self: TaskRunner, work: Any, name: str = "") -> Any:
        task = submit(self, work, name)
        if name == "merge-send":
            assert first_event.wait(10)
        return task

    monkeypatch.setattr(MergeEngine, "_emit", emit_and_flag)
    monkeypatch.setattr(TaskRunner, "submit", submit_then_wait)
    data = tmp_path / "c.csv"
    data.write_text("name,email,grade\nAnn,ann@example.org,A\n", encoding="utf-8")
    dialog = make_dialog()
    load(qtbot, dialog, data)
    check(qtbot, dialog)
    with caplog.at_level(logging.ERROR):
        assert send(qtbot, dialog).outcome == "finished"
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


def run_cli(home: Path, *args: str) -> tuple[int, str]:
    env = dict(os.environ, COMPOSER_HOME=str(home), PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [sys.executable, "-m", "composer", "merge", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return proc.returncode, proc.stdout + proc.stderr


def test_resume_an_interrupted_merge_from_earlier_merges(
    qtbot: QtBot,
    make_dialog: Callable[..., MergeDialog],
    server: SMTPTestServer,
    tmp_path: Path,
    composer_home: Path,
) -> None:
    data = tmp_path / "members.csv"
    data.write_text(
        "name,email,year\n" + "".join(f"Member {i},m{i}@club.example,2027\n" for i in range(1, 51)),
        encoding="utf-8",
    )
    letter = tmp_path / "letter.eml"
    letter.write_text(
        "From: Club <secretary@club.example>\nTo: {{ name }} <{{ email }}>\n"
        "Subject: Membership {{ year }}\n\nDear {{ name }}\n",
        encoding="utf-8",
    )
    code, out = run_cli(
        composer_home,
        str(data),
        str(letter),
        "--server",
        f"127.0.0.1:{server.port}",
        "--yes",
        "--limit",
        "48",
    )
    assert code == 0, out
    assert len(server.messages) == 48
    letter.unlink()  # the merge's own copy of the message is what resumes it
    # The window the user opens has another message in it.
    dialog = make_dialog(MergeTemplate(subject="Something else", to="{{ email }}"))
    dialog._on_history_clicked()
    history = dialog._history
    assert isinstance(history, MergeHistoryDialog)
    assert history.model.rowCount() == 1
    assert history.model.data(history.model.index(0, 2)) == "48"
    history.table.selectRow(0)
    with qtbot.waitSignal(dialog.data_loaded, timeout=20_000):
        history.reopen_button.click()
    task = dialog.check_step.task
    assert task is not None
    if task.running:
        with qtbot.waitSignal(task.finished, timeout=20_000):
            pass
    assert dialog.template.subject == "Membership {{ year }}"
    summary = dialog.check_page.summary_label.text()
    assert "50 rows: 2 ready, 0 with problems" in summary
    assert "48 already sent" in summary
    assert dialog.check_page.problems_label.isHidden()
    result = send(qtbot, dialog)
    assert result.progress.sent == 2
    got = sorted(r for m in server.messages for r in m.rcpt_tos)
    assert got == sorted(f"m{i}@club.example" for i in range(1, 51))


def test_resume_a_merge_written_in_the_window(
    qtbot: QtBot, make_dialog: Callable[..., MergeDialog], server: SMTPTestServer, tmp_path: Path
) -> None:
    data = tmp_path / "c.csv"
    data.write_text(
        "name,email,grade\nAnn,ann@example.org,A\nBo,bo@example.org,B\nCy,cy@example.org,C\n",
        encoding="utf-8",
    )
    server.rcpt_reply = lambda a: "550 5.1.1 not here" if a == "cy@example.org" else None
    first = make_dialog()
    load(qtbot, first, data)
    check(qtbot, first)
    assert send(qtbot, first).progress.failed == 1
    server.rcpt_reply = None
    second = make_dialog(MergeTemplate(subject="unrelated", to="{{ x }}"))
    second._on_history_clicked()
    history = second._history
    assert isinstance(history, MergeHistoryDialog)
    with qtbot.waitSignal(second.data_loaded, timeout=20_000):
        history.reopen_button.click()
    check(qtbot, second)
    assert second.template.text == TEMPLATE.text
    assert "2 already sent" in second.check_page.summary_label.text()
    send(qtbot, second)
    assert [m.rcpt_tos for m in server.messages][2:] == [["cy@example.org"]]


def test_earlier_merges_lists_runs_not_checks_and_says_when_nothing_was_sent(
    qtbot: QtBot, make_dialog: Callable[..., MergeDialog], server: SMTPTestServer, tmp_path: Path
) -> None:
    data = tmp_path / "c.csv"
    data.write_text("name,email,grade\nAnn,ann@example.org,A\n", encoding="utf-8")
    dialog = make_dialog()
    load(qtbot, dialog, data)
    check(qtbot, dialog)  # a check alone is no merge
    history = MergeHistoryDialog(dialog.ledger)
    qtbot.addWidget(history)
    assert history.model.rowCount() == 0
    server.rcpt_reply = lambda _a: "550 5.7.1 refused"
    send(qtbot, dialog)
    history.refresh()
    assert history.model.rowCount() == 1
    assert history.model.data(history.model.index(0, 6)) == "Finished: nothing sent"


def test_a_command_line_run_that_could_not_send_says_so(
    qtbot: QtBot, tmp_path: Path, composer_home: Path
) -> None:
    from smtpserver import refused_port

    from composer.merge import MergeLedger

    data = tmp_path / "d.csv"
    data.write_text("name,email\nAnn,ann@club.example\n", encoding="utf-8")
    letter = tmp_path / "letter.eml"
    letter.write_text(
        "From: Club <secretary@club.example>\nTo: {{ email }}\nSubject: Hi\n\nHello\n",
        encoding="utf-8",
    )
    code, _out = run_cli(
        composer_home, str(data), str(letter), "--server", f"127.0.0.1:{refused_port()}", "--yes"
    )
    assert code == 1
    with MergeLedger() as ledger:
        history = MergeHistoryDialog(ledger)
        qtbot.addWidget(history)
        assert history.model.rowCount() == 1
        assert history.model.data(history.model.index(0, 6)) == "Stopped on an error: nothing sent"
        history.close()
