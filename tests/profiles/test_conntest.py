"""Test connection against a real aiosmtpd server on 127.0.0.1, step by step."""

from __future__ import annotations

import dataclasses
import hashlib
import smtplib
import socket
import ssl
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import smtpserver
from aiosmtpd.smtp import AuthResult

from composer.errors import CancelToken
from composer.errors.describe import describe
from composer.profiles.certificates import parse_certificate
from composer.profiles.conntest import (
    ConnectionParams,
    ConnectionTestResult,
    StepReport,
    StepStatus,
    run_connection_test,
)
from composer.profiles.model import Security

PASSWORD = "s3cret-Passw0rd"


class Server(smtpserver.SMTPTestServer):
    """The shared test server, answering a failed AUTH with 535.

    tests/smtpserver.py returns ``AuthResult(success=False)``, whose default
    ``handled=True`` tells aiosmtpd the reply was already sent, so the client waits forever.
    """

    def _authenticate(self, *args: Any) -> AuthResult:
        result = super()._authenticate(*args)
        return result if result.success else AuthResult(success=False, handled=False)


@pytest.fixture
def serve() -> Iterator[Any]:
    servers: list[Server] = []

    def start(**kwargs: Any) -> Server:
        server = Server(**kwargs).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def run(params: ConnectionParams, password: str | None = PASSWORD) -> ConnectionTestResult:
    return run_connection_test(params, password)


def final(result: ConnectionTestResult) -> dict[str, StepStatus]:
    """The last status of each step, in order."""
    out: dict[str, StepStatus] = {}
    for step in result.steps:
        out[step.step] = step.status
    return out


def assert_no_password(result: ConnectionTestResult) -> None:
    texts = [s.detail for s in result.steps]
    if result.failure is not None:
        texts += [result.failure.what, result.failure.todo, result.failure.details]
    assert not any(PASSWORD in text for text in texts)


def test_starttls_with_auth_and_private_ca_succeeds(serve: Any, pki: smtpserver.TestPKI) -> None:
    server = serve(tls="starttls", pki=pki, auth=("alice", PASSWORD), require_starttls=True)
    params = ConnectionParams(
        "127.0.0.1", server.port, Security.STARTTLS, "alice", 10, cafile=str(pki.ca_file)
    )
    reports: list[StepReport] = []
    result = run_connection_test(params, PASSWORD, reports.append)
    assert result.ok, result.failure
    assert [(r.step, r.status) for r in reports] == [
        ("connect", StepStatus.RUNNING),
        ("connect", StepStatus.OK),
        ("ehlo", StepStatus.RUNNING),
        ("ehlo", StepStatus.OK),
        ("starttls", StepStatus.RUNNING),
        ("starttls", StepStatus.OK),
        ("auth", StepStatus.RUNNING),
        ("auth", StepStatus.OK),
        ("quit", StepStatus.RUNNING),
        ("quit", StepStatus.OK),
    ]
    assert "STARTTLS" in reports[3].detail
    assert "TLSv1" in reports[5].detail
    session = server.sessions[-1]  # aiosmtpd starts a new session after STARTTLS
    assert session.tls
    assert session.login == "alice"
    assert_no_password(result)


def test_implicit_tls_with_auth_succeeds(serve: Any, pki: smtpserver.TestPKI) -> None:
    server = serve(tls="ssl", pki=pki, auth=("alice", PASSWORD))
    params = ConnectionParams(
        "localhost", server.port, Security.SSL, "alice", 10, cafile=str(pki.ca_file)
    )
    result = run(params)
    assert result.ok, result.failure
    assert list(final(result)) == ["connect", "tls", "ehlo", "auth", "quit"]
    assert final(result)["auth"] is StepStatus.OK
    assert server.auth_attempts == [("alice", PASSWORD)]


def test_no_username_skips_auth(serve: Any) -> None:
    server = serve()
    result = run(ConnectionParams("127.0.0.1", server.port, Security.NONE))
    assert result.ok
    assert final(result)["auth"] is StepStatus.SKIPPED


def test_plain_auth_is_allowed_to_loopback(serve: Any) -> None:
    server = serve(auth=("alice", PASSWORD))
    result = run(ConnectionParams("127.0.0.1", server.port, Security.NONE, "alice", 10))
    assert result.ok, result.failure
    assert final(result)["auth"] is StepStatus.OK
    assert server.auth_attempts == [("alice", PASSWORD)]  # it logged in, in the clear
    assert server.sessions[-1].login == "alice"


