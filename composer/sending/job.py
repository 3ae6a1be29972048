"""The send job: one composed message through a profile, from sign-in to the Sent copy.

:func:`run_send` is the one code path of every sender of a composed message: the compose
window runs it in a child process (or, for the in-app outbox, a thread), ``composer send``
runs it in place. Given a :class:`SendRequest` (plain data: the message, a copy of the
profile, its sign-in, the Sent folder) it connects, sends with progress, can be cancelled
until the end of the message goes out (the :class:`~composer.errors.CancelToken`'s point of
no return), keeps the Sent copy, and never raises for a sending problem: every outcome comes
back as a :class:`~composer.sending.result.SendResult` with the words of
:func:`composer.errors.describe.describe`.

Progress is reported as data through the :class:`~composer.errors.WorkContext`:
:class:`SendProgress` while the message goes out, then :class:`SendAccepted`.

An outbox (queued -> sending -> sent, failed or in doubt) runs the same job for each
message and keeps the result as its state.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import smtplib
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from email.utils import formatdate
from pathlib import Path
from typing import TYPE_CHECKING, Any

from composer.compose.message import ComposedMessage, build_email, message_id_for
from composer.errors import Cancelled, CancelToken, ComposerError, UserMessage, WorkContext
from composer.errors.describe import ServerInfo, technical_details
from composer.i18n import translate
from composer.mail.conf import ImproperlyConfigured
from composer.profiles.model import Profile
from composer.sending import result as results
from composer.sending.account import SignIn, open_connection
from composer.sending.delivery import in_doubt, refusals_of, send_one
from composer.sending.result import SendResult, SendStatus
from composer.sending.sentcopy import keep_copy, one_message
from composer.sending.servercopy import queue_copy, wants_server_copy
from composer.sending.wire import stored_email
from composer.storage.copyqueue import CopyQueue

if TYPE_CHECKING:
    from composer.mail.backends.base import BaseEmailBackend
    from composer.storage.sentbox import SentBox

__all__ = [
    "SendAccepted",
    "SendProgress",
    "SendRequest",
    "SendResult",
    "SendStatus",
    "run_send",
    "send_composed",
]

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class SendRequest:
    """Everything a send needs, as plain data that can cross to a child process.

    Attributes:
        msg: the message.
        profile: a copy of the sending profile.
        sign_in: its sign-in, resolved by the caller (:meth:`Account.sign_in`).
        sent_folder: where to keep the Sent copy (None: keep none).
        server_copies: the queue of copies for the server's Sent folder (None: queue none;
            see :mod:`composer.sending.servercopy`).
        date, message_id: the message's own (an outbox fixes them when it queues the
            message); new ones when None.
    """

    msg: ComposedMessage
    profile: Profile
    sign_in: SignIn = field(default_factory=SignIn)
    sent_folder: Path | None = None
    server_copies: Path | None = None
    date: str | None = None
    message_id: str | None = None
    # The message's exact bytes, kept when it was queued (:mod:`composer.sending.wire`):
    # sent as they are rather than built again from *msg* (which then gives the envelope).
    raw: bytes | None = None


@dataclass(frozen=True)
class SendProgress:
    """Part of the message went out: ``permille`` thousandths of it."""

    permille: int


@dataclass(frozen=True)
class SendAccepted:
    """The server accepted the message (cancelling is over; the Sent copy comes next)."""


def run_send(request: SendRequest, ctx: WorkContext) -> SendResult:
    """Connect with the request's profile, send, keep the Sent copy; never raises."""
    from composer.storage.sentbox import SentBox

    profile = request.profile
    server = ServerInfo.of(profile)
    try:
        connection = open_connection(profile, request.sign_in)
    except (ComposerError, ImproperlyConfigured, ImportError, OSError, ValueError) as exc:
        # A missing password, a bad TLS file, a custom backend that cannot be loaded; any
        # other exception is a bug, and reported as one by the caller.
        log.warning("Cannot connect with %r", profile.name, exc_info=exc)
        return results.failed(exc, profile.name, profile.delivers, server)
    last = [-1]

    def progress(done: int, total: int) -> None:
        permille = done * 1000 // max(total, 1)
        if permille != last[0]:
            last[0] = permille
            ctx.report_progress(SendProgress(permille))

    folder = request.sent_folder
    server_copy = None
    if request.server_copies is not None and wants_server_copy(profile):
        server_copy = functools.partial(queue_copy, CopyQueue(request.server_copies), profile)
    return send_composed(
        request.msg,
        connection,
        profile=profile.name,
        delivers=profile.delivers,
        progress=progress,
        token=ctx.token,
        server=server,
        on_accepted=lambda: ctx.report_progress(SendAccepted()),
        sentbox=SentBox(folder) if folder is not None and profile.delivers else None,
        server_copy=server_copy,
        date=request.date,
        message_id=request.message_id,
        raw=request.raw,
    )


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
            self._token.check()
            self._sock.sendall(view[start : start + _CHUNK], *args)
            self._sent += min(_CHUNK, len(view) - start)
            if self._progress is not None:
                self._progress(min(self._sent, self._total), self._total)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)


