"""Serialising messages: the generic generator, a fast path, and streaming for SMTP.

Three jobs, each proven by tests to give byte-for-byte what the standard library's
``BytesGenerator`` gives:

* :func:`as_bytes` / :func:`as_string`: whole-message serialisation without
  ``From``-mangling; a message whose headers all fit on one line is written directly
  instead of being re-folded header by header.
* :func:`wire_segments` and :func:`iter_dot_stuffed`: the message as it goes on the SMTP
  wire (CRLF, dot-stuffed), with large base64 attachments encoded slice by slice while
  they are sent, so a 100 MB file is never held as a 137 MB string and copied again.
"""

from __future__ import annotations

import base64
import random
import re
import time
from collections.abc import Iterator
from email.generator import BytesGenerator, Generator
from email.message import Message
from email.policy import compat32
from email.utils import formatdate
from io import BytesIO, StringIO
from typing import Any

__all__ = ["Base64Segment", "Segment", "as_bytes", "as_string", "iter_dot_stuffed", "wire_segments"]

# Attachments at least this large are streamed to the socket rather than serialised.
STREAM_THRESHOLD = 256 * 1024

# base64.encodebytes writes 76-character lines, i.e. 57 input bytes a line. Slices of
# 57 * 1024 bytes (about 57 KiB) keep memory small and system calls few.
_LINE_BYTES = 57
_SLICE_BYTES = _LINE_BYTES * 1024

_LEADING_DOT = re.compile(rb"(?m)^\.")


def as_bytes(msg: Message, unixfrom: bool = False, linesep: str = "\n") -> bytes:
    """Serialise *msg* exactly like ``BytesGenerator(mangle_from_=False)`` would."""
    if not unixfrom:
        fast = _leaf_text_bytes(msg, linesep)
        if fast is not None:
            return fast
    fp = BytesIO()
    BytesGenerator(fp, mangle_from_=False).flatten(msg, unixfrom=unixfrom, linesep=linesep)
    return fp.getvalue()


def as_string(msg: Message, unixfrom: bool = False, linesep: str = "\n") -> str:
    """Serialise *msg* like ``Generator(mangle_from_=False)``."""
    fp = StringIO()
    Generator(fp, mangle_from_=False).flatten(msg, unixfrom=unixfrom, linesep=linesep)
    return fp.getvalue()


# -- the fast path --------------------------------------------------------------------------
#
# compat32 folds every header through email.header.Header on output, which is most of the
# cost of a small message. For a value of printable ASCII that fits on one line with its
# name (at most 78 characters) and does not end in a space, that folding returns the value
# unchanged; the tests check this claim against Header itself.

_PRINTABLE = re.compile(r"[\x20-\x7e]*\Z")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_MAX_HEADER_LINE = 78

#: The most octets a line may have before UTF-8 text is sent quoted-printable (RFC 5322).
LINE_LENGTH_LIMIT = 998


def stores_verbatim(name: str, value: object) -> bool:
    """Whether a header value is stored unchanged by the checked ``__setitem__``.

    True for printable ASCII without line breaks (a Subject must also fit on one line,
    since it is otherwise folded when stored).
    """
    if type(value) is not str or not _PRINTABLE.match(value):
        return False
    if name.lower() == "subject":
        return len(value) <= _MAX_HEADER_LINE and not value.endswith(" ")
    return True


def _folds_to_itself(name: str, value: object) -> bool:
    return (
        type(value) is str
        and len(name) + 2 + len(value) <= _MAX_HEADER_LINE
        and not value.endswith(" ")
        and _PRINTABLE.match(value) is not None
    )


def _leaf_text_bytes(msg: Message, linesep: str) -> bytes | None:
    """Serialise a single text part whose headers need no folding; None otherwise."""
    payload = msg.__dict__.get("_payload")
    if type(payload) is not str or msg.policy is not compat32:
        return None
    lines = []
    content_type = None
    for name, value in msg._headers:  # type: ignore[attr-defined]
        if not _folds_to_itself(name, value):
            return None
        if content_type is None and name.lower() == "content-type":
            content_type = value
        lines.append(f"{name}: {value}{linesep}")
    if content_type is None or not content_type.lstrip().lower().startswith("text/"):
        return None
    body = _LINE_BREAK.sub(linesep, payload) if ("\n" in payload or "\r" in payload) else payload
    return ("".join(lines) + linesep + body).encode("ascii", "surrogateescape")


