"""Contacts of the address book (a group, or a filtered list) as a merge's data rows.

The same rows as a CSV data file gives (:class:`~composer.merge.data.csvsource.CsvRow`),
one per contact and address, with the columns ``name``, ``email``, ``organisation``,
``notes`` and ``groups``: a template writes ``{{ name }}`` and sends ``To: {{ email }}``.
:meth:`ContactSource.write_csv` writes them as a UTF-8 CSV file, which is what a merge's
record (and running it again after a crash) is tied to.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from composer.compose.contacts.model import Contact
from composer.merge.data.csvsource import CsvRow
from composer.storage.atomic import write_text_atomic

__all__ = ["COLUMNS", "ContactSource"]

COLUMNS = ("name", "email", "organisation", "notes", "groups")


class ContactSource:
    """*contacts* as merge rows; *every_address* gives a row to each address, not only the
    first."""

    def __init__(self, contacts: Iterable[Contact], *, every_address: bool = False) -> None:
        self.columns = COLUMNS
        self._records: list[tuple[str, ...]] = []
        for contact in contacts:
            addresses = contact.emails if every_address else contact.emails[:1]
            for address in addresses:
                self._records.append(
                    (
                        contact.display_name,
                        address,
                        contact.organisation,
                        contact.notes,
                        ", ".join(contact.groups),
                    )
                )

    def rows(self) -> Iterator[CsvRow]:
        for number, record in enumerate(self._records, start=1):
            yield CsvRow(
                number=number, line=number + 1, values=dict(zip(COLUMNS, record, strict=True))
            )

    def count_rows(self) -> int:
        return len(self._records)

    def fingerprint(self) -> str:
        digest = hashlib.sha256()
        for record in self._records:
            digest.update("\x1f".join(record).encode("utf-8") + b"\x1e")
        return digest.hexdigest()[:16]

    def write_csv(self, path: Path) -> None:
        """Write the rows as a UTF-8 CSV file (header first), atomically."""
        lines: list[str] = []

        class _Sink:
            def write(self, text: str) -> int:
                lines.append(text)
                return len(text)

        writer = csv.writer(_Sink(), lineterminator="\r\n")
        writer.writerow(COLUMNS)
        writer.writerows(self._records)
        write_text_atomic(path, "".join(lines), 0o600)
