"""The merge window's protected PDFs and consent column, driven as a user would, against
aiosmtpd on 127.0.0.1: each row's PDF reaches the server encrypted under that row's
password, which no file under COMPOSER_HOME, no log line and no text of the window holds;
the consent column of an advertising merge is picked from the file's columns."""

from __future__ import annotations

import datetime
import email
import email.policy
import io
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from smtpserver import SMTPTestServer

from composer.mail import get_connection
from composer.merge import MergeTemplate, RunResult
from composer.ui.merge.dialog import MergeDialog

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)

PASSWORDS = {"kim@school.example": "Kim-19900305-비밀", "lee@school.example": "Lee-20011231-q7"}

TEMPLATE = MergeTemplate(
    subject="성적표 {{ name }}",
    text="{{ name }}님, 첨부한 성적표는 생년월일로 열 수 있습니다.",
    to="{{ name }} <{{ email }}>",
    from_email="행정실 <office@school.example>",
)


def pdf(title: str) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.add_metadata({"/Title": title})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[tuple[MergeDialog, SMTPTestServer]]:
    with SMTPTestServer(pipelining=True) as server:
        dialog = MergeDialog(
            TEMPLATE,
            lambda: get_connection(
                "composer.mail.backends.smtp.EmailBackend",
                host=server.host,
                port=server.port,
                timeout=10,
            ),
            test_address="office@school.example",
            server_label="the test server",
        )
        qtbot.addWidget(dialog)
        dialog.show()
        yield dialog, server
        dialog.shutdown()


def wait_check(qtbot: QtBot, dialog: MergeDialog) -> None:
    task = dialog.check_step.task
    assert task is not None
    if task.running:
        with qtbot.waitSignal(task.finished, timeout=20_000):
            pass
    assert dialog.report is not None


def model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    out: list[str] = []
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
    for section in range(columns):
        out.append(str(model.headerData(section, Qt.Orientation.Horizontal)))
    for row in range(model.rowCount()):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                out.append(str(model.data(index, role)))
    return out


def window_texts(dialog: QWidget) -> str:
    """Every text the window shows or holds: labels, fields, buttons, lists and tables,
    tooltips, on every page (shown or not)."""
    texts: list[str] = [dialog.windowTitle()]
    for widget in dialog.findChildren(QWidget):
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView):
            texts += model_texts(widget)
    return "\n".join(texts)


