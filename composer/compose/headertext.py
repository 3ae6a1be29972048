"""Header values as any mail program or person wrote them, read as plain text.

A header may hold raw 8-bit text (RFC 6532, or CP949 from Korean Windows), folded lines, and
RFC 2047 encoded words anywhere, even inside quotes or angle brackets, where Python's parser
leaves them alone. Used to read ``.eml`` files back: drafts, templates, opened messages.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re

__all__ = ["decode_8bit", "decode_header_text"]

_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")
_BETWEEN_WORDS = re.compile(r"(=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=)\s+(?==\?[^?\s]+\?[bBqQ]\?)")
_FOLD = re.compile(r"\r?\n(?=[ \t])")


def _decode_word(match: re.Match[str]) -> str:
    charset, kind, data = match.group(1), match.group(2).lower(), match.group(3)
    charset = charset.split("*", 1)[0]  # RFC 2231 language suffix
    try:
        if kind == "b":
            raw = base64.b64decode(data + "=" * (-len(data) % 4))
        else:
            raw = quopri.decodestring(data.replace("_", " ").encode("ascii"), header=False)
        return raw.decode(charset, errors="replace")
    except (LookupError, binascii.Error, ValueError, UnicodeError):
        return match.group(0)


def decode_8bit(raw: bytes) -> str:
    """Text whose charset nobody said: UTF-8 (RFC 6532), else Korean Windows' CP949, else
    Latin-1, which decodes anything."""
    for encoding in ("utf-8", "cp949"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def decode_header_text(value: str) -> str:
    """A raw header value (8-bit bytes carried as surrogate escapes) as plain text."""
    text = decode_8bit(value.encode("ascii", "surrogateescape"))
    text = _FOLD.sub("", text).replace("\r", "").replace("\n", " ")
    # RFC 2047: white space between two encoded words is not part of the text.
    text = _BETWEEN_WORDS.sub(r"\1", text)
    # Some writers quote an encoded word ("=?UTF-8?B?...?="): decode it all the same.
    text = re.sub(r'"(=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=)"', r"\1", text)
    return _ENCODED_WORD.sub(_decode_word, text).strip()
