"""The merge ledger: a crash-safe record of every row of every merge, in SQLite.

One database (``<data_dir>/merges/ledger.sqlite``) holds every merge the user has run. A
merge is identified by its data file and template (:func:`merge_key`), so running the same
merge again finds its ledger and sends only what was not accepted yet.

A row is identified by its recipients, not by its line number, so fixing, inserting or
re-sorting rows in the CSV does not resend anyone: the row key is a hash of the normalised
recipient addresses plus the number of earlier rows with the same recipients (so two rows for
the same parent, explicitly allowed, are two keys).

Row states::

    pending --mark_sending--> sending --mark_sent--> sent
                                   \\--mark_failed--> failed    (retried by the next run)
                                   \\--mark_pending-> pending   (temporary; requeued)
    sending, found by a later run --> unknown  (in flight at a crash: NOT resent by default)
    pending/failed --mark_skipped--> skipped   (problem or suppressed rows the user skipped)

Durability. The exactly-once guarantee needs two marks to be durable around each message:
"sending" before its content goes out (so a message in flight at a crash is known and not
resent blindly) and "sent" before the next message's content on that connection (so an
accepted message is never resent, and at most one row per connection is ever in doubt).
The envelope commands (MAIL, RCPT, DATA) deliver nothing and may go out earlier. The engine
commits both in ONE transaction per message (:meth:`MergeLedger.mark_sent_then_sending`:
the previous row is sent, this row is sending), and commits a lone "sent" mark before it
waits for anything (a rate limit, a pause, a backoff) or ends. The database runs in
WAL mode; with ``synchronous=NORMAL`` (the default here) a commit is a ``write()`` of the WAL
frames into the operating system's page cache with no fsync: it survives the process being
killed at any instant (SIGKILL, a crash, the user closing the app), which is the failure the
ledger exists for, and costs tens of microseconds, so the ledger barely slows a send.
It does not survive the whole machine losing power in the second after a commit; a caller
who needs that passes ``durability="full"`` (``synchronous=FULL``: an fsync of the WAL per
commit, about a millisecond or more per message on a real disk). Batching the marks of
several messages into one transaction would be cheaper still but would break the
guarantee, because the "sent" mark of message N must be durable before the content of N+1.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Literal

from composer import paths
from composer.filelock import try_lock, unlock
from composer.i18n import translate

__all__ = [
    "ROW_STATES",
    "LedgerBusy",
    "LedgerRow",
    "MergeInfo",
    "MergeLedger",
    "default_ledger_path",
    "merge_key",
    "recipient_base",
]

ROW_STATES = ("pending", "sending", "sent", "failed", "skipped", "unknown")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS merges (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    csv_path TEXT NOT NULL,
    template TEXT NOT NULL,
    columns TEXT NOT NULL DEFAULT '[]',
    encoding TEXT NOT NULL DEFAULT '',
    delimiter TEXT NOT NULL DEFAULT ',',
    created REAL NOT NULL,
    updated REAL NOT NULL,
    scan INTEGER NOT NULL DEFAULT 0,
    last_outcome TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS rows (
    merge_id INTEGER NOT NULL REFERENCES merges(id),
    row_key TEXT NOT NULL,
    row_number INTEGER NOT NULL,
    scan INTEGER NOT NULL,
    recipients TEXT NOT NULL,
    status TEXT NOT NULL,
    message_id TEXT NOT NULL DEFAULT '',
    reply TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    updated REAL NOT NULL,
    PRIMARY KEY (merge_id, row_key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS rows_by_number ON rows(merge_id, scan, row_number);
DROP INDEX IF EXISTS rows_sent_at;
CREATE TABLE IF NOT EXISTS scan_counts (
    merge_id INTEGER NOT NULL,
    base TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (merge_id, base)
) WITHOUT ROWID;
"""


class LedgerBusy(RuntimeError):
    """Another process or window is sending the same merge right now."""


def default_ledger_path() -> Path:
    """``<data_dir>/merges/ledger.sqlite``."""
    return paths.data_dir() / "merges" / "ledger.sqlite"


