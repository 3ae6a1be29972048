"""A small IMAP client for what Composer needs of an account's mailboxes. No Qt.

Built on the standard library's :mod:`imaplib` and :mod:`ssl`: certificates are always
verified (the system's authorities, or the profile's private CA), STARTTLS is required
when chosen (a server that stops offering it is refused, never silently used in the
clear), and a password goes over an unencrypted connection only when the profile allows
it. Used for the copy in the server's Sent folder, the connection test and looking up
messages by Message-ID; the mass-mail code reads bounces with it too::

    with ImapClient(server) as imap:
        imap.login(sign_in)          # anything with .password (the account's sign-in)
        sent = imap.find_sent()
        imap.append(sent.wire, raw_bytes)

Every method raises :class:`~composer.mailbox.errors.ImapError` for what the server
answered, and the standard library's exceptions (:class:`OSError`, :class:`ssl.SSLError`)
when it cannot be reached; :func:`composer.errors.describe.describe` words both.
"""

from __future__ import annotations

import contextlib
import imaplib
import logging
import ssl
from dataclasses import dataclass
from types import TracebackType
from typing import Protocol

from composer.errors.describe import ServerInfo
from composer.mail.backends.smtp import is_private_connection
from composer.mail.oauth2 import OAuth2Token, oauthbearer_response, xoauth2_response
from composer.mailbox.errors import (
    ImapAppendRefused,
    ImapLoginRefused,
    ImapNoSentFolder,
    ImapNotEncrypted,
    ImapNoTokenLogin,
    ImapOverQuota,
    ImapProtocolError,
    ImapTokenRefused,
)
from composer.mailbox.folders import Mailbox, choose_sent, parse_list

__all__ = ["ImapClient", "ImapServer", "ImapSignIn", "SentFolder", "quote"]

log = logging.getLogger(__name__)


class ImapSignIn(Protocol):
    """The account's sign-in (:class:`composer.sending.account.SignIn`): a password, or an
    ``oauth2_token`` attribute (a token or a callable giving one) for OAuth 2.0."""

    @property
    def password(self) -> str | None: ...


@dataclass(frozen=True)
class ImapServer:
    """Where an account's IMAP server is and how to reach it. Holds no secret."""

    host: str
    port: int = 993
    security: str = "ssl"  # "ssl", "starttls" or "none"
    username: str = ""
    timeout: float = 30.0
    cafile: str | None = None
    allow_plaintext_auth: bool = False

    def __str__(self) -> str:
        return str(self.info)

    @property
    def info(self) -> ServerInfo:
        """The server as the one vocabulary names it in sentences."""
        return ServerInfo(self.host, self.port, self.security, self.username, self.timeout)

    @property
    def key(self) -> str:
        """One name per account and server, e.g. ``imap://alice@example.com@mail.example.com:993``."""
        return f"imap://{self.username}@{self.host.lower()}:{self.port}"


@dataclass(frozen=True)
class SentFolder:
    """The Sent folder found on a server."""

    wire: str  # the name commands take (modified UTF-7)
    name: str  # the name people read
    special_use: bool  # flagged \\Sent by the server (else found by its usual name)


