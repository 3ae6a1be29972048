"""The SMTP backend against a real aiosmtpd server on 127.0.0.1 (spec §9.6 and §14).

TLS uses certificates from the throwaway test CA, so verification is really exercised: a
client that does not trust the CA must fail, one given the CA (``ssl_cafile`` /
``EMAIL_SSL_CAFILE``) must pass.
"""

from __future__ import annotations

import logging
import re
import smtplib
import ssl
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from aiosmtpd.smtp import AuthResult
from helpers_mail import (
    BARE_EOL,
    backend_path,
    cm_override,
    conform,
    deep_norm,
    fresh_outboxes,
    parse,
    run,
)
from oracle import outcome
from smtpserver import SMTPTestServer, refused_port

import composer.mail as mail
from composer.mail import fastpath
from composer.mail.backends.smtp import EmailBackend

if TYPE_CHECKING:
    from smtpserver import TestPKI

FIXED = {"Date": "Tue, 01 Jan 2030 00:00:00 -0000", "Message-ID": "<fixed@composer.test>"}


@pytest.fixture(autouse=True)
def _outboxes() -> Iterator[None]:
    with fresh_outboxes():
        yield


def backend_for(server: SMTPTestServer, **kwargs: Any) -> EmailBackend:
    from composer.mail.conf import settings

    if settings.EMAIL_TIMEOUT is None:
        kwargs.setdefault("timeout", 10)  # a hang fails the test instead of stalling the run
    return EmailBackend(host=server.host, port=server.port, **kwargs)


def simple(**kwargs: Any) -> mail.EmailMessage:
    defaults: dict[str, Any] = {
        "subject": "Hello",
        "body": "Body\n",
        "from_email": "from@example.com",
        "to": ["to@example.com"],
    }
    defaults.update(kwargs)
    return mail.EmailMessage(**defaults)


def no_mail_sent(server: SMTPTestServer) -> bool:
    return all("MAIL" not in s.commands for s in server.sessions)


def left_open(backend: EmailBackend) -> bool:
    """Whether the backend still holds a socket (a full or a half-open connection)."""
    conns = [backend.connection, getattr(backend, "_partial_connection", None)]
    return any(c is not None and getattr(c, "sock", None) is not None for c in conns)


# -- plain sessions --------------------------------------------------------------------


def test_plain_send(smtp_server: SMTPTestServer) -> None:
    backend = backend_for(smtp_server)
    msg = simple(cc=["cc@example.com"], bcc=["hidden@example.com"], headers=FIXED)
    assert backend.send_messages([msg]) == 1
    (received,) = smtp_server.messages
    assert received.mail_from == "from@example.com"
    assert received.rcpt_tos == ["to@example.com", "cc@example.com", "hidden@example.com"]
    assert received.data == msg.message().as_bytes(linesep="\r\n")
    assert b"hidden@example.com" not in received.data
    assert received.session.ehlo_name == mail.DNS_NAME.get_fqdn()
    assert received.session.tls is False
    assert backend.connection is None
    assert msg.refused_recipients == {}


def test_ehlo_name_is_dns_name(smtp_server: SMTPTestServer) -> None:
    import socket

    backend_for(smtp_server).send_messages([simple()])
    assert smtp_server.sessions[0].ehlo_name == socket.getfqdn().encode("idna").decode()
    assert smtp_server.sessions[0].ehlo_name == str(mail.DNS_NAME)


def test_settings_used_when_arguments_missing(smtp_server: SMTPTestServer) -> None:
    with cm_override(EMAIL_HOST=smtp_server.host, EMAIL_PORT=smtp_server.port, EMAIL_TIMEOUT=5):
        backend = mail.get_connection("composer.mail.backends.smtp.EmailBackend")
        assert (backend.host, backend.port, backend.timeout) == (
            smtp_server.host,
            smtp_server.port,
            5,
        )
        assert mail.send_mail("s", "b", "f@example.com", ["t@example.com"]) == 1
    assert len(smtp_server.messages) == 1


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"host": "", "port": 0}, ("localhost", 25)),
        ({"username": "", "timeout": 0, "use_tls": False}, ("", 0, False)),
    ],
)
def test_argument_fallbacks(kwargs: dict[str, Any], expected: tuple[Any, ...]) -> None:
    with cm_override(EMAIL_HOST_USER="setting-user", EMAIL_TIMEOUT=9, EMAIL_USE_TLS=True):
        backend = EmailBackend(**kwargs)
    got = tuple(getattr(backend, k) for k in kwargs)
    assert got == expected


def test_crlf_only_and_dot_stuffing(smtp_server: SMTPTestServer) -> None:
    body = ".\n..\n.x\nmiddle\n. \n.\r\nend"
    msg = simple(body=body, headers=FIXED)
    assert backend_for(smtp_server).send_messages([msg]) == 1
    data = smtp_server.messages[0].data
    assert BARE_EOL.search(data) is None
    expected = msg.message().as_bytes(linesep="\r\n")
    assert data == expected + b"\r\n"  # the transport's final CRLF before "."
    payload = parse(data).get_payload(decode=True)
    assert payload == body.replace("\r\n", "\n").replace("\n", "\r\n").encode() + b"\r\n"


def test_size_option_matches_data_length(smtp_server: SMTPTestServer) -> None:
    msg = simple(body="x" * 5000, headers=FIXED)
    backend_for(smtp_server).send_messages([msg])
    (received,) = smtp_server.messages
    sizes = [o for o in received.mail_options if o.upper().startswith("SIZE=")]
    assert sizes == [f"SIZE={len(msg.message().as_bytes(linesep=chr(13) + chr(10)))}"] or sizes == [
        f"size={len(msg.message().as_bytes(linesep=chr(13) + chr(10)))}"
    ]
    assert int(sizes[0].split("=")[1]) == len(received.data) - 2


