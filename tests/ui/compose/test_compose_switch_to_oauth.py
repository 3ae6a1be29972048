"""The compose window, when the provider turned password sign-in off: the error offers
"Switch this account to sign-in with Microsoft", which changes the profile's sign-in method
(kept in the profiles file), signs in through the system browser (played by the test)
against the real local authorization server, and sends the message after all."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import pytest
from oauth_fixtures import USER, bearer_smtp, browser, oauth_profile, save_profiles
from test_compose_window import send_and_wait

from composer.profiles.model import AuthMethod, Identity, ProfileBook
from composer.profiles.store import ProfileStore
from composer.sending.job import SendStatus
from composer.ui.compose.profiles import ComposeProfiles
from composer.ui.compose.window import ComposeServices, ComposeWindow

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot
    from servers.oauthserver import OAuthTestServer
    from smtpserver import TestPKI

__all__ = ["browser"]  # the fixture, used by name

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)
PASSWORD = "Right-Password-3"


def test_a_refused_password_switches_the_account_to_sign_in_and_sends(
    qtbot: QtBot, oauth_server: OAuthTestServer, pki: TestPKI, browser: list[str]
) -> None:
    with bearer_smtp(oauth_server, pki, auth=(USER, PASSWORD)) as smtp:
        smtp.password_refusal = (
            "535 5.7.139 Authentication unsuccessful, basic authentication is disabled."
        )
        # The organisation's own authorization server is set up; the profile uses a password.
        profile = dataclasses.replace(
            oauth_profile(oauth_server, oauth_server.add_client(), pki, smtp),
            auth=AuthMethod.PASSWORD,
            identity=Identity(from_address=USER),
        )
        save_profiles(profile)
        profiles = ComposeProfiles()
        profiles.remember_password(profile.name, PASSWORD)
        window = ComposeWindow(ComposeServices(profiles))
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClicks(window.header.fields["to"], "bob@example.com")
        qtbot.keyClicks(window.editor, "Hello")
        result = send_and_wait(qtbot, window)
        assert result.status is SendStatus.FAILED
        assert "no longer accepts a password" in result.message.what
        panel = window.send_panel
        assert panel.switch_button.isVisible()
        assert panel.switch_button.text() == "Switch this account to sign-in with Microsoft"
        panel.switch_button.click()
        qtbot.waitUntil(lambda: window.signin_switch is not None, timeout=10_000)
        assert ProfileStore().read().get(profile.name).auth is AuthMethod.OAUTH2
        prompt = window.signin_switch
        qtbot.waitUntil(prompt.box.isVisible)  # type: ignore[union-attr]
        with qtbot.waitSignal(window.send_finished, timeout=30_000) as resent:
            prompt.sign_in_button.click()  # type: ignore[union-attr]
        assert resent.args[0].status is SendStatus.SENT
        assert browser[0].startswith(oauth_server.authorize_url)
        (message,) = smtp.messages
        assert message.session.login == USER
        assert smtp.oauth_attempts[-1][1] == USER
        assert isinstance(profiles.book, ProfileBook)
        assert profiles.book.get(profile.name).auth is AuthMethod.OAUTH2
