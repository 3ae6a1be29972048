"""Tools ▸ Spelling ▸ Check spelling before sending: the question asked before a send.

When the option is on and the subject or the body has misspelt words, the send waits and
the user chooses: review them (the first one is selected in the text) or send anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from composer.compose.spelling.tokens import words

if TYPE_CHECKING:
    from composer.ui.compose.window import ComposeWindow

__all__ = ["ask_about_spelling"]

_SHOWN = 8


class SpellingCheck(QObject):
    """The question, worded in the window's language."""

    def ask(self, window: ComposeWindow, send_anyway: Callable[[], None]) -> bool:
        spelling = window.spelling
        if not spelling.service.settings.spell_check_before_sending:
            return False
        misspelt = spelling.misspelt_words()
        if not misspelt:
            return False
        shown = ", ".join(misspelt[:_SHOWN]) + (" …" if len(misspelt) > _SHOWN else "")
        count = len(misspelt)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Check spelling"),
            self.tr("%n word(s) may be misspelt: {words}", "", count).format(words=shown),
            QMessageBox.StandardButton.NoButton,
            window,
        )
        box.setObjectName("spellingReminder")
        box.setInformativeText(self.tr("Review them first, or send the message as it is."))
        review = box.addButton(self.tr("Review"), QMessageBox.ButtonRole.RejectRole)
        anyway = box.addButton(self.tr("Send anyway"), QMessageBox.ButtonRole.DestructiveRole)
        review.clicked.connect(lambda: _select_first(window, misspelt[0]))
        anyway.clicked.connect(send_anyway)
        window.sending.reminder = box
        box.open()
        return True


def ask_about_spelling(window: ComposeWindow, send_anyway: Callable[[], None]) -> bool:
    """Ask before sending when the option is on and words are misspelt; True when asked
    (the send waits for the answer: *send_anyway* is called to go on)."""
    return SpellingCheck(window).ask(window, send_anyway)


def _select_first(window: ComposeWindow, word: str) -> None:
    """Select the first misspelt *word*: in the subject, else in the body."""
    subject = window.header.subject
    for found in words(subject.text()):
        if found.text == word:
            subject.setFocus()
            subject.setSelection(found.start, found.end - found.start)
            return
    block = window.editor.document().begin()
    while block.isValid():
        for found in words(block.text()):
            if found.text == word:
                cursor = QTextCursor(block)
                cursor.setPosition(block.position() + found.start)
                cursor.setPosition(block.position() + found.end, QTextCursor.MoveMode.KeepAnchor)
                window.editor.setTextCursor(cursor)
                window.editor.setFocus()
                return
        block = block.next()
