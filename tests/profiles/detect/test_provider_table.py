"""The built-in table: each provider our users have is recognised and set up correctly."""

from __future__ import annotations

import pytest
from servers.dnsserver import DnsServer

from composer.profiles.detect import DetectOptions, Source, detect
from composer.profiles.imapaccount import files_sent_itself
from composer.profiles.model import AuthMethod, OAuthProvider, Profile, Security, SmtpSettings
from composer.profiles.providertable import (
    PROVIDERS,
    UsernameForm,
    entry,
    entry_for_address,
    entry_for_profile,
    sending_limits,
)

# (address, key, smtp host, port, security, imap host, user name, sign-in)
CASES = [
    ("kim@gmail.com", "gmail", "smtp.gmail.com", 465, Security.SSL, "imap.gmail.com",
     "kim@gmail.com", AuthMethod.OAUTH2),
    ("kim@hotmail.com", "outlook", "smtp-mail.outlook.com", 587, Security.STARTTLS,
     "outlook.office365.com", "kim@hotmail.com", AuthMethod.OAUTH2),
    ("kim@outlook.com", "outlook", "smtp-mail.outlook.com", 587, Security.STARTTLS,
     "outlook.office365.com", "kim@outlook.com", AuthMethod.OAUTH2),
    ("kim@yahoo.com", "yahoo", "smtp.mail.yahoo.com", 465, Security.SSL, "imap.mail.yahoo.com",
     "kim@yahoo.com", AuthMethod.PASSWORD),
    ("kim@icloud.com", "icloud", "smtp.mail.me.com", 587, Security.STARTTLS, "imap.mail.me.com",
     "kim@icloud.com", AuthMethod.PASSWORD),
    ("kim@naver.com", "naver", "smtp.naver.com", 465, Security.SSL, "imap.naver.com",
     "kim", AuthMethod.PASSWORD),
    ("kim@hanmail.net", "daum", "smtp.daum.net", 465, Security.SSL, "imap.daum.net",
     "kim", AuthMethod.PASSWORD),
    ("kim@kakao.com", "kakao", "smtp.kakao.com", 465, Security.SSL, "imap.kakao.com",
     "kim@kakao.com", AuthMethod.PASSWORD),
]  # fmt: skip


@pytest.mark.parametrize(
    ("address", "key", "host", "port", "security", "imap", "username", "auth"), CASES
)
def test_each_provider_is_set_up_from_the_table_without_asking_the_network(
    dns_server: DnsServer,
    address: str,
    key: str,
    host: str,
    port: int,
    security: Security,
    imap: str,
    username: str,
    auth: AuthMethod,
) -> None:
    steps: list[object] = []
    result = detect(address, DetectOptions(resolver=dns_server.resolver()), progress=steps.append)
    found = result.finding
    assert found is not None
    assert found.source is Source.TABLE
    assert found.provider == key
    assert found.smtp is not None
    assert (found.smtp.host, found.smtp.port, found.smtp.security) == (host, port, security)
    assert found.imap is not None
    assert (found.imap.host, found.imap.port, found.imap.security) == (imap, 993, Security.SSL)
    assert found.username == username
    assert found.auth is auth
    assert not found.needs_confirmation
    domain = address.rpartition("@")[2]
    assert dns_server.asked(domain) == []


def test_microsoft_accounts_sign_in_and_leave_the_tenant_to_the_organisation() -> None:
    outlook, m365 = entry("outlook"), entry("microsoft365")
    assert outlook is not None
    assert m365 is not None
    assert (outlook.oauth, m365.oauth) == (OAuthProvider.MICROSOFT, OAuthProvider.MICROSOFT)
    # The tenant is left to the profile's default, so the organisation's file can set it.
    assert (outlook.oauth_tenant, m365.oauth_tenant) == ("", "")
    # Outlook.com refuses passwords: the advice must not propose one.
    assert outlook.advice is not None
    assert not outlook.advice.passwords_work


def test_limits_and_sent_filing_are_typed_for_the_merge_engine_and_the_imap_copy() -> None:
    gmail, yahoo, ses = entry("gmail"), entry("yahoo"), entry("amazon-ses")
    assert gmail is not None
    assert yahoo is not None
    assert ses is not None
    assert gmail.limits.messages_per_day == 500
    assert gmail.limits.recipients_per_message == 100
    assert gmail.files_sent_itself
    assert entry("microsoft365").files_sent_itself  # type: ignore[union-attr]
    assert not yahoo.files_sent_itself
    assert ses.limits.recipients_per_message == 50
    naver = entry("naver")
    assert naver is not None
    assert not naver.limits.known


def test_relays_are_chosen_by_key_never_guessed_from_an_address() -> None:
    relay, ses = entry("google-relay"), entry("amazon-ses")
    assert relay is not None
    assert ses is not None
    assert relay.smtp.host == "smtp-relay.gmail.com"
    assert relay.imap is None
    assert ses.imap is None
    assert ses.username is UsernameForm.ISSUED
    assert ses.username_for("me@example.com") == ""
    assert entry_for_address("me@amazonaws.com") is None
    assert all(not e.relay for e in PROVIDERS if e.address_domains)


def test_a_profile_finds_its_provider_by_key_then_host_then_address() -> None:
    by_key = Profile("a", provider="google-relay")
    assert entry_for_profile(by_key) is entry("google-relay")
    by_host = Profile("b", smtp=SmtpSettings(host="smtp.office365.com"))
    assert entry_for_profile(by_host) is entry("microsoft365")
    by_address = Profile("c", smtp=SmtpSettings(host="mail.example.com", username="x@naver.com"))
    assert entry_for_profile(by_address) is entry("naver")
    assert entry_for_profile(Profile("d", smtp=SmtpSettings(host="mail.example.com"))) is None


def test_a_profile_answers_its_limits_and_whether_to_copy_to_sent() -> None:
    gmail = Profile("g", smtp=SmtpSettings(host="smtp.gmail.com", username="k@gmail.com"))
    assert sending_limits(gmail).messages_per_day == 500
    assert files_sent_itself(gmail)
    relay = Profile("r", smtp=SmtpSettings(host="mail.example.com"), provider="google-relay")
    assert sending_limits(relay).recipients_per_day == 10000
    assert not files_sent_itself(relay)
    own = Profile("o", smtp=SmtpSettings(host="mail.example.com", username="me@example.com"))
    assert not sending_limits(own).known
    assert not files_sent_itself(own)
