"""Red wavy lines under misspelt words of a text document, without ever holding up typing.

:class:`SpellHighlighter` is a :class:`QSyntaxHighlighter`: Qt asks it to format each block
(paragraph) that changed, and the formats are drawn, never written into the message (the
HTML and the text sent are untouched). Typing changes one block, whose words are nearly all
cached: the underline appears within the keystroke. A large change (opening a long message,
pasting a chapter, switching the language) makes Qt ask for every block at once; the
highlighter then works only until its time budget for that change is spent and marks the
other blocks dirty. A zero timer takes them up in slices of the same budget,
visible blocks first, so the window keeps painting and taking keys in between.

The word being typed (ending at the cursor) is not marked until the cursor leaves it: a
red line under "helo" while "hello" is on its way only distracts.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextBlock, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from composer.compose.spelling.checker import Spelling
from composer.compose.spelling.tokens import Word, words

__all__ = ["BUDGET_S", "SpellHighlighter"]

#: The most the highlighter works in one turn of the event loop: well under a 16 ms frame.
BUDGET_S = 0.004


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines misspelt words of *editor*'s document.

    *language* gives the message's language when asked (it may change at any time: call
    :meth:`rehighlight` after), *ignored* the words this message ignores.
    """

    def __init__(
        self,
        editor: QTextEdit,
        spelling: Callable[[], Spelling | None],
        language: Callable[[], str],
        ignored: set[str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else editor)
        self._editor = editor
        self._spelling = spelling
        self._language = language
        self._ignored = ignored
        self.enabled = True
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._format.setUnderlineColor(QColor("#d32f2f"))
        self._deadline = 0.0
        self._own_pass = False  # a rehighlight of ours, not an edit: nothing is being typed
        self._held: QTextCursor | None = None  # the end of the word being typed
        self._dirty: list[QTextCursor] = []
        self._worker = QTimer(self)
        self._worker.setSingleShot(True)
        self._worker.setInterval(0)
        self._worker.timeout.connect(self._work)
        editor.cursorPositionChanged.connect(self._on_editor_cursor_position_changed)
        # Connected before setDocument, so it runs before Qt asks for the changed blocks:
        # each change of the text (a keystroke, a paste) gets one budget.
        editor.document().contentsChange.connect(self._on_document_contents_change)
        self.setDocument(editor.document())

    # --- what others ask --------------------------------------------------------------------
    def misspelt_in_block(self, block: QTextBlock) -> list[Word]:
        """The misspelt words of *block* (checked now, whatever the budget)."""
        spelling = self._spelling()
        if spelling is None or not self.enabled:
            return []
        return [w for w in words(block.text()) if not self._is_right(spelling, w, None)]

    def is_misspelt(self, word: Word) -> bool:
        spelling = self._spelling()
        return spelling is not None and self.enabled and not self._is_right(spelling, word, None)

    def refresh_word(self, word: str) -> None:
        """Redraw the blocks that contain *word* (added to the dictionary, or ignored)."""
        block = self.document().begin()
        while block.isValid():
            if word in block.text():
                self._mark_dirty(block)
            block = block.next()
        self._worker.start()

    def refresh(self) -> None:
        """Redraw everything (the language changed, the dictionaries arrived), in slices."""
        block = self.document().begin()
        self._dirty.clear()
        while block.isValid():
            self._mark_dirty(block)
            block = block.next()
        self._worker.start()

    def pending(self) -> int:
        """How many blocks still wait to be checked."""
        return len(self._dirty)

    # --- QSyntaxHighlighter -----------------------------------------------------------------
    def highlightBlock(self, text: str) -> None:
        spelling = self._spelling()
        if spelling is None or not self.enabled or not text:
            return
        block = self.currentBlock()
        if time.perf_counter() > self._deadline:
            self._mark_dirty(block)
            self._worker.start()
            return
        held_at = self._held_position(block)
        unfinished = False
        for word in words(text):
            right = self._is_right(spelling, word, self._deadline)
            if right is None:
                unfinished = True
            elif not right and word.end != held_at:
                self.setFormat(word.start, word.end - word.start, self._format)
        if unfinished:
            self._mark_dirty(block)
            self._worker.start()

    def _is_right(self, spelling: Spelling, word: Word, deadline: float | None) -> bool | None:
        """True/False, or None when the word is not cached and *deadline* has passed."""
        if word.text in self._ignored:
            return True
        language = spelling.route(self._language(), word.script)
        known = spelling.verdict(language, word.text)
        if known is not None:
            return known
        if deadline is not None and time.perf_counter() > deadline:
            return None
        return spelling.check(language, word.text)

    # --- the word being typed ---------------------------------------------------------------
    def _held_position(self, block: QTextBlock) -> int:
        """Where, in *block*, a word being typed ends (-1: none)."""
        if self._own_pass or not self._editor.hasFocus():
            return -1
        cursor = self._editor.textCursor()
        if cursor.hasSelection() or cursor.block() != block:
            return -1
        self._held = QTextCursor(cursor)
        return cursor.positionInBlock()

    def _on_editor_cursor_position_changed(self) -> None:
        held = self._held
        if held is None:
            return
        cursor = self._editor.textCursor()
        if cursor.position() == held.position() and cursor.block() == held.block():
            return  # still typing that word
        self._held = None
        if held.block().isValid():
            self._rehighlight_own(held.block())

    # --- slices -----------------------------------------------------------------------------
    def _on_document_contents_change(self, _position: int, _removed: int, _added: int) -> None:
        self._deadline = time.perf_counter() + BUDGET_S

    def _mark_dirty(self, block: QTextBlock) -> None:
        cursor = QTextCursor(block)
        self._dirty.append(cursor)

    def _rehighlight_own(self, block: QTextBlock) -> None:
        # Qt reports new formats as a change of the text (textChanged): the message has not
        # changed, and a draft save or an "unsaved" mark for an underline would be wrong.
        self._own_pass = True
        blocked = self._editor.blockSignals(True)
        try:
            self.rehighlightBlock(block)
        finally:
            self._editor.blockSignals(blocked)
            self._own_pass = False

    def _visible_span(self) -> tuple[int, int]:
        viewport = self._editor.viewport()
        top = self._editor.cursorForPosition(viewport.rect().topLeft()).blockNumber()
        bottom = self._editor.cursorForPosition(viewport.rect().bottomRight()).blockNumber()
        return top, bottom

    def _work(self) -> None:
        """Check dirty blocks, visible ones first, until this turn's budget is spent."""
        if not self._dirty:
            return
        self._deadline = time.perf_counter() + BUDGET_S
        top, bottom = self._visible_span()
        todo = self._dirty
        todo.sort(key=lambda c: (not top <= c.blockNumber() <= bottom, c.position()))
        self._dirty = []
        done: set[int] = set()
        index = 0
        # The first block is always checked, so every slice makes progress.
        while index < len(todo) and (index == 0 or time.perf_counter() < self._deadline):
            block = todo[index].block()
            index += 1
            if not block.isValid() or block.blockNumber() in done:
                continue
            done.add(block.blockNumber())
            if index == 1:
                self._deadline = max(self._deadline, time.perf_counter() + BUDGET_S)
            self._rehighlight_own(block)
        self._dirty.extend(todo[index:])
        if self._dirty:
            self._worker.start()