def test_send_mass_mail_one_session(smtp_server: SMTPTestServer) -> None:
    backend = backend_for(smtp_server)
    n = mail.send_mass_mail(
        [
            ("s1", "b", "f@example.com", ["a@example.com"]),
            ("s2", "b", "f@example.com", ["b@example.com"]),
        ],
        connection=backend,
    )
    assert n == 2
    assert len(smtp_server.sessions) == 1
    assert [m.rcpt_tos for m in smtp_server.messages] == [["a@example.com"], ["b@example.com"]]


def test_messages_without_recipients_skipped(smtp_server: SMTPTestServer) -> None:
    backend = backend_for(smtp_server)
    assert backend.send_messages([simple(to=[]), simple()]) == 1
    assert len(smtp_server.messages) == 1
    assert backend.send_messages([]) == 0
    assert len(smtp_server.sessions) == 1  # the empty call did not connect


# -- open / close ----------------------------------------------------------------------


def test_open_close_return_values_and_idempotence(smtp_server: SMTPTestServer) -> None:
    backend = backend_for(smtp_server)
    assert backend.close() is None  # never connected: no error
    assert backend.open() is True
    assert backend.connection is not None
    assert backend.open() is False
    assert backend.send_messages([simple()]) == 1
    assert backend.connection is not None  # an already open connection stays open
    assert backend.send_messages([simple()]) == 1
    assert len(smtp_server.sessions) == 1
    backend.close()
    assert backend.connection is None
    backend.close()
    assert backend.connection is None
    assert backend.open() is True
    assert backend.send_messages([simple()]) == 1
    backend.close()
    assert len(smtp_server.sessions) == 2


def test_context_manager(smtp_server: SMTPTestServer) -> None:
    with backend_for(smtp_server) as backend:
        assert backend.connection is not None
        backend.send_messages([simple(), simple()])
    assert backend.connection is None
    assert len(smtp_server.sessions) == 1
    assert len(smtp_server.messages) == 2


def test_context_manager_closes_when_open_fails(pki: TestPKI, make_smtp_server: Any) -> None:
    server = make_smtp_server(tls="starttls", pki=pki)
    backend = backend_for(server, use_tls=True)  # CA not trusted
    with pytest.raises(ssl.SSLCertVerificationError), backend:
        pass
    assert backend.connection is None
    assert not left_open(backend)


# -- TLS -------------------------------------------------------------------------------


def test_starttls_with_private_ca(pki: TestPKI, make_smtp_server: Any) -> None:
    server = make_smtp_server(tls="starttls", pki=pki, require_starttls=True)
    backend = backend_for(server, use_tls=True, ssl_cafile=str(pki.ca_file))
    assert backend.send_messages([simple()]) == 1
    assert server.messages[0].session.tls is True


def test_starttls_ca_from_setting(pki: TestPKI, make_smtp_server: Any) -> None:
    server = make_smtp_server(tls="starttls", pki=pki, require_starttls=True)
    with cm_override(
        EMAIL_HOST=server.host,
        EMAIL_PORT=server.port,
        EMAIL_USE_TLS=True,
        EMAIL_SSL_CAFILE=str(pki.ca_file),
        EMAIL_BACKEND="composer.mail.backends.smtp.EmailBackend",
    ):
        assert mail.send_mail("s", "b", "f@example.com", ["t@example.com"]) == 1
    assert server.messages[0].session.tls is True


@pytest.mark.parametrize("tls", ["starttls", "ssl"])
def test_untrusted_certificate_fails(pki: TestPKI, make_smtp_server: Any, tls: str) -> None:
    server = make_smtp_server(tls=tls, pki=pki)
    kwargs = {"use_tls": True} if tls == "starttls" else {"use_ssl": True}
    backend = backend_for(server, **kwargs)
    with pytest.raises(ssl.SSLCertVerificationError):
        backend.send_messages([simple()])
    assert backend.connection is None
    assert server.messages == []
    assert no_mail_sent(server)
    silent = backend_for(server, fail_silently=True, **kwargs)
    assert silent.send_messages([simple()]) == 0
    assert silent.open() is None
    assert silent.connection is None
    backend.close()
    silent.close()


def test_untrusted_certificate_side_by_side(pki: TestPKI, make_smtp_server: Any) -> None:
    server = make_smtp_server(tls="starttls", pki=pki)

    def scenario(m: Any) -> Any:
        conn = m.get_connection(
            backend_path(m, "smtp"), host=server.host, port=server.port, use_tls=True
        )
        res = outcome(
            lambda: conn.send_messages([m.EmailMessage("s", "b", "f@x.com", ["t@x.com"])])
        )
        conn.close()
        return res

    dj, cm = run(scenario)
    conform(dj, cm)
    assert cm == ("raised", "SSLCertVerificationError")


def test_implicit_tls_with_private_ca(pki: TestPKI, make_smtp_server: Any) -> None:
    server = make_smtp_server(tls="ssl", pki=pki)
    backend = backend_for(server, use_ssl=True, ssl_cafile=str(pki.ca_file))
    assert backend.send_messages([simple()]) == 1
    assert server.messages[0].session.tls is True


