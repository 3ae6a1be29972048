"""What one send came to, as data: the status, the words, who got it, where its copy is."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from email.utils import getaddresses

from composer.errors import UserMessage
from composer.errors.describe import ServerInfo, describe
from composer.i18n import translate

__all__ = ["SendResult", "SendStatus"]


class SendStatus(enum.Enum):
    SENT = "sent"  # every recipient accepted
    PARTIAL = "partial"  # accepted for some recipients, refused for others
    FAILED = "failed"  # not sent: the message is still the sender's to send again
    CANCELLED = "cancelled"  # stopped before the end of the message went out
    IN_DOUBT = "in_doubt"  # the end went out, the server's reply never came: most likely sent


@dataclass
class SendResult:
    """The outcome of one send, ready to be shown (``message``) and acted on (the rest).

    An outbox keeps it as the state of a queued message: ``FAILED`` may be retried,
    ``IN_DOUBT`` must never be resent without asking, ``SENT``/``PARTIAL`` are done.
    """

    status: SendStatus
    message: UserMessage
    profile: str = ""
    delivered: bool = True  # False for preview backends (terminal, files, outbox, discard)
    accepted: list[str] = field(default_factory=list)
    refused: dict[str, tuple[int, str]] = field(default_factory=dict)
    sent_key: str | None = None  # where the copy was kept in Sent
    copy_lost: bool = False  # delivered, but no copy could be kept in Sent
    message_id: str = ""  # the Message-ID the message went out with
    #: The failure behind a FAILED or IN_DOUBT result (an outbox tells a temporary one from
    #: a permanent one by it); None otherwise.
    cause: BaseException | None = field(default=None, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return self.status in (SendStatus.SENT, SendStatus.PARTIAL)

    def __getstate__(self) -> dict[str, object]:
        # A result crosses from a child process; an exception may not survive the trip.
        return {**self.__dict__, "cause": None}


def bare(addresses: list[str]) -> list[str]:
    return [addr for _name, addr in getaddresses(addresses) if addr]


def _who(addresses: list[str]) -> str:
    if len(addresses) <= 3:
        return ", ".join(addresses)
    return translate("Sending", "{addresses} and {count} more").format(
        addresses=", ".join(addresses[:3]), count=len(addresses) - 3
    )


def outcome(
    profile: str, delivers: bool, accepted: list[str], refused: dict[str, tuple[int, str]]
) -> SendResult:
    """The result of a message the server (or a preview backend) accepted."""
    if refused:
        lines = [f"{addr}: {code} {text}" for addr, (code, text) in refused.items()]
        words = UserMessage(
            translate("Sending", "Sent to {accepted}, but the server refused {refused}.").format(
                accepted=_who(accepted), refused=_who(list(refused))
            ),
            translate("Sending", "Check the refused addresses for typos, then send to them again."),
            "\n".join(lines),
        )
        return SendResult(SendStatus.PARTIAL, words, profile, delivers, accepted, refused)
    if delivers:
        what = translate("Sending", "Sent to {recipients} through “{profile}”.").format(
            recipients=_who(accepted), profile=profile
        )
    else:
        what = translate("Sending", "Not delivered: “{profile}” only previews messages.").format(
            profile=profile
        )
    return SendResult(SendStatus.SENT, UserMessage(what), profile, delivers, accepted)


def cancelled(profile: str, delivers: bool, details: str = "") -> SendResult:
    return SendResult(
        SendStatus.CANCELLED,
        UserMessage(
            translate("Sending", "Sending was cancelled; the server did not accept the message."),
            translate("Sending", "Your message is still here; send it again when you are ready."),
            details,
        ),
        profile,
        delivers,
    )


def failed(
    exc: BaseException, profile: str, delivers: bool, server: ServerInfo | None = None
) -> SendResult:
    """A send that failed before anything could be delivered, in the one vocabulary."""
    result = SendResult(SendStatus.FAILED, describe(exc, server), profile, delivers)
    result.cause = exc
    return result


def in_doubt(
    exc: BaseException, profile: str, delivers: bool, server: ServerInfo | None = None
) -> SendResult:
    """The end of the message went out and the server's confirmation never came."""
    cause = describe(exc, server)
    words = UserMessage(
        translate(
            "Sending",
            "The message went out, but the server's confirmation never came ({reason}).",
        ).format(reason=cause.what),
        translate(
            "Sending",
            "It was most likely delivered: do not send it again unless a recipient tells you "
            "it did not arrive.",
        ),
        cause.details,
    )
    return SendResult(SendStatus.IN_DOUBT, words, profile, delivers, cause=exc)
