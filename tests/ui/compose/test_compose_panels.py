"""The compose window's panels on their own: editor and toolbar, address field, lists."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from composer.compose.addresses import AddressHistory
from composer.compose.message import PROVIDER_SIZE_LIMIT, Attachment, ComposedMessage, to_eml
from composer.storage.sentbox import SentBox
from composer.ui.compose.editor import BodyEditor
from composer.ui.compose.toolbar import FormatToolbar
from composer.ui.mailboxes.sent import SentBrowser
from composer.ui.widgets.address_field import AddressField
from composer.ui.widgets.attachments import AttachmentList, human_size

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)


@pytest.fixture
def editor(qtbot: QtBot) -> tuple[BodyEditor, FormatToolbar]:
    body = BodyEditor()
    bar = FormatToolbar(body)
    qtbot.addWidget(body)
    qtbot.addWidget(bar)
    return body, bar


def select_all(body: BodyEditor) -> None:
    cursor = body.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    body.setTextCursor(cursor)


def test_toolbar_formats_and_text_part_follows(editor: tuple[BodyEditor, FormatToolbar]) -> None:
    body, bar = editor
    body.setPlainText("Title")
    bar.heading.setCurrentIndex(1)
    bar.heading.activated.emit(1)
    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    body.setTextCursor(cursor)
    cursor.insertBlock()
    bar.heading.activated.emit(0)
    body.textCursor().insertText("first")
    bar.bullets.trigger()
    body.textCursor().insertBlock()
    body.textCursor().insertText("second")
    body.textCursor().insertBlock()
    bar.bullets.trigger()  # end the list
    body.textCursor().insertText("quoted")
    bar.quote.trigger()
    assert bar.quote.isChecked()
    body.textCursor().insertBlock()
    bar.quote.trigger()
    body.textCursor().insertText("see ")
    bar.apply_link("https://example.org")
    assert body.has_formatting()
    html = body.to_html()
    assert "<h1" in html
    assert "<ul" in html
    assert "<blockquote" in html
    assert 'href="https://example.org"' in html
    # one line per line, as the editor shows them (no blank lines it does not show)
    assert body.to_text() == "Title\n* first\n* second\n> quoted\nsee https://example.org"


def test_clear_formatting_and_plain_mode(editor: tuple[BodyEditor, FormatToolbar]) -> None:
    body, bar = editor
    body.setHtml("<p><b>bold</b> and <i>italic</i></p>")
    assert body.has_formatting()
    select_all(body)
    bar.clear_action.trigger()
    assert not body.has_formatting()
    body.setHtml("<p><b>bold</b> words</p>")
    bar.plain.trigger()
    assert body.is_rich()  # nothing is dropped before the user agrees
    assert bar.plain_question is not None
    switch = next(b for b in bar.plain_question.buttons() if b.text() == "Switch to plain text")
    switch.click()
    assert not body.is_rich()
    assert bar.plain.isChecked()
    assert body.toPlainText() == "bold words"
    assert not bar.bold.isEnabled()
    bar.plain.trigger()
    assert body.is_rich()
    assert bar.bold.isEnabled()


def test_shortcuts_toggle_bold_italic_underline(
    qtbot: QtBot, editor: tuple[BodyEditor, FormatToolbar]
) -> None:
    body, bar = editor
    for action, expected in ((bar.bold, "Ctrl+B"), (bar.italic, "Ctrl+I"),
                             (bar.underline, "Ctrl+U"), (bar.link, "Ctrl+K")):  # fmt: skip
        assert action.shortcut().toString() == expected
    body.setPlainText("word")
    select_all(body)
    bar.italic.trigger()
    assert body.has_formatting()
    assert "<i>word</i>" in body.to_html()


def test_pasted_image_becomes_inline_part(editor: tuple[BodyEditor, FormatToolbar]) -> None:
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QColor, QImage

    body, _bar = editor
    image = QImage(10, 10, QImage.Format.Format_RGB32)
    image.fill(QColor("blue"))
    mime = QMimeData()
    mime.setImageData(image)
    body.insertFromMimeData(mime)
    (inline,) = body.inline_images()
    assert inline.mimetype == "image/png"
    assert f'src="cid:{inline.cid}"' in body.to_html()
    body.clear()
    msg = ComposedMessage.formatted(body.to_html(), inline_images=body.inline_images())
    assert msg.used_inline_images() == []  # deleted from the text: not sent


def test_address_completion_from_history(qtbot: QtBot) -> None:
    history = AddressHistory()
    history.record(["김철수 <kim@example.com>", "kate@example.org"])
    field = AddressField(history)
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClicks(field, "bob@example.com, k")
    popup = field._completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    assert field._model.stringList() == ["김철수 <kim@example.com>", "kate@example.org"]
    field._completer.activated.emit("김철수 <kim@example.com>")
    assert field.text() == "bob@example.com, 김철수 <kim@example.com>, "
    assert field.addresses() == ["bob@example.com", "김철수 <kim@example.com>"]
    assert field.validate()


def test_size_warning_and_remove(qtbot: QtBot, tmp_path: Path) -> None:
    listing = AttachmentList()
    qtbot.addWidget(listing)
    listing.show()
    big = Attachment("huge.iso", "application/octet-stream", PROVIDER_SIZE_LIMIT + 1)
    listing.set_attachments([big, Attachment.from_bytes("a.txt", b"abc")])
    assert listing.warning.isVisible()
    assert "many providers refuse messages over 25.0 MB" in listing.warning.text()
    assert listing.summary.text() == "2 attachments, 25.0 MB"
    with qtbot.waitSignal(listing.changed):
        listing.remove_rows([0])
    assert not listing.warning.isVisible()
    assert [a.filename for a in listing.attachments()] == ["a.txt"]
    assert listing.tree.topLevelItem(0).text(2) == "Text"
    assert human_size(999) == "999 bytes"
    assert human_size(1_500_000) == "1.5 MB"


def test_sent_browser_lists_and_reopens(qtbot: QtBot) -> None:
    box = SentBox()
    box.add(to_eml(ComposedMessage(to=["a@example.com"], bcc=["b@example.com"],
                                   subject="보낸 편지", text="본문")))  # fmt: skip
    browser = SentBrowser(box)
    qtbot.addWidget(browser)
    with qtbot.waitSignal(browser.message_shown, timeout=5000):  # listed, then read
        browser.refresh()
    assert [e.subject for e in browser.entries()] == ["보낸 편지"]
    assert "Bcc: b@example.com" in browser.view.headers.toPlainText()
    with qtbot.waitSignal(browser.reopen_requested) as blocker:
        qtbot.mouseClick(browser.reopen_button, Qt.MouseButton.LeftButton)
    assert b"Subject:" in blocker.args[0]


def test_copy_details_puts_details_on_the_clipboard(qtbot: QtBot) -> None:
    from composer.ui.compose.send import SendPanel

    panel = SendPanel()
    qtbot.addWidget(panel)
    panel.show_message("error", "It broke.", "Try again.", "Traceback: details")
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "Traceback: details"


def test_heading_back_to_paragraph_leaves_no_formatting(
    editor: tuple[BodyEditor, FormatToolbar],
) -> None:
    body, bar = editor
    body.setPlainText("Just a line")
    bar.heading.activated.emit(2)
    assert body.has_formatting()
    assert "<h2" in body.to_html()
    bar.heading.activated.emit(0)
    assert not body.has_formatting()
    assert body.to_text() == "Just a line"


@pytest.mark.parametrize(
    ("name", "mimetype", "kind"),
    [
        ("r.pdf", "application/pdf", "PDF document"),
        ("p.png", "image/png", "PNG image"),
        ("d.svg", "image/svg+xml", "SVG image"),
        (
            "t.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "Spreadsheet",
        ),
        ("x.bin", "application/octet-stream", "BIN file"),
        ("noext", "application/octet-stream", "File"),
    ],
)
def test_friendly_types(name: str, mimetype: str, kind: str) -> None:
    from composer.ui.widgets.attachments import friendly_type

    assert friendly_type(name, mimetype) == kind


def test_send_job_reports_progress_acceptance_and_result(qtbot: QtBot, smtp_server: object) -> None:
    from composer.profiles.model import BackendKind, Profile, ProfileBook, Security, SmtpSettings
    from composer.sending.job import SendStatus
    from composer.ui.compose.profiles import ComposeProfiles
    from composer.ui.compose.send import SendJob

    port = smtp_server.port  # type: ignore[attr-defined]
    smtp = SmtpSettings(host="127.0.0.1", port=port, security=Security.NONE, timeout=10)
    profile = Profile("Relay", backend=BackendKind.SMTP, smtp=smtp)
    big = Attachment.from_bytes("b.bin", b"x" * 300_000)
    msg = ComposedMessage(from_addr="me@example.com", to=["a@example.com"], attachments=[big])
    job = SendJob(msg, profile, ComposeProfiles(ProfileBook([profile])), SentBox())
    progress: list[int] = []
    results: list[object] = []
    job.progress_changed.connect(lambda done, _total: progress.append(done))
    job.finished.connect(results.append)
    with qtbot.waitSignals([job.accepted, job.finished], order="strict", timeout=20000):
        job.start()
    qtbot.waitUntil(lambda: not job.is_running())
    assert progress
    assert progress[-1] == 1000
    assert len(SentBox().entries()) == 1
    assert job.cancel() is False  # too late: the server has it
    (result,) = results
    assert result.status is SendStatus.SENT  # type: ignore[attr-defined]


def test_opening_a_kept_attachment_writes_a_private_copy_where_it_belongs(
    qtbot: QtBot, composer_home: Path
) -> None:
    import stat

    from PySide6.QtCore import QObject, QUrl, Slot
    from PySide6.QtGui import QDesktopServices

    class Catcher(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.urls: list[QUrl] = []

        @Slot(QUrl)
        def open(self, url: QUrl) -> None:
            self.urls.append(url)

    catcher = Catcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        listing = AttachmentList()
        qtbot.addWidget(listing)
        listing.set_attachments([Attachment.from_bytes("../../계약서.txt", b"secret terms")])
        listing.open_row(0)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    (url,) = catcher.urls
    opened = Path(url.toLocalFile())
    assert opened.parent == composer_home / "cache" / "open"
    assert opened.name == "계약서.txt"
    assert opened.read_bytes() == b"secret terms"
    assert stat.S_IMODE(opened.stat().st_mode) == 0o600
    assert stat.S_IMODE(opened.parent.stat().st_mode) == 0o700
