"""The debugging SMTP server behind ``composer devserver``: shows, and can save, every message.

It replaces ``python -m smtpd -n -c DebuggingServer`` (gone since Python 3.12). Nothing is
delivered. Each message is printed readably (envelope, decoded headers, text parts,
attachments) and, given a folder, also written there as an ``.eml`` file. aiosmtpd is
imported only when the server runs, so importing this module stays cheap.
"""

from __future__ import annotations

import asyncio
import contextlib
import email
import email.policy
import email.utils
import errno
import logging
import os
import signal
import socket
import sys
import tempfile
import time
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage, Message, MIMEPart
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from aiosmtpd.smtp import SMTP, AuthResult, Envelope, Session

__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_PORT",
    "ReceivedMail",
    "format_message",
    "run",
    "save_message",
]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 1025

# Non-plain text parts (HTML above all) are previewed only; --save keeps every byte.
_PREVIEW_LINES = 40
_PREVIEW_CHARS = 4000
_RULE = "=" * 72
_THIN_RULE = "-" * 72
_NAME = "composer devserver"

# Control characters from a message could move the cursor or recolour the terminal.
_CONTROL_ESCAPES = {
    code: f"\\x{code:02x}" for code in (*range(0x20), *range(0x7F, 0xA0)) if code != 0x09
}


@dataclass(frozen=True)
class ReceivedMail:
    """One message as the server received it: the SMTP envelope and the raw bytes."""

    number: int
    received_at: datetime
    peer: str
    helo: str | None
    login: str | None
    mail_from: str
    mail_options: tuple[str, ...]
    rcpt_tos: tuple[str, ...]
    data: bytes


def format_message(
    mail: ReceivedMail, saved_to: Path | None = None, save_error: str | None = None
) -> str:
    """Render a received message as text: envelope, decoded headers, text parts, attachments."""
    when = mail.received_at.strftime("%Y-%m-%d %H:%M:%S %z")
    lines = [_RULE, f"Message #{mail.number} received {when} ({len(mail.data):,} bytes)"]
    try:
        msg = email.message_from_bytes(mail.data, policy=email.policy.default)
        visible = _visible_recipients(msg)
        body = _describe(msg)
    except Exception as exc:  # why: a message that trips the parser is the one to show raw
        visible = None
        body = [f"(could not parse the message: {type(exc).__name__}: {exc}; raw bytes follow)"]
        body += mail.data.decode("utf-8", errors="replace").replace("\r\n", "\n").split("\n")
    lines += _envelope_lines(mail, visible, saved_to, save_error)
    lines.append(_THIN_RULE)
    lines += body
    lines.append(f"{_RULE[:10]} end of message #{mail.number} {_RULE[:10]}")
    return "\n".join(_printable(line) for line in lines) + "\n"


def _envelope_lines(
    mail: ReceivedMail,
    visible: set[str] | None,
    saved_to: Path | None,
    save_error: str | None,
) -> list[str]:
    """The SMTP envelope: who connected, who sent, who receives, where it was saved."""
    helo = f" (EHLO {mail.helo})" if mail.helo else ""
    lines = [f"Peer:      {mail.peer}{helo}"]
    if mail.login is not None:
        lines.append(f"Login:     {mail.login}")
    options = "".join(f" {option}" for option in mail.mail_options)
    if _undeclared_8bit(mail):
        # Legal only after BODY=8BITMIME or SMTPUTF8; a real relay may mangle or refuse it.
        options += "  (8-bit data sent without BODY=8BITMIME)"
    lines.append(f"MAIL FROM: <{mail.mail_from}>{options}")
    for rcpt in mail.rcpt_tos:
        # Recipients missing from To/Cc are how a Bcc looks on the wire; worth pointing out.
        hidden = visible is not None and rcpt.lower() not in visible
        lines.append(f"RCPT TO:   <{rcpt}>" + ("  (Bcc: not in To or Cc)" if hidden else ""))
    if saved_to is not None:
        lines.append(f"Saved to:  {saved_to}")
    if save_error is not None:
        lines.append(f"NOT saved: {save_error}")
    return lines


def _undeclared_8bit(mail: ReceivedMail) -> bool:
    """Whether the message has non-ASCII bytes its MAIL FROM did not announce."""
    declared = {option.upper() for option in mail.mail_options}
    if declared & {"BODY=8BITMIME", "SMTPUTF8"}:
        return False
    return not mail.data.isascii()


def _visible_recipients(msg: EmailMessage) -> set[str]:
    """Lower-cased addresses named in the To and Cc headers."""
    values = [str(value) for name in ("To", "Cc") for value in msg.get_all(name, [])]
    return {addr.lower() for _, addr in email.utils.getaddresses(values) if addr}


