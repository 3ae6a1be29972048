"""How the debugging server shows a message: headers, structure, text parts, attachments.

Everything is read from the message's file part by part (:mod:`composer.mail.mimescan`)
and written out line by line, so a message of any size is shown without being held in
memory: a text part is decoded once to measure it (size, charset, lines) and, when shown
in full, once more while it is written.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from email.message import EmailMessage
from typing import BinaryIO, TextIO

from composer.mail import mimescan

__all__ = ["Out", "describe", "visible_recipients"]

# Non-plain text parts (HTML above all) are previewed only; --save keeps every byte.
PREVIEW_LINES = 40
PREVIEW_CHARS = 4000
THIN_RULE = "-" * 72
# A line longer than this is written in pieces rather than held whole.
_PIECE = 64 * 1024

# Control characters from a message could move the cursor or recolour the terminal.
_CONTROL_ESCAPES = {
    code: f"\\x{code:02x}" for code in (*range(0x20), *range(0x7F, 0xA0)) if code != 0x09
}


def printable(text: str) -> str:
    """Escape control characters so a message cannot steer the terminal."""
    return text.translate(_CONTROL_ESCAPES)


class Out:
    """Writes lines to a stream, control characters escaped, degrading characters the
    stream's encoding cannot carry instead of failing."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def line(self, text: str = "") -> None:
        self.piece(text)
        self._write("\n")

    def piece(self, text: str) -> None:
        """Part of a line; :meth:`line` ends it."""
        self._write(printable(text))

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
        except UnicodeEncodeError:
            encoding = getattr(self.stream, "encoding", None) or "ascii"
            self.stream.write(text.encode(encoding, errors="backslashreplace").decode(encoding))


def visible_recipients(headers: EmailMessage) -> set[str]:
    """Lower-cased addresses named in the To and Cc headers."""
    import email.utils

    values = [str(value) for name in ("To", "Cc") for value in headers.get_all(name, [])]
    return {addr.lower() for _, addr in email.utils.getaddresses(values) if addr}


def describe(out: Out, fp: BinaryIO, root: mimescan.Part) -> None:
    """Decoded headers, MIME structure, text parts, attachments, and problems found."""
    for name, value in root.headers.items():
        out.line(f"{name}: {value}")
    out.line(THIN_RULE)
    out.line(f"Structure: {_structure(root)}")
    attachments: list[str] = []
    for part in _leaves(root):
        disposition = part.headers.get_content_disposition()
        if part.content_type.startswith("text/") and disposition != "attachment":
            _text_part(out, fp, part)
        else:
            attachments.append(_attachment_line(fp, part))
    if attachments:
        out.line(f"Attachments ({len(attachments)}):")
        for line in attachments:
            out.line(line)
    problems = [
        f"{part.content_type}: {defect}"
        for part in root.walk()
        for defect in [*map(_defect_name, part.headers.defects), *part.defects]
    ]
    for value in root.headers.values():
        problems += [f"header: {_defect_name(d)}" for d in getattr(value, "defects", ())]
    if problems:
        out.line("Problems found by the parser:")
        for problem in dict.fromkeys(problems):
            out.line(f"  {problem}")


def _leaves(part: mimescan.Part) -> Iterator[mimescan.Part]:
    """Every non-multipart part in order; attached messages count as one leaf each."""
    if part.is_container:
        for child in part.children:
            yield from _leaves(child)
    else:
        yield part


def _structure(part: mimescan.Part) -> str:
    """The MIME tree on one line, e.g. ``multipart/mixed [text/plain, image/png]``."""
    if part.is_container:
        return f"{part.content_type} [{', '.join(_structure(c) for c in part.children)}]"
    return part.content_type


def _defect_name(defect: Exception) -> str:
    detail = str(defect)
    return f"{type(defect).__name__}: {detail}" if detail else type(defect).__name__


def _attachment_line(fp: BinaryIO, part: mimescan.Part) -> str:
    """One attachment: file name, content type, decoded size and how it is attached."""
    headers = part.headers
    name = headers.get_filename() or headers.get_param("name")
    extras = [headers.get_content_disposition() or "no Content-Disposition"]
    if headers.get("Content-ID"):
        extras.append(f"Content-ID {headers['Content-ID']}")
    if part.inner is not None:
        # An attached message: its size as received, and which message it is.
        size = part.inner.end - part.start
        extras.append(f"subject {str(part.inner.headers.get('Subject', ''))!r}")
    else:
        size = sum(len(chunk) for chunk in mimescan.decoded_chunks(fp, part))
    label = str(name) if name else "(no file name)"
    return f"  {label} ({part.content_type}, {size:,} bytes; {', '.join(extras)})"


