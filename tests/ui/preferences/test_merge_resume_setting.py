"""Preferences ▸ General: the time a merge stopped by a daily limit resumes at, kept in
settings.toml for the merges that schedule their own next run."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from composer.profiles.credentials import Credentials
from composer.profiles.store import ProfileStore
from composer.storage import appsettings
from composer.ui.preferences.dialog import PreferencesDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def dialog(qtbot: QtBot) -> Iterator[PreferencesDialog]:
    dlg = PreferencesDialog(ProfileStore(), Credentials())
    qtbot.addWidget(dlg)
    dlg.show()
    yield dlg
    dlg._runner.wait(10_000)


def test_the_resume_time_is_shown_and_kept(qtbot: QtBot, dialog: PreferencesDialog) -> None:
    edit = dialog.general.resume_edit
    assert edit.time().toString("HH:mm") == "09:00"
    edit.setTime(QTime(7, 45))
    with qtbot.waitSignal(dialog.apply_finished, timeout=20_000):
        dialog.apply()
    assert appsettings.load().merge_resume_at == "07:45"
    assert appsettings.load().undo_delay == 10  # the other settings stay as they were
    again = PreferencesDialog(ProfileStore(), Credentials())
    qtbot.addWidget(again)
    assert again.general.resume_edit.time().toString("HH:mm") == "07:45"
