"""Switching between formatted and plain text never changes the words or their links."""

from __future__ import annotations

import email
import email.policy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from smtpserver import SMTPTestServer
from test_compose_window import make_window, send_and_wait, smtp_profile

from composer.profiles.model import Identity
from composer.sending.job import SendStatus
from composer.ui.compose.editor import BodyEditor
from composer.ui.compose.toolbar import FormatToolbar
from composer.ui.compose.window import ComposeWindow

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)\(?\)?"
)
URL = "https://example.org/x"


def signed_window(qtbot: QtBot, port: int) -> ComposeWindow:
    profile = smtp_profile(port)
    profile.identity = Identity(from_name="Kim", from_address="kim@example.com", signature="Kim")
    window = make_window(qtbot, profile)
    qtbot.keyClicks(window.header.fields["to"], "a@example.com")
    return window


def click_at(qtbot: QtBot, editor: BodyEditor, position: int) -> None:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(position)
    point = editor.cursorRect(cursor).center()
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert editor.textCursor().position() == position


def type_two_lines_with_a_link(qtbot: QtBot, window: ComposeWindow) -> None:
    editor = window.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Hello there")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "second line")
    cursor = editor.textCursor()
    cursor.setPosition(6)
    cursor.setPosition(11, QTextCursor.MoveMode.KeepAnchor)  # "there"
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(QInputDialog, "linkDialog")
    assert dialog is not None
    dialog.setTextValue(URL)
    dialog.accept()
    click_at(qtbot, editor, 8)  # inside the link


def plain_button_click(qtbot: QtBot, bar: FormatToolbar) -> None:
    button = bar.widgetForAction(bar.plain)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer(
    qtbot: QtBot, bar: FormatToolbar, *, keep_links: bool | None = None, switch: bool = True
) -> None:
    box = bar.plain_question
    assert isinstance(box, QMessageBox)
    assert box.isVisible()
    assert "1 link" in box.text()
    if keep_links is not None:
        checkbox = box.checkBox()
        assert checkbox is not None
        checkbox.setChecked(keep_links)
    label = "Switch to plain text" if switch else "Cancel"
    next(b for b in box.buttons() if b.text() == label).click()
    window = bar.window()
    window.activateWindow()  # as the desktop does when a message box closes (offscreen: not)
    qtbot.waitUntil(window.isActiveWindow)


def test_plain_text_and_back_keeps_words_and_link_and_the_next_message_is_clean(
    qtbot: QtBot, smtp_server: SMTPTestServer
) -> None:
    window = signed_window(qtbot, smtp_server.port)
    type_two_lines_with_a_link(qtbot, window)
    bar = window.format_bar
    plain_button_click(qtbot, bar)
    assert window.editor.is_rich()  # asked first
    answer(qtbot, bar, keep_links=True)
    expected = f"Hello there <{URL}>\nsecond line\n\n-- \nKim"
    assert window.editor.toPlainText() == expected
    plain_button_click(qtbot, bar)  # formatted again: nothing comes back, nothing is added
    assert window.editor.is_rich()
    assert not window.editor.has_formatting()
    assert window.editor.toPlainText() == expected
    assert send_and_wait(qtbot, window).status is SendStatus.SENT
    sent = email.message_from_bytes(smtp_server.messages[0].data, policy=email.policy.default)
    assert sent.get_content_type() == "text/plain"
    assert sent.get_content().replace("\r\n", "\n").rstrip("\n") == expected

    # the next message written in the same window carries no trace of the link
    window.editor.setFocus()
    qtbot.keyClicks(window.header.fields["to"], "b@example.com")
    qtbot.keyClicks(window.editor, "New words")
    assert not window.editor.has_formatting()
    assert send_and_wait(qtbot, window).status is SendStatus.SENT
    second = smtp_server.messages[1].data
    assert b"example.org" not in second
    body = email.message_from_bytes(second, policy=email.policy.default)
    assert body.get_content().replace("\r\n", "\n").rstrip("\n") == "New words\n\n-- \nKim"


