"""Templates in the real compose window: saved with their attachment, started from after a
restart, sent byte for byte to a real SMTP server; and read by the mail merge."""

from __future__ import annotations

import email
import email.policy
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from smtpserver import SMTPTestServer
from test_compose_window import make_window, png, send_and_wait, smtp_profile, type_text

from composer.compose.templates import TemplateError, TemplateStore, templates_dir
from composer.sending.job import SendStatus

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)
ROOT = Path(__file__).resolve().parents[3]
REPORT = bytes(range(256)) * 300  # every byte value: nothing may be re-encoded


def test_a_template_with_an_attachment_survives_restart_and_is_sent_byte_for_byte(
    qtbot: QtBot, smtp_server: SMTPTestServer, tmp_path: Path
) -> None:
    window = make_window(qtbot, smtp_profile(smtp_server.port))
    attached = tmp_path / "보고서.bin"
    attached.write_bytes(REPORT)
    window.attachments.add_paths([attached])
    type_text(qtbot, window.header.subject, "월간 보고서 {{ month }}")
    window.editor.setFocus()
    type_text(qtbot, window.editor, "Dear {{ name }}, the report is attached. ")
    window.editor.insert_image(png("blue"), "image/png", "logo.png")
    dialog = window.templates.ask_save()
    assert dialog.textValue() == "월간 보고서 {{ month }}"
    dialog.setTextValue("Monthly report")
    dialog.accept()
    qtbot.waitUntil(lambda: window.templates.names == ["Monthly report"], timeout=10000)
    attached.unlink()  # the template keeps its own copy
    window.close()

    # a new session, as after a restart
    again = make_window(qtbot, smtp_profile(smtp_server.port))
    qtbot.waitUntil(lambda: again.templates.names == ["Monthly report"], timeout=10000)
    again.templates._fill_menu()
    assert again.templates.menu is not None
    (action,) = again.templates.menu.actions()
    action.trigger()
    qtbot.waitUntil(lambda: again.header.subject.text() == "월간 보고서 {{ month }}", timeout=10000)
    assert [a.filename for a in again.attachments.attachments()] == ["보고서.bin"]
    qtbot.keyClicks(again.header.fields["to"], "lee@example.com")
    assert send_and_wait(qtbot, again).status is SendStatus.SENT
    (received,) = smtp_server.messages
    msg = email.message_from_bytes(received.data, policy=email.policy.default)
    parts = {p.get_filename(): p.get_payload(decode=True) for p in msg.iter_attachments()}
    assert parts["보고서.bin"] == REPORT
    images = [p for p in msg.walk() if p.get_content_type() == "image/png"]
    assert [i.get_payload(decode=True) for i in images] == [png("blue")]
    assert "Dear {{ name }}" in msg.get_body(("plain",)).get_content()


def test_the_merge_reads_a_template(
    qtbot: QtBot, smtp_server: SMTPTestServer, tmp_path: Path, composer_home: Path
) -> None:
    window = make_window(qtbot, smtp_profile(smtp_server.port))
    window.header.fields["to"].setText("{{ name }} <{{ email }}>")
    window.header.subject.setText("{{ name }}님 안내")
    window.editor.setPlainText("{{ name }}님, 안녕하세요.")
    letter = tmp_path / "안내문.txt"
    letter.write_bytes("첨부 내용\r\n".encode())
    window.attachments.add_paths([letter])
    window.templates.save("안내")
    qtbot.waitUntil(lambda: window.templates.names == ["안내"], timeout=10000)
    data = tmp_path / "people.csv"
    data.write_text("name,email\n김철수,kim@example.kr\n이영희,lee@example.kr\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "composer", "merge", str(data), str(templates_dir() / "안내.eml"),
         "--yes", "--server", f"127.0.0.1:{smtp_server.port}"],
        env=dict(os.environ, COMPOSER_HOME=str(composer_home), PYTHONPATH=str(ROOT)),
        stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr
    got = {
        m.rcpt_tos[0]: email.message_from_bytes(m.data, policy=email.policy.default)
        for m in smtp_server.messages
    }
    assert sorted(got) == ["kim@example.kr", "lee@example.kr"]
    kim = got["kim@example.kr"]
    assert kim["Subject"] == "김철수님 안내"
    (part,) = kim.iter_attachments()
    assert part.get_payload(decode=True) == "첨부 내용\r\n".encode()


def test_template_names_stay_in_the_templates_folder(tmp_path: Path) -> None:
    store = TemplateStore(tmp_path / "templates")
    assert store.path("../../etc/passwd").parent == tmp_path / "templates"
    assert store.path("a/b\\c:d").name == "a b c d.eml"
    with pytest.raises(TemplateError):
        store.path(" /.. ")
