"""Rows in doubt: messages that went out whole while the server's confirmation never came.

A row is in doubt ("unknown" in the ledger) when the end of its message was written and
the reply was lost: the connection dropped or timed out, or the run was killed in the
moment between the two. The server had the whole message by then, so it was almost always
delivered; sending it again would most likely give its recipients a second copy. Such a
row is therefore never sent again on its own, and settling it is the user's choice, with
the safe choice first:

* :func:`confirm_delivered`: record the rows as sent (the recommended answer);
* :func:`settle_from_sent_folder`: ask a :data:`SentFolderLookup` which Message-IDs the
  account's Sent folder holds and record those as sent; the rest stay in doubt. This is
  where a lookup over IMAP plugs in: the ledger stores each row's Message-ID before its
  message can be delivered, so every row in doubt can be looked up;
* resending them (``EngineSettings(resend_unknown=True)``, ``--resend-unknown``), which
  must be asked for explicitly.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from composer.i18n import translate
from composer.merge.record.ledger import MergeLedger

__all__ = [
    "InDoubt",
    "SentFolderLookup",
    "confirm_delivered",
    "rows_in_doubt",
    "settle_from_sent_folder",
]

SentFolderLookup = Callable[[Sequence[str]], Collection[str]]
"""Given Message-IDs (``<...@...>``), return those found in the account's Sent folder."""


@dataclass(frozen=True)
class InDoubt:
    """One row in doubt."""

    row_key: str
    row_number: int
    recipients: str
    message_id: str
    reason: str


def rows_in_doubt(ledger: MergeLedger, merge_id: int) -> list[InDoubt]:
    """The merge's rows in doubt, in row order."""
    return [
        InDoubt(r.row_key, r.row_number, r.recipients, r.message_id, r.reason)
        for r in ledger.rows(merge_id, ["unknown"])
    ]


def confirm_delivered(
    ledger: MergeLedger, merge_id: int, row_keys: Collection[str] | None = None
) -> int:
    """Record the rows in doubt (all, or *row_keys*) as delivered; returns how many."""
    return ledger.confirm_sent(merge_id, row_keys)


def settle_from_sent_folder(
    ledger: MergeLedger, merge_id: int, lookup: SentFolderLookup
) -> tuple[int, int]:
    """Record as sent the rows in doubt whose message the Sent folder holds.

    Returns:
        (rows recorded as sent, rows still in doubt).
    """
    doubtful = rows_in_doubt(ledger, merge_id)
    by_id = {r.message_id: r.row_key for r in doubtful if r.message_id}
    if not by_id:
        return 0, len(doubtful)
    found = {mid for mid in lookup(list(by_id)) if mid in by_id}
    confirmed = ledger.confirm_sent(
        merge_id,
        [by_id[mid] for mid in found],
        translate("MergeLedger", "found in the Sent folder"),
    )
    return confirmed, len(doubtful) - confirmed
