"""What a sending error means for a merge: retry, reconnect, skip the row, pause or stop.

The engine never guesses from an exception's class alone: SMTP reply codes say whether a
failure is temporary (4xx) or permanent (5xx), and some failures (authentication, TLS, a
refused sender) will hit every row, so the run stops instead of failing ten thousand rows
one by one. A provider's "daily limit" reply, whatever its code, means "pause", not failure.

Kinds:

``reconnect``
    the connection is gone or unusable (421, a dropped or stalled connection): open a new
    one and try the same row again.
``temporary``
    4xx: try the same row again after a backoff delay.
``permanent``
    5xx for this row (a refused recipient, rejected content, too large): record and go on.
``unknown``
    the end of the message went out and the server's reply never came (the connection
    dropped, was reset, timed out or its TLS failed): the server most likely has the
    message, so the row is recorded as in doubt ("unknown") and never resent without the
    user's say (:func:`after_end_of_data`). Before the end of data nothing can have been
    delivered, so the same failures there mean ``reconnect``.
``daily_limit``
    the provider's daily quota is used up: pause the run; the row stays pending.
``fatal``
    every row would fail (authentication, TLS, refused sender, the server unreachable):
    stop the run and say why.

The words come from :func:`composer.errors.describe.describe`, so a failure reads the same in
the merge report as in the compose window, the connection test and the terminal; only the
merge's own outcomes (a paused run, a run stopped by the same failure on many rows) add
words of their own.
"""

from __future__ import annotations

import re
import smtplib
import socket
import ssl
from dataclasses import dataclass, replace

from composer.errors import UserMessage
from composer.errors.describe import ServerInfo, describe
from composer.i18n import plural, translate

__all__ = ["Failure", "after_end_of_data", "classify", "repeated", "unexpected"]

# The sender's own limit for the day. Not a bare "quota" or "limit exceeded": "over quota"
# is the recipient's full mailbox, "size limit exceeded" a message too big.
_DAILY = re.compile(
    r"daily|per day|24.?h(ou)?r|sending (quota|limit)|submission ?quota|too many messages today",
    re.IGNORECASE,
)
_AUTH_CODES = {530, 534, 535, 538}


@dataclass(frozen=True)
class Failure:
    """A classified sending error.

    Attributes:
        kind: reconnect, temporary, permanent, unknown, daily_limit or fatal.
        code: the SMTP reply code, or 0 when there was none.
        detail: the server's words or the error, for the ledger and "Copy details".
        message: what happened and what to do, for the report when the run stops on it.
        stops_run: an ``unknown`` row whose cause would hit every row (e.g. TLS): the row
            is in doubt and the run stops with ``message``.
        words: the failure in the one vocabulary (``message`` is built from it).
    """

    kind: str
    code: int
    detail: str
    message: str = ""
    stops_run: bool = False
    words: UserMessage | None = None


def _text(raw: bytes | str) -> str:
    if isinstance(raw, bytes):
        return raw.decode("utf-8", "replace")
    return str(raw)


def _timed_out(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, TimeoutError | socket.timeout) or "timed out" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _by_code(code: int, detail: str, what: str) -> Failure:
    if _DAILY.search(detail):
        return Failure(
            "daily_limit",
            code,
            detail,
            translate(
                "MergeFailures",
                "The server says the daily sending limit is reached ({reply}). "
                "The merge is paused; resume it tomorrow and it continues where it stopped.",
            ).format(reply=f"{code} {detail}"),
        )
    if code == 421:
        return Failure("reconnect", code, detail)
    if code in _AUTH_CODES:
        return Failure("fatal", code, detail)
    if 400 <= code < 500:
        return Failure("temporary", code, detail)
    if what == "sender" and code >= 500:
        return Failure("fatal", code, detail)
    return Failure("permanent", code, detail)


def classify(exc: BaseException, host: str | ServerInfo = "") -> Failure:
    """Classify an exception raised while connecting to or sending through *host*.

    Args:
        host: the server (a label, or what is known about it, for the words).
    """
    server = host if isinstance(host, ServerInfo) else ServerInfo(host=host)
    failure = _kind(exc)
    words = describe(exc, server)
    if failure.kind == "daily_limit":
        return replace(failure, words=words)
    return replace(failure, message=words.text, words=words)