def _describe(msg: EmailMessage) -> list[str]:
    """Decoded headers, MIME structure, text parts and the list of attachments."""
    lines = [f"{name}: {value}" for name, value in msg.items()]
    lines += [_THIN_RULE, f"Structure: {_structure(msg)}"]
    attachments: list[str] = []
    problems: list[str] = []
    for part in _leaves(msg):
        if part.get_content_maintype() == "text" and part.get_content_disposition() != "attachment":
            lines += _text_part_lines(part)
        else:
            attachments.append(_attachment_line(part))
    for part in msg.walk():
        problems += [_defect_text(part, defect) for defect in part.defects]
    for value in msg.values():
        problems += [f"header: {_defect_name(defect)}" for defect in getattr(value, "defects", ())]
    if attachments:
        lines.append(f"Attachments ({len(attachments)}):")
        lines += attachments
    if problems:
        lines.append("Problems found by the parser:")
        lines += [f"  {problem}" for problem in dict.fromkeys(problems)]
    return lines


def _leaves(part: MIMEPart) -> Iterator[MIMEPart]:
    """Every non-multipart part in order; attached messages count as one leaf each."""
    if part.get_content_maintype() == "multipart" and part.is_multipart():
        for child in part.iter_parts():
            yield from _leaves(child)
    else:
        yield part


def _structure(part: MIMEPart) -> str:
    """The MIME tree on one line, e.g. ``multipart/mixed [text/plain, image/png]``."""
    ctype = part.get_content_type()
    if part.get_content_maintype() == "multipart" and part.is_multipart():
        return f"{ctype} [{', '.join(_structure(child) for child in part.iter_parts())}]"
    return ctype


def _text_part_lines(part: Message) -> list[str]:
    """A heading describing a text part, then its decoded text (previewed unless plain)."""
    payload = _payload_bytes(part)
    charset = part.get_content_charset() or "us-ascii"
    notes = [part.get("Content-Transfer-Encoding", "7bit").lower(), f"{len(payload):,} bytes"]
    try:
        text = payload.decode(charset)
    except LookupError:
        text = payload.decode("utf-8", errors="replace")
        notes.append(f"unknown charset {charset!r}, shown as UTF-8")
    except UnicodeDecodeError:
        text = payload.decode(charset, errors="replace")
        notes.append(f"not valid {charset}; bad bytes shown as \ufffd")
    body = text.replace("\r\n", "\n").split("\n")
    if body and body[-1] == "":
        body.pop()
    if part.get_content_subtype() != "plain":
        shown = body[:_PREVIEW_LINES]
        while len(shown) > 1 and sum(len(line) for line in shown) > _PREVIEW_CHARS:
            shown.pop()
        if len(shown) < len(body):
            notes.append(f"first {len(shown)} of {len(body)} lines shown")
        if shown and len(shown[-1]) > _PREVIEW_CHARS:
            shown[-1] = shown[-1][:_PREVIEW_CHARS] + " [...]"
        body = shown
    heading = f"----- {part.get_content_type()}; charset={charset} ({', '.join(notes)}) -----"
    return [heading, *body]


def _attachment_line(part: Message) -> str:
    """One attachment: file name, content type, decoded size and how it is attached."""
    ctype = part.get_content_type()
    name = part.get_filename() or part.get_param("name")
    extras = [part.get_content_disposition() or "no Content-Disposition"]
    if part.get("Content-ID"):
        extras.append(f"Content-ID {part['Content-ID']}")
    payload = part.get_payload()
    if isinstance(payload, list) and payload and isinstance(payload[0], Message):
        # An attached message/rfc822: its size as a whole, and which message it is.
        inner = payload[0]
        size = len(inner.as_bytes())
        extras.append(f"subject {str(inner.get('Subject', ''))!r}")
    else:
        size = len(_payload_bytes(part))
    label = str(name) if name else "(no file name)"
    return f"  {label} ({ctype}, {size:,} bytes; {', '.join(extras)})"


def _payload_bytes(part: Message) -> bytes:
    """A leaf part's body with its transfer encoding undone."""
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def _defect_text(part: Message, defect: Exception) -> str:
    return f"{part.get_content_type()}: {_defect_name(defect)}"


def _defect_name(defect: Exception) -> str:
    detail = str(defect)
    return f"{type(defect).__name__}: {detail}" if detail else type(defect).__name__


def _printable(text: str) -> str:
    """Escape control characters so a message cannot steer the terminal."""
    return text.translate(_CONTROL_ESCAPES)


def save_message(folder: Path, data: bytes, names: Iterator[str]) -> Path:
    """Write *data* atomically to the first name from *names* not yet taken in *folder*.

    The file appears complete or not at all (temp file, fsync, link), and an existing file is
    never replaced, even by another server saving into the same folder.

    Raises:
        OSError: the folder is not writable, the disk is full, ...
    """
    fd, tmp_name = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        target = _link_to_free_name(folder, tmp_name, names)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
    if os.name == "posix":  # a folder can be opened (and fsynced, making the link durable)
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    return target


