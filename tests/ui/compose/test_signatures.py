"""A formatted signature with an image: edited in Tools ▸ Signature, kept across a restart,
put in a new message, sent byte for byte with ``-- `` exact in the plain-text part."""

from __future__ import annotations

import email
import email.policy

import pytest
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor
from pytestqt.qtbot import QtBot
from smtpserver import SMTPTestServer
from test_compose_window import make_window, png, send_and_wait, smtp_profile, type_text

from composer.sending.job import SendStatus
from composer.ui.compose.signature_dialog import edit_signature

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)


def test_a_signature_with_an_image_survives_restart_and_is_sent(
    qtbot: QtBot, smtp_server: SMTPTestServer
) -> None:
    window = make_window(qtbot, smtp_profile(smtp_server.port))
    dialog = edit_signature(window)
    assert dialog is not None
    editor = dialog.editor
    editor.setPlainText("김철수\n한빛초등학교 교사")
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    cursor.mergeCharFormat(bold)
    editor.moveCursor(QTextCursor.MoveOperation.End)
    logo = png("green")
    editor.insert_image(logo, "image/png", "logo.png")
    dialog.placement.setCurrentIndex(1)  # above a quote
    dialog.save()
    qtbot.waitUntil(lambda: window.signatures.rich_for("Test relay") is not None, timeout=10000)
    window.close()

    # a new session, as after a restart: a new message starts with the signature
    again = make_window(qtbot, smtp_profile(smtp_server.port))
    qtbot.waitUntil(lambda: len(again.editor.inline_images()) == 1, timeout=10000)
    assert again.is_untouched()
    signature = again.signatures.rich_for("Test relay")
    assert signature is not None
    assert signature.placement == "above"
    qtbot.keyClicks(again.header.fields["to"], "lee@example.com")
    again.header.subject.setText("Hello")
    again.editor.setFocus()
    again.editor.moveCursor(QTextCursor.MoveOperation.Start)
    type_text(qtbot, again.editor, "See you tomorrow.")
    assert not again.is_untouched()
    assert send_and_wait(qtbot, again).status is SendStatus.SENT
    (received,) = smtp_server.messages
    msg = email.message_from_bytes(received.data, policy=email.policy.default)
    plain = msg.get_body(("plain",)).get_content()
    assert "\n-- \n*김철수*\n한빛초등학교 교사" in plain.replace("\r\n", "\n")
    assert plain.startswith("See you tomorrow.")
    html = msg.get_body(("html",)).get_content()
    assert "<b>김철수</b>" in html
    images = [p for p in msg.walk() if p.get_content_type() == "image/png"]
    assert [i.get_payload(decode=True) for i in images] == [logo]
