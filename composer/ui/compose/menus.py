"""The compose window's menus, their actions and keyboard shortcuts.

Every action gets a slot that takes no argument from the signal: ``triggered`` passes
``checked``, and a method with an optional parameter (``new_window(message=None)``) would
receive that ``False`` as its argument. Shortcuts use the platform's standard keys where
Qt has them (:mod:`composer.ui.window_keys`); the others are chosen so that no two actions
of one window share a key (a shared key fires neither, Qt only logs "Ambiguous shortcut
overload").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from composer.ui.compose.signature_dialog import edit_signature
from composer.ui.contacts.window import show_address_book
from composer.ui.icons import IconName, set_icon
from composer.ui.widgets.printing import ask_pdf_path, preview_print
from composer.ui.window_keys import standard_keys

if TYPE_CHECKING:
    from composer.ui.compose.window import ComposeWindow

StandardKey = QKeySequence.StandardKey
Shortcut = str | StandardKey | None


def _call(slot: Callable[[], object]) -> Callable[[], None]:
    """A slot that ignores the signal's arguments (``checked``)."""

    def run() -> None:
        slot()

    return run


def quit_application(window: ComposeWindow) -> None:
    """File ▸ Quit: close every compose window (each keeps its draft); Composer ends with
    the last. A window that is still sending stays open, and says why."""
    for other in list(window.services.windows):
        if not other.close():
            return
    app = QApplication.instance()
    if isinstance(app, QApplication) and not app.quitOnLastWindowClosed():
        app.quit()  # kept running in the tray (ui/tray.py): Quit still means quit


class _MenuBuilder:
    def __init__(self, window: ComposeWindow) -> None:
        self.window = window
        self.menus: dict[str, QMenu] = {}

    def action(
        self,
        menu_name: str,
        text: str,
        shortcut: Shortcut,
        slot: Callable[[], object] | None,
    ) -> QAction:
        menu = self.menus.get(menu_name)
        if menu is None:
            menu = self.window.menuBar().addMenu(menu_name)
            self.menus[menu_name] = menu
        action = QAction(text, self.window)
        menu.addAction(action)
        if isinstance(shortcut, StandardKey):
            action.setShortcuts(standard_keys(shortcut))
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(_call(slot))
        return action


