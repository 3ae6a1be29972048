"""Test connection: connect, greet, encrypt, log in and say goodbye, one step at a time.

:func:`run_connection_test` talks to an SMTP server with :mod:`smtplib` and :mod:`ssl`
directly so that it can report each step as it happens (through a plain callback, so the
Preferences dialog, the CLI and tests all use it the same way) and stop as soon as the user
cancels: :class:`CancelToken` shuts the socket down from any thread, and connecting polls it.

When a step fails, :func:`explain_error` says in one sentence what happened and in one what
to do, for the common cases: connection refused or timed out, an unknown host, a certificate
that is not trusted (with its subject, issuer and fingerprint), a host name mismatch,
STARTTLS or AUTH not offered, a refused password (with what the user's provider needs, from
:mod:`composer.profiles.providers`). The compose window can use :func:`explain_error` for
send failures.

The SSL context is built like ``composer.mail``'s SMTP backend builds it: the system CAs,
plus a private CA file when the profile names one, plus a client certificate.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import hashlib
import ipaddress
import os
import select
import smtplib
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from composer.i18n import translate
from composer.mail.backends.smtp import is_private_connection
from composer.profiles.model import Profile, Security
from composer.profiles.providers import login_advice, provider_for, provider_info

__all__ = [
    "STEP_LABELS",
    "CancelToken",
    "CertificateInfo",
    "ConnectionParams",
    "ConnectionTestResult",
    "Explanation",
    "StepReport",
    "StepStatus",
    "build_ssl_context",
    "explain_error",
    "run_connection_test",
]

_STEPS = ("connect", "tls", "ehlo", "starttls", "auth", "quit")


def _step_label(step: str) -> str:
    labels = {
        "connect": translate("ConnectionTest", "Connect"),
        "tls": translate("ConnectionTest", "Encrypt (SSL/TLS)"),
        "ehlo": translate("ConnectionTest", "Greet the server (EHLO)"),
        "starttls": translate("ConnectionTest", "Encrypt (STARTTLS)"),
        "auth": translate("ConnectionTest", "Log in (AUTH)"),
        "quit": translate("ConnectionTest", "Say goodbye (QUIT)"),
    }
    return labels.get(step, step)


class _StepLabels(Mapping[str, str]):
    """The step labels, looked up when read so that they follow the installed translator."""

    def __getitem__(self, step: str) -> str:
        if step not in _STEPS:
            raise KeyError(step)
        return _step_label(step)

    def __iter__(self) -> Iterator[str]:
        return iter(_STEPS)

    def __len__(self) -> int:
        return len(_STEPS)


#: The steps, in order, and what users see for each.
STEP_LABELS: Mapping[str, str] = _StepLabels()


class StepStatus(StrEnum):
    RUNNING = "running"
    OK = "ok"
    FAILED = "failed"
    SKIPPED = "skipped"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class StepReport:
    """One step changed state. ``step`` is a key of :data:`STEP_LABELS`."""

    step: str
    status: StepStatus
    detail: str = ""

    @property
    def label(self) -> str:
        return _step_label(self.step)


@dataclass(frozen=True)
class CertificateInfo:
    """What users need to judge a certificate the computer does not trust."""

    subject: str
    issuer: str
    sha256: str
    not_before: str = ""
    not_after: str = ""
    names: tuple[str, ...] = ()

    def lines(self) -> list[str]:
        out = [
            translate("ConnectionTest", "Subject: {subject}").format(subject=self.subject),
            translate("ConnectionTest", "Issuer: {issuer}").format(issuer=self.issuer),
        ]
        if self.names:
            names = ", ".join(self.names)
            out.append(translate("ConnectionTest", "Valid for: {names}").format(names=names))
        if self.not_before or self.not_after:
            out.append(
                translate("ConnectionTest", "Valid from {start} to {end}").format(
                    start=self.not_before, end=self.not_after
                )
            )
        out.append(
            translate("ConnectionTest", "SHA-256 fingerprint: {fingerprint}").format(
                fingerprint=self.sha256
            )
        )
        return out


@dataclass(frozen=True)
class Explanation:
    """A failure in words: what happened, what to do, and the technical details."""

    what: str
    todo: str
    details: str = ""
    certificate: CertificateInfo | None = None

    def __str__(self) -> str:
        return f"{self.what} {self.todo}"


@dataclass(frozen=True)
class ConnectionTestResult:
    ok: bool
    cancelled: bool = False
    failure: Explanation | None = None
    steps: tuple[StepReport, ...] = field(default=())


@dataclass(frozen=True)
class ConnectionParams:
    """The SMTP settings a test needs (a profile's, without its name or identity)."""

    host: str
    port: int
    security: Security = Security.STARTTLS
    username: str = ""
    timeout: float = 30.0
    certfile: str = ""
    keyfile: str = ""
    cafile: str = ""
    allow_plaintext_auth: bool = False

    @classmethod
    def from_profile(cls, profile: Profile) -> ConnectionParams:
        s = profile.smtp
        return cls(
            host=s.host.strip(),
            port=s.port,
            security=s.security,
            username=s.username,
            timeout=s.timeout,
            certfile=s.certfile.strip(),
            keyfile=s.keyfile.strip(),
            cafile=s.cafile.strip(),
            allow_plaintext_auth=s.allow_plaintext_auth,
        )


class Cancelled(Exception):
    """The user cancelled the test."""


class CancelToken:
    """Lets another thread stop a running test at once.

    :meth:`cancel` sets a flag that is checked between steps and shuts down every socket
    the test registered, which wakes a blocked read immediately.
    """

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        self._event.set()
        with self._lock:
            for sock in self._sockets:
                _shutdown(sock)

    def register(self, sock: socket.socket) -> None:
        """Shut *sock* down on cancel.

        A duplicate is kept, because TLS wrapping detaches the original; shutting down the
        duplicate also ends the TLS session built on the same connection.
        """
        dup = sock.dup()
        with self._lock:
            self._sockets.append(dup)
            if self.cancelled:
                _shutdown(dup)

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled

    def release(self) -> None:
        with self._lock:
            for sock in self._sockets:
                sock.close()
            self._sockets.clear()


def _shutdown(sock: socket.socket) -> None:
    # Not connected (yet) or already closed: then there is nothing left to wake.
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


class _MissingPassword(Exception):
    pass


class _PlaintextAuthRefused(Exception):
    pass


class _NoAuthOffered(Exception):
    pass


class _NoStartTLSOffered(Exception):
    pass


def build_ssl_context(cafile: str = "", certfile: str = "", keyfile: str = "") -> ssl.SSLContext:
    """The client SSL context: system CAs (+ a private CA file) and an optional client cert.

    Raises:
        FileNotFoundError: a named file does not exist.
        ssl.SSLError: a file is not a certificate or key.
    """
    ctx = ssl.create_default_context(cafile=None)
    if cafile:
        ctx.load_verify_locations(cafile=str(Path(cafile).expanduser()))
    if certfile:
        ctx.load_cert_chain(
            str(Path(certfile).expanduser()), str(Path(keyfile).expanduser()) if keyfile else None
        )
    return ctx


@functools.cache
def _local_hostname() -> str:
    return socket.getfqdn()


def run_connection_test(
    params: ConnectionParams,
    password: str | None,
    report: Callable[[StepReport], None] | None = None,
    cancel: CancelToken | None = None,
) -> ConnectionTestResult:
    """Connect, EHLO, STARTTLS or TLS, AUTH and QUIT, reporting each step; never raises.

    Args:
        params: the server to test.
        password: the password for ``params.username`` (unused without a user name).
        report: called from this thread with each step's state as it changes.
        cancel: lets another thread stop the test.
    """
    token = cancel if cancel is not None else CancelToken()
    steps: list[StepReport] = []

    def emit(step: str, status: StepStatus, detail: str = "") -> None:
        entry = StepReport(step, status, detail)
        steps.append(entry)
        if report is not None:
            report(entry)

    current = "connect"
    smtp: smtplib.SMTP | None = None
    try:
        ctx = _context_for(params)
        emit(
            "connect",
            StepStatus.RUNNING,
            translate("ConnectionTest", "Connecting to {host}:{port}…").format(
                host=params.host, port=params.port
            ),
        )
        sock = _connect(params.host, params.port, params.timeout, token)
        peer = sock.getpeername()[0]
        emit(
            "connect",
            StepStatus.OK,
            translate("ConnectionTest", "Connected to {host} ({address}) port {port}.").format(
                host=params.host, address=peer, port=params.port
            ),
        )
        if params.security is Security.SSL:
            current = "tls"
            assert ctx is not None
            emit("tls", StepStatus.RUNNING, translate("ConnectionTest", "TLS handshake…"))
            sock = ctx.wrap_socket(sock, server_hostname=params.host)
            emit("tls", StepStatus.OK, _tls_summary(sock))
        current = "ehlo"
        emit(
            "ehlo",
            StepStatus.RUNNING,
            translate("ConnectionTest", "Waiting for the server's greeting…"),
        )
        smtp = _open_smtp(sock, params.host)
        token.check()
        code, _ = smtp.ehlo()
        if not 200 <= code <= 299:
            smtp.helo()
        emit("ehlo", StepStatus.OK, _features_summary(smtp))
        if params.security is Security.STARTTLS:
            current = "starttls"
            token.check()
            emit(
                "starttls",
                StepStatus.RUNNING,
                translate("ConnectionTest", "Asking the server to start TLS…"),
            )
            if not smtp.has_extn("starttls"):
                raise _NoStartTLSOffered
            smtp.starttls(context=ctx)
            assert isinstance(smtp.sock, ssl.SSLSocket)
            smtp.ehlo()
            emit("starttls", StepStatus.OK, _tls_summary(smtp.sock))
        current = "auth"
        token.check()
        if params.username:
            emit(
                "auth",
                StepStatus.RUNNING,
                translate("ConnectionTest", "Logging in as {user}…").format(user=params.username),
            )
            # The library's rule, by the address connected to: `composer send` decides alike.
            if not params.allow_plaintext_auth and not is_private_connection(smtp.sock):
                raise _PlaintextAuthRefused
            if not smtp.has_extn("auth"):
                raise _NoAuthOffered
            if not password:
                raise _MissingPassword
            smtp.login(params.username, password)
            emit(
                "auth",
                StepStatus.OK,
                translate("ConnectionTest", "Logged in as {user}.").format(user=params.username),
            )
        else:
            emit(
                "auth",
                StepStatus.SKIPPED,
                translate("ConnectionTest", "No user name: mail will be sent without logging in."),
            )
        current = "quit"
        token.check()
        emit("quit", StepStatus.RUNNING, "")
        smtp.quit()
        smtp = None
        emit(
            "quit",
            StepStatus.OK,
            translate("ConnectionTest", "The server said goodbye. Everything works."),
        )
        return ConnectionTestResult(True, steps=tuple(steps))
    except Exception as exc:  # every failure becomes part of the result, as data
        if token.cancelled or isinstance(exc, Cancelled):
            emit(current, StepStatus.CANCELLED, translate("ConnectionTest", "Cancelled."))
            return ConnectionTestResult(False, cancelled=True, steps=tuple(steps))
        explanation = explain_error(exc, params, step=current)
        if isinstance(exc, ssl.SSLCertVerificationError):
            cert = fetch_certificate(params, token)
            explanation = Explanation(explanation.what, explanation.todo, explanation.details, cert)
        emit(current, StepStatus.FAILED, explanation.what)
        return ConnectionTestResult(False, failure=explanation, steps=tuple(steps))
    finally:
        if smtp is not None:
            smtp.close()
        token.release()


def _context_for(params: ConnectionParams) -> ssl.SSLContext | None:
    if params.security is Security.NONE:
        return None
    return build_ssl_context(params.cafile, params.certfile, params.keyfile)


def _connect(host: str, port: int, timeout: float, token: CancelToken) -> socket.socket:
    """A connected TCP socket; polls *token* so that Cancel works while connecting."""
    deadline = time.monotonic() + timeout
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    last: OSError | None = None
    for family, kind, proto, _name, address in infos:
        token.check()
        sock = socket.socket(family, kind, proto)
        try:
            sock.setblocking(False)
            err = sock.connect_ex(address)
            if err not in (0, errno.EINPROGRESS, errno.EWOULDBLOCK, errno.EAGAIN):
                raise OSError(err, f"{_strerror(err)} ({host}:{port})")
            while err != 0:
                token.check()
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"No answer from {host}:{port} in {timeout:g} seconds")
                _r, writable, _x = select.select([], [sock], [], min(remaining, 0.1))
                if writable:
                    err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
                    if err:
                        raise OSError(err, f"{_strerror(err)} ({host}:{port})")
                    break
            sock.settimeout(timeout)
            token.register(sock)
            return sock
        except Cancelled:
            sock.close()
            raise
        except OSError as exc:
            sock.close()
            last = exc
    raise last if last is not None else OSError(f"{host} has no address")


