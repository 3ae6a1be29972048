"""A contact and the groups it belongs to.

Names, organisations, notes and group names are data: whatever a file held, they are stored
on one line (notes excepted) and become a display name only through
:func:`composer.compose.addresses.format_address`, never address syntax. An address is kept
only when it is exactly one valid address.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field

from composer.compose.addresses import check_addr_spec, format_address

__all__ = ["Contact", "clean_address", "one_line"]

_SPACES = re.compile(r"\s+")


def one_line(text: str) -> str:
    """*text* with line breaks, tabs and runs of spaces as single spaces, trimmed."""
    return _SPACES.sub(" ", text).strip()


def clean_address(text: str) -> str | None:
    """*text* as one address (``mailto:`` and ``<>`` removed), or None when it is not one."""
    addr = text.strip()
    if addr.lower().startswith("mailto:"):
        addr = addr[7:]
    addr = addr.strip().strip("<>").strip()
    if not addr or any(c.isspace() for c in addr) or check_addr_spec(addr) is not None:
        return None
    return addr


@dataclass
class Contact:
    """One person (or organisation) with one or more addresses."""

    name: str = ""
    emails: list[str] = field(default_factory=list)
    organisation: str = ""
    notes: str = ""
    groups: list[str] = field(default_factory=list)
    uid: str = field(default_factory=lambda: str(uuid.uuid4()))

    def __post_init__(self) -> None:
        self.name = one_line(self.name)
        self.organisation = one_line(self.organisation)
        self.notes = self.notes.replace("\r\n", "\n").strip()
        kept: list[str] = []
        for raw in self.emails:
            addr = clean_address(raw)
            if addr is not None and addr.lower() not in (k.lower() for k in kept):
                kept.append(addr)
        self.emails = kept
        groups: list[str] = []
        for raw in self.groups:
            group = one_line(raw)
            if group and group not in groups:
                groups.append(group)
        self.groups = groups

    @property
    def display_name(self) -> str:
        return self.name or self.organisation

    def display(self, index: int = 0) -> str:
        """``Name <address>`` for the address at *index* (the first by default)."""
        return format_address(self.display_name, self.emails[index])

    def merge(self, other: Contact) -> None:
        """Take what *other* adds (its addresses, groups, missing fields): nothing is lost."""
        self.emails += [
            e for e in other.emails if e.lower() not in {x.lower() for x in self.emails}
        ]
        self.groups += [g for g in other.groups if g not in self.groups]
        self.name = self.name or other.name
        self.organisation = self.organisation or other.organisation
        if other.notes and other.notes not in self.notes:
            self.notes = f"{self.notes}\n{other.notes}".strip()