def _link_to_free_name(folder: Path, tmp_name: str, names: Iterator[str]) -> Path:
    """Give the temp file its final name; a link, unlike a rename, refuses to overwrite."""
    for name in names:
        target = folder / name
        try:
            os.link(tmp_name, target)
        except FileExistsError:
            continue
        except OSError:
            # Some file systems (FAT, some network mounts) have no hard links.
            if target.exists():
                continue
            os.replace(tmp_name, target)
        return target
    raise FileExistsError(errno.EEXIST, "no free file name", str(folder))


class _ArrivalNames:
    """Hands out ``.eml`` names that sort by arrival: UTC to the microsecond, never repeated."""

    def __init__(self) -> None:
        self._last = 0

    def __iter__(self) -> Iterator[str]:
        while True:
            # Strictly increasing, even if the clock steps back or two messages share a tick.
            micros = max(time.time_ns() // 1000, self._last + 1)
            self._last = micros
            seconds, fraction = divmod(micros, 1_000_000)
            stamp = datetime.fromtimestamp(seconds, UTC).strftime("%Y%m%dT%H%M%S")
            yield f"{stamp}.{fraction:06d}Z.eml"


class _DebuggingHandler:
    """aiosmtpd hooks: accept everything, print each message, save it when asked."""

    def __init__(self, out: TextIO, err: TextIO, save_dir: Path | None) -> None:
        self.out = out
        self.err = err
        self.save_dir = save_dir
        self.received = 0
        self._names = _ArrivalNames()

    async def handle_EHLO(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        hostname: str,
        responses: list[str],
    ) -> list[str]:
        session.host_name = hostname
        # aiosmtpd reads commands one by one from a buffered stream, so pipelined commands
        # already work; saying so lets clients exercise their PIPELINING path too.
        responses.insert(len(responses) - 1, "250-PIPELINING")
        return responses

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.received += 1
        data = envelope.original_content or b""
        mail = ReceivedMail(
            number=self.received,
            received_at=datetime.now().astimezone(),
            peer=_format_peer(session.peer),
            helo=session.host_name,
            login=getattr(session.auth_data, "login", None) if session.authenticated else None,
            mail_from=envelope.mail_from or "",
            mail_options=tuple(envelope.mail_options),
            rcpt_tos=tuple(envelope.rcpt_tos),
            data=data,
        )
        saved_to: Path | None = None
        save_error: str | None = None
        if self.save_dir is not None:
            try:
                saved_to = save_message(self.save_dir, data, iter(self._names))
            except OSError as exc:
                save_error = exc.strerror or str(exc)
        _write(self.out, format_message(mail, saved_to, save_error))
        if save_error is not None:
            _write(self.err, f"{_NAME}: could not save message #{mail.number}: {save_error}\n")
            return f"451 4.3.0 Could not save the message: {save_error}"
        return "250 2.0.0 OK: shown by the debugging server, not delivered"

    async def handle_exception(self, error: Exception) -> str:
        _write(self.err, f"{_NAME}: error: {type(error).__name__}: {error}\n")
        return f"451 4.3.0 Debugging server error: {type(error).__name__}"

    def authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
    ) -> AuthResult:
        """Accept any login; remember the name and drop the password unseen."""
        from aiosmtpd.smtp import AuthResult, LoginPassword

        if isinstance(auth_data, LoginPassword):
            login = auth_data.login.decode("utf-8", errors="replace")
        else:
            login = "(unknown)"
        _write(
            self.out,
            _printable(
                f"{_format_peer(session.peer)} AUTH {mechanism} accepted for {login!r}"
                " (passwords are neither checked nor shown)"
            )
            + "\n",
        )
        return AuthResult(success=True, auth_data=_Login(login))


@dataclass(frozen=True)
class _Login:
    """What a session keeps of its AUTH: the login name only."""

    login: str


def _format_peer(peer: object) -> str:
    """``host:port`` for a socket address, with brackets around IPv6 hosts."""
    if isinstance(peer, tuple) and len(peer) >= 2:
        host, port = str(peer[0]), peer[1]
        return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    return str(peer)


def _write(stream: TextIO, text: str) -> None:
    """Write and flush, degrading characters the stream's encoding cannot carry."""
    try:
        stream.write(text)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        stream.write(text.encode(encoding, errors="backslashreplace").decode(encoding))
    stream.flush()


