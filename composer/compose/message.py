"""The message being written: fields, body, attachments and inline images, without Qt.

:class:`ComposedMessage` is what the compose window edits, what drafts store and what the
``composer send`` command builds. It converts to a :mod:`composer.mail` message for sending
(:func:`build_email`) and to and from ``.eml`` bytes (:func:`to_eml`, :func:`from_eml`).

MIME shapes produced (Bcc never appears in a message that is sent):

* plain body: ``text/plain`` (``multipart/mixed`` with attachments);
* formatted body: ``multipart/alternative[text/plain, text/html]``;
* formatted body with inline images:
  ``multipart/alternative[text/plain, multipart/related[text/html, image...]]``;
* attachments wrap any of these in ``multipart/mixed``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import email
import email.header
import email.policy
import mimetypes
import re
import uuid
from dataclasses import dataclass, field
from email.charset import QP, Charset
from email.headerregistry import Address
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr, formatdate, make_msgid
from pathlib import Path
from typing import TYPE_CHECKING

from composer.compose.addresses import format_address as format_address  # its old home
from composer.compose.addresses import parse_addresses
from composer.compose.fieldsplit import split_entries
from composer.compose.headertext import decode_header_text
from composer.compose.htmltext import html_to_text
from composer.compose.spellinglanguage import HEADER as SPELLING_HEADER
from composer.compose.spellinglanguage import language_in, valid_language
from composer.errors import ComposerError
from composer.i18n import translate

if TYPE_CHECKING:
    from composer.mail import EmailMessage
    from composer.mail.backends.base import BaseEmailBackend

DEFAULT_MIMETYPE = "application/octet-stream"
# Providers commonly refuse messages over 25 MB (Gmail, Outlook.com); base64 adds a third.
PROVIDER_SIZE_LIMIT = 25 * 1000 * 1000


def guess_mimetype(filename: str) -> str:
    """The MIME type for *filename* by its extension, or ``application/octet-stream``."""
    return mimetypes.guess_type(filename)[0] or DEFAULT_MIMETYPE


@dataclass
class Attachment:
    """A file attached to the message: either still on disk (*path*) or held in memory."""

    filename: str
    mimetype: str
    size: int
    path: Path | None = None
    content: bytes | None = None

    @classmethod
    def from_path(cls, path: Path) -> Attachment:
        """Describe the file at *path* (its size is read now, its content when sending).

        Raises:
            OSError: the file does not exist or cannot be read.
        """
        path = Path(path)
        stat = path.stat()
        if not path.is_file():
            raise IsADirectoryError(translate("Compose", "{path} is not a file").format(path=path))
        return cls(path.name, guess_mimetype(path.name), stat.st_size, path=path)

    @classmethod
    def from_bytes(cls, filename: str, content: bytes, mimetype: str | None = None) -> Attachment:
        return cls(filename, mimetype or guess_mimetype(filename), len(content), content=content)

    def read(self) -> bytes:
        """The attachment's bytes.

        Raises:
            OSError: the file on disk vanished or became unreadable since it was attached.
        """
        if self.content is not None:
            return self.content
        assert self.path is not None
        return self.path.read_bytes()


@dataclass
class InlineImage:
    """An image shown inside the formatted body, referenced from the HTML as ``cid:<cid>``."""

    cid: str
    filename: str
    mimetype: str
    content: bytes

    @classmethod
    def create(cls, content: bytes, mimetype: str, filename: str = "") -> InlineImage:
        ext = mimetypes.guess_extension(mimetype) or ".bin"
        cid = f"{uuid.uuid4().hex}@composer"
        return cls(cid, filename or f"image-{cid[:8]}{ext}", mimetype, content)


@dataclass
class ComposedMessage:
    """Everything the user wrote. Address lists hold display strings (``Name <addr>``)."""

    from_addr: str = ""
    to: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    bcc: list[str] = field(default_factory=list)
    reply_to: list[str] = field(default_factory=list)
    subject: str = ""
    text: str = ""
    html: str | None = None  # None: a plain-text message
    attachments: list[Attachment] = field(default_factory=list)
    inline_images: list[InlineImage] = field(default_factory=list)
    #: The spelling dictionary chosen for this message ("": automatic); kept in drafts only.
    spelling_language: str = ""

    @classmethod
    def formatted(cls, html: str, **fields: object) -> ComposedMessage:
        """A formatted message whose text part is generated from *html*."""
        return cls(html=html, text=html_to_text(html), **fields)  # type: ignore[arg-type]

    def recipients(self) -> list[str]:
        """Envelope recipients: To, Cc and Bcc."""
        return [*self.to, *self.cc, *self.bcc]

    def attachments_size(self) -> int:
        return sum(a.size for a in self.attachments) + sum(
            len(i.content) for i in self.inline_images
        )

    def is_empty(self) -> bool:
        return not (
            self.recipients()
            or self.reply_to
            or self.subject.strip()
            or self.text.strip()
            or self.attachments
            or self.inline_images
        )

    def used_inline_images(self) -> list[InlineImage]:
        """Inline images the HTML still references (deleted ones are not sent)."""
        if self.html is None:
            return []
        return [img for img in self.inline_images if f"cid:{img.cid}" in self.html]


def _text_part(text: str, subtype: str) -> MIMENonMultipart:
    part = MIMENonMultipart("text", subtype)
    charset = Charset("utf-8")
    charset.body_encoding = QP  # readable source, safe line lengths for long HTML lines
    part.set_payload(text, charset)
    return part


def _mimetype(mimetype: str) -> str:
    return mimetype if "/" in mimetype.strip("/") else DEFAULT_MIMETYPE


def _related_part(html: str, images: list[InlineImage]) -> MIMEMultipart:
    from composer.mail.message import base64_part
    from composer.mail.safety import add_disposition, check_header_value

    related = MIMEMultipart("related")
    related.attach(_text_part(html, "html"))
    for img in images:
        # The name and Content-ID may come from an opened .eml file: the library checks
        # them like any header (no line break, no NUL) and RFC 2231-encodes the name.
        part = base64_part(img.content, _mimetype(img.mimetype))
        check_header_value("Content-ID", img.cid)
        part.add_header("Content-ID", f"<{img.cid}>")
        add_disposition(part, "inline", img.filename)
        related.attach(part)
    return related


def _file_part(att: Attachment, content: bytes) -> MIMEBase:
    """A text file's part: base64, so it arrives byte for byte (line endings intact).

    The library builds it, so the file name gets the same check as any other attachment.
    """
    from composer.mail.message import base64_part

    return base64_part(content, _mimetype(att.mimetype), att.filename)


_DOMAIN = re.compile(
    r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+"
)


def message_id_for(from_addr: str) -> str:
    """A new Message-ID in the sender's domain, as mail clients make them (this machine's
    name when the sender has no usable domain): ``<time.pid.random@example.com>``."""
    domain = ""
    parsed = parse_addresses(from_addr)
    if len(parsed) == 1 and not parsed[0].error:
        domain = parsed[0].addr.rpartition("@")[2]
        with contextlib.suppress(UnicodeError):
            domain = domain.encode("idna").decode("ascii")
    if not _DOMAIN.fullmatch(domain):
        from composer.mail.utils import DNS_NAME

        domain = DNS_NAME.get_fqdn()
    return make_msgid(domain=domain)


def formatted_email(
    text: str, html: str | None, images: list[InlineImage], *, attachments: bool, **common: object
) -> EmailMessage:
    """The :mod:`composer.mail` message for a body in one of the MIME shapes above, before any
    file is attached; *attachments* says whether files will be. *common* holds the other
    arguments of the message (``subject``, ``from_email``, ``to``, ``headers``, ...).

    The merge builds each row's formatted message with inline images here too.
    """
    from composer.mail import EmailMessage, EmailMultiAlternatives

    built: EmailMessage
    if html is None:
        built = EmailMessage(body=text, **common)  # type: ignore[arg-type]
    elif not images:
        built = EmailMultiAlternatives(
            body=text,
            alternatives=[(html, "text/html")],
            **common,  # type: ignore[arg-type]
        )
    elif not attachments:
        # multipart/alternative[text/plain (the library's), multipart/related[...]]
        built = EmailMessage(body=text, **common)  # type: ignore[arg-type]
        built.mixed_subtype = "alternative"
        built.attach(_related_part(html, images))
    else:
        alternative = MIMEMultipart("alternative")
        alternative.attach(_text_part(text, "plain"))
        alternative.attach(_related_part(html, images))
        built = EmailMessage(body="", **common)  # type: ignore[arg-type]
        built.attach(alternative)
    return built


def build_email(
    msg: ComposedMessage,
    *,
    draft: bool = False,
    connection: BaseEmailBackend | None = None,
    date: str | None = None,
    message_id: str | None = None,
) -> EmailMessage:
    """Build the :mod:`composer.mail` message for *msg*.

    Args:
        draft: a message for storing, not sending: an empty From stays empty.
        date, message_id: fixed values so the stored copy equals what went out; new ones when
            omitted.

    Raises:
        OSError: an attachment can no longer be read.
    """
    headers: dict[str, str] = {
        "Date": date or formatdate(localtime=True),
        "Message-ID": message_id or message_id_for(msg.from_addr),
    }
    if draft and not msg.from_addr:
        headers["From"] = ""  # not the library's default sender: the user chose none yet
    common: dict[str, object] = {
        "subject": msg.subject,
        "from_email": msg.from_addr or None,
        "to": list(msg.to),
        "bcc": list(msg.bcc),
        "cc": list(msg.cc),
        "reply_to": list(msg.reply_to),
        "connection": connection,
        "headers": headers,
    }
    built = formatted_email(
        msg.text, msg.html, msg.used_inline_images(), attachments=bool(msg.attachments), **common
    )
    for att in msg.attachments:
        content = att.read()
        if att.mimetype.startswith("text/"):
            built.attach(_file_part(att, content))
        else:
            built.attach(att.filename, content, att.mimetype)
    return built


# A draft keeps what was typed even where it is not (yet) a valid address: such a field is
# also stored verbatim in this header (RFC 2047 text), which from_eml prefers.
_UNPARSED = "X-Composer-Unparsed-"
_ADDRESS_FIELDS = (("From", "from_addr"), ("To", "to"), ("Cc", "cc"), ("Bcc", "bcc"),
                   ("Reply-To", "reply_to"))  # fmt: skip


def _encode_addresses(displays: list[str]) -> tuple[str, bool]:
    """An ASCII address-list header value (RFC 2047 names, punycoded domains) of the valid
    entries, and whether some entry was invalid (and left out)."""
    encoded, invalid = [], False
    for parsed in parse_addresses(", ".join(displays)):
        if parsed.error:
            invalid = True
            continue
        local, _, domain = parsed.addr.rpartition("@")
        with contextlib.suppress(UnicodeError):
            domain = domain.encode("idna").decode("ascii")
        encoded.append(formataddr((parsed.name, f"{local}@{domain}"), charset="utf-8"))
    return ", ".join(encoded), invalid


def _keepable(msg: ComposedMessage) -> ComposedMessage:
    """*msg* with every header text the mail library would refuse (a line break or NUL in
    the subject, an address, a file name or a Content-ID) made acceptable: such characters
    become spaces.

    Sending such a message fails with a clear error; keeping it as a draft must not, or
    the words around it would be lost. Such text comes from a file system, an opened .eml
    file or the clipboard.
    """
    from composer.mail.safety import BREAKS_OR_NUL

    def fix(text: str) -> str:
        return BREAKS_OR_NUL.sub(" ", text)

    html = msg.html
    images = []
    for img in msg.inline_images:
        if html is not None and fix(img.cid) != img.cid:
            html = html.replace(f"cid:{img.cid}", f"cid:{fix(img.cid)}")
        images.append(dataclasses.replace(img, cid=fix(img.cid), filename=fix(img.filename)))
    return dataclasses.replace(
        msg,
        from_addr=fix(msg.from_addr),
        to=[fix(a) for a in msg.to],
        cc=[fix(a) for a in msg.cc],
        bcc=[fix(a) for a in msg.bcc],
        reply_to=[fix(a) for a in msg.reply_to],
        subject=fix(msg.subject),
        html=html,
        inline_images=images,
        attachments=[dataclasses.replace(a, filename=fix(a.filename)) for a in msg.attachments],
    )


def bcc_header(msg: ComposedMessage) -> str:
    """The Bcc header value a kept copy carries (never part of what is sent)."""
    return _encode_addresses(msg.bcc)[0] if msg.bcc else ""


def to_eml(
    msg: ComposedMessage, *, date: str | None = None, message_id: str | None = None
) -> bytes:
    """Serialise *msg* for keeping (a draft, a Sent copy, Save as): Bcc stays as a header.

    Such a file is never what is sent: :func:`build_email` never writes Bcc. Addresses are
    written here rather than by the mail library, so a half-typed address never stops a
    draft from being saved.
    """
    msg = _keepable(msg)
    bare = dataclasses.replace(msg, from_addr="", to=[], cc=[], bcc=[], reply_to=[])
    message_id = message_id or message_id_for(msg.from_addr)
    built = build_email(bare, draft=True, date=date, message_id=message_id).message()
    del built["From"]
    for header, attr in _ADDRESS_FIELDS:
        value = getattr(msg, attr)
        values = [value] if isinstance(value, str) and value else value or []
        if not values:
            continue
        encoded, invalid = _encode_addresses(values)
        if encoded:
            built[header] = encoded
        if invalid:
            built[_UNPARSED + header] = ", ".join(values)  # the library encodes it
    if valid_language(msg.spelling_language):
        built[SPELLING_HEADER] = valid_language(msg.spelling_language)
    data: bytes = built.as_bytes()
    return data


# Words that suggest a file should be attached (English, Korean, a few more).
_ATTACHMENT_WORDS = re.compile(
    r"\b(attach(ed|ment|ments|ing)?|enclosed|see the file)\b|첨부|파일을 보내|"
    r"\b(anbei|angehängt|pièce jointe|adjunto)\b",
    re.IGNORECASE,
)


def mentions_attachment(text: str) -> bool:
    """Whether *text* (quoted lines ignored) talks about an attached file."""
    own = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(">"))
    return bool(_ATTACHMENT_WORDS.search(own))


# --- reading .eml back --------------------------------------------------------------------


def _display_address(addr: Address) -> str:
    domain = addr.domain
    if "xn--" in domain:
        with contextlib.suppress(UnicodeError):
            domain = domain.encode("ascii").decode("idna")
    spec = f"{addr.username}@{domain}" if domain else addr.username
    return format_address(addr.display_name, spec)


# What Python's header parser raises on some malformed headers (bugs it has, not our input's
# fault); the header is then read as plain text instead.
_HEADER_PARSER_ERRORS = (IndexError, AttributeError, TypeError, ValueError, LookupError)


def _raw_header(parsed: Message, name: str) -> str | None:
    """Header *name* decoded without Python's structured parser (for damaged headers)."""
    for key, value in parsed.raw_items():
        if key.lower() == name.lower():
            text = str(value)
            try:
                return str(email.header.make_header(email.header.decode_header(text)))
            except _HEADER_PARSER_ERRORS:
                return text
    return None


