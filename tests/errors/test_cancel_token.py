"""The one cancel token: its contract, with real sockets and threads."""

from __future__ import annotations

import socket
import threading

import pytest

from composer.errors import Cancelled, CancelToken


def test_cancel_runs_callbacks_once_and_check_raises() -> None:
    token = CancelToken()
    calls: list[str] = []
    token.on_cancel(lambda: calls.append("first"))
    token.check()  # nothing yet
    assert token.cancel()
    assert token.cancel()  # a second request changes nothing
    assert calls == ["first"]
    token.on_cancel(lambda: calls.append("late"))  # registered after: runs at once
    assert calls == ["first", "late"]
    with pytest.raises(Cancelled):
        token.check()


def test_after_the_point_of_no_return_cancel_is_refused() -> None:
    token = CancelToken()
    calls: list[str] = []
    token.on_cancel(lambda: calls.append("cancelled"))
    token.commit()
    assert token.committed
    assert token.cancel() is False
    assert not token.cancelled
    assert calls == []


def test_commit_after_cancel_raises() -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        token.commit()
    assert not token.committed


def test_cancel_wakes_a_read_blocked_on_a_watched_socket() -> None:
    token = CancelToken()
    ours, theirs = socket.socketpair()
    with ours, theirs:
        token.watch(ours)
        got: list[bytes] = []
        reader = threading.Thread(target=lambda: got.append(ours.recv(10)))
        reader.start()
        assert token.cancel()
        reader.join(10)
        assert not reader.is_alive()
        assert got == [b""]  # the read ended: the connection was shut down
        token.release()


def test_a_socket_watched_after_cancel_is_shut_at_once() -> None:
    token = CancelToken()
    token.cancel()
    ours, theirs = socket.socketpair()
    with ours, theirs:
        token.watch(ours)
        assert ours.recv(10) == b""
        token.release()


def test_cancel_wakes_a_read_blocked_on_a_tls_socket(pki: object) -> None:
    """After STARTTLS the SMTP socket is an SSLSocket, which cannot be dup()ed as such."""
    import smtplib

    from smtpserver import SMTPTestServer

    with SMTPTestServer(tls="starttls", pki=pki) as server:  # type: ignore[arg-type]
        conn = smtplib.SMTP(server.host, server.port, timeout=10)
        conn.starttls(context=pki.client_context())  # type: ignore[attr-defined]
        token = CancelToken()
        token.watch(conn.sock)
        failures: list[BaseException] = []

        def read() -> None:
            try:
                conn.getreply()
            except (OSError, smtplib.SMTPException) as exc:
                failures.append(exc)

        reader = threading.Thread(target=read)
        reader.start()
        token.cancel()
        reader.join(timeout=10)
        assert not reader.is_alive()
        assert failures
        token.release()
        conn.close()