def _strerror(err: int) -> str:
    return os.strerror(err)


def _open_smtp(sock: socket.socket, host: str) -> smtplib.SMTP:
    """An SMTP client on a connected socket, after reading the greeting."""
    smtp = smtplib.SMTP(local_hostname=_local_hostname())
    smtp.sock = sock
    smtp._host = host  # type: ignore[attr-defined]  # starttls() checks the name against it
    code, message = smtp.getreply()
    if code != 220:
        smtp.close()
        raise smtplib.SMTPConnectError(code, message)
    return smtp


def _tls_summary(sock: ssl.SSLSocket) -> str:
    cipher = sock.cipher()
    name = cipher[0] if cipher else translate("ConnectionTest", "unknown cipher")
    return translate(
        "ConnectionTest", "Encrypted with {protocol} ({cipher}); the certificate is trusted."
    ).format(protocol=sock.version(), cipher=name)


def _features_summary(smtp: smtplib.SMTP) -> str:
    feats = smtp.esmtp_features
    if not smtp.does_esmtp:
        return translate("ConnectionTest", "The server answered (no ESMTP extensions).")
    shown = []
    for key in ("starttls", "auth", "size", "pipelining", "smtputf8"):
        if key in feats:
            value = feats[key].strip()
            shown.append(f"{key.upper()} {value}".strip())
    if not shown:
        return translate("ConnectionTest", "The server offers: no extensions.")
    return translate("ConnectionTest", "The server offers: {extensions}.").format(
        extensions=", ".join(shown)
    )


