"""Test connection: connect, greet, encrypt, log in and say goodbye, one step at a time.

:func:`run_connection_test` talks to an SMTP server with :mod:`smtplib` and :mod:`ssl`
directly so that it can report each step as it happens (through a plain callback, so the
Preferences dialog, the CLI and tests all use it the same way) and stop as soon as the user
cancels: the :class:`~composer.errors.CancelToken` shuts the socket down from any thread,
and connecting polls it.

A failed step is put into words by :func:`composer.errors.describe.describe`, the same
words sending gives for the same failure; the test adds what only it knows: the step, and
for a certificate the computer does not trust, the certificate itself
(:mod:`composer.profiles.certificates`). The SSL context is built like ``composer.mail``'s
SMTP backend builds it: the system CAs, plus a private CA file when the profile names one,
plus a client certificate.
"""

from __future__ import annotations

import errno
import functools
import os
import select
import smtplib
import socket
import ssl
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from composer.errors import Cancelled, CancelToken, ComposerError, UserMessage
from composer.errors.describe import ServerInfo, describe
from composer.i18n import translate
from composer.mail import oauth2
from composer.mail.backends.smtp import is_private_connection
from composer.mail.errors import PlaintextAuthError
from composer.mail.oauth2 import OAuth2Token
from composer.mailbox.client import ImapServer
from composer.profiles.certificates import CertificateInfo, build_ssl_context, parse_certificate
from composer.profiles.imapaccount import files_sent_itself, imap_server_of
from composer.profiles.imapcheck import IMAP_STEPS, ImapCheckFailed, imap_step_label, run_imap_steps
from composer.profiles.model import Profile, Security

__all__ = [
    "STEP_LABELS",
    "ConnectionParams",
    "ConnectionTestResult",
    "StepReport",
    "StepStatus",
    "fetch_certificate",
    "run_connection_test",
]

_STEPS = ("connect", "tls", "ehlo", "starttls", "auth", "quit", *IMAP_STEPS)


def _step_label(step: str) -> str:
    labels = {
        "connect": translate("ConnectionTest", "Connect"),
        "tls": translate("ConnectionTest", "Encrypt (SSL/TLS)"),
        "ehlo": translate("ConnectionTest", "Greet the server (EHLO)"),
        "starttls": translate("ConnectionTest", "Encrypt (STARTTLS)"),
        "auth": translate("ConnectionTest", "Log in (AUTH)"),
        "quit": translate("ConnectionTest", "Say goodbye (QUIT)"),
    }
    if step in IMAP_STEPS:
        return imap_step_label(step)
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
class ConnectionTestResult:
    """How a test ended: ``failure`` says why it failed; ``certificate`` is the server's
    certificate when the computer does not trust it."""

    ok: bool
    cancelled: bool = False
    failure: UserMessage | None = None
    steps: tuple[StepReport, ...] = field(default=())
    certificate: CertificateInfo | None = None


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
    #: The account's IMAP server, tested after the SMTP one (None: the profile has none).
    imap: ImapServer | None = None
    imap_folder: str = ""
    files_sent_itself: bool = False

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
            imap=imap_server_of(profile),
            imap_folder=profile.imap.sent_folder,
            files_sent_itself=files_sent_itself(profile),
        )

    @property
    def server(self) -> ServerInfo:
        """The server, as error messages name it."""
        return ServerInfo(self.host, self.port, str(self.security), self.username, self.timeout)


@functools.cache
def _local_hostname() -> str:
    return socket.getfqdn()


def run_connection_test(
    params: ConnectionParams,
    password: str | None,
    report: Callable[[StepReport], None] | None = None,
    cancel: CancelToken | None = None,
    *,
    oauth2_token: OAuth2Token | None = None,
    imap_password: str | None = None,
) -> ConnectionTestResult:
    """Connect, EHLO, STARTTLS or TLS, AUTH and QUIT, reporting each step; never raises.

    Args:
        params: the server to test.
        password: the password for ``params.username`` (unused without a user name).
        oauth2_token: for a profile that signs in with OAuth 2.0, its access token (or a
            callable giving one, called at the AUTH step): the login uses it instead.
        imap_password: the IMAP server's own password, for an IMAP user name that is not
            the SMTP one (:mod:`composer.profiles.imapcredentials`); None: *password*.
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
            smtp.starttls(context=ctx)  # raises SMTPNotSupportedError, as sending does
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
                raise PlaintextAuthError(params.username)
            if not smtp.has_extn("auth"):
                # smtplib's own exception for this, so that it reads as it does when sending
                raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
            if oauth2_token is not None:
                oauth2.authenticate(smtp, params.username, oauth2_token, params.host, params.port)
            elif not password:
                raise _missing_password(params.username)
            else:
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
        if params.imap is None:
            emit(
                "quit",
                StepStatus.OK,
                translate("ConnectionTest", "The server said goodbye. Everything works."),
            )
            return ConnectionTestResult(True, steps=tuple(steps))
        emit("quit", StepStatus.OK, translate("ConnectionTest", "The server said goodbye."))
        current = "imap"
        run_imap_steps(
            params.imap,
            password if imap_password is None else imap_password,
            lambda step, status, detail: emit(step, StepStatus(status), detail),
            token,
            folder=params.imap_folder,
            files_itself=params.files_sent_itself,
            oauth2_token=oauth2_token,
        )
        return ConnectionTestResult(True, steps=tuple(steps))
    except Exception as exc:  # every failure becomes part of the result, as data
        if token.cancelled or isinstance(exc, Cancelled):
            emit(current, StepStatus.CANCELLED, translate("ConnectionTest", "Cancelled."))
            return ConnectionTestResult(False, cancelled=True, steps=tuple(steps))
        failure = describe(exc, params.server)
        if isinstance(exc, ImapCheckFailed):
            current = getattr(exc, "step", current)
        cert = None
        if isinstance(exc, ssl.SSLCertVerificationError) and current not in IMAP_STEPS:
            cert = fetch_certificate(params, token)
        emit(current, StepStatus.FAILED, failure.what)
        return ConnectionTestResult(False, failure=failure, steps=tuple(steps), certificate=cert)
    finally:
        if smtp is not None:
            smtp.close()
        token.release()


def _missing_password(user: str) -> ComposerError:
    return ComposerError(
        translate("ConnectionTest", "No password is set for {user}.").format(user=user),
        translate(
            "ConnectionTest",
            "Enter the password, or leave the user name empty if the server needs no login.",
        ),
    )


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
                raise OSError(err, f"{os.strerror(err)} ({host}:{port})")
            while err != 0:
                token.check()
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"No answer from {host}:{port} in {timeout:g} seconds")
                _r, writable, _x = select.select([], [sock], [], min(remaining, 0.1))
                if writable:
                    err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
                    if err:
                        raise OSError(err, f"{os.strerror(err)} ({host}:{port})")
                    break
            sock.settimeout(timeout)
            token.watch(sock)
            return sock
        except Cancelled:
            sock.close()
            raise
        except OSError as exc:
            sock.close()
            last = exc
    raise last if last is not None else OSError(f"{host} has no address")


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