def header_text(parsed: Message, name: str) -> str:
    """Header *name* as text ("" when absent), also when it is malformed."""
    try:
        return str(parsed.get(name, ""))
    except _HEADER_PARSER_ERRORS:
        return _raw_header(parsed, name) or ""


def header_addresses(parsed: Message, name: str) -> list[str]:
    """The addresses of header *name* as display strings (IDN domains in Unicode)."""
    unparsed = header_text(parsed, _UNPARSED + name) or None
    if unparsed is not None:
        return [p.display for p in parse_addresses(unparsed)]
    raw_values = [str(v) for k, v in parsed.raw_items() if k.lower() == name.lower()]
    if any("{{" in v or "{%" in v or "=?" in v for v in raw_values):
        placeholders = _template_entries(raw_values)
        if placeholders is not None:
            return placeholders
    try:
        header = parsed.get(name)
    except _HEADER_PARSER_ERRORS:
        raw = _raw_header(parsed, name)
        return [p.display for p in parse_addresses(raw)] if raw else []
    if header is None:
        return []
    addresses = getattr(header, "addresses", None)
    if addresses is not None and not getattr(header, "defects", ()):
        return [_display_address(a) for a in addresses]
    return [p.display for p in parse_addresses(str(header))]


def _template_entries(raw_values: list[str]) -> list[str] | None:
    """The entries of an address header that holds merge placeholders, as written.

    A mail program (Thunderbird) or a person writes ``{{ 이름 }} <{{ 이메일 }}>`` into a
    template; parsed as an address it would come back quoted (``<"{{ 이메일 }}">``) and no
    longer merge. None when the decoded text has no placeholder.
    """
    text = ", ".join(decode_header_text(v) for v in raw_values)
    if "{{" not in text and "{%" not in text:
        return None
    return split_entries(text)


