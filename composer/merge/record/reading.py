"""How a merge reads its data file beyond the file itself: its grouping and its secret columns.

The ledger's ``merges`` table keeps the file, its encoding (or sheet) and its columns; a
merge grouped by a column (``--group-by``) and one whose PDFs are protected with a password
from a column (``--pdf-password-column``) need two more facts to be exported later from
Earlier merges exactly as it was sent: the group column (the ledger's rows are groups, not
lines of the file) and the columns that must never leave Composer (a password column is left
out of every copy of the data Composer writes). One line per merge in ``merge_reading``,
rewritten whenever the plan opens the merge.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from composer.merge.record.ledger import MergeLedger

__all__ = ["MergeReading", "reading_of", "record_reading"]


@dataclass(frozen=True)
class MergeReading:
    """The group column ("" for none) and the secret columns of a merge."""

    group_by: str = ""
    secret_columns: tuple[str, ...] = ()


def record_reading(
    ledger: MergeLedger,
    merge_id: int,
    *,
    group_by: str | None,
    secret_columns: Iterable[str | None],
) -> None:
    """Keep how *merge_id* reads its data (replacing what was kept)."""
    secret = sorted({c for c in secret_columns if c})
    with ledger._lock:
        ledger._db.execute(
            "INSERT INTO merge_reading(merge_id, group_by, secret_columns) VALUES (?,?,?)"
            " ON CONFLICT(merge_id) DO UPDATE SET group_by=excluded.group_by,"
            " secret_columns=excluded.secret_columns",
            (merge_id, group_by or "", json.dumps(secret, ensure_ascii=False)),
        )


def reading_of(ledger: MergeLedger, merge_id: int) -> MergeReading:
    """What :func:`record_reading` kept for *merge_id* (no grouping, no secrets if nothing)."""
    with ledger._lock:
        r = ledger._db.execute(
            "SELECT group_by, secret_columns FROM merge_reading WHERE merge_id=?", (merge_id,)
        ).fetchone()
    if r is None:
        return MergeReading()
    try:
        secret = json.loads(str(r[1]))
    except ValueError:
        secret = []
    return MergeReading(str(r[0]), tuple(str(c) for c in secret if isinstance(c, str)))
