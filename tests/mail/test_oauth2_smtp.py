"""The SMTP backend's ``oauth2_token``: OAUTHBEARER or XOAUTH2 against a real aiosmtpd."""

from __future__ import annotations

import smtplib
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st
from smtpserver import SMTPTestServer

from composer.errors.describe import ServerInfo, describe
from composer.mail import EmailMessage, get_connection
from composer.mail.oauth2 import (
    OAuth2NotOfferedError,
    OAuth2TokenRefused,
    oauthbearer_response,
)

GOOD = "ya29.good-token-for-alice"


def accepts_alice(user: str, token: str) -> bool:
    return (user, token) == ("alice@example.com", GOOD)


@pytest.fixture
def make() -> Iterator[object]:
    servers: list[SMTPTestServer] = []

    def start(**kwargs: object) -> SMTPTestServer:
        server = SMTPTestServer(**kwargs).start()  # type: ignore[arg-type]
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def send(server: SMTPTestServer, token: object) -> int:
    connection = get_connection(
        host=server.host, port=server.port, username="alice@example.com", oauth2_token=token
    )
    message = EmailMessage("Hi", "Body", "alice@example.com", ["bob@example.com"])
    return connection.send_messages([message])


@pytest.mark.parametrize(
    ("offered", "used"),
    [(("XOAUTH2", "OAUTHBEARER"), "OAUTHBEARER"), (("XOAUTH2",), "XOAUTH2")],
)
def test_a_token_signs_in_with_the_best_mechanism_offered(
    make: object, offered: tuple[str, ...], used: str
) -> None:
    server = make(oauth=accepts_alice, oauth_mechanisms=offered)  # type: ignore[operator]
    assert send(server, GOOD) == 1
    assert server.messages[0].session.mechanism == used
    assert server.messages[0].session.login == "alice@example.com"


def test_a_callable_is_asked_for_a_fresh_token_at_each_login(make: object) -> None:
    server = make(oauth=accepts_alice)  # type: ignore[operator]
    calls: list[int] = []

    def fresh() -> str:
        calls.append(1)
        return GOOD

    assert send(server, fresh) == 1
    assert send(server, fresh) == 1
    assert len(calls) == 2


def test_a_refused_token_is_an_authentication_error_without_the_token(make: object) -> None:
    server = make(oauth=accepts_alice)  # type: ignore[operator]
    with pytest.raises(OAuth2TokenRefused) as caught:
        send(server, "expired-token-value")
    exc = caught.value
    assert isinstance(exc, smtplib.SMTPAuthenticationError)
    assert exc.smtp_code == 535
    assert exc.status == "401"
    assert "expired-token-value" not in str(exc)
    assert not server.messages
    words = describe(exc, ServerInfo("smtp.example.com", 587, "starttls", "alice@example.com"))
    assert words.what.startswith("smtp.example.com refused the sign-in of alice@example.com")
    assert "Sign in again" in words.todo


def test_a_server_without_a_token_login_is_a_clear_error(make: object) -> None:
    server = make(  # type: ignore[operator]
        oauth=accepts_alice, oauth_mechanisms=(), auth=("alice@example.com", "pw")
    )
    with pytest.raises(OAuth2NotOfferedError) as caught:
        send(server, GOOD)
    assert caught.value.offered == ["LOGIN", "PLAIN"]
    assert not server.oauth_attempts
    words = describe(caught.value, ServerInfo("mail.example.com"))
    assert "does not offer signing in with a provider's token" in words.what
    assert "LOGIN PLAIN" in words.what


@pytest.mark.parametrize(
    ("reply", "words"),
    [
        (
            b"5.7.30 Basic authentication is not supported for Client Submission.",
            "no longer accepts a password",
        ),
        (
            b"5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for "
            b"the Mailbox.",
            "SMTP AUTH is turned off",
        ),
    ],
)
def test_microsofts_refusals_are_worded(reply: bytes, words: str) -> None:
    exc = smtplib.SMTPAuthenticationError(535, reply)
    message = describe(exc, ServerInfo("smtp.office365.com", 587, "starttls", "me@contoso.com"))
    assert words in message.what
    if b"5.7.30" in reply:
        assert "Sign in with the provider (OAuth 2.0)" in message.todo
    else:
        assert "administrator" in message.todo


@given(
    user=st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x01"),
        max_size=40,
    )
)
def test_the_oauthbearer_identity_survives_any_user_name(user: str) -> None:
    """RFC 7628's GS2 header escapes "," and "=": any user name reads back unchanged."""
    blob = oauthbearer_response(user, "tok", "smtp.example.com", 587).decode()
    gs2, rest = blob.split("\x01", 1)
    assert rest == "host=smtp.example.com\x01port=587\x01auth=Bearer tok\x01\x01"
    flag, identity, empty = gs2.split(",")
    assert (flag, empty) == ("n", "")
    if user:
        assert identity.startswith("a=")
        assert identity[2:].replace("=2C", ",").replace("=3D", "=") == user
    else:
        assert identity == ""


@given(st.one_of(st.text(max_size=60), st.binary(max_size=60).map(lambda b: b.hex())))
def test_a_garbage_id_token_or_challenge_never_breaks_a_sign_in(junk: str) -> None:
    from composer.mail.oauth2 import _challenge_status
    from composer.profiles.oauth.tokens import _who

    assert isinstance(_who(junk), str)
    assert isinstance(_who(f"a.{junk}.b"), str)
    assert isinstance(_challenge_status(junk.encode()), str)