# -- explaining failures -----------------------------------------------------------------


def explain_error(exc: BaseException, params: ConnectionParams, step: str = "") -> Explanation:
    """One sentence of what happened and one of what to do, for a failed SMTP step."""
    details = f"{type(exc).__name__}: {exc}"
    what, todo = _explain(exc, params, step)
    return Explanation(what, todo, details)


def _explain(exc: BaseException, p: ConnectionParams, step: str) -> tuple[str, str]:
    host, user = p.host, p.username
    where = translate("ConnectionTest", "{host} port {port}").format(host=p.host, port=p.port)
    usual_ports = translate(
        "ConnectionTest",
        "The usual ports are 587 for STARTTLS, 465 for SSL/TLS and 25 without encryption.",
    )
    if isinstance(exc, _MissingPassword):
        return (
            translate("ConnectionTest", "No password is set for {user}.").format(user=user),
            translate(
                "ConnectionTest",
                "Enter the password, or leave the user name empty if the server needs no login.",
            ),
        )
    if isinstance(exc, _PlaintextAuthRefused):
        return (
            translate(
                "ConnectionTest",
                "Composer will not send your password to {host} without encryption.",
            ).format(host=host),
            translate(
                "ConnectionTest",
                "Choose STARTTLS or SSL/TLS; only on a network you trust, tick “Allow login "
                "without encryption”.",
            ),
        )
    if isinstance(exc, _NoAuthOffered):
        return (
            translate(
                "ConnectionTest",
                "{host} does not offer to log in (no AUTH), so the user name and password "
                "cannot be used.",
            ).format(host=host),
            translate(
                "ConnectionTest",
                "Leave the user name empty if the server accepts mail without logging in; many "
                "servers offer AUTH only over STARTTLS or SSL/TLS.",
            ),
        )
    if isinstance(exc, _NoStartTLSOffered | smtplib.SMTPNotSupportedError):
        return (
            translate(
                "ConnectionTest",
                "{host} does not offer STARTTLS, so the connection cannot be encrypted.",
            ).format(host=host),
            translate(
                "ConnectionTest",
                "Choose SSL/TLS (usually port 465) if the server supports it; choose no "
                "encryption only for a server on your own computer or network.",
            ),
        )
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return _explain_auth(exc, p)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return _explain_certificate(exc, p)
    if isinstance(exc, FileNotFoundError) and step == "connect":
        name = exc.filename or translate("ConnectionTest", "a certificate file")
        return (
            translate("ConnectionTest", "The file {file} does not exist.").format(file=name),
            translate("ConnectionTest", "Choose the certificate, key and CA files again."),
        )
    if isinstance(exc, ssl.SSLError) and step == "connect":
        return (
            translate(
                "ConnectionTest",
                "The client certificate, key or CA file could not be loaded ({reason}).",
            ).format(reason=exc.reason),
            translate(
                "ConnectionTest",
                "Check that the files are PEM certificates and the matching private key.",
            ),
        )
    if isinstance(exc, ssl.SSLError):
        if exc.reason in ("WRONG_VERSION_NUMBER", "UNKNOWN_PROTOCOL", "RECORD_LAYER_FAILURE"):
            return (
                translate(
                    "ConnectionTest", "{where} does not speak SSL/TLS from the start."
                ).format(where=where),
                translate("ConnectionTest", "Choose STARTTLS (usually port 587) instead.")
                + " "
                + usual_ports,
            )
        return (
            translate(
                "ConnectionTest", "The encrypted connection with {host} failed ({reason})."
            ).format(host=host, reason=exc.reason or exc),
            translate(
                "ConnectionTest",
                "Try the other kind of encryption, or ask the server's administrator which TLS "
                "versions it supports.",
            ),
        )
    if isinstance(exc, socket.gaierror):
        return (
            translate("ConnectionTest", "The server name {host} could not be found.").format(
                host=host
            ),
            translate("ConnectionTest", "Check its spelling and your internet connection."),
        )
    if isinstance(exc, ConnectionRefusedError):
        return (
            translate(
                "ConnectionTest", "Nothing accepted the connection at {where} (connection refused)."
            ).format(where=where),
            translate(
                "ConnectionTest", "Check the host name and port, and that the server is running."
            )
            + " "
            + usual_ports,
        )
    if isinstance(exc, smtplib.SMTPServerDisconnected) and isinstance(
        exc.__context__, TimeoutError
    ):
        exc = exc.__context__  # smtplib reports a read timeout as a disconnect
    if isinstance(exc, TimeoutError | socket.timeout):
        if step == "connect":
            return (
                translate(
                    "ConnectionTest", "{where} did not answer within {seconds} seconds."
                ).format(where=where, seconds=f"{p.timeout:g}"),
                translate(
                    "ConnectionTest",
                    "Check the host name and port; a firewall or your network may block this "
                    "port (many home and hotel networks block port 25).",
                ),
            )
        if p.security is not Security.SSL and p.port == 465:
            return (
                translate(
                    "ConnectionTest",
                    "{where} did not greet Composer; port 465 normally expects SSL/TLS.",
                ).format(where=where),
                translate(
                    "ConnectionTest", "Choose SSL/TLS for port 465, or use port 587 with STARTTLS."
                ),
            )
        return (
            translate("ConnectionTest", "The server stopped answering {during}.").format(
                during=_during(step)
            ),
            translate("ConnectionTest", "Try again later, or raise the timeout in the profile."),
        )
    if isinstance(exc, smtplib.SMTPServerDisconnected | ConnectionResetError):
        if p.security is Security.SSL and step in ("tls", "ehlo"):
            return (
                translate(
                    "ConnectionTest", "{where} closed the connection during the TLS handshake."
                ).format(where=where),
                translate("ConnectionTest", "This port may expect STARTTLS rather than SSL/TLS.")
                + " "
                + usual_ports,
            )
        if p.security is not Security.SSL and step == "ehlo":
            return (
                translate(
                    "ConnectionTest", "{where} closed the connection before greeting Composer."
                ).format(where=where),
                translate("ConnectionTest", "This port may expect SSL/TLS from the start.")
                + " "
                + usual_ports,
            )
        return (
            translate(
                "ConnectionTest", "{host} closed the connection unexpectedly {during}."
            ).format(host=host, during=_during(step)),
            translate("ConnectionTest", "Check the port and the kind of encryption.")
            + " "
            + usual_ports,
        )
    if isinstance(exc, smtplib.SMTPResponseException):
        text = (
            exc.smtp_error.decode("utf-8", "replace")
            if isinstance(exc.smtp_error, bytes)
            else str(exc.smtp_error)
        )
        return (
            translate("ConnectionTest", "{host} answered “{reply}”.").format(
                host=host, reply=f"{exc.smtp_code} {text}"
            ),
            translate(
                "ConnectionTest",
                "The server's words above usually say what it needs; ask its administrator if "
                "they do not.",
            ),
        )
    if isinstance(exc, OSError):
        return (
            translate("ConnectionTest", "The connection to {where} failed: {reason}.").format(
                where=where, reason=exc.strerror or exc
            ),
            translate(
                "ConnectionTest", "Check the host name, the port and your network connection."
            ),
        )
    return (
        translate("ConnectionTest", "The test stopped with an unexpected error: {error}.").format(
            error=type(exc).__name__
        ),
        translate("ConnectionTest", "Copy the details and report them to the Composer developers."),
    )