def merge_key(csv_fingerprint: str, template_fingerprint: str) -> str:
    """The identity of a merge: this data file with this template."""
    return hashlib.sha256(f"{csv_fingerprint}\0{template_fingerprint}".encode()).hexdigest()[:24]


def recipient_base(recipients: Iterable[str]) -> str:
    """A hash of the normalised (bare, lower-case, sorted) recipient addresses."""
    from composer.merge.suppression import bare_address

    bare = sorted({bare_address(r) for r in recipients if r.strip()})
    return hashlib.sha256("\n".join(bare).encode("utf-8", "surrogatepass")).hexdigest()[:24]


@dataclass(frozen=True)
class MergeInfo:
    """One merge in the ledger, with its row counts."""

    id: int
    key: str
    name: str
    csv_path: str
    template: str
    columns: tuple[str, ...]
    encoding: str
    delimiter: str
    created: float
    updated: float
    scan: int
    last_outcome: str
    counts: dict[str, int]


@dataclass(frozen=True)
class LedgerRow:
    """One row's record."""

    row_key: str
    row_number: int
    recipients: str
    status: str
    message_id: str
    reply: str
    reason: str
    attempts: int
    updated: float


class MergeLedger:
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
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(
            self.path, isolation_level=None, check_same_thread=False, timeout=30
        )
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=" + ("FULL" if durability == "full" else "NORMAL"))
        # Checkpoints (copying the WAL into the database, with an fsync) are what a mark
        # costs most on average at SQLite's default of every 1,000 pages; every 10,000
        # pages (a WAL of at most ~40 MB) halves the ledger's cost per message. Runs end
        # with a checkpoint of their own (release()).
        self._db.execute("PRAGMA wal_autocheckpoint=10000")
        self._db.executescript(_SCHEMA)
        self._time = time.time
        self._locks: dict[int, IO[bytes]] = {}
        self._in_scan = False
        # One validation pass at a time on this connection (a pass is one transaction).
        self._scan_lock = threading.Lock()

    # -- merges -----------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            for merge_id in list(self._locks):
                self.release(merge_id)
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
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
            return int(row[0])

    def acquire(self, merge_id: int) -> None:
        """Take the merge's run lock and turn rows left "sending" by a dead run into "unknown".

        Raises:
            LedgerBusy: another process holds the lock.
        """
        lock_path = self.path.parent / f"merge-{merge_id}.lock"
        fh = lock_path.open("ab")
        if not try_lock(fh):
            fh.close()
            raise LedgerBusy(
                translate(
                    "MergeLedger",
                    "This merge is being sent by another Composer window or command right now. "
                    "Wait for it to finish, or stop it there first.",
                )
            ) from None
        self._locks[merge_id] = fh
        with self._lock:
            self._db.execute(
                "UPDATE rows SET status='unknown', reason=?, updated=? "
                "WHERE merge_id=? AND status='sending'",
                (
                    translate(
                        "MergeLedger",
                        "in flight when an earlier run stopped; it may or may not have been "
                        "delivered",
                    ),
                    self._time(),
                    merge_id,
                ),
            )

    def release(self, merge_id: int) -> None:
        """Give up the run lock taken by :meth:`acquire`."""
        fh = self._locks.pop(merge_id, None)
        with self._lock, contextlib.suppress(sqlite3.Error):
            self._db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        if fh is not None:
            unlock(fh)
            fh.close()

    def merges(self) -> list[MergeInfo]:
        """Every merge, newest first, with row counts per state."""
        with self._lock:
            found = self._db.execute(
                "SELECT id, key, name, csv_path, template, columns, encoding, delimiter, created,"
                " updated, scan, last_outcome FROM merges ORDER BY updated DESC, id DESC"
            ).fetchall()
            return [self._info(r) for r in found]

    def merge(self, merge_id: int) -> MergeInfo:
        with self._lock:
            r = self._db.execute(
                "SELECT id, key, name, csv_path, template, columns, encoding, delimiter, created,"
                " updated, scan, last_outcome FROM merges WHERE id=?",
                (merge_id,),
            ).fetchone()
            if r is None:
                raise KeyError(merge_id)
            return self._info(r)

    def _info(self, r: tuple[object, ...]) -> MergeInfo:
        merge_id = int(r[0])  # type: ignore[call-overload]
        return MergeInfo(
            id=merge_id,
            key=str(r[1]),
            name=str(r[2]),
            csv_path=str(r[3]),
            template=str(r[4]),
            columns=tuple(json.loads(str(r[5]))),
            encoding=str(r[6]),
            delimiter=str(r[7]),
            created=float(r[8]),  # type: ignore[arg-type]
            updated=float(r[9]),  # type: ignore[arg-type]
            scan=int(r[10]),  # type: ignore[call-overload]
            last_outcome=str(r[11]),
            counts=self.counts(merge_id),
        )

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

    # -- scanning (validation pass) ---------------------------------------------------

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

    # -- the marks (each one durable on return) -----------------------------------------

    def _mark(self, sql: str, args: tuple[object, ...]) -> None:
        with self._lock:
            self._db.execute(sql, args)

    def mark_sending(self, merge_id: int, row_key: str, message_id: str) -> None:
        """Durably note that this row's message is about to go out (before its DATA)."""
        self._mark(
            "UPDATE rows SET status='sending', message_id=?, attempts=attempts+1, updated=? "
            "WHERE merge_id=? AND row_key=?",
            (message_id, self._time(), merge_id, row_key),
        )

    def mark_sent_then_sending(
        self,
        merge_id: int,
        sent: tuple[str, str, str] | None,
        row_key: str,
        message_id: str,
    ) -> None:
        """One transaction: the previous row of this connection is sent, this one is sending.

        Args:
            sent: (row_key, reply, note) of the message the server accepted last on this
                connection, not recorded yet; None if there is none.
        """
        now = self._time()
        with self._lock:
            if sent is None:
                self._db.execute(
                    "UPDATE rows SET status='sending', message_id=?, attempts=attempts+1,"
                    " updated=? WHERE merge_id=? AND row_key=?",
                    (message_id, now, merge_id, row_key),
                )
                return
            # One statement is one (autocommit) transaction: both marks or neither.
            self._db.execute(
                "UPDATE rows SET"
                " status = CASE WHEN row_key=? THEN 'sending' ELSE 'sent' END,"
                " message_id = CASE WHEN row_key=? THEN ? ELSE message_id END,"
                " attempts = CASE WHEN row_key=? THEN attempts+1 ELSE attempts END,"
                " reply = CASE WHEN row_key=? THEN reply ELSE ? END,"
                " reason = CASE WHEN row_key=? THEN reason ELSE ? END,"
                " updated=? WHERE merge_id=? AND row_key IN (?, ?)",
                (
                    row_key,
                    row_key,
                    message_id,
                    row_key,
                    row_key,
                    sent[1],
                    row_key,
                    sent[2],
                    now,
                    merge_id,
                    row_key,
                    sent[0],
                ),
            )

    def mark_sent(self, merge_id: int, row_key: str, reply: str, note: str = "") -> None:
        """Durably note that the server accepted this row's message."""
        self._mark(
            "UPDATE rows SET status='sent', reply=?, reason=?, updated=? "
            "WHERE merge_id=? AND row_key=?",
            (reply, note, self._time(), merge_id, row_key),
        )

    def _set_status(self, status: str, merge_id: int, row_key: str, reason: str) -> None:
        self._mark(
            "UPDATE rows SET status=?, reason=?, updated=? WHERE merge_id=? AND row_key=?",
            (status, reason, self._time(), merge_id, row_key),
        )

    def mark_failed(self, merge_id: int, row_key: str, reason: str) -> None:
        self._set_status("failed", merge_id, row_key, reason)

    def mark_unknown(self, merge_id: int, row_key: str, reason: str) -> None:
        """The outcome of this row's message cannot be known (the server went silent)."""
        self._set_status("unknown", merge_id, row_key, reason)

    def mark_pending(self, merge_id: int, row_key: str, reason: str = "") -> None:
        self._set_status("pending", merge_id, row_key, reason)

    def mark_skipped(self, merge_id: int, row_key: str, reason: str) -> None:
        self._set_status("skipped", merge_id, row_key, reason)

    def release_unknown(self, merge_id: int) -> int:
        """Let the next run resend the rows in "unknown" (the user said so); returns count."""
        with self._lock:
            cur = self._db.execute(
                "UPDATE rows SET status='pending', reason='', updated=? "
                "WHERE merge_id=? AND status='unknown'",
                (self._time(), merge_id),
            )
            return cur.rowcount

    def mark_unknown_sent(self, merge_id: int) -> int:
        """The user confirmed the in-flight rows were delivered; returns count."""
        with self._lock:
            cur = self._db.execute(
                "UPDATE rows SET status='sent', reason=?, updated=? "
                "WHERE merge_id=? AND status='unknown'",
                (translate("MergeLedger", "confirmed by the user"), self._time(), merge_id),
            )
            return cur.rowcount

    # -- reading -----------------------------------------------------------------------

    def rows(
        self, merge_id: int, statuses: Iterable[str] | None = None, limit: int = -1
    ) -> list[LedgerRow]:
        """The rows of a merge, in row order (optionally only some states)."""
        sql = (
            "SELECT row_key, row_number, recipients, status, message_id, reply, reason,"
            " attempts, updated FROM rows WHERE merge_id=?"
        )
        args: list[object] = [merge_id]
        if statuses is not None:
            wanted = list(statuses)
            sql += " AND status IN (" + ",".join("?" * len(wanted)) + ")"
            args += wanted
        sql += " ORDER BY row_number LIMIT ?"
        args.append(limit)
        with self._lock:
            found = self._db.execute(sql, args).fetchall()
        return [
            LedgerRow(
                str(r[0]),
                int(r[1]),
                str(r[2]),
                str(r[3]),
                str(r[4]),
                str(r[5]),
                str(r[6]),
                int(r[7]),
                float(r[8]),
            )
            for r in found
        ]

    def row(self, merge_id: int, row_key: str) -> LedgerRow | None:
        with self._lock:
            r = self._db.execute(
                "SELECT row_key, row_number, recipients, status, message_id, reply, reason,"
                " attempts, updated FROM rows WHERE merge_id=? AND row_key=?",
                (merge_id, row_key),
            ).fetchone()
        if r is None:
            return None
        return LedgerRow(
            str(r[0]),
            int(r[1]),
            str(r[2]),
            str(r[3]),
            str(r[4]),
            str(r[5]),
            str(r[6]),
            int(r[7]),
            float(r[8]),
        )

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

    def export_failed(
        self,
        merge_id: int,
        scan: int,
        source_rows: Iterable[tuple[int, dict[str, str]]],
        columns: Iterable[str],
        out: Path,
        statuses: tuple[str, ...] = ("failed",),
    ) -> int:
        """Write the failed rows as CSV: the original columns plus ``status`` and ``reason``.

        Args:
            source_rows: (row_number, values) from the data file, in file order.
        Returns:
            The number of rows written.
        """
        cols = list(columns)
        written = 0
        tmp = out.with_name(out.name + ".tmp")
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow([*cols, "status", "reason"])
            for number, values in source_rows:
                with self._lock:
                    r = self._db.execute(
                        "SELECT status, reason FROM rows INDEXED BY rows_by_number"
                        " WHERE merge_id=? AND scan=? AND "
                        "row_number=?",
                        (merge_id, scan, number),
                    ).fetchone()
                if r is None or str(r[0]) not in statuses:
                    continue
                writer.writerow([*(values.get(c, "") for c in cols), r[0], r[1]])
                written += 1
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
        return written

    def delete_merge(self, merge_id: int) -> None:
        with self._lock, contextlib.suppress(sqlite3.Error):
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute("DELETE FROM rows WHERE merge_id=?", (merge_id,))
            self._db.execute("DELETE FROM scan_counts WHERE merge_id=?", (merge_id,))
            self._db.execute("DELETE FROM merges WHERE id=?", (merge_id,))
            self._db.execute("COMMIT")
