"""Email messages: :class:`EmailMessage`, :class:`EmailMultiAlternatives` and their parts.

The behaviour follows Django 5.2's ``django.core.mail.message`` (see the project's
``mail-api.md``), with the harmful quirks fixed:

* a ``Bcc`` key in ``headers`` raises ``ValueError`` instead of publishing Bcc addresses;
* header overrides match case-insensitively (``{"to": ...}`` overrides ``To``);
* a header given in ``headers`` replaces the generated one (never two ``Subject`` lines);
* non-ASCII local parts are kept as UTF-8 (RFC 6532/6531), never RFC 2047-encoded;
* header names and attachment file names and types cannot carry line breaks either, and
  no header value can carry NUL;
* an address whose addr-spec would not stand alone on the SMTP command line (a space,
  ``<``, ``>``, a control character) is refused (see :mod:`composer.mail.safety`).

The parts they are built from are in :mod:`composer.mail.mimeparts`, the header rules in
:mod:`composer.mail.headers` and address sanitising in :mod:`composer.mail.addresses`; this
module keeps offering their public names, as Django's ``django.core.mail.message`` does.
"""

from __future__ import annotations

import mimetypes
from collections import namedtuple
from collections.abc import Iterable, Mapping, Sequence
from email import message_from_bytes
from email.message import Message
from email.mime.base import MIMEBase
from email.utils import make_msgid
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from composer.mail import fastpath
from composer.mail.addresses import envelope_address, sanitize_address
from composer.mail.conf import settings
from composer.mail.connection import get_connection
from composer.mail.headers import (
    ADDRESS_HEADERS,
    SINGLE_INSTANCE_HEADERS,
    forbid_multi_line_headers,
)
from composer.mail.mimeparts import (
    Base64Part,
    SafeMIMEMessage,
    SafeMIMEMultipart,
    SafeMIMEText,
    base64_part,
)

# Names Django's django.core.mail.message also has, still reachable here.
from composer.mail.mimeparts import MIMEMixin as MIMEMixin
from composer.mail.mimeparts import utf8_charset as utf8_charset
from composer.mail.mimeparts import utf8_charset_qp as utf8_charset_qp
from composer.mail.safety import BadHeaderError, add_disposition
from composer.mail.safety import check_header_value as _reject_line_breaks
from composer.mail.utils import DNS_NAME

if TYPE_CHECKING:
    from os import PathLike

    from composer.mail.backends.base import BaseEmailBackend

__all__ = [
    "ADDRESS_HEADERS",
    "DEFAULT_ATTACHMENT_MIME_TYPE",
    "BadHeaderError",
    "EmailAlternative",
    "EmailAttachment",
    "EmailMessage",
    "EmailMultiAlternatives",
    "SafeMIMEMessage",
    "SafeMIMEMultipart",
    "SafeMIMEText",
    "base64_part",
    "envelope_address",
    "forbid_multi_line_headers",
    "make_msgid",
    "sanitize_address",
]

#: The MIME type of an attachment whose type is not given and cannot be guessed.
DEFAULT_ATTACHMENT_MIME_TYPE = "application/octet-stream"

#: RFC 5322's limit on a line, in octets, without the CRLF.
RFC5322_EMAIL_LINE_LENGTH_LIMIT = 998

# Headers the message builds itself from attributes; an override in `headers` is used
# instead of the attribute (case-insensitively).
_OVERRIDABLE_ADDRESS_HEADERS = ("From", "To", "Cc", "Reply-To")


EmailAlternative = namedtuple("EmailAlternative", ["content", "mimetype"])
EmailAttachment = namedtuple("EmailAttachment", ["filename", "content", "mimetype"])


def _as_list(value: Any, name: str) -> list[Any]:
    if not value:
        return []
    if isinstance(value, str):
        raise TypeError(f'"{name}" argument must be a list or tuple')
    return list(value)


