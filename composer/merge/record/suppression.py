"""The local suppression list: addresses that asked not to get merges, which merges skip.

A plain text file (``<data_dir>/suppression.txt``), one address per line, ``#`` comments
allowed, so a user can read and edit it. Addresses compare case-insensitively on their bare
form (``"Ann <Ann@Example.org>"`` matches ``ann@example.org``). Changes are written
atomically.
"""

from __future__ import annotations

import email.utils
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from composer.storage import paths
from composer.storage.atomic import write_text_atomic

__all__ = ["SuppressionList", "bare_address", "unsubscribe_header"]


# ``Plain Name <addr>`` as the merge writes a mailbox: exactly the inputs for which
# simple_addresses() gives one pair whose address is the part in angle brackets (no comma,
# quote, bracket or other special in the name or the address), read in one match.
_ADDR_CHARS = r"[^<>@\s,;:\"()\[\]\\]+"
_PLAIN_MAILBOX = re.compile(rf"[\w'-]+(?: [\w'-]+)* <({_ADDR_CHARS}@{_ADDR_CHARS})>")


def bare_address(address: str) -> str:
    """``"Ann <Ann@Example.org>"`` -> ``"ann@example.org"``."""
    if "<" not in address and "(" not in address and '"' not in address:
        return address.strip().lower()
    plain = _PLAIN_MAILBOX.fullmatch(address)
    if plain is not None:
        return plain.group(1).lower()
    from composer.merge.templates.render import simple_addresses

    simple = simple_addresses(address)
    if simple is not None and len(simple) == 1:
        return simple[0][1].lower()
    return (email.utils.parseaddr(address)[1] or address).strip().lower()


def unsubscribe_header(mailto: str, subject: str = "unsubscribe") -> dict[str, str]:
    """The ``List-Unsubscribe`` header (RFC 2369) for a mailto address."""
    addr = bare_address(mailto)
    return {"List-Unsubscribe": f"<mailto:{addr}?subject={subject}>"}


class SuppressionList:
    """The set of suppressed addresses, loaded from and saved to a text file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else paths.data_dir() / "suppression.txt"
        self._addresses: set[str] = set()
        self.reload()

    def reload(self) -> None:
        self._addresses = set()
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        for line in text.splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                self._addresses.add(bare_address(line))

    def __contains__(self, address: object) -> bool:
        return isinstance(address, str) and bare_address(address) in self._addresses

    def __len__(self) -> int:
        return len(self._addresses)

    def first_suppressed(
        self, addresses: Iterable[str], bare: Sequence[str] | None = None
    ) -> str | None:
        """The first of *addresses* on the list, or None.

        *bare*: the same addresses already bare (:func:`bare_address`), in the same order.
        """
        if not self._addresses:
            return None
        if bare is not None:
            return next(
                (a for a, b in zip(addresses, bare, strict=True) if b in self._addresses), None
            )
        for address in addresses:
            if address in self:
                return address
        return None

    def addresses(self) -> list[str]:
        return sorted(self._addresses)

    def add(self, *addresses: str) -> None:
        self._addresses.update(bare_address(a) for a in addresses if a.strip())
        self._save()

    def remove(self, *addresses: str) -> None:
        self._addresses.difference_update(bare_address(a) for a in addresses)
        self._save()

    def _save(self) -> None:
        lines = ["# Addresses that Composer's mail merge skips, one per line.", *self.addresses()]
        write_text_atomic(self.path, "\n".join(lines) + "\n")
