"""The database's "sent" marks, committed in batches: the journal already holds them.

A message's "sent" line is written into its journal slot the moment the server's reply is
read (:meth:`composer.merge.record.marks.LedgerMarks.mark_sent`), as durably as the ledger's
durability setting asks (one ``pwrite`` that survives a killed process; an fsync too with
``durability="full"``). From then on the journal alone keeps the row from being sent
again: :meth:`~composer.merge.record.marks.LedgerMarks.settle_interrupted` (at the claim of
a merge) and :func:`reconcile_sent` (at the ledger's opening) copy every "sent" line the
database missed into it. So the database's own update need not be a commit per message,
which was most of what a sent message cost the merge: :class:`SentBatch` keeps the updates
and commits them together, at the latest :data:`BATCH_ROWS` rows or :data:`BATCH_SECONDS`
after the first, and always before any other statement runs on the ledger's connection
(so whatever this process reads sees them), when a run ends or pauses, and at close.

Another process reading the same ledger during a run sees a row "sent" at most
:data:`BATCH_SECONDS` late; after a crash, it sees it as soon as it opens the ledger.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from composer.merge.record.journal import read_tail
from composer.merge.record.ledgerfile import GuardedDb, LedgerError

if TYPE_CHECKING:
    from composer.merge.record.journal import MergeJournals

__all__ = ["BATCH_ROWS", "BATCH_SECONDS", "SENT_UPDATE", "SentBatch", "reconcile_sent"]

log = logging.getLogger(__name__)

BATCH_ROWS = 1000
BATCH_SECONDS = 0.5

# (reply, note, updated, message_id, attempts, merge_id, row_key)
SENT_UPDATE = (
    "UPDATE rows SET status='sent', reply=?, reason=?, updated=?,"
    " message_id=coalesce(?, message_id), attempts=attempts+? WHERE merge_id=? AND row_key=?"
)

SentArgs = tuple[str, str, float, "str | None", int, int, str]


class SentBatch:
    """ "sent" updates not committed yet; every method runs under the ledger's lock.

    Args:
        db: the ledger's connection; it calls :meth:`flush_quietly` before each statement.
        lock: the ledger's lock (the timer thread takes it to commit a batch left waiting).
    """

    def __init__(
        self,
        db: GuardedDb,
        lock: threading.RLock,
        rows: int = BATCH_ROWS,
        seconds: float = BATCH_SECONDS,
    ) -> None:
        self._db = db
        self._lock = lock
        self.rows = rows
        self.seconds = seconds
        self.pending: list[SentArgs] = []
        self._timer: threading.Timer | None = None
        self._closed = False

    def add(self, args: SentArgs) -> None:
        """Keep one row's update; commit the batch if it is full."""
        pending = self.pending
        pending.append(args)
        if len(pending) >= self.rows:
            self.flush()
        elif len(pending) == 1:
            self._start_timer()

    def flush(self) -> None:
        """Commit every kept update now (in one transaction).

        Inside a transaction another part of the ledger holds open (a check pass), the
        updates wait for it to end: its rollback must not take them along.

        Raises:
            LedgerError: the database cannot take them; they are kept for a later try
                (the journal has them meanwhile).
        """
        db = self._db
        if not self.pending or db.in_transaction:
            return
        batch, self.pending = self.pending, []
        try:
            _in_one_transaction(db, SENT_UPDATE, batch)
        except BaseException:
            self.pending[:0] = batch
            raise
        self._cancel_timer()

    def flush_quietly(self) -> None:
        """:meth:`flush`, keeping the updates for later if the database cannot take them."""
        with contextlib.suppress(LedgerError):
            self.flush()

    def close(self) -> None:
        self._closed = True
        self._cancel_timer()
        self.flush_quietly()

    def _start_timer(self) -> None:
        if self._timer is not None or self._closed:
            return
        timer = threading.Timer(self.seconds, self._on_timer)
        timer.daemon = True
        self._timer = timer
        timer.start()

    def _cancel_timer(self) -> None:
        timer, self._timer = self._timer, None
        if timer is not None and timer is not threading.current_thread():
            timer.cancel()

    def _on_timer(self) -> None:
        with self._lock:
            self._timer = None
            if self._closed:
                return
            try:
                self.flush_quietly()
            except Exception:  # a thread of our own: the next statement or close tries again
                log.exception("could not commit the merge ledger's sent marks")
            if self.pending:  # a check pass holds a transaction, or the disk is full
                self._start_timer()


def reconcile_sent(db: GuardedDb, journals: MergeJournals, now: Callable[[], float]) -> int:
    """Copy into the database the "sent" lines of journals whose runs did not end cleanly.

    A run that ended cleanly recorded how far the database has its journal
    (``journal_seen``); only the lines after that are read, so a ledger whose runs all
    ended costs one ``stat`` per merge. Lines saying "sending" are left to
    :meth:`~composer.merge.record.marks.LedgerMarks.settle_interrupted` (only a run holding
    the merge's claim may call a row in doubt); a "sent" line is final whoever reads it.
    A database another process is writing at length (a check pass) is not waited for:
    the claim of the merge settles the same lines. Returns how many rows became "sent".
    """
    found = db.execute(
        "SELECT m.id, m.key, coalesce(s.offset, 0) FROM merges m"
        " LEFT JOIN journal_seen s ON s.merge_id = m.id"
    ).fetchall()
    updates: list[tuple[str, str, float, int, str]] = []
    for merge_id, key, seen in found:
        path: Path = journals.path(str(key))
        try:
            if path.stat().st_size <= int(seen):
                continue  # its last run ended cleanly: the database has all of it
            traces, _end = read_tail(path, int(seen))
        except OSError:
            continue
        sent = {k: t for k, t in traces.items() if t.state == "sent"}
        if not sent:
            continue
        # Reading first: a run going on in another process has most of them already.
        behind = db.execute(
            "SELECT row_key FROM rows WHERE merge_id=? AND status!='sent'", (merge_id,)
        ).fetchall()
        for (row_key,) in behind:
            t = sent.get(str(row_key))
            if t is not None:
                updates.append(
                    (t.reply, t.message_id, t.time or now(), int(merge_id), str(row_key))
                )
    if not updates:
        return 0
    before = db.total_changes
    db.busy_timeout(0.2)
    try:
        _in_one_transaction(
            db,
            "UPDATE rows SET status='sent', reply=?,"
            " message_id=coalesce(nullif(?, ''), message_id), updated=?"
            " WHERE merge_id=? AND row_key=? AND status!='sent'",
            updates,
        )
    except LedgerError:
        return 0  # busy (or full): the journal keeps them, the next claim settles them
    finally:
        db.busy_timeout(30.0)
    return db.total_changes - before


def _in_one_transaction(db: GuardedDb, sql: str, rows: list[Any]) -> None:
    """Run *sql* for every row in one transaction.

    A full disk makes SQLite roll the transaction back by itself; the connection then
    makes room and runs the statement again on its own (each row committing alone), so
    COMMIT and ROLLBACK are said only while a transaction is still open.
    """
    db.execute("BEGIN IMMEDIATE")
    try:
        db.executemany(sql, rows)
        if db.in_transaction:
            db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            with contextlib.suppress(LedgerError, sqlite3.Error):
                db.execute("ROLLBACK")
        raise
