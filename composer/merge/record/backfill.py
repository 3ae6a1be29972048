"""Journals for a ledger made before journals existed, written once from its database.

The first time such a ledger is opened, every merge that sent anything gets its journal
(:mod:`composer.merge.record.journal`) from the database, and the marker ``complete`` then
says every merge is covered, so a repair (:mod:`composer.merge.record.repair`) can trust the
journals.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from composer.merge.record.ledgerfile import os_error

if TYPE_CHECKING:
    from composer.merge.record.ledger import MergeLedger
    from composer.merge.record.tables import LedgerRow

__all__ = ["write_missing_journals"]


def write_missing_journals(ledger: MergeLedger) -> None:
    """Give every merge of a ledger made before journals existed its journal, once."""
    journals = ledger.journals
    with journals.exclusive():
        if journals.complete:
            return
        try:
            for info in ledger.merges():
                if not (info.counts["sent"] + info.counts["unknown"] + info.counts["sending"]):
                    continue
                rows = ledger.rows(info.id, ["sent", "unknown", "sending"])
                journals.write_whole(info.key, info.journal_header(), _events(rows))
            journals.mark_complete()
        except OSError as exc:
            raise os_error(exc, journals.folder) from exc


def _events(rows: list[LedgerRow]) -> Iterator[dict[str, Any]]:
    for r in rows:
        yield {"e": "sending", "k": r.row_key, "m": r.message_id, "r": r.recipients, "t": r.updated}
        if r.status == "sent":
            yield {"e": "sent", "k": r.row_key, "re": r.reply, "t": r.updated}
