"""One message over an open connection, and what its outcome means: shared by every sender.

The compose window's send job (:mod:`composer.sending.job`) and the merge engine
(:mod:`composer.merge.sending.engine`) hand a message to a ``composer.mail`` backend the same
way: :func:`send_one` calls a hook right before the end of the message's content goes out
(the point of no return: the server can deliver nothing before it, and most likely has the
message after it), and read the server's answer the same way (:func:`reply_of`,
:func:`refusals_of`). :func:`in_doubt` says whether a failure after that point leaves the
message's fate unknown. No Qt here.
"""

from __future__ import annotations

import smtplib
from collections.abc import Callable
from typing import Any

__all__ = ["decode", "in_doubt", "refusals_of", "reply_of", "send_one"]


def send_one(
    backend: Any, message: Any, before_end: Callable[[], object], following: Any | None = None
) -> bool:
    """Send *message*, calling *before_end* right before the end of its content goes out.

    Args:
        backend: an open (or openable) ``composer.mail`` backend, or any object with
            ``send_messages``.
        before_end: the point of no return; if it raises, nothing is delivered and the
            exception propagates.
        following: the message this connection sends next, if known (see
            :meth:`composer.mail.backends.smtp.EmailBackend.send_message`).

    Returns:
        Whether the backend accepted the message.
    """
    send_message = getattr(backend, "send_message", None)
    if send_message is None:  # a backend outside composer.mail: the mark comes first
        before_end()
        return bool(backend.send_messages([message]))
    return bool(send_message(message, before_data=before_end, next_message=following))


def in_doubt(exc: BaseException) -> bool:
    """Whether *exc*, raised after the end of a message went out, leaves its fate unknown.

    Only the server's own reply settles it (a 4xx or 5xx is a refusal: the message was not
    accepted). Anything else, whatever ended the connection, leaves the message in doubt:
    the server most likely stored it.
    """
    return not (isinstance(exc, smtplib.SMTPResponseException) and 400 <= exc.smtp_code <= 599)


def reply_of(message: Any) -> str:
    """The server's reply to an accepted *message* (``"250 ..."``), or "250" if unknown."""
    reply = getattr(message, "smtp_response", None)
    return f"{reply[0]} {decode(reply[1])}" if reply else "250"


def refusals_of(message: Any) -> dict[str, tuple[int, str]]:
    """The recipients the server refused while accepting *message*: address -> reply."""
    refused = getattr(message, "refused_recipients", None) or {}
    return {str(addr): (int(code), decode(text)) for addr, (code, text) in dict(refused).items()}


def decode(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)
