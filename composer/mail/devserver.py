"""The debugging SMTP server behind ``composer devserver``: shows, and can save, every message.

It replaces ``python -m smtpd -n -c DebuggingServer`` (gone since Python 3.12). Nothing is
delivered. Each message is printed readably (envelope, decoded headers, text parts,
attachments) and, given a folder, also written there as an ``.eml`` file. A message goes
to a temporary file as it arrives and is shown and saved from there
(:mod:`composer.mail.devspool`, :mod:`composer.mail.devdescribe`), so a large one never
sits in memory; messages over ``max_size`` are refused. aiosmtpd is imported only when
the server runs, so importing this module stays cheap.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import io
import logging
import os
import shutil
import signal
import socket
import sys
import tempfile
import time
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO

from composer.mail import devdescribe, mimescan

if TYPE_CHECKING:
    from aiosmtpd.smtp import SMTP, AuthResult, Envelope, Session

    from composer.mail.devspool import Spool

__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_MAX_SIZE",
    "DEFAULT_PORT",
    "ReceivedMail",
    "format_message",
    "run",
    "save_message",
    "write_message",
]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 1025
#: Larger messages are refused with 552 (and announced with SIZE): far above what mail
#: providers accept (25 to 35 MB), yet a bound on the disk a runaway client can fill.
DEFAULT_MAX_SIZE = 100 * 1024 * 1024

_RULE = "=" * 72
_NAME = "composer devserver"


@dataclass(frozen=True)
class ReceivedMail:
    """One message as the server received it: the SMTP envelope and the message's bytes.

    ``content`` is a readable, seekable binary file holding the message (``size`` bytes),
    so a large message is never held in memory; ``eight_bit`` tells whether any byte is
    above 127.
    """

    number: int
    received_at: datetime
    peer: str
    helo: str | None
    login: str | None
    mail_from: str
    mail_options: tuple[str, ...]
    rcpt_tos: tuple[str, ...]
    content: BinaryIO
    size: int
    eight_bit: bool

    @classmethod
    def from_bytes(cls, data: bytes, **envelope: Any) -> ReceivedMail:
        """A message held in memory (for tests and small tools)."""
        return cls(
            **envelope, content=io.BytesIO(data), size=len(data), eight_bit=not data.isascii()
        )


def format_message(
    mail: ReceivedMail, saved_to: Path | None = None, save_error: str | None = None
) -> str:
    """Render a received message as text: envelope, decoded headers, text parts, attachments."""
    text = io.StringIO()
    write_message(text, mail, saved_to, save_error)
    return text.getvalue()


def write_message(
    stream: TextIO, mail: ReceivedMail, saved_to: Path | None = None, save_error: str | None = None
) -> None:
    """Write :func:`format_message`'s text to *stream* as it is produced."""
    out = devdescribe.Out(stream)
    when = mail.received_at.strftime("%Y-%m-%d %H:%M:%S %z")
    out.line(_RULE)
    out.line(f"Message #{mail.number} received {when} ({mail.size:,} bytes)")
    root: mimescan.Part | None = None
    try:
        mail.content.seek(0)
        root = mimescan.scan(mail.content)
        visible: set[str] | None = devdescribe.visible_recipients(root.headers)
    except Exception as exc:  # why: a message that trips the parser is the one to show raw
        problem = f"(could not parse the message: {type(exc).__name__}: {exc}; raw bytes follow)"
        visible = None
    for line in _envelope_lines(mail, visible, saved_to, save_error):
        out.line(line)
    out.line(devdescribe.THIN_RULE)
    if root is not None:
        devdescribe.describe(out, mail.content, root)
    else:
        out.line(problem)
        mail.content.seek(0)
        for raw in mail.content:
            out.line(raw.decode("utf-8", errors="replace").rstrip("\r\n"))
    out.line(f"{_RULE[:10]} end of message #{mail.number} {_RULE[:10]}")
    stream.flush()


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
    return mail.eight_bit


