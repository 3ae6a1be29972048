"""Header values: checked for line breaks and encoded for the header block (spec §5.6).

Every header set on one of the library's MIME parts goes through :class:`CheckedHeaders`:
the name must be a valid field name, the value may carry no line break or NUL (else
:class:`BadHeaderError`), and a non-ASCII value is encoded (:func:`forbid_multi_line_headers`).
"""

from __future__ import annotations

import re
from email.header import Header
from email.policy import compat32
from email.utils import getaddresses
from typing import Any

from composer.mail import fastpath
from composer.mail.addresses import sanitize_address
from composer.mail.conf import settings
from composer.mail.safety import BadHeaderError
from composer.mail.safety import check_header_value as _reject_line_breaks

__all__ = [
    "ADDRESS_HEADERS",
    "SINGLE_INSTANCE_HEADERS",
    "CheckedHeaders",
    "check_header_name",
    "forbid_multi_line_headers",
]

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

# RFC 5322 field names: printable US-ASCII except the colon.
_FIELD_NAME = re.compile(r"[!-9;-~]+\Z")


def check_header_name(name: str) -> None:
    if not isinstance(name, str) or not _FIELD_NAME.match(name):
        raise BadHeaderError(
            f"Invalid header name {name!r}: a header name is printable ASCII without "
            "spaces or colons."
        )


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


class CheckedHeaders:
    """Every header set with ``msg[name] = value`` is checked and encoded."""

    encoding: str | None

    def __setitem__(self, name: str, val: Any) -> None:
        if name not in _CHECKED_NAMES:
            check_header_name(name)
            if len(_CHECKED_NAMES) < 1024:
                _CHECKED_NAMES.add(name)
        if fastpath.stores_verbatim(name, val) and self.policy is compat32:  # type: ignore[attr-defined]
            # What forbid_multi_line_headers and compat32 would store, without the work.
            self._headers.append((name, val))  # type: ignore[attr-defined]
            return
        name, val = forbid_multi_line_headers(name, val, self.encoding)
        super().__setitem__(name, val)  # type: ignore[misc]


_CHECKED_NAMES: set[str] = set()
