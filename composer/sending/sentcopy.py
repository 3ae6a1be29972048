"""Keeping the Sent copy of a message: byte for byte what went out, plus its Bcc header."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from email.message import Message
from typing import TYPE_CHECKING

from composer.compose.message import ComposedMessage, bcc_header
from composer.errors import UserMessage
from composer.errors.describe import technical_details
from composer.i18n import translate

if TYPE_CHECKING:
    from composer.mail import EmailMessage
    from composer.sending.result import SendResult
    from composer.storage.sentbox import SentBox

__all__ = ["keep_copy", "one_message", "wire_chunks"]

log = logging.getLogger(__name__)


def one_message(built: EmailMessage) -> Message:
    """Build *built*'s MIME message once and make every later ``message()`` return it.

    The backend serialises that same object, fixing its MIME boundaries as it does, so
    the copy kept in Sent is byte for byte what went out, and big attachments are not
    read or encoded a second time.
    """
    mime = built.message()
    built.message = lambda: mime  # type: ignore[method-assign]
    return mime


def wire_chunks(mime: Message) -> Iterator[bytes]:
    """*mime* as it went on the wire (CRLF), chunk by chunk, whatever its size."""
    from composer.mail.fastpath import Base64Segment, wire_segments

    last = b"\r\n"
    for segment in wire_segments(mime):
        chunks = segment.chunks() if isinstance(segment, Base64Segment) else [segment]
        for chunk in chunks:
            if chunk:
                last = chunk
                yield chunk
    if not last.endswith(b"\r\n"):
        yield b"\r\n"  # the wire ends the data with a line break too (RFC 5321)


def _unix_lines(mime: Message) -> Iterator[bytes]:
    """*mime* as it went on the wire, with the LF line ends files use, chunk by chunk."""
    return (chunk.replace(b"\r\n", b"\n") for chunk in wire_chunks(mime))


def keep_copy(result: SendResult, sentbox: SentBox, mime: Message, msg: ComposedMessage) -> None:
    """Keep *mime* (streamed, whatever its size) in *sentbox*; say so in *result* if it fails.

    A copy that cannot be kept is no failure of the send: the message went out.
    """
    bcc = bcc_header(msg)
    if bcc:
        mime["Bcc"] = bcc  # only the kept copy says whom the sender copied blindly
    try:
        result.sent_key = sentbox.add_chunks(_unix_lines(mime))
    except Exception as exc:  # the message went out; only the local copy is missing
        log.warning("The message was sent but could not be kept in Sent: %s", exc)
        result.copy_lost = True
        reason = getattr(exc, "strerror", None) or exc
        result.message = UserMessage(
            result.message.what,
            translate(
                "Sending",
                "Its copy could not be kept in the Sent folder ({reason}); do not send it again.",
            ).format(reason=reason),
            technical_details(exc),
        )
