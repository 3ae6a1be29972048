"""Which sent messages came back: the ledger's record of bounces.

Kept in a table of its own beside the rows (created on first use), one line per returned
message and recipient, so the rows' own states, their journal and ``--repair-ledger`` stay
exactly as they were: a bounced row is still a row the server accepted (it must never be
sent again by a resume); it now also says that the address did not work, and why.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from composer.merge.record.ledger import MergeLedger

__all__ = ["BounceMark", "bounces_of", "find_sent", "record_bounce"]

_TABLE = (
    "CREATE TABLE IF NOT EXISTS bounces ("
    " merge_id INTEGER NOT NULL, row_key TEXT NOT NULL, recipient TEXT NOT NULL,"
    " hard INTEGER NOT NULL, status TEXT NOT NULL, reason TEXT NOT NULL, seen REAL NOT NULL,"
    " PRIMARY KEY (merge_id, row_key, recipient))"
)


@dataclass(frozen=True)
class BounceMark:
    merge_id: int
    row_key: str
    recipient: str
    hard: bool
    status: str
    reason: str


def _bare(message_id: str) -> str:
    return message_id.strip().strip("<>").strip()


def find_sent(ledger: MergeLedger, message_id: str) -> tuple[int, str, str] | None:
    """(merge id, row key, recipients) of the sent row with *message_id*, or None."""
    bare = _bare(message_id)
    if not bare:
        return None
    with ledger._lock:
        r = ledger._db.execute(
            "SELECT merge_id, row_key, recipients FROM rows WHERE message_id IN (?, ?)",
            (f"<{bare}>", bare),
        ).fetchone()
    return (int(r[0]), str(r[1]), str(r[2])) if r is not None else None


def record_bounce(ledger: MergeLedger, mark: BounceMark) -> bool:
    """Record *mark*; False when that bounce was recorded already (a scan run twice)."""
    with ledger._lock:
        ledger._db.execute(_TABLE)
        before = ledger._db.execute(
            "SELECT 1 FROM bounces WHERE merge_id=? AND row_key=? AND recipient=?",
            (mark.merge_id, mark.row_key, mark.recipient),
        ).fetchone()
        ledger._db.execute(
            "INSERT INTO bounces VALUES (?,?,?,?,?,?,?) ON CONFLICT DO UPDATE SET"
            " hard=max(hard, excluded.hard), status=excluded.status, reason=excluded.reason",
            (
                mark.merge_id,
                mark.row_key,
                mark.recipient,
                int(mark.hard),
                mark.status,
                mark.reason,
                time.time(),
            ),
        )
    return before is None


def bounces_of(ledger: MergeLedger, merge_id: int) -> list[BounceMark]:
    """The bounces recorded for a merge, hard ones first."""
    with ledger._lock:
        ledger._db.execute(_TABLE)
        found = ledger._db.execute(
            "SELECT merge_id, row_key, recipient, hard, status, reason FROM bounces"
            " WHERE merge_id=? ORDER BY hard DESC, row_key",
            (merge_id,),
        ).fetchall()
    return [
        BounceMark(int(r[0]), str(r[1]), str(r[2]), bool(r[3]), str(r[4]), str(r[5])) for r in found
    ]