def save_message(folder: Path, data: bytes | BinaryIO, names: Iterator[str]) -> Path:
    """Write *data* (bytes, or a binary file read from its start) atomically to the first
    name from *names* not yet taken in *folder*.

    The file appears complete or not at all (temp file, fsync, link), and an existing file is
    never replaced, even by another server saving into the same folder.

    Raises:
        OSError: the folder is not writable, the disk is full, ...
    """
    fd, tmp_name = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as tmp:
            if isinstance(data, bytes):
                tmp.write(data)
            else:
                data.seek(0)
                shutil.copyfileobj(data, tmp)
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

    def __init__(self, out: TextIO, err: TextIO, save_dir: Path | None, max_size: int) -> None:
        self.out = out
        self.err = err
        self.save_dir = save_dir
        self.max_size = max_size
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

    async def handle_spooled_DATA(
        self, server: SMTP, session: Session, envelope: Envelope, spool: Spool
    ) -> str:
        """Show (and save) a message received whole into *spool*'s file."""
        self.received += 1
        mail = ReceivedMail(
            number=self.received,
            received_at=datetime.now().astimezone(),
            peer=_format_peer(session.peer),
            helo=session.host_name,
            login=getattr(session.auth_data, "login", None) if session.authenticated else None,
            mail_from=envelope.mail_from or "",
            mail_options=tuple(envelope.mail_options),
            rcpt_tos=tuple(envelope.rcpt_tos),
            content=spool.file,
            size=spool.size,
            eight_bit=spool.eight_bit,
        )
        saved_to: Path | None = None
        save_error: str | None = None
        if self.save_dir is not None:
            try:
                saved_to = save_message(self.save_dir, spool.file, iter(self._names))
            except OSError as exc:
                save_error = exc.strerror or str(exc)
        write_message(self.out, mail, saved_to, save_error)
        if save_error is not None:
            _write(self.err, f"{_NAME}: could not save message #{mail.number}: {save_error}\n")
            return f"451 4.3.0 Could not save the message: {save_error}"
        return "250 2.0.0 OK: shown by the debugging server, not delivered"

    async def handle_too_big(self, server: SMTP, session: Session, spool: Spool) -> None:
        """Say on the console that a message was refused for its size."""
        _write(
            self.out,
            f"{_NAME}: refused a message of {spool.size:,} bytes from "
            f"{_format_peer(session.peer)}: over the limit of {spool.limit:,} bytes "
            "(--max-size).\n",
        )

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
            devdescribe.printable(
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
    max_size: int = DEFAULT_MAX_SIZE,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Serve until Ctrl+C or SIGTERM; returns the exit status.

    Args:
        max_size: the largest message accepted, in bytes (0: no limit); announced with the
            SIZE extension, a larger one is refused with 552.

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
    handler = _DebuggingHandler(out, err, save_dir, max_size)
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
    from composer.mail.devspool import SpoolingSMTP

    loop = asyncio.get_running_loop()
    connections: weakref.WeakSet[SpoolingSMTP] = weakref.WeakSet()

    def make_protocol() -> SpoolingSMTP:
        protocol = SpoolingSMTP(
            handler,
            data_size_limit=handler.max_size or None,
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
    _write(handler.out, _banner(host, server, handler.save_dir, handler.max_size))
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


def _banner(host: str, server: asyncio.Server, save_dir: Path | None, max_size: int) -> str:
    """One line: where the server listens, how to point Composer at it, how to stop it."""
    addresses = [_format_peer(sock.getsockname()) for sock in server.sockets]
    port = server.sockets[0].getsockname()[1]
    # A wildcard address is not something to connect to; the local machine is.
    connect_host = "127.0.0.1" if host in ("", "0.0.0.0", "::") else host  # noqa: S104
    saving = f"; saving each message to {save_dir}" if save_dir is not None else ""
    limit = f"messages up to {max_size:,} bytes" if max_size else "messages of any size"
    return (
        f"{_NAME}: listening on {', '.join(addresses)}; point Composer at it with "
        f"EMAIL_HOST={connect_host} EMAIL_PORT={port} (no TLS, any login, {limit}){saving}; "
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
