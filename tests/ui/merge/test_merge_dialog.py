"""The mail merge dialog, driven as a user would, against aiosmtpd on 127.0.0.1."""

from __future__ import annotations

import collections
import email
import email.policy
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from smtpserver import SMTPTestServer

from composer.mail import EmailMultiAlternatives, get_connection
from composer.merge import MergeTemplate, RunResult
from composer.ui.merge.dialog import MergeDialog, open_merge_dialog
from composer.ui.merge.history import MergeHistoryDialog

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)

TEMPLATE = MergeTemplate(
    subject="Grades for {{ name }}",
    text="Dear {{ name }},\nyour grade is {{ grade }}.",
    html="<p>Dear <b>{{ name }}</b>, your grade is {{ grade }}.</p>",
    to="{{ name }} <{{ email }}>",
    from_email="Teacher <teacher@school.example>",
)


def write_class(path: Path, rows: list[tuple[str, str, str]], encoding: str = "utf-8") -> Path:
    lines = ["name,email,grade"] + [",".join(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding=encoding)
    return path


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

    def make(template: Any = TEMPLATE, **kw: Any) -> MergeDialog:
        dialog = MergeDialog(
            template,
            factory(server),
            test_address="teacher@school.example",
            server_label="the test server",
            **kw,
        )
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


def test_whole_flow_check_preview_test_send(
    qtbot: QtBot, make_dialog: Callable[..., MergeDialog], server: SMTPTestServer, tmp_path: Path
) -> None:
    data = write_class(
        tmp_path / "class.csv",
        [
            ("김철수", "kim@example.kr", "A"),
            ("Bo", "not-an-address", "B"),
            ("Cy", "cy@example.org", "C"),
        ],
    )
    dialog = make_dialog()
    assert not dialog.step_bar.next_button.isEnabled()
    assert load(qtbot, dialog, data)
    assert dialog.data_page.preview_model.rowCount() == 3
    assert "✓" in dialog.data_page.placeholders_label.text()
    check(qtbot, dialog)
    page = dialog.check_page
    assert "3 rows: 2 ready, 1 with problems" in page.summary_label.text()
    statuses = [page.model.row_check(i).status for i in range(page.model.rowCount())]
    assert statuses == ["ready", "problem", "ready"]
    page.attention_only.setChecked(True)
    assert page.proxy.rowCount() == 1
    assert page.row_check_at(0).row_number == 2
    # Nothing can be sent until the problem row is skipped.
    dialog.go_to(3)
    assert not dialog.send_page.start_button.isEnabled()
    assert (
        "Nothing is sent until the problems are fixed or skipped"
        in dialog.send_page.plan_label.text()
    )
    page.skip_problems.setChecked(True)
    assert dialog.send_page.start_button.isEnabled()
    assert "2 messages will be sent through the test server" in dialog.send_page.plan_label.text()

    with qtbot.waitSignal(dialog.preview_step.row_shown, timeout=10_000) as shown:
        dialog.go_to(2)
    assert shown.args == [1]
    fields = dialog.preview_page.fields
    assert fields["to"].text() == "김철수 <kim@example.kr>"
    assert fields["subject"].text() == "Grades for 김철수"
    assert "your grade is A" in dialog.preview_page.text_view.toPlainText()
    assert "김철수" in dialog.preview_page.html_view.toPlainText()
    assert "Message-ID:" in dialog.preview_page.headers_view.toPlainText()
    test = dialog.send_test_to("teacher@school.example")
    assert test is not None
    with qtbot.waitSignal(test.finished, timeout=10_000):
        pass
    assert "sent to teacher@school.example" in dialog.preview_page.test_status.text()
    (sent_test,) = server.messages
    parsed = email.message_from_bytes(sent_test.data, policy=email.policy.default)
    assert sent_test.rcpt_tos == ["teacher@school.example"]
    assert parsed["Subject"] == "[Test] Grades for 김철수"

    dialog.go_to(3)
    with qtbot.waitSignal(dialog.merge_finished, timeout=20_000) as finished:
        assert dialog.start_sending() is not None
    result: RunResult = finished.args[0]
    assert result.outcome == "finished"
    assert (result.progress.sent, result.progress.skipped) == (2, 1)
    got = collections.Counter(r for m in server.messages[1:] for r in m.rcpt_tos)
    assert got == {"kim@example.kr": 1, "cy@example.org": 1}
    assert dialog.send_page.counters["sent"].text() == "2"
    assert not dialog.send_page.start_button.isEnabled()  # done: nothing left to send
    assert "Sent 2, failed 0, skipped 1." in dialog.send_page.report_label.text()


def test_failures_are_listed_and_exported(
    qtbot: QtBot, make_dialog: Callable[..., MergeDialog], server: SMTPTestServer, tmp_path: Path
) -> None:
    data = write_class(
        tmp_path / "c.csv", [(f"P{i}", f"p{i}@example.org", "A") for i in range(1, 6)]
    )
    server.rcpt_reply = lambda a: "550 5.1.1 No such pupil" if a == "p4@example.org" else None
    dialog = make_dialog()
    load(qtbot, dialog, data)
    check(qtbot, dialog)
    dialog.go_to(3)
    with qtbot.waitSignal(dialog.merge_finished, timeout=20_000) as finished:
        dialog.start_sending()
    assert finished.args[0].progress.failed == 1
    assert dialog.send_page.failures.count() == 1
    assert "550 5.1.1 No such pupil" in dialog.send_page.failures.item(0).text()
    assert dialog.send_page.export_button.isEnabled()
    out = tmp_path / "failed.csv"
    export = dialog.export_failed(out)
    assert export is not None
    with qtbot.waitSignal(export.succeeded, timeout=10_000) as exported:
        pass
    assert exported.args == [1]
    assert "1 failed row saved to" in dialog.send_page.report_label.text()
    assert "p4@example.org" in out.read_text(encoding="utf-8-sig")


def test_missing_column_blocks_sending(
    qtbot: QtBot, make_dialog: Callable[..., MergeDialog], tmp_path: Path
) -> None:
    data = tmp_path / "c.csv"
    data.write_text("name,email\nAnn,ann@example.org\n", encoding="utf-8")
    dialog = make_dialog()
    load(qtbot, dialog, data)
    assert "{{ grade }} ✗ no column" in dialog.data_page.placeholders_label.text()
    check(qtbot, dialog)
    assert "no column “grade”" in dialog.check_page.problems_label.text()
    dialog.check_page.skip_problems.setChecked(True)
    dialog.go_to(3)
    assert not dialog.send_page.start_button.isEnabled()
    assert dialog.send_page.plan_label.text().startswith("Nothing can be sent yet")


def test_encoding_override_and_error(
    qtbot: QtBot, make_dialog: Callable[..., MergeDialog], tmp_path: Path
) -> None:
    data = write_class(tmp_path / "k.csv", [("이영희", "lee@example.kr", "A")], encoding="cp949")
    dialog = make_dialog()
    assert load(qtbot, dialog, data)
    assert "Encoding cp949 (detected)" in dialog.data_page.format_label.text()
    combo = dialog.data_page.encoding_combo
    with qtbot.waitSignal(dialog.data_loaded) as loaded:
        combo.setCurrentIndex(combo.findData("utf-8"))
        assert dialog.source is None
    assert loaded.args == [False]
    assert dialog.source is None
    assert "not valid utf-8 text" in dialog.data_page.error_label.text()
    assert not dialog.step_bar.next_button.isEnabled()
    with qtbot.waitSignal(dialog.data_loaded) as loaded:
        combo.setCurrentIndex(combo.findData("cp949"))
    assert loaded.args == [True]
    assert dialog.source is not None
    assert (
        dialog.data_page.preview_model.data(dialog.data_page.preview_model.index(0, 0)) == "이영희"
    )


def test_pause_resume_and_close_while_sending(
    qtbot: QtBot, make_dialog: Callable[..., MergeDialog], server: SMTPTestServer, tmp_path: Path
) -> None:
    data = write_class(
        tmp_path / "c.csv", [(f"P{i}", f"p{i}@example.org", "A") for i in range(1, 21)]
    )
    reached = {3: threading.Event(), 10: threading.Event()}
    release = {3: threading.Event(), 10: threading.Event()}

    def rcpt_reply(address: str) -> None:
        n = int(address[1:].split("@")[0])
        if n in reached:
            reached[n].set()
            release[n].wait(10)
        return None

    server.rcpt_reply = rcpt_reply
    dialog = make_dialog()
    load(qtbot, dialog, data)
    check(qtbot, dialog)
    dialog.go_to(3)
    dialog.send_page.connections.setValue(1)
    assert dialog.start_sending() is not None
    assert reached[3].wait(10)
    assert dialog.send_page.pause_button.isEnabled()
    assert not dialog.step_bar.back_button.isEnabled()
    assert not dialog.send_page.connections.isEnabled()
    dialog.send_page.pause_button.click()  # pause while row 3 is at the server
    release[3].set()
    qtbot.waitUntil(lambda: dialog.send_page.pause_button.text() == "Resume", timeout=10_000)
    assert "Paused" in dialog.send_page.state_label.text()
    assert not reached[10].is_set()
    dialog.send_page.pause_button.click()  # resume
    assert reached[10].wait(10)
    # The server holds row 10's RCPT. Closing now stops the run and keeps the window. Row 9,
    # already handed over, finishes. Row 10 finishes too if its envelope went out on its own;
    # if it went out with row 9's end of data (the server pipelines) and row 9's reply is
    # still unread, the run stops before row 10's content: it stays pending.
    dialog.close()
    assert dialog.isVisible()  # nothing stops until the user says so
    assert dialog.sending
    question = dialog.findChild(QMessageBox, "stopMergeQuestion")
    assert question is not None
    assert question.isVisible()
    destructive = QMessageBox.ButtonRole.DestructiveRole
    (stop,) = [b for b in question.buttons() if question.buttonRole(b) == destructive]
    stop.click()
    assert dialog.isVisible()
    assert "Stopping" in dialog.send_page.state_label.text()
    with qtbot.waitSignal(dialog.merge_finished, timeout=20_000) as finished:
        release[10].set()
    result: RunResult = finished.args[0]
    assert result.outcome == "cancelled"
    assert "Run the merge again" in dialog.send_page.report_label.text()
    qtbot.waitUntil(lambda: not dialog.isVisible())  # stopped: the window closes as asked
    counts = dialog.ledger.counts(dialog.plan.merge_id)  # type: ignore[union-attr]
    sent = counts["sent"]
    assert sent in (9, 10)
    assert (counts["pending"], counts["unknown"]) == (20 - sent, 0)
    assert sorted(m.rcpt_tos[0] for m in server.messages) == sorted(
        f"p{i}@example.org" for i in range(1, sent + 1)
    )


def test_open_merge_dialog_with_a_composed_message_and_an_eml(
    qtbot: QtBot, server: SMTPTestServer, tmp_path: Path
) -> None:
    msg = EmailMultiAlternatives(
        "Hi {{ name }}", "Hello {{ name }}", "me@example.org", ["{{ email }}"]
    )
    msg.attach_alternative("<p>Hello {{ name }}</p>", "text/html")
    data = write_class(tmp_path / "c.csv", [("Ann", "ann@example.org", "A")])
    dialog = open_merge_dialog(msg, factory(server), csv_path=data)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.data_loaded, timeout=20_000):
        pass
    assert dialog.source is not None
    assert dialog.template.html == "<p>Hello {{ name }}</p>"
    eml = tmp_path / "t.eml"
    eml.write_bytes(msg.message().as_bytes())
    dialog2 = open_merge_dialog(eml, factory(server))
    qtbot.addWidget(dialog2)
    assert dialog2.template.subject == "Hi {{ name }}"
    dialog2.shutdown()
    ledger = dialog.ledger
    with qtbot.waitSignal(dialog.finished):
        dialog.close()  # the dialog cleans up after itself
    assert dialog._shut_down
    with pytest.raises(sqlite3.ProgrammingError):
        ledger.merges()


