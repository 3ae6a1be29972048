"""The MIME structure of a message in a file, found without loading the message.

The debugging server keeps each received message in a temporary file and describes it
from there: :func:`scan` reads the file line by line and returns the tree of parts, each
with its headers (parsed by the standard library) and where its body lies in the file;
:func:`decoded_chunks` then reads one body back, transfer encoding undone, in pieces.
Memory stays bounded by the header blocks and the number of parts, whatever the size of
the message. Part boundaries follow the standard library's parser (RFC 2046: a line
``--boundary`` of any enclosing multipart ends a part, and the line break before it
belongs to it), and the defects found carry its names.
"""

from __future__ import annotations

import binascii
import email.parser
import email.policy
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import BinaryIO

__all__ = ["Part", "decoded_chunks", "scan"]

# Longer lines are read in pieces (SMTP lines are at most 1,000 octets).
_MAX_LINE = 64 * 1024
# Beyond these, the rest is not described (a problem says so), so memory stays bounded.
MAX_HEADER_BYTES = 1024 * 1024
MAX_PARTS = 1000
MAX_DEPTH = 50

_HEADER_LINE = re.compile(rb"From |[\x21-\x39\x3b-\x7e]*:|[\t ]")
_LINE_END = re.compile(rb"(\r\n|\r|\n)\Z")
_BLANK = re.compile(rb"\r\n|\r|\n")
_HEADERS = email.parser.BytesParser(policy=email.policy.default)
_CHUNK = 1024 * 1024
_BASE64_JUNK = re.compile(rb"[^A-Za-z0-9+/=]")


@dataclass
class Part:
    """One MIME part: headers, children or body location, and the defects found."""

    headers: EmailMessage
    start: int = 0  # body offsets in the file; for a multipart, its whole body
    end: int = 0
    children: list[Part] = field(default_factory=list)
    inner: Part | None = None  # the attached message of a message/* part
    defects: list[str] = field(default_factory=list)

    @property
    def content_type(self) -> str:
        return self.headers.get_content_type()

    @property
    def is_container(self) -> bool:
        """Whether the part holds other parts (a multipart with a boundary)."""
        return self.content_type.startswith("multipart/") and bool(self.children)

    @property
    def transfer_encoding(self) -> str:
        return str(self.headers.get("Content-Transfer-Encoding", "")).strip().lower()

    def walk(self) -> Iterator[Part]:
        """This part and every part inside it, attached messages included, in order."""
        yield self
        for child in self.children:
            yield from child.walk()
        if self.inner is not None:
            yield from self.inner.walk()


class _Lines:
    """The file's lines with their offsets, one line of push-back, and the boundary stack.

    A line matching the boundary of any enclosing multipart reads as the end (None) for
    the parts inside it, as in the standard library's parser; :meth:`waiting` then tells
    which boundary line it was, and :meth:`take` consumes it.
    """

    def __init__(self, fp: BinaryIO) -> None:
        self._fp = fp
        self._offset = fp.tell()
        self._back: tuple[int, bytes] | None = None
        self._at_boundary = False
        self.boundaries: list[re.Pattern[bytes]] = []
        self.parts = 0
        self.gave_up = False
        self.previous = b""  # the last line returned

    def next(self) -> tuple[int, bytes] | None:
        if self._back is not None:
            item, self._back = self._back, None
        else:
            line = self._fp.readline(_MAX_LINE)
            if not line:
                self._at_boundary = False
                return None
            item = (self._offset, line)
            self._offset += len(line)
        if item[1].startswith(b"--") and any(b.match(item[1]) for b in self.boundaries):
            self._back = item
            self._at_boundary = True
            return None
        self.previous = item[1]
        return item

    def unread(self, item: tuple[int, bytes]) -> None:
        self._back = item

    def waiting(self) -> bytes | None:
        """After :meth:`next` returned None: the boundary line that stopped it, or None
        at the end of the file."""
        return self._back[1] if self._at_boundary and self._back is not None else None

    def take(self) -> None:
        """Consume the waiting boundary line."""
        self._back = None
        self._at_boundary = False

    @property
    def offset(self) -> int:
        """Where the next line starts."""
        return self._back[0] if self._back is not None else self._offset

    def skip_to_end(self) -> int:
        """Consume lines up to the end (EOF or a boundary); return the end offset."""
        while self.next() is not None:
            pass
        return self.offset

    def give_up(self) -> int:
        """Consume everything to the end of the file, boundaries included."""
        self.gave_up = True
        self.boundaries.clear()
        self._back = None
        self._at_boundary = False
        return self.skip_to_end()


