"""Keep sending in the background: the tray icon's menu and tooltip, on a real compose
window and outbox; and the Preferences switch, disabled with the reason on a desktop with
no system tray (as the offscreen platform is)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from outbox_window_helpers import ManualClock, letter_window
from pytestqt.qtbot import QtBot
from smtpserver import SMTPTestServer

from composer.profiles.credentials import Credentials
from composer.profiles.store import ProfileStore
from composer.storage import appsettings
from composer.ui.compose.window import ComposeWindow
from composer.ui.preferences.dialog import PreferencesDialog
from composer.ui.tray import TrayKeeper, tray_available

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)",
    r"No such signal QPlatformNativeInterface::systemTrayWindowChanged",  # no tray offscreen
)


@pytest.fixture
def window(qtbot: QtBot, smtp_server: SMTPTestServer, tmp_path: Path) -> Iterator[ComposeWindow]:
    window = letter_window(qtbot, smtp_server.port, ManualClock(), tmp_path, delay=10)
    yield window
    if window.services.runner is not None:
        window.services.runner.timer.stop()


def test_the_tray_shows_what_waits_and_brings_composer_back(
    qtbot: QtBot, window: ComposeWindow
) -> None:
    quits: list[bool] = []
    keeper = TrayKeeper(window.services, lambda: quits.append(True))
    qtbot.waitUntil(lambda: keeper.icon.toolTip() == "Composer: nothing waiting to go out")
    dialog = window.sending.send_later()
    assert dialog is not None
    dialog.quick[0].click()
    qtbot.waitUntil(lambda: len(window.services.outbox.items()) == 1)
    runner = window.services.outbox_runner()
    with qtbot.waitSignal(runner.changed, timeout=20_000):
        runner.check()
    qtbot.waitUntil(lambda: keeper.icon.toolTip() == "Composer: 1 message waiting to go out")
    assert [a.text() for a in keeper.menu.actions() if a.text()] == [
        "Show Composer",
        "Outbox",
        "Quit",
    ]
    assert window.close()  # the last window: Composer stays in the tray
    assert window.services.windows == []
    keeper.show_action.trigger()
    (again,) = window.services.windows
    qtbot.addWidget(again)
    assert again.isVisible()
    keeper.outbox_action.trigger()
    assert again.side.outbox is not None
    qtbot.waitUntil(lambda: len(again.side.outbox.rows()) == 1)  # type: ignore[union-attr]
    keeper.quit_action.trigger()
    assert quits == [True]
    assert window.services.windows == []


def test_without_a_tray_the_switch_is_off_and_says_why(qtbot: QtBot) -> None:
    assert not tray_available()  # the offscreen platform has none
    dialog = PreferencesDialog(ProfileStore(), Credentials())
    qtbot.addWidget(dialog)
    switch = dialog.general.keep_running
    assert not switch.isEnabled()
    assert not switch.isChecked()
    assert "no system tray" in dialog.general.keep_running_note.text()
    assert appsettings.load().keep_running is False
