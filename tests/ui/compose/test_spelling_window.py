"""Spell checking in the real compose window, with the real English and Korean dictionaries
(Debian's hunspell-en-us and hunspell-ko through Enchant), typed into like a person would."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QTextEdit
from pytestqt.qtbot import QtBot
from smtpserver import SMTPTestServer
from test_compose_window import make_window, parse, smtp_profile, type_text

from composer.compose.message import ComposedMessage
from composer.sending.job import SendStatus
from composer.ui.compose.window import ComposeWindow

# Offscreen Qt cannot resize, raise or grab the keyboard for a popup menu, and says so.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)


def underlined(editor: QTextEdit) -> list[str]:
    """The words drawn with a spell-check underline, in order."""
    found = []
    block = editor.document().begin()
    while block.isValid():
        for r in block.layout().formats():
            if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                found.append(block.text()[r.start : r.start + r.length])
        block = block.next()
    return found


def ready_window(qtbot: QtBot, *profiles: object) -> ComposeWindow:
    window = make_window(qtbot, *profiles)  # type: ignore[arg-type]
    spelling = window.services.spelling
    assert spelling is not None
    qtbot.waitUntil(spelling.is_ready, timeout=10000)
    window.editor.setFocus()
    return window


def context_menu(qtbot: QtBot, window: ComposeWindow, word: str) -> QMenu:
    """Right-click *word* in the body; the menu once its suggestions arrived."""
    editor = window.editor
    cursor = editor.document().find(word)
    cursor.setPosition(cursor.selectionStart() + 1)
    pos = editor.cursorRect(cursor).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, editor.viewport().mapToGlobal(pos)
    )
    QApplication.sendEvent(editor.viewport(), event)
    menu = window.spelling.context_menu
    assert menu is not None
    qtbot.waitUntil(lambda: not actions(menu, "spellingSuggestionsPending"), timeout=10000)
    return menu


def actions(menu: QMenu, name: str) -> list[QAction]:
    return [a for a in menu.actions() if a.objectName() == name]


def test_misspelt_words_are_underlined_once_typed(qtbot: QtBot) -> None:
    window = ready_window(qtbot)
    type_text(qtbot, window.editor, "Helo wrold")
    # "wrold" is still being typed: no red line yet
    assert underlined(window.editor) == ["Helo"]
    type_text(qtbot, window.editor, " 안녕하새요 회의는 내일 오후 세시에 Python으로 ")
    assert underlined(window.editor) == ["Helo", "wrold", "안녕하새요"]
    # the underline is drawn, never part of the message
    html = window.editor.to_html()
    assert "underline" not in html
    assert "wave" not in html
    assert window.message().text == "Helo wrold 안녕하새요 회의는 내일 오후 세시에 Python으로 "


def test_the_subject_is_checked(qtbot: QtBot) -> None:
    window = ready_window(qtbot)
    type_text(qtbot, window.header.subject, "Metting agenda 회으 ")
    assert [w.text for w in window.spelling.subject.words()] == ["Metting", "회으"]


def test_addresses_links_and_placeholders_are_not_flagged(qtbot: QtBot) -> None:
    window = ready_window(qtbot)
    window.editor.setPlainText(
        "Dear {{ naem }}, see https://exmaple.com/xqzt or www.exmaple.org, "
        "write to kimm@exmaple.com or <leee@exmpl.kr>. {% iff vip %}Thanks{% endif %}\n"
        "ASAP KPIs v2 file_name Wrngword"
    )
    qtbot.waitUntil(lambda: window.spelling.highlighter.pending() == 0)
    assert underlined(window.editor) == ["Wrngword"]


def test_suggestions_replace_the_word(qtbot: QtBot) -> None:
    window = ready_window(qtbot)
    type_text(qtbot, window.editor, "Thank you for the wonderfull day. ")
    menu = context_menu(qtbot, window, "wonderfull")
    suggestions = [a.text() for a in actions(menu, "spellingSuggestion")]
    assert "wonderful" in suggestions
    next(a for a in actions(menu, "spellingSuggestion") if a.text() == "wonderful").trigger()
    menu.close()
    assert window.editor.toPlainText() == "Thank you for the wonderful day. "
    assert underlined(window.editor) == []


def test_korean_suggestions(qtbot: QtBot) -> None:
    window = ready_window(qtbot)
    type_text(qtbot, window.editor, "여러분 안녕하새요 ")
    menu = context_menu(qtbot, window, "안녕하새요")
    assert "안녕하세요" in [a.text() for a in actions(menu, "spellingSuggestion")]


def test_add_to_dictionary_persists(qtbot: QtBot, composer_home: Path) -> None:
    window = ready_window(qtbot)
    type_text(qtbot, window.editor, "Our Composr app and Composr again. ")
    assert underlined(window.editor) == ["Composr", "Composr"]
    menu = context_menu(qtbot, window, "Composr")
    (add,) = actions(menu, "spellingAdd")
    add.trigger()
    menu.close()
    qtbot.waitUntil(lambda: underlined(window.editor) == [])

    def saved() -> bool:
        found = next(composer_home.rglob("dictionary.txt"), None)
        return found is not None and found.read_text(encoding="utf-8") == "Composr\n"

    qtbot.waitUntil(saved)
    window.close()
    # a new session (as after a restart) reads it back
    again = ready_window(qtbot)
    type_text(qtbot, again.editor, "Composr ")
    assert underlined(again.editor) == []
    assert again.services.spelling is not window.services.spelling


def test_ignore_is_for_this_message_only(qtbot: QtBot) -> None:
    window = ready_window(qtbot)
    type_text(qtbot, window.editor, "Sincerly yours ")
    menu = context_menu(qtbot, window, "Sincerly")
    (ignore,) = actions(menu, "spellingIgnore")
    ignore.trigger()
    menu.close()
    qtbot.waitUntil(lambda: underlined(window.editor) == [])
    other = window.new_window()
    qtbot.addWidget(other)
    other.editor.setFocus()
    type_text(qtbot, other.editor, "Sincerly ")
    assert underlined(other.editor) == ["Sincerly"]


def test_language_follows_the_text_and_can_be_chosen(qtbot: QtBot) -> None:
    window = ready_window(qtbot)
    window.editor.setPlainText("안녕하세요. 내일 회의는 오후 세시에 본관 회의실에서 열립니다.")
    qtbot.waitUntil(lambda: window.spelling.language() == "ko_KR", timeout=5000)
    window.editor.setPlainText("Hello all, the meeting is tomorrow at three in the main room.")
    qtbot.waitUntil(lambda: window.spelling.language() == "en_US", timeout=5000)
    window.spelling._fill_language_menu()
    labels = [a.text() for a in window.spelling.language_menu.actions()]
    assert labels == ["Automatic (English (US))", "English (US)", "Korean"]
    window.spelling.language_menu.actions()[2].trigger()
    assert window.spelling.choice == "ko_KR"
    assert window.spelling.language() == "ko_KR"


def test_a_long_message_is_checked_in_slices(qtbot: QtBot) -> None:
    window = ready_window(qtbot)
    paragraph = "The quick brown fox jumps over the lazy dog, 빠른 갈색 여우가 게으른 개를 넘는다. "
    text = "\n".join(paragraph * 5 + f"Mispelt{i}x Wordd" for i in range(300))
    window.editor.setPlainText(text)
    # The load itself checks only what fits in one slice; the rest follows between events.
    assert window.spelling.highlighter.pending() > 0
    qtbot.waitUntil(lambda: window.spelling.highlighter.pending() == 0, timeout=20000)
    assert underlined(window.editor) == ["Wordd"] * 300


def test_underlining_is_not_a_change_of_the_message(qtbot: QtBot) -> None:
    window = ready_window(qtbot)
    window.load_message(
        ComposedMessage(subject="Hi", text="\n".join(["Helo wrold, 안녕하새요."] * 400))
    )
    changes: list[None] = []
    window.editor.textChanged.connect(lambda: changes.append(None))
    assert window.spelling.highlighter.pending() > 0
    qtbot.waitUntil(lambda: window.spelling.highlighter.pending() == 0, timeout=20000)
    assert len(underlined(window.editor)) == 1200
    assert changes == []
    assert not window.drafts._dirty  # nothing to save: only underlines were drawn


def test_check_spelling_before_sending(
    qtbot: QtBot, smtp_server: SMTPTestServer, composer_home: Path
) -> None:
    window = ready_window(qtbot, smtp_profile(smtp_server.port))
    window.spelling.before_action.trigger()
    qtbot.keyClicks(window.header.fields["to"], "lee@example.com")
    type_text(qtbot, window.header.subject, "Reprot")
    window.editor.setFocus()
    type_text(qtbot, window.editor, "The numbres are in. ")
    qtbot.keyClick(window.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    box = window.findChild(QMessageBox, "spellingReminder")
    assert box is not None
    assert box.isVisible()
    assert "Reprot, numbres" in box.text()
    assert smtp_server.messages == []
    review = next(b for b in box.buttons() if b.text() == "Review")
    review.click()
    assert window.header.subject.selectedText() == "Reprot"

    # the choice is remembered for the next session
    def saved() -> bool:
        path = next(composer_home.rglob("settings.toml"), None)
        return path is not None and tomllib.loads(path.read_text())["spelling"]["before_sending"]

    qtbot.waitUntil(saved)
    window.sending.send()
    box = window.sending.reminder
    assert isinstance(box, QMessageBox)
    anyway = next(b for b in box.buttons() if b.text() == "Send anyway")
    with qtbot.waitSignal(window.send_finished, timeout=20000) as blocker:
        anyway.click()
    assert blocker.args[0].status is SendStatus.SENT
    (received,) = smtp_server.messages
    assert parse(received.data)["Subject"] == "Reprot"


def test_checking_can_be_switched_off(qtbot: QtBot) -> None:
    window = ready_window(qtbot)
    type_text(qtbot, window.editor, "Helo ")
    assert underlined(window.editor) == ["Helo"]
    window.spelling.as_you_type_action.trigger()
    qtbot.waitUntil(lambda: underlined(window.editor) == [])


def test_send_anyway_after_send_later_still_asks_when(
    qtbot: QtBot, smtp_server: SMTPTestServer
) -> None:
    from composer.ui.compose.send_later import SendLaterDialog

    window = ready_window(qtbot, smtp_profile(smtp_server.port))
    window.spelling.before_action.trigger()
    qtbot.keyClicks(window.header.fields["to"], "lee@example.com")
    type_text(qtbot, window.header.subject, "Reprot")
    assert window.sending.send_later() is None  # the spelling question comes first
    box = window.sending.reminder
    assert isinstance(box, QMessageBox)
    next(b for b in box.buttons() if b.text() == "Send anyway").click()
    qtbot.waitUntil(lambda: window.findChild(SendLaterDialog) is not None)
    dialog = window.findChild(SendLaterDialog)
    assert dialog is not None
    assert dialog.isVisible()
    assert window.services.outbox.items() == []  # nothing queued, nothing sent: it asks when
    assert smtp_server.messages == []
    dialog.reject()