def has_long_lines(text: str) -> bool:
    """Whether a line of *text* is over 998 octets in UTF-8 (then it goes quoted-printable)."""
    # No line can be too long when the whole text is short enough. Anything but a str
    # goes the long way, to fail where Django's check fails.
    if type(text) is str and len(text) * 4 <= LINE_LENGTH_LIMIT:
        return False
    return any(
        len(line.encode(errors="surrogateescape")) > LINE_LENGTH_LIMIT for line in text.splitlines()
    )


_text_templates: dict[tuple[type[Message], str, str], dict[str, Any]] = {}


def text_part(cls: type[Message], text: Any, subtype: str, encoding: str) -> Message | None:
    """A UTF-8 text part built from a cached template, or None to build it the slow way.

    The slow way (``MIMEText.__init__``) parses and re-writes the Content-Type header and
    probes the payload; for UTF-8 text without over-long lines its outcome depends only
    on the subtype and on whether the text is ASCII, so the result is copied from a part
    built once the slow way, with the payload put in. A test compares both ways.
    """
    # Django special-cases only the string "utf-8" (a Charset object takes the registry's
    # rules), so the fast path does too.
    if type(encoding) is not str or encoding != "utf-8" or type(text) is not str:
        return None
    if has_long_lines(text):
        return None
    if text.isascii():
        payload, cte = text, "7bit"
    else:
        payload, cte = text.encode("utf-8").decode("ascii", "surrogateescape"), "8bit"
    key = (cls, subtype, cte)
    template = _text_templates.get(key)
    if template is None:
        sample = cls("x" if cte == "7bit" else "\u00e9", subtype, "utf-8")  # type: ignore[call-arg, arg-type]
        template = dict(sample.__dict__)
        _text_templates[key] = template
    part = cls.__new__(cls)
    state = part.__dict__
    state.update(template)
    state["_headers"] = list(template["_headers"])
    state["defects"] = []
    state["_payload"] = payload
    return part


_date_cache: tuple[int, bool, str] = (-1, False, "")


def formatdate_now(localtime: bool) -> str:
    """``email.utils.formatdate(localtime=...)`` for now, computed once a second."""
    global _date_cache
    now = int(time.time())
    second, local, text = _date_cache
    if second != now or local != localtime:
        text = formatdate(now, localtime=localtime)
        _date_cache = (now, localtime, text)
    return text


# -- streaming for SMTP -------------------------------------------------------------------


