"""The merge ledger: a crash-safe record of every row of every merge, in SQLite.

One database (``<data_dir>/merges/ledger.sqlite``) holds every merge the user has run. A
merge is identified by its data file and template (:func:`merge_key`), so running the same
merge again finds its ledger and sends only what was not accepted yet.

A row is identified by its recipients, not by its line number, so fixing, inserting or
re-sorting rows in the CSV does not resend anyone: the row key is a hash of the normalised
recipient addresses plus the number of earlier rows with the same recipients (so two rows for
the same parent, explicitly allowed, are two keys).

Row states::

    pending --mark_sending--> sending --mark_sent--> sent      ("sending" is a journal line)
                                   \\--mark_failed--> failed    (retried by the next run)
                                   \\--mark_pending-> pending   (temporary; requeued)
                                   \\--mark_unknown-> unknown   (the reply never came)
    sending, found by a later run --> unknown  (in doubt: most likely delivered; NOT resent
                                                unless the user says so)
    pending/failed --mark_skipped--> skipped   (problem or suppressed rows the user skipped)

Durability. The exactly-once guarantee needs two marks to be durable around each message:
"sending", with its Message-ID, right before the write that ends its content (nothing can
be delivered before that write, so a message that may have arrived is always known) and
"sent" the moment the server's reply is read (so an accepted message is never resent, and a
row is in doubt only while its reply is on the way: the smallest window SMTP allows). The
envelope commands (MAIL, RCPT, DATA) and the content deliver nothing and may go out
earlier. "sending" is a journal line; "sent" is a journal line first, then a database
update committed with others (:mod:`composer.merge.record.sentbatch`: the journal line
alone keeps the row from being resent, and is copied into the database at the next opening
if the process dies first); every other mark is one autocommit transaction. The database
runs in WAL mode; with ``synchronous=NORMAL`` (the default here) a commit is a ``write()``
of the WAL frames into the operating system's page cache with no fsync: it survives the
process being killed at any instant (SIGKILL, a crash, the user closing the app), which is
the failure the ledger exists for, and costs tens of microseconds, so the ledger barely
slows a send. It does not survive the whole machine losing power in the second after a
commit; a caller who needs that passes ``durability="full"`` (``synchronous=FULL``: an
fsync per commit, about a millisecond or more per message on a real disk).

Every mark of a message going out or being accepted is also appended to the merge's journal
(:mod:`composer.merge.record.journal`), from which :mod:`composer.merge.record.repair` rebuilds a
lost or damaged database without resending anything. The files are private to the user and a damaged
database is refused, never recreated (:mod:`composer.merge.record.ledgerfile`). Only one window or
process at a time may check or send a merge (:mod:`composer.merge.record.runlock`).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
import time
import weakref
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal

from composer.i18n import translate
from composer.merge.record.backfill import write_missing_journals
from composer.merge.record.journal import (
    MergeJournals,
    journal_folder,
)
from composer.merge.record.ledgerfile import (
    GuardedDb,
    LedgerBusy,
    LedgerError,
    check_database_file,
    create_database,
    damaged,
    ledger_error,
    private_file,
    private_folder,
    private_tree,
    secure_database_files,
)
from composer.merge.record.marks import LedgerMarks
from composer.merge.record.runlock import MergeClaims
from composer.merge.record.scans import LedgerScans
from composer.merge.record.sentbatch import SentBatch, reconcile_sent
from composer.merge.record.tables import (
    MERGE_COLUMNS,
    ROW_COLUMNS,
    ROW_STATES,
    SCHEMA,
    LedgerRow,
    MergeInfo,
    default_ledger_path,
    ledger_row,
    merge_info,
    merge_key,
    recipient_base,
)

__all__ = [
    "ROW_STATES",
    "LedgerBusy",
    "LedgerError",
    "LedgerRow",
    "MergeInfo",
    "MergeLedger",
    "default_ledger_path",
    "merge_key",
    "recipient_base",
]


class MergeLedger(LedgerScans, LedgerMarks):
    """The ledger database; thread-safe (one connection behind a lock).

    Args:
        path: the database file (default :func:`default_ledger_path`).
        durability: ``"process"`` (WAL, synchronous=NORMAL: survives a killed process) or
            ``"full"`` (synchronous=FULL: also survives power loss, slower).
    """

    def __init__(
        self,
        path: Path | None = None,
        *,
        durability: Literal["process", "full"] = "process",
    ) -> None:
        self.path = Path(path) if path is not None else default_ledger_path()
        private_folder(self.path.parent)
        self.journals = MergeJournals(journal_folder(self.path), fsync_each=durability == "full")
        # The ledger lists every recipient: its folder, files and journals are the user's
        # alone, also when an older version or another program made them wider.
        private_tree(self.journals.folder)
        private_tree(self.path.parent / "templates")  # composer.merge.templates.store
        for lock in self.path.parent.glob("merge-*.lock"):
            private_file(lock)
        has_journal = self.journals.has_entries()
        if not check_database_file(self.path, has_journal):
            if has_journal:
                # The journals say merges were sent: an empty new ledger would resend them.
                raise damaged(self.path, translate("MergeLedger", "the file is missing"), True)
            create_database(self.path, SCHEMA)
        secure_database_files(self.path)
        self._lock = threading.RLock()
        try:
            conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=30
            )
        except sqlite3.Error as exc:
            raise ledger_error(exc, self.path, has_journal) from exc
        self._db = GuardedDb(conn, self.path, self.journals.has_entries)
        try:
            self._setup(durability, has_journal)
        except BaseException:
            conn.close()
            raise
        self._time = time.time
        # "sent" marks reach the database in batches (their journal lines come first).
        self.sent_batch = SentBatch(self._db, self._lock)
        self._db.batch = self.sent_batch
        self._claims = MergeClaims(self.path.parent)
        # A ledger dropped without close() still gives its merges back to other processes.
        weakref.finalize(self, self._claims.release_all)
        self._keys: dict[int, str] = {}
        # (merge, row) -> the journal slot reserved for the outcome of its message.
        self._slots: dict[tuple[int, str], int] = {}
        self._in_scan = False
        # One validation pass at a time on this connection (a pass is one transaction).
        self._scan_lock = threading.Lock()
        if not self.journals.complete:
            write_missing_journals(self)
        # A run killed before its last batch reached the database: what its journal says
        # was sent is "sent" for every reader from now on, not only for the next run.
        with self._lock:
            reconcile_sent(self._db, self.journals, self._time)

    def _setup(self, durability: str, has_journal: bool) -> None:
        tables = {str(r[0]) for r in self._db.execute("SELECT name FROM sqlite_master")}
        if tables and not {"merges", "rows"} <= tables:
            raise damaged(
                self.path,
                translate("MergeLedger", "it is not a Composer merge record"),
                has_journal,
            )
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=" + ("FULL" if durability == "full" else "NORMAL"))
        # Checkpoints (copying the WAL into the database, with an fsync) are what a mark
        # costs most on average at SQLite's default of every 1,000 pages; every 10,000
        # pages (a WAL of at most ~40 MB) halves the ledger's cost per message. Runs end
        # with a checkpoint of their own (checkpoint()).
        self._db.execute("PRAGMA wal_autocheckpoint=10000")
        # Once checkpointed, the log file is cut back rather than kept at its largest, so
        # the space it took is the disk's again (see GuardedDb._keep_room).
        self._db.execute("PRAGMA journal_size_limit=0")
        self._db.executescript(SCHEMA)
        secure_database_files(self.path)  # the -wal and -shm files exist now

    # -- merges -----------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            self.sent_batch.close()
            self._claims.release_all()
            self.journals.close()
            self._db.close()

    def __enter__(self) -> MergeLedger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def open_merge(
        self,
        key: str,
        *,
        name: str,
        csv_path: str,
        template: str,
        columns: Iterable[str] = (),
        encoding: str = "",
        delimiter: str = ",",
    ) -> int:
        """Find or create the merge with *key*; returns its id."""
        now = self._time()
        with self._lock:
            self._db.execute(
                "INSERT INTO merges(key, name, csv_path, template, columns, encoding, delimiter,"
                " created, updated) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(key) DO UPDATE SET"
                " csv_path=excluded.csv_path, columns=excluded.columns,"
                " encoding=excluded.encoding, delimiter=excluded.delimiter",
                (
                    key,
                    name,
                    csv_path,
                    template,
                    json.dumps(list(columns)),
                    encoding,
                    delimiter,
                    now,
                    now,
                ),
            )
            row = self._db.execute("SELECT id FROM merges WHERE key=?", (key,)).fetchone()
            self._keys.pop(int(row[0]), None)
            return int(row[0])

    # -- who may check and send a merge ---------------------------------------------------

    def claim(self, key: str) -> bool:
        """Take the run lock of the merge with *key* for this ledger object (re-entrant).

        Kept until :meth:`release_claim` (a run ends) or :meth:`close`: a check pass and
        the run that follows it must not be interleaved with another window's or process's.
        Returns True if it was taken now, False if this ledger held it already.

        Raises:
            LedgerBusy: another window or process holds it; nothing was touched.
        """
        return self._claims.claim(key)

    def release_claim(self, key: str) -> None:
        self._claims.release(key)

    def acquire(self, merge_id: int) -> None:
        """Claim the merge by id and settle the rows a dead run left "sending".

        Raises:
            LedgerBusy: another process holds the lock.
        """
        self.claim(self.merge(merge_id).key)
        self.settle_interrupted(merge_id)

    def release(self, merge_id: int) -> None:
        """Give up the claim taken by :meth:`acquire`, after a checkpoint."""
        self.checkpoint()
        with contextlib.suppress(KeyError, LedgerError):
            self.release_claim(self.merge(merge_id).key)

    def flush(self) -> None:
        """Commit the "sent" marks kept back (a run pauses or stops); best effort.

        They are in the journal already: one that cannot be committed now is read from
        there at the next opening or run.
        """
        with self._lock:
            self.sent_batch.flush_quietly()

    def checkpoint(self, settled: int | None = None) -> None:
        """A run ended: fsync the journals and copy the WAL into the database (best effort).

        *settled*: the merge whose run recorded the outcome of every message it sent in
        the database too, so the next run need not read those journal lines again.
        """
        self.journals.sync()
        with self._lock, contextlib.suppress(LedgerError, KeyError):
            self.sent_batch.flush()  # raises if it cannot: then the journal stays unread
            if settled is not None:
                self._seen(settled, self.journals.size(self.merge(settled).key))
            self._db.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def merges(self) -> list[MergeInfo]:
        """Every merge, newest first, with row counts per state."""
        with self._lock:
            found = self._db.execute(
                f"SELECT {MERGE_COLUMNS} FROM merges ORDER BY updated DESC, id DESC"  # noqa: S608
            ).fetchall()
            return [merge_info(r, self.counts(int(r[0]))) for r in found]

    def merge(self, merge_id: int) -> MergeInfo:
        with self._lock:
            r = self._db.execute(
                f"SELECT {MERGE_COLUMNS} FROM merges WHERE id=?",  # noqa: S608
                (merge_id,),
            ).fetchone()
            if r is None:
                raise KeyError(merge_id)
            return merge_info(r, self.counts(merge_id))

    def set_outcome(self, merge_id: int, outcome: str) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE merges SET last_outcome=?, updated=? WHERE id=?",
                (outcome, self._time(), merge_id),
            )

    def counts(self, merge_id: int, scan: int | None = None) -> dict[str, int]:
        """Rows per state (every state present, zero when none)."""
        out = dict.fromkeys(ROW_STATES, 0)
        with self._lock:
            if scan is None:
                q = self._db.execute(
                    "SELECT status, COUNT(*) FROM rows WHERE merge_id=? GROUP BY status",
                    (merge_id,),
                )
            else:
                q = self._db.execute(
                    "SELECT status, COUNT(*) FROM rows WHERE merge_id=? AND scan=? GROUP BY status",
                    (merge_id, scan),
                )
            for status, n in q:
                out[str(status)] = int(n)
        return out

    def sent_since(self, since: float) -> int:
        """Messages accepted by servers since *since* (epoch seconds), across all merges.

        A full scan: asked once per run, so the rows carry no index on time that every
        mark would have to update.
        """
        with self._lock:
            r = self._db.execute(
                "SELECT COUNT(*) FROM rows WHERE status='sent' AND updated>=?", (since,)
            ).fetchone()
            return int(r[0])

    # -- reading -----------------------------------------------------------------------

    def rows(
        self, merge_id: int, statuses: Iterable[str] | None = None, limit: int = -1
    ) -> list[LedgerRow]:
        """The rows of a merge, in row order (optionally only some states)."""
        sql = f"SELECT {ROW_COLUMNS} FROM rows WHERE merge_id=?"  # noqa: S608
        args: list[object] = [merge_id]
        if statuses is not None:
            wanted = list(statuses)
            sql += " AND status IN (" + ",".join("?" * len(wanted)) + ")"
            args += wanted
        sql += " ORDER BY row_number LIMIT ?"
        args.append(limit)
        with self._lock:
            found = self._db.execute(sql, args).fetchall()
        return [ledger_row(r) for r in found]

    def row(self, merge_id: int, row_key: str) -> LedgerRow | None:
        with self._lock:
            r = self._db.execute(
                f"SELECT {ROW_COLUMNS} FROM rows WHERE merge_id=? AND row_key=?",  # noqa: S608
                (merge_id, row_key),
            ).fetchone()
        return ledger_row(r) if r is not None else None

    def iter_scan(self, merge_id: int, scan: int) -> Iterator[tuple[int, str, str, str]]:
        """(row_number, status, reason, reply) for the rows of pass *scan*, in row order."""
        with self._lock:
            found = self._db.execute(
                "SELECT row_number, status, reason, reply FROM rows WHERE merge_id=? AND scan=?"
                " ORDER BY row_number",
                (merge_id, scan),
            ).fetchall()
        for r in found:
            yield int(r[0]), str(r[1]), str(r[2]), str(r[3])

    def delete_merge(self, merge_id: int) -> None:
        """Forget a merge and its journal (running it again would send everything).

        Raises:
            LedgerBusy: another window or process has it open.
        """
        key = self.merge(merge_id).key
        taken = self.claim(key)
        try:
            with self._lock:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    self._db.execute("DELETE FROM rows WHERE merge_id=?", (merge_id,))
                    self._db.execute("DELETE FROM scan_counts WHERE merge_id=?", (merge_id,))
                    # A later merge may be given the same id: it must not inherit these.
                    for table in ("merge_reading", "bounces", "unsubscribes", "merge_accounts"):
                        self._db.execute(
                            f"DELETE FROM {table} WHERE merge_id=?",  # noqa: S608
                            (merge_id,),
                        )
                    self._db.execute("DELETE FROM merges WHERE id=?", (merge_id,))
                    self._db.execute("COMMIT")
                except BaseException:
                    with contextlib.suppress(LedgerError):
                        self._db.execute("ROLLBACK")
                    raise
                self._keys.pop(merge_id, None)
            self.journals.remove(key)
        finally:
            if taken:
                self.release_claim(key)
