"""What Preferences shows a person: the whole profile list, and no developer settings."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from composer.profiles.credentials import Credentials
from composer.profiles.model import BackendKind, LibrarySettings, Profile, ProfileBook, SmtpSettings
from composer.profiles.store import ProfileStore
from composer.ui.preferences.dialog import PreferencesDialog
from composer.ui.window_state import override_available_geometry

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

LONG = "Parents' association of the Hanbit primary school, class 3"


def applied(qtbot: QtBot, dlg: PreferencesDialog) -> bool:
    """Apply (passwords and files are written in the background); True when all was saved."""
    with qtbot.waitSignal(dlg.apply_finished, timeout=20_000) as finished:
        dlg.apply()
    return bool(finished.args[0])


def open_preferences(qtbot: QtBot, book: ProfileBook) -> PreferencesDialog:
    ProfileStore().save(book)
    dialog = PreferencesDialog(ProfileStore(), Credentials())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def small_screen() -> Iterator[None]:
    with override_available_geometry(QRect(0, 0, 800, 600)):
        yield


@pytest.mark.parametrize("backend", [BackendKind.SMTP, BackendKind.LOCMEM])
def test_a_long_active_profile_shows_its_whole_name_and_the_active_mark(
    qtbot: QtBot, small_screen: None, backend: BackendKind
) -> None:
    book = ProfileBook(
        [Profile(LONG, backend=backend, smtp=SmtpSettings(host="smtp.example.com")),
         Profile("Work", smtp=SmtpSettings(host="smtp.example.com"))],
        active=LONG,
    )  # fmt: skip
    dialog = open_preferences(qtbot, book)
    listing = dialog.profiles.profile_list
    item = listing.item(0)
    assert "✔" in item.text()
    assert "active" in item.text()
    assert listing.horizontalScrollBar().maximum() == 0  # nothing hides to the right
    # The item is tall enough for its text wrapped at the list's width.
    rect = listing.visualItemRect(item)
    assert rect.right() <= listing.viewport().width()
    metrics = QFontMetrics(item.font())
    text_width = rect.width() - listing.iconSize().width() - 12
    needed = metrics.boundingRect(
        QRect(0, 0, text_width, 10_000), Qt.TextFlag.TextWordWrap, item.text()
    )
    assert rect.height() >= needed.height()
    assert needed.height() > metrics.height()  # it did wrap: the name is long


def visible_texts(window: QWidget) -> str:
    texts: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
    return "\n".join(texts)


def test_preferences_shows_no_developer_settings(qtbot: QtBot) -> None:
    dialog = open_preferences(qtbot, ProfileBook([Profile("Work")]))
    tabs = dialog.editor.tabs
    shown = [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]
    assert shown == ["Sending", "Identity"]
    seen = ""
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        seen += visible_texts(dialog)
    for word in ("Admins", "Managers", "mail_admins", "SERVER_EMAIL", "Subject prefix",
                 "[Composer]", "charset"):  # fmt: skip
        assert word not in seen


def test_a_developers_library_settings_stay_in_the_file(qtbot: QtBot) -> None:
    developer = Profile(
        "Ops",
        backend=BackendKind.CONSOLE,
        library=LibrarySettings(
            subject_prefix="[Ops] ", admins=[("Ann", "ann@example.com")], server_email="o@x.org"
        ),
    )
    dialog = open_preferences(
        qtbot, ProfileBook([developer, Profile("Plain", backend=BackendKind.DUMMY)])
    )
    dialog.editor.identity.from_name_edit.setText("Operations")
    assert applied(qtbot, dialog)
    saved = tomllib.loads(ProfileStore().path.read_text(encoding="utf-8"))
    ops, plain = saved["profiles"]
    assert ops["library"]["subject_prefix"] == "[Ops] "
    assert ops["library"]["admins"] == ["Ann <ann@example.com>"]
    assert "library" not in plain  # a person's profile carries no developer settings


def test_a_problem_in_a_hidden_setting_names_the_file(qtbot: QtBot) -> None:
    broken = Profile(
        "Ops", backend=BackendKind.CONSOLE, library=LibrarySettings(admins=[("", "not-an-address")])
    )
    dialog = open_preferences(qtbot, ProfileBook([broken]))
    dialog.editor.identity.from_name_edit.setText("Operations")
    assert not applied(qtbot, dialog)
    text = dialog.message_bar.text()
    assert str(ProfileStore().path) in text
    assert "library.admins" in text
    assert "not-an-address" in text


def test_no_subject_prefix_unless_a_developer_sets_one() -> None:
    assert Profile("New").library.subject_prefix == ""
    store = ProfileStore()
    # What earlier versions wrote into every profile, unasked.
    store.path.write_text(
        'schema_version = 1\n[[profiles]]\nname = "Old"\nbackend = "console"\n'
        '[profiles.library]\nsubject_prefix = "[Composer] "\n',
        encoding="utf-8",
    )
    assert store.read().get("Old").library.subject_prefix == ""
