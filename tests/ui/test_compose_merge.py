"""Tools ▸ Mail merge from the compose window: the message written becomes the template."""

from __future__ import annotations

import collections
import email
import email.policy
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from smtpserver import SMTPTestServer

from composer.profiles import BackendKind, Identity, Profile, ProfileBook, Security, SmtpSettings
from composer.ui.compose_merge import open_merge
from composer.ui.compose_profiles import ComposeProfiles
from composer.ui.compose_window import ComposeServices, ComposeWindow

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)


def window_for(qtbot: QtBot, book: ProfileBook) -> ComposeWindow:
    window = ComposeWindow(ComposeServices(ComposeProfiles(book)))
    qtbot.addWidget(window)
    window.show()
    return window


def test_merge_sends_the_composed_message_to_every_row(
    qtbot: QtBot, tmp_path: Path, smtp_server: SMTPTestServer
) -> None:
    profile = Profile(
        "School relay",
        backend=BackendKind.SMTP,
        smtp=SmtpSettings(host="127.0.0.1", port=smtp_server.port, security=Security.NONE),
        identity=Identity(from_name="담임 교사", from_address="teacher@school.example"),
    )
    window = window_for(qtbot, ProfileBook([profile], active=profile.name))
    window.header.fields["to"].setText("{{ name }} <{{ email }}>")
    window.header.subject.setText("{{ name }} 학생 성적 안내")
    window.editor.setPlainText("{{ name }} 학부모님께,\n성적은 {{ grade }}입니다.")
    data = tmp_path / "class.csv"
    data.write_text("name,email,grade\n김철수,kim@example.kr,A\nBo,bo@example.org,B\n", "utf-8")

    dialog = open_merge(window)
    assert dialog is not None
    try:
        assert dialog.template.subject == "{{ name }} 학생 성적 안내"
        assert dialog.load_csv(data)
        dialog.go_to(1)
        task = dialog._check_task
        assert task is not None
        if task.running:
            with qtbot.waitSignal(task.finished, timeout=20_000):
                pass
        dialog.go_to(3)
        with qtbot.waitSignal(dialog.merge_finished, timeout=20_000) as finished:
            assert dialog.start_sending() is not None
        assert finished.args[0].outcome == "finished"
    finally:
        dialog.shutdown()

    got = collections.Counter(r for m in smtp_server.messages for r in m.rcpt_tos)
    assert got == {"kim@example.kr": 1, "bo@example.org": 1}
    kim = next(m for m in smtp_server.messages if m.rcpt_tos == ["kim@example.kr"])
    parsed = email.message_from_bytes(kim.data, policy=email.policy.default)
    assert parsed["Subject"] == "김철수 학생 성적 안내"
    assert "teacher@school.example" in parsed["From"]
    assert "성적은 A입니다." in parsed.get_body(("plain",)).get_content()


def test_merge_without_a_profile_explains_what_to_do(qtbot: QtBot) -> None:
    window = window_for(qtbot, ProfileBook([]))
    assert open_merge(window) is None
    box = window.findChild(QMessageBox, "userMessage")
    assert box is not None
    assert "no sending profile" in box.text()
    assert "Preferences" in box.informativeText()
    box.close()
