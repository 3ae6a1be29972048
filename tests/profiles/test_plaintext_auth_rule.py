"""One rule for sending a password without TLS (issue 11.13).

``composer profiles test`` (the connection test) and ``composer send`` (the mail library)
both ask ``composer.mail.backends.smtp.is_private_connection`` about the socket they
are connected through: a password may go unencrypted only to the machine itself, judged
by the peer address, never by the host name. So for any host name both agree.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from typing import Any

import pytest
import smtpserver
from smtpserver import SMTPTestServer

from composer import mail
from composer.mail.backends import smtp
from composer.mail.backends.smtp import EmailBackend
from composer.profiles.conntest import ConnectionParams, StepStatus, run_connection_test
from composer.profiles.model import Security

PASSWORD = "s3cret-Passw0rd"

# Names for this machine that are not the literal "localhost": 127.1 is 127.0.0.1 to the
# resolver (inet_aton) but no IP address to Python's ipaddress module.
LOOPBACK_NAMES = ["localhost", "127.0.0.1", "127.1", "::ffff:127.0.0.1"]


def library_sends(host: str, server: SMTPTestServer) -> bool:
    backend = EmailBackend(
        host=host, port=server.port, username="alice", password=PASSWORD, timeout=10
    )
    message = mail.EmailMessage("s", "b", "alice@example.com", ["bob@example.com"])
    try:
        return backend.send_messages([message]) == 1
    except mail.PlaintextAuthError:
        return False
    finally:
        backend.close()


def connection_test_logs_in(host: str, server: SMTPTestServer) -> bool:
    params = ConnectionParams(host, server.port, Security.NONE, "alice", 10)
    result = run_connection_test(params, PASSWORD)
    auth = [step.status for step in result.steps if step.step == "auth"]
    assert result.ok == (auth[-1] is StepStatus.OK), result.failure
    return result.ok


@pytest.mark.parametrize("host", LOOPBACK_NAMES)
def test_send_and_connection_test_agree_for_this_machine(host: str) -> None:
    with SMTPTestServer(auth=("alice", PASSWORD)) as server:
        assert socket.getaddrinfo(host, server.port)  # the name resolves here
        sent = library_sends(host, server)
        tested = connection_test_logs_in(host, server)
        logins = [session.login for session in server.sessions if session.login]
    assert sent
    assert tested
    assert logins == ["alice", "alice"]
    assert server.messages[0].rcpt_tos == ["bob@example.com"]


def test_a_socket_that_is_no_ip_connection_is_not_private() -> None:
    left, right = socket.socketpair()
    with left, right:
        assert not smtp.is_private_connection(left)  # no peer address to judge
    assert not smtp.is_private_connection(None)


def test_tls_is_private_and_plain_loopback_is(
    make_smtp_server: Any, pki: smtpserver.TestPKI
) -> None:
    tls_server, plain_server = make_smtp_server(tls="ssl", pki=pki), make_smtp_server()
    context = pki.client_context()
    with smtplib.SMTP_SSL("127.0.0.1", tls_server.port, context=context, timeout=10) as tls:
        assert isinstance(tls.sock, ssl.SSLSocket)
        assert smtp.is_private_connection(tls.sock)
    with smtplib.SMTP("127.0.0.1", plain_server.port, timeout=10) as plain:
        assert smtp.is_private_connection(plain.sock)


def test_a_connection_closed_meanwhile_is_not_private(make_smtp_server: Any) -> None:
    server = make_smtp_server()
    client = smtplib.SMTP("127.0.0.1", server.port, timeout=10)
    sock = client.sock
    client.quit()
    assert not smtp.is_private_connection(sock)
