"""File ▸ Save as template…, File ▸ New from template, File ▸ Manage templates….

The templates live in :class:`~composer.compose.templates.TemplateStore`; every read and
write runs off the GUI thread (the list of names is refreshed in the background after each
change). A message started from a template opens in this window when it is untouched, else
in a new one; its ``{{ placeholders }}`` are ready for Tools ▸ Mail merge.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QListWidget,
    QMenu,
    QPushButton,
    QVBoxLayout,
)

from composer.compose.message import ComposedMessage
from composer.compose.templates import TemplateStore
from composer.errors import ComposerError, UserMessage
from composer.ui.compose.session_tasks import run_for_session
from composer.ui.tasks import TaskFailure

if TYPE_CHECKING:
    from composer.ui.compose.window import ComposeWindow

__all__ = ["ComposeTemplates"]


class ComposeTemplates(QObject):
    """One compose window's template actions."""

    def __init__(self, window: ComposeWindow, store: TemplateStore | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.store = store if store is not None else TemplateStore()
        self.names: list[str] = []
        self.menu: QMenu | None = None
        self.manager: TemplateManager | None = None
        self.refresh()

    def refresh(self) -> None:
        store = self.store
        task = run_for_session(store.names, "list-templates")
        task.succeeded.connect(self._on_names)

    def _on_names(self, names: list[str]) -> None:
        self.names = names
        if self.manager is not None:
            self.manager.show_names(names)

    # --- File ▸ Save as template… ----------------------------------------------------------
    def ask_save(self) -> QInputDialog:
        dialog = QInputDialog(self.window)
        dialog.setObjectName("templateNameDialog")
        dialog.setWindowTitle(self.tr("Save as template"))
        dialog.setLabelText(self.tr("Template name (attachments are kept with it):"))
        dialog.setTextValue(self.window.header.subject.text().strip())
        dialog.textValueSelected.connect(self.save)
        dialog.open()
        return dialog

    def save(self, name: str) -> None:
        """Keep the message as written as the template *name* (in the background)."""
        msg = self.window.message()
        store = self.store
        task = run_for_session(lambda: store.save(name, msg), "save-template")
        task.succeeded.connect(lambda _p: self._say(self.tr("Template “{name}” saved."), name))
        task.failed.connect(self._on_failed)
        task.finished.connect(self.refresh)

    # --- File ▸ New from template -------------------------------------------------------
    def build_menu(self, menu: QMenu, before: QAction) -> QMenu:
        self.menu = QMenu(self.tr("New from te&mplate"), menu)
        menu.insertMenu(before, self.menu)
        self.menu.setObjectName("templatesMenu")
        self.menu.aboutToShow.connect(self._fill_menu)
        return self.menu

    def _fill_menu(self) -> None:
        assert self.menu is not None
        self.menu.clear()
        if not self.names:
            empty = self.menu.addAction(self.tr("No templates yet (File ▸ Save as template…)"))
            empty.setEnabled(False)
        for name in self.names:
            action = self.menu.addAction(name)
            action.triggered.connect(lambda _=False, n=name: self.start_from(n))

    def start_from(self, name: str) -> None:
        """A new message from the template *name* (read in the background)."""
        store = self.store
        task = run_for_session(lambda: store.load(name), "open-template")
        task.succeeded.connect(self._on_template_loaded)
        task.failed.connect(self._on_failed)

    def _on_template_loaded(self, msg: ComposedMessage) -> None:
        window = self.window
        if window.is_untouched():
            window.load_message(msg)
        else:
            window.new_window(msg)

    # --- File ▸ Manage templates… ---------------------------------------------------------
    def manage(self) -> TemplateManager:
        if self.manager is None:
            self.manager = TemplateManager(self)
        self.manager.show_names(self.names)
        self.manager.show()
        self.refresh()
        return self.manager

    def delete(self, name: str) -> None:
        store = self.store
        task = run_for_session(lambda: store.delete(name), "delete-template")
        task.failed.connect(self._on_failed)
        task.finished.connect(self.refresh)

    def rename(self, old: str, new: str) -> None:
        store = self.store
        task = run_for_session(lambda: store.rename(old, new), "rename-template")
        task.failed.connect(self._on_failed)
        task.finished.connect(self.refresh)

    def _say(self, text: str, name: str) -> None:
        self.window.statusBar().showMessage(text.format(name=name), 5000)

    def _on_failed(self, failure: TaskFailure) -> None:
        exc = failure.exception
        if isinstance(exc, ComposerError):
            message = exc.message
        else:
            message = UserMessage(
                self.tr("The template could not be read or saved ({reason}).").format(
                    reason=failure.message
                ),
                self.tr("Check that the attached files are still there, then try again."),
                failure.traceback,
            )
        self.window.send_panel.show_problem(message)


class TemplateManager(QDialog):
    """The templates, to open, rename or delete."""

    def __init__(self, templates: ComposeTemplates) -> None:
        super().__init__(templates.window)
        self.setObjectName("templateManager")
        self.setWindowTitle(self.tr("Templates"))
        self.templates = templates
        self.list = QListWidget(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = QPushButton(self.tr("New message from it"), self)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        for button in (self.open_button, self.rename_button, self.delete_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.close)
        self.open_button.clicked.connect(lambda: self._with_current(templates.start_from))
        self.delete_button.clicked.connect(lambda: self._with_current(templates.delete))
        self.rename_button.clicked.connect(lambda: self._with_current(self._ask_rename))

    def show_names(self, names: list[str]) -> None:
        self.list.clear()
        self.list.addItems(names)
        for button in (self.open_button, self.rename_button, self.delete_button):
            button.setEnabled(bool(names))

    def _with_current(self, action: object) -> None:
        item = self.list.currentItem() or self.list.item(0)
        if item is not None and callable(action):
            action(item.text())

    def _ask_rename(self, old: str) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Rename template"))
        dialog.setLabelText(self.tr("New name:"))
        dialog.setTextValue(old)
        dialog.textValueSelected.connect(lambda new: self.templates.rename(old, new))
        dialog.open()
