"""Reading a returned message: a delivery-status notification or an unsubscribe request.

A DSN (RFC 3464) is a ``multipart/report; report-type=delivery-status`` message: a part for
people, a ``message/delivery-status`` part with a block per recipient (``Action``,
``Status``, ``Final-Recipient``, ``Diagnostic-Code``) and the returned message or its
headers, whose ``Message-ID`` says which message of which merge bounced. Postfix, Gmail,
Microsoft 365 and current Exim all send this form. Older Exim and some others send plain
text ("This message was created automatically by mail delivery software") with the
original headers pasted below: for those the SMTP reply code and the Message-ID are looked
for in the text.

``5.x.x`` (or ``Action: failed``) is a hard bounce: the address does not work. ``4.x.x``
(``Action: delayed``) is soft: the server will retry or the mailbox is full for now.
Standard library only (:mod:`email`), so nothing here depends on how the mail arrived.
"""

from __future__ import annotations

import email
import email.message
import email.policy
import email.utils
import re
from dataclasses import dataclass

__all__ = ["Bounce", "Unsubscribe", "read_bounce", "read_unsubscribe"]

_STATUS = re.compile(r"\b([245])\.\d{1,3}\.\d{1,3}\b")
_REPLY = re.compile(r"\b([45])\d\d[ -]")
_MESSAGE_ID = re.compile(r"^Message-ID:\s*(<[^>\s]+>)", re.IGNORECASE | re.MULTILINE)
_PLAIN_BOUNCE = re.compile(
    r"mail delivery (software|subsystem|failed)|undeliver|returned mail|delivery status"
    r"|could not be delivered|delivery has failed",
    re.IGNORECASE,
)
_UNSUBSCRIBE = re.compile(r"^\s*(unsubscribe|수신\s*거부|수신거부|구독\s*취소)", re.IGNORECASE)


@dataclass(frozen=True)
class Bounce:
    """One recipient a returned message says was not delivered."""

    message_id: str  # of the message that bounced ("" when the report does not say)
    recipient: str
    hard: bool
    status: str
    reason: str
    # The address as the sending server was given it (Original-Recipient), when the report
    # says: a forwarded mailbox bounces under its final address.
    original: str = ""


@dataclass(frozen=True)
class Unsubscribe:
    """A request to receive no more mail, from *address* (replying to *message_id*)."""

    address: str
    message_id: str


def _parse(raw: bytes) -> email.message.EmailMessage:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, email.message.EmailMessage)
    return msg


def _original_id(msg: email.message.Message) -> str:
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype == "message/rfc822":
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], email.message.Message):
                mid = _header(inner[0], "Message-ID")
                if mid:
                    return str(mid).strip()
        if ctype == "text/rfc822-headers":
            found = _MESSAGE_ID.search(_text(part))
            if found:
                return found[1]
    return ""


def _header(msg: email.message.Message, name: str) -> str:
    """The header *name* as text; its raw text when the parser cannot read it (a damaged
    address list, for one)."""
    try:
        return str(msg.get(name, "") or "")
    except Exception:  # the policy's header parser, on input anyone can send
        raw = next((v for k, v in msg.raw_items() if k.lower() == name.lower()), "")
        return " ".join(str(raw).split())


def _text(part: email.message.Message) -> str:
    payload = part.get_payload(decode=True)
    if isinstance(payload, bytes):
        try:
            return payload.decode(part.get_content_charset() or "utf-8", "replace")
        except (LookupError, ValueError, TypeError):
            # A charset nobody knows, or no text encoding at all ("base64", a NUL in the
            # name): read what can be read.
            return payload.decode("utf-8", "replace")
    return str(part.get_payload())


def _address(value: str) -> str:
    # "rfc822; someone@example.org"
    return value.partition(";")[2].strip() if ";" in value else value.strip()


def read_bounce(raw: bytes) -> list[Bounce]:
    """The bounced recipients *raw* reports; [] when it is not a bounce."""
    msg = _parse(raw)
    out: list[Bounce] = []
    if msg.get_content_type() == "multipart/report":
        original = _original_id(msg)
        for part in msg.walk():
            if part.get_content_type() != "message/delivery-status":
                continue
            blocks = part.get_payload()
            groups = blocks if isinstance(blocks, list) else []
            for block in groups[1:]:  # the first block is about the reporting server
                if not isinstance(block, email.message.Message):
                    continue
                action = str(block.get("Action", "")).strip().lower()
                status = str(block.get("Status", "")).strip()
                if action not in ("failed", "delayed"):
                    continue
                recipient = _address(
                    str(block.get("Final-Recipient", "") or block.get("Original-Recipient", ""))
                )
                diagnostic = " ".join(str(block.get("Diagnostic-Code", "")).split())
                reason = _address(diagnostic) if diagnostic else status
                out.append(
                    Bounce(
                        message_id=original,
                        recipient=recipient,
                        hard=action == "failed" and not status.startswith("4"),
                        status=status,
                        reason=reason or action,
                        original=_address(str(block.get("Original-Recipient", ""))),
                    )
                )
        return out
    # A plain-text bounce (older Exim, ...): recognised by its words, read from its text.
    subject = _header(msg, "Subject")
    sender = _header(msg, "From")
    if not (_PLAIN_BOUNCE.search(subject) or "mailer-daemon" in sender.lower()):
        return []
    body = msg.get_body(preferencelist=("plain",))
    text = _text(body) if body is not None else ""
    pasted = _MESSAGE_ID.search(text)
    code = _STATUS.search(text) or _REPLY.search(text)
    hard = code is None or code[1] == "5"
    recipients = re.findall(r"^\s+([^\s@<>]+@[^\s@<>]+)\s*$", text, re.MULTILINE)
    reason = next((line.strip() for line in text.splitlines() if code and code[0] in line), "")
    return [
        Bounce(
            message_id=pasted[1] if pasted else "",
            recipient=r,
            hard=hard,
            status=code[0].strip() if code else "",
            reason=reason or subject,
        )
        for r in recipients[:1] or [""]
    ]


def read_unsubscribe(raw: bytes) -> Unsubscribe | None:
    """The request in *raw* when it asks to unsubscribe (subject or first line), else None."""
    msg = _parse(raw)
    if msg.get_content_type() == "multipart/report":
        return None
    subject = _header(msg, "Subject")
    subject = re.sub(r"^\s*(re|회신|답장)\s*:\s*", "", subject, flags=re.IGNORECASE)
    body = msg.get_body(preferencelist=("plain",))
    first = _text(body).strip().splitlines()[:1] if body is not None else []
    if not (_UNSUBSCRIBE.match(subject) or (first and _UNSUBSCRIBE.match(first[0]))):
        return None
    address = email.utils.parseaddr(_header(msg, "Reply-To") or _header(msg, "From"))[1]
    if not address:
        return None
    replied = _header(msg, "In-Reply-To").strip()
    return Unsubscribe(address=address.lower(), message_id=replied)
