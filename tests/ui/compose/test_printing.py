"""Print and save as PDF, from the compose window and from the Sent view: headers as the
recipient sees them (never Bcc), the text, its images, the attachments."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from smtpserver import SMTPTestServer
from test_compose_window import make_window, png, send_and_wait, smtp_profile, type_text

from composer.compose.message import from_eml
from composer.sending.job import SendStatus
from composer.ui.compose.window import ComposeWindow
from composer.ui.widgets.printing import message_document

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)


def fill(qtbot: QtBot, window: ComposeWindow, tmp_path: Path) -> None:
    header = window.header
    header.fields["to"].setText("이영희 <lee@example.kr>")
    header.set_addresses("cc", ["Carol <carol@example.com>"])
    header.set_addresses("bcc", ["hidden@example.net"])
    header.subject.setText("분기 보고서 <b>Q3</b>")
    window.editor.setFocus()
    type_text(qtbot, window.editor, "안녕하세요, 보고서를 보내드립니다. ")
    window.editor.insert_image(png("red"), "image/png", "chart.png")
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1.4 fake" * 100)
    window.attachments.add_paths([report])


def printed_text(window_or_msg: object) -> str:
    msg = window_or_msg.message() if isinstance(window_or_msg, ComposeWindow) else window_or_msg
    return message_document(msg).toPlainText()  # type: ignore[arg-type]


def is_pdf(path: Path) -> bool:
    data = path.read_bytes()
    return data.startswith(b"%PDF-") and b"%%EOF" in data[-64:] and b"/Type /Page" in data


def test_save_as_pdf_from_the_compose_window(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot)
    fill(qtbot, window, tmp_path)
    text = printed_text(window)
    for expected in (
        "To:\n이영희 <lee@example.kr>",
        "Cc:\nCarol <carol@example.com>",
        "Subject:\n분기 보고서 <b>Q3</b>",  # shown as typed, never as markup
        "안녕하세요, 보고서를 보내드립니다.",
        "report.pdf (1.3 KB)",
    ):
        assert expected in text
    assert "hidden@example.net" not in text
    assert "Bcc" not in text
    document = message_document(window.message())
    (image,) = window.editor.inline_images()
    assert document.resource(document.ResourceType.ImageResource.value, f"cid:{image.cid}")
    out = tmp_path / "out.pdf"
    window.save_pdf(out)
    assert is_pdf(out)


def test_save_as_pdf_from_the_sent_view(
    qtbot: QtBot, tmp_path: Path, smtp_server: SMTPTestServer
) -> None:
    window = make_window(qtbot, smtp_profile(smtp_server.port))
    fill(qtbot, window, tmp_path)
    assert send_and_wait(qtbot, window).status is SendStatus.SENT
    sent = window.side.show_sent()
    qtbot.waitUntil(lambda: len(sent.rows()) == 1, timeout=10000)
    sent.list.setCurrentItem(sent.list.topLevelItem(0))
    assert sent.pdf_button.isEnabled()
    sent.pdf_button.click()
    qtbot.waitUntil(lambda: sent.findChild(QFileDialog, "pdfDialog") is not None, timeout=10000)
    dialog = sent.findChild(QFileDialog, "pdfDialog")
    assert dialog is not None
    out = tmp_path / "sent.pdf"
    dialog.fileSelected.emit(str(out))
    assert is_pdf(out)
    (entry,) = window.services.sentbox.entries()
    kept = from_eml(window.services.sentbox.get_bytes(entry.key))
    assert kept.bcc == ["hidden@example.net"]  # the Sent copy knows it; the page does not
    text = printed_text(kept)
    assert "hidden@example.net" not in text
    assert "Subject:\n분기 보고서 <b>Q3</b>" in text


def test_print_preview_paints_the_message(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot)
    fill(qtbot, window, tmp_path)
    painted: list[object] = []
    window.print_action.trigger()
    preview = window.findChild(QPrintPreviewDialog, "printPreview")
    assert preview is not None
    preview.paintRequested.connect(painted.append)
    qtbot.waitUntil(preview.isVisible)
    preview.findChild(QPrintPreviewWidget).updatePreview()
    qtbot.waitUntil(lambda: bool(painted))  # and Qt is still alive: the printer was kept
    preview.close()
