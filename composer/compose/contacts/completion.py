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
from composer.compose.contacts.hangul import INITIALS as _INITIALS
from composer.compose.contacts.hangul import choseong, query_pattern
from composer.compose.contacts.model import Contact
from composer.i18n import plural, translate

__all__ = ["CompletionIndex", "Suggestion"]


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
        self._text, self._starts = _blob(lines)
        # Names by initial consonants (김철수 → ㄱㅊㅅ), line for line, for 초성 queries.
        self._initials, self._initial_starts = _blob(
            [choseong(line.split("\t", 1)[0]) for line in lines]
        )

    def __len__(self) -> int:
        return len(self._entries)

    def complete(self, query: str, limit: int = 12) -> list[Suggestion]:
        """The best entries for *query*, at most *limit*: names that start with it, then
        names or addresses with a word that starts with it, then any that contain it."""
        query = query.strip().casefold()
        if not query or "\n" in query or "\t" in query:
            return []
        if any(ch in _INITIALS for ch in query):
            found = self._by_initials(query, limit)
        else:
            found = _search(self._text, self._starts, query, limit)
        return [self._entries[i] for i in found]

    def _by_initials(self, query: str, limit: int) -> list[int]:
        """Lines whose name's initials contain the query's, checked against the query
        itself (a syllable typed must be that syllable, a consonant any syllable of it)."""
        exact = re.compile(query_pattern(query))
        ranked: list[list[int]] = [[], [], []]
        for index in _search(self._initials, self._initial_starts, choseong(query), 10**9):
            start = self._starts[index]
            end = self._starts[index + 1] - 1 if index + 1 < len(self._starts) else len(self._text)
            name = self._text[start:end].split("\t", 1)[0]
            match = exact.search(name)
            if match is None:
                continue
            at = match.start()
            ranked[0 if at == 0 else 1 if name[at - 1] in _SEPARATORS else 2].append(index)
            if len(ranked[0]) >= limit:
                break
        return [i for rank in ranked for i in rank][:limit]


_SEPARATORS = "\t ._@<-("


def _blob(lines: list[str]) -> tuple[str, list[int]]:
    """The lines as one text (each after a newline), and where each starts."""
    starts: list[int] = []
    position = 1
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    return "\n" + "\n".join(lines), starts


def _search(text: str, starts: list[int], query: str, limit: int) -> list[int]:
    """Line numbers of *text* containing *query*: at the line's start first, then at a
    word's start, then anywhere; at most *limit*. Plain ``str.find`` (C speed)."""
    first: list[int] = []
    position = text.find("\n" + query)
    while position >= 0 and len(first) < limit:
        first.append(bisect.bisect_right(starts, position + 1) - 1)
        position = text.find("\n" + query, position + 1)
    if len(first) >= limit:
        return first
    taken = set(first)
    words: list[int] = []
    inside: list[int] = []
    position = text.find(query)
    while position >= 0 and len(first) + len(words) < limit:
        index = bisect.bisect_right(starts, position) - 1
        if index not in taken:
            before = text[position - 1]
            if before in _SEPARATORS:
                taken.add(index)
                words.append(index)
            elif len(inside) < limit:
                inside.append(index)
        position = text.find(query, position + 1)
    inside = [i for i in dict.fromkeys(inside) if i not in taken]
    return (first + words + inside)[:limit]
