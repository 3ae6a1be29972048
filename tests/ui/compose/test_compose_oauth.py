"""The compose window with a profile that signs in with OAuth 2.0: it sends (the send child
gets an access token), and a withdrawn sign-in leads to "Sign in again", then the send."""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING

import pytest
from oauth_fixtures import USER, bearer_smtp, browser, oauth_profile
from PySide6.QtWidgets import QMessageBox
from test_compose_window import make_window, send_and_wait

from composer.profiles.credentials import CredentialStore
from composer.profiles.model import Identity
from composer.profiles.oauth.signin import sign_in
from composer.sending.job import SendStatus

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot
    from servers.oauthserver import OAuthTestServer
    from smtpserver import TestPKI

__all__ = ["browser"]  # the fixture, used by name

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)


def test_a_withdrawn_sign_in_asks_to_sign_in_again_then_sends(
    qtbot: QtBot, oauth_server: OAuthTestServer, pki: TestPKI, browser: list[str]
) -> None:
    with bearer_smtp(oauth_server, pki) as smtp:
        profile = oauth_profile(oauth_server, oauth_server.add_client(), pki, smtp)
        profile.identity = Identity(from_address=USER)
        opener: list[threading.Thread] = []

        def show(url: str) -> None:
            opener.append(threading.Thread(target=oauth_server.browse, args=(url,)))
            opener[0].start()

        sign_in(profile, CredentialStore(), show_url=show, open_browser=False)
        opener[0].join(timeout=10)
        window = make_window(qtbot, profile)
        qtbot.keyClicks(window.header.fields["to"], "bob@example.com")
        qtbot.keyClicks(window.editor, "Hello")
        assert send_and_wait(qtbot, window).status is SendStatus.SENT
        assert smtp.messages[0].session.login == USER

        oauth_server.revoke(USER)
        qtbot.keyClicks(window.header.fields["to"], "bob@example.com")  # a new message
        qtbot.keyClicks(window.editor, "Hello again")
        result = send_and_wait(qtbot, window)
        assert result.status is SendStatus.FAILED
        assert "sign in again" in result.message.what
        prompt = window.findChild(QMessageBox, "signInAgain")
        assert prompt is not None
        qtbot.waitUntil(prompt.isVisible)
        if os.environ.get("COMPOSER_SHOTS"):
            window.resize(800, 600)
            window.grab().save(os.path.join(os.environ["COMPOSER_SHOTS"], "window.png"))
            prompt.grab().save(os.path.join(os.environ["COMPOSER_SHOTS"], "prompt.png"))
        with qtbot.waitSignal(window.send_finished, timeout=30_000) as resent:
            window.sending.signin_prompt.sign_in_button.click()  # type: ignore[union-attr]
        assert resent.args[0].status is SendStatus.SENT
        assert browser  # the system browser was opened for the new sign-in
        assert len(smtp.messages) == 2
