"""A queued message's exact bytes: built once when it is queued, sent as they are.

An outbox message is built into its MIME form the moment it is queued (its Date,
Message-ID and MIME boundaries fixed then) and kept as those bytes, plus a Bcc header for
whoever opens it again (Undo, Edit). When it goes out, those bytes are what the server
receives, the Bcc header taken off: never a message built anew, whose boundaries, folding
or encoded words could differ from what was shown as queued. The Sent copy is then the
queued file itself. No Qt here.
"""

from __future__ import annotations

import email
from email.policy import compat32
from typing import TYPE_CHECKING

from composer.compose.message import ComposedMessage, bcc_header, build_email
from composer.mail import EmailMessage
from composer.mail.fastpath import as_bytes

if TYPE_CHECKING:
    from composer.mail.backends.base import BaseEmailBackend

__all__ = ["queued_bytes", "stored_email"]


def queued_bytes(msg: ComposedMessage, date: str, message_id: str) -> bytes:
    """*msg* as it will go out (LF line ends, as files keep them), with its Bcc header.

    Raises:
        OSError: an attachment can no longer be read.
        ValueError: a header the mail library refuses (a line break in it).
    """
    mime = build_email(msg, date=date, message_id=message_id).message()
    bcc = bcc_header(msg)
    if bcc:
        mime["Bcc"] = bcc  # only the kept bytes say whom the sender copied blindly
    return as_bytes(mime, linesep="\n")


def stored_email(
    raw: bytes, msg: ComposedMessage, connection: BaseEmailBackend | None = None
) -> EmailMessage:
    """The message to send for *raw* (from :func:`queued_bytes`): its envelope from *msg*
    (read from the same bytes), its content exactly *raw* without the Bcc header.

    The compat32 parser and generator give back the bytes they read, so the wire form
    (CRLF) is *raw* line for line.
    """
    parsed = email.message_from_bytes(raw, policy=compat32)
    del parsed["Bcc"]
    built = EmailMessage(
        from_email=msg.from_addr or None,
        to=msg.to,
        cc=msg.cc,
        bcc=msg.bcc,
        connection=connection,
    )
    built.message = lambda: parsed  # type: ignore[method-assign]
    return built
