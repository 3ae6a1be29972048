"""Signatures per sending profile: plain or formatted, with images, above or below a quote.

The plain signature of a profile is its ``signature`` setting (Preferences ▸ Identity).
A formatted one (with images) is kept in ``signatures/PROFILE.eml`` in the data folder,
written by Tools ▸ Signature; it wins when present. Either way the signature follows the
line ``-- `` (dash, dash, space, the separator mail programs recognise), exactly so in the
plain-text part of a formatted message too. Placed below the text (the default) or above
the first quoted line (``> `` or a quote block), as in Thunderbird's "reply above".
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

from composer.compose.message import ComposedMessage, InlineImage, from_eml, to_eml
from composer.compose.signature import SEPARATOR
from composer.storage import paths
from composer.storage.atomic import write_bytes_atomic

__all__ = [
    "ABOVE",
    "BELOW",
    "Signature",
    "SignatureStore",
    "place_in_html",
    "place_in_text",
]

BELOW, ABOVE = "below", "above"
_PLACEMENT_HEADER = "X-Composer-Signature-Placement"
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')


@dataclass
class Signature:
    """A signature: its text, its formatted version (None when plain), its images."""

    text: str = ""
    html: str | None = None
    images: list[InlineImage] = field(default_factory=list)
    placement: str = BELOW

    @property
    def rich(self) -> bool:
        return self.html is not None

    def block_text(self) -> str:
        """The signature with its separator, as plain text."""
        return f"{SEPARATOR}\n{self.text}" if self.text or self.images else ""

    def block_html(self) -> str:
        """The signature with its separator, as HTML (its own paragraph for ``-- ``)."""
        body = self.html if self.html is not None else _html_lines(self.text)
        inner = re.sub(r"(?is)^.*<body[^>]*>|</body>.*$", "", body).strip()
        return f'<p style="margin:0; white-space:pre-wrap">{SEPARATOR}</p>\n{inner}'


def _html_lines(text: str) -> str:
    from html import escape

    return "".join(f"<p>{escape(line) or '<br>'}</p>" for line in text.splitlines())


def place_in_text(body: str, signature: Signature) -> str:
    """*body* with the signature below it, or above its first quoted line."""
    block = signature.block_text()
    if not block:
        return body
    lines = body.split("\n")
    if signature.placement == ABOVE:
        for i, line in enumerate(lines):
            if line.startswith(">"):
                start = i - 1 if i and lines[i - 1].rstrip().endswith(":") else i
                head = "\n".join(lines[:start]).rstrip("\n")
                return f"{head}\n\n{block}\n\n" + "\n".join(lines[start:])
    return f"{body.rstrip(chr(10))}\n\n{block}"


def place_in_html(body_html: str, signature: Signature) -> str:
    """*body_html* (a mail HTML document) with the signature below it, or above its first
    ``<blockquote>``."""
    block = signature.block_html()
    if signature.placement == ABOVE:
        match = re.search(r"(?i)<blockquote\b", body_html)
        if match:
            return f"{body_html[: match.start()]}{block}\n{body_html[match.start() :]}"
    match = re.search(r"(?i)</body>", body_html)
    if match:
        return f"{body_html[: match.start()]}{block}\n{body_html[match.start() :]}"
    return f"{body_html}\n{block}"


class SignatureStore:
    """Formatted signatures by profile name (every call touches the disk)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else paths.data_dir() / "signatures"

    def path(self, profile: str) -> Path:
        clean = _UNSAFE.sub(" ", profile).strip().strip(".") or "profile"
        return self.folder / f"{clean[:120]}.eml"

    def load(self, profile: str) -> Signature | None:
        """The stored signature of *profile*, or None (then the plain setting applies)."""
        path = self.path(profile)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        msg = from_eml(data)
        parsed = email.message_from_bytes(data, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        placement = str(parsed.get(_PLACEMENT_HEADER, BELOW)).strip().lower()
        return Signature(
            msg.text, msg.html, msg.inline_images, ABOVE if placement == ABOVE else BELOW
        )

    def save(self, profile: str, signature: Signature) -> None:
        msg = ComposedMessage(
            subject=profile,
            text=signature.text,
            html=signature.html,
            inline_images=list(signature.images),
        )
        header = f"{_PLACEMENT_HEADER}: {signature.placement}\r\n".encode("ascii")
        self.folder.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(self.path(profile), header + to_eml(msg), 0o600)

    def delete(self, profile: str) -> None:
        self.path(profile).unlink(missing_ok=True)
