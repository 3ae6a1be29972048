"""The ledger's side of a check pass: every row of the data file seen, keyed and counted.

Part of :class:`composer.merge.record.ledger.MergeLedger` (a mixin). A pass is one
transaction: :meth:`LedgerScans.begin_scan` opens it, :meth:`LedgerScans.scan_row` records each
row under its key (its recipients, plus how many earlier rows had the same ones), and
:meth:`LedgerScans.end_scan` commits it. The run that follows finds each row's key and state by
its line (:meth:`LedgerScans.planned_range`).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Sequence

from composer.merge.record.ledgerfile import GuardedDb, LedgerError
from composer.merge.record.tables import recipient_base

__all__ = ["LedgerScans"]


class LedgerScans:
    """The check-pass half of :class:`~composer.merge.record.ledger.MergeLedger` (a mixin)."""

    _db: GuardedDb
    _lock: threading.RLock
    _time: Callable[[], float]
    _in_scan: bool
    _scan_lock: threading.Lock

    def begin_scan(self, merge_id: int) -> int:
        """Start a pass over the data file; returns the new scan number.

        A second pass started meanwhile (from another thread) waits until this one ends
        with :meth:`end_scan` or :meth:`abort_scan`.
        """
        self._scan_lock.acquire()
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except BaseException:
                self._scan_lock.release()
                raise
            self._in_scan = True
            self._db.execute("DELETE FROM scan_counts WHERE merge_id=?", (merge_id,))
            self._db.execute("UPDATE merges SET scan=scan+1 WHERE id=?", (merge_id,))
            r = self._db.execute("SELECT scan FROM merges WHERE id=?", (merge_id,)).fetchone()
            return int(r[0])

    def scan_row(
        self, merge_id: int, scan: int, row_number: int, recipients: list[str]
    ) -> tuple[str, str, int]:
        """Record a row seen by the pass; returns (row_key, its status, occurrence).

        Occurrence is how many earlier rows of this pass had the same recipients (0 for the
        first): a duplicate is a row with occurrence > 0.
        """
        base = recipient_base(recipients)
        with self._lock:
            n = self._db.execute(
                "INSERT INTO scan_counts(merge_id, base, n) VALUES (?,?,0) "
                "ON CONFLICT(merge_id, base) DO UPDATE SET n=n+1 RETURNING n",
                (merge_id, base),
            ).fetchone()[0]
            key = f"{base}:{n}"
            status = self._db.execute(
                "INSERT INTO rows(merge_id, row_key, row_number, scan, recipients, status,"
                " updated) VALUES (?,?,?,?,?,'pending',?) ON CONFLICT(merge_id, row_key)"
                " DO UPDATE SET row_number=excluded.row_number, scan=excluded.scan,"
                " recipients=excluded.recipients RETURNING status",
                (merge_id, key, row_number, scan, ", ".join(recipients), self._time()),
            ).fetchone()[0]
            if row_number % 20000 == 0:
                self._db.execute("COMMIT")
                self._db.execute("BEGIN IMMEDIATE")
            return key, str(status), int(n)

    def scan_rows(
        self,
        merge_id: int,
        scan: int,
        rows: Sequence[tuple[int, Sequence[str], str | None]],
    ) -> list[tuple[str, str, int]]:
        """:meth:`scan_row` for many rows at once: a few statements per batch, not two per row.

        Args:
            rows: (row_number, recipients, recipient base or None to work it out), in the
                order of the data file.

        Returns:
            (row_key, its status, occurrence) for each row, as :meth:`scan_row` would.
        """
        if not rows:
            return []
        bases = [base if base is not None else recipient_base(r) for _n, r, base in rows]
        with self._lock:
            db = self._db
            # Occurrences: how many rows of this pass had each recipient set before.
            counts: dict[str, int] = {}
            unique = list(dict.fromkeys(bases))
            for part in _parts(unique):
                counts.update(
                    db.execute(
                        "SELECT base, n FROM scan_counts WHERE merge_id=? AND base IN"  # noqa: S608
                        f" ({','.join('?' * len(part))})",
                        (merge_id, *part),
                    ).rows
                )
            occurrences = []
            keys = []
            for base in bases:
                n = counts.get(base, -1) + 1
                counts[base] = n
                occurrences.append(n)
                keys.append(f"{base}:{n}")
            db.executemany(
                "INSERT INTO scan_counts(merge_id, base, n) VALUES (?,?,?)"
                " ON CONFLICT(merge_id, base) DO UPDATE SET n=excluded.n",
                [(merge_id, base, counts[base]) for base in unique],
            )
            # The rows' states from earlier runs, then every row recorded in this pass.
            status: dict[str, str] = {}
            for part in _parts(keys):
                status.update(
                    db.execute(
                        "SELECT row_key, status FROM rows WHERE merge_id=? AND row_key IN"  # noqa: S608
                        f" ({','.join('?' * len(part))})",
                        (merge_id, *part),
                    ).rows
                )
            now = self._time()
            db.executemany(
                "INSERT INTO rows(merge_id, row_key, row_number, scan, recipients, status,"
                " updated) VALUES (?,?,?,?,?,'pending',?) ON CONFLICT(merge_id, row_key)"
                " DO UPDATE SET row_number=excluded.row_number, scan=excluded.scan,"
                " recipients=excluded.recipients",
                [
                    (merge_id, key, number, scan, ", ".join(recipients), now)
                    for key, (number, recipients, _base) in zip(keys, rows, strict=True)
                ],
            )
            first, last = rows[0][0], rows[-1][0]
            if last // 20000 > (first - 1) // 20000:  # as scan_row: a commit now and then
                db.execute("COMMIT")
                db.execute("BEGIN IMMEDIATE")
        return [
            (key, str(status.get(key, "pending")), n)
            for key, n in zip(keys, occurrences, strict=True)
        ]

    def end_scan(self, merge_id: int) -> None:
        """Finish the pass (one commit for the whole pass)."""
        with self._lock:
            if self._in_scan:
                self._db.execute("COMMIT")
                self._in_scan = False
                self._scan_lock.release()
            self._db.execute("UPDATE merges SET updated=? WHERE id=?", (self._time(), merge_id))
            # The pass wrote many pages into the log; moving them into the database now,
            # while there is room, means the log can later be given back on a full disk
            # (make_room) without the database having to grow.
            with contextlib.suppress(LedgerError):
                self._db.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def abort_scan(self) -> None:
        with self._lock:
            if self._in_scan:
                self._db.execute("ROLLBACK")
                self._in_scan = False
                self._scan_lock.release()

    def planned(self, merge_id: int, scan: int, row_number: int) -> tuple[str, str] | None:
        """(row_key, status) of the row at *row_number* in pass *scan*, or None."""
        with self._lock:
            r = self._db.execute(
                "SELECT row_key, status FROM rows INDEXED BY rows_by_number"
                " WHERE merge_id=? AND scan=? AND row_number=?",
                (merge_id, scan, row_number),
            ).fetchone()
        return (str(r[0]), str(r[1])) if r is not None else None

    def planned_range(
        self, merge_id: int, scan: int, first: int, last: int
    ) -> dict[int, tuple[str, str]]:
        """row_number -> (row_key, status) for the rows *first*..*last* of pass *scan*."""
        with self._lock:
            found = self._db.execute(
                "SELECT row_number, row_key, status FROM rows INDEXED BY rows_by_number"
                " WHERE merge_id=? AND scan=? AND row_number BETWEEN ? AND ?",
                (merge_id, scan, first, last),
            ).fetchall()
        return {int(r[0]): (str(r[1]), str(r[2])) for r in found}


def _parts(items: list[str], size: int = 500) -> list[list[str]]:
    """*items* in slices small enough for one statement's parameters."""
    return [items[i : i + size] for i in range(0, len(items), size)]