def build_menus(window: ComposeWindow) -> None:
    """Create File, View and Tools with their actions, stored on *window*."""
    b = _MenuBuilder(window)
    file, view, tools = (
        QCoreApplication.translate("ComposeWindow", "&File"),
        QCoreApplication.translate("ComposeWindow", "&View"),
        QCoreApplication.translate("ComposeWindow", "&Tools"),
    )
    file_actions: tuple[tuple[str, Shortcut, Callable[[], object]], ...] = (
        (
            QCoreApplication.translate("ComposeWindow", "&New message"),
            StandardKey.New,
            window.new_window,
        ),
        (
            QCoreApplication.translate("ComposeWindow", "&Open…"),
            StandardKey.Open,
            window.files.choose_open,
        ),
        (
            QCoreApplication.translate("ComposeWindow", "Save &as…"),
            StandardKey.SaveAs,
            window.files.choose_save_as,
        ),
        (
            QCoreApplication.translate("ComposeWindow", "Save &draft"),
            StandardKey.Save,
            window.drafts.save_now,
        ),
        (
            QCoreApplication.translate("ComposeWindow", "Draf&ts…"),
            "Ctrl+Shift+D",
            window.side.show_drafts,
        ),
        (
            QCoreApplication.translate("ComposeWindow", "Disca&rd message…"),
            None,
            window.confirm_discard,
        ),
        (QCoreApplication.translate("ComposeWindow", "&Send"), "Ctrl+Return", window.send),
        (
            QCoreApplication.translate("ComposeWindow", "Send &later…"),
            "Ctrl+Shift+Return",
            window.send_later,
        ),
        (
            QCoreApplication.translate("ComposeWindow", "Attach &files…"),
            "Ctrl+Shift+A",
            window.attachments.choose_files,
        ),
        (QCoreApplication.translate("ComposeWindow", "&Close"), StandardKey.Close, window.close),
        (
            QCoreApplication.translate("ComposeWindow", "&Quit"),
            StandardKey.Quit,
            lambda: quit_application(window),
        ),
    )
    made = [b.action(file, text, key, slot) for text, key, slot in file_actions]
    file_menu = b.menus[file]
    before = made[4]  # Drafts…: the template entries go after Save draft
    window.templates.build_menu(file_menu, before)
    save_template = QAction(
        QCoreApplication.translate("ComposeWindow", "Save as temp&late…"), window
    )
    save_template.triggered.connect(_call(window.templates.ask_save))
    manage = QAction(QCoreApplication.translate("ComposeWindow", "Mana&ge templates…"), window)
    manage.triggered.connect(_call(window.templates.manage))
    file_menu.insertActions(before, [save_template, manage])
    send_action = made[6]
    print_action = QAction(QCoreApplication.translate("ComposeWindow", "&Print…"), window)
    print_action.setShortcuts(standard_keys(StandardKey.Print))
    print_action.triggered.connect(_call(lambda: preview_print(window, window.message())))
    pdf_action = QAction(QCoreApplication.translate("ComposeWindow", "Sa&ve as PDF…"), window)
    pdf_action.triggered.connect(
        _call(lambda: ask_pdf_path(window, window.message(), window.save_pdf))
    )
    file_menu.insertActions(send_action, [print_action, pdf_action])
    file_menu.insertSeparator(send_action)
    window.print_action, window.pdf_action = print_action, pdf_action
    file_menu.insertSeparator(before)
    window.save_template_action = save_template
    window.save_draft_action, window.send_action = made[3], made[6]
    window.send_later_action = made[7]
    window.attach_action, window.quit_action = made[8], made[10]
    window.view_actions = {}
    for key, label in (
        ("cc", QCoreApplication.translate("ComposeWindow", "&Cc")),
        ("bcc", QCoreApplication.translate("ComposeWindow", "&Bcc")),
        ("reply_to", QCoreApplication.translate("ComposeWindow", "&Reply-To")),
    ):
        action = b.action(view, label, None, None)
        action.setCheckable(True)
        action.triggered.connect(lambda on, k=key: window.header.set_field_visible(k, on))
        window.view_actions[key] = action
    # Ctrl+Shift+S is Save as (the standard key); Sent takes Ctrl+Shift+E ("sEnt").
    b.action(
        view,
        QCoreApplication.translate("ComposeWindow", "&Sent messages"),
        "Ctrl+Shift+E",
        window.side.show_sent,
    )
    window.previews_action = b.action(
        view,
        QCoreApplication.translate("ComposeWindow", "&Preview mailbox (not delivered)"),
        "Ctrl+Shift+P",
        window.side.show_previews,
    )
    window.outbox_action = b.action(
        view,
        QCoreApplication.translate("ComposeWindow", "&Outbox (waiting to go out)"),
        "Ctrl+Shift+O",
        window.side.show_outbox,
    )
    window.merge_action = b.action(
        tools,
        QCoreApplication.translate("ComposeWindow", "&Mail merge…"),
        "Ctrl+Shift+M",
        window.open_merge,
    )
    window.address_book_action = b.action(
        tools,
        QCoreApplication.translate("ComposeWindow", "&Address book"),
        "Ctrl+Shift+B",
        lambda: show_address_book(window),
    )
    window.signature_action = b.action(
        tools,
        QCoreApplication.translate("ComposeWindow", "Si&gnature…"),
        None,
        lambda: edit_signature(window),
    )
    window.spelling.build_menu(b.menus[tools])
    window.preferences_action = b.action(
        tools,
        QCoreApplication.translate("ComposeWindow", "&Preferences…"),
        StandardKey.Preferences,
        window.side.show_preferences,
    )
    window._menus = b.menus
    set_icon(window.send_action, IconName.SEND)
    set_icon(window.attach_action, IconName.ATTACH)
    set_icon(window.save_draft_action, IconName.SAVE_DRAFT)
    set_icon(window.previews_action, IconName.PREVIEW)
    set_icon(window.outbox_action, IconName.OUTBOX)
    set_icon(window.merge_action, IconName.MAIL_MERGE)
    set_icon(window.preferences_action, IconName.PREFERENCES)
    # The side tools sit at the right end of the message bar (icons, names in tooltips).
    for action in (
        window.merge_action,
        window.outbox_action,
        window.previews_action,
        window.preferences_action,
    ):
        window.message_toolbar.addAction(action)
