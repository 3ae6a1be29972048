"""Sending with a profile that signs in with OAuth 2.0: ``composer send``, the account a
merge and the compose window use, refreshing, revocation, and no token anywhere it should
not be. Real parts: the Authlib authorization server and an SMTP server that checks each
bearer token against it."""

from __future__ import annotations

import pickle
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from keyring_fixtures import MemoryKeyring
from oauth_fixtures import USER, Signin, bearer_smtp, oauth_profile, run_signin, save_profiles
from servers.oauthserver import OAuthTestServer

from composer.cli import main
from composer.mail import EmailMessage
from composer.profiles.credentials import Credentials, CredentialStore
from composer.profiles.model import Identity, Profile
from composer.profiles.oauth import session as oauth_session
from composer.profiles.oauth.errors import SignInExpired, SignInNeeded
from composer.profiles.oauth.session import AccessToken
from composer.profiles.oauth.signin import sign_in
from composer.sending.account import Account, SignIn

if TYPE_CHECKING:
    from smtpserver import SMTPTestServer, TestPKI

__all__ = ["run_signin"]  # the fixture, used by name


@pytest.fixture
def oauth(
    oauth_server: OAuthTestServer, monkeypatch: pytest.MonkeyPatch
) -> Iterator[OAuthTestServer]:
    """The authorization server, its clock and Composer's moving together."""
    oauth_server.reset()
    start = oauth_server.offset
    monkeypatch.setattr(oauth_session, "_now", lambda: time.time() + oauth_server.offset - start)
    yield oauth_server
    oauth_server.reset()


@pytest.fixture
def smtp(oauth: OAuthTestServer, pki: TestPKI) -> Iterator[SMTPTestServer]:
    with bearer_smtp(oauth, pki) as server:
        yield server


@pytest.fixture
def work(oauth: OAuthTestServer, pki: TestPKI, smtp: SMTPTestServer) -> Profile:
    profile = oauth_profile(oauth, oauth.add_client(), pki, smtp)
    profile.identity = Identity(from_name="Alice", from_address=USER)
    save_profiles(profile)
    return profile


def signed_in(profile: Profile, oauth: OAuthTestServer) -> None:
    """Sign *profile* in (the browser played in a thread) and save it."""
    browser: list[threading.Thread] = []

    def open_url(url: str) -> None:
        browser.append(threading.Thread(target=oauth.browse, args=(url,)))
        browser[0].start()

    sign_in(profile, CredentialStore(), show_url=open_url, open_browser=False)
    browser[0].join(timeout=10)
    save_profiles(profile)


def send_cli(*extra: str) -> int:
    return main(["send", "--to", "bob@example.com", "--subject", "Hi", "--body", "Hello", *extra])


def test_composer_send_signs_in_with_the_profiles_token(
    oauth: OAuthTestServer, smtp: SMTPTestServer, work: Profile
) -> None:
    signed_in(work, oauth)
    assert send_cli() == 0
    (received,) = smtp.messages
    assert received.session.login == USER
    assert received.session.mechanism == "OAUTHBEARER"
    assert received.session.tls


def test_an_access_token_that_expires_between_two_sends_is_refreshed(
    oauth: OAuthTestServer, smtp: SMTPTestServer, work: Profile
) -> None:
    signed_in(work, oauth)
    account = Account(work, Credentials())  # what a merge and the window's send use
    message = EmailMessage("One", "Body", USER, ["bob@example.com"])
    with account() as connection:
        assert connection.send_messages([message]) == 1
    oauth.advance(oauth.access_lifetime + 1)  # the first access token is dead now
    with account() as connection:
        assert connection.send_messages([message]) == 1
    first, second = (attempt[2] for attempt in smtp.oauth_attempts)
    assert first != second
    assert not oauth.check_access_token(USER, first)
    assert len(smtp.messages) == 2