def _text_part(out: Out, fp: BinaryIO, part: mimescan.Part) -> None:
    """A heading describing a text part, then its decoded text (previewed unless plain)."""
    charset = part.headers.get_content_charset() or "us-ascii"
    cte = str(part.headers.get("Content-Transfer-Encoding", "7bit")).lower()
    notes = [cte]
    try:
        codecs.lookup(charset)
        codec = charset
    except LookupError:
        codec = "utf-8"
    plain = part.content_type == "text/plain"
    size, valid, count, preview = _measure(fp, part, codec, 0 if plain else PREVIEW_LINES)
    notes.append(f"{size:,} bytes")
    if codec != charset:
        notes.append(f"unknown charset {charset!r}, shown as UTF-8")
    elif not valid:
        notes.append(f"not valid {charset}; bad bytes shown as \ufffd")
    if plain:
        out.line(f"----- {part.content_type}; charset={charset} ({', '.join(notes)}) -----")
        for piece, ends_line in _pieces(_decoded_text(fp, part, codec)):
            out.piece(piece)
            if ends_line:
                out.line()
        return
    lengths = [length for _text, length in preview]
    shown = len(preview)
    while shown > 1 and sum(lengths[:shown]) > PREVIEW_CHARS:
        shown -= 1
    if shown < count:
        notes.append(f"first {shown} of {count} lines shown")
    out.line(f"----- {part.content_type}; charset={charset} ({', '.join(notes)}) -----")
    for index, (text, length) in enumerate(preview[:shown]):
        if index == shown - 1 and length > PREVIEW_CHARS:
            text = text[:PREVIEW_CHARS] + " [...]"
        out.line(text)


def _measure(
    fp: BinaryIO, part: mimescan.Part, codec: str, keep: int
) -> tuple[int, bool, int, list[tuple[str, int]]]:
    """Decoded size, whether it is valid in *codec*, its number of lines, and its first
    *keep* lines (each cut after PREVIEW_CHARS + 1 characters, with its true length)."""
    size = 0
    strict = codecs.getincrementaldecoder(codec)()
    valid = True
    lenient = codecs.getincrementaldecoder(codec)(errors="replace")
    count = 0
    preview: list[tuple[str, int]] = []
    current, length = "", 0

    def chunks() -> Iterator[str]:
        nonlocal size, valid
        for chunk in mimescan.decoded_chunks(fp, part):
            size += len(chunk)
            if valid:
                try:
                    strict.decode(chunk)
                except UnicodeDecodeError:
                    valid = False
            yield lenient.decode(chunk)
        if valid:
            try:
                strict.decode(b"", final=True)
            except UnicodeDecodeError:
                valid = False
        yield lenient.decode(b"", final=True)

    for piece, ends_line in _pieces(chunks()):
        if len(preview) < keep:
            current += piece[: PREVIEW_CHARS + 1 - len(current)]
            length += len(piece)
        if ends_line:
            count += 1
            if len(preview) < keep:
                preview.append((current, length))
            current, length = "", 0
    return size, valid, count, preview


def _decoded_text(fp: BinaryIO, part: mimescan.Part, codec: str) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder(codec)(errors="replace")
    for chunk in mimescan.decoded_chunks(fp, part):
        yield decoder.decode(chunk)
    yield decoder.decode(b"", final=True)


def _pieces(texts: Iterator[str]) -> Iterator[tuple[str, bool]]:
    """Split text into lines as ``text.replace("\\r\\n", "\\n").split("\\n")`` would, less
    an empty last one; yields ``(piece, ends_line)``, a long line in several pieces."""
    pending = ""
    started = False  # part of the current line was yielded already
    for text in texts:
        pending += text
        *lines, pending = pending.split("\n")
        for line in lines:
            yield (line[:-1] if line.endswith("\r") else line), True
            started = False
        if len(pending) > _PIECE:
            # Keep a final CR back: a LF may follow in the next text.
            cut = len(pending) - 1 if pending.endswith("\r") else len(pending)
            yield pending[:cut], False
            pending = pending[cut:]
            started = True
    if pending or started:
        yield pending, True
