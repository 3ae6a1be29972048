"""Send one composed message through a connection and say, in plain words, what happened.

:func:`send_composed` is the one code path the compose window and ``composer send`` share.
It runs wherever the caller runs it (the window runs it in a worker thread): it builds the
message, opens the connection, reports upload progress, can be cancelled until the server has
accepted the message, and never raises for a sending problem: every outcome comes back as a
:class:`SendResult` with one sentence of what happened, one of what to do, and the technical
details for "Copy details".
"""

from __future__ import annotations

import contextlib
import enum
import logging
import smtplib
import socket
import ssl
import threading
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.message import Message
from email.utils import formatdate, getaddresses
from typing import TYPE_CHECKING, Any

from composer.compose.message import ComposedMessage, bcc_header, build_email, message_id_for
from composer.i18n import translate
from composer.profiles.providers import login_advice

if TYPE_CHECKING:
    from composer.mail import EmailMessage
    from composer.mail.backends.base import BaseEmailBackend
    from composer.storage.sentbox import SentBox

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]
_CHUNK = 64 * 1024


class SendStatus(enum.Enum):
    SENT = "sent"  # every recipient accepted
    PARTIAL = "partial"  # accepted for some recipients, refused for others
    FAILED = "failed"
    CANCELLED = "cancelled"


class SendCancelled(Exception):
    """The user cancelled the send before the server accepted the message."""


