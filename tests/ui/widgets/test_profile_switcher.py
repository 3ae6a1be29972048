"""The one-click profile switcher: picks the active profile, always marks previews."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from composer.profiles.model import BackendKind, Profile, ProfileBook, SmtpSettings
from composer.ui.widgets.profile_switcher import PREVIEW_COLOR, ProfileSwitcher

# The offscreen platform cannot resize native windows; that is not the app's problem.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def book(active: str = "Work") -> ProfileBook:
    return ProfileBook(
        [
            Profile("Work", smtp=SmtpSettings(host="smtp.example.com")),
            Profile("Terminal", backend=BackendKind.CONSOLE),
            Profile("Outbox", backend=BackendKind.LOCMEM),
        ],
        active=active,
    )


def make(qtbot: QtBot, source: object) -> ProfileSwitcher:
    switcher = ProfileSwitcher(source)  # type: ignore[arg-type]
    qtbot.addWidget(switcher)
    switcher.show()
    return switcher


def test_preview_profiles_are_marked_in_the_list(qtbot: QtBot) -> None:
    switcher = make(qtbot, book())
    combo = switcher.combo()
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts[:3] == ["Work", "Terminal (preview: not sent)", "Outbox (preview: not sent)"]
    assert texts[-1] == "Manage profiles…"
    assert combo.itemData(0, Qt.ItemDataRole.ForegroundRole) is None
    color = combo.itemData(1, Qt.ItemDataRole.ForegroundRole)
    assert QColor(color) == PREVIEW_COLOR
    assert not combo.itemIcon(1).isNull()
    assert "Nothing is delivered" in combo.itemData(1, Qt.ItemDataRole.ToolTipRole)


def test_badge_shows_only_while_a_preview_profile_is_active(qtbot: QtBot) -> None:
    switcher = make(qtbot, book(active="Terminal"))
    assert switcher.current_name() == "Terminal"
    assert switcher.is_preview()
    assert switcher.combo().palette().color(QPalette.ColorRole.ButtonText) == PREVIEW_COLOR
    switcher.set_profiles(book(active="Work"))
    assert not switcher.is_preview()
    assert switcher.combo().palette().color(QPalette.ColorRole.ButtonText) != PREVIEW_COLOR


def test_one_keypress_switches_the_active_profile(qtbot: QtBot) -> None:
    profiles = book()
    switcher = make(qtbot, profiles)
    switcher.combo().setFocus()
    with qtbot.waitSignal(switcher.active_profile_changed) as blocker:
        qtbot.keyClick(switcher.combo(), Qt.Key.Key_Down)
    assert blocker.args == ["Terminal"]
    assert profiles.active_name == "Terminal"
    assert switcher.is_preview()


def test_manage_entry_asks_for_preferences_and_keeps_the_active_profile(qtbot: QtBot) -> None:
    switcher = make(qtbot, book())
    combo = switcher.combo()
    with (
        qtbot.waitSignal(switcher.manage_requested),
        qtbot.assertNotEmitted(switcher.active_profile_changed),
    ):
        combo.setCurrentIndex(combo.count() - 1)
        combo.activated.emit(combo.count() - 1)
    assert switcher.current_name() == "Work"


class Source(QObject):
    active_changed = Signal()

    def __init__(self, book: ProfileBook) -> None:
        super().__init__()
        self.book = book
        self.activated: list[str] = []

    def set_active(self, name: str) -> None:
        self.activated.append(name)
        self.book.set_active(name)
        self.active_changed.emit()


def test_bound_source_is_updated_and_followed(qtbot: QtBot) -> None:
    source = Source(book())
    switcher = make(qtbot, source)
    switcher.combo().setFocus()
    qtbot.keyClick(switcher.combo(), Qt.Key.Key_Down)
    assert source.activated == ["Terminal"]
    # a change made elsewhere (e.g. Preferences) shows up
    source.book.set_active("Work")
    source.active_changed.emit()
    assert switcher.current_name() == "Work"
    assert not switcher.is_preview()


def test_empty_book_offers_only_manage(qtbot: QtBot) -> None:
    switcher = make(qtbot, ProfileBook())
    assert switcher.combo().count() == 1
    assert switcher.current_name() is None
    assert not switcher.is_preview()
