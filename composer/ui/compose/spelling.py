"""Spell checking in the compose window: the subject and the body, as you type.

:class:`SpellService` is shared by the windows of a session: it opens the dictionaries off
the GUI thread once, keeps the user's added words (saved off the GUI thread) and the
settings. :class:`ComposeSpelling` is one window's part: the body's highlighter, the
subject's underliner, the context menu (suggestions, "Add to dictionary", "Ignore"), the
message's language (Automatic follows the text; the interface language until there is
enough of it) and Tools ▸ Spelling. The logic without Qt is :mod:`composer.compose.spelling`.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QTextCursor
from PySide6.QtWidgets import QLineEdit, QMenu

from composer.compose.spelling.checker import Spelling
from composer.compose.spelling.detect import detect_language
from composer.compose.spelling.dictionaries import language_label
from composer.compose.spelling.tokens import Word, words
from composer.storage import appsettings
from composer.ui.compose.session_tasks import finish_before_quit
from composer.ui.compose.spell_highlighter import SpellHighlighter
from composer.ui.compose.spell_line import LineUnderliner
from composer.ui.tasks import Task, TaskFailure, TaskRunner
from composer.ui.translations import current_language

if TYPE_CHECKING:
    from composer.ui.compose.window import ComposeWindow

__all__ = ["AUTOMATIC", "ComposeSpelling", "SpellService"]

log = logging.getLogger(__name__)

AUTOMATIC = "auto"
_DETECT_DELAY_MS = 800


class SpellService(QObject):
    """The session's dictionaries and spelling settings.

    Signals:
        ready(): the dictionaries are open; windows check their text.
        word_added(str): a word now counts as spelt right everywhere.
        settings_changed(): checking was switched on or off.
    """

    ready = Signal()
    word_added = Signal(str)
    settings_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.spelling = Spelling()
        self.settings = appsettings.load()
        self._runner = TaskRunner(self, max_threads=1)
        finish_before_quit(self._runner)
        self._started = False
        self._ready = False

    def start(self) -> None:
        """Open the dictionaries in the background (once)."""
        if self._started:
            return
        self._started = True
        spelling, ui_language = self.spelling, current_language()
        task = self._runner.submit(
            lambda _ctx: spelling.load(spelling.default_languages(ui_language)),
            "open-dictionaries",
        )
        task.succeeded.connect(self._on_load_succeeded)
        task.failed.connect(self._on_load_failed)

    def is_ready(self) -> bool:
        return self._ready

    def checker(self) -> Spelling | None:
        """The spelling session once ready and switched on, else None."""
        return self.spelling if self._ready and self.settings.spell_check else None

    def ensure_language(self, language: str) -> None:
        """Open *language* too, if it is not open yet (then :attr:`ready` again)."""
        if language in self.spelling.loaded():
            return
        spelling = self.spelling
        task = self._runner.submit(lambda _ctx: spelling.load([language]), "open-dictionary")
        task.succeeded.connect(self._on_load_succeeded)
        task.failed.connect(self._on_load_failed)

    def suggest(self, language: str | None, word: str) -> Task[list[str]]:
        """Corrections for *word*, found in the background."""
        spelling = self.spelling
        return self._runner.submit(
            lambda _ctx: spelling.suggest(language, word), "spelling-suggestions"
        )

    def add_word(self, word: str) -> None:
        """ "Add to dictionary": counts at once, saved in the background."""
        self.spelling.add(word)
        personal = self.spelling.personal
        task = self._runner.submit(lambda _ctx: personal.save(), "save-personal-dictionary")
        task.failed.connect(self._on_save_failed)
        self.word_added.emit(word)

    def set_options(self, *, as_you_type: bool | None = None, before: bool | None = None) -> None:
        """Switch checking as you type / before sending on or off, and remember it."""

        def changed(settings: appsettings.AppSettings) -> appsettings.AppSettings:
            if as_you_type is not None:
                settings = dataclasses.replace(settings, spell_check=as_you_type)
            if before is not None:
                settings = dataclasses.replace(settings, spell_check_before_sending=before)
            return settings

        self.settings = changed(self.settings)
        # Read the file again there: the interface language may have changed meanwhile.
        task = self._runner.submit(
            lambda _ctx: appsettings.save(changed(appsettings.load())), "save-spelling-settings"
        )
        task.failed.connect(self._on_save_failed)
        self.settings_changed.emit()

    def _on_load_succeeded(self, missing: list[str]) -> None:
        if missing:
            log.warning("Spelling dictionaries not installed: %s", ", ".join(missing))
        self._ready = True
        self.ready.emit()

    def _on_load_failed(self, failure: TaskFailure) -> None:
        log.warning("Could not open the spelling dictionaries: %s", failure.message)

    def _on_save_failed(self, failure: TaskFailure) -> None:
        log.warning("Could not save spelling data: %s", failure.message)


class ComposeSpelling(QObject):
    """One compose window's spell checking (see the module docstring).

    Signals:
        language_chosen: the user chose the message's language (its draft is saved again).
    """

    language_chosen = Signal()

    def __init__(self, window: ComposeWindow, service: SpellService) -> None:
        super().__init__(window)
        self.window = window
        self.service = service
        self.choice = AUTOMATIC  # or a dictionary's tag
        self._detected: str | None = None
        self.ignored: set[str] = set()
        self.highlighter = SpellHighlighter(
            window.editor, service.checker, self.language, self.ignored, self
        )
        self.subject = LineUnderliner(window.header.subject, self._misspelt_in)
        self._detector = QTimer(self)
        self._detector.setSingleShot(True)
        self._detector.setInterval(_DETECT_DELAY_MS)
        self._detector.timeout.connect(self._detect)
        window.editor.setContextMenuPolicy(window.editor.contextMenuPolicy().CustomContextMenu)
        window.editor.customContextMenuRequested.connect(self._on_editor_context_menu)
        window.header.subject.setContextMenuPolicy(
            window.header.subject.contextMenuPolicy().CustomContextMenu
        )
        window.header.subject.customContextMenuRequested.connect(self._on_subject_context_menu)
        window.editor.textChanged.connect(self._detector.start)
        service.ready.connect(self._on_service_ready)
        service.word_added.connect(self._on_service_word_added)
        service.settings_changed.connect(self._on_service_settings_changed)
        self.menu: QMenu | None = None
        self.context_menu: QMenu | None = None
        if service.is_ready():
            QTimer.singleShot(0, self._on_service_ready)
        service.start()

    # --- the message's language --------------------------------------------------------
    def language(self) -> str:
        """The dictionary this message is checked with (for words of its script)."""
        if self.choice != AUTOMATIC:
            return self.choice
        if self._detected is not None:
            return self._detected
        spelling = self.service.spelling
        ui = current_language()
        for tag in spelling.loaded():
            if tag.split("_")[0] == ui:
                return tag
        return next(iter(spelling.loaded()), "en_US")

    def set_language(self, choice: str) -> None:
        """Check this message in *choice* (a dictionary's tag, or :data:`AUTOMATIC`)."""
        self.choice = choice
        if choice != AUTOMATIC:
            self.service.ensure_language(choice)
        else:
            self._detect(refresh=False)
        self._refresh()

    def kept_language(self) -> str:
        """The language the user chose for this message, as its draft keeps it ("": automatic)."""
        return "" if self.choice == AUTOMATIC else self.choice

    def keep_language(self, tag: str) -> None:
        """Check a message opened again (a draft, from the Outbox) in its kept language."""
        if (tag or AUTOMATIC) != self.choice:
            self.set_language(tag or AUTOMATIC)

    def _choose_language(self, choice: str) -> None:
        self.set_language(choice)
        self.language_chosen.emit()

    def _detect(self, refresh: bool = True) -> None:
        if self.choice != AUTOMATIC or not self.service.is_ready():
            return
        found = detect_language(self.window.editor.toPlainText(), self.service.spelling)
        if found is not None and found != self._detected:
            self._detected = found
            if refresh:
                self._refresh()

    # --- checking ------------------------------------------------------------------------
    def misspelt_words(self) -> list[str]:
        """Every misspelt word of the subject and the body, once each, in order (the
        check before sending)."""
        checker = self.service.spelling if self.service.is_ready() else None
        if checker is None:
            return []
        found: list[str] = []
        for text in (self.window.header.subject.text(), self.window.editor.toPlainText()):
            for word in checker.misspelt(self.language(), text):
                if word.text not in self.ignored and word.text not in found:
                    found.append(word.text)
        return found

    def _misspelt_in(self, text: str) -> list[Word]:
        return [w for w in words(text) if self.highlighter.is_misspelt(w)]

    def _refresh(self) -> None:
        self.highlighter.refresh()
        self.subject.update_words()

    def _on_service_ready(self) -> None:
        self._detect(refresh=False)
        self._refresh()

    def _on_service_word_added(self, word: str) -> None:
        self.highlighter.refresh_word(word)
        self.subject.update_words()

    def _on_service_settings_changed(self) -> None:
        self.highlighter.enabled = self.service.settings.spell_check
        self._refresh()
        if self.menu is not None:
            self._sync_menu()

    # --- context menus -------------------------------------------------------------------
    def _word_at(self, text: str, position: int) -> Word | None:
        for word in words(text):
            if word.start <= position <= word.end:
                return word if self.highlighter.is_misspelt(word) else None
        return None

    def _on_editor_context_menu(self, pos: QPoint) -> None:
        editor = self.window.editor
        menu = editor.createStandardContextMenu(pos)
        cursor = editor.cursorForPosition(pos)
        block = cursor.block()
        word = self._word_at(block.text(), cursor.positionInBlock())
        if word is not None:

            def replace(choice: str, w: Word = word) -> None:
                edit = QTextCursor(block)
                edit.setPosition(block.position() + w.start)
                edit.setPosition(block.position() + w.end, QTextCursor.MoveMode.KeepAnchor)
                edit.insertText(choice)

            self._add_spelling_actions(menu, word, replace)
        menu.setObjectName("editorContextMenu")
        menu.popup(editor.viewport().mapToGlobal(pos))
        self.context_menu = menu

    def _on_subject_context_menu(self, pos: QPoint) -> None:
        field: QLineEdit = self.window.header.subject
        menu = field.createStandardContextMenu()
        word = self._word_at(field.text(), field.cursorPositionAt(pos))
        if word is not None:

            def replace(choice: str, w: Word = word) -> None:
                field.setSelection(w.start, w.end - w.start)
                field.insert(choice)

            self._add_spelling_actions(menu, word, replace)
        menu.setObjectName("subjectContextMenu")
        menu.popup(field.mapToGlobal(pos))
        self.context_menu = menu

    def _add_spelling_actions(
        self, menu: QMenu, word: Word, replace: Callable[[str], None]
    ) -> None:
        """Suggestions (found in the background), Add to dictionary, Ignore, at the top."""
        first = menu.actions()[0] if menu.actions() else menu.addSeparator()
        waiting = QAction(self.tr("Looking for suggestions…"), menu)
        waiting.setObjectName("spellingSuggestionsPending")
        waiting.setEnabled(False)
        add = QAction(self.tr("Add “{word}” to dictionary").format(word=word.text), menu)
        add.setObjectName("spellingAdd")
        ignore = QAction(self.tr("Ignore “{word}” in this message").format(word=word.text), menu)
        ignore.setObjectName("spellingIgnore")
        menu.insertAction(first, waiting)
        menu.insertSeparator(first)
        menu.insertAction(first, add)
        menu.insertAction(first, ignore)
        menu.insertSeparator(first)
        add.triggered.connect(lambda: self.service.add_word(word.text))
        ignore.triggered.connect(lambda: self._ignore(word.text))
        language = self.service.spelling.route(self.language(), word.script)
        task = self.service.suggest(language, word.text)

        def show(suggestions: list[str]) -> None:
            if not suggestions:
                waiting.setText(self.tr("No suggestions"))
                return
            for choice in suggestions:
                action = QAction(choice, menu)
                action.setObjectName("spellingSuggestion")
                action.triggered.connect(lambda _=False, c=choice: replace(c))
                menu.insertAction(waiting, action)
            menu.removeAction(waiting)

        task.succeeded.connect(show)

    def _ignore(self, word: str) -> None:
        self.ignored.add(word)
        self.highlighter.refresh_word(word)
        self.subject.update_words()

    # --- Tools ▸ Spelling ------------------------------------------------------------------
    def build_menu(self, tools: QMenu) -> QMenu:
        menu = tools.addMenu(self.tr("&Spelling"))
        menu.setObjectName("spellingMenu")
        self.as_you_type_action = menu.addAction(self.tr("Check spelling as you &type"))
        self.as_you_type_action.setCheckable(True)
        self.as_you_type_action.toggled.connect(lambda on: self.service.set_options(as_you_type=on))
        self.before_action = menu.addAction(self.tr("Check spelling before &sending"))
        self.before_action.setCheckable(True)
        self.before_action.toggled.connect(lambda on: self.service.set_options(before=on))
        self.language_menu = menu.addMenu(self.tr("&Language of this message"))
        self.language_menu.aboutToShow.connect(self._fill_language_menu)
        self.menu = menu
        self._sync_menu()
        return menu

    def _sync_menu(self) -> None:
        for action, on in (
            (self.as_you_type_action, self.service.settings.spell_check),
            (self.before_action, self.service.settings.spell_check_before_sending),
        ):
            action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(False)

    def _fill_language_menu(self) -> None:
        menu = self.language_menu
        menu.clear()
        group = QActionGroup(menu)
        automatic = self.tr("Automatic")
        if self.choice == AUTOMATIC:
            automatic = self.tr("Automatic ({language})").format(
                language=language_label(self.language())
            )
        choices = [(AUTOMATIC, automatic)] + [
            (tag, language_label(tag)) for tag in self.service.spelling.available()
        ]
        for tag, label in choices:
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(tag == self.choice)
            action.setData(tag)
            group.addAction(action)
            action.triggered.connect(lambda _=False, t=tag: self._choose_language(t))