class EmailMessage:
    """A single email message, which can be sent to several recipients.

    Beyond Django, after an SMTP backend handled the message, ``refused_recipients`` maps
    each recipient the server refused (while accepting others) to its ``(code, text)``
    reply, and ``smtp_response`` is the server's ``(code, text)`` reply to the message.
    """

    content_subtype = "plain"
    mixed_subtype = "mixed"
    encoding: str | None = None  # None: settings.DEFAULT_CHARSET

    refused_recipients: Mapping[str, tuple[int, str]] = MappingProxyType({})
    smtp_response: tuple[int, str] | None = None

    def __init__(
        self,
        subject: str = "",
        body: str = "",
        from_email: str | None = None,
        to: Sequence[str] | None = None,
        bcc: Sequence[str] | None = None,
        connection: BaseEmailBackend | None = None,
        attachments: Iterable[Any] | None = None,
        headers: dict[str, Any] | None = None,
        cc: Sequence[str] | None = None,
        reply_to: Sequence[str] | None = None,
    ) -> None:
        self.to = _as_list(to, "to")
        self.cc = _as_list(cc, "cc")
        self.bcc = _as_list(bcc, "bcc")
        self.reply_to = _as_list(reply_to, "reply_to")
        self.from_email = from_email or settings.DEFAULT_FROM_EMAIL
        self.subject = subject
        self.body = body or ""
        self.attachments: list[Any] = []
        if attachments:
            for attachment in attachments:
                if isinstance(attachment, MIMEBase):
                    self.attach(attachment)
                else:
                    self.attach(*attachment)
        self.extra_headers = headers or {}
        self.connection = connection

    def get_connection(self, fail_silently: bool = False) -> BaseEmailBackend:
        """Return the message's backend, creating (and keeping) the default one if unset."""
        if not self.connection:
            self.connection = get_connection(fail_silently=fail_silently)
        return self.connection

    def recipients(self) -> list[str]:
        """All envelope recipients: to, then cc, then bcc, without empty entries."""
        return [addr for addr in self.to + self.cc + self.bcc if addr]

    def send(self, fail_silently: bool = False) -> int:
        """Send the message; return 1 if it was sent, 0 if not (e.g. no recipients)."""
        if not self.recipients():
            return 0
        return self.get_connection(fail_silently).send_messages([self])  # type: ignore[return-value]

    # -- attachments ------------------------------------------------------------------

    def attach(
        self, filename: Any = None, content: Any = None, mimetype: str | None = None
    ) -> None:
        """Attach a file's content, or a ready ``MIMEBase`` part.

        A ``text/*`` attachment given as bytes is decoded as UTF-8; bytes that are not
        UTF-8 are kept and the type becomes ``application/octet-stream``.
        """
        if isinstance(filename, MIMEBase):
            if content is not None or mimetype is not None:
                raise ValueError(
                    "content and mimetype must not be given when a MIMEBase instance is provided."
                )
            self.attachments.append(filename)
            return
        if content is None:
            raise ValueError("content must be provided.")
        mimetype = mimetype or mimetypes.guess_type(filename)[0] or DEFAULT_ATTACHMENT_MIME_TYPE
        basetype, _subtype = mimetype.split("/", 1)  # ValueError without a "/", as Django
        if basetype == "text" and isinstance(content, bytes):
            try:
                content = content.decode()
            except UnicodeDecodeError:
                mimetype = DEFAULT_ATTACHMENT_MIME_TYPE
        self.attachments.append(EmailAttachment(filename, content, mimetype))

    def attach_file(self, path: str | PathLike[str], mimetype: str | None = None) -> None:
        """Attach the file at *path*, named by its base name (``FileNotFoundError`` if absent)."""
        file_path = Path(path)
        with file_path.open("rb") as fh:
            content = fh.read()
        self.attach(file_path.name, content, mimetype)

    # -- building the MIME tree ---------------------------------------------------------

    def _encoding(self) -> str:
        return self.encoding or settings.DEFAULT_CHARSET

    def message(self) -> Message:
        """Build the MIME message (a new object, with a new Message-ID, on every call).

        Raises:
            BadHeaderError: a header value (or name, or attachment file name) contains a
                line break or NUL.
            ValueError: ``headers`` has a ``Bcc`` key, or a non-ASCII address is invalid.
        """
        encoding = self._encoding()
        overrides = self._header_overrides()
        body = fastpath.text_part(SafeMIMEText, self.body, self.content_subtype, encoding)
        if body is None:
            body = SafeMIMEText(self.body, self.content_subtype, encoding)
        msg = self._create_message(body)
        msg["Subject"] = self.subject
        self._set_address_headers(msg, overrides)
        if "date" not in overrides:
            msg["Date"] = fastpath.formatdate_now(settings.EMAIL_USE_LOCALTIME)
        if "message-id" not in overrides:
            msg["Message-ID"] = make_msgid(domain=str(DNS_NAME))
        for name, value in self.extra_headers.items():
            lower = name.lower()
            if lower in ("from", "to", "cc", "reply-to"):
                continue
            if lower in SINGLE_INSTANCE_HEADERS and name in msg:
                del msg[name]  # replace the generated one: never two Subject lines
            msg[name] = value
        return msg

    def _header_overrides(self) -> dict[str, str]:
        """Map lower-case header names given in ``headers`` to the key that is used.

        When a name is given in several spellings, Django's exact spelling (``"To"``)
        wins, otherwise the first one.

        Raises:
            ValueError: a ``Bcc`` header was given (it would publish the Bcc addresses).
        """
        overrides: dict[str, str] = {}
        for key in self.extra_headers:
            if not isinstance(key, str):
                raise BadHeaderError(f"Header names must be strings, not {key!r}.")
            lower = key.lower()
            if lower == "bcc":
                raise ValueError(
                    "A 'Bcc' header would show the blind-copy addresses to every "
                    "recipient; pass them as bcc=[...] instead of in headers."
                )
            overrides.setdefault(lower, key)
        for canonical in _OVERRIDABLE_ADDRESS_HEADERS:
            if canonical in self.extra_headers:
                overrides[canonical.lower()] = canonical
        return overrides

    def _set_address_headers(self, msg: Message, overrides: dict[str, str]) -> None:
        from_key = overrides.get("from")
        msg["From"] = self.extra_headers[from_key] if from_key else self.from_email
        for header, values in (("To", self.to), ("Cc", self.cc), ("Reply-To", self.reply_to)):
            key = overrides.get(header.lower())
            if key is not None:
                msg[header] = self.extra_headers[key]
            elif values:
                msg[header] = ", ".join(str(v) for v in values)

    def _create_message(self, msg: Message) -> Message:
        return self._create_attachments(msg)

    def _create_attachments(self, msg: Message) -> Message:
        if not self.attachments:
            return msg
        parts = (
            a if isinstance(a, MIMEBase) else self._create_attachment(*a) for a in self.attachments
        )
        return self._wrap(msg, self.mixed_subtype, bool(self.body) or msg.is_multipart(), parts)

    def _wrap(
        self, body: Message, subtype: str, keep_body: bool, parts: Iterable[Message]
    ) -> Message:
        """A new ``multipart/<subtype>`` of *body* (if kept) and *parts*."""
        msg = SafeMIMEMultipart(_subtype=subtype, encoding=self._encoding())
        if keep_body:
            msg.attach(body)
        for part in parts:
            msg.attach(part)
        return msg

    def _create_mime_attachment(self, content: Any, mimetype: str) -> Message:
        """Turn ``(content, mimetype)`` into a MIME part (text, rfc822 or base64)."""
        _reject_line_breaks("Content-Type", mimetype)
        basetype, subtype = mimetype.split("/", 1)
        if basetype == "text":
            encoding = self._encoding()
            part = fastpath.text_part(SafeMIMEText, content, subtype, encoding)
            return part if part is not None else SafeMIMEText(content, subtype, encoding)
        if basetype == "message" and subtype == "rfc822":
            # RFC 2046 §5.2.1: a message/rfc822 part is never base64-encoded.
            if isinstance(content, EmailMessage):
                content = content.message()
            elif not isinstance(content, Message):
                content = message_from_bytes(
                    content if isinstance(content, bytes) else str(content).encode("utf-8")
                )
            return SafeMIMEMessage(content, subtype)
        if isinstance(content, bytes | bytearray | memoryview):
            return Base64Part(basetype, subtype, bytes(content))
        # A str for a binary type goes through the legacy path (Latin-1-ish bytes), as
        # Django does.
        from email import encoders

        part = MIMEBase(basetype, subtype)
        part.set_payload(content)
        encoders.encode_base64(part)
        return part

    def _create_attachment(self, filename: Any, content: Any, mimetype: str) -> Message:
        """Turn an :class:`EmailAttachment` into a MIME part with its disposition."""
        part = self._create_mime_attachment(content, mimetype)
        if filename:
            add_disposition(part, "attachment", filename)
        return part


