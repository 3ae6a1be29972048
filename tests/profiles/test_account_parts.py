"""A profile's sign-in, OAuth client and IMAP server: kept in profiles.toml, never a secret."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.profiles.fileformat import ProfileFileError, dumps, loads
from composer.profiles.model import (
    AuthMethod,
    ImapSettings,
    OAuthProvider,
    OAuthSettings,
    Profile,
    ProfileBook,
    Security,
    SmtpSettings,
)

PATH = Path("profiles.toml")


def oauth_profile() -> Profile:
    return Profile(
        name="Work",
        smtp=SmtpSettings(host="smtp.office365.com", port=587, username="kim@contoso.test"),
        auth=AuthMethod.OAUTH2,
        oauth=OAuthSettings(
            provider=OAuthProvider.MICROSOFT,
            client_id="11111111-2222-3333-4444-555555555555",
            tenant="contoso.test",
            scopes=["https://outlook.office.com/SMTP.Send", "offline_access"],
            account="kim@contoso.test",
        ),
        imap=ImapSettings(host="outlook.office365.com", sent_folder="Sent Items"),
        provider="microsoft365",
    )


def test_sign_in_oauth_and_imap_survive_a_round_trip() -> None:
    book = ProfileBook([oauth_profile()], "Work")
    again = loads(dumps(book), PATH)
    assert again.get("Work") == oauth_profile()


def test_a_password_profile_without_imap_writes_none_of_it() -> None:
    text = dumps(ProfileBook([Profile(name="Plain", smtp=SmtpSettings(host="h"))], "Plain"))
    for line in ("auth =", "provider =", "[profiles.oauth]", "[profiles.imap]"):
        assert f"\n{line}" not in text
    assert loads(text, PATH).get("Plain").auth is AuthMethod.PASSWORD


def test_an_oauth_profile_needs_no_password() -> None:
    profile = oauth_profile()
    assert not profile.needs_password
    assert profile.account is None  # no password entry in the keyring for it
    profile.auth = AuthMethod.PASSWORD
    assert profile.needs_password


@pytest.mark.parametrize(
    ("snippet", "words"),
    [
        ('auth = "kerberos"', 'auth must be one of "password", "oauth2"'),
        ('[profiles.oauth]\nprovider = "yahoo"', "provider must be one of"),
        ("[profiles.oauth]\nscopes = [1]", "scopes must be a list"),
        ('[profiles.imap]\nsecurity = "tls"', "security must be one of"),
        ("[profiles.imap]\nport = 0", "port must be between 1 and 65535"),
        ('[profiles.imap]\npassword = "x"', "Unknown setting 'password'"),
    ],
)
def test_a_wrong_account_setting_is_named_with_its_line(snippet: str, words: str) -> None:
    text = f'schema_version = 1\n[[profiles]]\nname = "A"\nbackend = "smtp"\n{snippet}\n'
    with pytest.raises(ProfileFileError) as caught:
        loads(text, PATH)
    assert words in str(caught.value)
    assert caught.value.line is not None


def test_imap_defaults_are_implicit_tls_and_a_sent_copy() -> None:
    imap = ImapSettings(host="imap.example.test")
    assert (imap.port, imap.security, imap.sent_copy, imap.enabled) == (
        993,
        Security.SSL,
        True,
        True,
    )
    assert not ImapSettings().enabled
