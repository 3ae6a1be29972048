"""Signing a profile in with OAuth 2.0 against a real authorization server (Authlib, HTTPS).

The test plays the browser: it follows the URL ``composer profiles signin --no-browser``
printed, the server signs the user in and redirects to Composer's loopback address.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

import pytest
from keyring_fixtures import MemoryKeyring
from oauth_fixtures import USER, Signin, oauth_profile, run_signin, save_profiles
from servers.oauthserver import OAuthTestServer

from composer.appinfo import APP_ID
from composer.errors import Cancelled, CancelToken
from composer.profiles.credentials import CredentialStore
from composer.profiles.model import Profile
from composer.profiles.oauth import tokenstore
from composer.profiles.oauth.errors import NoClientId
from composer.profiles.oauth.presets import ENV_CLIENTS_FILE, client_for
from composer.profiles.oauth.session import open_session
from composer.profiles.oauth.signin import sign_in
from composer.profiles.parts import OAuthProvider
from composer.profiles.store import ProfileStore

if TYPE_CHECKING:
    from smtpserver import TestPKI

__all__ = ["run_signin"]  # the fixture, used by name


@pytest.fixture
def oauth(oauth_server: OAuthTestServer) -> Iterator[OAuthTestServer]:
    oauth_server.reset()
    yield oauth_server
    oauth_server.reset()


@pytest.fixture
def work(oauth: OAuthTestServer, pki: TestPKI) -> Profile:
    profile = oauth_profile(oauth, oauth.add_client(), pki)
    save_profiles(profile)
    return profile


def stored(memory_keyring: MemoryKeyring) -> dict[str, str]:
    return {
        user: secret
        for (service, user), secret in memory_keyring.passwords.items()
        if service == APP_ID
    }


def test_signin_prints_the_url_alone_then_who_signed_in(
    run_signin: Callable[..., Signin],
    oauth: OAuthTestServer,
    work: Profile,
    memory_keyring: MemoryKeyring,
) -> None:
    signin = run_signin("Work", "--no-browser")
    url = signin.url()
    query = parse_qs(urlsplit(url).query)
    assert url.startswith(oauth.authorize_url + "?")
    assert query["code_challenge_method"] == ["S256"]
    assert urlsplit(query["redirect_uri"][0]).hostname == "127.0.0.1"
    assert oauth.browse(url) == 200
    assert signin.finish() == 0
    assert f"Signed in as {USER}" in signin.out.text
    # The URL's line holds the URL alone.
    assert url + "\n" in signin.out.text.splitlines(keepends=True)[0] + url + "\n"
    keys = stored(memory_keyring)
    entry = "oauth2://alice%40example.com@127.0.0.1"
    assert entry in keys
    issued = list(oauth.issued(work.oauth.client_id))
    assert keys[entry] == issued[-1].refresh_token
    saved = ProfileStore().read().get("Work")
    assert saved.oauth.account == USER


def test_a_redirect_with_another_state_is_refused(
    run_signin: Callable[..., Signin],
    oauth: OAuthTestServer,
    work: Profile,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    signin = run_signin("Work", "--no-browser")
    oauth.browse(signin.url(), tamper_state=True)
    assert signin.finish() == 1
    err = capsys.readouterr().err
    assert "did not ask for" in err
    assert "Traceback" not in err
    assert not stored(memory_keyring)


def test_a_token_endpoint_answering_html_is_a_clear_error(
    run_signin: Callable[..., Signin],
    oauth: OAuthTestServer,
    work: Profile,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    oauth.token_endpoint_html = True
    signin = run_signin("Work", "--no-browser")
    oauth.browse(signin.url())
    assert signin.finish() == 1
    err = capsys.readouterr().err
    assert "did not answer with a token (HTTP 200, HTML)" in err
    assert not stored(memory_keyring)


@pytest.mark.parametrize(
    ("answer", "words"),
    [
        ("access_denied", "declined in the browser"),
        ("consent_required", "admin consent"),
    ],
)
def test_a_refusal_in_the_browser_is_said_in_words(
    run_signin: Callable[..., Signin],
    oauth: OAuthTestServer,
    work: Profile,
    capsys: pytest.CaptureFixture[str],
    answer: str,
    words: str,
) -> None:
    oauth.consent = answer
    signin = run_signin("Work", "--no-browser")
    oauth.browse(signin.url())
    assert signin.finish() == 1
    assert words in capsys.readouterr().err


def test_the_browser_never_coming_back_times_out(
    run_signin: Callable[..., Signin], work: Profile, capsys: pytest.CaptureFixture[str]
) -> None:
    signin = run_signin("Work", "--no-browser", "--timeout", "0.5")
    signin.url()
    assert signin.finish() == 1
    assert "did not come back" in capsys.readouterr().err


def test_signing_in_as_another_account_than_the_profiles_is_refused(
    run_signin: Callable[..., Signin],
    oauth: OAuthTestServer,
    work: Profile,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    oauth.login_as = "mallory@example.com"
    signin = run_signin("Work", "--no-browser")
    oauth.browse(signin.url())
    assert signin.finish() == 1
    err = capsys.readouterr().err
    assert "You signed in as mallory@example.com" in err
    assert USER in err
    assert not stored(memory_keyring)


def test_a_password_profile_cannot_sign_in(
    run_signin: Callable[..., Signin], capsys: pytest.CaptureFixture[str]
) -> None:
    save_profiles(Profile("Plain"))
    assert run_signin("Plain", "--no-browser").finish() == 2
    assert "does not sign in with a provider" in capsys.readouterr().err


def test_cancelling_stops_the_wait(oauth: OAuthTestServer, work: Profile) -> None:
    token = CancelToken()
    with pytest.raises(Cancelled):
        sign_in(
            work,
            CredentialStore(),
            show_url=lambda _url: token.cancel(),
            open_browser=False,
            token=token,
        )


def test_a_long_refresh_token_is_kept_in_pieces_windows_can_hold(
    oauth: OAuthTestServer, work: Profile, memory_keyring: MemoryKeyring
) -> None:
    oauth.refresh_token_length = 3000
    store = CredentialStore()
    browser = []

    def open_in_browser(url: str) -> None:
        browser.append(threading.Thread(target=oauth.browse, args=(url,)))
        browser[0].start()

    sign_in(work, store, show_url=open_in_browser, open_browser=False)
    browser[0].join(timeout=10)
    pieces = stored(memory_keyring)
    assert len(pieces) == 4  # the entry and three pieces
    for secret in pieces.values():
        assert len(secret.encode("utf-16-le")) <= tokenstore.WINDOWS_LIMIT
    refresh_token = list(oauth.issued(work.oauth.client_id))[-1].refresh_token
    assert tokenstore.load(store, tokenstore.entry_name(work)) == refresh_token
    # The rotated (also long) token replaces it, piece by piece.
    session = open_session(work, store)
    assert session()
    rotated = list(oauth.issued(work.oauth.client_id))[-1].refresh_token
    assert rotated != refresh_token
    assert tokenstore.load(store, tokenstore.entry_name(work)) == rotated


def test_the_client_id_comes_from_the_profile_else_the_organisation_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_CLIENTS_FILE, str(tmp_path / "absent.toml"))
    profile = Profile("Office")
    profile.oauth.provider = OAuthProvider.MICROSOFT
    with pytest.raises(NoClientId) as caught:
        client_for(profile)
    assert "absent.toml" in caught.value.message.todo
    org = tmp_path / "oauth-clients.toml"
    org.write_text('[microsoft]\nclient_id = "org-client"\ntenant = "contoso.example"\n')
    monkeypatch.setenv(ENV_CLIENTS_FILE, str(org))
    client = client_for(profile)
    assert client.client_id == "org-client"
    assert client.token_url == (
        "https://login.microsoftonline.com/contoso.example/oauth2/v2.0/token"
    )
    assert "https://outlook.office.com/SMTP.Send" in client.scopes
    assert "offline_access" in client.scopes
    profile.oauth.client_id = "profile-client"
    assert client_for(profile).client_id == "profile-client"


def test_the_test_server_verifies_pkce_and_the_redirect_uri(
    oauth: OAuthTestServer, work: Profile
) -> None:
    import urllib.error
    import urllib.request
    from urllib.parse import urlencode

    from servers.oauthserver import _NoRedirect

    base = {
        "response_type": "code",
        "client_id": work.oauth.client_id,
        "redirect_uri": "http://127.0.0.1:9/",
        "state": "s",
    }
    opener = urllib.request.build_opener(
        urllib.request.HTTPSHandler(context=oauth.client_context), _NoRedirect()
    )
    with pytest.raises(urllib.error.HTTPError) as caught:  # no PKCE challenge
        opener.open(f"{oauth.authorize_url}?{urlencode(base)}", timeout=10)
    with caught.value:
        assert caught.value.code == 400
        assert b"PKCE" in caught.value.read()
    elsewhere = {
        **base,
        "redirect_uri": "https://elsewhere.example/",
        "code_challenge": "x" * 43,
        "code_challenge_method": "S256",
    }
    with pytest.raises(urllib.error.HTTPError) as caught:
        opener.open(f"{oauth.authorize_url}?{urlencode(elsewhere)}", timeout=10)
    with caught.value:
        assert caught.value.code == 400


def test_a_profiles_file_saved_during_the_wait_keeps_both_changes(
    run_signin: Callable[..., Signin], oauth: OAuthTestServer, work: Profile
) -> None:
    signin = run_signin("Work", "--no-browser")
    url = signin.url()
    # Meanwhile Preferences saves the file with another profile.
    save_profiles(work, Profile("Home"))
    oauth.browse(url)
    assert signin.finish() == 0
    book = ProfileStore().read()
    assert book.names() == ["Work", "Home"]
    assert book.get("Work").oauth.account == USER


def test_deleting_an_oauth_profile_in_preferences_forgets_its_sign_in(
    memory_keyring: MemoryKeyring,
) -> None:
    from composer.profiles.apply import apply_profiles
    from composer.profiles.credentials import Credentials
    from composer.profiles.edits import EditedBook
    from composer.profiles.model import AuthMethod, ProfileBook, SmtpSettings

    def office(name: str) -> Profile:
        smtp = SmtpSettings(host="smtp.office365.com", username=USER)
        return Profile(name, smtp=smtp, auth=AuthMethod.OAUTH2)

    store = CredentialStore()
    tokenstore.save(store, tokenstore.entry_name(office("x")), "rt-kept-in-the-keyring")
    files = ProfileStore()
    files.read()
    files.save(ProfileBook([office("Work"), office("Work too"), Profile("Home")]))
    edited = EditedBook(files.read())
    edited.remove("Work")  # "Work too" signs in as the same account: the sign-in stays
    assert apply_profiles(
        files, Credentials(store), edited.book.copy(), edited.pending_secrets()
    ).complete
    assert stored(memory_keyring)
    edited.secrets_stored()
    edited.remove("Work too")
    assert apply_profiles(
        files, Credentials(store), edited.book.copy(), edited.pending_secrets()
    ).complete
    assert not stored(memory_keyring)
