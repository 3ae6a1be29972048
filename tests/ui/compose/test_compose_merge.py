"""Tools ▸ Mail merge from the compose window: the message written becomes the template."""

from __future__ import annotations

import collections
import email
import email.policy
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from smtpserver import SMTPTestServer

from composer.merge import MergeLedger
from composer.merge.record.ledger import default_ledger_path
from composer.merge.templates.store import recall
from composer.profiles.model import (
    BackendKind,
    Identity,
    Profile,
    ProfileBook,
    Security,
    SmtpSettings,
)
from composer.ui.compose.merge import open_merge
from composer.ui.compose.profiles import ComposeProfiles
from composer.ui.compose.window import ComposeServices, ComposeWindow
from composer.ui.merge.dialog import MergeDialog

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)


def window_for(qtbot: QtBot, book: ProfileBook) -> ComposeWindow:
    window = ComposeWindow(ComposeServices(ComposeProfiles(book)))
    qtbot.addWidget(window)
    window.show()
    return window


def merge_and_wait(qtbot: QtBot, dialog: MergeDialog, data: Path) -> None:
    """Load *data*, check every row, send, and wait until the merge finished."""
    try:
        with qtbot.waitSignal(dialog.data_loaded, timeout=20_000) as loaded:
            dialog.load_csv(data)
        assert loaded.args == [True]
        dialog.go_to(1)
        task = dialog.check_step.task
        assert task is not None
        if task.running:
            with qtbot.waitSignal(task.finished, timeout=20_000):
                pass
        dialog.go_to(3)
        with qtbot.waitSignal(dialog.merge_finished, timeout=20_000) as finished:
            assert dialog.start_sending() is not None
        assert finished.args[0].outcome == "finished", finished.args[0].message
    finally:
        dialog.shutdown()


def png(color: str) -> QImage:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    return image


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
        with qtbot.waitSignal(dialog.data_loaded, timeout=20_000) as loaded:
            dialog.load_csv(data)
        assert loaded.args == [True]
        dialog.go_to(1)
        task = dialog.check_step.task
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


def test_a_template_saved_from_the_window_merges_from_the_command_line(
    qtbot: QtBot, tmp_path: Path, smtp_server: SMTPTestServer, composer_home: Path
) -> None:
    import os
    import subprocess
    import sys

    window = window_for(qtbot, ProfileBook([]))
    window.header.fields["to"].setText("{{ 이름 }} <{{ 이메일 }}>")
    window.header.fields["cc"].setText("{{ 보호자 }}")
    window.header.subject.setText("{{ 이름 }} 학생 성적 안내")
    window.header.from_field.setText("담임 <teacher@school.example>")
    window.editor.setPlainText("{{ 이름 }} 학부모님께,\n성적은 {{ 성적 }}입니다.")
    letter = tmp_path / "letter.eml"
    with qtbot.waitSignal(window.save_as(letter).finished, timeout=10_000):
        pass
    # Reopened in a window, every placeholder is where it was.
    again = window_for(qtbot, ProfileBook([]))
    assert again.open_file(letter) is again
    assert again.header.fields["to"].text() == "{{ 이름 }} <{{ 이메일 }}>"
    assert again.header.fields["cc"].text() == "{{ 보호자 }}"
    assert again.header.subject.text() == "{{ 이름 }} 학생 성적 안내"

    students = tmp_path / "students.csv"
    students.write_text(
        "이름,이메일,보호자,성적\n김철수,kim@example.kr,Mum <mum@example.kr>,A\n"
        "이영희,lee@example.kr,,B\n",
        encoding="utf-8",
    )
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "composer",
            "merge",
            str(students),
            str(letter),
            "--server",
            f"127.0.0.1:{smtp_server.port}",
            "--yes",
        ],
        env=dict(os.environ, COMPOSER_HOME=str(composer_home), PYTHONPATH=str(root)),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    got = {m.rcpt_tos[0]: m for m in smtp_server.messages}
    assert got["kim@example.kr"].rcpt_tos == ["kim@example.kr", "mum@example.kr"]
    assert got["lee@example.kr"].rcpt_tos == ["lee@example.kr"]
    parsed = email.message_from_bytes(got["kim@example.kr"].data, policy=email.policy.default)
    assert parsed["Subject"] == "김철수 학생 성적 안내"
    assert parsed["To"].addresses[0].display_name == "김철수"
    assert "성적은 A입니다." in parsed.get_body(("plain",)).get_content()


