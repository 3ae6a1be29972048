"""Apply in Preferences runs off the GUI thread: a slow keyring never freezes the window,
and closing the window while Apply runs loses nothing."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import keyring
import pytest
from keyring_fixtures import MemoryKeyring
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from composer.appinfo import APP_ID
from composer.profiles.credentials import Credentials
from composer.profiles.model import Identity, Profile, ProfileBook, SmtpSettings
from composer.profiles.store import ProfileStore
from composer.ui.preferences.dialog import PreferencesDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

PASSWORD = "Slow-Keyring-9"
ACCOUNT = "smtp://alice%40example.com@smtp.example.com:587"


class SlowKeyring(MemoryKeyring):
    """Storing a password waits until the test lets it (as an unlock prompt would)."""

    def __init__(self) -> None:
        super().__init__()
        self.storing = threading.Event()
        self.release = threading.Event()

    def set_password(self, service: str, username: str, password: str) -> None:
        self.storing.set()
        self.release.wait(20)
        super().set_password(service, username, password)


@pytest.fixture
def slow_keyring() -> Iterator[SlowKeyring]:
    backend = SlowKeyring()
    keyring.set_keyring(backend)  # the autouse memory keyring fixture puts its own back
    yield backend
    backend.release.set()


def open_dialog() -> PreferencesDialog:
    store = ProfileStore()
    store.read()
    work = Profile(
        "Work",
        smtp=SmtpSettings(host="smtp.example.com", username="alice@example.com"),
        identity=Identity("Alice", "alice@example.com"),
    )
    store.save(ProfileBook([work]))
    dlg = PreferencesDialog(ProfileStore(), Credentials())
    dlg.show()
    return dlg


@pytest.fixture
def dialog(qtbot: QtBot) -> PreferencesDialog:
    dlg = open_dialog()
    qtbot.addWidget(dlg)
    return dlg


def test_a_slow_keyring_does_not_freeze_the_window(
    qtbot: QtBot, dialog: PreferencesDialog, slow_keyring: SlowKeyring
) -> None:
    qtbot.keyClicks(dialog.editor.sending.password_edit, PASSWORD)
    dialog.editor.identity.from_name_edit.setText("Alice Example")
    assert dialog.apply()
    # apply() came back while the keyring is still storing: the window goes on.
    assert slow_keyring.storing.wait(10)
    assert not slow_keyring.release.is_set()
    assert not dialog.tabs.isEnabled()  # nothing can be edited while it is saved
    assert not dialog.ok_button.isEnabled()
    assert not dialog.apply()  # one Apply at a time
    with qtbot.waitSignal(dialog.apply_finished, timeout=20_000) as finished:
        slow_keyring.release.set()
    assert finished.args == [True]
    assert dialog.tabs.isEnabled()
    assert slow_keyring.passwords == {(APP_ID, ACCOUNT): PASSWORD}
    assert ProfileStore().read().get("Work").identity.from_name == "Alice Example"


def test_closing_while_apply_runs_lets_it_finish(qtbot: QtBot, slow_keyring: SlowKeyring) -> None:
    dialog = open_dialog()  # deleted when closed, as Tools ▸ Preferences opens it
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    destroyed: list[bool] = []
    dialog.destroyed.connect(lambda: destroyed.append(True))
    qtbot.keyClicks(dialog.editor.sending.password_edit, PASSWORD)
    dialog.editor.identity.from_name_edit.setText("Alice Example")
    with qtbot.waitSignal(dialog.profiles_applied, timeout=20_000) as applied:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert slow_keyring.storing.wait(10)
        dialog.reject()  # Cancel, or the window's close button
        assert not dialog.isVisible()  # closed at once, not when the keyring is done
        assert not destroyed
        slow_keyring.release.set()
    assert applied.args[0].get("Work").identity.from_name == "Alice Example"
    assert slow_keyring.passwords == {(APP_ID, ACCOUNT): PASSWORD}
    assert ProfileStore().read().get("Work").identity.from_name == "Alice Example"
    qtbot.waitUntil(lambda: bool(destroyed), timeout=10_000)
