"""Provider advice: true for each provider, the same in the connection test and when sending."""

from __future__ import annotations

import smtplib

import pytest
from smtpserver import SMTPTestServer

from composer.compose.message import ComposedMessage
from composer.errors.describe import ServerInfo, describe
from composer.profiles.conntest import ConnectionParams, run_connection_test
from composer.profiles.model import Security
from composer.profiles.providers import Provider, login_advice, provider_for, provider_info
from composer.sending.job import SendStatus, send_composed


@pytest.mark.parametrize(
    ("host", "username", "expected"),
    [
        ("smtp.gmail.com", "", Provider.GMAIL),
        ("smtp-relay.gmail.com.", "", Provider.GMAIL),
        ("SMTP.Office365.com", "", Provider.MICROSOFT),
        ("smtp-mail.outlook.com", "", Provider.MICROSOFT),
        ("smtp.naver.com", "", Provider.NAVER),
        ("smtp.daum.net", "", Provider.DAUM),
        ("smtp.kakao.com", "", Provider.DAUM),
        ("smtp.mail.yahoo.com", "", Provider.YAHOO),
        ("smtp.mail.me.com", "", Provider.ICLOUD),
        # An unknown host: the user name's domain tells.
        ("127.0.0.1", "kim@hanmail.net", Provider.DAUM),
        ("mail.example.com", "me@hotmail.com", Provider.MICROSOFT),
        ("mail.example.com", "Me@NAVER.com", Provider.NAVER),
        # The host wins over the user name (a Gmail login at a company relay is the relay).
        ("smtp.naver.com", "me@gmail.com", Provider.NAVER),
        ("mail.example.com", "me@example.com", None),
        ("notgmail.com", "", None),
        ("mail.example.com", "gmail.com", None),
    ],
)
def test_provider_is_chosen_by_host_then_by_user_name(
    host: str, username: str, expected: Provider | None
) -> None:
    assert provider_for(host, username) is expected


def test_each_provider_gets_advice_that_is_true_for_it() -> None:
    gmail = provider_info(Provider.GMAIL).login
    assert "app password" in gmail
    assert "2-Step Verification" in gmail
    microsoft = provider_info(Provider.MICROSOFT)
    # Outlook.com refuses app passwords since September 2024: advising one sends users in
    # circles. OAuth is the answer: switching the profile to signing in.
    assert not microsoft.passwords_work
    assert "OAuth" in microsoft.login
    assert "Sign in with the provider" in microsoft.login
    assert "create" not in microsoft.login.lower()
    naver = provider_info(Provider.NAVER).login
    assert "SMTP" in naver
    assert "application password" in naver
    daum = provider_info(Provider.DAUM).login
    assert "IMAP/SMTP" in daum
    assert "app password" in daum
    assert "app password" in provider_info(Provider.YAHOO).login
    assert "app-specific password" in provider_info(Provider.ICLOUD).login
    generic = login_advice("mail.example.com", "me@example.com")
    assert "Gmail" not in generic
    assert "Microsoft" not in generic


def test_the_connection_test_gives_the_providers_advice() -> None:
    server = SMTPTestServer(auth=("someone", "right")).start()
    try:
        params = ConnectionParams("127.0.0.1", server.port, Security.NONE, "me@outlook.com", 10)
        result = run_connection_test(params, "an-app-password")
    finally:
        server.stop()
    assert result.failure is not None
    assert "Outlook.com" in result.failure.what
    assert result.failure.todo == provider_info(Provider.MICROSOFT).login


def test_sending_gives_the_same_advice_as_the_connection_test() -> None:
    from composer.mail.backends.smtp import EmailBackend

    server = SMTPTestServer(auth=("someone", "right")).start()
    try:
        connection = EmailBackend(
            host="127.0.0.1", port=server.port, username="kim@naver.com", password="wrong"
        )
        result = send_composed(
            ComposedMessage(from_addr="kim@naver.com", to=["a@example.com"], subject="s"),
            connection,
            profile="Naver",
            server=ServerInfo("127.0.0.1", server.port, username="kim@naver.com"),
        )
    finally:
        server.stop()
    assert result.status is SendStatus.FAILED
    assert result.message.todo == provider_info(Provider.NAVER).login
    assert server.messages == []


def test_the_words_recognise_the_provider_by_the_server() -> None:
    exc = smtplib.SMTPAuthenticationError(535, b"5.7.139 Authentication unsuccessful")
    office = describe(exc, ServerInfo("smtp.office365.com", 587))
    assert office.todo == provider_info(Provider.MICROSOFT).login
    gmail = describe(exc, ServerInfo("smtp.gmail.com", 587))
    assert gmail.todo == provider_info(Provider.GMAIL).login
