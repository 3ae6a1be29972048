"""Detection from the domain itself: autoconfig over real HTTPS, SRV and MX from a real DNS
server, and a guess checked against real SMTP and IMAP servers, all on 127.0.0.1."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

import pytest
from servers.dnsserver import DnsServer
from servers.dovecot import DovecotServer
from servers.httpsdocs import HttpsDocs

from composer.errors import Cancelled, CancelToken
from composer.profiles.detect import (
    DetectOptions,
    Finding,
    InvalidAddress,
    NothingFound,
    ProbeTarget,
    Source,
    StepReport,
    StepStatus,
    detect,
)
from composer.profiles.model import AuthMethod, OAuthProvider, Security

if TYPE_CHECKING:
    from smtpserver import SMTPTestServer, TestPKI


def _doc(
    smtp: str = "smtp.%EMAILDOMAIN%",
    user: str = "%EMAILLOCALPART%",
    auth: str = "password-cleartext",
) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="example">
    <domain>%EMAILDOMAIN%</domain>
    <incomingServer type="pop3">
      <hostname>pop.%EMAILDOMAIN%</hostname><port>995</port><socketType>SSL</socketType>
    </incomingServer>
    <incomingServer type="imap">
      <hostname>imap.%EMAILDOMAIN%</hostname><port>143</port><socketType>STARTTLS</socketType>
      <username>{user}</username><authentication>password-cleartext</authentication>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>plain.%EMAILDOMAIN%</hostname><port>25</port><socketType>plain</socketType>
      <username>{user}</username><authentication>{auth}</authentication>
    </outgoingServer>
    <outgoingServer type="smtp">
      <hostname>{smtp}</hostname><port>465</port><socketType>SSL</socketType>
      <username>{user}</username><authentication>{auth}</authentication>
    </outgoingServer>
  </emailProvider>
</clientConfig>""".encode()  # fmt: skip


@pytest.fixture
def options(dns_server: DnsServer, https_docs: HttpsDocs, pki: TestPKI) -> DetectOptions:
    return DetectOptions(
        resolver=dns_server.resolver(timeout=1.0),
        autoconfig_base=https_docs.base_url,
        cafile=str(pki.ca_file),
        timeout=1.0,
    )


def _run(address: str, options: DetectOptions) -> tuple[Finding, list[StepReport]]:
    steps: list[StepReport] = []
    result = detect(address, options, progress=steps.append)
    assert result.finding is not None
    return result.finding, [s for s in steps if s.status is not StepStatus.RUNNING]


def test_autoconfig_at_the_autoconfig_host_fills_servers_and_user_name(
    options: DetectOptions, https_docs: HttpsDocs
) -> None:
    https_docs.put("/autoconfig.ac-one.test/mail/config-v1.1.xml", _doc())
    found, steps = _run("kim@ac-one.test", options)
    assert found.source is Source.AUTOCONFIG
    assert found.smtp.host == "smtp.ac-one.test"
    # The encrypted server is preferred over the plain one the document lists first.
    assert (found.smtp.port, found.smtp.security) == (465, Security.SSL)
    assert found.imap.host == "imap.ac-one.test"
    assert found.imap.security is Security.STARTTLS
    assert found.username == "kim"
    assert not found.needs_confirmation
    assert found.where.startswith(https_docs.base_url + "/autoconfig.ac-one.test/")
    assert https_docs.asked("/autoconfig.ac-one.test/") == [
        "/autoconfig.ac-one.test/mail/config-v1.1.xml?emailaddress=kim@ac-one.test"
    ]
    assert [s.source for s in steps] == [Source.TABLE, Source.AUTOCONFIG]


def test_the_well_known_document_is_read_when_the_autoconfig_host_has_none(
    options: DetectOptions, https_docs: HttpsDocs
) -> None:
    https_docs.put(
        "/ac-two.test/.well-known/autoconfig/mail/config-v1.1.xml",
        _doc(user="%EMAILADDRESS%", auth="OAuth2"),
    )
    found, _steps = _run("lee@ac-two.test", options)
    assert found.source is Source.AUTOCONFIG
    assert found.username == "lee@ac-two.test"
    assert found.auth is AuthMethod.OAUTH2
    assert found.oauth is OAuthProvider.CUSTOM