def _during(step: str) -> str:
    phrases = {
        "connect": translate("ConnectionTest", "while connecting"),
        "tls": translate("ConnectionTest", "during the TLS handshake"),
        "ehlo": translate("ConnectionTest", "during the greeting"),
        "starttls": translate("ConnectionTest", "while starting TLS"),
        "auth": translate("ConnectionTest", "while logging in"),
        "quit": translate("ConnectionTest", "while saying goodbye"),
    }
    return phrases.get(step, "")


def _explain_auth(exc: smtplib.SMTPAuthenticationError, p: ConnectionParams) -> tuple[str, str]:
    provider = provider_for(p.host, p.username)
    if provider is None:
        return (
            translate(
                "ConnectionTest",
                "The server refused the user name or password for {user} ({code}).",
            ).format(user=p.username, code=exc.smtp_code),
            login_advice(p.host, p.username),
        )
    info = provider_info(provider)
    return (
        translate("ConnectionTest", "{provider} refused the password for {user}.").format(
            provider=info.name, user=p.username
        ),
        info.login,
    )


def _explain_certificate(exc: ssl.SSLCertVerificationError, p: ConnectionParams) -> tuple[str, str]:
    code = exc.verify_code
    if code in (62, 64):  # X509_V_ERR_HOSTNAME_MISMATCH, X509_V_ERR_IP_ADDRESS_MISMATCH
        return (
            translate(
                "ConnectionTest", "The server's certificate is not valid for the name {host}."
            ).format(host=p.host),
            translate(
                "ConnectionTest",
                "Enter the host name the certificate was issued for (see “Valid for” below), or "
                "ask the server's administrator for a certificate that covers this name.",
            ),
        )
    if code == 10:  # X509_V_ERR_CERT_HAS_EXPIRED
        return (
            translate("ConnectionTest", "The certificate of {host} has expired.").format(
                host=p.host
            ),
            translate(
                "ConnectionTest",
                "Tell the server's administrator; check your computer's clock too.",
            ),
        )
    if code == 9:  # X509_V_ERR_CERT_NOT_YET_VALID
        return (
            translate("ConnectionTest", "The certificate of {host} is not valid yet.").format(
                host=p.host
            ),
            translate("ConnectionTest", "Check your computer's date and time."),
        )
    return (
        translate(
            "ConnectionTest",
            "The certificate of {host} is not signed by an authority this computer trusts "
            "({reason}).",
        ).format(host=p.host, reason=exc.verify_message),
        translate(
            "ConnectionTest",
            "If this is your organisation's server with its own certificate authority, choose "
            "that CA file under “Private CA”; compare the fingerprint below with the one your "
            "administrator gives you.",
        ),
    )


