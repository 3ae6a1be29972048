"""An OAuth profile's IMAP server: the copy in Sent and the connection test log in with the
access token (XOAUTH2/OAUTHBEARER) on a real Dovecot whose oauth2 passdb asks the test
authorization server about each token."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from oauth_fixtures import bearer_smtp, oauth_profile, save_profiles
from servers.dovecot import DovecotServer
from servers.oauthserver import OAuthTestServer

from composer.cli import main
from composer.mailbox.client import ImapClient
from composer.mailbox.errors import ImapNoTokenLogin, ImapTokenRefused
from composer.profiles.credentials import Credentials, CredentialStore
from composer.profiles.imapaccount import imap_server_of
from composer.profiles.model import Identity, ImapSettings, Profile, Security
from composer.profiles.oauth import session as oauth_session
from composer.profiles.oauth.signin import sign_in
from composer.sending.account import Account, SignIn

if TYPE_CHECKING:
    from smtpserver import SMTPTestServer, TestPKI


@pytest.fixture
def user(request: pytest.FixtureRequest, oauth_server: OAuthTestServer) -> Iterator[str]:
    """A mailbox of this test's own, the account the browser signs in as."""
    oauth_server.reset()
    name = "".join(c for c in request.node.name.lower() if c.isalnum())[-30:]
    address = f"{name}@imap.test"
    oauth_server.login_as = address
    yield address
    oauth_server.reset()


@pytest.fixture
def smtp(oauth_server: OAuthTestServer, pki: TestPKI) -> Iterator[SMTPTestServer]:
    with bearer_smtp(oauth_server, pki) as server:
        yield server


def imap_profile(
    oauth_server: OAuthTestServer,
    pki: TestPKI,
    smtp: SMTPTestServer,
    dovecot: DovecotServer,
    user: str,
) -> Profile:
    profile = oauth_profile(oauth_server, oauth_server.add_client(), pki, smtp, username=user)
    profile.identity = Identity(from_address=user)
    profile.imap = ImapSettings(host="127.0.0.1", port=dovecot.imaps_port, security=Security.SSL)
    dovecot.add_user(user, "not-the-way-in")
    browser: list[threading.Thread] = []

    def open_url(url: str) -> None:
        browser.append(threading.Thread(target=oauth_server.browse, args=(url,)))
        browser[0].start()

    sign_in(profile, CredentialStore(), show_url=open_url, open_browser=False)
    browser[0].join(timeout=10)
    save_profiles(profile)
    return profile


def test_the_sent_copy_is_stored_with_the_token(
    oauth_server: OAuthTestServer,
    pki: TestPKI,
    smtp: SMTPTestServer,
    dovecot_oauth: DovecotServer,
    user: str,
) -> None:
    imap_profile(oauth_server, pki, smtp, dovecot_oauth, user)
    status = main(["send", "--to", "bob@example.com", "--subject", "Copy", "--body", "Hi"])
    assert status == 0
    (received,) = smtp.messages
    (copy,) = dovecot_oauth.messages(user, "Sent")
    assert copy.wire == received.data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def test_the_connection_test_logs_in_to_imap_with_the_token(
    oauth_server: OAuthTestServer,
    pki: TestPKI,
    smtp: SMTPTestServer,
    dovecot_oauth: DovecotServer,
    user: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    imap_profile(oauth_server, pki, smtp, dovecot_oauth, user)
    assert main(["profiles", "test", "Work"]) == 0
    out = capsys.readouterr().out
    assert f"Logged in to 127.0.0.1 as {user}." in out


def test_an_expired_token_is_refreshed_and_a_refused_one_said_in_words(
    oauth_server: OAuthTestServer,
    pki: TestPKI,
    smtp: SMTPTestServer,
    dovecot_oauth: DovecotServer,
    user: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(oauth_session, "_now", lambda: time.time() + oauth_server.offset)
    profile = imap_profile(oauth_server, pki, smtp, dovecot_oauth, user)
    sign_in_data = Account(profile, Credentials()).sign_in()
    token = sign_in_data.oauth2_token
    assert callable(token)
    stale = token()
    server = imap_server_of(profile)
    assert server is not None
    oauth_server.advance(oauth_server.access_lifetime + 1)
    # The session notices the expiry itself and logs in with a fresh token...
    with ImapClient(server) as imap:
        imap.login(sign_in_data)
    # ...where the old one is refused, in words. (Last: Dovecot slows the next login from
    # this address down after a refusal.)
    with ImapClient(server) as imap, pytest.raises(ImapTokenRefused) as caught:
        imap.login(SignIn(oauth2_token=stale))
    assert "refused the sign-in of" in caught.value.message.what
    assert stale not in caught.value.message.details


def test_an_imap_server_without_token_login_is_said_in_words(
    oauth_server: OAuthTestServer,
    pki: TestPKI,
    smtp: SMTPTestServer,
    dovecot: DovecotServer,
    user: str,
) -> None:
    profile = imap_profile(oauth_server, pki, smtp, dovecot, user)
    server = imap_server_of(profile)
    assert server is not None
    with ImapClient(server) as imap, pytest.raises(ImapNoTokenLogin) as caught:
        imap.login(Account(profile, Credentials()).sign_in())
    assert "does not offer signing in with a provider's token" in caught.value.message.what
