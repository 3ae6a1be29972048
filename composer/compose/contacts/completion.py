"""What the address fields offer as you type: contacts, groups and addresses used before.

Every entry is one line of a single text (name, address and organisation, case-folded), so
a keystroke is a few regular-expression passes over it in C rather than a Python loop over
50,000 contacts: names that start with what was typed first, then names or addresses with a
word that does, then any that contain it, until enough are found. Hangul initial consonants
stand for their syllables (:mod:`.hangul`). Entries used before come first, most used first.

A group is offered twice: to put its members in the field, and to put them in Bcc (the usual
way to write to a group whose members should not see each other's addresses).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from composer.compose.addresses import parse_addresses
from composer.compose.contacts.hangul import query_pattern
from composer.compose.contacts.model import Contact
from composer.i18n import plural, translate

__all__ = ["CompletionIndex", "Suggestion"]

_WORD_START = r"(?:(?<=[\t ._@<\-(])|^)"


@dataclass(frozen=True)
class Suggestion:
    """One entry of the completion list.

    Attributes:
        label: what the list shows.
        addresses: what choosing it puts in the field (``Name <address>`` each).
        group: the group's name, for a group.
        bcc: a group to put in Bcc rather than in this field.
    """

    label: str
    addresses: tuple[str, ...]
    group: str = ""
    bcc: bool = False


class CompletionIndex:
    """An immutable index; build a new one when the contacts or the history change."""

    def __init__(
        self,
        contacts: Iterable[Contact] = (),
        history: Sequence[str] = (),
    ) -> None:
        entries: list[Suggestion] = []
        lines: list[str] = []
        used = {p.addr.lower(): rank for rank, d in enumerate(history) for p in parse_addresses(d)}
        people: list[tuple[int, str, Suggestion, str]] = []
        seen: set[str] = set()
        groups: dict[str, list[str]] = {}
        for contact in contacts:
            for index, addr in enumerate(contact.emails):
                display = contact.display(index)
                line = f"{contact.display_name}\t{addr}\t{contact.organisation}".casefold()
                rank = used.get(addr.lower(), len(history))
                people.append(
                    (rank, contact.display_name.casefold(), Suggestion(display, (display,)), line)
                )
                seen.add(addr.lower())
            if contact.emails:
                for group in contact.groups:
                    groups.setdefault(group, []).append(contact.display())
        for rank, display in enumerate(history):
            parsed = parse_addresses(display)
            if len(parsed) != 1 or parsed[0].error or parsed[0].addr.lower() in seen:
                continue
            line = f"{parsed[0].name}\t{parsed[0].addr}\t".casefold()
            people.append((rank, "", Suggestion(display, (display,)), line))
        people.sort(key=lambda p: (p[0], p[1]))
        for name, members in sorted(groups.items(), key=lambda kv: kv[0].casefold()):
            count = plural(
                len(members),
                translate("Contacts", "{name} (group, {count} member)"),
                translate("Contacts", "{name} (group, {count} members)"),
            ).format(name=name, count=len(members))
            entries.append(Suggestion(count, tuple(members), name))
            lines.append(f"{name}\t\t".casefold())
            bcc = translate("Contacts", "{group} → Bcc").format(group=count)
            entries.append(Suggestion(bcc, tuple(members), name, bcc=True))
            lines.append(f"{name}\t\t".casefold())
        for _rank, _name, suggestion, line in people:
            entries.append(suggestion)
            lines.append(line.replace("\n", " "))
        self._entries = entries
        self._starts: list[int] = []
        position = 0
        for line in lines:
            self._starts.append(position)
            position += len(line) + 1
        self._text = "\n".join(lines)

    def __len__(self) -> int:
        return len(self._entries)

    def complete(self, query: str, limit: int = 12) -> list[Suggestion]:
        """The best entries for *query*, at most *limit*."""
        query = query.strip()
        if not query or "\n" in query or "\t" in query:
            return []
        pattern = query_pattern(query)
        found: list[int] = []
        taken: set[int] = set()
        for expression in (f"^(?:{pattern})", f"{_WORD_START}(?:{pattern})", pattern):
            for match in re.finditer(expression, self._text, re.MULTILINE):
                index = bisect.bisect_right(self._starts, match.start()) - 1
                if index not in taken:
                    taken.add(index)
                    found.append(index)
                    if len(found) >= limit:
                        return [self._entries[i] for i in found]
        return [self._entries[i] for i in found]