def run(
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    save_dir: Path | None = None,
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Serve until Ctrl+C or SIGTERM; returns the exit status.

    Returns:
        128 + the signal number when stopped by a signal (130 for Ctrl+C), 1 when the server
        could not start (port in use, save folder not writable, ...).
    """
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    if save_dir is not None:
        problem = _save_dir_problem(save_dir)
        if problem is not None:
            _write(err, f"{_NAME}: cannot save messages to {save_dir}: {problem}.\n")
            return 1
    handler = _DebuggingHandler(out, err, save_dir)
    # aiosmtpd warns about every deprecated attribute it sets itself; only errors matter here.
    mail_log = logging.getLogger("mail.log")
    previous_level = mail_log.level
    mail_log.setLevel(logging.ERROR)
    try:
        return asyncio.run(_serve(host, port, handler))
    except KeyboardInterrupt:
        # Where the event loop cannot catch signals itself (Windows), Ctrl+C lands here.
        _write(out, _stopped_line(handler))
        return 128 + signal.SIGINT
    finally:
        mail_log.setLevel(previous_level)


def _save_dir_problem(folder: Path) -> str | None:
    """Create the save folder if needed; say why it cannot be used, if it cannot."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        return "it exists and is not a folder"
    except OSError as exc:
        return (exc.strerror or str(exc)).lower()
    if not os.access(folder, os.W_OK | os.X_OK):
        return "the folder is not writable"
    return None


async def _serve(host: str, port: int, handler: _DebuggingHandler) -> int:
    """Listen, print the banner, and wait for a stop signal."""
    from aiosmtpd.smtp import SMTP

    loop = asyncio.get_running_loop()
    connections: weakref.WeakSet[SMTP] = weakref.WeakSet()

    def make_protocol() -> SMTP:
        protocol = SMTP(
            handler,
            data_size_limit=None,  # no cap: show what a real server might refuse
            enable_SMTPUTF8=True,
            hostname=socket.gethostname(),  # not getfqdn(), which can stall on DNS
            ident="Composer debugging SMTP server",
            authenticator=handler.authenticate,
            auth_require_tls=False,  # no TLS here, and clients should still be able to log in
            loop=loop,
        )
        connections.add(protocol)
        return protocol

    try:
        server = await loop.create_server(make_protocol, host=host or None, port=port)
    except OSError as exc:
        _write(handler.err, f"{_NAME}: {_listen_error(host, port, exc)}\n")
        return 1

    stopped_by: asyncio.Future[int] = loop.create_future()
    for signum in (signal.SIGINT, signal.SIGTERM):
        # Not available on Windows or outside the main thread; Ctrl+C then raises instead.
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(signum, _resolve_once, stopped_by, signum)
    _write(handler.out, _banner(host, server, handler.save_dir))
    try:
        stop_signal = await stopped_by
    finally:
        server.close()
        for protocol in list(connections):
            transport = protocol.transport
            if isinstance(transport, asyncio.WriteTransport) and not transport.is_closing():
                # RFC 5321's reply for a server shutting down, so clients know why.
                transport.write(b"421 4.3.2 Debugging server stopping\r\n")
                transport.close()
    _write(handler.out, _stopped_line(handler))
    return 128 + stop_signal


def _resolve_once(future: asyncio.Future[int], value: int) -> None:
    """Record the first stop signal; a second Ctrl+C while stopping changes nothing."""
    if not future.done():
        future.set_result(value)


def _banner(host: str, server: asyncio.Server, save_dir: Path | None) -> str:
    """One line: where the server listens, how to point Composer at it, how to stop it."""
    addresses = [_format_peer(sock.getsockname()) for sock in server.sockets]
    port = server.sockets[0].getsockname()[1]
    # A wildcard address is not something to connect to; the local machine is.
    connect_host = "127.0.0.1" if host in ("", "0.0.0.0", "::") else host  # noqa: S104
    saving = f"; saving each message to {save_dir}" if save_dir is not None else ""
    return (
        f"{_NAME}: listening on {', '.join(addresses)}; point Composer at it with "
        f"EMAIL_HOST={connect_host} EMAIL_PORT={port} (no TLS, any login){saving}; "
        "press Ctrl+C to stop.\n"
    )


def _stopped_line(handler: _DebuggingHandler) -> str:
    count = handler.received
    return f"{_NAME}: stopped ({count} message{'' if count == 1 else 's'} received).\n"


def _listen_error(host: str, port: int, exc: OSError) -> str:
    """One sentence on why the server could not listen, and what to do about it."""
    where = f"{host or '*'}:{port}"
    if isinstance(exc, socket.gaierror):
        return f"cannot listen on {where}: unknown host {host!r} ({exc.strerror})."
    if exc.errno == errno.EADDRINUSE:
        return (
            f"cannot listen on {where}: the port is already in use "
            "(another server is running there; pick a free one with --port)."
        )
    if exc.errno == errno.EACCES:
        return f"cannot listen on {where}: permission denied (ports below 1024 need root)."
    if exc.errno == errno.EADDRNOTAVAIL:
        return f"cannot listen on {where}: {host!r} is not an address of this machine."
    return f"cannot listen on {where}: {exc.strerror or exc}."
