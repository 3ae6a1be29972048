"""Preferences shows and edits a profile's IMAP server (the copy in the server's Sent folder)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from composer.profiles.credentials import Credentials
from composer.profiles.model import (
    Identity,
    ImapSettings,
    Profile,
    ProfileBook,
    Security,
    SmtpSettings,
)
from composer.profiles.store import ProfileStore
from composer.ui.preferences.dialog import PreferencesDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def dialog(qtbot: QtBot) -> Iterator[PreferencesDialog]:
    store = ProfileStore()
    store.read()
    store.save(
        ProfileBook(
            [
                Profile(
                    "Work",
                    smtp=SmtpSettings(host="smtp.example.com", username="kim@example.com"),
                    identity=Identity("Kim", "kim@example.com"),
                    imap=ImapSettings(host="imap.example.com", sent_folder="보낸편지함"),
                )
            ],
            active="Work",
        )
    )
    dlg = PreferencesDialog(ProfileStore(), Credentials())
    qtbot.addWidget(dlg)
    dlg.show()
    yield dlg
    dlg._runner.wait(10_000)


def saved_imap() -> ImapSettings:
    return ProfileStore().read().get("Work").imap


def test_the_imap_server_is_shown_and_edits_are_saved(
    qtbot: QtBot, dialog: PreferencesDialog
) -> None:
    box = dialog.editor.sending.imap_box
    assert box.host_edit.text() == "imap.example.com"
    assert box.port_spin.value() == 993
    assert box.security_combo.currentData() == Security.SSL
    assert box.folder_edit.text() == "보낸편지함"
    assert box.sent_copy_check.isChecked()

    box.security_combo.setCurrentIndex(box.security_combo.findData(Security.STARTTLS))
    assert box.port_spin.value() == 143  # the usual port follows the encryption
    box.sent_copy_check.click()
    box.username_edit.setText("kim")
    with qtbot.waitSignal(dialog.apply_finished, timeout=20_000) as finished:
        dialog.apply()
    assert finished.args[0]
    assert saved_imap() == ImapSettings(
        host="imap.example.com",
        port=143,
        security=Security.STARTTLS,
        username="kim",
        sent_copy=False,
        sent_folder="보낸편지함",
    )


def test_a_host_that_is_not_one_is_named_and_an_empty_one_means_no_copy(
    qtbot: QtBot, dialog: PreferencesDialog
) -> None:
    box = dialog.editor.sending.imap_box
    qtbot.keyClicks(box.host_edit, " bad host")
    problems = dialog.editor.validate(reveal_all=True)
    assert [p.field for p in problems] == ["imap.host"]
    box.host_edit.clear()
    assert dialog.editor.validate(reveal_all=True) == []
    with qtbot.waitSignal(dialog.apply_finished, timeout=20_000):
        dialog.apply()
    assert not saved_imap().enabled