def _payload_bytes(part: Message) -> bytes:
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def _text_content(part: Message) -> str:
    try:
        content = part.get_content()  # type: ignore[attr-defined]
    except (LookupError, ValueError):  # a charset Python does not know: keep the words
        return _payload_bytes(part).decode("utf-8", "replace")
    return content if isinstance(content, str) else str(content)


class UnreadableMessage(ComposerError, ValueError):
    """The bytes are not a message Composer can read; the text says why, in words."""


def from_eml(data: bytes) -> ComposedMessage:
    """Read an ``.eml`` file back into a :class:`ComposedMessage` (Bcc header included).

    Damage that leaves the words readable (a truncated part, broken base64, an unknown
    charset) is read as well as it can be.

    Raises:
        UnreadableMessage: the file cannot be read as a message at all (nested too deeply
            for Python's parser, or a header that trips it).
    """
    try:
        return _from_eml(data)
    except RecursionError:
        raise UnreadableMessage(
            translate("Compose", "its parts are nested too deeply to be read")
        ) from None
    except Exception as exc:  # the standard library's parser fails in many ways on bad input
        raise UnreadableMessage(
            translate(
                "Compose", "it is not a message Composer can read ({error}: {reason})"
            ).format(error=type(exc).__name__, reason=exc)
        ) from exc