def test_hostname_is_verified(pki: TestPKI, make_smtp_server: Any) -> None:
    # The certificate is for 127.0.0.1/localhost; an IPv4-mapped IPv6 spelling of the
    # same address is a different name, so verification must fail.
    server = make_smtp_server(tls="ssl", pki=pki)
    backend = EmailBackend(
        host="::ffff:127.0.0.1", port=server.port, use_ssl=True, ssl_cafile=str(pki.ca_file)
    )
    with pytest.raises(ssl.SSLCertVerificationError):
        backend.open()
    backend.close()


@pytest.mark.parametrize("tls", ["starttls", "ssl"])
def test_client_certificate(pki: TestPKI, make_smtp_server: Any, tls: str) -> None:
    server = make_smtp_server(tls=tls, pki=pki, require_client_cert=True)
    certfile, keyfile = pki.issue_client_cert(f"{tls}.client.composer.test")
    kwargs = {"use_tls": True} if tls == "starttls" else {"use_ssl": True}
    with_cert = backend_for(
        server,
        ssl_cafile=str(pki.ca_file),
        ssl_certfile=str(certfile),
        ssl_keyfile=str(keyfile),
        **kwargs,
    )
    assert with_cert.send_messages([simple()]) == 1
    assert len(server.messages) == 1
    without = backend_for(server, ssl_cafile=str(pki.ca_file), **kwargs)
    with pytest.raises(OSError):  # noqa: PT011 - ssl.SSLError or a disconnect, both OSError
        without.send_messages([simple()])
    assert len(server.messages) == 1
    without.close()


def test_client_certificate_from_settings(pki: TestPKI, make_smtp_server: Any) -> None:
    server = make_smtp_server(tls="ssl", pki=pki, require_client_cert=True)
    certfile, keyfile = pki.issue_client_cert("settings.composer.test")
    with cm_override(
        EMAIL_SSL_CERTFILE=str(certfile),
        EMAIL_SSL_KEYFILE=str(keyfile),
        EMAIL_SSL_CAFILE=str(pki.ca_file),
        EMAIL_USE_SSL=True,
    ):
        backend = backend_for(server)
    assert backend.send_messages([simple()]) == 1


def test_missing_client_certificate_quirk(
    tmp_path: Path, pki: TestPKI, make_smtp_server: Any
) -> None:
    server = make_smtp_server(tls="starttls", pki=pki)
    missing = str(tmp_path / "missing.pem")

    def scenario(m: Any) -> Any:
        ssl_backend = m.get_connection(
            backend_path(m, "smtp"),
            host=server.host,
            port=refused_port(),
            use_ssl=True,
            ssl_certfile=missing,
            fail_silently=True,
        )
        tls_backend = m.get_connection(
            backend_path(m, "smtp"),
            host=server.host,
            port=server.port,
            use_tls=True,
            ssl_certfile=missing,
            fail_silently=True,
        )
        res = outcome(lambda: ssl_backend.open()), outcome(lambda: tls_backend.open())
        tls_backend.close()
        return res

    dj, cm = run(scenario)
    conform(dj, cm)
    assert cm == (("raised", "FileNotFoundError"), ("ok", None))


def test_starttls_not_offered_is_an_error(make_smtp_server: Any) -> None:
    server = make_smtp_server()
    backend = backend_for(server, use_tls=True)
    with pytest.raises(smtplib.SMTPNotSupportedError):
        backend.send_messages([simple()])
    assert no_mail_sent(server)
    assert server.messages == []
    assert backend.connection is None
    leaked = left_open(backend)
    backend.close()
    silent = backend_for(server, use_tls=True, fail_silently=True)
    assert silent.send_messages([simple()]) == 0
    assert no_mail_sent(server)
    silent_leaked = left_open(silent)
    silent.close()
    assert not leaked, "the half-open connection stays open after the error"
    assert not silent_leaked, "the half-open connection stays open after a silent failure"


@pytest.mark.parametrize(
    ("args", "settings"),
    [
        ({"use_tls": True, "use_ssl": True}, {}),
        ({}, {"EMAIL_USE_TLS": True, "EMAIL_USE_SSL": True}),
        ({"use_tls": True}, {"EMAIL_USE_SSL": True}),
        ({"use_ssl": True}, {"EMAIL_USE_TLS": True}),
    ],
)
def test_tls_and_ssl_are_exclusive(args: dict[str, Any], settings: dict[str, Any]) -> None:
    with cm_override(**settings), pytest.raises(ValueError, match="mutually exclusive"):
        EmailBackend(**args)
    with cm_override(**settings), pytest.raises(ValueError, match="mutually exclusive"):
        mail.get_connection("composer.mail.backends.smtp.EmailBackend", fail_silently=True, **args)


def test_tls_false_argument_overrides_setting() -> None:
    with cm_override(EMAIL_USE_TLS=True):
        backend = EmailBackend(use_tls=False, use_ssl=True)
    assert (backend.use_tls, backend.use_ssl) == (False, True)


# -- AUTH ------------------------------------------------------------------------------


def test_auth_over_starttls(pki: TestPKI, make_smtp_server: Any) -> None:
    server = make_smtp_server(tls="starttls", pki=pki, auth=("alice", "s3cret"), auth_required=True)
    backend = backend_for(
        server, use_tls=True, ssl_cafile=str(pki.ca_file), username="alice", password="s3cret"
    )
    assert backend.send_messages([simple()]) == 1
    session = server.messages[0].session
    assert (session.login, session.password, session.tls) == ("alice", "s3cret", True)