class EmailMultiAlternatives(EmailMessage):
    """A message with alternative renderings of its body, e.g. text/plain and text/html."""

    alternative_subtype = "alternative"

    def __init__(
        self,
        subject: str = "",
        body: str = "",
        from_email: str | None = None,
        to: Sequence[str] | None = None,
        bcc: Sequence[str] | None = None,
        connection: BaseEmailBackend | None = None,
        attachments: Iterable[Any] | None = None,
        headers: dict[str, Any] | None = None,
        alternatives: Iterable[Any] | None = None,
        cc: Sequence[str] | None = None,
        reply_to: Sequence[str] | None = None,
    ) -> None:
        super().__init__(
            subject, body, from_email, to, bcc, connection, attachments, headers, cc, reply_to
        )
        self.alternatives = [EmailAlternative(*alt) for alt in (alternatives or [])]

    def attach_alternative(self, content: Any, mimetype: str) -> None:
        """Add an alternative rendering, e.g. ``attach_alternative(html, "text/html")``."""
        if content is None or mimetype is None:
            raise ValueError("Both content and mimetype must be provided.")
        self.alternatives.append(EmailAlternative(content, mimetype))

    def _create_message(self, msg: Message) -> Message:
        return self._create_attachments(self._create_alternatives(msg))

    def _create_alternatives(self, msg: Message) -> Message:
        if not self.alternatives:
            return msg
        parts = (self._create_mime_attachment(a.content, a.mimetype) for a in self.alternatives)
        return self._wrap(msg, self.alternative_subtype, bool(self.body), parts)

    def body_contains(self, text: str) -> bool:
        """Whether *text* is in the body and in every ``text/*`` alternative."""
        if text not in self.body:
            return False
        return all(
            text in content
            for content, mimetype in self.alternatives
            if mimetype.startswith("text/")
        )
