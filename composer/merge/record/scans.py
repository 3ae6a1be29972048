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
from collections.abc import Callable

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