def test_a_formatted_message_sends_one_link_and_an_honest_text_part(
    qtbot: QtBot, smtp_server: SMTPTestServer
) -> None:
    window = signed_window(qtbot, smtp_server.port)
    type_two_lines_with_a_link(qtbot, window)
    assert send_and_wait(qtbot, window).status is SendStatus.SENT
    sent = email.message_from_bytes(smtp_server.messages[0].data, policy=email.policy.default)
    plain = sent.get_body(("plain",))
    html = sent.get_body(("html",))
    assert plain is not None
    assert html is not None
    text = plain.get_content().replace("\r\n", "\n").rstrip("\n")
    assert text == f"Hello there <{URL}>\nsecond line\n\n-- \nKim"
    assert html.get_content().count("<a ") == 1
    assert f'Hello <a href="{URL}">there</a>' in html.get_content()


def test_cancel_keeps_the_formatting_and_unchecked_links_stay_out(qtbot: QtBot) -> None:
    window = signed_window(qtbot, 2525)
    type_two_lines_with_a_link(qtbot, window)
    bar = window.format_bar
    before = window.editor.to_html()
    plain_button_click(qtbot, bar)
    answer(qtbot, bar, switch=False)
    assert window.editor.is_rich()
    assert not bar.plain.isChecked()
    assert bar.bold.isEnabled()
    assert window.editor.to_html() == before
    plain_button_click(qtbot, bar)
    answer(qtbot, bar, keep_links=False)
    assert window.editor.toPlainText() == "Hello there\nsecond line\n\n-- \nKim"


WORD = st.text(alphabet=st.sampled_from("abcXYZ019가나다<&.,-"), min_size=1, max_size=6)


@st.composite
def documents(draw: st.DrawFn) -> list[list[tuple[str, str | None]]]:
    lines = []
    for _ in range(draw(st.integers(1, 4))):
        runs = []
        for i in range(draw(st.integers(1, 3))):
            text = " ".join(draw(st.lists(WORD, min_size=1, max_size=3)))
            linked = draw(st.booleans())
            runs.append((text, f"https://example.org/{len(lines)}/{i}" if linked else None))
        lines.append(runs)
    return lines


def build(editor: BodyEditor, lines: list[list[tuple[str, str | None]]]) -> list[int]:
    """Write *lines* into *editor*; returns a position inside each link."""
    editor.clear()
    cursor = QTextCursor(editor.document())
    inside: list[int] = []
    for n, runs in enumerate(lines):
        if n:
            cursor.insertBlock()
        for i, (text, link) in enumerate(runs):
            if i:
                cursor.insertText(" ", QTextCharFormat())
            fmt = QTextCharFormat()
            if link:
                fmt.setAnchor(True)
                fmt.setAnchorHref(link)
                inside.append(cursor.position() + 1)
            cursor.insertText(text, fmt)
    return inside


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=documents(), keep_links=st.booleans(), where=st.integers(0, 100))
def test_round_trips_of_documents_with_links(
    qtbot: QtBot, lines: list[list[tuple[str, str | None]]], keep_links: bool, where: int
) -> None:
    editor = BodyEditor()
    bar = FormatToolbar(editor)
    qtbot.addWidget(editor)
    qtbot.addWidget(bar)
    inside = build(editor, lines)
    cursor = editor.textCursor()
    positions = inside or [0]
    cursor.setPosition(positions[where % len(positions)])  # often inside a link
    editor.setTextCursor(cursor)
    words = "\n".join(" ".join(text for text, _link in runs) for runs in lines)
    shown = "\n".join(
        " ".join(f"{t} <{link}>" if link and keep_links else t for t, link in runs)
        for runs in lines
    )
    assert editor.to_text() == "\n".join(
        " ".join(f"{t} <{link}>" if link else t for t, link in runs) for runs in lines
    )
    bar.plain.trigger()
    if inside:
        answer_box = bar.plain_question
        assert answer_box is not None
        checkbox = answer_box.checkBox()
        assert checkbox is not None
        checkbox.setChecked(keep_links)
        next(b for b in answer_box.buttons() if b.text() == "Switch to plain text").click()
    else:
        shown = words
    assert editor.toPlainText() == shown
    bar.plain.trigger()  # and back
    assert editor.is_rich()
    assert not editor.has_formatting()
    assert editor.toPlainText() == shown
    editor.clear()
    editor.textCursor().insertText("fresh")
    assert not editor.has_formatting()  # nothing of an old link is left to type with