# -- looking at a certificate we do not trust ---------------------------------------------


def fetch_certificate(params: ConnectionParams, token: CancelToken) -> CertificateInfo | None:
    """Connect again without verification, only to show users the server's certificate."""
    insecure = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    insecure.check_hostname = False
    insecure.verify_mode = ssl.CERT_NONE
    smtp: smtplib.SMTP | None = None
    try:
        sock = _connect(params.host, params.port, min(params.timeout, 10.0), token)
        if params.security is Security.SSL:
            tls = insecure.wrap_socket(sock, server_hostname=params.host)
        else:
            smtp = _open_smtp(sock, params.host)
            smtp.ehlo()
            smtp.starttls(context=insecure)
            assert isinstance(smtp.sock, ssl.SSLSocket)
            tls = smtp.sock
        der = tls.getpeercert(binary_form=True)
        if smtp is None:
            tls.close()
        return parse_certificate(der) if der else None
    except (OSError, smtplib.SMTPException, Cancelled, ValueError):
        return None
    finally:
        if smtp is not None:
            smtp.close()


_OID_NAMES = {
    "2.5.4.3": "CN",
    "2.5.4.6": "C",
    "2.5.4.7": "L",
    "2.5.4.8": "ST",
    "2.5.4.10": "O",
    "2.5.4.11": "OU",
    "1.2.840.113549.1.9.1": "emailAddress",
}


