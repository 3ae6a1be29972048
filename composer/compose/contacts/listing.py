"""The Address Book window's list: contacts of a group, filtered by what was typed.

A contact matches when its name, an address, its organisation or its notes contain the
text, case-insensitively, Hangul initials standing for their syllables (ㄱㅊㅅ → 김철수).
Reading contacts from files (:mod:`.vcard`, :mod:`.csvimport`) by kind is here too, so the
window only passes a path.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from composer.compose.contacts.csvimport import read_contacts_csv
from composer.compose.contacts.hangul import query_pattern
from composer.compose.contacts.model import Contact
from composer.compose.contacts.vcard import read_vcards

__all__ = ["ALL", "matching", "read_contacts_file"]

#: The group that stands for every contact.
ALL = ""


def matching(contacts: Iterable[Contact], query: str = "", group: str = ALL) -> list[Contact]:
    """The contacts of *group* (every one for :data:`ALL`) that match *query*."""
    pattern = re.compile(query_pattern(query.strip())) if query.strip() else None
    found = []
    for contact in contacts:
        if group and group not in contact.groups:
            continue
        if pattern is not None:
            text = "\t".join(
                [contact.name, *contact.emails, contact.organisation, contact.notes]
            ).casefold()
            if pattern.search(text) is None:
                continue
        found.append(contact)
    return found


def read_contacts_file(path: Path) -> list[Contact]:
    """The contacts of a ``.vcf`` or ``.csv`` file (by its content, not only its name).

    Raises:
        OSError: the file cannot be read.
        VCardError, ContactCsvError: it is not a file of contacts.
    """
    data = path.read_bytes()
    head = data[:200].lstrip(b"\xef\xbb\xbf \r\n\t").upper()
    if head.startswith(b"BEGIN:VCARD") or path.suffix.lower() in (".vcf", ".vcard"):
        return read_vcards(data, path.name)
    return read_contacts_csv(data, path.name)
