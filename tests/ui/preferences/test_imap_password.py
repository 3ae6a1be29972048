"""Preferences: an IMAP user name of its own gets its own password, typed in the IMAP box and
kept in its own entry of the real keyring (never in the profiles file); the account then
signs in to a real Dovecot as that user with that password."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import keyring
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from composer.appinfo import APP_ID
from composer.mailbox.client import ImapClient
from composer.profiles.credentials import Credentials
from composer.profiles.imapaccount import imap_server_of
from composer.profiles.imapcredentials import imap_account
from composer.profiles.model import (
    Identity,
    ImapSettings,
    Profile,
    ProfileBook,
    Security,
    SmtpSettings,
)
from composer.profiles.store import ProfileStore
from composer.sending.account import Account
from composer.ui.preferences.dialog import PreferencesDialog

if TYPE_CHECKING:
    from servers.dovecot import DovecotServer
    from smtpserver import TestPKI

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
RELAY_PASSWORD = "Relay-Secret-74"


def test_an_imap_user_of_its_own_signs_in_with_the_password_typed_for_it(
    qtbot: QtBot, dovecot: DovecotServer, imap_user: tuple[str, str], pki: TestPKI,
    composer_home: Path,
) -> None:  # fmt: skip
    mailbox, imap_secret = imap_user
    store = ProfileStore()
    store.read()
    store.save(
        ProfileBook(
            [
                Profile(
                    "Office",
                    smtp=SmtpSettings(
                        host="127.0.0.1", username="relay-account", cafile=str(pki.ca_file)
                    ),
                    identity=Identity("Office", mailbox),
                    imap=ImapSettings(
                        host="127.0.0.1", port=dovecot.imaps_port, security=Security.SSL
                    ),
                )
            ],
            active="Office",
        )
    )
    dialog = PreferencesDialog(ProfileStore(), Credentials())
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.editor.sending.imap_box
    box.username_edit.setText(mailbox)
    qtbot.keyClicks(dialog.editor.sending.password_edit, RELAY_PASSWORD)
    qtbot.keyClicks(box.password_edit, imap_secret)
    with qtbot.waitSignal(dialog.apply_finished, timeout=20_000) as finished:
        dialog.apply()
    assert finished.args[0]
    dialog._runner.wait(10_000)
    profile = ProfileStore().read().get("Office")
    entry = imap_account(profile)
    assert entry is not None
    assert profile.account is not None
    assert keyring.get_password(APP_ID, entry) == imap_secret
    assert keyring.get_password(APP_ID, profile.account) == RELAY_PASSWORD
    for path in composer_home.rglob("*"):
        if path.is_file():
            assert imap_secret.encode() not in path.read_bytes(), path
    # The account, as a send or a merge resolves it, signs in to IMAP as the mailbox.
    server = imap_server_of(profile)
    assert server is not None
    with ImapClient(server) as imap:
        imap.login(Account(profile, Credentials()).sign_in())
        assert imap.find_sent("").name


def test_the_connection_test_signs_in_to_imap_with_the_imap_password_typed(
    qtbot: QtBot, dovecot: DovecotServer, imap_user: tuple[str, str], pki: TestPKI,
    make_smtp_server: Any, composer_home: Path,
) -> None:  # fmt: skip
    """Test connection in Preferences logs in to SMTP as the relay account and to IMAP as
    the mailbox, each with its own password (before, IMAP was offered the SMTP one)."""
    mailbox, imap_secret = imap_user
    smtp = make_smtp_server(tls="starttls", pki=pki, auth=("relay-account", RELAY_PASSWORD))
    store = ProfileStore()
    store.read()
    store.save(
        ProfileBook(
            [
                Profile(
                    "Office",
                    smtp=SmtpSettings(
                        host="127.0.0.1",
                        port=smtp.port,
                        username="relay-account",
                        cafile=str(pki.ca_file),
                    ),
                    identity=Identity("Office", mailbox),
                    imap=ImapSettings(
                        host="127.0.0.1",
                        port=dovecot.imaps_port,
                        security=Security.SSL,
                        username=mailbox,
                    ),
                )
            ],
            active="Office",
        )
    )
    dialog = PreferencesDialog(ProfileStore(), Credentials())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.editor.sending.password_edit, RELAY_PASSWORD)
    qtbot.keyClicks(dialog.editor.sending.imap_box.password_edit, imap_secret)
    panel = dialog.editor.test_panel
    with qtbot.waitSignal(panel.finished, timeout=30_000):
        qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    outcome = panel.outcome_text()
    assert smtp.sessions[-1].login == "relay-account"
    assert "works" in outcome, (outcome, panel.step_texts())
    assert not any(text.startswith("✗") for text in panel.step_texts()), panel.step_texts()