def scan(fp: BinaryIO) -> Part:
    """The tree of parts of the message in *fp* (read from its current position)."""
    root = _part(_Lines(fp), 0)
    if root.content_type.startswith("multipart/") and not root.children:
        root.defects.append("MultipartInvariantViolationDefect")
    return root


def _part(lines: _Lines, depth: int) -> Part:
    lines.parts += 1
    headers, defects = _header_block(lines)
    part = Part(headers, defects=defects)
    part.start = lines.offset
    if lines.parts > MAX_PARTS or depth > MAX_DEPTH:
        part.defects.append(
            f"more than {MAX_PARTS} parts or {MAX_DEPTH} levels: the rest is not described"
        )
        part.end = lines.give_up()
        return part
    maintype = part.content_type.split("/", 1)[0]
    if maintype == "message" and part.content_type != "message/delivery-status":
        part.inner = _part(lines, depth + 1)
        part.end = lines.offset
    elif maintype == "multipart":
        _multipart(lines, part, depth)
    else:
        part.end = lines.skip_to_end()
    return part


def _header_block(lines: _Lines) -> tuple[EmailMessage, list[str]]:
    """Read the header lines and parse them; the blank line after them is consumed."""
    block: list[bytes] = []
    size = 0
    defects: list[str] = []
    first = True
    while (item := lines.next()) is not None:
        line = item[1]
        if first and line.startswith(b"From "):  # an mbox envelope line
            first = False
            continue
        first = False
        if not _HEADER_LINE.match(line):
            if not _BLANK.match(line):
                defects.append("MissingHeaderBodySeparatorDefect")
                lines.unread(item)
            break
        if size + len(line) > MAX_HEADER_BYTES:
            if size <= MAX_HEADER_BYTES:
                defects.append(f"headers over {MAX_HEADER_BYTES:,} bytes: the rest is not shown")
            size += len(line)
            continue
        block.append(line)
        size += len(line)
    headers = _HEADERS.parsebytes(b"".join(block) + b"\r\n", headersonly=True)
    assert isinstance(headers, EmailMessage)
    return headers, defects


def _multipart(lines: _Lines, part: Part, depth: int) -> None:
    boundary = part.headers.get_boundary()
    if boundary is None:
        part.defects.append("NoBoundaryInMultipartDefect")
        part.end = lines.skip_to_end()
        return
    cte = str(part.headers.get("Content-Transfer-Encoding", "8bit")).lower()
    if cte not in ("7bit", "8bit", "binary"):
        part.defects.append("InvalidMultipartContentTransferEncodingDefect")
    separator = re.escape(b"--" + boundary.encode("ascii", "surrogateescape"))
    pattern = re.compile(separator + rb"(?P<end>--)?[ \t]*(\r\n|\r|\n)?\Z")
    # The preamble, up to this multipart's first boundary line; an enclosing multipart's
    # boundary ends it first, even when both have the same boundary.
    match: re.Match[bytes] | None = None
    while (item := lines.next()) is not None:
        match = pattern.match(item[1])
        if match is not None:
            lines.unread(item)
            break
    if match is None or match.group("end"):
        part.defects.append("StartBoundaryNotFoundDefect")  # the preamble is the body
        part.end = lines.offset
        lines.skip_to_end()
        return
    enclosing = list(lines.boundaries)
    lines.boundaries.append(pattern)
    try:
        closed = _subparts(lines, part, pattern, enclosing, depth)
    finally:
        if not lines.gave_up:  # which empties the stack
            lines.boundaries.pop()
    if closed:
        part.end = lines.skip_to_end()  # the epilogue
    else:
        part.end = lines.offset
        if not lines.gave_up:
            part.defects.append("CloseBoundaryNotFoundDefect")


