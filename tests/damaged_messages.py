"""Damaged ``.eml`` files, as they arrive from old mail programs, broken disks and attackers."""

from __future__ import annotations

HEAD = b"From: Kim <kim@example.com>\nTo: lee@example.com\nMIME-Version: 1.0\n"

#: Cut off in the middle of a base64 part; the closing boundary never comes.
TRUNCATED = (
    HEAD
    + b'Subject: Cut off\nContent-Type: multipart/mixed; boundary="XX"\n\n--XX\n'
    + b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
    + b"SGVsbG8gd29y"
)

#: A charset Python has never heard of, in a header and in the body.
BAD_CHARSET = (
    HEAD
    + b"Subject: =?x-no-such-charset?q?Hello?=\n"
    + b"Content-Type: text/plain; charset=x-no-such-charset\n\nHello \xe9\xe8 world\n"
)

#: Base64 with characters that are not base64, and the wrong padding.
BROKEN_BASE64 = (
    HEAD
    + b"Subject: Broken base64\nContent-Type: text/plain; charset=utf-8\n"
    + b"Content-Transfer-Encoding: base64\n\nSGVsbG8@@@###!!!d29ybGQ=x\n"
)


def recursive_rfc822(depth: int = 3000) -> bytes:
    """A message inside a message inside a message..., deeper than Python's stack."""
    inner = b"From: kim@example.com\nSubject: Innermost\n\nbody\n"
    for _ in range(depth):
        inner = (
            b"From: kim@example.com\nSubject: Forwarded\nMIME-Version: 1.0\n"
            b"Content-Type: message/rfc822\n\n" + inner
        )
    return inner


def nested_multipart(depth: int = 3000) -> bytes:
    """Multiparts nested deeper than Python's stack."""
    body = b"Content-Type: text/plain\n\nx\n"
    for level in range(depth):
        boundary = b"B%d" % level
        body = (
            b'Content-Type: multipart/mixed; boundary="' + boundary + b'"\n\n--' + boundary
            + b"\n" + body + b"\n--" + boundary + b"--\n"
        )  # fmt: skip
    return HEAD + b"Subject: Nested\n" + body


#: A malformed address header that trips Python's header parser (an IndexError inside it).
BAD_ADDRESS_HEADER = b'From: "Kim" <\nTo: lee@example.com, a@[\nSubject: Odd sender\n\nHello\n'