def test_auth_over_implicit_tls_from_settings(pki: TestPKI, make_smtp_server: Any) -> None:
    server = make_smtp_server(tls="ssl", pki=pki, auth=("bob", "pw"))
    with cm_override(
        EMAIL_HOST_USER="bob",
        EMAIL_HOST_PASSWORD="pw",
        EMAIL_USE_SSL=True,
        EMAIL_SSL_CAFILE=str(pki.ca_file),
    ):
        backend = backend_for(server)
    assert backend.send_messages([simple()]) == 1
    assert server.messages[0].session.login == "bob"


@pytest.mark.parametrize(("username", "password"), [("", "pw"), ("bob", ""), (None, "")])
def test_empty_credential_disables_auth(
    make_smtp_server: Any, username: str | None, password: str
) -> None:
    server = make_smtp_server(auth=("bob", "pw"))
    with cm_override(EMAIL_HOST_USER="bob", EMAIL_HOST_PASSWORD="pw"):
        backend = backend_for(server, username=username, password=password)
    assert backend.send_messages([simple()]) == 1
    assert server.auth_attempts == []


class AnsweringAuthServer(SMTPTestServer):
    """The test server, but a failed AUTH is answered with 535.

    ``SMTPTestServer._authenticate`` returns ``AuthResult(success=False)`` whose default
    ``handled=True`` tells aiosmtpd the reply was already sent, so a wrong password gets
    no answer at all and the client waits for its timeout.
    """

    def _authenticate(self, *args: Any) -> AuthResult:
        result = super()._authenticate(*args)
        return result if result.success else AuthResult(success=False, handled=False)


@pytest.fixture
def answering_auth_server(pki: TestPKI) -> Iterator[SMTPTestServer]:
    with AnsweringAuthServer(
        tls="starttls", pki=pki, auth=("alice", "right"), auth_required=True
    ) as server:
        yield server


def test_wrong_password(pki: TestPKI, answering_auth_server: SMTPTestServer) -> None:
    server = answering_auth_server
    backend = backend_for(
        server,
        use_tls=True,
        ssl_cafile=str(pki.ca_file),
        username="alice",
        password="wrong",
        timeout=10,
    )
    with pytest.raises(smtplib.SMTPAuthenticationError):
        backend.send_messages([simple()])
    assert ("alice", "wrong") in server.auth_attempts
    assert no_mail_sent(server)
    assert backend.connection is None
    leaked = left_open(backend)
    backend.close()
    silent = backend_for(
        server,
        use_tls=True,
        ssl_cafile=str(pki.ca_file),
        username="alice",
        password="wrong",
        fail_silently=True,
        timeout=10,
    )
    assert silent.send_messages([simple()]) == 0
    assert silent.open() is None
    assert silent.connection is None
    silent_leaked = left_open(silent)
    silent.close()
    assert not leaked, "the half-open connection stays open after the error"
    assert not silent_leaked, "the half-open connection stays open after a silent failure"


def test_plaintext_auth_to_loopback_allowed(make_smtp_server: Any) -> None:
    server = make_smtp_server(auth=("carol", "pw"))
    backend = backend_for(server, username="carol", password="pw")
    assert backend.allow_plaintext_auth is False
    assert backend.send_messages([simple()]) == 1
    assert server.messages[0].session.login == "carol"


def test_plaintext_auth_to_ipv4_mapped_loopback_allowed(make_smtp_server: Any) -> None:
    # ::ffff:127.0.0.1 reaches the same 127.0.0.1 listener: it is loopback, so the
    # password never leaves this machine and AUTH must be allowed.
    server = make_smtp_server(auth=("carol", "pw"))
    backend = EmailBackend(
        host="::ffff:127.0.0.1", port=server.port, username="carol", password="pw"
    )
    try:
        assert backend.send_messages([simple()]) == 1
    finally:
        backend.close()
    assert server.messages[0].session.login == "carol"


def test_plaintext_auth_error_type() -> None:
    assert issubclass(mail.PlaintextAuthError, smtplib.SMTPException)
    assert issubclass(mail.SMTPUTF8RequiredError, smtplib.SMTPNotSupportedError)
    with cm_override(EMAIL_ALLOW_PLAINTEXT_AUTH=True):
        assert EmailBackend().allow_plaintext_auth is True
    assert EmailBackend(allow_plaintext_auth=True).allow_plaintext_auth is True


# -- failures and fail_silently ------------------------------------------------------


def test_connection_refused() -> None:
    port = refused_port()
    backend = EmailBackend(host="127.0.0.1", port=port)
    with pytest.raises(ConnectionRefusedError):
        backend.send_messages([simple()])
    with pytest.raises(ConnectionRefusedError):
        backend.open()
    assert backend.connection is None
    silent = EmailBackend(host="127.0.0.1", port=port, fail_silently=True)
    assert silent.open() is None
    assert silent.send_messages([simple()]) == 0
    assert silent.connection is None
    silent.close()
    backend.close()


def _refuse(prefix: str, reply: str) -> Callable[[str], str | None]:
    return lambda address: reply if address.startswith(prefix) else None


@pytest.mark.parametrize("pipelining", [False, True])
def test_sender_refused(make_smtp_server: Any, pipelining: bool) -> None:
    server = make_smtp_server(pipelining=pipelining)
    server.mail_reply = _refuse("bad", "550 5.7.1 sender not allowed")
    backend = backend_for(server)
    with pytest.raises(smtplib.SMTPSenderRefused) as info:
        backend.send_messages([simple(from_email="bad@example.com")])
    assert info.value.smtp_code == 550
    assert backend.connection is None
    silent = backend_for(server, fail_silently=True)
    good = simple()
    assert silent.send_messages([simple(from_email="bad@example.com"), good]) == 1
    assert [m.mail_from for m in server.messages] == ["from@example.com"]
    assert silent.connection is None


