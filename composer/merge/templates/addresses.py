"""Addresses in a merge template: split the template, never the rendered text.

A value from a data file is data. If an address field were rendered as text and then parsed
as an address list, a cell holding ``Evil <evil@attacker.test>, Kim`` or ``Kim\\r\\nBcc: ...``
would add recipients. So the template's own address list is split first
(:func:`split_entries`), each entry into its display-name part and its address part
(:func:`split_entry`); each part is rendered on its own, and the mailbox is built from the
parts (:func:`format_mailbox`): the name becomes one quoted phrase, whatever it holds, and the
address part must be exactly one addr-spec (:func:`is_addr_spec`). An entry that is a single
placeholder (``{{ parent }}``) may hold ``Name <addr>`` but never more than one mailbox.
"""

from __future__ import annotations

import re
import unicodedata

from composer.compose.fieldsplit import split_entries, split_entry, unquote_name

__all__ = [
    "as_written",
    "format_mailbox",
    "has_control",
    "is_addr_spec",
    "one_mailbox",
    "printable",
    "split_entries",
    "split_entry",
]

# Characters no address may hold: RFC 5322 specials, space, and every control, format,
# separator or unassigned code point (a U+2028 or a NUL is a line break to someone).
_ASCII_ATEXT = set(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~-"
)
_BAD_CATEGORIES = ("C", "Z")
_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\Z")
# Names left unquoted: words of letters (any script), digits, and ' - _ between spaces.
_PLAIN_NAME = re.compile(r"[\w'-]+(?: [\w'-]+)*\Z")
_BREAKS = re.compile("[\x00-\x08\x0a-\x1f\x7f\x85\u2028\u2029]")


def _ok_char(c: str, ascii_set: set[str]) -> bool:
    if c < "\x80":
        return c in ascii_set
    return not unicodedata.category(c).startswith(_BAD_CATEGORIES)


def has_control(text: str) -> bool:
    """Whether *text* holds a line break, a NUL or another control character (not tab)."""
    return _BREAKS.search(text) is not None


def printable(text: str, limit: int = 80) -> str:
    """*text* as one visible line for a message to the user: breaks and controls shown."""
    shown = []
    for c in text:
        if c in "\r\n":
            shown.append("⏎")
        elif c == "\t" or c == " ":
            shown.append(" ")
        elif unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"):
            shown.append(f"\\u{ord(c):04x}")
        else:
            shown.append(c)
    out = "".join(shown)
    return out if len(out) <= limit else out[: limit - 1] + "…"


_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_HOST = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
# The everyday ASCII address, decided by one regular expression (the rest by hand below).
_ASCII_ADDRESS = re.compile(rf"{_ATOM}(?:\.{_ATOM})*@(?:{_HOST}\.)+(?P<tld>{_HOST})\Z")


def is_addr_spec(text: str) -> bool:
    """Whether *text* is exactly one deliverable addr-spec (``local@domain.tld``).

    The local part is a dot-atom (non-ASCII letters allowed, RFC 6532); the domain is at
    least two labels of letters, digits and hyphens (or non-ASCII letters that IDNA can
    encode), with a top-level label of two or more characters that is not all digits.
    """
    if text.isascii():
        m = _ASCII_ADDRESS.match(text)
        if m is None or len(text) > 254 or text.index("@") > 64:
            return False
        tld = m.group("tld")
        return len(tld) >= 2 and not tld.isdigit()
    return general_is_addr_spec(text)


def general_is_addr_spec(text: str) -> bool:
    """:func:`is_addr_spec` for any text, character by character (the slow path)."""
    if len(text) > 254 or text.count("@") != 1:
        return False
    local, domain = text.split("@")
    if not local or len(local.encode("utf-8")) > 64:
        return False
    for atom in local.split("."):
        if not atom or not all(_ok_char(c, _ASCII_ATEXT) for c in atom):
            return False
    labels = domain.split(".")
    if len(labels) < 2 or len(labels[-1]) < 2 or labels[-1].isdigit():
        return False
    if domain.isascii():
        return all(_LABEL.match(label) for label in labels)
    if not all(label and all(c.isalnum() or c == "-" for c in label) for label in labels):
        return False
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        return False
    return all(_LABEL.match(label) for label in ascii_domain.split("."))


def _clean_name(name: str) -> str:
    return " ".join(name.split())


# Text a mail reader decodes as an RFC 2047 encoded word (=?charset?B?...?=), even inside
# quotes (Gmail and Outlook do).
_ENCODED_WORD_LIKE = re.compile(r"=\?[^?\s]*\?[bBqQ]\?")
_WORD_CHARS = 30  # characters per encoded word: well under 75 octets once encoded


def as_written(text: str, *, words: bool = True) -> str:
    """*text* for a header, shown by mail readers exactly as written: a value holding what
    looks like an encoded word (a cell with ``=?utf-8?b?...?=``) is itself encoded, so the
    reader decodes it back to these characters, not to what they would spell. Anything
    else is returned unchanged (the mail library encodes it as usual). With *words* False
    the text is one encoded word (a display name: some readers keep the space between words
    there, against RFC 2047)."""
    if not _ENCODED_WORD_LIKE.search(text):
        return text
    from email.header import Header

    if not words:
        return Header(text, "utf-8").encode(maxlinelen=0)

    # Encoded words separated by a space are joined again without it when read.
    chunks = [text[i : i + _WORD_CHARS] for i in range(0, len(text), _WORD_CHARS)]
    return " ".join(Header(chunk, "utf-8").encode(maxlinelen=0) for chunk in chunks)


def format_mailbox(name: str, address: str) -> str:
    """``Name <address>``, the name always one phrase: quoted (and escaped) unless it is
    plain words (or encoded, when it looks like an encoded word: :func:`as_written`).
    *address* must already be a valid addr-spec."""
    name = _clean_name(name)
    if not name:
        return address
    if _ENCODED_WORD_LIKE.search(name):
        return f"{as_written(name, words=False)} <{address}>"
    if not _PLAIN_NAME.match(name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{address}>"


_ONE_NAMED = re.compile(r"(?P<name>[^<>]*)<(?P<addr>[^<>]*)>\s*\Z", re.DOTALL)


def one_mailbox(text: str) -> tuple[str, str] | None:
    """(display name, addr-spec) if *text* is exactly one mailbox, else None.

    Accepts ``addr`` and ``Name <addr>``, where the name may hold anything but angle
    brackets and control characters (``Kim, Chulsoo <k@example.kr>`` is one person).
    """
    text = text.strip()
    if is_addr_spec(text):
        return "", text
    m = _ONE_NAMED.match(text)
    if m is None:
        return None
    name, addr = m.group("name").strip(), m.group("addr").strip()
    if has_control(name) or not is_addr_spec(addr):
        return None
    return _clean_name(unquote_name(name)), addr