def quote(text: str) -> str:
    """An IMAP quoted string (imaplib sends arguments as they are)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _text(data: object) -> str:
    if isinstance(data, list | tuple):
        return " ".join(_text(item) for item in data if item is not None)
    if isinstance(data, bytes):
        return data.decode("utf-8", "replace")
    return str(data)


class ImapClient:
    """One connection to an IMAP server (a context manager that logs out on exit)."""

    def __init__(self, server: ImapServer) -> None:
        self.server = server
        self._conn: imaplib.IMAP4 | None = None
        self._encrypted = False

    def __enter__(self) -> ImapClient:
        self.connect()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def conn(self) -> imaplib.IMAP4:
        if self._conn is None:
            self.connect()
        assert self._conn is not None
        return self._conn

    def _context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.server.cafile or None)

    def connect(self) -> None:
        """Connect (and encrypt, as the settings say).

        Raises:
            OSError, ssl.SSLError: the server cannot be reached or its certificate is not
                trusted.
            ImapNotEncrypted: STARTTLS was chosen and the server does not offer it.
        """
        s = self.server
        if s.security == "ssl":
            self._conn = imaplib.IMAP4_SSL(
                s.host, s.port, ssl_context=self._context(), timeout=s.timeout
            )
            self._encrypted = True
            return
        conn = imaplib.IMAP4(s.host, s.port, timeout=s.timeout)
        self._conn = conn
        if s.security == "starttls":
            if "STARTTLS" not in conn.capabilities:
                self.close()
                raise ImapNotEncrypted(
                    s.host, f"capabilities: {' '.join(conn.capabilities)} (no STARTTLS)"
                )
            try:
                conn.starttls(ssl_context=self._context())
            except imaplib.IMAP4.abort:
                raise
            except imaplib.IMAP4.error as exc:  # refused: never go on in the clear
                self.close()
                raise ImapNotEncrypted(s.host, str(exc)) from None
            self._encrypted = True

    def login(self, sign_in: ImapSignIn) -> None:
        """Log in as the server's user name with the account's sign-in.

        AUTHENTICATE PLAIN when offered (it carries any UTF-8 password), LOGIN otherwise.
        A sign-in with OAuth 2.0 (an ``oauth2_token``) uses SASL OAUTHBEARER or XOAUTH2.

        Raises:
            ImapNotEncrypted: the connection is not encrypted and the profile does not allow
                a password in the clear (a server on this computer excepted).
            ImapLoginRefused: the server refused the user name or password.
        """
        s = self.server
        conn = self.conn
        # The SMTP backend's one rule: TLS, or a peer that is this machine by the address
        # actually connected to (never by the host name, which may resolve anywhere).
        private = self._encrypted or is_private_connection(getattr(conn, "sock", None))
        if not (private or s.allow_plaintext_auth):
            raise ImapNotEncrypted(s.host, "security: none")
        token = getattr(sign_in, "oauth2_token", None)
        if token is not None:
            self._login_with_token(token)
            return
        # An IMAP user name of its own signs in with its own password, never the SMTP one.
        own = getattr(sign_in, "imap_password", None)
        password = own if own is not None else (sign_in.password or "")
        try:
            if "AUTH=PLAIN" in conn.capabilities:
                secret = f"\0{s.username}\0{password}".encode()
                conn.authenticate("PLAIN", lambda _challenge: secret)
            else:
                conn.login(s.username, password)
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error as exc:
            # imaplib's message is the server's reply: it never holds the password.
            raise ImapLoginRefused(s.host, s.username, str(exc)) from None

    def _login_with_token(self, token: OAuth2Token) -> None:
        """SASL OAUTHBEARER (RFC 7628) where offered, else XOAUTH2, with an access token."""
        s = self.server
        conn = self.conn
        offered = [c[5:] for c in conn.capabilities if c.startswith("AUTH=")]
        mechanism = next((m for m in ("OAUTHBEARER", "XOAUTH2") if m in offered), None)
        if mechanism is None:
            raise ImapNoTokenLogin(s.host, " ".join(offered))
        value = token() if callable(token) else token
        if mechanism == "OAUTHBEARER":
            first = oauthbearer_response(s.username, value, s.host, s.port)
            after = b"\x01"  # the answer to an error challenge (RFC 7628 3.2.3)
        else:
            first, after = xoauth2_response(s.username, value), b""
        answers = iter([first])
        try:
            conn.authenticate(mechanism, lambda _challenge: next(answers, after))
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error as exc:
            raise ImapTokenRefused(s.host, s.username, str(exc)) from None

    def mailboxes(self) -> list[Mailbox]:
        typ, data = self.conn.list('""', "*")
        if typ != "OK":
            raise ImapProtocolError(self.server.host, f"LIST: {typ} {_text(data)}")
        return parse_list(data)

    def find_sent(self, configured: str = "") -> SentFolder:
        """The Sent folder: *configured* if given, else ``\\Sent`` or a usual name.

        Raises:
            ImapNoSentFolder: none found (or *configured* does not exist).
        """
        boxes = self.mailboxes()
        if configured:
            for box in boxes:
                if configured in (box.name, box.wire):
                    return SentFolder(box.wire, box.name, "\\sent" in box.attributes)
            found = None
        else:
            found = choose_sent(boxes)
        if found is None:
            names = ", ".join(sorted(b.name for b in boxes)) or "-"
            raise ImapNoSentFolder(self.server.host, names)
        box, special = found
        return SentFolder(box.wire, box.name, special)

    def append(self, folder: SentFolder | str, raw: bytes, *, seen: bool = True) -> None:
        """Store *raw* (a whole message, CRLF line ends) in *folder* as it is.

        Raises:
            ImapOverQuota: the mailbox is full (``[OVERQUOTA]``, RFC 5530).
            ImapAppendRefused: any other refusal.
        """
        wire = folder.wire if isinstance(folder, SentFolder) else folder
        flags = r"(\Seen)" if seen else None
        try:
            typ, data = self.conn.append(quote(wire), flags, None, raw)
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error as exc:
            typ, data = "BAD", [str(exc).encode()]
        if typ == "OK":
            return
        reply = _text(data)
        name = folder.name if isinstance(folder, SentFolder) else folder
        if "OVERQUOTA" in reply.upper() or "QUOTA" in reply.upper():
            raise ImapOverQuota(self.server.host, self.server.username, f"APPEND: {typ} {reply}")
        raise ImapAppendRefused(self.server.host, name, f"APPEND: {typ} {reply}")

    def has_message_id(self, folder: SentFolder | str, message_id: str) -> bool:
        """Whether *folder* holds a message with this Message-ID (``SEARCH HEADER``)."""
        wire = folder.wire if isinstance(folder, SentFolder) else folder
        conn = self.conn
        typ, data = conn.select(quote(wire), readonly=True)
        if typ != "OK":
            raise ImapProtocolError(self.server.host, f"SELECT: {typ} {_text(data)}")
        wanted = message_id.strip()
        if not wanted or any(ch in wanted for ch in '\r\n"\\'):
            return False  # not a Message-ID Composer wrote: nothing to match safely
        typ, data = conn.search(None, "HEADER", "Message-ID", quote(wanted))
        if typ != "OK":
            raise ImapProtocolError(self.server.host, f"SEARCH: {typ} {_text(data)}")
        return bool(_text(data).split())

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            if conn.state == "SELECTED":
                conn.close()
            conn.logout()
        except (imaplib.IMAP4.error, OSError) as exc:
            log.debug("Logging out of %s failed: %s", self.server.host, exc)
            with contextlib.suppress(OSError):
                conn.shutdown()
