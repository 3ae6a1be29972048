"""A real SMTP server on 127.0.0.1 for tests: aiosmtpd with TLS, AUTH and fault injection.

Every test that talks SMTP uses :class:`SMTPTestServer`. It records each session (EHLO name,
whether TLS was active, the AUTH login) and each accepted message (envelope and raw bytes as
received on the wire), and can be told to misbehave: refuse senders or recipients, answer
with a chosen code, drop the connection during DATA, or stall; or store a message and then
drop, reset or stall the connection instead of answering (``store_then_drop``,
``store_then_reset``, ``store_then_stall``, ``store_then_garbage`` for a TLS error), the
case where the client cannot know whether it was delivered.

Certificates come from a throwaway test CA (``trustme``), so certificate verification is
really exercised: a client that does not trust :attr:`TestPKI.ca` must fail.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import ssl
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

# aiosmtpd logs a traceback for every rejected TLS handshake; tests provoke those on purpose.
logging.getLogger("mail.log").setLevel(logging.CRITICAL)


@dataclass
class TestPKI:
    """A test CA, a server certificate for 127.0.0.1/localhost, and files for both."""

    ca: trustme.CA
    server_cert: trustme.LeafCert
    ca_file: Path
    folder: Path

    @classmethod
    def create(cls, folder: Path) -> TestPKI:
        ca = trustme.CA(organization_name="Composer Test CA")
        cert = ca.issue_cert("127.0.0.1", "localhost", organization_name="Composer Test Relay")
        folder.mkdir(parents=True, exist_ok=True)
        ca_file = folder / "test-ca.pem"
        ca.cert_pem.write_to_path(str(ca_file))
        return cls(ca=ca, server_cert=cert, ca_file=ca_file, folder=folder)

    def server_context(self, *, require_client_cert: bool = False) -> ssl.SSLContext:
        """The server's TLS context; with *require_client_cert*, a client must present a
        certificate this CA issued, or the handshake fails."""
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.server_cert.configure_cert(ctx)
        if require_client_cert:
            ctx.verify_mode = ssl.CERT_REQUIRED
            self.ca.configure_trust(ctx)
        return ctx

    def client_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context()
        self.ca.configure_trust(ctx)
        return ctx

    def issue_client_cert(self, name: str = "client.example") -> tuple[Path, Path]:
        """Issue a client certificate; returns (certfile, keyfile)."""
        leaf = self.ca.issue_cert(name)
        cert = self.folder / f"{name}.crt"
        key = self.folder / f"{name}.key"
        for blob in leaf.cert_chain_pems:
            with cert.open("ab") as fh:
                fh.write(blob.bytes())
        leaf.private_key_pem.write_to_path(str(key))
        return cert, key


@dataclass
class ReceivedMessage:
    """One message as the server accepted it."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    mail_options: list[str]
    session: SessionRecord


@dataclass
class SessionRecord:
    """What the server saw of one client connection."""

    ehlo_name: str | None = None
    tls: bool = False
    #: The name (subjectAltName) of the certificate the client presented in the handshake.
    client_cert: str | None = None
    login: str | None = None
    password: str | None = None
    #: The SASL mechanism of an OAuth login (XOAUTH2 or OAUTHBEARER).
    mechanism: str | None = None
    commands: list[str] = field(default_factory=list)


