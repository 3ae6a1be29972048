"""The SMTP backend: send messages through a mail server with ``smtplib``.

Behaves like Django 5.2's SMTP backend (same arguments, settings, return values and
``fail_silently`` rules) and adds:

* ``ssl_cafile`` / ``EMAIL_SSL_CAFILE``: trust a private CA in addition to the system's;
  certificates and host names are always verified;
* no AUTH over an unencrypted connection to another machine unless
  ``allow_plaintext_auth`` / ``EMAIL_ALLOW_PLAINTEXT_AUTH`` says so;
* SMTPUTF8 for addresses with non-ASCII local parts, and a clear error when the server
  cannot take them;
* ``BODY=8BITMIME`` for 8-bit content where the server offers 8BITMIME, and 8-bit parts
  re-encoded (quoted-printable or base64) for a server that does not;
* command pipelining (RFC 2920) when the server offers it;
* large attachments streamed to the socket in slices, never serialised whole;
* ``message.refused_recipients`` and ``message.smtp_response`` after each message;
* ``oauth2_token``: log in with an OAuth 2.0 access token instead of a password (a string,
  or a callable returning a fresh token at each login), over SASL OAUTHBEARER (RFC 7628)
  where the server offers it, else XOAUTH2; the same TLS rule as for a password applies
  (see :mod:`composer.mail.oauth2`).
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import smtplib
import socket
import ssl
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from email.message import Message
from functools import cached_property
from typing import Any

from composer.mail import fastpath, oauth2, sevenbit
from composer.mail.backends.base import BaseEmailBackend
from composer.mail.conf import settings
from composer.mail.errors import PlaintextAuthError, SMTPUTF8RequiredError
from composer.mail.message import EmailMessage, envelope_address
from composer.mail.oauth2 import OAuth2Token
from composer.mail.utils import DNS_NAME

__all__ = ["EmailBackend", "is_private_connection"]

logger = logging.getLogger("composer.mail")

_CRLF = b"\r\n"


@dataclass
class _Envelope:
    """One message ready for the wire, with its MAIL and RCPT commands.

    *sender* and *recipients* are ``(sanitised address, addr-spec)`` pairs: the first names
    the address in errors (as Django's do), the second goes on the wire.
    """

    message: EmailMessage
    sender: tuple[str, str]
    recipients: list[tuple[str, str]]
    segments: list[fastpath.Segment]
    mail_cmd: bytes
    rcpt_cmds: list[bytes]
    pipelining: bool

    def commands(self) -> bytes:
        """MAIL, every RCPT and DATA, for one pipelined write."""
        return self.mail_cmd + b"".join(self.rcpt_cmds) + b"DATA\r\n"


class EmailBackend(BaseEmailBackend):
    """A connection to an SMTP server, opened on demand and reused while open.

    Arguments left as ``None`` take their ``EMAIL_*`` setting (``host`` and ``port`` also
    when falsy). ``use_tls`` is STARTTLS; ``use_ssl`` is TLS from the first byte.
    """

    def __init__(
        self,
        host: str | None = None,
        port: int | None = None,
        username: str | None = None,
        password: str | None = None,
        use_tls: bool | None = None,
        fail_silently: bool = False,
        use_ssl: bool | None = None,
        timeout: float | None = None,
        ssl_keyfile: str | None = None,
        ssl_certfile: str | None = None,
        ssl_cafile: str | None = None,
        allow_plaintext_auth: bool | None = None,
        oauth2_token: OAuth2Token | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(fail_silently=fail_silently)
        self.host = host or settings.EMAIL_HOST
        self.port = port or settings.EMAIL_PORT
        self.username = settings.EMAIL_HOST_USER if username is None else username
        self.password = settings.EMAIL_HOST_PASSWORD if password is None else password
        self.use_tls = settings.EMAIL_USE_TLS if use_tls is None else use_tls
        self.use_ssl = settings.EMAIL_USE_SSL if use_ssl is None else use_ssl
        self.timeout = settings.EMAIL_TIMEOUT if timeout is None else timeout
        self.ssl_keyfile = settings.EMAIL_SSL_KEYFILE if ssl_keyfile is None else ssl_keyfile
        self.ssl_certfile = settings.EMAIL_SSL_CERTFILE if ssl_certfile is None else ssl_certfile
        self.ssl_cafile = settings.EMAIL_SSL_CAFILE if ssl_cafile is None else ssl_cafile
        self.allow_plaintext_auth = (
            settings.EMAIL_ALLOW_PLAINTEXT_AUTH
            if allow_plaintext_auth is None
            else allow_plaintext_auth
        )
        #: An OAuth 2.0 access token (or a callable returning one) used instead of the password.
        self.oauth2_token = oauth2_token
        if self.use_ssl and self.use_tls:
            raise ValueError(
                "EMAIL_USE_TLS/EMAIL_USE_SSL are mutually exclusive, so only set "
                "one of those settings to True."
            )
        self.connection: smtplib.SMTP | None = None
        self._partial_connection: smtplib.SMTP | None = None
        # A message whose MAIL, RCPT and DATA went out after the last end of data.
        self._ahead: _Envelope | None = None
        self._lock = threading.RLock()

    def __repr__(self) -> str:
        # Never show the password.
        return (
            f"<{type(self).__module__}.EmailBackend {self.host}:{self.port} "
            f"user={self.username!r} tls={self.use_tls} ssl={self.use_ssl}>"
        )

    @property
    def connection_class(self) -> type[smtplib.SMTP]:
        return smtplib.SMTP_SSL if self.use_ssl else smtplib.SMTP

    @cached_property
    def ssl_context(self) -> ssl.SSLContext:
        """The TLS context: system CAs plus ``ssl_cafile``, and the client certificate.

        Host names and certificates are always verified.
        """
        context = ssl.create_default_context(cafile=self.ssl_cafile or None)
        if self.ssl_cafile:
            # create_default_context(cafile=...) trusts only that file; keep the system's
            # CAs too, so a relay with a public certificate still works.
            context.load_default_certs()
        if self.ssl_certfile or self.ssl_keyfile:
            context.load_cert_chain(self.ssl_certfile, self.ssl_keyfile)
        return context

    # -- connection -----------------------------------------------------------------------

    def open(self) -> bool | None:
        """Connect (TLS, AUTH) unless connected; return True if a connection was made.

        Returns False when already connected, None when connecting failed silently.
        """
        if self.connection:
            return False
        if self._partial_connection is not None:
            self._close_connection(self._partial_connection)
            self._partial_connection = None
        params: dict[str, Any] = {"local_hostname": DNS_NAME.get_fqdn()}
        if self.timeout is not None:
            params["timeout"] = self.timeout
        if self.use_ssl:
            params["context"] = self.ssl_context
        try:
            conn = self._partial_connection = self.connection_class(self.host, self.port, **params)
            if self.use_tls and not self.use_ssl:
                conn.starttls(context=self.ssl_context)
            if self.oauth2_token is not None:
                self._refuse_plaintext_auth(conn)
                oauth2.authenticate(conn, self.username, self.oauth2_token, self.host, self.port)
            elif self.username and self.password:
                self._refuse_plaintext_auth(conn)
                conn.login(self.username, self.password)
            self.connection = conn
            self._partial_connection = None
            return True
        except OSError:
            # Never leave a half-open connection behind an error (Django keeps it until
            # the next open() or close()). No QUIT: after a timeout it would wait again.
            if self._partial_connection is not None:
                self._partial_connection.close()
                self._partial_connection = None
            if not self.fail_silently:
                raise
            return None
        except BaseException:
            # Anything else (an oauth2_token callable that cannot give a token): the same
            # rule, and it always propagates.
            if self._partial_connection is not None:
                self._partial_connection.close()
                self._partial_connection = None
            raise

    def _refuse_plaintext_auth(self, conn: smtplib.SMTP) -> None:
        """Raise unless the password would travel encrypted or stay on this machine."""
        if not self.allow_plaintext_auth and not is_private_connection(conn.sock):
            raise PlaintextAuthError(
                f"Refusing to send the password for {self.username} to {self.host} over an "
                "unencrypted connection. Turn on STARTTLS (EMAIL_USE_TLS, usually port 587) "
                "or SSL/TLS (EMAIL_USE_SSL, usually port 465); set "
                "EMAIL_ALLOW_PLAINTEXT_AUTH = True only if you accept the risk."
            )

    def _close_connection(self, connection: smtplib.SMTP) -> None:
        try:
            connection.quit()
        except (ssl.SSLError, smtplib.SMTPServerDisconnected):
            # A TLS connection may fail its close_notify, or the server already left.
            connection.close()
        except smtplib.SMTPException:
            if self.fail_silently:
                return
            raise

    def close(self) -> None:
        """Say QUIT and close the connection, if there is one."""
        if self._partial_connection is not None:
            try:
                self._close_connection(self._partial_connection)
            finally:
                self._partial_connection = None
        if self._ahead is not None:
            self._abort()  # no QUIT inside an announced transaction
        if self.connection is not None:
            try:
                self._close_connection(self.connection)
            finally:
                self.connection = None

    # -- sending --------------------------------------------------------------------------

    def send_messages(self, email_messages: Iterable[EmailMessage]) -> int:
        """Send the messages over one connection; return how many the server accepted."""
        if not email_messages:
            return 0
        with self._lock:
            kept_open = self._drop_ahead()
            new_conn_created = self.open()
            if not self.connection or new_conn_created is None:
                return 0
            num_sent = 0
            try:
                for message in email_messages:
                    if self._send(message):
                        num_sent += 1
            finally:
                if new_conn_created and not kept_open:
                    self.close()
        return num_sent

    def send_message(
        self,
        email_message: EmailMessage,
        *,
        before_data: Callable[[], object] | None = None,
        next_message: EmailMessage | None = None,
    ) -> bool:
        """Send one message; True if the server accepted it (beyond Django).

        Args:
            before_data: called once the server has accepted the envelope (MAIL, RCPT and
                DATA answered 354), right before the write that ends the content (the
                server can deliver nothing before it): the last moment to record durably
                that the message may be delivered. If this call then fails without the
                server's reply, the message's fate is unknown. If it raises, the
                connection is dropped, which makes the server discard the transaction,
                and the exception propagates (``fail_silently`` does not apply to it).
            next_message: the message the caller sends next on this connection. Where the
                server offers PIPELINING its MAIL, RCPT and DATA go out in the same write as
                this message's end of data (RFC 2920), which saves a round trip per
                message. If the next call sends anything else, or :meth:`close` comes
                first, the connection is dropped and reopened: a server that answered DATA
                with 354 cannot be stopped any other way, and nothing is delivered.
        """
        with self._lock:
            kept_open = self._drop_ahead(email_message)
            new_conn_created = self.open()
            if not self.connection or new_conn_created is None:
                return False
            close_after = bool(new_conn_created) and not kept_open
            try:
                return self._send(
                    email_message,
                    before_data,
                    None if close_after else next_message,
                )
            finally:
                if close_after:
                    self.close()

    def _drop_ahead(self, email_message: EmailMessage | None = None) -> bool:
        """Drop the connection if it holds another message's envelope; True if dropped."""
        ahead = self._ahead
        if ahead is None or ahead.message is email_message:
            return False
        self._abort()
        return True

    def _abort(self) -> None:
        """Close the socket without QUIT: the server discards any open transaction."""
        conn, self.connection, self._ahead = self.connection, None, None
        if conn is not None:
            conn.close()

    def _send(
        self,
        email_message: EmailMessage,
        before_data: Callable[[], object] | None = None,
        next_message: EmailMessage | None = None,
    ) -> bool:
        """Send one message; True if the server accepted it."""
        ahead, self._ahead = self._ahead, None
        if not email_message.recipients():
            if ahead is not None:  # its recipients were removed after it was announced
                self._abort()
            return False
        email_message.refused_recipients = {}
        email_message.smtp_response = None
        # Built before EHLO, as Django does: a message that cannot be built sends nothing.
        parts = None if ahead is not None else _wire_parts(email_message)
        assert self.connection is not None
        conn = self.connection
        try:
            if parts is not None:
                conn.ehlo_or_helo_if_needed()
                ahead = self._envelope(conn, parts)
                announced = False
            else:
                announced = True
            assert ahead is not None
            refused, response = self._transaction(conn, ahead, announced, before_data, next_message)
        except smtplib.SMTPRecipientsRefused as exc:
            email_message.refused_recipients = _decode_refusals(exc.recipients)
            if not self.fail_silently:
                raise
            return False
        except smtplib.SMTPException:
            if not self.fail_silently:
                raise
            return False
        email_message.refused_recipients = refused
        email_message.smtp_response = response
        for address, (code, text) in refused.items():
            logger.warning("The server refused the recipient %s: %s %s", address, code, text)
        return True

    def _envelope(self, conn: smtplib.SMTP, parts: _Parts) -> _Envelope:
        """The message with its MAIL and RCPT commands, for this server."""
        email_message, sender, recipients, segments, utf8_header, message = parts
        non_ascii = [name for name, spec in [sender, *recipients] if not spec.isascii()]
        if utf8_header is not None:
            non_ascii.append(utf8_header)
        needs_utf8 = bool(non_ascii)
        options = []
        if needs_utf8 and not (conn.does_esmtp and conn.has_extn("smtputf8")):
            raise SMTPUTF8RequiredError(non_ascii[0], self.host)
        eight_bit = needs_utf8 or sevenbit.is_8bit(segments)
        if eight_bit and not (conn.does_esmtp and conn.has_extn("8bitmime")):
            # RFC 6152: without 8BITMIME a server may strip the eighth bit or refuse.
            segments = sevenbit.seven_bit_segments(message, smtputf8=needs_utf8)
            eight_bit = False
        if conn.does_esmtp:
            if conn.has_extn("size"):
                options.append(f"size={sum(len(s) for s in segments)}")
            if needs_utf8:
                options.append("SMTPUTF8")
            if eight_bit:
                options.append("BODY=8BITMIME")
        codec = "utf-8" if needs_utf8 else "ascii"
        option_text = "".join(" " + o for o in options)
        return _Envelope(
            email_message,
            sender,
            recipients,
            segments,
            f"MAIL FROM:<{sender[1]}>{option_text}\r\n".encode(codec),
            [f"RCPT TO:<{spec}>\r\n".encode(codec) for _name, spec in recipients],
            conn.does_esmtp and conn.has_extn("pipelining"),
        )

    def _transaction(
        self,
        conn: smtplib.SMTP,
        envelope: _Envelope,
        announced: bool,
        before_data: Callable[[], object] | None,
        next_message: EmailMessage | None,
    ) -> tuple[dict[str, tuple[int, str]], tuple[int, str]]:
        """Run MAIL, RCPT..., DATA for one message, pipelined when the server allows it.

        *announced*: the commands went out already, with the previous message's end of
        data. Mirrors ``smtplib.SMTP.sendmail``: the same exceptions for the same replies,
        RSET after a refusal, the connection closed after a 421. Where the server pipelines
        and *next_message* is given, that message's commands follow the end of data.
        """
        sender, recipients = envelope.sender, envelope.recipients
        mail_cmd, rcpt_cmds = envelope.mail_cmd, envelope.rcpt_cmds
        pipelining = envelope.pipelining

        if not announced:
            conn.send(envelope.commands() if pipelining else mail_cmd)
        code, resp = conn.getreply()
        if code != 250:
            if code == 421:
                conn.close()
            else:
                if pipelining:
                    self._drain(conn, len(rcpt_cmds))
                _rset(conn)
            raise smtplib.SMTPSenderRefused(code, resp, sender[0])

        refused: dict[str, tuple[int, bytes]] = {}
        for (recipient, _spec), cmd in zip(recipients, rcpt_cmds, strict=True):
            if not pipelining:
                conn.send(cmd)
            code, resp = conn.getreply()
            if code not in (250, 251):
                refused[recipient] = (code, resp)
                if code == 421:
                    conn.close()
                    raise smtplib.SMTPRecipientsRefused(refused)
        if len(refused) == len(recipients):
            if pipelining:
                self._drain(conn, 0)
            _rset(conn)
            raise smtplib.SMTPRecipientsRefused(refused)

        if not pipelining:
            conn.send(b"DATA\r\n")
        code, resp = conn.getreply()
        if code != 354:
            if code == 421:
                conn.close()
            else:
                _rset(conn)
            raise smtplib.SMTPDataError(code, resp)
        # Each chunk is written once it is known not to be the last, and the last goes
        # out together with the terminator (and the next message's commands): one write
        # per unit, so Nagle's algorithm never holds a small tail back for a delayed ACK.
        pending = b""
        for chunk in fastpath.iter_dot_stuffed(envelope.segments):
            if not chunk:
                continue
            if pending:
                conn.send(pending)
            pending = chunk
        final = pending + (b".\r\n" if pending.endswith(_CRLF) else b"\r\n.\r\n")
        ahead = self._announce(conn, next_message) if pipelining else None
        if ahead is not None:
            final += ahead.commands()
        if before_data is not None:
            # Nothing is delivered before the end of data: a connection lost during the
            # content makes the server discard it. From this write on, it may have the
            # message, so the caller records that now (and a failure here sends nothing).
            try:
                before_data()
            except BaseException:
                self._abort()
                raise
        conn.send(final)
        self._ahead = ahead
        code, resp = conn.getreply()
        if code != 250:
            if code == 421:
                self._ahead = None
                conn.close()
            elif ahead is None:
                _rset(conn)
            # else: the transaction ended with this reply, and the next one has begun.
            raise smtplib.SMTPDataError(code, resp)
        return _decode_refusals(refused), (code, _text(resp))

    def _announce(self, conn: smtplib.SMTP, message: EmailMessage | None) -> _Envelope | None:
        """The next message's envelope, to send after this end of data; None if unsuitable.

        A message that cannot be announced (no recipients, an address the server cannot
        take) is left to fail with its own error when it is sent.
        """
        if message is None or not message.recipients():
            return None
        try:
            envelope = self._envelope(conn, _wire_parts(message))
        except (ValueError, smtplib.SMTPException):
            return None
        return envelope if envelope.pipelining else None

    @staticmethod
    def _drain(conn: smtplib.SMTP, rcpt_replies: int) -> None:
        """Read the replies still owed for pipelined RCPTs and DATA after a refusal."""
        for _ in range(rcpt_replies):
            conn.getreply()
        code, _resp = conn.getreply()
        if code == 354:
            # The server accepted DATA anyway: end an empty message so the session stays
            # in step, then let the caller RSET it away.
            conn.send(b".\r\n")
            conn.getreply()


_Parts = tuple[
    EmailMessage,
    tuple[str, str],
    list[tuple[str, str]],
    list[fastpath.Segment],
    str | None,
    Message,
]


def _wire_parts(email_message: EmailMessage) -> _Parts:
    """The envelope addresses and wire form of a message (no server needed yet)."""
    encoding = email_message.encoding or settings.DEFAULT_CHARSET
    sender = envelope_address(email_message.from_email, encoding)
    recipients = [envelope_address(addr, encoding) for addr in email_message.recipients()]
    message = email_message.message()
    return (
        email_message,
        sender,
        recipients,
        fastpath.wire_segments(message),
        fastpath.utf8_header_value(message),
        message,
    )


def _rset(conn: smtplib.SMTP) -> None:
    with contextlib.suppress(smtplib.SMTPServerDisconnected):
        conn.rset()


def _text(resp: bytes | str) -> str:
    return resp.decode("utf-8", "replace") if isinstance(resp, bytes) else str(resp)


def _decode_refusals(
    refused: dict[str, tuple[int, bytes]],
) -> dict[str, tuple[int, str]]:
    return {addr: (code, _text(resp)) for addr, (code, resp) in refused.items()}


def is_private_connection(sock: socket.socket | None) -> bool:
    """Whether what is sent on *sock* stays off the network: it is TLS, or its peer is this
    machine (a loopback address, IPv4-mapped ones included).

    The one rule for sending a password without TLS, shared by this backend and Composer's
    connection test. It looks at the address actually connected to, never at the host
    name, which may resolve to anything (``localhost`` to another machine, ``127.1`` or
    this machine's own name to 127.0.0.1).
    """
    if isinstance(sock, ssl.SSLSocket):
        return True
    if sock is None:
        return False
    try:
        peer = sock.getpeername()[0]
        address = ipaddress.ip_address(peer.split("%", 1)[0])
    except (OSError, ValueError, TypeError, IndexError, AttributeError):
        return False  # not an IP connection (a Unix socket) or no longer connected
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return address.is_loopback
