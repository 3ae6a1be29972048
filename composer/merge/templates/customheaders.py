"""The headers of a template file beyond its address fields and Subject.

A header the author wrote into the template on purpose (``X-Note: spring newsletter``,
``Organization``, ``Importance``) goes out in every message of the merge, as written:
placeholders are not filled in headers, so a data cell never becomes a header line, and a
value is kept only as one line of printable text. Headers that describe the saved message
rather than the mail to send are left out: those of its form (MIME, Date, Message-ID: each
message gets its own), of its path (Received, signatures), of the program that saved it;
those that would be wrong in every recipient's copy (In-Reply-To, References, Sender,
Resent-*, List-*: the merge sets its own unsubscribe header) are named, so the user knows
they are not sent.
"""

from __future__ import annotations

import email.parser
import email.policy
import re

from composer.compose.headertext import decode_header_text

__all__ = ["template_headers"]

# Written by the merge from the template's own fields, or per message.
_HANDLED = frozenset(
    ("from", "to", "cc", "bcc", "reply-to", "subject", "date", "message-id", "mime-version")
)
_HANDLED_PREFIXES = ("content-", "x-composer-unparsed-")
# What a mail program or a server wrote about the saved copy: left out without a word.
_TRACE = frozenset(
    (
        "received",
        "return-path",
        "delivered-to",
        "x-original-to",
        "dkim-signature",
        "authentication-results",
        "received-spf",
        "user-agent",
        "x-mailer",
        "x-unsent",
        "x-uniform-type-identifier",
        "status",
        "x-status",
        "x-keywords",
        "x-uid",
        "x-composer-spelling-language",  # a draft's spelling choice, never sent
    )
)
_TRACE_PREFIXES = ("arc-", "x-mozilla-", "x-ms-", "x-apple-", "x-google-", "x-gm-")
# Kept beside every X- header.
_KEPT = frozenset(("organization", "keywords", "comments", "importance", "priority"))
_NAME = re.compile(r"[!-9;-~]+")
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")


def template_headers(raw: bytes) -> tuple[dict[str, str], list[str]]:
    """(the headers every message keeps, the names of those the merge does not send).

    Values are unfolded and decoded (RFC 2047); a value that holds a control character
    after that, or a name that is not a header name, is left out and named.
    """
    parsed = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(
        raw, headersonly=True
    )
    kept: dict[str, str] = {}
    left_out: list[str] = []
    for name, value in parsed.raw_items():
        key = name.lower()
        if key in _HANDLED or key.startswith(_HANDLED_PREFIXES):
            continue
        if key in _TRACE or key.startswith(_TRACE_PREFIXES):
            continue
        text = decode_header_text(re.sub(r"\r?\n[ \t]*", " ", str(value))).strip()
        safe = _NAME.fullmatch(name) and not _UNPRINTABLE.search(text)
        if safe and (key.startswith("x-") or key in _KEPT) and key not in {k.lower() for k in kept}:
            kept[name] = text
        elif name not in left_out:
            left_out.append(name)
    return kept, left_out