@pytest.mark.parametrize("pipelining", [False, True])
def test_some_recipients_refused(
    make_smtp_server: Any, pipelining: bool, caplog: pytest.LogCaptureFixture
) -> None:
    server = make_smtp_server(pipelining=pipelining)
    server.rcpt_reply = _refuse("bad", "550 5.1.1 no such user")
    msg = simple(to=["good@example.com", "bad1@example.com"], cc=["Bad Two <bad2@example.com>"])
    with caplog.at_level(logging.WARNING):
        assert backend_for(server).send_messages([msg, simple()]) == 2
    assert server.messages[0].rcpt_tos == ["good@example.com"]
    assert set(msg.refused_recipients) == {"bad1@example.com", "Bad Two <bad2@example.com>"}
    assert msg.refused_recipients["bad1@example.com"] == (550, "5.1.1 no such user")
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 2
    assert any("bad1@example.com" in r.getMessage() for r in warnings)
    assert len(server.messages) == 2


@pytest.mark.parametrize("pipelining", [False, True])
def test_all_recipients_refused(make_smtp_server: Any, pipelining: bool) -> None:
    server = make_smtp_server(pipelining=pipelining)
    server.rcpt_reply = _refuse("bad", "550 no")
    msg = simple(to=["bad1@example.com", "bad2@example.com"])
    backend = backend_for(server)
    with pytest.raises(smtplib.SMTPRecipientsRefused) as info:
        backend.send_messages([msg])
    assert set(info.value.recipients) == {"bad1@example.com", "bad2@example.com"}
    assert msg.refused_recipients == {
        "bad1@example.com": (550, "no"),
        "bad2@example.com": (550, "no"),
    }
    assert backend.connection is None
    silent = backend_for(server, fail_silently=True)
    assert silent.send_messages([simple(to=["bad@example.com"]), simple()]) == 1
    assert [m.rcpt_tos for m in server.messages] == [["to@example.com"]]


@pytest.mark.parametrize("pipelining", [False, True])
def test_data_rejected(make_smtp_server: Any, pipelining: bool) -> None:
    server = make_smtp_server(pipelining=pipelining)
    calls = {"n": 0}

    def reject_first(envelope: Any) -> str | None:
        calls["n"] += 1
        return "554 5.6.0 content rejected" if calls["n"] == 1 else None

    server.data_reply = reject_first
    with pytest.raises(smtplib.SMTPDataError):
        backend_for(server).send_messages([simple()])
    calls["n"] = 0
    assert backend_for(server, fail_silently=True).send_messages([simple(), simple()]) == 1
    assert len(server.messages) == 1


def test_disconnect_during_data(make_smtp_server: Any) -> None:
    server = make_smtp_server()
    server.data_behaviour = "disconnect"
    backend = backend_for(server)
    with pytest.raises(smtplib.SMTPServerDisconnected):
        backend.send_messages([simple()])
    assert backend.connection is None
    assert not left_open(backend)
    silent = backend_for(server, fail_silently=True)
    assert silent.send_messages([simple(), simple()]) == 0
    assert silent.connection is None
    assert server.messages == []


def test_timeout(make_smtp_server: Any) -> None:
    server = make_smtp_server()
    server.data_behaviour = "stall"
    server.stall_seconds = 5.0
    backend = backend_for(server, timeout=0.3)
    with pytest.raises((smtplib.SMTPServerDisconnected, TimeoutError)):
        backend.send_messages([simple()])
    assert backend.connection is None
    assert not left_open(backend)
    with cm_override(EMAIL_TIMEOUT=0.3):
        silent = backend_for(server, fail_silently=True)
    assert silent.timeout == 0.3
    assert silent.send_messages([simple()]) == 0
    assert silent.connection is None


FAILURES: dict[str, dict[str, Any]] = {
    "sender-refused": {"mail_reply": lambda a: "550 nope"},
    "recipients-refused": {"rcpt_reply": lambda a: "550 nope"},
    "some-refused": {"rcpt_reply": lambda a: "550 nope" if a.startswith("t2") else None},
    "temp-failure": {"rcpt_reply": lambda a: "451 try later"},
    "sender-421": {"mail_reply": lambda a: "421 closing"},
    "data-rejected": {"data_reply": lambda e: "554 rejected"},
    "disconnect": {"data_behaviour": "disconnect"},
}


@pytest.mark.parametrize("failure", list(FAILURES))
@pytest.mark.parametrize("fail_silently", [False, True])
def test_failures_side_by_side(make_smtp_server: Any, failure: str, fail_silently: bool) -> None:
    server = make_smtp_server()
    for name, value in FAILURES[failure].items():
        setattr(server, name, value)

    def scenario(m: Any) -> Any:
        start = len(server.messages)
        conn = m.get_connection(
            backend_path(m, "smtp"), host=server.host, port=server.port, fail_silently=fail_silently
        )
        msgs = [m.EmailMessage("s", "b", "f@x.com", ["t1@x.com", "t2@x.com"]) for _ in range(2)]
        res = outcome(lambda: conn.send_messages(msgs))
        conn.close()
        return res, [(r.mail_from, r.rcpt_tos) for r in server.messages[start:]], conn.connection

    dj, cm = run(scenario)
    conform(dj, cm)


def test_refused_recipients_set_on_every_message(smtp_server: SMTPTestServer) -> None:
    msgs = [simple(), simple()]
    backend_for(smtp_server).send_messages(msgs)
    assert [m.refused_recipients for m in msgs] == [{}, {}]


