"""The real compose window, driven offscreen, sending to a real SMTP server on 127.0.0.1."""

from __future__ import annotations

import email
import email.policy
import re
import threading
from email.message import EmailMessage as StdMessage
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from smtpserver import SMTPTestServer, refused_port

from composer import mail
from composer.compose.message import (
    Attachment,
    ComposedMessage,
    from_eml,
    mentions_attachment,
    to_eml,
)
from composer.profiles.model import (
    BackendKind,
    Identity,
    Profile,
    ProfileBook,
    Security,
    SmtpSettings,
)
from composer.sending.job import SendResult, SendStatus
from composer.ui.compose.profiles import ComposeProfiles
from composer.ui.compose.window import ComposeServices, ComposeWindow

# Qt's offscreen platform cannot resize top-level windows to new size hints and says so
# whenever a row is shown or hidden, and cannot raise windows; a real display has neither
# message.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)


def smtp_profile(port: int, name: str = "Test relay") -> Profile:
    return Profile(
        name,
        backend=BackendKind.SMTP,
        smtp=SmtpSettings(host="127.0.0.1", port=port, security=Security.NONE, timeout=10),
        identity=Identity(from_name="김철수", from_address="kim@example.com"),
    )


def make_window(qtbot: QtBot, *profiles: Profile) -> ComposeWindow:
    services = ComposeServices(ComposeProfiles(ProfileBook(list(profiles))))
    window = ComposeWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a person: ASCII as key presses, Hangul and accents as input-method commits."""
    for chunk in re.split(r"([^\x00-\x7f]+)", text):
        if not chunk:
            continue
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def png(color: str = "red") -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice

    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())


def send_and_wait(qtbot: QtBot, window: ComposeWindow) -> SendResult:
    with qtbot.waitSignal(window.send_finished, timeout=20000) as blocker:
        qtbot.keyClick(window.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    result = blocker.args[0]
    assert isinstance(result, SendResult)
    return result


def parse(raw: bytes) -> StdMessage:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, StdMessage)
    return msg


def fill(qtbot: QtBot, window: ComposeWindow, tmp_path: Path) -> list[Path]:
    header = window.header
    for key in ("cc", "bcc", "reply_to"):
        qtbot.mouseClick(header.toggles[key], Qt.MouseButton.LeftButton)
        assert header.is_field_visible(key)
    type_text(qtbot, header.fields["to"], "이영희 <lee@bücher.de>; bob@example.org")
    qtbot.keyClicks(header.fields["cc"], '"Carol, C." <carol@example.com>')
    qtbot.keyClicks(header.fields["bcc"], "hidden@example.net")
    qtbot.keyClicks(header.fields["reply_to"], "replies@example.com")
    type_text(qtbot, header.subject, "분기 보고서 Q3")
    editor = window.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Hello ")
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "bold")
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, editor, " 안녕하세요 ")
    mime = QMimeData()
    mime.setImageData(QImage.fromData(png("red")))
    editor.insertFromMimeData(mime)
    files = [tmp_path / "report.pdf", tmp_path / "notes.txt", tmp_path / "데이터.bin"]
    files[0].write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    files[1].write_bytes(b"first\r\nsecond\n")
    files[2].write_bytes(bytes(reversed(range(256))) * 7)
    drop = QMimeData()
    drop.setUrls([QUrl.fromLocalFile(str(f)) for f in files[:2]])
    editor.insertFromMimeData(drop)  # non-image files dropped on the body are attached
    window.attachments.add_paths(files[2:])
    return files


def test_fill_everything_and_send(
    qtbot: QtBot, smtp_server: SMTPTestServer, tmp_path: Path
) -> None:
    window = make_window(qtbot, smtp_profile(smtp_server.port))
    assert window.header.from_field.text() == "김철수 <kim@example.com>"
    files = fill(qtbot, window, tmp_path)
    result = send_and_wait(qtbot, window)
    assert result.status is SendStatus.SENT, result.message.what
    assert window.send_panel.title.text() == (
        "Sent to lee@bücher.de, bob@example.org, carol@example.com and 1 more through “Test relay”."
    )
    (received,) = smtp_server.messages
    assert sorted(received.rcpt_tos) == sorted(
        [
            "lee@xn--bcher-kva.de",
            "bob@example.org",
            "carol@example.com",
            "hidden@example.net",
        ]
    )
    assert b"hidden@example.net" not in received.data
    assert b"Bcc" not in received.data
    msg = parse(received.data)
    assert msg["Subject"] == "분기 보고서 Q3"
    assert msg["Reply-To"] == "replies@example.com"
    assert msg["Cc"] == '"Carol, C." <carol@example.com>'
    assert msg["From"].addresses[0].display_name == "김철수"
    assert msg.get_content_type() == "multipart/mixed"
    alternative = msg.get_payload()[0]
    assert alternative.get_content_type() == "multipart/alternative"
    plain, related = alternative.get_payload()
    assert plain.get_content_type() == "text/plain"
    assert plain.get_content().startswith("Hello *bold* 안녕하세요 [image]")
    assert related.get_content_type() == "multipart/related"
    html, image = related.get_payload()
    assert html.get_content_type() == "text/html"
    cid = image["Content-ID"].strip("<>")
    assert f'src="cid:{cid}"' in html.get_content()
    html_text = html.get_content()
    assert "<b>bold</b>" in html_text
    for noise in ("qrichtext", "-qt-", "<!DOCTYPE", "<style", "margin-left:0px"):
        assert noise not in html_text  # Qt's internal markup stays inside Qt
    assert image.get_payload(decode=True) == png("red")
    attachments = list(msg.iter_attachments())
    assert [a.get_filename() for a in attachments] == [f.name for f in files]
    for part, path in zip(attachments, files, strict=True):
        assert part.get_payload(decode=True) == path.read_bytes()
    # the Sent folder keeps a copy with Bcc; the window starts a fresh message
    (entry,) = window.services.sentbox.entries()
    copy = from_eml(window.services.sentbox.get_bytes(entry.key))
    assert copy.bcc == ["hidden@example.net"]
    assert window.message().is_empty()
    assert window.header.from_field.text() == "김철수 <kim@example.com>"
    assert window.header.subject.text() == ""
    assert window.services.history.complete("lee") == ["이영희 <lee@bücher.de>"]


def test_plain_body_is_sent_as_plain_text(qtbot: QtBot, smtp_server: SMTPTestServer) -> None:
    window = make_window(qtbot, smtp_profile(smtp_server.port))
    qtbot.keyClicks(window.header.fields["to"], "a@example.com")
    qtbot.keyClicks(window.editor, "Just words, no formatting.")
    assert send_and_wait(qtbot, window).status is SendStatus.SENT
    msg = parse(smtp_server.messages[0].data)
    assert msg.get_content_type() == "text/plain"
    assert msg.get_content().strip() == "Just words, no formatting."


def test_invalid_addresses_are_marked_and_nothing_is_sent(
    qtbot: QtBot, smtp_server: SMTPTestServer
) -> None:
    window = make_window(qtbot, smtp_profile(smtp_server.port))
    qtbot.keyClicks(window.header.fields["to"], "ok@example.com, broken@, Bob <bob@example>")
    qtbot.keyClicks(window.editor, "text")
    qtbot.keyClick(window.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    panel = window.send_panel
    assert panel.isVisible()
    assert panel.title.text().startswith("Some addresses are not valid: To: “broken@”")
    assert "“Bob <bob@example>”: “example” is not a valid domain" in panel.title.text()
    assert panel.advice.text() == "Correct the highlighted entries, then send again."
    assert window.header.fields["to"].property("invalid") is True
    assert "there is no domain after the @" in window.header.fields["to"].toolTip()
    assert smtp_server.messages == []


def test_dead_server_keeps_the_message_waiting_in_the_outbox(qtbot: QtBot, tmp_path: Path) -> None:
    from composer.outbox.item import State

    port = refused_port()
    window = make_window(qtbot, smtp_profile(port))
    qtbot.keyClicks(window.header.fields["to"], "a@example.com")
    qtbot.keyClicks(window.header.subject, "Keep me")
    qtbot.keyClicks(window.editor, "Precious words")
    result = send_and_wait(qtbot, window)
    assert result.status is SendStatus.FAILED
    assert window.send_panel.title.text() == (
        f"Nothing accepted the connection at 127.0.0.1 port {port} (connection refused)."
    )
    assert "It waits in the Outbox" in window.send_panel.advice.text()
    assert window.send_panel.copy_button.isVisible()
    assert "ConnectionRefusedError" in window.send_panel.details()
    (waiting,) = window.services.outbox.items()  # the words are safe there, to be retried
    assert waiting.state is State.QUEUED
    assert waiting.next_try is not None
    kept = window.services.outbox.composed(waiting.id)
    assert kept.subject == "Keep me"
    assert kept.text.strip() == "Precious words"
    assert window.send_button.isEnabled()


def test_refused_recipient_is_named_and_the_message_stays(
    qtbot: QtBot, smtp_server: SMTPTestServer
) -> None:
    smtp_server.rcpt_reply = lambda addr: "550 5.1.1 Mailbox unknown" if "nobody" in addr else None
    window = make_window(qtbot, smtp_profile(smtp_server.port))
    qtbot.keyClicks(window.header.fields["to"], "a@example.com, nobody@example.com")
    qtbot.keyClicks(window.editor, "Hi")
    result = send_and_wait(qtbot, window)
    assert result.status is SendStatus.PARTIAL
    assert result.refused == {"nobody@example.com": (550, "5.1.1 Mailbox unknown")}
    assert window.send_panel.title.text() == (
        "Sent to a@example.com, but the server refused nobody@example.com."
    )
    assert window.header.addresses("to") == ["a@example.com", "nobody@example.com"]


def test_vanished_attachment_keeps_the_draft(
    qtbot: QtBot, smtp_server: SMTPTestServer, tmp_path: Path
) -> None:
    path = tmp_path / "vanishing.pdf"
    path.write_bytes(b"x" * 100)
    window = make_window(qtbot, smtp_profile(smtp_server.port))
    qtbot.keyClicks(window.header.fields["to"], "a@example.com")
    window.attachments.add_paths([path])
    path.unlink()
    result = send_and_wait(qtbot, window)
    assert result.status is SendStatus.FAILED
    assert result.message.what.startswith(f"The attachment {path} could not be read")
    assert [a.filename for a in window.attachments.attachments()] == ["vanishing.pdf"]
    assert smtp_server.messages == []


def test_unreadable_file_is_reported_when_attaching(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, Profile("Outbox", backend=BackendKind.LOCMEM))
    window.attachments.add_paths([tmp_path / "missing.txt"])
    assert window.send_panel.title.text().startswith("“missing.txt” could not be attached")
    assert window.attachments.attachments() == []


def test_attachment_reminder(qtbot: QtBot) -> None:
    mail.outbox = []
    window = make_window(qtbot, Profile("Outbox", backend=BackendKind.LOCMEM))
    qtbot.keyClicks(window.header.fields["to"], "a@example.com")
    type_text(qtbot, window.editor, "보고서를 첨부합니다.")
    qtbot.keyClick(window.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.sending.reminder is not None
    assert window.sending.reminder.isVisible()
    send_anyway = next(b for b in window.sending.reminder.buttons() if b.text() == "Send anyway")
    with qtbot.waitSignal(window.send_finished, timeout=10000):
        send_anyway.click()
    assert len(mail.outbox) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please see the attached report", True),
        ("파일 첨부합니다", True),
        ("> attached in the quoted reply only", False),
        ("No files here", False),
    ],
)
def test_mentions_attachment(text: str, expected: bool) -> None:
    assert mentions_attachment(text) is expected


def test_preview_profile_says_so_and_outbox_shows_the_message(qtbot: QtBot) -> None:
    mail.outbox = []
    window = make_window(
        qtbot, Profile("In-app outbox", backend=BackendKind.LOCMEM), smtp_profile(2525, "Real")
    )
    assert window.send_button.text() == "Preview"
    assert window.header.preview_note.isVisible()
    assert window.header.preview_note.text().startswith("Nothing is delivered: ")
    qtbot.keyClicks(window.header.fields["to"], "a@example.com")
    qtbot.keyClicks(window.header.subject, "Preview me")
    window.editor.setHtml("<p>Look <b>here</b></p>")
    result = send_and_wait(qtbot, window)
    assert result.delivered is False
    assert (
        window.send_panel.title.text() == "Not delivered: “In-app outbox” only previews messages."
    )
    assert window.header.subject.text() == "Preview me"  # a preview keeps the message
    viewer = window.side.show_previews()
    from composer.ui.mailboxes.previews import PreviewViewer

    assert isinstance(viewer, PreviewViewer)
    qtbot.waitUntil(lambda: len(viewer.items()) == 1, timeout=5000)  # read in the background
    assert [i.title() for i in viewer.items()] == ["Preview me — to a@example.com"]
    assert "here" in viewer.view.rendered.toPlainText()
    assert viewer.view.text.toPlainText().strip() == "Look *here*"
    assert "Subject: Preview me" in viewer.view.headers.toPlainText()
    window.services.profiles.set_active("Real")
    assert window.send_button.text() == "Send"
    assert not window.header.preview_note.isVisible()


def test_cc_bcc_reply_to_shown_when_loaded_with_addresses(qtbot: QtBot) -> None:
    window = make_window(qtbot, Profile("Outbox", backend=BackendKind.LOCMEM))
    assert not window.header.is_field_visible("bcc")
    window.load_message(ComposedMessage(to=["a@example.com"], bcc=["b@example.com"]))
    assert window.header.is_field_visible("bcc")
    assert not window.header.is_field_visible("cc")


def test_autosave_and_reopen_round_trip(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, Profile("Outbox", backend=BackendKind.LOCMEM))
    window.drafts.timer.setInterval(50)
    files = fill(qtbot, window, tmp_path)
    window.editor.textCursor().insertText("")
    with qtbot.waitSignal(window.drafts.saved, timeout=10000) as blocker:
        qtbot.keyClicks(window.editor, "!")
    saved = Path(blocker.args[0])
    assert saved.parent == window.services.drafts.folder
    original = window.message()
    reopened = window.new_window(from_eml(saved.read_bytes()))
    qtbot.addWidget(reopened)
    again = reopened.message()
    assert again.bcc == ["hidden@example.net"]
    for name in ("from_addr", "to", "cc", "bcc", "reply_to", "subject", "text"):
        assert getattr(again, name) == getattr(original, name), name
    assert [(a.filename, a.read()) for a in again.attachments] == [
        (p.name, p.read_bytes()) for p in files
    ]
    assert again.inline_images == original.inline_images
    assert reopened.editor.has_formatting()


def test_cancel_while_the_server_stalls(qtbot: QtBot, smtp_server: SMTPTestServer) -> None:
    # The server stalls before the recipient is accepted, so the message cannot have reached
    # the point of no return (the end of its data) when Cancel is clicked: cancelling must win.
    # (A stall after the end of data is the in-doubt case, tested with the task runner.)
    released = threading.Event()

    def stall(address: str) -> None:
        released.wait(30)  # holds the server's loop: no reply to RCPT until the test ends

    smtp_server.rcpt_reply = stall
    window = make_window(qtbot, smtp_profile(smtp_server.port))
    qtbot.keyClicks(window.header.fields["to"], "a@example.com")
    qtbot.keyClicks(window.header.subject, "Not now")
    with qtbot.waitSignal(window.send_panel.progress.valueChanged, timeout=20000):
        window.send()
    assert window.send_panel.cancel_button.isVisible()
    assert not window.send_button.isEnabled()
    with qtbot.waitSignal(window.send_finished, timeout=20000) as blocker:
        qtbot.mouseClick(window.send_panel.cancel_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].status is SendStatus.CANCELLED
    assert window.send_panel.title.text() == (
        "Sending was cancelled; the server did not accept the message."
    )
    assert window.header.subject.text() == "Not now"
    assert window.send_button.isEnabled()
    released.set()
    assert smtp_server.messages == []


def test_password_is_asked_once_and_used(qtbot: QtBot, make_smtp_server: object) -> None:
    server = make_smtp_server(auth=("kim", "s3cret"))  # type: ignore[operator]
    profile = smtp_profile(server.port)
    profile.smtp.username = "kim"
    profile.smtp.ask_password = True
    window = make_window(qtbot, profile)
    qtbot.keyClicks(window.header.fields["to"], "a@example.com")
    qtbot.keyClicks(window.editor, "Hello")
    window.send()
    qtbot.waitUntil(lambda: window.findChild(QInputDialog, "passwordDialog") is not None)
    dialog = window.findChild(QInputDialog, "passwordDialog")
    assert dialog is not None
    assert dialog.textEchoMode() == QLineEdit.EchoMode.Password
    dialog.setTextValue("s3cret")
    with qtbot.waitSignal(window.send_finished, timeout=20000) as blocker:
        dialog.accept()
    assert blocker.args[0].status is SendStatus.SENT, blocker.args[0].message
    assert server.messages[0].session.login == "kim"
    log_text = "".join(p.read_text() for p in window.services.drafts.folder.parent.rglob("*.log"))
    assert "s3cret" not in log_text


def test_file_profile_previews_show_in_the_outbox(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "outbox-files"
    window = make_window(qtbot, Profile("Files", backend=BackendKind.FILE, file_path=str(folder)))
    assert window.send_button.text() == "Preview"
    qtbot.keyClicks(window.header.fields["to"], "a@example.com")
    qtbot.keyClicks(window.header.subject, "To a file")
    window.attachments.set_attachments([Attachment.from_bytes("x.bin", b"\x00\x01")])
    result = send_and_wait(qtbot, window)
    assert result.delivered is False
    assert window.services.sentbox.entries() == []  # previews are not "sent"
    viewer = window.side.show_previews()
    from composer.ui.mailboxes.previews import PreviewViewer

    assert isinstance(viewer, PreviewViewer)
    qtbot.waitUntil(lambda: len(viewer.items()) == 1, timeout=5000)
    assert viewer.items()[0].title() == "To a file — to a@example.com"
    assert viewer.view.attachments.topLevelItemCount() == 1


def test_save_as_and_open_round_trip(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, Profile("Outbox", backend=BackendKind.LOCMEM))
    window.load_message(
        ComposedMessage.formatted(
            "<p>Hello <b>you</b></p>",
            to=["a@example.com"],
            bcc=["b@example.com"],
            subject="Saved",
            attachments=[Attachment.from_bytes("n.txt", b"notes\r\n")],
        )
    )
    target = tmp_path / "saved.eml"
    with qtbot.waitSignal(window.statusBar().messageChanged, timeout=5000):
        window.save_as(target)
    assert target.exists()
    other = make_window(qtbot, Profile("Outbox", backend=BackendKind.LOCMEM))
    assert other.open_file(target) is other
    msg = other.message()
    assert (msg.to, msg.bcc, msg.subject) == (["a@example.com"], ["b@example.com"], "Saved")
    assert msg.html is not None
    assert "<b>you</b>" in msg.html
    assert [a.read() for a in msg.attachments] == [b"notes\r\n"]
    assert other.open_file(tmp_path / "missing.eml") is None
    assert other.send_panel.title.text().startswith("“missing.eml” could not be opened")


def test_draft_that_cannot_be_saved_is_reported_and_the_text_stays(qtbot: QtBot) -> None:
    window = make_window(qtbot, Profile("Outbox", backend=BackendKind.LOCMEM))
    window.drafts.timer.setInterval(20)
    folder = window.services.drafts.folder
    folder.rmdir()
    folder.write_text("not a folder")  # every write below it fails, even as root
    with qtbot.waitSignal(window.drafts.problem, timeout=10000):
        qtbot.keyClicks(window.editor, "Keep these words")
    assert window.send_panel.title.text().startswith("The draft could not be saved")
    assert window.send_panel.advice.text().startswith("Free some disk space")
    assert window.editor.toPlainText() == "Keep these words"
    folder.unlink()


def test_files_dropped_on_the_window_are_attached(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    window = make_window(qtbot, Profile("Outbox", backend=BackendKind.LOCMEM))
    files = [tmp_path / "a.pdf", tmp_path / "b.png"]
    for f in files:
        f.write_bytes(b"data")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.attachments.changed):
        window.dropEvent(event)
    assert [a.filename for a in window.attachments.attachments()] == ["a.pdf", "b.png"]
    assert window.attachments.isVisible()


def test_discard_deletes_the_draft_after_asking(qtbot: QtBot) -> None:
    window = make_window(qtbot, Profile("Outbox", backend=BackendKind.LOCMEM))
    qtbot.keyClicks(window.header.subject, "Throw me away")
    assert window.drafts.save_now()
    draft = window.services.drafts.path(window.drafts.draft_id)
    assert draft.exists()
    box = window.confirm_discard()
    assert box.isVisible()
    assert draft.exists()  # nothing happens before the user confirms
    next(b for b in box.buttons() if b.text() == "Discard").click()
    assert not draft.exists()
    assert window.header.subject.text() == ""


def test_signature_goes_into_a_new_message_and_follows_the_profile(qtbot: QtBot) -> None:
    work = Profile(
        "Work",
        backend=BackendKind.LOCMEM,
        identity=Identity(from_address="me@work.example", signature="Kim\nWork Inc."),
    )
    home = Profile("Home", backend=BackendKind.DUMMY,
                   identity=Identity(from_address="me@home.example", signature="Kim"))  # fmt: skip
    window = make_window(qtbot, work, home)
    assert window.editor.toPlainText() == "\n\n-- \nKim\nWork Inc."
    assert window.editor.textCursor().position() == 0
    assert window.is_untouched()
    window.services.profiles.set_active("Home")
    assert window.editor.toPlainText() == "\n\n-- \nKim"
    assert window.header.from_field.text() == "me@home.example"
    qtbot.keyClicks(window.editor, "Hello")
    window.services.profiles.set_active("Work")
    assert window.editor.toPlainText() == "Hello\n\n-- \nKim"  # written text is never replaced
    assert not window.is_untouched()


def test_drafts_list_continues_and_deletes_drafts(qtbot: QtBot) -> None:
    window = make_window(qtbot, Profile("Outbox", backend=BackendKind.LOCMEM))
    store = window.services.drafts
    first, second = store.new_id(), store.new_id()
    store.save(first, to_eml(ComposedMessage(to=["a@example.com"], subject="첫 초안", text="one")))
    store.save(second, to_eml(ComposedMessage(to=["b@example.com"], subject="Second", text="two")))
    from composer.ui.mailboxes.drafts import DraftsList

    drafts = window.side.show_drafts()
    assert isinstance(drafts, DraftsList)
    qtbot.waitUntil(lambda: len(drafts.rows()) == 2, timeout=5000)
    assert {r.subject for r in drafts.rows()} == {"첫 초안", "Second"}
    target = next(r for r in drafts.rows() if r.draft_id == first)
    drafts.list.setCurrentItem(drafts.list.topLevelItem(drafts.rows().index(target)))
    qtbot.mouseClick(drafts.open_button, Qt.MouseButton.LeftButton)
    assert window.header.subject.text() == "첫 초안"  # the empty window took it
    assert window.drafts.draft_id == first
    assert window.open_file(store.path(first)) is window  # never two windows on one draft
    other = next(r for r in drafts.rows() if r.draft_id == second)
    drafts.list.setCurrentItem(drafts.list.topLevelItem(drafts.rows().index(other)))
    with qtbot.waitSignal(drafts.list.currentItemChanged, timeout=5000):
        qtbot.mouseClick(drafts.delete_button, Qt.MouseButton.LeftButton)
    assert not store.path(second).exists()
    qtbot.waitUntil(lambda: [r.draft_id for r in drafts.rows()] == [first], timeout=5000)


def test_broken_profiles_file_is_explained(qtbot: QtBot, composer_home: Path) -> None:
    path = composer_home / "config" / "profiles.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("this is [not toml", encoding="utf-8")
    window = ComposeWindow(ComposeServices(ComposeProfiles()))
    qtbot.addWidget(window)
    window.show()
    title = window.send_panel.title.text()
    assert title.startswith("Your sending profiles could not be read (")
    assert title.endswith("Composer is using a preview profile for now.")
    assert window.send_panel.advice.text().startswith("Open Tools ▸ Preferences")
    assert window.send_button.text() == "Preview"  # the fallback never sends by accident