def test_wrong_password(serve: Any, pki: smtpserver.TestPKI) -> None:
    server = serve(tls="starttls", pki=pki, auth=("alice", PASSWORD))
    params = ConnectionParams(
        "127.0.0.1", server.port, Security.STARTTLS, "alice", 10, cafile=str(pki.ca_file)
    )
    result = run(params, "wrong")
    assert not result.ok
    assert final(result)["auth"] is StepStatus.FAILED
    assert result.failure is not None
    assert "refused the user name or password for alice" in result.failure.what
    assert "535" in result.failure.what
    assert "app password" in result.failure.todo


def test_missing_password_is_explained(serve: Any) -> None:
    server = serve(auth=("alice", PASSWORD))
    result = run(ConnectionParams("127.0.0.1", server.port, Security.NONE, "alice", 10), None)
    assert result.failure is not None
    assert "No password" in result.failure.what


def test_untrusted_certificate_shows_subject_issuer_and_fingerprint(
    serve: Any, pki: smtpserver.TestPKI
) -> None:
    server = serve(tls="starttls", pki=pki)
    result = run(ConnectionParams("127.0.0.1", server.port, Security.STARTTLS, timeout=10))
    assert final(result)["starttls"] is StepStatus.FAILED
    failure = result.failure
    assert failure is not None
    assert "not signed by an authority this computer trusts" in failure.what
    assert "Private CA" in failure.todo
    cert = result.certificate
    assert cert is not None
    assert "O=Composer Test Relay" in cert.subject
    assert "O=Composer Test CA" in cert.issuer
    der = ssl.PEM_cert_to_DER_cert(pki.server_cert.cert_chain_pems[0].bytes().decode())
    assert cert.sha256.replace(":", "").lower() == hashlib.sha256(der).hexdigest()
    assert set(cert.names) == {"127.0.0.1", "localhost"}


def test_untrusted_certificate_on_implicit_tls(serve: Any, pki: smtpserver.TestPKI) -> None:
    server = serve(tls="ssl", pki=pki)
    result = run(ConnectionParams("127.0.0.1", server.port, Security.SSL, timeout=10))
    assert final(result)["tls"] is StepStatus.FAILED
    assert result.failure is not None
    assert result.certificate is not None


def test_host_name_mismatch(serve: Any, pki: smtpserver.TestPKI, tmp_path: Path) -> None:
    other = smtpserver.TestPKI(
        ca=pki.ca,
        server_cert=pki.ca.issue_cert("mail.other.example"),
        ca_file=pki.ca_file,
        folder=tmp_path,
    )
    server = serve(tls="starttls", pki=other)
    params = ConnectionParams(
        "127.0.0.1", server.port, Security.STARTTLS, timeout=10, cafile=str(pki.ca_file)
    )
    result = run(params)
    failure = result.failure
    assert failure is not None
    assert "not valid for the name 127.0.0.1" in failure.what
    assert result.certificate is not None
    assert result.certificate.names == ("mail.other.example",)


def test_starttls_not_offered(serve: Any) -> None:
    server = serve()
    result = run(ConnectionParams("127.0.0.1", server.port, Security.STARTTLS, timeout=10))
    assert final(result)["starttls"] is StepStatus.FAILED
    assert result.failure is not None
    assert "does not offer STARTTLS" in result.failure.what
    assert "SSL/TLS" in result.failure.todo


def test_auth_not_offered(serve: Any) -> None:
    # aiosmtpd offers AUTH only after STARTTLS, so a plain session to loopback has none.
    server = serve(tls="none")
    result = run(ConnectionParams("127.0.0.1", server.port, Security.NONE, "alice", 10))
    assert final(result)["auth"] is StepStatus.FAILED
    assert result.failure is not None
    assert "does not offer to log in" in result.failure.what


def test_ssl_on_a_starttls_port(serve: Any, pki: smtpserver.TestPKI) -> None:
    server = serve(tls="starttls", pki=pki)
    params = ConnectionParams(
        "127.0.0.1", server.port, Security.SSL, timeout=10, cafile=str(pki.ca_file)
    )
    result = run(params)
    assert result.failure is not None
    assert "does not speak SSL/TLS" in result.failure.what
    assert "STARTTLS" in result.failure.todo


def test_refused_port() -> None:
    port = smtpserver.refused_port()
    result = run(ConnectionParams("127.0.0.1", port, Security.STARTTLS, timeout=10))
    assert final(result) == {"connect": StepStatus.FAILED}
    assert result.failure is not None
    assert result.failure.what == (
        f"Nothing accepted the connection at 127.0.0.1 port {port} (connection refused)."
    )
    assert "587" in result.failure.todo


