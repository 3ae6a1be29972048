"""Preferences ▸ Sending ▸ Sign-in: choosing "Sign in with the provider", signing in through
the system browser (played by the test against the real authorization server), the state."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest
from oauth_fixtures import USER, bearer_smtp, browser, oauth_profile, save_profiles
from PySide6.QtCore import Qt
from servers.oauthserver import OAuthTestServer

from composer.profiles.credentials import Credentials
from composer.profiles.model import AuthMethod, Profile, SmtpSettings
from composer.profiles.store import ProfileStore
from composer.ui.preferences.dialog import PreferencesDialog

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot
    from smtpserver import TestPKI

__all__ = ["browser"]  # the fixture, used by name

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def open_dialog(qtbot: QtBot, profile: Profile) -> PreferencesDialog:
    save_profiles(profile)
    dialog = PreferencesDialog(ProfileStore(), Credentials())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_sign_in_from_preferences_then_test_the_connection(
    qtbot: QtBot, oauth_server: OAuthTestServer, pki: TestPKI, browser: list[str]
) -> None:
    smtp = bearer_smtp(oauth_server, pki).start()
    profile = oauth_profile(oauth_server, oauth_server.add_client(), pki, smtp)
    dialog = open_dialog(qtbot, profile)
    block = dialog.editor.sending.signin_block
    qtbot.waitUntil(lambda: block.state_label.text() == "Sign-in needed", timeout=10_000)
    assert not dialog.editor.sending._password_row.isVisible()
    qtbot.mouseClick(block.signin_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: block.state_label.text() == f"Signed in as {USER}", timeout=20_000)
    assert browser
    assert browser[0].startswith(oauth_server.authorize_url)
    assert block.signin_button.text().replace("&", "") == "Sign in again…"
    if os.environ.get("COMPOSER_SHOTS"):
        dialog.resize(800, 600)
        dialog.grab().save(os.path.join(os.environ["COMPOSER_SHOTS"], "signin.png"))
    panel = dialog.editor.test_panel
    with qtbot.waitSignal(panel.finished, timeout=20_000) as tested:
        qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    assert tested.args[0].ok
    assert smtp.oauth_attempts[-1][1] == USER
    smtp.stop()
    dialog.reject()
    dialog._runner.wait(10_000)


def test_switching_a_profile_to_sign_in_hides_the_password(qtbot: QtBot) -> None:
    dialog = open_dialog(
        qtbot, Profile("Work", smtp=SmtpSettings(host="smtp.office365.com", username=USER))
    )
    sending = dialog.editor.sending
    block = sending.signin_block
    assert sending._password_row.isVisible()
    assert not block.provider_combo.isVisible()
    block.method_combo.setCurrentIndex(block.method_combo.findData(AuthMethod.OAUTH2))
    assert not sending._password_row.isVisible()
    assert block.provider_combo.isVisible()
    assert block.tenant_edit.isVisible()  # Microsoft is the first provider
    edited = dialog.editor.profile()
    assert edited is not None
    assert edited.auth is AuthMethod.OAUTH2
    qtbot.waitUntil(lambda: block.state_label.text() == "Sign-in needed", timeout=10_000)
    dialog.reject()
    dialog._runner.wait(10_000)
