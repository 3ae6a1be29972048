"""8-bit messages for servers that do not announce 8BITMIME (RFC 6152).

Beyond Django, which sends raw UTF-8 text to any server: a server that does not announce
8BITMIME may strip the eighth bit or refuse the message, so for it every part with 8-bit
content is re-encoded, text as quoted-printable (still readable in the source) and
anything else as base64. The message's tree is never changed: changed parts are copies,
and untouched parts, large attachments among them, are shared, so they still stream.
Where the server does announce 8BITMIME, nothing here runs beyond :func:`is_8bit`.
"""

from __future__ import annotations

import base64
import copy
import re
import smtplib
from email import quoprimime
from email.charset import UNKNOWN8BIT
from email.header import Header
from email.message import Message

from composer.mail import fastpath

__all__ = ["is_8bit", "seven_bit_segments"]

_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def is_8bit(segments: list[fastpath.Segment]) -> bool:
    """Whether the wire form holds a byte above 127 (base64 segments never do)."""
    return any(type(segment) is bytes and not segment.isascii() for segment in segments)


def seven_bit_segments(msg: Message, smtputf8: bool) -> list[fastpath.Segment]:
    """The wire segments of *msg* with every 8-bit body re-encoded.

    Args:
        smtputf8: the message goes out with SMTPUTF8, which allows UTF-8 headers (RFC
            6531); otherwise 8-bit header values of attached messages become RFC 2047
            encoded words too.

    Raises:
        smtplib.SMTPNotSupportedError: 8-bit data is left that no encoding can carry.
    """
    segments = fastpath.wire_segments(_seven_bit(msg, not smtputf8))
    if not smtputf8 and is_8bit(segments):
        raise smtplib.SMTPNotSupportedError(
            "The message holds 8-bit data that cannot be re-encoded, and the server does "
            "not accept 8-bit data (it does not offer 8BITMIME)."
        )
    return segments


def _seven_bit(part: Message, fix_headers: bool) -> Message:
    """*part* itself if it is 7-bit already, else a converted copy."""
    clone: Message | None = None
    if fix_headers and any(_has_8bit(value) for _name, value in part.raw_items()):
        clone = _clone(part)
        clone._headers = [  # type: ignore[attr-defined]
            (name, _encoded_header(name, value) if _has_8bit(value) else value)
            for name, value in part.raw_items()
        ]
    if part.is_multipart():
        children: list[Message] = part.get_payload()  # type: ignore[assignment]
        converted = [_seven_bit(child, fix_headers) for child in children]
        if any(new is not old for new, old in zip(converted, children, strict=True)):
            clone = clone or _clone(part)
            clone.__dict__["_payload"] = converted
        for attr in ("preamble", "epilogue"):
            text = getattr(part, attr)
            if _has_8bit(text):
                clone = clone or _clone(part)
                # Mail programs do not show these; "?" keeps their shape.
                setattr(clone, attr, _NON_ASCII.sub("?", text))
        return clone or part
    if not _has_8bit(part.__dict__.get("_payload")):
        return clone or part
    clone = clone or _clone(part)
    raw = part.get_payload(decode=True)
    assert isinstance(raw, bytes)
    if part.get_content_maintype() == "text":
        # quoprimime quotes every byte outside printable ASCII (the 0x85 in UTF-8 too),
        # and turns line breaks into real ones, as the 8-bit form had them on the wire.
        encoded, cte = quoprimime.body_encode(raw.decode("latin-1")), "quoted-printable"
    else:
        encoded, cte = base64.encodebytes(raw).decode("ascii"), "base64"
    clone.__dict__["_payload"] = encoded
    if "Content-Transfer-Encoding" in clone:
        clone.replace_header("Content-Transfer-Encoding", cte)
    else:
        clone["Content-Transfer-Encoding"] = cte
    return clone


def _has_8bit(value: object) -> bool:
    return isinstance(value, str) and not value.isascii()


def _clone(part: Message) -> Message:
    clone = copy.copy(part)
    clone._headers = list(part._headers)  # type: ignore[attr-defined]  # copy.copy shares it
    return clone


def _encoded_header(name: str, value: str) -> Header:
    """An 8-bit header value (raw bytes kept as surrogates) as RFC 2047 encoded words."""
    raw = value.encode("utf-8", "surrogateescape")
    try:
        return Header(raw.decode("utf-8"), "utf-8", header_name=name)
    except UnicodeDecodeError:
        return Header(value, UNKNOWN8BIT, header_name=name)