def test_a_document_naming_another_domains_server_must_be_confirmed(
    options: DetectOptions, https_docs: HttpsDocs
) -> None:
    https_docs.put("/autoconfig.ac-three.test/mail/config-v1.1.xml", _doc(smtp="smtp.evil.test"))
    found, _steps = _run("kim@ac-three.test", options)
    assert found.needs_confirmation
    assert found.untrusted_hosts == ("smtp.evil.test",)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"<html><body>Not here</body></html>", "is not valid"),
        (b"<clientConfig><emailProvider>", "is not valid"),
        (_doc(smtp="bad host!"), "is not valid"),
        # A line break in the user name would end up in the login and the keyring's name.
        (_doc(user="kim&#13;&#10;AUTH PLAIN x"), "is not valid"),
        # An entity bomb: defusedxml refuses it instead of expanding it.
        (
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><clientConfig>&b;</clientConfig>',
            "is not valid",
        ),
        (b"<x>" + b"a" * 70_000 + b"</x>", "is too large"),
    ],
)
def test_a_bad_document_is_reported_and_the_next_source_answers(
    options: DetectOptions, https_docs: HttpsDocs, dns_server: DnsServer, body: bytes, words: str
) -> None:
    domain = f"bad{abs(hash(body)) % 10**8}.test"
    https_docs.put(f"/autoconfig.{domain}/mail/config-v1.1.xml", body)
    dns_server.add(f"_submission._tcp.{domain}", "SRV", f"0 1 587 mail.{domain}.")
    found, steps = _run(f"kim@{domain}", options)
    failed = [s for s in steps if s.status is StepStatus.FAILED]
    assert [s.source for s in failed] == [Source.AUTOCONFIG]
    assert words in failed[0].detail
    assert found.source is Source.SRV
    assert found.smtp.host == f"mail.{domain}"


def test_autoconfig_is_https_only_and_verified(
    options: DetectOptions, https_docs: HttpsDocs, dns_server: DnsServer
) -> None:
    https_docs.redirect(
        "/autoconfig.ac-plain.test/mail/config-v1.1.xml",
        "http://127.0.0.1:1/ac-plain.test/config.xml",
    )
    dns_server.add("_submission._tcp.ac-plain.test", "SRV", "0 1 587 smtp.ac-plain.test.")
    _found, steps = _run("kim@ac-plain.test", options)
    assert "Refused" in steps[1].detail
    # Without the test CA the server's certificate is not trusted: the document is ignored.
    https_docs.put("/autoconfig.ac-plain.test/mail/config-v1.1.xml", _doc())
    options.cafile = ""
    found, steps = _run("kim@ac-plain.test", options)
    assert "not trusted" in steps[1].detail
    assert found.source is Source.SRV


def test_srv_records_give_submission_and_imap(
    options: DetectOptions, dns_server: DnsServer
) -> None:
    dns_server.zone(
        """
        _submission._tcp.srv-a.test. 300 IN SRV 10 1 587 out.srv-a.test.
        _submission._tcp.srv-a.test. 300 IN SRV 0 1 2587 first.srv-a.test.
        _imaps._tcp.srv-a.test. 300 IN SRV 0 1 993 in.srv-a.test.
        """
    )
    found, _steps = _run("kim@srv-a.test", options)
    assert found.source is Source.SRV
    assert found.where == "_submission._tcp.srv-a.test"
    assert (found.smtp.host, found.smtp.port, found.smtp.security) == (
        "first.srv-a.test",
        2587,
        Security.STARTTLS,
    )
    assert (found.imap.host, found.imap.security) == ("in.srv-a.test", Security.SSL)
    assert not found.needs_confirmation


def test_srv_pointing_at_another_domain_is_flagged_but_a_known_provider_is_not(
    options: DetectOptions, dns_server: DnsServer
) -> None:
    dns_server.add("_submissions._tcp.srv-b.test", "SRV", "0 1 465 smtp.elsewhere.test.")
    found, _steps = _run("kim@srv-b.test", options)
    assert found.untrusted_hosts == ("smtp.elsewhere.test",)
    assert found.smtp.security is Security.SSL
    dns_server.add("_submission._tcp.srv-c.test", "SRV", "0 1 587 smtp.office365.com.")
    found, _steps = _run("kim@srv-c.test", options)
    assert not found.needs_confirmation
    assert found.provider == "microsoft365"
    assert found.auth is AuthMethod.OAUTH2


@pytest.mark.parametrize(
    ("mx", "key", "host"),
    [
        ("aspmx.l.google.com.", "google-workspace", "smtp.gmail.com"),
        ("mx-c.mail.protection.outlook.com.", "microsoft365", "smtp.office365.com"),
    ],
)
def test_a_custom_domain_at_a_known_provider_is_found_by_its_mx(
    options: DetectOptions, dns_server: DnsServer, mx: str, key: str, host: str
) -> None:
    domain = f"mx-{key}.test"
    dns_server.add(domain, "MX", f"1 {mx}")
    found, steps = _run(f"kim@{domain}", options)
    assert found.source is Source.MX
    assert found.provider == key
    assert found.smtp.host == host
    assert found.username == f"kim@{domain}"
    assert [s.source for s in steps] == [Source.TABLE, Source.AUTOCONFIG, Source.SRV, Source.MX]