def test_earlier_merges_are_listed_and_reopened(
    qtbot: QtBot, make_dialog: Callable[..., MergeDialog], server: SMTPTestServer, tmp_path: Path
) -> None:
    data = write_class(
        tmp_path / "c.csv", [("Ann", "ann@example.org", "A"), ("Bo", "bo@example.org", "B")]
    )
    server.rcpt_reply = lambda a: "550 5.1.1 gone" if a == "bo@example.org" else None
    dialog = make_dialog()
    load(qtbot, dialog, data)
    check(qtbot, dialog)
    dialog.go_to(3)
    with qtbot.waitSignal(dialog.merge_finished, timeout=20_000):
        dialog.start_sending()
    history = MergeHistoryDialog(dialog.ledger)
    qtbot.addWidget(history)
    assert history.model.rowCount() == 1
    model = history.model
    assert model.data(model.index(0, 2)) == "1"  # sent
    assert model.data(model.index(0, 3)) == "1"  # failed
    assert history.export_button.isEnabled()
    out = tmp_path / "f.csv"
    with qtbot.waitSignal(history.export_failed(history.model.merge(0), out).succeeded) as done:
        pass
    assert done.args == [1]
    assert "bo@example.org" in out.read_text(encoding="utf-8-sig")
    fresh = make_dialog()
    fresh._on_history_clicked()
    assert fresh._history is not None
    with (
        qtbot.waitSignal(fresh._history.reopen_requested),  # type: ignore[attr-defined]
        qtbot.waitSignal(fresh.data_loaded, timeout=20_000),
    ):
        fresh._history.reopen_button.click()  # type: ignore[attr-defined]
    assert fresh.source is not None
    assert fresh.source.path == data