def _kind(exc: BaseException) -> Failure:
    """What *exc* means for the run: the kind of failure, its code and technical detail."""
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return Failure("fatal", exc.smtp_code, _text(exc.smtp_error))
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        refusals = list(exc.recipients.items())
        details = "; ".join(f"{addr}: {code} {_text(msg)}" for addr, (code, msg) in refusals)
        codes = [code for _addr, (code, _msg) in refusals]
        for code in codes:
            found = _by_code(code, details, "rcpt")
            if found.kind in ("daily_limit", "fatal", "reconnect"):
                return found
        if any(400 <= c < 500 for c in codes):
            return Failure("temporary", min(codes), details)
        return Failure("permanent", max(codes) if codes else 550, details)
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return _by_code(exc.smtp_code, _text(exc.smtp_error), "sender")
    if isinstance(exc, smtplib.SMTPResponseException):  # includes SMTPDataError
        return _by_code(exc.smtp_code, _text(exc.smtp_error), "data")
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        if "SMTPUTF8" in str(exc).upper():
            return Failure("permanent", 0, str(exc))
        return Failure("fatal", 0, str(exc))
    if isinstance(exc, ssl.SSLError):  # a certificate the computer does not trust, too
        return Failure("fatal", 0, str(exc))
    if isinstance(exc, smtplib.SMTPServerDisconnected) and _timed_out(exc):
        # smtplib turns a read timeout into "Connection unexpectedly closed: timed out".
        return _kind(TimeoutError(str(exc)))
    if isinstance(exc, smtplib.SMTPServerDisconnected | ConnectionResetError | BrokenPipeError):
        closed = translate("MergeFailures", "the server closed the connection")
        return Failure("reconnect", 0, str(exc) or closed)
    if isinstance(exc, TimeoutError | socket.timeout):
        return Failure("reconnect", 0, translate("MergeFailures", "the server stopped answering"))
    if isinstance(exc, ConnectionRefusedError | socket.gaierror):
        return Failure("fatal", 0, str(exc))
    if isinstance(exc, smtplib.SMTPException):
        return Failure("permanent", 0, str(exc))
    if isinstance(exc, OSError):
        return Failure("reconnect", 0, str(exc))
    if isinstance(exc, ValueError):
        # composer.mail raises ValueError for an address it cannot put on the envelope.
        return Failure("permanent", 0, str(exc))
    return Failure("permanent", 0, f"{type(exc).__name__}: {exc}")


def repeated(failure: Failure, count: int, detail: str) -> Failure:
    """The run stops: the last *count* rows all failed as *failure* did (*detail*)."""
    words = failure.words
    because = plural(
        count,
        translate(
            "MergeFailures",
            "The row failed this way, and every row probably would; the merge "
            "stopped. Fix the cause, then run the merge again.",
        ),
        translate(
            "MergeFailures",
            "The last {count} rows all failed this way, so every row probably would; the merge "
            "stopped. Fix the cause, then run the merge again.",
        ),
    ).format(count=count)
    if words is None:
        message = f"“{detail}”. {because}"
    else:
        message = f"{words.what} {because} {words.todo}".strip()
    return replace(failure, kind="fatal", message=message)


def after_end_of_data(exc: BaseException, failure: Failure) -> Failure:
    """What *failure* means for a message whose end of data may have reached the server.

    Only the server's own reply to the end of data settles the message's fate (a 4xx or
    5xx is a refusal: the message was not accepted). Anything else, whatever ended the
    connection, leaves it in doubt: the server most likely stored it.
    """
    if isinstance(exc, smtplib.SMTPResponseException) and 400 <= exc.smtp_code <= 599:
        return failure
    stops = failure.kind == "fatal"
    return Failure(
        "unknown",
        0,
        translate(
            "MergeFailures",
            "the message went out but the server's confirmation never came ({reason}); "
            "it was most likely delivered",
        ).format(reason=failure.detail or type(exc).__name__),
        failure.message if stops else "",
        stops_run=stops,
        words=failure.words,
    )


def unexpected(exc: BaseException) -> Failure:
    """An error nobody planned for (a bug): the run stops, and says it lost nothing."""
    return Failure(
        "fatal",
        0,
        f"{type(exc).__name__}: {exc}",
        translate(
            "MergeEngine",
            "The merge stopped on an unexpected error ({error}). Nothing was lost: run it "
            "again and it goes on where it stopped.",
        ).format(error=f"{type(exc).__name__}: {exc}"),
    )
