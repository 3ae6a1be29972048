"""Keeping data from becoming syntax: header lines, MIME parameters, SMTP command arguments.

Every check on a string that ends up in a header block or on the SMTP command line lives
here, so the message builder, the SMTP backend and code that builds MIME parts itself (the
Composer app's attachments) apply one rule:

* a header value may not hold a line break of any kind Python knows (each would start a
  new header line) nor NUL (many mail programs read it as the end of the text);
* an address on the SMTP command line is one addr-spec: no space, no ``<`` or ``>``, no
  control or other invisible character, so it can never end the path early and add an
  ESMTP parameter (``NOTIFY=NEVER``) or a command;
* a file name goes into ``Content-Disposition`` quoted, or RFC 2231-encoded when it is not
  ASCII, after the header-value check.
"""

from __future__ import annotations

import re
from email.message import Message
from typing import Any

__all__ = [
    "BREAKS_OR_NUL",
    "LINE_BREAKS",
    "BadHeaderError",
    "add_disposition",
    "check_addr_spec",
    "check_address_text",
    "check_header_value",
]


class BadHeaderError(ValueError):
    """A header name or value would break the header block (a line break, for instance)."""


# Everything str.splitlines() (and so email.header.Header) treats as a line break: each of
# these would start a new header line, not only CR and LF (Django checks just those two).
LINE_BREAKS = re.compile("[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
#: What a header value may not hold: any line break, and NUL.
BREAKS_OR_NUL = re.compile("[\x00\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def check_header_value(name: str, value: str) -> None:
    """Raise :class:`BadHeaderError` if *value* holds a line break or NUL.

    Args:
        name: the header the value is for, named in the error.
    """
    found = BREAKS_OR_NUL.search(value)
    if found is None:
        return
    if found.group() == "\x00":
        raise BadHeaderError(
            f"Header values can't contain NUL characters (got {value!r} for header {name!r})"
        )
    raise BadHeaderError(
        f"Header values can't contain newlines (got {value!r} for header {name!r})"
    )


def check_addr_spec(addr_spec: str, given: object) -> None:
    """Raise ``ValueError`` unless *addr_spec* is safe between ``<`` and ``>`` in SMTP.

    Quoted local parts may legally hold spaces and angle brackets (RFC 5321), but a server
    that splits the command at the first space or ``>`` would read the rest as ESMTP
    parameters, so such addresses are refused, as are control and invisible characters.

    Args:
        given: the address as the caller gave it, named in the error.
    """
    if addr_spec.isprintable() and not any(c in addr_spec for c in " <>"):
        return
    if LINE_BREAKS.search(addr_spec):
        raise ValueError("Invalid address; address parts cannot contain newlines.")
    raise ValueError(
        f"Invalid address {given!r}: an address cannot contain spaces, '<', '>' or "
        "control characters."
    )


def check_address_text(text: str, given: object) -> None:
    """Raise ``ValueError`` if an address as given holds an invisible or control character.

    Such characters never belong in an address, and parsers and the IDNA codec would
    silently drop or change them (``ex\u00adample.org`` becomes ``example.org``), so the
    address sent would not be the address shown.

    Args:
        text: the address part (without the display name) as the caller typed it.
        given: the whole address as given, named in the error.
    """
    if "\t" in text:
        text = text.replace("\t", " ")  # folding white space, as in a header
    if text.isprintable():
        return
    if LINE_BREAKS.search(text):
        raise ValueError("Invalid address; address parts cannot contain newlines.")
    raise ValueError(
        f"Invalid address {given!r}: an address cannot contain control or invisible characters."
    )


def add_disposition(part: Message, disposition: str, filename: Any) -> None:
    """Add ``Content-Disposition: <disposition>; filename=...`` to *part*.

    An ASCII name is quoted (``"`` and ``\\`` escaped); any other is RFC 2231-encoded
    (``filename*=utf-8''...``, every byte outside a few safe ones percent-encoded), which
    is what mail programs expect for Korean names.

    Raises:
        BadHeaderError: the name holds a line break or NUL.
        AttributeError: the name is not a ``str`` (as Django).
    """
    check_header_value("Content-Disposition", str(filename))
    try:
        filename.encode("ascii")
        param: Any = filename
    except UnicodeEncodeError:
        # A name read from a disk in another encoding holds lone surrogates, which UTF-8
        # cannot carry: they become "?" rather than an error at sending time.
        param = ("utf-8", "", filename.encode("utf-8", "replace").decode("utf-8"))
    part.add_header("Content-Disposition", disposition, filename=param)