def test_a_thunderbird_template_opened_in_the_window_merges(
    qtbot: QtBot, tmp_path: Path, smtp_server: SMTPTestServer
) -> None:
    profile = Profile(
        "School relay",
        backend=BackendKind.SMTP,
        smtp=SmtpSettings(host="127.0.0.1", port=smtp_server.port, security=Security.NONE),
        identity=Identity(from_name="Office", from_address="office@school.example"),
    )
    letter = tmp_path / "template.eml"
    letter.write_bytes(
        b"To: =?UTF-8?B?e3sg7J2066aEIH19?= <{{ \xec\x9d\xb4\xeb\xa9\x94\xec\x9d\xbc }}>\r\n"
        b"Subject: =?UTF-8?B?e3sg7J2066aEIH19IOyViOuCtA==?=\r\n"
        b"Content-Type: text/plain; charset=UTF-8; format=flowed\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n"
        b"{{ \xec\x9d\xb4\xeb\xa6\x84 }} \xeb\x8b\x98\r\n"
    )
    window = window_for(qtbot, ProfileBook([profile], active=profile.name))
    assert window.open_file(letter) is window
    assert window.header.fields["to"].text() == "{{ 이름 }} <{{ 이메일 }}>"
    data = tmp_path / "students.csv"
    data.write_text("이름,이메일\n김철수,kim@example.kr\n", encoding="utf-8")
    dialog = open_merge(window)
    assert dialog is not None
    try:
        with qtbot.waitSignal(dialog.data_loaded, timeout=20_000) as loaded:
            dialog.load_csv(data)
        assert loaded.args == [True]
        dialog.go_to(1)
        task = dialog.check_step.task
        assert task is not None
        if task.running:
            with qtbot.waitSignal(task.finished, timeout=20_000):
                pass
        dialog.go_to(3)
        with qtbot.waitSignal(dialog.merge_finished, timeout=20_000):
            assert dialog.start_sending() is not None
    finally:
        dialog.shutdown()
    (message,) = smtp_server.messages
    assert message.rcpt_tos == ["kim@example.kr"]
    parsed = email.message_from_bytes(message.data, policy=email.policy.default)
    assert parsed["Subject"] == "김철수 안내"
    assert parsed["To"].addresses[0].display_name == "김철수"


def test_merge_with_a_file_name_the_library_refuses_explains_what_to_do(
    qtbot: QtBot, tmp_path: Path
) -> None:
    profile = Profile(
        "Relay",
        backend=BackendKind.SMTP,
        smtp=SmtpSettings(host="127.0.0.1", port=25, security=Security.NONE),
    )
    window = window_for(qtbot, ProfileBook([profile], active=profile.name))
    odd = tmp_path / "report\nContent-Transfer-Encoding : quoted-printable.txt"
    odd.write_text("one\ntwo\n", "utf-8")
    window.attachments.add_paths([odd])
    assert open_merge(window) is None
    box = window.findChild(QMessageBox, "userMessage")
    assert box is not None
    assert "cannot be sent" in box.text()
    assert "Rename the file" in box.informativeText()
    box.close()


def test_closing_the_window_while_its_merge_sends_asks_first(
    qtbot: QtBot, tmp_path: Path, smtp_server: SMTPTestServer
) -> None:
    import threading

    at_server, release = threading.Event(), threading.Event()

    def hold(address: str) -> None:
        if address == "p2@example.org":
            at_server.set()
            release.wait(20)

    smtp_server.rcpt_reply = hold
    profile = Profile(
        "School relay",
        backend=BackendKind.SMTP,
        smtp=SmtpSettings(host="127.0.0.1", port=smtp_server.port, security=Security.NONE),
        identity=Identity(from_address="teacher@school.example"),
    )
    window = window_for(qtbot, ProfileBook([profile], active=profile.name))
    window.header.fields["to"].setText("{{ email }}")
    window.header.subject.setText("Hello {{ name }}")
    data = tmp_path / "class.csv"
    data.write_text("name,email\nP1,p1@example.org\nP2,p2@example.org\nP3,p3@example.org\n")
    dialog = open_merge(window)
    assert dialog is not None
    with qtbot.waitSignal(dialog.data_loaded, timeout=20_000):
        dialog.load_csv(data)
    dialog.go_to(1)
    task = dialog.check_step.task
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    dialog.go_to(3)
    dialog.send_page.connections.setValue(1)
    with qtbot.waitSignal(dialog.merge_finished, timeout=30_000) as finished:
        assert dialog.start_sending() is not None
        assert at_server.wait(10)
        # Quitting would end the run unasked: the window stays, the merge window asks.
        assert not window.close()
        assert window.isVisible()
        question = dialog.findChild(QMessageBox, "stopMergeQuestion")
        assert question is not None
        assert question.isVisible()
        destructive = QMessageBox.ButtonRole.DestructiveRole
        (stop,) = [b for b in question.buttons() if question.buttonRole(b) == destructive]
        stop.click()
        release.set()
    assert finished.args[0].outcome == "cancelled"
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert window.close()
    # Row 2 was at the server when the run stopped: it finished; row 3 waits for a rerun.
    assert sorted(m.rcpt_tos[0] for m in smtp_server.messages) == [
        "p1@example.org",
        "p2@example.org",
    ]


