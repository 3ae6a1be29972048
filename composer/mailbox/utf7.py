"""IMAP's modified UTF-7 for mailbox names (RFC 3501 section 5.1.3).

``보낸편지함`` goes on the wire as ``&vPSwuNO4ycDVaA-``: printable ASCII stands for itself
(``&`` as ``&-``), anything else is UTF-16BE in base64 with ``,`` for ``/``, between ``&``
and ``-``. Standard library only; the codec Python ships (``utf-7``) is the unmodified one.
"""

from __future__ import annotations

import base64

__all__ = ["decode_mailbox", "encode_mailbox"]


def _printable(ch: str) -> bool:
    return 0x20 <= ord(ch) <= 0x7E


def encode_mailbox(name: str) -> str:
    """*name* in modified UTF-7 (ASCII only)."""
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            raw = "".join(pending).encode("utf-16-be")
            encoded = base64.b64encode(raw).decode("ascii").rstrip("=").replace("/", ",")
            out.append(f"&{encoded}-")
            pending.clear()

    for ch in name:
        if _printable(ch):
            flush()
            out.append("&-" if ch == "&" else ch)
        else:
            pending.append(ch)
    flush()
    return "".join(out)


def decode_mailbox(wire: str) -> str:
    """The mailbox name *wire* (modified UTF-7) stands for; malformed parts stay as they are."""
    out: list[str] = []
    i = 0
    while i < len(wire):
        ch = wire[i]
        end = wire.find("-", i + 1) if ch == "&" else -1
        if ch != "&" or end < 0:
            out.append(ch)
            i += 1
            continue
        chunk = wire[i + 1 : end]
        if not chunk:
            out.append("&")
        else:
            padded = chunk.replace(",", "/") + "=" * (-len(chunk) % 4)
            try:
                out.append(base64.b64decode(padded, validate=True).decode("utf-16-be"))
            except (ValueError, UnicodeDecodeError):  # binascii.Error, or not ASCII at all
                out.append(wire[i : end + 1])  # not ours to correct: keep the server's name
        i = end + 1
    return "".join(out)
