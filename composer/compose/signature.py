"""The signature rule: a new message's body carries the active profile's signature.

As in Thunderbird: the signature goes below ``-- `` (dash, dash, space: the separator mail
programs recognise) in a body nobody has written in yet, and follows a switch of profile
while that stays true; once the user wrote something, the body is theirs and stays as it is.
"""

from __future__ import annotations

import dataclasses

from composer.compose.message import ComposedMessage

__all__ = ["SEPARATOR", "body_for_signature", "is_untouched", "signature_block"]

SEPARATOR = "-- "


def signature_block(signature: str) -> str:
    """The body a new message starts with for *signature* ("" for none)."""
    return f"\n\n{SEPARATOR}\n{signature}" if signature else ""


def is_untouched(msg: ComposedMessage, shown: str) -> bool:
    """Nothing written yet: *msg* is empty but for the signature body *shown* ("" for none)."""
    if shown and msg.text == shown:  # a formatted signature brings its images too
        msg = dataclasses.replace(msg, text="", html=None, inline_images=[])
    return msg.is_empty()


def body_for_signature(msg: ComposedMessage, shown: str, signature: str) -> str | None:
    """The body to show now that the profile's signature is *signature*.

    Returns None when the body stays as it is: the user wrote in it, or it already shows
    that signature. *shown* is the body as the last signature left it ("" for none).
    """
    if not is_untouched(msg, shown):
        return None
    text = signature_block(signature)
    return None if text == shown else text