@pytest.mark.parametrize("parts", [("text file",), ("image",), ("text file", "image")])
def test_a_message_with_a_text_file_or_a_pasted_image_merges(
    qtbot: QtBot, tmp_path: Path, smtp_server: SMTPTestServer, parts: tuple[str, ...]
) -> None:
    """The compose window attaches text files and inline images as ready MIME parts; the
    merge carries them to every row (the HTML's images stay inside it)."""
    profile = Profile(
        "School relay",
        backend=BackendKind.SMTP,
        smtp=SmtpSettings(host="127.0.0.1", port=smtp_server.port, security=Security.NONE),
        identity=Identity(from_name="Office", from_address="office@school.example"),
    )
    window = window_for(qtbot, ProfileBook([profile], active=profile.name))
    window.header.fields["to"].setText("{{ name }} <{{ email }}>")
    window.header.subject.setText("Notes for {{ name }}")
    window.editor.setPlainText("Dear {{ name }}, here are your notes. ")
    if "image" in parts:
        pasted = QMimeData()
        pasted.setImageData(png("red"))
        window.editor.insertFromMimeData(pasted)
        (image,) = window.editor.inline_images()
    if "text file" in parts:
        notes = tmp_path / "notes.txt"
        notes.write_bytes("first line\r\n둘째 줄\n".encode())
        window.attachments.add_paths([notes])
    data = tmp_path / "class.csv"
    data.write_text("name,email\nKim,kim@example.kr\nBo,bo@example.org\n", "utf-8")

    dialog = open_merge(window)
    assert dialog is not None
    merge_and_wait(qtbot, dialog, data)

    got = {m.rcpt_tos[0]: m for m in smtp_server.messages}
    assert sorted(got) == ["bo@example.org", "kim@example.kr"]
    for name, address in (("Kim", "kim@example.kr"), ("Bo", "bo@example.org")):
        parsed = email.message_from_bytes(got[address].data, policy=email.policy.default)
        assert isinstance(parsed, email.message.EmailMessage)
        assert parsed["Subject"] == f"Notes for {name}"
        assert f"Dear {name}," in parsed.get_body(("plain",)).get_content()
        files = {a.get_filename(): a for a in parsed.iter_attachments()}
        if "text file" in parts:
            assert files["notes.txt"].get_content_type() == "text/plain"
            text = files["notes.txt"].get_content().replace("\r\n", "\n")
            assert text == "first line\n둘째 줄\n"
        else:
            assert "notes.txt" not in files
        if "image" in parts:
            html = parsed.get_body(("html",))
            assert html is not None
            assert f"Dear {name}," in html.get_content()
            related = next(p for p in parsed.walk() if p.get_content_type() == "multipart/related")
            (shown,) = [p for p in related.iter_parts() if p.get_content_maintype() == "image"]
            assert shown["Content-ID"] == f"<{image.cid}>"
            assert f"cid:{image.cid}" in html.get_content()
            assert shown.get_content() == image.content
        else:
            assert all(p.get_content_maintype() != "image" for p in parsed.walk())
    # Kept for Earlier merges ▸ Continue: a resumed merge sends the same parts.
    with MergeLedger() as ledger:
        (merge,) = ledger.merges()
    kept = recall(default_ledger_path(), merge.key)
    assert kept is not None
    assert kept.template.inline_images == window.editor.inline_images()
    assert [a[0] for a in kept.template.attachments] == (
        ["notes.txt"] if "text file" in parts else []
    )
