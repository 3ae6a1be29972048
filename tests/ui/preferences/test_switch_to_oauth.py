"""Preferences' connection test, when the provider turned password sign-in off (Microsoft's
``535 5.7.139 ... basic authentication is disabled``): a button switches the profile to
signing in with the provider and starts the sign-in, through the system browser (played
by the test) against the real local authorization server; the test then passes."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import pytest
from oauth_fixtures import USER, bearer_smtp, browser, oauth_profile, save_profiles
from PySide6.QtCore import Qt
from servers.oauthserver import OAuthTestServer

from composer.profiles.credentials import Credentials
from composer.profiles.model import AuthMethod, OAuthProvider
from composer.profiles.oauthswitch import refused_provider
from composer.profiles.store import ProfileStore
from composer.ui.preferences.dialog import PreferencesDialog

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot
    from smtpserver import TestPKI

__all__ = ["browser"]  # the fixture, used by name

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
PASSWORD = "Right-Password-3"


@pytest.mark.parametrize(
    ("reply", "provider"),
    [
        ("535 5.7.139 Authentication unsuccessful, basic authentication is disabled.",
         OAuthProvider.MICROSOFT),
        ("535 5.7.3 Authentication unsuccessful 5.7.30 Basic authentication is not supported",
         OAuthProvider.MICROSOFT),
        ("534-5.7.9 Application-specific password required.", OAuthProvider.GOOGLE),
        ("535 5.7.8 Username and Password not accepted.", None),
        ("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled", None),
    ],
)  # fmt: skip
def test_the_refusals_that_mean_passwords_are_off(
    reply: str, provider: OAuthProvider | None
) -> None:
    assert refused_provider(reply) is provider


def test_a_refused_password_offers_the_switch_to_sign_in(
    qtbot: QtBot, oauth_server: OAuthTestServer, pki: TestPKI, browser: list[str]
) -> None:
    smtp = bearer_smtp(oauth_server, pki, auth=(USER, PASSWORD)).start()
    smtp.password_refusal = (
        "535 5.7.139 Authentication unsuccessful, basic authentication is disabled."
    )
    # The organisation's own authorization server is set up; the profile still uses a password.
    profile = dataclasses.replace(
        oauth_profile(oauth_server, oauth_server.add_client(), pki, smtp),
        auth=AuthMethod.PASSWORD,
    )
    save_profiles(profile)
    dialog = PreferencesDialog(ProfileStore(), Credentials())
    qtbot.addWidget(dialog)
    dialog.show()
    sending = dialog.editor.sending
    qtbot.keyClicks(sending.password_edit, PASSWORD)
    panel = dialog.editor.test_panel
    with qtbot.waitSignal(panel.finished, timeout=20_000) as tested:
        qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    assert not tested.args[0].ok
    assert "no longer accepts a password" in panel.outcome_text()
    assert panel.switch_button.isVisible()
    assert panel.switch_button.text() == "Switch this account to sign-in with Microsoft"
    block = sending.signin_block
    qtbot.mouseClick(panel.switch_button, Qt.MouseButton.LeftButton)
    edited = dialog.editor.profile()
    assert edited is not None
    assert edited.auth is AuthMethod.OAUTH2
    qtbot.waitUntil(lambda: block.state_label.text() == f"Signed in as {USER}", timeout=20_000)
    assert browser[0].startswith(oauth_server.authorize_url)
    assert not sending._password_row.isVisible()
    with qtbot.waitSignal(panel.finished, timeout=20_000) as tested:
        qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    assert tested.args[0].ok
    assert smtp.oauth_attempts[-1][1] == USER
    with qtbot.waitSignal(dialog.apply_finished, timeout=20_000):
        dialog.apply()
    assert ProfileStore().read().get(profile.name).auth is AuthMethod.OAUTH2
    smtp.stop()
    dialog.reject()
    dialog._runner.wait(10_000)