class Base64Segment:
    """A base64 attachment body, encoded on demand with CRLF line ends."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def __len__(self) -> int:
        n = len(self.data)
        lines = -(-n // _LINE_BYTES)
        return 4 * -(-n // 3) + 2 * lines

    def chunks(self) -> Iterator[bytes]:
        view = memoryview(self.data)
        for start in range(0, len(view), _SLICE_BYTES):
            encoded = base64.encodebytes(view[start : start + _SLICE_BYTES])
            yield encoded.replace(b"\n", b"\r\n")


Segment = bytes | Base64Segment


def utf8_header_value(msg: Message) -> str | None:
    """The first top-level header value carrying raw UTF-8 (an RFC 6532 address), or None."""
    for _name, value in msg.raw_items():
        if isinstance(value, str) and not value.isascii():
            return value.encode("ascii", "surrogateescape").decode("utf-8", "replace")
    return None


def wire_segments(msg: Message) -> list[Segment]:
    """The message as it goes on the wire (CRLF line ends), before dot-stuffing.

    ``b"".join`` of the segments (base64 segments expanded) equals
    ``msg.as_bytes(linesep="\\r\\n")``; large base64 attachments stay unencoded until
    :func:`iter_dot_stuffed` reaches them.
    """
    if not _has_large_part(msg):
        return [as_bytes(msg, linesep="\r\n")]
    out: list[Segment] = []
    _stream_part(msg, out, compat32.clone(linesep="\r\n"))
    return out


def iter_dot_stuffed(segments: list[Segment]) -> Iterator[bytes]:
    """Yield the segments' bytes with RFC 5321 dot-stuffing applied.

    Every segment starts at a line boundary, so each can be stuffed on its own; base64
    text never contains a dot.
    """
    for segment in segments:
        if isinstance(segment, Base64Segment):
            yield from segment.chunks()
        else:
            yield _LEADING_DOT.sub(b"..", segment)


def _large_raw(part: Message) -> bytes | None:
    raw = part.__dict__.get("_raw")
    if isinstance(raw, bytes) and len(raw) >= STREAM_THRESHOLD:
        return raw
    return None


def _is_container(msg: Message) -> bool:
    # Only multipart/* is written with boundaries; a message/rfc822 part is written whole.
    return msg.is_multipart() and msg.get_content_maintype() == "multipart"


def _has_large_part(msg: Message) -> bool:
    if _is_container(msg):
        parts: list[Message] = msg.get_payload()  # type: ignore[assignment]
        return any(_has_large_part(p) for p in parts)
    return _large_raw(msg) is not None


def _header_block(msg: Message, policy: Any) -> bytes:
    # What BytesGenerator._write_headers writes: each header folded, then a blank line.
    folded: list[bytes] = [policy.fold_binary(name, value) for name, value in msg.raw_items()]
    linesep: str = policy.linesep
    return b"".join(folded) + linesep.encode("ascii")


def _render(msg: Message, policy: Any) -> bytes:
    fp = BytesIO()
    BytesGenerator(fp, mangle_from_=False, policy=policy).flatten(msg, unixfrom=False)
    return fp.getvalue()


def _lines(text: str, linesep: str) -> bytes:
    # Generator._write_lines: split on any line break, rejoin with linesep.
    if not text:
        return b""
    parts = re.split(r"\r\n|\r|\n", text)
    out = linesep.join(parts[:-1]) + linesep if len(parts) > 1 else ""
    out += parts[-1]
    return out.encode("ascii", "surrogateescape")


def _stream_part(msg: Message, out: list[Segment], policy: Any) -> None:
    """Append *msg*'s wire form to *out*, mirroring ``BytesGenerator`` exactly."""
    nl = policy.linesep
    raw = _large_raw(msg)
    if raw is not None:
        out.append(_header_block(msg, policy))
        out.append(Base64Segment(raw))
        return
    if not _is_container(msg) or not _has_large_part(msg):
        out.append(_render(msg, policy))
        return
    subparts: list[Message] = msg.get_payload()  # type: ignore[assignment]
    # Render the small subparts first, as the generator does, so that a new boundary can
    # be checked against their text.
    rendered: list[list[Segment]] = []
    for part in subparts:
        segs: list[Segment] = []
        _stream_part(part, segs, policy)
        rendered.append(segs)
    boundary = msg.get_boundary()
    if not boundary:
        text = b"".join(s for segs in rendered for s in segs if isinstance(s, bytes))
        boundary = _new_boundary(text)
        msg.set_boundary(boundary)
    out.append(_header_block(msg, policy))
    body = b""
    if msg.preamble is not None:
        body += _lines(msg.preamble, nl) + nl.encode()
    body += f"--{boundary}{nl}".encode("ascii")
    out.append(body)
    for index, segs in enumerate(rendered):
        if index:
            out.append(f"{nl}--{boundary}{nl}".encode("ascii"))
        out.extend(segs)
    out.append(f"{nl}--{boundary}--{nl}".encode("ascii"))
    if msg.epilogue is not None:
        out.append(_lines(msg.epilogue, nl))


def _new_boundary(text: bytes) -> str:
    # The generator's scheme: fifteen '=' and a random number, checked against the text.
    token = random.randrange(10**19)
    boundary = f"{'=' * 15}{token:019d}=="
    candidate = boundary
    counter = 0
    pattern = re.compile(rb"^--" + re.escape(candidate.encode()) + rb"(--)?$", re.MULTILINE)
    while pattern.search(text):
        candidate = f"{boundary}.{counter}"
        counter += 1
        pattern = re.compile(rb"^--" + re.escape(candidate.encode()) + rb"(--)?$", re.MULTILINE)
    return candidate