def _from_eml(data: bytes) -> ComposedMessage:
    parsed = email.message_from_bytes(data, policy=email.policy.default)
    msg = ComposedMessage(
        from_addr=", ".join(header_addresses(parsed, "From")),
        to=header_addresses(parsed, "To"),
        cc=header_addresses(parsed, "Cc"),
        bcc=header_addresses(parsed, "Bcc"),
        reply_to=header_addresses(parsed, "Reply-To"),
        subject=header_text(parsed, "Subject"),
        spelling_language=language_in(parsed),
    )
    text: str | None = None
    html: str | None = None

    def walk(part: Message, in_related: bool) -> None:
        nonlocal text, html
        ctype = part.get_content_type()
        disposition = part.get_content_disposition()
        if ctype == "message/rfc822":
            inner = part.get_payload(0)
            content = inner.as_bytes() if isinstance(inner, Message) else b""
            name = part.get_filename() or "message.eml"
            msg.attachments.append(Attachment.from_bytes(name, content, ctype))
            return
        if part.is_multipart():
            for child in part.get_payload():
                assert isinstance(child, Message)
                walk(child, in_related or ctype == "multipart/related")
            return
        cid = (part.get("Content-ID") or "").strip().strip("<>")
        if disposition != "attachment":
            if ctype == "text/plain" and text is None and not part.get_filename():
                text = _text_content(part)
                return
            if ctype == "text/html" and html is None and not part.get_filename():
                html = _text_content(part)
                return
            if cid and (in_related or disposition == "inline"):
                msg.inline_images.append(
                    InlineImage(cid, part.get_filename() or cid, ctype, _payload_bytes(part))
                )
                return
        name = part.get_filename() or f"attachment{len(msg.attachments) + 1}"
        msg.attachments.append(Attachment.from_bytes(name, _payload_bytes(part), ctype))

    walk(parsed, False)
    msg.html = html
    msg.text = text if text is not None else (html_to_text(html) if html is not None else "")
    return msg
