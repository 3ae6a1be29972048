"""Reading an IMAP LIST answer and finding the account's Sent folder in it.

The Sent folder is the mailbox the server flags ``\\Sent`` (RFC 6154 SPECIAL-USE, sent by
Gmail, Outlook, Dovecot and most servers today); a server without SPECIAL-USE is searched
for the names mail programs have always used (:data:`USUAL_SENT_NAMES`, compared on the
last part of the name, without regard to case). Names arrive in modified UTF-7
(:mod:`composer.mailbox.utf7`) and are kept in both forms. No Qt, no network here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from composer.mailbox.utf7 import decode_mailbox

__all__ = ["USUAL_SENT_NAMES", "Mailbox", "choose_sent", "parse_list"]

#: In the order they are preferred when a server has more than one.
USUAL_SENT_NAMES: tuple[str, ...] = (
    "Sent",
    "Sent Items",
    "Sent Messages",
    "Sent Mail",
    "보낸편지함",
    "보낸 편지함",
    "Sent Mails",
)

_LINE = re.compile(rb'^\((?P<attrs>[^)]*)\)\s+(?P<delim>"(?:[^"\\]|\\.)*"|NIL)\s*(?P<name>.*)$')


@dataclass(frozen=True)
class Mailbox:
    """One mailbox of a LIST answer."""

    wire: str  # the name as the server spells it (modified UTF-7): what commands take
    attributes: frozenset[str]  # lower case, e.g. {"\\hasnochildren", "\\sent"}
    delimiter: str = ""

    @property
    def name(self) -> str:
        """The name as people read it."""
        return decode_mailbox(self.wire)

    @property
    def leaf(self) -> str:
        """The last part of the name (``[Gmail]/Sent Mail`` -> ``Sent Mail``)."""
        return self.name.rsplit(self.delimiter, 1)[-1] if self.delimiter else self.name

    @property
    def selectable(self) -> bool:
        return not {"\\noselect", "\\nonexistent"} & self.attributes


def _unquote(value: bytes) -> str:
    text = value.decode("utf-8", "replace")
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = re.sub(r"\\(.)", r"\1", text[1:-1])
    return text


def parse_list(lines: Iterable[bytes | tuple[bytes, bytes] | None]) -> list[Mailbox]:
    """The mailboxes of an ``imaplib`` LIST answer; lines it cannot read are left out.

    A name sent as a literal arrives from :mod:`imaplib` as a pair (the line, the name).
    """
    found: list[Mailbox] = []
    for item in lines:
        literal: bytes | None = None
        line: bytes | None
        if isinstance(item, tuple):
            line, literal = item[0], item[1]
        else:
            line = item
        if not line:
            continue
        match = _LINE.match(line.strip())
        if match is None:
            continue
        delim = match["delim"]
        delimiter = "" if delim == b"NIL" else _unquote(delim)
        wire = (
            literal.decode("utf-8", "replace")
            if literal is not None
            else _unquote(match["name"].strip())
        )
        if not wire:
            continue
        attrs = frozenset(a.lower() for a in match["attrs"].decode("ascii", "replace").split())
        found.append(Mailbox(wire, attrs, delimiter))
    return found


def choose_sent(mailboxes: list[Mailbox]) -> tuple[Mailbox, bool] | None:
    """The Sent folder, and whether the server flagged it ``\\Sent``; None if none is found."""
    usable = [m for m in mailboxes if m.selectable]
    for mailbox in usable:
        if "\\sent" in mailbox.attributes:
            return mailbox, True
    by_leaf: dict[str, Mailbox] = {}
    for mailbox in usable:
        by_leaf.setdefault(mailbox.leaf.casefold(), mailbox)
    for usual in USUAL_SENT_NAMES:
        if usual.casefold() in by_leaf:
            return by_leaf[usual.casefold()], False
    return None