class CancelToken:
    """Shared between the GUI and the worker: ask for cancellation, abort a blocked socket."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._sock: socket.socket | None = None
        self.accepted = False  # once True, cancelling is no longer possible

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> bool:
        """Ask to cancel; returns False when it is too late (the server accepted)."""
        with self._lock:
            if self.accepted:
                return False
            self._event.set()
            if self._sock is not None:
                with contextlib.suppress(OSError):
                    self._sock.shutdown(socket.SHUT_RDWR)
        return True

    def _attach(self, sock: socket.socket | None) -> None:
        with self._lock:
            self._sock = sock
            if sock is not None and self._event.is_set():
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def _mark_accepted(self) -> bool:
        with self._lock:
            if self._event.is_set():
                return False
            self.accepted = True
            return True


class _ProgressSocket:
    """Wraps the SMTP socket: counts bytes going out, stops sending when cancelled."""

    def __init__(
        self, sock: Any, total: int, progress: ProgressCallback | None, token: CancelToken
    ) -> None:
        self._sock = sock
        self._total = max(total, 1)
        self._progress = progress
        self._token = token
        self._sent = 0

    def sendall(self, data: bytes | bytearray | memoryview, *args: Any) -> None:
        view = memoryview(data).cast("B")
        for start in range(0, len(view), _CHUNK):
            if self._token.cancelled:
                raise SendCancelled
            self._sock.sendall(view[start : start + _CHUNK], *args)
            self._sent += min(_CHUNK, len(view) - start)
            if self._progress is not None:
                self._progress(min(self._sent, self._total), self._total)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)


@dataclass
class SendResult:
    """The outcome of one send, ready to be shown."""

    status: SendStatus
    summary: str  # what happened, one sentence
    advice: str = ""  # what to do, one sentence ("" when nothing is needed)
    details: str = ""  # technical details for "Copy details"
    profile: str = ""
    delivered: bool = True  # False for preview backends (terminal, files, outbox, discard)
    accepted: list[str] = field(default_factory=list)
    refused: dict[str, tuple[int, str]] = field(default_factory=dict)
    sent_key: str | None = None  # where the copy was kept in Sent
    copy_lost: bool = False  # delivered, but no copy could be kept in Sent

    @property
    def ok(self) -> bool:
        return self.status in (SendStatus.SENT, SendStatus.PARTIAL)


def _bare(addresses: list[str]) -> list[str]:
    return [addr for _name, addr in getaddresses(addresses) if addr]


def _who(addresses: list[str]) -> str:
    if len(addresses) <= 3:
        return ", ".join(addresses)
    return translate("Sending", "{addresses} and {count} more").format(
        addresses=", ".join(addresses[:3]), count=len(addresses) - 3
    )


def send_composed(
    msg: ComposedMessage,
    connection: BaseEmailBackend,
    *,
    profile: str = "",
    delivers: bool = True,
    progress: ProgressCallback | None = None,
    token: CancelToken | None = None,
    server: str = "",
    username: str = "",
    on_accepted: Callable[[], None] | None = None,
    sentbox: SentBox | None = None,
) -> SendResult:
    """Send *msg* through *connection* (not yet opened) and classify the outcome.

    A message that really goes out needs a sender address: the library's fallback
    (``webmaster@localhost``) is never used. The copy kept in *sentbox* is the message
    that was sent (the same Date, Message-ID and From) plus its Bcc header, streamed to
    disk: it needs no more memory than one chunk, whatever the attachments weigh.

    Args:
        profile: the profile's name, for the result text.
        delivers: whether the connection really delivers (False for preview backends).
        progress: called with ``(bytes_sent, total)`` from the sending thread.
        token: lets another thread cancel until the server accepts.
        server: ``host:port`` for error messages.
        username: the login name, for provider-specific advice.
        on_accepted: called once the server has accepted the message (no cancelling now).
        sentbox: where to keep a copy of a delivered message.
    """
    token = token or CancelToken()
    if delivers and not msg.from_addr.strip():
        return SendResult(
            SendStatus.FAILED,
            translate("Sending", "The message has no sender address."),
            translate("Sending", "Type your address in From, or add one to the sending profile."),
            profile=profile,
            delivered=delivers,
        )
    date, message_id = formatdate(localtime=True), message_id_for(msg.from_addr)
    try:
        built = build_email(msg, connection=connection, date=date, message_id=message_id)
        mime = _one_message(built)
    except (OSError, ValueError) as exc:  # ValueError: a file name the library refuses
        return _failure(exc, profile, delivers, server, username)
    opened = False
    try:
        if token.cancelled:
            raise SendCancelled
        opened = bool(connection.open())
        if token.cancelled:
            raise SendCancelled
        smtp = getattr(connection, "connection", None)
        real_sock = getattr(smtp, "sock", None)
        if real_sock is not None:
            token._attach(real_sock)
            total = msg.attachments_size() * 4 // 3 + len(msg.text) + len(msg.html or "") + 2048
            smtp.sock = _ProgressSocket(real_sock, total, progress, token)  # type: ignore[union-attr]
        count = connection.send_messages([built])
        if not token._mark_accepted():
            raise SendCancelled
        if on_accepted is not None:
            on_accepted()
        if not count:
            raise smtplib.SMTPDataError(0, "The backend reported that nothing was sent.")
    except SendCancelled:
        return SendResult(
            SendStatus.CANCELLED,
            translate("Sending", "Sending was cancelled; nothing was sent."),
            translate("Sending", "Your message is still here; send it again when you are ready."),
            profile=profile,
            delivered=delivers,
        )
    except Exception as exc:
        if token.cancelled:
            return SendResult(
                SendStatus.CANCELLED,
                translate(
                    "Sending", "Sending was cancelled before the server accepted the message."
                ),
                translate(
                    "Sending", "Your message is still here; send it again when you are ready."
                ),
                details=_details(exc),
                profile=profile,
                delivered=delivers,
            )
        return _failure(exc, profile, delivers, server, username)
    finally:
        if opened:
            smtp_obj = getattr(connection, "connection", None)
            if token.cancelled and smtp_obj is not None:
                # The session is mid-command: drop the socket rather than send QUIT into it.
                with contextlib.suppress(Exception):
                    smtp_obj.close()
            try:
                connection.close()
            except Exception as exc:  # the message was already handed over
                log.warning("Closing the connection failed after sending: %s", exc)
    if progress is not None:
        progress(1, 1)
    refused_raw = getattr(built, "refused_recipients", None) or {}
    refused = {str(k): (int(v[0]), _text(v[1])) for k, v in dict(refused_raw).items()}
    refused_lower = {k.lower().strip("<>") for k in refused}
    recipients = _bare(msg.recipients())
    accepted = [r for r in recipients if r.lower() not in refused_lower]
    result = _outcome(profile, delivers, accepted, refused)
    if delivers and sentbox is not None:
        _keep_copy(result, sentbox, mime, msg)
    return result


def _outcome(
    profile: str, delivers: bool, accepted: list[str], refused: dict[str, tuple[int, str]]
) -> SendResult:
    if refused:
        lines = [f"{addr}: {code} {text}" for addr, (code, text) in refused.items()]
        return SendResult(
            SendStatus.PARTIAL,
            translate("Sending", "Sent to {accepted}, but the server refused {refused}.").format(
                accepted=_who(accepted), refused=_who(list(refused))
            ),
            translate("Sending", "Check the refused addresses for typos, then send to them again."),
            details="\n".join(lines),
            profile=profile,
            delivered=delivers,
            accepted=accepted,
            refused=refused,
        )
    if delivers:
        summary = translate("Sending", "Sent to {recipients} through “{profile}”.").format(
            recipients=_who(accepted), profile=profile
        )
    else:
        summary = translate("Sending", "Not delivered: “{profile}” only previews messages.").format(
            profile=profile
        )
    return SendResult(
        SendStatus.SENT,
        summary,
        "",
        profile=profile,
        delivered=delivers,
        accepted=accepted,
    )


def _one_message(built: EmailMessage) -> Message:
    """Build *built*'s MIME message once and make every later ``message()`` return it.

    The backend serialises that same object, fixing its MIME boundaries as it does, so
    the copy kept in Sent is byte for byte what went out, and big attachments are not
    read or encoded a second time.
    """
    mime = built.message()
    built.message = lambda: mime  # type: ignore[method-assign]
    return mime


def _unix_lines(mime: Message) -> Iterator[bytes]:
    """*mime* as it went on the wire, with the LF line ends files use, chunk by chunk."""
    from composer.mail.fastpath import Base64Segment, wire_segments

    last = b"\n"
    for segment in wire_segments(mime):
        chunks = segment.chunks() if isinstance(segment, Base64Segment) else [segment]
        for chunk in chunks:
            if chunk:
                last = chunk
                yield chunk.replace(b"\r\n", b"\n")
    if not last.endswith(b"\n"):
        yield b"\n"  # the wire ends the data with a line break too (RFC 5321)


def _keep_copy(result: SendResult, sentbox: SentBox, mime: Message, msg: ComposedMessage) -> None:
    bcc = bcc_header(msg)
    if bcc:
        mime["Bcc"] = bcc  # only the kept copy says whom the sender copied blindly
    try:
        result.sent_key = sentbox.add_chunks(_unix_lines(mime))
    except Exception as exc:  # the message went out; only the local copy is missing
        log.warning("The message was sent but could not be kept in Sent: %s", exc)
        result.copy_lost = True
        reason = getattr(exc, "strerror", None) or exc
        result.advice = translate(
            "Sending",
            "Its copy could not be kept in the Sent folder ({reason}); do not send it again.",
        ).format(reason=reason)
        result.details = _details(exc)


def _text(value: object) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _details(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)).strip()


def _failure(
    exc: BaseException, profile: str, delivers: bool, server: str, username: str = ""
) -> SendResult:
    summary, advice = describe_error(exc, server=server, username=username)
    log.warning("Sending through %r failed: %s", profile, summary, exc_info=exc)
    return SendResult(
        SendStatus.FAILED,
        summary,
        advice,
        details=_details(exc),
        profile=profile,
        delivered=delivers,
    )


def _smtp_reply(exc: smtplib.SMTPResponseException) -> str:
    return f"{exc.smtp_code} {_text(exc.smtp_error)}".strip()


def describe_error(exc: BaseException, *, server: str = "", username: str = "") -> tuple[str, str]:
    """One sentence of what happened and one of what to do, for a sending error.

    Args:
        server: ``host:port``, for the sentence and to recognise the provider.
        username: the login name (its domain also tells the provider).
    """
    where = server or translate("Sending", "the mail server")
    ask_admin = translate(
        "Sending",
        "Read the server's reason below; if it persists, ask the server's administrator.",
    )
    check_network = translate(
        "Sending", "Check your network connection and the server settings, then try again."
    )
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return (
            translate("Sending", "The server refused the user name or password ({reply}).").format(
                reply=_smtp_reply(exc)
            ),
            login_advice(server.rpartition(":")[0] or server, username),
        )
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        refused = ", ".join(f"{a} ({c} {_text(t)})" for a, (c, t) in exc.recipients.items())
        return (
            translate("Sending", "The server refused every recipient: {refused}.").format(
                refused=refused
            ),
            translate(
                "Sending", "Check the addresses for typos, or ask the server's administrator."
            ),
        )
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return (
            translate("Sending", "The server refused the sender {sender} ({reply}).").format(
                sender=_text(exc.sender), reply=_smtp_reply(exc)
            ),
            translate(
                "Sending",
                "Check the From address: many servers only accept the account's own address.",
            ),
        )
    if isinstance(exc, smtplib.SMTPDataError):
        if exc.smtp_code == 552 or "size" in _text(exc.smtp_error).lower():
            return (
                translate(
                    "Sending", "The server refused the message as too large ({reply})."
                ).format(reply=_smtp_reply(exc)),
                translate("Sending", "Remove or shrink attachments, or share large files by link."),
            )
        return (
            translate("Sending", "The server refused the message ({reply}).").format(
                reply=_smtp_reply(exc)
            ),
            ask_admin,
        )
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return (
            translate(
                "Sending", "{where} does not support what this profile asks for ({reason})."
            ).format(where=where, reason=exc),
            translate("Sending", "Change the security setting of the profile in Preferences."),
        )
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return (
            translate("Sending", "{where} closed the connection unexpectedly.").format(where=where),
            translate(
                "Sending",
                "Try again in a moment; if it keeps happening, check the server and port.",
            ),
        )
    if isinstance(exc, ssl.SSLCertVerificationError):
        return (
            translate(
                "Sending", "The certificate of {where} could not be verified ({reason})."
            ).format(where=where, reason=exc.verify_message),
            translate(
                "Sending",
                "Check the server name, or add the company CA file to the profile in Preferences.",
            ),
        )
    if isinstance(exc, ssl.SSLError):
        return (
            translate("Sending", "The encrypted connection to {where} failed ({reason}).").format(
                where=where, reason=exc.reason or exc
            ),
            translate(
                "Sending",
                "Check the port and security setting (STARTTLS is usually 587, SSL/TLS 465).",
            ),
        )
    if isinstance(exc, ConnectionRefusedError):
        return (
            translate("Sending", "Nothing is accepting connections at {where}.").format(
                where=where
            ),
            translate(
                "Sending",
                "Check the server name and port in Preferences, or whether the server is running.",
            ),
        )
    if isinstance(exc, TimeoutError | socket.timeout):
        return (
            translate("Sending", "{where} did not answer in time.").format(where=where),
            check_network,
        )
    if isinstance(exc, socket.gaierror):
        return (
            translate("Sending", "The server name {where} could not be found.").format(where=where),
            translate(
                "Sending", "Check the server name in Preferences and your network connection."
            ),
        )
    if isinstance(exc, FileNotFoundError | PermissionError | IsADirectoryError) and (
        exc.filename is not None
    ):
        return (
            translate("Sending", "The attachment {file} could not be read ({reason}).").format(
                file=exc.filename, reason=exc.strerror
            ),
            translate(
                "Sending",
                "Attach the file again from where it is now, or remove it from the message.",
            ),
        )
    if isinstance(exc, smtplib.SMTPResponseException):
        return (
            translate("Sending", "The server answered with an error ({reply}).").format(
                reply=_smtp_reply(exc)
            ),
            ask_admin,
        )
    if isinstance(exc, OSError):
        return (
            translate("Sending", "The connection to {where} failed ({reason}).").format(
                where=where, reason=exc.strerror or exc
            ),
            check_network,
        )
    if isinstance(exc, ValueError):
        return (
            translate("Sending", "The message could not be built: {reason}.").format(reason=exc),
            translate("Sending", "Correct the addresses and headers."),
        )
    name = type(exc).__name__
    if name == "ImproperlyConfigured":
        return (
            translate("Sending", "The sending profile is not usable: {reason}.").format(reason=exc),
            translate("Sending", "Fix the profile in Preferences."),
        )
    return (
        translate("Sending", "Sending failed with an unexpected error ({error}: {reason}).").format(
            error=name, reason=exc
        ),
        translate("Sending", "Copy the details and report them; your message is kept as a draft."),
    )
