"""The shared real servers answer as the tests that use them assume."""

from __future__ import annotations

import imaplib
from typing import TYPE_CHECKING

import dns.resolver
import pytest
from servers.dnsserver import DnsServer
from servers.dovecot import DovecotServer

if TYPE_CHECKING:
    from smtpserver import TestPKI


def test_dns_answers_the_records_a_test_adds(dns_server: DnsServer) -> None:
    dns_server.zone(
        """
        srv-check.test. 300 IN MX 10 mx.srv-check.test.
        _submission._tcp.srv-check.test. 300 IN SRV 0 1 587 smtp.srv-check.test.
        """
    )
    resolver = dns_server.resolver()
    assert [r.to_text() for r in resolver.resolve("srv-check.test", "MX")] == [
        "10 mx.srv-check.test."
    ]
    srv = resolver.resolve("_submission._tcp.srv-check.test", "SRV")
    assert [(r.port, str(r.target)) for r in srv] == [(587, "smtp.srv-check.test.")]
    with pytest.raises(dns.resolver.NXDOMAIN):
        resolver.resolve("missing.srv-check.test", "A")


def test_dns_can_fail_and_stay_silent(dns_server: DnsServer) -> None:
    dns_server.add("down.test", "MX", "10 mx.down.test.")
    dns_server.fail("down.test")
    with pytest.raises(dns.resolver.NoNameservers):
        dns_server.resolver().resolve("down.test", "MX")
    dns_server.remove("down.test")
    dns_server.silence("quiet.test")
    with pytest.raises(dns.resolver.LifetimeTimeout):
        dns_server.resolver(timeout=0.3).resolve("quiet.test", "MX")


def test_dovecot_files_an_appended_message_in_its_sent_mailbox(
    dovecot: DovecotServer, imap_user: tuple[str, str], pki: TestPKI
) -> None:
    user, password = imap_user
    raw = b"From: a@imap.test\r\nSubject: kept\r\n\r\nhello\r\n"
    with imaplib.IMAP4_SSL(dovecot.host, dovecot.imaps_port, ssl_context=pki.client_context()) as m:
        m.login(user, password)
        listed = m.list()[1]
        assert any(b"\\Sent" in line and line.endswith(b" Sent") for line in listed)
        assert m.append("Sent", None, None, raw)[0] == "OK"
    assert [s.wire for s in dovecot.messages(user, "Sent")] == [raw]


def test_dovecot_without_special_use_and_over_quota(
    dovecot_plain_names: DovecotServer, pki: TestPKI
) -> None:
    dovecot_plain_names.add_user("full@imap.test", "pw", quota_kib=1)
    with imaplib.IMAP4(dovecot_plain_names.host, dovecot_plain_names.imap_port) as m:
        m.starttls(pki.client_context())
        m.login("full@imap.test", "pw")
        listed = b"\n".join(m.list()[1])
        assert b"\\Sent" not in listed
        assert b'"Sent Items"' in listed
        status, data = m.append('"Sent Items"', None, None, b"Subject: x\r\n\r\n" + b"y" * 4000)
        assert status == "NO"
        assert b"OVERQUOTA" in data[0]