def test_missing_ca_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.pem"
    result = run(ConnectionParams("127.0.0.1", 25, Security.STARTTLS, cafile=str(missing)))
    assert result.failure is not None
    assert result.failure.what == f"The file {missing} does not exist."


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A port that accepts connections and never says a word."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield listener.getsockname()[1]


def test_a_silent_server_times_out(silent_server: int) -> None:
    result = run(ConnectionParams("127.0.0.1", silent_server, Security.STARTTLS, timeout=0.5))
    assert final(result)["ehlo"] is StepStatus.FAILED
    assert result.failure is not None
    assert "stopped answering" in result.failure.what


def test_cancel_stops_a_blocked_test_at_once(silent_server: int) -> None:
    token = CancelToken()
    waiting = threading.Event()
    outcome: list[ConnectionTestResult] = []

    def report(step: StepReport) -> None:
        if step.step == "ehlo" and step.status is StepStatus.RUNNING:
            waiting.set()

    params = ConnectionParams("127.0.0.1", silent_server, Security.STARTTLS, timeout=60)
    worker = threading.Thread(
        target=lambda: outcome.append(run_connection_test(params, None, report, token))
    )
    worker.start()
    assert waiting.wait(10)
    started = time.monotonic()
    token.cancel()
    worker.join(10)
    assert not worker.is_alive()
    assert time.monotonic() - started < 5
    (result,) = outcome
    assert result.cancelled
    assert result.failure is None
    assert result.steps[-1].status is StepStatus.CANCELLED


def test_cancel_before_start() -> None:
    token = CancelToken()
    token.cancel()
    result = run_connection_test(
        ConnectionParams("127.0.0.1", smtpserver.refused_port()), None, cancel=token
    )
    assert result.cancelled


# -- explanations without a network ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "provider", "words"),
    [
        ("smtp.gmail.com", "Gmail", "https://myaccount.google.com/apppasswords"),
        ("smtp.office365.com", "Microsoft 365", "OAuth"),
        ("smtp-mail.outlook.com", "Outlook.com", "OAuth"),
        ("smtp.naver.com", "Naver", "application password"),
    ],
)
def test_auth_failure_at_a_known_provider_says_what_it_needs(
    host: str, provider: str, words: str
) -> None:
    exc = smtplib.SMTPAuthenticationError(535, b"5.7.8 Username and Password not accepted")
    explanation = describe(exc, ConnectionParams(host, 587, username="me@example.com").server)
    assert provider in explanation.what
    assert "refused the password for me@example.com" in explanation.what
    assert words in explanation.todo


def test_timeout_while_connecting_mentions_firewalls() -> None:
    server = ConnectionParams("mail.example.com", 25, timeout=7).server
    explanation = describe(TimeoutError("timed out"), server)
    assert "did not answer within 7 seconds" in explanation.what
    assert "firewall" in explanation.todo


def test_unknown_host() -> None:
    explanation = describe(
        socket.gaierror(-2, "Name or service not known"),
        ConnectionParams("smtp.exmaple.com", 587).server,
    )
    assert "could not be found" in explanation.what


def test_parse_certificate_rejects_garbage() -> None:
    with pytest.raises(ValueError, match="not a DER certificate"):
        parse_certificate(b"\x30\x82\x01")


def test_client_certificate_is_presented(serve: Any, pki: smtpserver.TestPKI) -> None:
    name = f"client-{uuid.uuid4().hex[:8]}.example"
    cert, key = pki.issue_client_cert(name)
    # A relay that lets in only the holders of its certificates.
    server = serve(tls="starttls", pki=pki, require_client_cert=True)
    params = ConnectionParams(
        "127.0.0.1",
        server.port,
        Security.STARTTLS,
        timeout=10,
        cafile=str(pki.ca_file),
        certfile=str(cert),
        keyfile=str(key),
    )
    result = run(params)
    assert result.ok, result.failure
    assert server.sessions[-1].tls
    assert server.sessions[-1].client_cert == name  # the server verified this certificate
    without = run(dataclasses.replace(params, certfile="", keyfile=""))
    assert not without.ok  # the same relay refuses a client without one


def test_mismatched_client_key_is_explained(pki: smtpserver.TestPKI) -> None:
    cert, _ = pki.issue_client_cert(f"one-{uuid.uuid4().hex[:8]}.example")
    _, other_key = pki.issue_client_cert(f"two-{uuid.uuid4().hex[:8]}.example")
    params = ConnectionParams(
        "127.0.0.1", 25, Security.STARTTLS, certfile=str(cert), keyfile=str(other_key)
    )
    result = run(params)
    assert result.failure is not None
    assert "could not be loaded" in result.failure.what
    assert final(result) == {"connect": StepStatus.FAILED}