class _Handler:
    def __init__(self, server: SMTPTestServer) -> None:
        self.server = server

    def _record(self, session: Session) -> SessionRecord:
        rec: SessionRecord | None = getattr(session, "_composer_record", None)
        if rec is None:
            rec = SessionRecord()
            session._composer_record = rec  # type: ignore[attr-defined]
            with self.server.lock:
                self.server.sessions.append(rec)
        return rec

    async def handle_EHLO(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        hostname: str,
        responses: list[str],
    ) -> list[str]:
        rec = self._record(session)
        rec.ehlo_name = hostname
        rec.tls = self.server.implicit_tls or session.ssl is not None
        rec.client_cert = _client_cert_name(server)
        rec.commands.append("EHLO")
        session.host_name = hostname
        if self.server.pipelining:
            responses.insert(-1, "250-PIPELINING")
        return responses

    async def handle_HELO(
        self, server: SMTP, session: Session, envelope: Envelope, hostname: str
    ) -> str:
        rec = self._record(session)
        rec.ehlo_name = hostname
        rec.commands.append("HELO")
        session.host_name = hostname
        return f"250 {server.hostname}"

    async def handle_MAIL(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        rec = self._record(session)
        rec.tls = rec.tls or self.server.implicit_tls or session.ssl is not None
        rec.commands.append("MAIL")
        if self.server.mail_reply is not None:
            reply = self.server.mail_reply(address)
            if reply is not None:
                return reply
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        self._record(session).commands.append("RCPT")
        if self.server.rcpt_reply is not None:
            reply = self.server.rcpt_reply(address)
            if reply is not None:
                return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        rec = self._record(session)
        rec.commands.append("DATA")
        behaviour = self.server.data_behaviour
        if callable(behaviour):  # chosen per message, e.g. by recipient
            behaviour = behaviour(envelope)
        if behaviour == "disconnect":
            assert server.transport is not None
            server.transport.close()
            return "421 closing"
        if behaviour == "stall":
            await asyncio.sleep(self.server.stall_seconds)
        if self.server.data_reply is not None:
            reply = self.server.data_reply(envelope)
            if reply is not None:
                return reply
        raw = envelope.original_content or b""
        if isinstance(raw, str):
            raw = raw.encode("utf-8")
        msg = ReceivedMessage(
            mail_from=envelope.mail_from or "",
            rcpt_tos=list(envelope.rcpt_tos),
            data=raw,
            mail_options=list(envelope.mail_options),
            session=rec,
        )
        with self.server.lock:
            self.server.messages.append(msg)
            self.server.message_event.set()
        if behaviour in ("store_then_drop", "store_then_reset"):
            # The message is stored, and the reply never leaves: the client cannot know.
            assert server.transport is not None
            sock = server.transport.get_extra_info("socket")
            if behaviour == "store_then_reset":
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            else:
                sock.shutdown(socket.SHUT_RDWR)
            server.transport.abort()
        elif behaviour == "store_then_garbage":
            # Bytes that are not a TLS record where the reply should be: a TLS error.
            assert server.transport is not None
            # (The reply that follows, if any, comes too late: the client's TLS has failed.)
            os.write(
                server.transport.get_extra_info("socket").fileno(), b"\x17\x03\x03\x00\x05oops"
            )
        elif behaviour == "store_then_stall":
            await asyncio.sleep(self.server.stall_seconds)
        return "250 Message accepted for delivery"

    async def handle_QUIT(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        # A test can hold the reply to QUIT to keep a client busy after its message was
        # accepted (bounded, so a forgotten hold never hangs the suite).
        hold = self.server.quit_hold
        if hold is not None:
            for _ in range(3000):
                if hold.is_set():
                    break
                await asyncio.sleep(0.01)
        return "221 Bye"


def _client_cert_name(server: SMTP) -> str | None:
    # After STARTTLS, and from the first byte on an implicit-TLS port, the transport is
    # the TLS layer's.
    assert server.transport is not None
    ssl_object = server.transport.get_extra_info("ssl_object")
    peer = ssl_object.getpeercert() if ssl_object is not None else None
    for kind, value in (peer or {}).get("subjectAltName", ()):
        if kind == "DNS":
            return str(value)
    return None


class _OAuthHandler(_Handler):
    """The handler with SASL XOAUTH2 and OAUTHBEARER (RFC 7628): the bearer token is checked
    by the server's ``oauth`` callable (the test's authorization server)."""

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        return await self._bearer(server, args, "XOAUTH2")

    async def auth_OAUTHBEARER(self, server: SMTP, args: list[str]) -> AuthResult:
        return await self._bearer(server, args, "OAUTHBEARER")

    async def _bearer(self, server: SMTP, args: list[str], mechanism: str) -> AuthResult:
        import base64
        import binascii
        import json

        if len(args) > 1:
            try:
                blob = base64.b64decode(args[1], validate=True)
            except binascii.Error:
                return AuthResult(success=False, handled=False, message="501 5.5.2 bad base64")
        else:
            answer = await server.challenge_auth("")
            if not isinstance(answer, bytes):
                return AuthResult(success=False, handled=True)
            blob = answer
        text = blob.decode("utf-8", "replace")
        fields = text.split("\x01")
        user = ""
        token = ""
        if mechanism == "OAUTHBEARER":
            gs2 = fields[0]
            for part in gs2.split(","):
                if part.startswith("a="):
                    user = part[2:].replace("=2C", ",").replace("=3D", "=")
        for item in fields:
            if item.startswith("user="):
                user = item[5:]
            elif item.startswith("auth=Bearer "):
                token = item[len("auth=Bearer ") :]
        check = self.server.oauth
        assert check is not None
        self.server.oauth_attempts.append((mechanism, user, token))
        if check(user, token):
            rec: SessionRecord | None = getattr(server.session, "_composer_record", None)
            if rec is not None:
                rec.login = user
                rec.mechanism = mechanism
            return AuthResult(success=True, handled=False)
        error = json.dumps({"status": "401", "schemes": "bearer", "scope": "mail"})
        await server.challenge_auth(error)
        return AuthResult(
            success=False, handled=False, message="535 5.7.8 Username and Password not accepted"
        )


class _RecordingSMTP(SMTP):
    """aiosmtpd's protocol, keeping each MAIL and RCPT argument exactly as it arrived."""

    async def smtp_MAIL(self, arg: str | None) -> None:
        self._keep("MAIL", arg)
        await super().smtp_MAIL(arg)

    async def smtp_RCPT(self, arg: str | None) -> None:
        self._keep("RCPT", arg)
        await super().smtp_RCPT(arg)

    def _keep(self, verb: str, arg: str | None) -> None:
        server: SMTPTestServer = self.event_handler.server
        with server.lock:
            server.raw_commands.append(f"{verb} {arg}")


class _RecordingController(Controller):
    def factory(self) -> SMTP:
        return _RecordingSMTP(self.handler, **self.SMTP_kwargs)


class SMTPTestServer:
    """A real aiosmtpd server on 127.0.0.1 in a background thread.

    Args:
        tls: ``"none"``, ``"starttls"`` (offered, optionally required) or ``"ssl"``
            (implicit TLS from the first byte).
        pki: the test CA; required for ``"starttls"`` and ``"ssl"``.
        auth: ``(login, password)`` accepted by AUTH PLAIN/LOGIN, or ``None`` for no AUTH.
        auth_required: refuse mail before AUTH.
        require_starttls: refuse commands before STARTTLS.
        require_client_cert: the TLS handshake needs a client certificate from the test CA
            (a session's ``client_cert`` records whose).
        pipelining: advertise PIPELINING in EHLO (None: the class's ``default_pipelining``,
            which a test module can switch to run every test both ways).
        smtputf8: advertise SMTPUTF8.
        eightbitmime: advertise 8BITMIME. Without it the server is aiosmtpd in its
            ``decode_data`` mode: it refuses 8-bit data ("500 Error: strict ASCII mode")
            and the BODY parameter, as a strict 7-bit server would.

    ``raw_commands`` keeps every MAIL and RCPT command line as received (``"RCPT TO:<a@b>"``),
    parameters included, whether the server accepted it or not.
    """

    default_pipelining = False

    def __init__(
        self,
        *,
        tls: str = "none",
        pki: TestPKI | None = None,
        auth: tuple[str, str] | None = None,
        auth_required: bool = False,
        require_starttls: bool = False,
        require_client_cert: bool = False,
        pipelining: bool | None = None,
        smtputf8: bool = False,
        eightbitmime: bool = True,
        data_size_limit: int | None = 200 * 1024 * 1024,
        oauth: Callable[[str, str], bool] | None = None,
        oauth_mechanisms: tuple[str, ...] = ("XOAUTH2", "OAUTHBEARER"),
    ) -> None:
        self.lock = threading.Lock()
        self.messages: list[ReceivedMessage] = []
        self.raw_commands: list[str] = []
        self.sessions: list[SessionRecord] = []
        self.message_event = threading.Event()
        self.mail_reply: Callable[[str], str | None] | None = None
        self.rcpt_reply: Callable[[str], str | None] | None = None
        self.data_reply: Callable[[Envelope], str | None] | None = None
        self.data_behaviour: str | Callable[[Envelope], str | None] | None = None
        self.stall_seconds = 30.0
        self.quit_hold: threading.Event | None = None  # QUIT is answered once it is set
        self.pipelining = self.default_pipelining if pipelining is None else pipelining
        self.implicit_tls = tls == "ssl"
        self._auth = auth
        self.auth_attempts: list[tuple[str, str]] = []
        #: The reply to a password login that would succeed (None: 235), e.g. Microsoft's
        #: "535 5.7.139 ... basic authentication is disabled".
        self.password_refusal: str | None = None
        #: ``(user, token) -> accepted`` for XOAUTH2/OAUTHBEARER (None: not offered).
        self.oauth = oauth
        self.oauth_attempts: list[tuple[str, str, str]] = []

        kwargs: dict[str, Any] = {
            "data_size_limit": data_size_limit,
            "enable_SMTPUTF8": smtputf8,
            "server_hostname": "smtp.test",
            "decode_data": not eightbitmime,
        }
        if tls == "starttls":
            assert pki is not None
            kwargs["tls_context"] = pki.server_context(require_client_cert=require_client_cert)
            kwargs["require_starttls"] = require_starttls
        elif tls == "ssl":
            assert pki is not None
            kwargs["ssl_context"] = pki.server_context(require_client_cert=require_client_cert)
        elif tls != "none":
            raise ValueError(tls)
        if auth is not None:
            kwargs["authenticator"] = self._authenticate
            kwargs["auth_required"] = auth_required
            # aiosmtpd counts only STARTTLS as TLS; on plain and implicit-TLS ports the
            # client-side policy is what is under test, so let the server offer AUTH.
            kwargs["auth_require_tls"] = tls == "starttls"
        if oauth is not None:
            kwargs["auth_required"] = auth_required
            kwargs["auth_require_tls"] = tls == "starttls"
            excluded = [m for m in ("XOAUTH2", "OAUTHBEARER") if m not in oauth_mechanisms]
            if auth is None:
                excluded += ["PLAIN", "LOGIN"]
            kwargs["auth_exclude_mechanism"] = excluded
        self.port = _free_port()
        self.host = "127.0.0.1"
        handler = _OAuthHandler(self) if oauth is not None else _Handler(self)
        self._controller = _RecordingController(
            handler, hostname=self.host, port=self.port, **kwargs
        )

    def _authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
    ) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        login = auth_data.login.decode("utf-8")
        password = auth_data.password.decode("utf-8")
        self.auth_attempts.append((login, password))
        ok = self._auth is not None and (login, password) == self._auth
        if ok:
            rec: SessionRecord | None = getattr(session, "_composer_record", None)
            if rec is not None:
                rec.login, rec.password = login, password
        if ok and self.password_refusal is not None:
            return AuthResult(success=False, handled=False, message=self.password_refusal)
        # handled=False: aiosmtpd answers 235 or 535 itself.
        return AuthResult(success=ok, handled=False)

    def start(self) -> SMTPTestServer:
        self._controller.start()
        return self

    def stop(self) -> None:
        self._controller.stop()

    def __enter__(self) -> SMTPTestServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def refused_port() -> int:
    """A port on 127.0.0.1 where nothing listens (connections are refused)."""
    return _free_port()
