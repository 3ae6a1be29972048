"""Before a message is sent: what must be fixed or asked first.

:func:`check_before_sending` takes the message as written, the problems the address fields
found, and the profile it would go through, and says what comes first, in this order:
addresses that are not valid, no recipient at all, an attachment the text mentions but
nothing attached (the user is asked, not stopped), no sending profile, and no sender for a
real send. A real send with an empty From takes the profile's own address instead of
stopping (:attr:`PreSendCheck.use_identity`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from composer.compose.message import ComposedMessage, mentions_attachment
from composer.errors import UserMessage
from composer.i18n import translate

__all__ = ["PreSendCheck", "SendingProfile", "Stop", "check_before_sending"]


class Stop(Enum):
    """Why the message is not sent yet."""

    ADDRESSES = "addresses"  # some address is not valid
    NO_RECIPIENTS = "no_recipients"
    ATTACHMENT = "attachment"  # ask: the text mentions an attachment, none is attached
    NO_PROFILE = "no_profile"
    NO_SENDER = "no_sender"


@dataclass(frozen=True)
class SendingProfile:
    """What the check needs of the active profile."""

    name: str
    delivers: bool
    identity: str = ""  # its From ("Name <address>"), "" when it has no address


@dataclass(frozen=True)
class PreSendCheck:
    """The outcome: nothing in the way (:attr:`stop` None), or its :attr:`message`."""

    stop: Stop | None = None
    message: UserMessage | None = None
    use_identity: bool = False

    @property
    def ok(self) -> bool:
        return self.stop is None


def check_before_sending(
    msg: ComposedMessage,
    address_problems: Sequence[str],
    profile: SendingProfile | None,
    *,
    attachment_confirmed: bool = False,
) -> PreSendCheck:
    """What stands between *msg* and sending it through *profile* (see the module docstring).

    Args:
        address_problems: each invalid entry of the address fields, with its field.
        attachment_confirmed: the user already chose to send without an attachment.
    """
    if address_problems:
        return PreSendCheck(
            Stop.ADDRESSES,
            UserMessage(
                translate("ComposeWindow", "Some addresses are not valid: {problems}.").format(
                    problems="; ".join(address_problems)
                ),
                translate("ComposeWindow", "Correct the highlighted entries, then send again."),
            ),
        )
    if not msg.recipients():
        return PreSendCheck(
            Stop.NO_RECIPIENTS,
            UserMessage(
                translate("ComposeWindow", "The message has no recipients."),
                translate("ComposeWindow", "Add at least one address in To, Cc or Bcc."),
            ),
        )
    if (
        not msg.attachments
        and not attachment_confirmed
        and mentions_attachment(f"{msg.subject}\n{msg.text}")
    ):
        return PreSendCheck(Stop.ATTACHMENT)
    if profile is None:
        return PreSendCheck(
            Stop.NO_PROFILE,
            UserMessage(
                translate("ComposeWindow", "There is no sending profile."),
                translate("ComposeWindow", "Add one in Tools ▸ Preferences."),
            ),
        )
    if profile.delivers and not msg.from_addr:
        if profile.identity:
            return PreSendCheck(use_identity=True)
        return PreSendCheck(
            Stop.NO_SENDER,
            UserMessage(
                translate("ComposeWindow", "The message has no sender address."),
                translate(
                    "ComposeWindow",
                    "Type your address in From, or add one to the profile “{profile}” "
                    "in Tools ▸ Preferences.",
                ).format(profile=profile.name),
            ),
        )
    return PreSendCheck()