def parse_certificate(der: bytes) -> CertificateInfo:
    """Subject, issuer, validity, names and SHA-256 fingerprint of a DER certificate.

    Raises:
        ValueError: *der* is not a certificate.
    """
    try:
        _tag, start, _end = _der_item(der, 0)
        _tag, tbs_start, tbs_end = _der_item(der, start)
        items = list(_der_children(der, tbs_start, tbs_end))
        if items and items[0][0] == 0xA0:  # explicit version
            items = items[1:]
        issuer = _der_name(der, items[2])
        validity = list(_der_children(der, items[3][1], items[3][2]))
        subject = _der_name(der, items[4])
        names: list[str] = []
        for tag, s, e in items[6:]:
            if tag == 0xA3:
                names = _der_alt_names(der, s, e)
        not_before = _der_time(der, validity[0])
        not_after = _der_time(der, validity[1])
    except (IndexError, UnicodeDecodeError) as exc:
        raise ValueError("not a DER certificate") from exc
    digest = hashlib.sha256(der).hexdigest().upper()
    fingerprint = ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))
    return CertificateInfo(subject, issuer, fingerprint, not_before, not_after, tuple(names))


def _der_item(data: bytes, pos: int) -> tuple[int, int, int]:
    tag = data[pos]
    length = data[pos + 1]
    pos += 2
    if length & 0x80:
        count = length & 0x7F
        length = int.from_bytes(data[pos : pos + count], "big")
        pos += count
    if pos + length > len(data):
        raise IndexError("truncated DER")
    return tag, pos, pos + length


