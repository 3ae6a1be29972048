"""The library's MIME parts: checked headers, no ``From``-mangling, base64 that streams.

The tree is built from the standard library's legacy ``email.mime`` classes, like Django,
so every observable detail (charsets, transfer encodings, folding) is the same;
:mod:`composer.mail.fastpath` serialises the common shapes without the generic generator.
"""

from __future__ import annotations

import base64
from email import charset as email_charset
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from typing import Any

from composer.mail import fastpath
from composer.mail.headers import CheckedHeaders
from composer.mail.safety import add_disposition
from composer.mail.safety import check_header_value as _reject_line_breaks

__all__ = [
    "Base64Part",
    "MIMEMixin",
    "SafeMIMEMessage",
    "SafeMIMEMultipart",
    "SafeMIMEText",
    "base64_part",
]

# UTF-8 text goes out as 7bit/8bit, or quoted-printable when a line is too long: never
# base64, which spam filters dislike.
utf8_charset = email_charset.Charset("utf-8")
utf8_charset.body_encoding = None  # type: ignore[assignment]
utf8_charset_qp = email_charset.Charset("utf-8")
utf8_charset_qp.body_encoding = email_charset.QP


class MIMEMixin:
    """Serialisation without ``From``-mangling (Django bug #13433), with a fast path."""

    def as_string(self, unixfrom: bool = False, linesep: str = "\n") -> str:
        """Return the whole message as text; lines starting ``From `` are left alone."""
        return fastpath.as_string(self, unixfrom, linesep)  # type: ignore[arg-type]

    def as_bytes(self, unixfrom: bool = False, linesep: str = "\n") -> bytes:
        """Return the whole message as bytes; lines starting ``From `` are left alone."""
        return fastpath.as_bytes(self, unixfrom, linesep)  # type: ignore[arg-type]


class SafeMIMEMessage(MIMEMixin, CheckedHeaders, MIMEMessage):  # type: ignore[misc]
    """A ``message/rfc822`` part; its own headers must be ASCII (RFC 2046 §5.2.1)."""

    encoding = "ascii"


class SafeMIMEText(MIMEMixin, CheckedHeaders, MIMEText):  # type: ignore[misc]
    """A text part whose body follows the library's charset rules (spec §5.7)."""

    def __init__(self, _text: str, _subtype: str = "plain", _charset: str | None = None) -> None:
        self.encoding = _charset
        MIMEText.__init__(self, _text, _subtype=_subtype, _charset=_charset)

    def set_payload(self, payload: Any, charset: Any = None) -> None:
        if charset == "utf-8" and not isinstance(charset, email_charset.Charset):
            charset = utf8_charset_qp if fastpath.has_long_lines(payload) else utf8_charset
        MIMEText.set_payload(self, payload, charset=charset)


class SafeMIMEMultipart(MIMEMixin, CheckedHeaders, MIMEMultipart):  # type: ignore[misc]
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


class Base64Part(MIMEBase):
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
    part = Base64Part(basetype, subtype, bytes(content))
    if filename:
        add_disposition(part, disposition, filename)
    return part
