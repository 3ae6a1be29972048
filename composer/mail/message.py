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

The tree is built from the standard library's legacy ``email.mime`` classes, like Django,
so every observable detail (charsets, transfer encodings, folding) is the same.
:mod:`composer.mail.fastpath` serialises the common shapes without the generic generator.
"""

from __future__ import annotations

import base64
import mimetypes
import re
from collections import namedtuple
from collections.abc import Iterable, Mapping, Sequence
from email import _header_value_parser as _parser  # the parser email.headerregistry uses
from email import charset as email_charset
from email import message_from_bytes
from email.errors import HeaderParseError
from email.header import Header
from email.headerregistry import Address
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import getaddresses, make_msgid
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from composer.mail import fastpath
from composer.mail.conf import settings
from composer.mail.connection import get_connection
from composer.mail.safety import LINE_BREAKS as _LINE_BREAKS
from composer.mail.safety import (
    BadHeaderError,
    add_disposition,
    check_addr_spec,
    check_address_text,
)
from composer.mail.safety import check_header_value as _reject_line_breaks
from composer.mail.utils import DNS_NAME, punycode

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

# UTF-8 text goes out as 7bit/8bit, or quoted-printable when a line is too long: never
# base64, which spam filters dislike.
utf8_charset = email_charset.Charset("utf-8")
utf8_charset.body_encoding = None  # type: ignore[assignment]
utf8_charset_qp = email_charset.Charset("utf-8")
utf8_charset_qp.body_encoding = email_charset.QP

#: Header names that hold addresses (RFC 5322), compared in lower case.
ADDRESS_HEADERS = frozenset(
    {
        "from",
        "sender",
        "reply-to",
        "to",
        "cc",
        "bcc",
        "resent-from",
        "resent-sender",
        "resent-to",
        "resent-cc",
        "resent-bcc",
    }
)

#: Headers a message may carry at most once (RFC 5322 §3.6, RFC 2045): one given in
#: ``headers`` replaces the generated one. Other names (``X-...``, ``Keywords``) may repeat.
SINGLE_INSTANCE_HEADERS = frozenset(
    {
        "date",
        "from",
        "sender",
        "reply-to",
        "to",
        "cc",
        "bcc",
        "message-id",
        "in-reply-to",
        "references",
        "subject",
        "mime-version",
        "content-type",
        "content-transfer-encoding",
        "content-disposition",
        "content-id",
        "content-description",
    }
)

# Headers the message builds itself from attributes; an override in `headers` is used
# instead of the attribute (case-insensitively).
_OVERRIDABLE_ADDRESS_HEADERS = ("From", "To", "Cc", "Reply-To")

# RFC 5322 field names: printable US-ASCII except the colon.
_FIELD_NAME = re.compile(r"[!-9;-~]+\Z")
# formataddr's rules for quoting a display name.
_SPECIALS = re.compile(r'[][\\()<>@,:;".]')
_ESCAPES = re.compile(r'[\\"]')


def _check_header_name(name: str) -> None:
    if not isinstance(name, str) or not _FIELD_NAME.match(name):
        raise BadHeaderError(
            f"Invalid header name {name!r}: a header name is printable ASCII without "
            "spaces or colons."
        )


def _to_str(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8")
    return str(value)


def _split_address(addr: str | tuple[str, str]) -> tuple[str, str, str]:
    """Split one address into (display name, local part, domain), validating it."""
    if isinstance(addr, tuple):
        name, address = addr
        if "@" not in address:
            raise ValueError(f'Invalid address "{address}"')
        check_address_text(address, addr)
        local, domain = address.rsplit("@", 1)
        return name, local, domain
    text = _to_str(addr)
    try:
        token, rest = _parser.get_mailbox(text)
    except (HeaderParseError, ValueError, IndexError):
        raise ValueError(f'Invalid address "{text}"') from None
    if rest:
        raise ValueError(f'Invalid address; only {token} could be parsed from "{text}"')
    # The parser drops characters such as U+00A0 from an addr-spec and the IDNA codec
    # drops others (U+00AD): the address as typed must be visible text.
    spec = token[0][-1] if isinstance(token[0], _parser.NameAddr) else token[0]  # angle-addr
    check_address_text(str(spec), addr)
    return token.display_name or "", token.local_part, token.domain or ""


def _address_parts(addr: str | tuple[str, str], encoding: str) -> tuple[str, str]:
    """Return ``(encoded display name, addr-spec)`` for one address.

    The display name is ASCII (RFC 2047 encoded words when needed); the domain is
    punycoded; a non-ASCII local part is kept as Unicode (it needs SMTPUTF8).
    """
    name, local, domain = _split_address(addr)
    if _LINE_BREAKS.search(name + local + domain):
        raise ValueError("Invalid address; address parts cannot contain newlines.")
    name = Header(name).encode() if name.isascii() else Header(name, encoding).encode()
    addr_spec = Address(username=local, domain=punycode(domain)).addr_spec
    check_addr_spec(addr_spec, addr)
    return name, addr_spec


def _format_mailbox(name: str, addr_spec: str) -> str:
    # email.utils.formataddr, minus its refusal of non-ASCII addr-specs.
    if not name:
        return addr_spec
    quotes = '"' if _SPECIALS.search(name) else ""
    name = _ESCAPES.sub(r"\\\g<0>", name)
    return f"{quotes}{name}{quotes} <{addr_spec}>"


def sanitize_address(addr: str | tuple[str, str], encoding: str) -> str:
    """Validate one address and format it for a header or the SMTP envelope.

    Args:
        addr: ``"Name <local@domain>"``, ``"local@domain"`` or a ``(name, address)`` tuple.
        encoding: the charset for a non-ASCII display name.

    Raises:
        ValueError: the address cannot be parsed, has text after it, or contains a line
            break, or its addr-spec holds a space, ``<``, ``>`` or a control character.
    """
    return _format_mailbox(*_address_parts(addr, encoding))


# An address that needs no parsing: a dot-atom local part and an ASCII host name. For it,
# sanitising returns the address unchanged (a test checks this against the full parser).
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_SIMPLE_ADDRESS = re.compile(rf"{_ATEXT}(?:\.{_ATEXT})*@{_LABEL}(?:\.{_LABEL})*\Z")


# "Plain Name <simple@address>": words of letters, digits and a few safe marks, one space
# apart. Sanitising returns it unchanged (the parser, Header and formataddr leave it as is).
_PLAIN_WORD = r"[A-Za-z0-9_'+-]+"
_NAMED_SIMPLE_ADDRESS = re.compile(
    rf"(?P<name>{_PLAIN_WORD}(?: {_PLAIN_WORD})*) <(?P<spec>{_SIMPLE_ADDRESS.pattern[:-2]})>\Z"
)


def envelope_address(addr: str | tuple[str, str], encoding: str) -> tuple[str, str]:
    """Return ``(sanitised address, addr-spec)`` for the SMTP envelope.

    The sanitised form is what :func:`sanitize_address` returns (and what Django names
    in its errors); the addr-spec is what goes between ``<`` and ``>`` on the wire.
    """
    if type(addr) is str:
        if _SIMPLE_ADDRESS.match(addr):
            return addr, addr
        named = _NAMED_SIMPLE_ADDRESS.match(addr)
        if named is not None and len(named["name"]) <= 76:
            return addr, named["spec"]
    name, addr_spec = _address_parts(addr, encoding)
    return _format_mailbox(name, addr_spec), addr_spec


def _utf8_header_text(value: str) -> str:
    """Carry raw UTF-8 in a legacy header value (RFC 6532), written as-is by as_bytes()."""
    return value.encode("utf-8").decode("ascii", "surrogateescape")


def forbid_multi_line_headers(name: str, val: Any, encoding: str | None) -> tuple[str, str]:
    """Check a header value for line breaks and encode it for the header block.

    ASCII values pass unchanged (``Subject`` is folded); non-ASCII address headers are
    parsed and each address sanitised; other non-ASCII values become RFC 2047 words.

    Raises:
        BadHeaderError: the value contains a line break (``\\n``, ``\\r``, ...) or NUL.
        ValueError: a non-ASCII address header holds an invalid address.
    """
    encoding = encoding or settings.DEFAULT_CHARSET
    val = str(val)
    _reject_line_breaks(name, val)
    if val.isascii():
        if name.lower() == "subject":
            val = Header(val).encode()
    elif name.lower() in ADDRESS_HEADERS:
        mailboxes = [sanitize_address(pair, encoding) for pair in getaddresses((val,))]
        val = ", ".join(m if m.isascii() else _utf8_header_text(m) for m in mailboxes)
    else:
        val = Header(val, encoding).encode()
    return name, val


class MIMEMixin:
    """Serialisation without ``From``-mangling (Django bug #13433), with a fast path."""

    def as_string(self, unixfrom: bool = False, linesep: str = "\n") -> str:
        """Return the whole message as text; lines starting ``From `` are left alone."""
        return fastpath.as_string(self, unixfrom, linesep)  # type: ignore[arg-type]

    def as_bytes(self, unixfrom: bool = False, linesep: str = "\n") -> bytes:
        """Return the whole message as bytes; lines starting ``From `` are left alone."""
        return fastpath.as_bytes(self, unixfrom, linesep)  # type: ignore[arg-type]


class _CheckedHeaders:
    """Every header set with ``msg[name] = value`` is checked and encoded."""

    encoding: str | None

    def __setitem__(self, name: str, val: Any) -> None:
        if name not in _CHECKED_NAMES:
            _check_header_name(name)
            if len(_CHECKED_NAMES) < 1024:
                _CHECKED_NAMES.add(name)
        if fastpath.stores_verbatim(name, val) and self.policy is compat32:  # type: ignore[attr-defined]
            # What forbid_multi_line_headers and compat32 would store, without the work.
            self._headers.append((name, val))  # type: ignore[attr-defined]
            return
        name, val = forbid_multi_line_headers(name, val, self.encoding)
        super().__setitem__(name, val)  # type: ignore[misc]


_CHECKED_NAMES: set[str] = set()


class SafeMIMEMessage(MIMEMixin, _CheckedHeaders, MIMEMessage):  # type: ignore[misc]
    """A ``message/rfc822`` part; its own headers must be ASCII (RFC 2046 §5.2.1)."""

    encoding = "ascii"


class SafeMIMEText(MIMEMixin, _CheckedHeaders, MIMEText):  # type: ignore[misc]
    """A text part whose body follows the library's charset rules (spec §5.7)."""

    def __init__(self, _text: str, _subtype: str = "plain", _charset: str | None = None) -> None:
        self.encoding = _charset
        MIMEText.__init__(self, _text, _subtype=_subtype, _charset=_charset)

    def set_payload(self, payload: Any, charset: Any = None) -> None:
        if charset == "utf-8" and not isinstance(charset, email_charset.Charset):
            charset = utf8_charset_qp if fastpath.has_long_lines(payload) else utf8_charset
        MIMEText.set_payload(self, payload, charset=charset)


class SafeMIMEMultipart(MIMEMixin, _CheckedHeaders, MIMEMultipart):  # type: ignore[misc]
    """A multipart container whose headers are checked like the message's."""

    def __init__(
        self,
        _subtype: str = "mixed",
        boundary: str | None = None,
        _subparts: Any = None,
        encoding: str | None = None,
        **_params: Any,
    ) -> None:
        self.encoding = encoding
        MIMEMultipart.__init__(self, _subtype, boundary, _subparts, **_params)


class _Base64Part(MIMEBase):
    """A base64 attachment that keeps its bytes once and encodes them when read.

    ``get_payload()`` returns exactly what ``email.encoders.encode_base64`` would have
    stored, but the encoded copy (a third larger than the file) exists only while it is
    being read, and the SMTP backend streams it in slices instead (see ``fastpath``).
    """

    def __init__(self, maintype: str, subtype: str, data: bytes) -> None:
        super().__init__(maintype, subtype)
        self.__dict__["_raw"] = data
        self["Content-Transfer-Encoding"] = "base64"

    @property
    def _payload(self) -> Any:
        raw = self.__dict__.get("_raw")
        if raw is not None:
            return base64.encodebytes(raw).decode("ascii")
        return self.__dict__.get("_payload_value")

    @_payload.setter
    def _payload(self, value: Any) -> None:
        # Anyone replacing the payload (set_payload, attach) gets ordinary behaviour.
        self.__dict__["_raw"] = None
        self.__dict__["_payload_value"] = value

    def is_multipart(self) -> bool:
        # Message.is_multipart() reads _payload, which would encode the whole file.
        if self.__dict__.get("_raw") is not None:
            return False
        return super().is_multipart()

    @property
    def raw_bytes(self) -> bytes | None:
        """The attachment's bytes, or ``None`` after the payload was replaced."""
        raw: bytes | None = self.__dict__.get("_raw")
        return raw


def base64_part(
    content: bytes | bytearray | memoryview,
    mimetype: str,
    filename: str | None = None,
    disposition: str = "attachment",
) -> MIMEBase:
    """A base64 part carrying *content* byte for byte, named *filename* if given.

    For code that builds its own MIME tree (text files that must arrive unchanged, inline
    images) with the same checks as :meth:`EmailMessage.attach`: the type and the name
    cannot add a header line, and a non-ASCII name is RFC 2231-encoded.

    Raises:
        BadHeaderError: *mimetype* or *filename* holds a line break or NUL.
        ValueError: *mimetype* is not ``type/subtype``.
    """
    _reject_line_breaks("Content-Type", mimetype)
    basetype, slash, subtype = mimetype.partition("/")
    if not (basetype and slash and subtype):
        raise ValueError(f"Invalid MIME type {mimetype!r}: expected type/subtype.")
    part = _Base64Part(basetype, subtype, bytes(content))
    if filename:
        add_disposition(part, disposition, filename)
    return part


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
        body_msg = msg
        msg = SafeMIMEMultipart(_subtype=self.mixed_subtype, encoding=self._encoding())
        if self.body or body_msg.is_multipart():
            msg.attach(body_msg)
        for attachment in self.attachments:
            if isinstance(attachment, MIMEBase):
                msg.attach(attachment)
            else:
                msg.attach(self._create_attachment(*attachment))
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
            return _Base64Part(basetype, subtype, bytes(content))
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
        body_msg = msg
        msg = SafeMIMEMultipart(_subtype=self.alternative_subtype, encoding=self._encoding())
        if self.body:
            msg.attach(body_msg)
        for alternative in self.alternatives:
            msg.attach(self._create_mime_attachment(alternative.content, alternative.mimetype))
        return msg

    def body_contains(self, text: str) -> bool:
        """Whether *text* is in the body and in every ``text/*`` alternative."""
        if text not in self.body:
            return False
        return all(
            text in content
            for content, mimetype in self.alternatives
            if mimetype.startswith("text/")
        )
