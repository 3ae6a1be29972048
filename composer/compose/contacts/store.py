"""The address book on disk: ``contacts.sqlite`` in the data folder.

One row a contact (its addresses and groups as JSON lists, so a contact is read and written
whole); SQLite keeps it consistent through crashes. Every call touches the disk: callers in
the GUI run them off the GUI thread. vCard and CSV are the exchange formats
(:mod:`.vcard`, :mod:`.csvimport`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from composer.compose.contacts.model import Contact
from composer.storage import paths

__all__ = ["ContactStore", "ImportSummary", "contacts_path"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS contacts (
    uid TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    organisation TEXT NOT NULL,
    notes TEXT NOT NULL,
    emails TEXT NOT NULL,
    groups TEXT NOT NULL
)
"""


def contacts_path() -> Path:
    return paths.data_dir() / "contacts.sqlite"


class ImportSummary:
    """What an import did: contacts added, contacts merged into existing ones."""

    def __init__(self) -> None:
        self.added = 0
        self.merged = 0


class ContactStore:
    """The contacts and groups of the user."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else contacts_path()

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(self.path)) as db:
            db.execute(_SCHEMA)
            with db:
                yield db

    def contacts(self) -> list[Contact]:
        """Every contact, by name."""
        with self._db() as db:
            rows = db.execute(
                "SELECT uid, name, organisation, notes, emails, groups FROM contacts"
            ).fetchall()
        found = [
            Contact(name, json.loads(emails), org, notes, json.loads(groups), uid)
            for uid, name, org, notes, emails, groups in rows
        ]
        found.sort(key=lambda c: (c.display_name.casefold(), c.uid))
        return found

    def save(self, contacts: Iterable[Contact]) -> None:
        """Add or replace *contacts* (by uid)."""
        with self._db() as db:
            db.executemany(
                "INSERT OR REPLACE INTO contacts VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (
                        c.uid,
                        c.name,
                        c.organisation,
                        c.notes,
                        json.dumps(c.emails, ensure_ascii=False),
                        json.dumps(c.groups, ensure_ascii=False),
                    )
                    for c in contacts
                ],
            )

    def delete(self, uids: Iterable[str]) -> None:
        with self._db() as db:
            db.executemany("DELETE FROM contacts WHERE uid = ?", [(u,) for u in uids])

    def groups(self) -> dict[str, list[Contact]]:
        """Each group's members, by group name."""
        found: dict[str, list[Contact]] = {}
        for contact in self.contacts():
            for group in contact.groups:
                found.setdefault(group, []).append(contact)
        return dict(sorted(found.items(), key=lambda kv: kv[0].casefold()))

    def import_contacts(self, incoming: Iterable[Contact]) -> ImportSummary:
        """Add *incoming*; one that shares an address (or its uid) with a contact already
        here is merged into it (nothing lost, nothing doubled)."""
        existing = self.contacts()
        by_uid = {c.uid: c for c in existing}
        by_address = {e.lower(): c for c in existing for e in c.emails}
        changed: dict[str, Contact] = {}
        summary = ImportSummary()
        for contact in incoming:
            if not contact.emails and not contact.name and not contact.organisation:
                continue
            same = by_uid.get(contact.uid) or next(
                (by_address[e.lower()] for e in contact.emails if e.lower() in by_address), None
            )
            if same is not None:
                same.merge(contact)
                changed[same.uid] = same
                summary.merged += 1
                target = same
            else:
                by_uid[contact.uid] = contact
                changed[contact.uid] = contact
                summary.added += 1
                target = contact
            for e in target.emails:
                by_address.setdefault(e.lower(), target)
        self.save(changed.values())
        return summary