def _der_children(data: bytes, start: int, end: int) -> list[tuple[int, int, int]]:
    out = []
    pos = start
    while pos < end:
        item = _der_item(data, pos)
        out.append(item)
        pos = item[2]
    return out


def _der_oid(raw: bytes) -> str:
    parts = [raw[0] // 40, raw[0] % 40]
    value = 0
    for byte in raw[1:]:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            parts.append(value)
            value = 0
    return ".".join(str(p) for p in parts)


def _der_string(tag: int, raw: bytes) -> str:
    if tag == 0x1E:
        return raw.decode("utf-16-be")
    return raw.decode("utf-8" if tag == 0x0C else "latin-1")


def _der_name(data: bytes, item: tuple[int, int, int]) -> str:
    parts = []
    for _set_tag, set_start, set_end in _der_children(data, item[1], item[2]):
        for _seq_tag, seq_start, seq_end in _der_children(data, set_start, set_end):
            (_oid_tag, os_, oe), (vtag, vs, ve) = _der_children(data, seq_start, seq_end)[:2]
            oid = _der_oid(data[os_:oe])
            parts.append(f"{_OID_NAMES.get(oid, oid)}={_der_string(vtag, data[vs:ve])}")
    return ", ".join(reversed(parts))


def _der_time(data: bytes, item: tuple[int, int, int]) -> str:
    tag, start, end = item
    text = data[start:end].decode("ascii")
    fmt = "%y%m%d%H%M%SZ" if tag == 0x17 else "%Y%m%d%H%M%SZ"
    return datetime.strptime(text, fmt).replace(tzinfo=UTC).strftime("%Y-%m-%d")


def _der_alt_names(data: bytes, start: int, end: int) -> list[str]:
    names: list[str] = []
    (_seq, s, e) = _der_item(data, start)
    for _tag, es, ee in _der_children(data, s, e):
        ext = _der_children(data, es, ee)
        if _der_oid(data[ext[0][1] : ext[0][2]]) != "2.5.29.17":
            continue
        _octet, os_, _oe = ext[-1]
        _seq2, gs, ge = _der_item(data, os_)
        for tag, ns, ne in _der_children(data, gs, ge):
            if tag == 0x82:
                names.append(data[ns:ne].decode("ascii"))
            elif tag == 0x87:
                names.append(str(ipaddress.ip_address(data[ns:ne])))
    return names