def test_a_null_mx_is_no_provider(options: DetectOptions, dns_server: DnsServer) -> None:
    dns_server.add("null-mx.test", "MX", "0 .")
    steps: list[StepReport] = []
    with pytest.raises(NothingFound):
        detect("kim@null-mx.test", options, progress=steps.append)
    mx = [s for s in steps if s.source is Source.MX and s.status is not StepStatus.RUNNING]
    assert [s.detail for s in mx] == ["no MX records"]


def test_a_guess_is_checked_by_talking_to_the_servers(
    options: DetectOptions,
    dns_server: DnsServer,
    make_smtp_server: object,
    dovecot: DovecotServer,
    pki: TestPKI,
) -> None:
    smtp: SMTPTestServer = make_smtp_server(tls="starttls", pki=pki)  # type: ignore[operator]
    dns_server.zone(
        """
        mail.guess.test. 300 IN A 127.0.0.1
        imap.guess.test. 300 IN A 127.0.0.1
        """
    )
    options.smtp_probes = (ProbeTarget(1, Security.SSL), ProbeTarget(smtp.port, Security.STARTTLS))
    options.imap_probes = (ProbeTarget(dovecot.imap_port, Security.STARTTLS),)
    found, _steps = _run("kim@guess.test", options)
    assert found.source is Source.GUESS
    assert (found.smtp.host, found.smtp.port) == ("mail.guess.test", smtp.port)
    assert found.imap.host == "imap.guess.test"
    assert found.imap.port == dovecot.imap_port


def test_nothing_found_says_so_and_what_to_do(options: DetectOptions) -> None:
    with pytest.raises(NothingFound) as caught:
        detect("kim@nothing-here.test", options)
    assert "could not find the mail servers of nothing-here.test" in caught.value.message.what
    assert "by hand" in caught.value.message.todo


def test_a_dns_server_that_does_not_answer_is_a_timeout_in_words(
    options: DetectOptions, dns_server: DnsServer
) -> None:
    dns_server.silence("quiet-dns.test")
    options.timeout = 0.3
    options.resolver = dns_server.resolver(timeout=0.3)
    steps: list[StepReport] = []
    with pytest.raises(NothingFound):
        detect("kim@quiet-dns.test", options, progress=steps.append)
    failed = [s for s in steps if s.status is StepStatus.FAILED]
    assert {s.source for s in failed} == {Source.SRV, Source.MX, Source.GUESS}
    assert "did not answer" in failed[0].detail


def test_cancel_stops_a_step_waiting_for_the_network(
    options: DetectOptions, dns_server: DnsServer
) -> None:
    dns_server.silence("cancel-dns.test")
    options.timeout = 30.0
    options.resolver = dns_server.resolver(timeout=30.0)
    token = CancelToken()

    def on_step(step: StepReport) -> None:
        if step.source is Source.SRV and step.status is StepStatus.RUNNING:
            # From another thread, as the GUI's Cancel button would.
            threading.Thread(target=token.cancel).start()

    with pytest.raises(Cancelled):
        detect("kim@cancel-dns.test", options, token, on_step)
    assert not any(t == "MX" for _n, t in dns_server.asked("cancel-dns.test"))


@pytest.mark.parametrize(
    "text", ["kim", "kim@", "@example.com", "kim@localhost", "kim lee@example.com", "a@b@", ""]
)
def test_what_is_not_an_address_is_refused_in_words(options: DetectOptions, text: str) -> None:
    with pytest.raises(InvalidAddress) as caught:
        detect(text, options)
    assert "is not an email address" in caught.value.message.what


def test_the_autoconfig_host_is_looked_up_with_the_runs_resolver(
    options: DetectOptions, https_docs: HttpsDocs, dns_server: DnsServer
) -> None:
    # The certificate names localhost: the name must resolve through the test's DNS server.
    dns_server.add("localhost", "A", "127.0.0.1")
    options.autoconfig_base = f"https://localhost:{https_docs.port}"
    https_docs.put("/autoconfig.ac-named.test/mail/config-v1.1.xml", _doc())
    found, _steps = _run("kim@ac-named.test", options)
    assert found.source is Source.AUTOCONFIG
    assert ("localhost.", "A") in dns_server.asked("localhost")
    # A host name that does not exist means no document, not a failure.
    options.autoconfig_base = "https://autoconfig-host.nowhere.test"
    dns_server.add("_submission._tcp.ac-named.test", "SRV", "0 1 587 smtp.ac-named.test.")
    found, steps = _run("kim@ac-named.test", options)
    assert [s.status for s in steps if s.source is Source.AUTOCONFIG] == [StepStatus.NOTHING]
    assert found.source is Source.SRV