def test_a_revoked_sign_in_asks_to_sign_in_again(
    oauth: OAuthTestServer,
    smtp: SMTPTestServer,
    work: Profile,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    signed_in(work, oauth)
    oauth.revoke(USER)
    assert send_cli() == 1
    err = capsys.readouterr().err
    assert "expired or was withdrawn" in err
    assert "composer profiles signin Work" in err
    assert "Traceback" not in err
    assert not smtp.messages
    # The dead sign-in is gone, so Preferences says "sign-in needed".
    assert not memory_keyring.passwords
    with pytest.raises(SignInNeeded):
        Account(work, Credentials()).sign_in()


def test_a_refused_refresh_during_a_long_run_raises_sign_in_expired(
    oauth: OAuthTestServer, work: Profile
) -> None:
    signed_in(work, oauth)
    account = Account(work, Credentials())
    account.sign_in()
    oauth.revoke(USER)
    oauth.advance(oauth.access_lifetime + 1)
    with pytest.raises(SignInExpired):
        account().open()


def test_the_send_child_gets_an_access_token_never_the_refresh_token(
    oauth: OAuthTestServer, smtp: SMTPTestServer, work: Profile
) -> None:
    signed_in(work, oauth)
    sign_in_data = Account(work, Credentials()).sign_in()
    crossed = pickle.loads(pickle.dumps(sign_in_data))
    refresh_tokens = {t.refresh_token for t in oauth.issued(work.oauth.client_id)}
    blob = pickle.dumps(sign_in_data)
    assert not any(token.encode() in blob for token in refresh_tokens)
    assert isinstance(crossed, SignIn)
    assert isinstance(crossed.oauth2_token, AccessToken)
    assert "•••" in repr(crossed.oauth2_token)
    assert oauth.check_access_token(USER, crossed.oauth2_token())


def test_no_token_anywhere_after_sign_in_sending_and_a_failed_refresh(
    run_signin: Callable[..., Signin],
    oauth: OAuthTestServer,
    smtp: SMTPTestServer,
    work: Profile,
    composer_home: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    signin = run_signin("Work", "--no-browser", "--verbose")
    oauth.browse(signin.url())
    assert signin.finish() == 0
    printed = signin.out.text
    assert send_cli("--verbose") == 0
    oauth.advance(oauth.access_lifetime + 1)
    assert send_cli("--verbose") == 0  # refreshed, the refresh token rotated
    oauth.revoke(USER)
    assert send_cli("--verbose") == 1  # a failed refresh
    out = capsys.readouterr()
    secrets = set()
    for token in oauth.issued(work.oauth.client_id):
        secrets |= {token.access_token, token.refresh_token}
    assert len(secrets) >= 6
    files = [p for p in composer_home.rglob("*") if p.is_file()]
    assert files  # profiles.toml, the log, the Sent copies
    texts = [p.read_bytes().decode("utf-8", "replace") for p in files]
    texts += [printed, out.out, out.err, caplog.text]
    for secret in secrets:
        for text in texts:
            assert secret not in text


def test_composer_merge_sends_with_the_profiles_sign_in(
    oauth: OAuthTestServer,
    smtp: SMTPTestServer,
    work: Profile,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    signed_in(work, oauth)
    data = tmp_path / "members.csv"
    data.write_text("name,email\nKim,kim@club.example\nLee,lee@club.example\n", encoding="utf-8")
    template = tmp_path / "letter.eml"
    template.write_text(
        f"From: {USER}\nTo: {{{{ name }}}} <{{{{ email }}}}>\nSubject: Hello {{{{ name }}}}\n\n"
        "Dear {{ name }}\n",
        encoding="utf-8",
    )
    status = main(["merge", str(data), str(template), "--profile", "Work", "--yes"])
    assert status == 0, capsys.readouterr().err
    assert sorted(r for m in smtp.messages for r in m.rcpt_tos) == [
        "kim@club.example",
        "lee@club.example",
    ]
    assert {m.session.mechanism for m in smtp.messages} == {"OAUTHBEARER"}


def test_the_connection_test_signs_in_with_the_token(
    oauth: OAuthTestServer,
    smtp: SMTPTestServer,
    work: Profile,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["profiles", "test", "Work"]) == 2
    assert "is not signed in yet" in capsys.readouterr().err
    signed_in(work, oauth)
    assert main(["profiles", "test", "Work"]) == 0
    out = capsys.readouterr().out
    assert f"Logged in as {USER}" in out
    assert "The connection works." in out
    assert smtp.oauth_attempts[-1][1] == USER


def test_removing_the_profile_forgets_its_sign_in(
    oauth: OAuthTestServer, work: Profile, memory_keyring: MemoryKeyring
) -> None:
    signed_in(work, oauth)
    assert memory_keyring.passwords
    assert main(["profiles", "remove", "Work"]) == 0
    assert not memory_keyring.passwords