def _subparts(
    lines: _Lines,
    part: Part,
    pattern: re.Pattern[bytes],
    enclosing: list[re.Pattern[bytes]],
    depth: int,
) -> bool:
    """Parse the parts of a multipart from its first boundary line; True if its close
    boundary was seen."""

    def ours() -> re.Match[bytes] | None:
        waiting = lines.waiting()
        if waiting is None or any(p.match(waiting) for p in enclosing):
            return None  # end of file, or an enclosing multipart's boundary
        return pattern.match(waiting)

    lines.next()  # stops at the first boundary line, now waiting
    while True:
        # A boundary line of ours is waiting: consume it, and any that follow at once,
        # close boundaries too (the standard library's reading of RFC 2046). A part
        # follows, empty at the end of the file.
        lines.take()
        while (item := lines.next()) is None and ours() is not None:
            lines.take()
        if item is not None:
            lines.unread(item)
        child = _part(lines, depth + 1)
        part.children.append(child)
        # RFC 2046: the line break before a boundary belongs to the boundary. (Like the
        # standard library, for an attached message it is taken from its body.)
        last = child.inner if child.inner is not None else child
        leaf = last.inner is None and not last.content_type.startswith("multipart/")
        if leaf and last.end > last.start:
            ending = _LINE_END.search(lines.previous)
            if ending is not None:
                last.end -= len(ending.group())
        match = ours()
        if match is None:
            return False
        if match.group("end"):
            lines.take()
            return True


def decoded_chunks(fp: BinaryIO, part: Part) -> Iterator[bytes]:
    """The body of leaf *part*, transfer encoding undone, in pieces of about 1 MiB.

    Defects met on the way (bad base64) are added to ``part.defects``.
    """
    cte = part.transfer_encoding
    if cte == "base64":
        yield from _base64_chunks(_raw_chunks(fp, part.start, part.end), part)
    elif cte == "quoted-printable":
        yield from _qp_chunks(_raw_chunks(fp, part.start, part.end))
    else:
        yield from _raw_chunks(fp, part.start, part.end)


def _raw_chunks(fp: BinaryIO, start: int, end: int) -> Iterator[bytes]:
    position = start
    while position < end:
        fp.seek(position)
        chunk = fp.read(min(_CHUNK, end - position))
        if not chunk:
            return
        position += len(chunk)
        yield chunk


def _base64_chunks(chunks: Iterator[bytes], part: Part) -> Iterator[bytes]:
    carry = b""
    junk = False
    for chunk in chunks:
        clean = _BASE64_JUNK.sub(b"", chunk)
        junk = junk or len(clean) != len(chunk.translate(None, b" \t\r\n"))
        data = carry + clean
        usable = len(data) - len(data) % 4
        carry = data[usable:]
        if usable:
            try:
                yield binascii.a2b_base64(data[:usable])
            except binascii.Error:  # "=" inside the data: not base64 at all
                junk = True
    if junk:
        part.defects.append("InvalidBase64CharactersDefect")
    if carry:
        part.defects.append("InvalidBase64PaddingDefect")
        try:
            yield binascii.a2b_base64(carry + b"==="[: 4 - len(carry)])
        except binascii.Error:
            part.defects.append("InvalidBase64LengthDefect")


def _qp_chunks(chunks: Iterator[bytes]) -> Iterator[bytes]:
    # Quoted-printable is decoded whole lines at a time: a soft line break ("=" at the
    # end of a line) joins a line to the next.
    carry = b""
    for chunk in chunks:
        data = carry + chunk
        cut = data.rfind(b"\n") + 1
        carry = data[cut:]
        if cut:
            yield binascii.a2b_qp(data[:cut])
    if carry:
        yield binascii.a2b_qp(carry)
