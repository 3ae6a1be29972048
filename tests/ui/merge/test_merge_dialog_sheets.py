"""The merge window with a workbook: the sheet and header row are chosen on the Data page,
and what is sent (to aiosmtpd on 127.0.0.1) is the chosen sheet's rows."""

from __future__ import annotations

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

TEMPLATE = MergeTemplate(
    subject="{{ 이름 }} 안내",
    text="{{ 이름 }}님, 학번 {{ 학번 }}.",
    to="{{ 이름 }} <{{ 이메일 }}>",
    from_email="행정실 <office@school.example>",
)


@pytest.fixture
def dialog(qtbot: QtBot) -> Iterator[tuple[MergeDialog, SMTPTestServer]]:
    with SMTPTestServer(pipelining=True) as server:
        d = MergeDialog(
            TEMPLATE,
            lambda: get_connection(
                "composer.mail.backends.smtp.EmailBackend",
                host=server.host,
                port=server.port,
                timeout=10,
            ),
            server_label="the test server",
        )
        qtbot.addWidget(d)
        d.show()
        yield d, server
        d.shutdown()


def test_the_sheet_and_header_row_are_chosen_on_the_data_page(
    qtbot: QtBot, dialog: tuple[MergeDialog, SMTPTestServer], tmp_path: Path
) -> None:
    d, server = dialog
    data = workbook(
        tmp_path / "학교.xlsx",
        {
            "교사": [["이름", "이메일", "학번"], ["선생", "teacher@school.example", "T1"]],
            "학생": [
                ["2027학년도 명단"],
                ["이름", "이메일", "학번"],
                ["김철수", "kim@school.example", "00123"],
            ],
        },
    )
    page = d.data_page
    with qtbot.waitSignal(d.data_loaded, timeout=20_000) as loaded:
        d.load_csv(data)
    assert loaded.args == [True]
    # A workbook offers its sheets and header row instead of an encoding and delimiter.
    assert page.form.isRowVisible(page.sheet_combo)
    assert not page.form.isRowVisible(page.encoding_combo)
    assert [page.sheet_combo.itemText(i) for i in range(page.sheet_combo.count())] == [
        "교사",
        "학생",
    ]
    assert "Sheet “교사”, column names on row 1" in page.format_label.text()
    with qtbot.waitSignal(d.data_loaded, timeout=20_000):
        page.sheet_combo.setCurrentIndex(1)
    assert d.source is not None
    # The title above the list is passed over; the user can still say where the names are.
    assert d.source.columns == ("이름", "이메일", "학번")
    with qtbot.waitSignal(d.data_loaded, timeout=20_000):
        page.header_spin.setValue(1)
    assert d.source.columns[0] == "2027학년도 명단"
    with qtbot.waitSignal(d.data_loaded, timeout=20_000):
        page.header_spin.setValue(2)
    assert d.source.columns == ("이름", "이메일", "학번")
    assert "Sheet “학생”, column names on row 2" in page.format_label.text()
    d.go_to(1)
    task = d.check_step.task
    assert task is not None
    if task.running:
        with qtbot.waitSignal(task.finished, timeout=20_000):
            pass
    assert d.report is not None
    assert d.report.counts["ready"] == 1
    d.go_to(3)
    with qtbot.waitSignal(d.merge_finished, timeout=30_000):
        assert d.start_sending() is not None
    (message,) = server.messages
    assert message.rcpt_tos == ["kim@school.example"]
    parsed = email.message_from_bytes(message.data, policy=email.policy.default)
    assert parsed["Subject"] == "김철수 안내"
    # Another file afterwards is opened on its own first sheet.
    csv = tmp_path / "list.csv"
    csv.write_text("이름,이메일,학번\n가,a@example.org,1\n", encoding="utf-8")
    with qtbot.waitSignal(d.data_loaded, timeout=20_000) as loaded:
        d.load_csv(csv)
    assert loaded.args == [True]
    assert page.form.isRowVisible(page.encoding_combo)
    assert not page.form.isRowVisible(page.sheet_combo)


def test_one_message_per_parent_is_chosen_on_the_data_page(
    qtbot: QtBot, dialog: tuple[MergeDialog, SMTPTestServer], tmp_path: Path
) -> None:
    d, server = dialog
    d.template = MergeTemplate(
        subject="{{ 이름 }}",
        text="{% for row in rows %}{{ row.학번 }};{% endfor %}",
        to="{{ 이름 }} <{{ 이메일 }}>",
        from_email="행정실 <office@school.example>",
    )
    data = workbook(
        tmp_path / "가족.xlsx",
        {
            "s": [
                ["이름", "이메일", "학번"],
                ["김부모", "kim@school.example", "1"],
                ["이부모", "lee@school.example", "2"],
                ["김부모", "kim@school.example", "3"],
            ]
        },
    )
    page = d.data_page
    with qtbot.waitSignal(d.data_loaded, timeout=20_000):
        d.load_csv(data)
    with qtbot.waitSignal(d.data_loaded, timeout=20_000) as loaded:
        page.group_combo.setCurrentIndex(page.group_combo.findData("이메일"))
    assert loaded.args == [True]
    assert page.form.isRowVisible(page.sheet_combo)  # still a workbook
    assert "One message per “이메일”" in page.format_label.text()
    d.go_to(1)
    task = d.check_step.task
    assert task is not None
    if task.running:
        with qtbot.waitSignal(task.finished, timeout=20_000):
            pass
    assert d.report is not None
    assert (d.report.total, d.report.counts["ready"]) == (2, 2)
    d.go_to(3)
    with qtbot.waitSignal(d.merge_finished, timeout=30_000):
        assert d.start_sending() is not None
    got = {
        m.rcpt_tos[0]: email.message_from_bytes(m.data, policy=email.policy.default)
        for m in server.messages
    }
    assert sorted(got) == ["kim@school.example", "lee@school.example"]
    body = got["kim@school.example"].get_body().get_content()  # type: ignore[union-attr]
    assert "1;3;" in body


def test_the_advertising_switch_holds_the_merge_to_the_law(
    qtbot: QtBot, dialog: tuple[MergeDialog, SMTPTestServer], tmp_path: Path
) -> None:
    d, _server = dialog
    d.template = MergeTemplate(
        subject="{{ 이름 }}님 봄 할인",
        text="한빛상사, 02-123-4567. 수신 거부: stop@hanbit.example",
        to="{{ 이름 }} <{{ 이메일 }}>",
        from_email="한빛상사 <news@hanbit.example>",
    )
    data = workbook(
        tmp_path / "고객.xlsx",
        {"s": [["이름", "이메일", "수신동의일"], ["김", "kim@example.org", "2001-01-01"]]},
    )
    with qtbot.waitSignal(d.data_loaded, timeout=20_000):
        d.load_csv(data)

    def checked() -> None:
        task = d.check_step.task
        assert task is not None
        if task.running:
            with qtbot.waitSignal(task.finished, timeout=20_000):
                pass

    d.go_to(1)
    checked()
    assert d.report is not None
    assert d.report.template_problems == []  # not advertising: no such rule
    page = d.check_page
    page.unsubscribe.setChecked(True)
    page.unsubscribe_edit.setText("stop@hanbit.example")
    page.advertising.setChecked(True)
    checked()
    assert d.report is not None
    (problem,) = d.report.template_problems
    assert "start its subject with “(광고)”" in problem
    assert d.report.counts["problem"] == 1  # consent from 2001: too old
    assert "more than two years old" in d.report.rows[0].problems[0]
