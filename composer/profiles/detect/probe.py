"""Checking a guessed server by talking to it: an SMTP greeting and EHLO, an IMAP greeting.

A probe connects to an address the detection's resolver gave (so tests can point a guessed
name at 127.0.0.1), with the run's short timeout, and never logs in. On an implicit-TLS port
the certificate is verified for the host name. No Qt here.
"""

from __future__ import annotations

import contextlib
import socket
import ssl

from composer.errors import CancelToken
from composer.profiles.detect.options import ProbeTarget
from composer.profiles.parts import Security

__all__ = ["ProbeFailed", "probe_imap", "probe_smtp"]


class ProbeFailed(Exception):
    """The server did not answer as an SMTP or IMAP server would (the reason in words)."""


def _connect(
    ip: str, host: str, target: ProbeTarget, timeout: float, token: CancelToken
) -> socket.socket:
    token.check()
    try:
        sock = socket.create_connection((ip, target.port), timeout=timeout)
    except OSError as exc:
        raise ProbeFailed(f"{host} ({ip}) port {target.port}: {exc}") from exc
    token.watch(sock)
    if target.security is Security.SSL:
        context = ssl.create_default_context()
        try:
            return context.wrap_socket(sock, server_hostname=host)
        except (OSError, ssl.SSLError) as exc:
            sock.close()
            token.release()
            raise ProbeFailed(f"{host} port {target.port}: TLS: {exc}") from exc
    return sock


def _lines(sock: socket.socket) -> list[str]:
    data = b""
    while not data.endswith(b"\r\n") and len(data) < 8192:
        chunk = sock.recv(4096)
        if not chunk:
            break
        data += chunk
    return data.decode("latin-1").splitlines()


def _smtp_reply(sock: socket.socket) -> list[str]:
    lines: list[str] = []
    while len(lines) < 100:
        batch = _lines(sock)
        if not batch:
            break
        lines += batch
        if len(lines[-1]) < 4 or lines[-1][3] != "-":
            break
    return lines


def probe_smtp(ip: str, host: str, target: ProbeTarget, timeout: float, token: CancelToken) -> str:
    """Greet the SMTP server at *ip*; what it said (its greeting) when it is one.

    Raises:
        ProbeFailed: no connection, no SMTP greeting, or (STARTTLS port) no STARTTLS.
    """
    sock = _connect(ip, host, target, timeout, token)
    try:
        greeting = _smtp_reply(sock)
        if not greeting or not greeting[0].startswith("220"):
            raise ProbeFailed(f"{host} port {target.port}: no SMTP greeting: {greeting[:1]}")
        sock.sendall(b"EHLO composer.invalid\r\n")
        ehlo = _smtp_reply(sock)
        if not ehlo or not ehlo[0].startswith("250"):
            raise ProbeFailed(f"{host} port {target.port}: EHLO refused: {ehlo[:1]}")
        if target.security is Security.STARTTLS and not any(
            line[4:].strip().upper() == "STARTTLS" for line in ehlo
        ):
            raise ProbeFailed(f"{host} port {target.port}: STARTTLS not offered")
        with contextlib.suppress(OSError):
            sock.sendall(b"QUIT\r\n")
        return greeting[0]
    except (OSError, ssl.SSLError) as exc:
        token.check()
        raise ProbeFailed(f"{host} port {target.port}: {exc}") from exc
    finally:
        sock.close()
        token.release()


def probe_imap(ip: str, host: str, target: ProbeTarget, timeout: float, token: CancelToken) -> str:
    """Read the IMAP server's greeting at *ip*.

    Raises:
        ProbeFailed: no connection or no IMAP greeting (``* OK``).
    """
    sock = _connect(ip, host, target, timeout, token)
    try:
        greeting = _lines(sock)
        if not greeting or not greeting[0].upper().startswith("* OK"):
            raise ProbeFailed(f"{host} port {target.port}: no IMAP greeting: {greeting[:1]}")
        if target.security is Security.STARTTLS and "STARTTLS" not in greeting[0].upper():
            sock.sendall(b"a1 CAPABILITY\r\n")
            capabilities = " ".join(_lines(sock)).upper()
            if "STARTTLS" not in capabilities:
                raise ProbeFailed(f"{host} port {target.port}: STARTTLS not offered")
        with contextlib.suppress(OSError):
            sock.sendall(b"a2 LOGOUT\r\n")
        return greeting[0]
    except (OSError, ssl.SSLError) as exc:
        token.check()
        raise ProbeFailed(f"{host} port {target.port}: {exc}") from exc
    finally:
        sock.close()
        token.release()