def send_composed(
    msg: ComposedMessage,
    connection: BaseEmailBackend,
    *,
    profile: str = "",
    delivers: bool = True,
    progress: ProgressCallback | None = None,
    token: CancelToken | None = None,
    server: ServerInfo | None = None,
    on_accepted: Callable[[], None] | None = None,
    sentbox: SentBox | None = None,
    server_copy: Callable[[Message, str], None] | None = None,
    date: str | None = None,
    message_id: str | None = None,
    raw: bytes | None = None,
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
        token: lets another thread cancel until the end of the message goes out.
        server: the server, for error messages and the provider's advice.
        on_accepted: called once the server has accepted the message.
        sentbox: where to keep a copy of a delivered message.
        server_copy: given the message as it went out and its Message-ID, queues its copy
            for the server's Sent folder (before the local copy adds the Bcc header).
        date, message_id: the message's own (new ones when None).
        raw: the message's exact bytes, kept when it was queued: sent as they are (*msg*,
            read from them, gives the envelope and the Bcc of the Sent copy).
    """
    token = token or CancelToken()
    if delivers and not msg.from_addr.strip():
        return SendResult(
            SendStatus.FAILED,
            UserMessage(
                translate("Sending", "The message has no sender address."),
                translate(
                    "Sending", "Type your address in From, or add one to the sending profile."
                ),
            ),
            profile,
            delivers,
        )
    date = date or formatdate(localtime=True)
    message_id = message_id or message_id_for(msg.from_addr)
    try:
        if raw is not None:
            built = stored_email(raw, msg, connection)
        else:
            built = build_email(msg, connection=connection, date=date, message_id=message_id)
        mime = one_message(built)
    except (OSError, ValueError) as exc:  # ValueError: a file name the library refuses
        log.warning("The message could not be built", exc_info=exc)
        return results.failed(exc, profile, delivers, server)
    opened = False
    try:
        token.check()
        opened = bool(connection.open())
        token.check()
        smtp = getattr(connection, "connection", None)
        real_sock = getattr(smtp, "sock", None)
        if real_sock is not None:
            token.watch(real_sock)
            total = msg.attachments_size() * 4 // 3 + len(msg.text) + len(msg.html or "") + 2048
            smtp.sock = _ProgressSocket(real_sock, total, progress, token)  # type: ignore[union-attr]
        if not send_one(connection, built, token.commit):
            raise smtplib.SMTPDataError(0, "The backend reported that nothing was sent.")
        if on_accepted is not None:
            on_accepted()
    except Exception as exc:
        return _unsent(exc, token, profile, delivers, server)
    finally:
        _close(connection, opened, token)
        token.release()
    if progress is not None:
        progress(1, 1)
    refused = refusals_of(built)
    refused_lower = {k.lower().strip("<>") for k in refused}
    accepted = [r for r in results.bare(msg.recipients()) if r.lower() not in refused_lower]
    result = results.outcome(profile, delivers, accepted, refused)
    result.message_id = message_id
    if delivers and server_copy is not None:
        try:
            server_copy(mime, message_id)
        except OSError as exc:  # the message went out; only the server's copy is missing
            log.warning("The copy for the server's Sent folder could not be queued: %s", exc)
    if delivers and sentbox is not None:
        keep_copy(result, sentbox, mime, msg)
    return result


def _unsent(
    exc: Exception, token: CancelToken, profile: str, delivers: bool, server: ServerInfo | None
) -> SendResult:
    """The result of a send that raised *exc*: cancelled, in doubt or failed."""
    if isinstance(exc, Cancelled) or token.cancelled:
        details = "" if isinstance(exc, Cancelled) else technical_details(exc)
        return results.cancelled(profile, delivers, details)
    if token.committed and in_doubt(exc):
        log.warning("Sending through %r: the confirmation never came", profile, exc_info=exc)
        return results.in_doubt(exc, profile, delivers, server)
    log.warning("Sending through %r failed", profile, exc_info=exc)
    return results.failed(exc, profile, delivers, server)


def _close(connection: BaseEmailBackend, opened: bool, token: CancelToken) -> None:
    if not opened:
        return
    smtp = getattr(connection, "connection", None)
    if token.cancelled and smtp is not None:
        # The session is mid-command: drop the socket rather than send QUIT into it.
        with contextlib.suppress(Exception):
            smtp.close()
    try:
        connection.close()
    except Exception as exc:  # the message was already handed over
        log.warning("Closing the connection failed after sending: %s", exc)