def test_invalid_address_never_silenced(smtp_server: SMTPTestServer) -> None:
    backend = backend_for(smtp_server, fail_silently=True)
    with pytest.raises(ValueError, match="Invalid address"):
        backend.send_messages([simple(to=["to@other.com@example.com"])])
    with pytest.raises(mail.BadHeaderError):
        backend.send_messages([simple(subject="a\nb")])
    assert smtp_server.messages == []
    assert backend.connection is None


# -- pipelining ------------------------------------------------------------------------


class SendSpy:
    """Records every chunk smtplib sends (the stdlib socket boundary, not composer)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.chunks: list[bytes] = []
        original = smtplib.SMTP.send

        def send(conn: smtplib.SMTP, s: Any) -> None:
            self.chunks.append(s if isinstance(s, bytes) else s.encode("ascii"))
            original(conn, s)

        monkeypatch.setattr(smtplib.SMTP, "send", send)

    def pipelined(self) -> bool:
        return any(b"MAIL FROM" in c and b"RCPT TO" in c for c in self.chunks)


@pytest.mark.parametrize("pipelining", [False, True])
def test_pipelining_used_only_when_offered(
    make_smtp_server: Any, monkeypatch: pytest.MonkeyPatch, pipelining: bool
) -> None:
    server = make_smtp_server(pipelining=pipelining)
    spy = SendSpy(monkeypatch)
    msgs = [
        simple(to=["a@example.com", "b@example.com"], bcc=["c@example.com"], headers=FIXED),
        simple(subject="second", headers=FIXED),
    ]
    assert backend_for(server).send_messages(msgs) == 2
    assert spy.pipelined() is pipelining
    assert [(m.mail_from, m.rcpt_tos) for m in server.messages] == [
        ("from@example.com", ["a@example.com", "b@example.com", "c@example.com"]),
        ("from@example.com", ["to@example.com"]),
    ]
    assert [m.data for m in server.messages] == [
        msg.message().as_bytes(linesep="\r\n") for msg in msgs
    ]


# -- send_message: one message at a time, the next one announced (beyond Django) ------


def _received(server: SMTPTestServer) -> list[tuple[list[str], bytes]]:
    return [(m.rcpt_tos, m.data) for m in server.messages]


def _wire(msg: mail.EmailMessage) -> bytes:
    return msg.message().as_bytes(linesep="\r\n")


@pytest.mark.parametrize("pipelining", [False, True])
def test_send_message_announces_the_next_message_with_the_end_of_data(
    make_smtp_server: Any, monkeypatch: pytest.MonkeyPatch, pipelining: bool
) -> None:
    server = make_smtp_server(pipelining=pipelining)
    spy = SendSpy(monkeypatch)
    msgs = [simple(to=[f"r{i}@example.com"], subject=f"n{i}", headers=FIXED) for i in range(3)]
    seen_before_data: list[int] = []
    backend = backend_for(server)
    backend.open()
    for i, msg in enumerate(msgs):
        following = msgs[i + 1] if i + 1 < len(msgs) else None
        assert backend.send_message(
            msg,
            before_data=lambda: seen_before_data.append(len(server.messages)),
            next_message=following,
        )
        assert msg.smtp_response is not None
        assert msg.smtp_response[0] == 250
    backend.close()
    # The callback ran once per message, each time before that message reached the server.
    assert seen_before_data == [0, 1, 2]
    assert _received(server) == [([f"r{i}@example.com"], _wire(m)) for i, m in enumerate(msgs)]
    assert len(server.sessions) == 1
    announced = [c for c in spy.chunks if b"\r\n.\r\nMAIL FROM:<from@example.com>" in c]
    assert len(announced) == (2 if pipelining else 0)
    assert all(c.endswith(b"DATA\r\n") for c in announced)


def test_an_announced_message_that_does_not_follow_is_never_delivered(
    make_smtp_server: Any,
) -> None:
    server = make_smtp_server(pipelining=True)
    first, announced, other = simple(subject="1"), simple(subject="2"), simple(subject="3")
    backend = backend_for(server)
    backend.open()
    assert backend.send_message(first, next_message=announced)
    # Something else goes next: the announced transaction is dropped with the connection
    # (the server is waiting for its content), and a new connection carries the message.
    assert backend.send_message(other, next_message=announced)
    assert backend.connection is not None  # still the caller's open connection
    backend.close()  # announced again, then closed: dropped, no error
    assert not left_open(backend)
    assert [parse(d)["Subject"] for _r, d in _received(server)] == ["1", "3"]
    assert len(server.sessions) == 2


def test_send_messages_after_an_announcement_drops_it(make_smtp_server: Any) -> None:
    server = make_smtp_server(pipelining=True)
    backend = backend_for(server)
    backend.open()
    assert backend.send_message(simple(subject="1"), next_message=simple(subject="never"))
    assert backend.send_messages([simple(subject="2"), simple(subject="3")]) == 2
    assert backend.connection is not None
    backend.close()
    assert [parse(d)["Subject"] for _r, d in _received(server)] == ["1", "2", "3"]


@pytest.mark.parametrize("fail_silently", [False, True])
def test_before_data_failure_sends_nothing(make_smtp_server: Any, fail_silently: bool) -> None:
    server = make_smtp_server(pipelining=True)
    backend = backend_for(server, fail_silently=fail_silently)
    backend.open()

    def disk_full() -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        backend.send_message(simple(subject="1"), before_data=disk_full)
    assert server.messages == []
    assert backend.connection is None
    assert not left_open(backend)
    # The backend is still usable.
    assert backend.send_message(simple(subject="2"))
    assert [parse(d)["Subject"] for _r, d in _received(server)] == ["2"]


def test_refused_end_of_data_leaves_the_announced_message_intact(make_smtp_server: Any) -> None:
    server = make_smtp_server(pipelining=True)
    server.data_reply = lambda e: "554 5.6.0 content rejected" if "a@x.org" in e.rcpt_tos else None
    a, b, c = (simple(to=[f"{n}@x.org"], subject=n, headers=FIXED) for n in "abc")
    backend = backend_for(server)
    backend.open()
    with pytest.raises(smtplib.SMTPDataError) as info:
        backend.send_message(a, next_message=b)
    assert info.value.smtp_code == 554
    # No RSET went out in between: it would have become part of b's content.
    assert backend.send_message(b, next_message=c)
    assert backend.send_message(c)
    backend.close()
    assert _received(server) == [(["b@x.org"], _wire(b)), (["c@x.org"], _wire(c))]
    assert len(server.sessions) == 1


def test_421_at_end_of_data_loses_the_announced_message_cleanly(make_smtp_server: Any) -> None:
    server = make_smtp_server(pipelining=True)
    server.data_reply = lambda e: "421 4.3.2 shutting down" if "a@x.org" in e.rcpt_tos else None
    a, b = simple(to=["a@x.org"]), simple(to=["b@x.org"])
    backend = backend_for(server)
    backend.open()
    with pytest.raises(smtplib.SMTPDataError):
        backend.send_message(a, next_message=b)
    with pytest.raises(smtplib.SMTPServerDisconnected):
        backend.send_message(b)
    backend.close()
    assert server.messages == []
    assert not left_open(backend)


def test_announced_message_with_refused_recipients(make_smtp_server: Any) -> None:
    server = make_smtp_server(pipelining=True)
    server.rcpt_reply = _refuse("gone", "550 5.1.1 no such user")
    a, b, c = simple(to=["a@x.org"]), simple(to=["gone@x.org"]), simple(to=["c@x.org"])
    backend = backend_for(server)
    backend.open()
    assert backend.send_message(a, next_message=b)
    with pytest.raises(smtplib.SMTPRecipientsRefused):
        backend.send_message(b, next_message=c)
    assert b.refused_recipients == {"gone@x.org": (550, "5.1.1 no such user")}
    assert backend.send_message(c)
    backend.close()
    assert [r for r, _d in _received(server)] == [["a@x.org"], ["c@x.org"]]


def test_a_message_that_cannot_be_announced_fails_on_its_own(
    make_smtp_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = make_smtp_server(pipelining=True)  # no SMTPUTF8
    spy = SendSpy(monkeypatch)
    a, b = simple(to=["a@x.org"]), simple(to=["jörg@x.org"])
    backend = backend_for(server)
    backend.open()
    assert backend.send_message(a, next_message=b)
    assert not any(b"\r\n.\r\nMAIL" in c for c in spy.chunks)
    with pytest.raises(mail.SMTPUTF8RequiredError, match=re.escape("jörg@x.org")):
        backend.send_message(b)
    backend.close()
    assert [r for r, _d in _received(server)] == [["a@x.org"]]


def test_announced_message_emptied_before_it_is_sent(make_smtp_server: Any) -> None:
    server = make_smtp_server(pipelining=True)
    a, b, c = simple(to=["a@x.org"]), simple(to=["b@x.org"]), simple(to=["c@x.org"])
    backend = backend_for(server)
    backend.open()
    assert backend.send_message(a, next_message=b)
    b.to = []  # the caller changed its mind after the envelope went out
    assert backend.send_message(b) is False
    assert backend.send_message(c)
    backend.close()
    assert [r for r, _d in _received(server)] == [["a@x.org"], ["c@x.org"]]


def test_send_message_opens_and_closes_when_not_open(smtp_server: SMTPTestServer) -> None:
    backend = backend_for(smtp_server)
    calls: list[str] = []
    assert backend.send_message(simple(), before_data=lambda: calls.append("x"))
    assert calls == ["x"]
    assert backend.connection is None
    assert len(smtp_server.messages) == 1
    assert backend.send_message(simple(to=[])) is False
    assert len(smtp_server.messages) == 1


# -- SMTPUTF8 -------------------------------------------------------------------------


def test_smtputf8_used_when_offered(make_smtp_server: Any) -> None:
    server = make_smtp_server(smtputf8=True)
    msg = simple(to=["Jörg <jörg@example.com>"], from_email="ascii@example.com")
    assert backend_for(server).send_messages([msg]) == 1
    (received,) = server.messages
    assert received.rcpt_tos == ["jörg@example.com"]
    assert "SMTPUTF8" in [o.upper() for o in received.mail_options]
    to = parse(received.data)["To"].addresses[0]
    assert to.username.encode("utf-8", "surrogateescape").decode() == "jörg"


def test_smtputf8_not_used_for_ascii(make_smtp_server: Any) -> None:
    server = make_smtp_server(smtputf8=True)
    backend_for(server).send_messages([simple(to=["Zoë <zoe@bücher.example>"])])
    (received,) = server.messages
    assert "SMTPUTF8" not in [o.upper() for o in received.mail_options]
    assert received.rcpt_tos == ["zoe@xn--bcher-kva.example"]


@pytest.mark.parametrize(
    ("field", "address"),
    [
        ("to", "jörg@example.com"),
        ("bcc", "jörg@example.com"),
        ("from_email", "jörg@example.com"),
        ("reply_to", "jörg@example.com"),
    ],
)
def test_smtputf8_required_error(make_smtp_server: Any, field: str, address: str) -> None:
    server = make_smtp_server(smtputf8=False)
    kwargs: dict[str, Any] = {field: address if field == "from_email" else [address]}
    backend = backend_for(server)
    with pytest.raises(mail.SMTPUTF8RequiredError) as info:
        backend.send_messages([simple(**kwargs)])
    assert isinstance(info.value, smtplib.SMTPNotSupportedError)
    assert address in str(info.value)
    assert no_mail_sent(server)
    assert backend.connection is None
    assert backend_for(server, fail_silently=True).send_messages([simple(**kwargs)]) == 0


# -- big messages ----------------------------------------------------------------------


@pytest.mark.parametrize("size", [100 * 1024 + 7, 1024 * 1024 + 3])
@pytest.mark.parametrize("pipelining", [False, True])
def test_large_attachment_byte_for_byte(make_smtp_server: Any, size: int, pipelining: bool) -> None:
    server = make_smtp_server(pipelining=pipelining)
    data = bytes((i * 7 + i // 256) % 256 for i in range(size))
    msg = simple(body=".leading dot\n", headers=FIXED)
    msg.attach("big.bin", data, "application/octet-stream")
    msg.attach("notes.txt", ".dot\n" * 10)
    tree = msg.message()
    segments = fastpath.wire_segments(tree)
    streamed = any(isinstance(s, fastpath.Base64Segment) for s in segments)
    assert streamed is (size >= fastpath.STREAM_THRESHOLD)
    assert backend_for(server).send_messages([msg]) == 1
    (received,) = server.messages
    assert BARE_EOL.search(received.data) is None
    parsed = parse(received.data)
    parts = list(parsed.iter_attachments())  # type: ignore[attr-defined]
    assert parts[0].get_filename() == "big.bin"
    assert parts[0].get_payload(decode=True) == data
    assert parts[1].get_content().replace("\r\n", "\n") == ".dot\n" * 10
    body = parsed.get_body().get_content()  # type: ignore[attr-defined]
    assert body.replace("\r\n", "\n") == ".leading dot\n"
    size_opts = [o for o in received.mail_options if o.upper().startswith("SIZE=")]
    # received.data has the transport's final CRLF only if the message lacked one
    wire_len = len(received.data)
    assert int(size_opts[0].split("=")[1]) in (wire_len, wire_len - 2)
    assert deep_norm(received.data) == deep_norm(msg.message().as_bytes(linesep="\r\n"))


def test_large_attachment_size_matches_exactly(make_smtp_server: Any) -> None:
    server = make_smtp_server()
    msg = simple(headers=FIXED)
    msg.attach("big.bin", b"\xab" * (fastpath.STREAM_THRESHOLD + 1000))
    assert backend_for(server).send_messages([msg]) == 1
    (received,) = server.messages
    size = int(
        next(o for o in received.mail_options if o.upper().startswith("SIZE=")).split("=")[1]
    )
    assert received.data.endswith(b"\r\n")
    assert size == len(received.data)
    assert re.search(rb"\r\n--[^\r\n]+--\r\n$", received.data)


def test_timeout_none_uses_socket_default(make_smtp_server: Any) -> None:
    import socket

    server = make_smtp_server()
    server.data_behaviour = "stall"
    server.stall_seconds = 5.0
    previous = socket.getdefaulttimeout()
    socket.setdefaulttimeout(0.3)
    try:
        with cm_override(EMAIL_TIMEOUT=None):
            backend = EmailBackend(host=server.host, port=server.port)
        assert backend.timeout is None
        with pytest.raises((smtplib.SMTPServerDisconnected, TimeoutError)):
            backend.send_messages([simple()])
    finally:
        socket.setdefaulttimeout(previous)
    assert backend.connection is None
    backend.close()


def test_bad_backend_arguments_from_get_connection_ignored(smtp_server: SMTPTestServer) -> None:
    backend = mail.get_connection(
        "composer.mail.backends.smtp.EmailBackend",
        host=smtp_server.host,
        port=smtp_server.port,
        unknown_option=True,
    )
    assert backend.send_messages([simple()]) == 1


WIRE_CASES: dict[str, dict[str, Any]] = {
    "ascii": {"body": "Hello\n.\n..x\nFrom me\n"},
    "utf8": {"subject": "Grüße", "body": "Körper ✓\n", "from_email": "Jörg <j@example.com>"},
    "long-line": {"body": "ж" * 600 + "\n" + "x" * 1200},
    "idn": {"to": ["Zoë <zoe@bücher.example>"], "cc": ["c@öäü.com"]},
    "crlf-body": {"body": "a\r\nb\rc\nd"},
    "no-final-newline": {"body": "tail"},
    "long-subject": {"subject": "word " * 30},
}


@pytest.mark.parametrize("case", list(WIRE_CASES))
@pytest.mark.parametrize("pipelining", [False, True])
def test_wire_bytes_identical_to_django(make_smtp_server: Any, case: str, pipelining: bool) -> None:
    server = make_smtp_server(pipelining=pipelining)

    def scenario(m: Any) -> Any:
        start = len(server.messages)
        values: dict[str, Any] = {
            "subject": "Subject",
            "body": "Body\n",
            "from_email": "from@example.com",
            "to": ["to@example.com"],
            "headers": dict(FIXED),
        }
        values.update(WIRE_CASES[case])
        conn = m.get_connection(backend_path(m, "smtp"), host=server.host, port=server.port)
        n = conn.send_messages([m.EmailMessage(**values)])
        return n, [(r.mail_from, r.rcpt_tos, r.data) for r in server.messages[start:]]

    dj, cm = run(scenario)
    assert cm == dj
