"""Continuing a merge from Earlier merges brings back every choice that decides who gets
what: the workbook's sheet and header row, one message per family, the advertising rules
with their consent column and unsubscribe address. Driven as a user would, against aiosmtpd
on 127.0.0.1: the continued merge sends exactly as the first run did."""

from __future__ import annotations

import datetime
import email
import email.policy
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sheet_helpers import workbook
from smtpserver import SMTPTestServer

from composer.mail import get_connection
from composer.merge import MergeTemplate
from composer.ui.merge.dialog import MergeDialog

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)

AD = MergeTemplate(
    subject="(광고) {{ 이름 }}님 가정통신 할인",
    text="{% for row in rows %}{{ row.학번 }};{% endfor %}\n"
    "한빛서점, 02-123-4567. 수신 거부: stop@hanbit.example",
    to="{{ 이름 }} <{{ 이메일 }}>",
    from_email="한빛서점 <news@hanbit.example>",
)
HEADER = ["이름", "이메일", "학번", "동의한 날"]


def recent() -> str:
    return (datetime.date.today() - datetime.timedelta(days=30)).isoformat()


def families(path: Path, extra: list[list[str]]) -> Path:
    rows = [
        ["김부모", "kim@school.example", "1", recent()],
        ["이부모", "lee@school.example", "2", recent()],
        ["김부모", "kim@school.example", "3", recent()],
    ]
    return workbook(
        path,
        {
            "교사": [HEADER, ["선생", "teacher@school.example", "T1", recent()]],
            "가족": [["2027학년도 가족 명단"], HEADER, *rows, *extra],
        },
    )


@pytest.fixture
def server() -> Iterator[SMTPTestServer]:
    with SMTPTestServer(pipelining=True) as s:
        yield s


def window(qtbot: QtBot, server: SMTPTestServer, template: MergeTemplate) -> MergeDialog:
    dialog = MergeDialog(
        template,
        lambda: get_connection(
            "composer.mail.backends.smtp.EmailBackend",
            host=server.host,
            port=server.port,
            timeout=10,
        ),
        server_label="the test server",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def checked(qtbot: QtBot, d: MergeDialog) -> None:
    # A choice made while a check runs starts another once it is done: wait for the last.
    qtbot.waitUntil(lambda: d.report is not None and not d.check_step.running, timeout=20_000)


def send(qtbot: QtBot, d: MergeDialog) -> None:
    d.go_to(3)
    with qtbot.waitSignal(d.merge_finished, timeout=30_000) as done:
        assert d.start_sending() is not None
    assert done.args[0].outcome == "finished", done.args


def test_a_continued_merge_keeps_its_sheet_grouping_and_advertising_rules(
    qtbot: QtBot, server: SMTPTestServer, tmp_path: Path
) -> None:
    data = families(tmp_path / "명단.xlsx", [])
    first = window(qtbot, server, AD)
    page = first.data_page
    with qtbot.waitSignal(first.data_loaded, timeout=20_000):
        first.load_csv(data)
    with qtbot.waitSignal(first.data_loaded, timeout=20_000):
        page.sheet_combo.setCurrentIndex(page.sheet_combo.findData("가족"))
    with qtbot.waitSignal(first.data_loaded, timeout=20_000):
        page.header_spin.setValue(2)
    with qtbot.waitSignal(first.data_loaded, timeout=20_000):
        page.group_combo.setCurrentIndex(page.group_combo.findData("이메일"))
    first.go_to(1)
    checked(qtbot, first)
    c = first.check_page
    c.unsubscribe.setChecked(True)
    c.unsubscribe_edit.setText("stop@hanbit.example")
    c.consent_combo.setCurrentIndex(c.consent_combo.findData("동의한 날"))
    c.advertising.setChecked(True)
    checked(qtbot, first)
    assert first.report is not None
    assert first.report.template_problems == []
    assert first.report.counts["ready"] == 2  # two families, one message each
    send(qtbot, first)
    assert sorted(m.rcpt_tos[0] for m in server.messages) == [
        "kim@school.example",
        "lee@school.example",
    ]
    first.shutdown()

    # A late sign-up: a family with two children, and a parent whose consent is too old.
    families(
        data,
        [
            ["최부모", "choi@school.example", "4", recent()],
            ["박부모", "park@school.example", "6", "2001-01-01"],
            ["최부모", "choi@school.example", "5", recent()],
        ],
    )
    before = len(server.messages)
    # The compose window now holds another message: the merge continues with its own.
    again = window(qtbot, server, MergeTemplate(subject="다른 메일", to="{{ 이메일 }}"))
    (merge,) = [m for m in again.ledger.merges() if m.counts["sent"]]
    with qtbot.waitSignal(again.data_loaded, timeout=20_000):
        again.resume_merge(merge)
    checked(qtbot, again)
    p, c = again.data_page, again.check_page
    assert (p.selected_sheet(), p.selected_header_row()) == ("가족", 2)
    assert p.selected_group_column() == "이메일"
    assert c.advertising.isChecked()
    assert c.selected_consent_column() == "동의한 날"
    assert again.plan is not None
    assert again.plan.key == merge.key  # the same merge, not a new one mailing everyone
    report = again.report
    assert report is not None
    assert report.template_problems == []
    assert (report.counts["sent"], report.counts["ready"], report.counts["problem"]) == (2, 1, 1)
    (refused,) = [row for row in report.rows if row.status == "problem"]
    assert "more than two years old" in refused.problems[0]
    c.skip_problems.setChecked(True)
    send(qtbot, again)
    (message,) = server.messages[before:]
    assert message.rcpt_tos == ["choi@school.example"]
    parsed = email.message_from_bytes(message.data, policy=email.policy.default)
    assert str(parsed["Subject"]).startswith("(광고) 최부모")
    assert "4;5;" in parsed.get_body().get_content()  # type: ignore[union-attr]
    assert "stop@hanbit.example" in str(parsed["List-Unsubscribe"])
    again.shutdown()