def test_pdfs_are_protected_with_the_chosen_column_and_the_password_shows_nowhere(
    qtbot: QtBot,
    window: tuple[MergeDialog, SMTPTestServer],
    tmp_path: Path,
    composer_home: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    dialog, server = window
    folder = tmp_path / "cards"
    folder.mkdir()
    for name in ("kim", "lee"):
        (folder / f"{name}.pdf").write_bytes(pdf(f"Report of {name.title()}"))
    data = folder / "class.csv"
    data.write_text(
        "name,email,files,생년월일\n"
        f"Kim,kim@school.example,kim.pdf,{PASSWORDS['kim@school.example']}\n"
        f"Lee,lee@school.example,lee.pdf,{PASSWORDS['lee@school.example']}\n",
        encoding="utf-8",
    )
    with qtbot.waitSignal(dialog.data_loaded, timeout=20_000):
        dialog.load_csv(data)
    page = dialog.data_page
    combo = page.pdf_password_combo
    assert [combo.itemText(i) for i in range(combo.count())][1:] == [
        "name", "email", "files", "생년월일",
    ]  # fmt: skip
    assert page.selected_pdf_password_column() is None  # never guessed: the user says so
    combo.setCurrentIndex(combo.findData("생년월일"))
    dialog.go_to(1)
    wait_check(qtbot, dialog)
    assert dialog.plan is not None
    assert dialog.plan.options.pdf_password_column == "생년월일"  # as the CLI passes it
    assert "protected" in dialog.check_page.attachments_label.text()
    assert "“생년월일”" in dialog.check_page.attachments_label.text()

    with qtbot.waitSignal(dialog.preview_step.row_shown, timeout=20_000):
        dialog.go_to(2)
    items = dialog.preview_page.attachments
    assert "opens only with the password in column “생년월일”" in items.item(0).text()

    dialog.go_to(3)
    task = dialog.start_sending()
    assert task is not None
    with qtbot.waitSignal(dialog.merge_finished, timeout=30_000) as done:
        pass
    result: RunResult = done.args[0]
    assert result.outcome == "finished"
    received = {m.rcpt_tos[0]: m.data for m in server.messages}
    assert sorted(received) == sorted(PASSWORDS)
    for rcpt, raw in received.items():
        message = email.message_from_bytes(raw, policy=email.policy.default)
        (part,) = message.iter_attachments()
        reader = PdfReader(io.BytesIO(part.get_content()))
        assert reader.is_encrypted
        assert reader.decrypt("wrong") == 0
        other = next(p for r, p in PASSWORDS.items() if r != rcpt)
        assert reader.decrypt(other) == 0  # another row's password does not open it
        assert reader.decrypt(PASSWORDS[rcpt]) != 0
        assert reader.metadata is not None
        assert reader.metadata.title == f"Report of {rcpt[:3].title()}"
    shown = window_texts(dialog)
    assert "생년월일" in shown
    assert "Kim" in shown
    logged = caplog.text
    for secret in PASSWORDS.values():
        assert secret not in shown
        assert secret not in logged
        for path in composer_home.rglob("*"):
            if path.is_file():
                assert secret.encode() not in path.read_bytes(), path
    # The data preview shows the column's cells as dots, the others as they are.
    assert "••••••" in shown
    # Continuing this merge from Earlier merges protects its PDFs as it did.
    again = MergeDialog(TEMPLATE, lambda: None, server_label="the test server")  # type: ignore[arg-type,return-value]
    qtbot.addWidget(again)
    (merge,) = [m for m in dialog.ledger.merges() if m.counts["sent"]]
    with qtbot.waitSignal(again.data_loaded, timeout=20_000):
        again.resume_merge(merge)
    wait_check(qtbot, again)
    assert again.data_page.selected_pdf_password_column() == "생년월일"
    assert again.plan is not None
    assert again.plan.options.pdf_password_column == "생년월일"
    assert PASSWORDS["kim@school.example"] not in window_texts(again)
    again.shutdown()
    # Choosing no column sends PDFs as they are, and the cells show again.
    combo.setCurrentIndex(0)
    assert PASSWORDS["kim@school.example"] in window_texts(dialog)


def test_the_consent_column_is_chosen_and_the_check_uses_it(
    qtbot: QtBot, window: tuple[MergeDialog, SMTPTestServer], tmp_path: Path
) -> None:
    dialog, _server = window
    dialog.template = MergeTemplate(
        subject="(광고) {{ 이름 }}님 봄 할인",
        text="한빛상사, 02-123-4567. 수신 거부: stop@hanbit.example",
        to="{{ 이름 }} <{{ 이메일 }}>",
        from_email="한빛상사 <news@hanbit.example>",
    )
    recent = (datetime.date.today() - datetime.timedelta(days=30)).isoformat()
    data = tmp_path / "고객.csv"
    data.write_text(
        "이름,이메일,수신동의일,재동의일\n"
        f"김,kim@example.org,2001-01-01,{recent}\n"
        f"이,lee@example.org,{recent},2001-01-01\n",
        encoding="utf-8",
    )
    with qtbot.waitSignal(dialog.data_loaded, timeout=20_000):
        dialog.load_csv(data)
    dialog.go_to(1)
    wait_check(qtbot, dialog)
    page = dialog.check_page
    assert not page.consent_combo.isVisibleTo(dialog)  # only for advertising
    page.unsubscribe.setChecked(True)
    page.unsubscribe_edit.setText("stop@hanbit.example")
    page.advertising.setChecked(True)
    wait_check(qtbot, dialog)
    assert page.consent_combo.isVisibleTo(dialog)
    assert page.selected_consent_column() == "수신동의일"  # the guess, preselected
    assert [r.status for r in dialog.report.rows] == ["problem", "ready"]  # type: ignore[union-attr]
    page.consent_combo.setCurrentIndex(page.consent_combo.findData("재동의일"))
    wait_check(qtbot, dialog)
    assert dialog.plan is not None
    assert dialog.plan.consent_column == "재동의일"
    rows = dialog.report.rows  # type: ignore[union-attr]
    assert [r.status for r in rows] == ["ready", "problem"]
    assert "more than two years old" in rows[1].problems[0]