def test_placeholders_can_be_mapped_to_other_columns(
    qtbot: QtBot, make_dialog: Callable[..., MergeDialog], server: SMTPTestServer, tmp_path: Path
) -> None:
    data = tmp_path / "c.csv"
    data.write_text("Name,E-mail,Note\nAnn,ann@example.org,A+\n", encoding="utf-8")
    template = MergeTemplate(
        subject="{{ name }}: {{ grade }}",
        text="{{ grade }}",
        to="{{ email }}",
        from_email="t@school.example",
    )
    dialog = make_dialog(template)
    load(qtbot, dialog, data)
    combos = dialog.data_page.mapping_combos
    # {{ name }} matches "Name" and {{ email }} "E-mail" by themselves.
    assert sorted(combos) == ["grade"]
    assert dialog.data_page.mapping_box.isVisible()
    combos["grade"].setCurrentIndex(combos["grade"].findData("Note"))
    assert dialog.column_map == {"grade": "Note"}
    assert "{{ grade }} → Note" in dialog.data_page.placeholders_label.text()
    check(qtbot, dialog)
    assert dialog.report is not None
    assert dialog.report.template_problems == []
    dialog.go_to(3)
    with qtbot.waitSignal(dialog.merge_finished, timeout=20_000):
        dialog.start_sending()
    (m,) = server.messages
    assert m.rcpt_tos == ["ann@example.org"]
    assert b"Subject: Ann: A+" in m.data
