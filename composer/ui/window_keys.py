"""Keyboard conventions every Composer window follows.

The platform's standard keys come first (``QKeySequence.StandardKey``); where a platform has
none for an action people expect everywhere (Ctrl+Q to quit, Ctrl+, for preferences), the
common binding is added, so the same keys work on every desktop.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

StandardKey = QKeySequence.StandardKey

# Bindings people expect whatever the platform says (Qt has none for these on some).
_ALWAYS: dict[StandardKey, str] = {
    StandardKey.Quit: "Ctrl+Q",
    StandardKey.Preferences: "Ctrl+,",
}


def standard_keys(key: StandardKey) -> list[QKeySequence]:
    """The platform's bindings for *key*, plus the everywhere-binding where one exists."""
    keys = [k for k in QKeySequence.keyBindings(key) if not k.isEmpty()]
    extra = _ALWAYS.get(key)
    if extra is not None and QKeySequence(extra) not in keys:
        keys.append(QKeySequence(extra))
    return keys


def close_on_escape(window: QWidget) -> QShortcut:
    """Escape closes *window* (a secondary window: Outbox, Sent, Drafts), as dialogs do."""
    shortcut = QShortcut(QKeySequence(StandardKey.Cancel), window)
    shortcut.setObjectName("closeOnEscape")
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(window.close)
    return shortcut
