"""The ledger's files on disk: created safely, kept private, refused when damaged.

The ledger is what stands between a resumed merge and a second copy for everyone, so a
ledger file that exists but cannot be read is never mistaken for a new one:

* a new database is built under a temporary name and linked into place complete, so a
  crash while creating it never leaves an empty ``ledger.sqlite`` behind; an empty,
  truncated or foreign file, or a folder, where the ledger should be is reported as
  damaged (:class:`LedgerDamaged`), with the way out;
* SQLite errors are translated at one boundary (:func:`ledger_error`) into
  :class:`LedgerError` subclasses whose text says what happened and what to do: a full
  disk, a damaged file, a file that cannot be read or written;
* the folder is readable by the user alone (0700) and every file in it 0600, also when
  they already exist with wider modes.

Exception tree::

    LedgerError (RuntimeError)      the ledger cannot be used; str() is for the user
     +-- LedgerBusy                 another window or process has this merge open
     +-- LedgerDamaged              the file exists but cannot be read as a ledger
     +-- LedgerFull                 the disk (or quota) is full
     +-- LedgerUnavailable          permissions, I/O errors, a closed ledger
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import stat
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from composer.errors import ComposerError
from composer.i18n import translate
from composer.storage import atomic

if TYPE_CHECKING:
    from composer.merge.record.sentbatch import SentBatch

__all__ = [
    "GuardedDb",
    "LedgerBusy",
    "LedgerDamaged",
    "LedgerError",
    "LedgerFull",
    "LedgerUnavailable",
    "check_database_file",
    "create_database",
    "ledger_error",
    "os_error",
    "private_file",
    "private_folder",
    "private_tree",
]

_MAGIC = b"SQLite format 3\0"
_SIDE_FILES = ("-wal", "-shm")


class LedgerError(ComposerError, RuntimeError):
    """The ledger cannot be used right now; ``str()`` says why and what to do."""


class LedgerBusy(LedgerError):
    """Another process or window has the same merge open or is sending it right now."""


class LedgerDamaged(LedgerError):
    """The ledger file exists but cannot be read as a ledger (it is never recreated)."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class LedgerFull(LedgerError):
    """The disk holding the ledger is full: nothing more can be recorded, so nothing is sent."""


class LedgerUnavailable(LedgerError):
    """The ledger cannot be read or written (permissions, an I/O error, closed)."""


# -- permissions -----------------------------------------------------------------------------


def private_folder(folder: Path) -> None:
    """Create *folder* (and parents) and make it 0700: the ledger lists every recipient."""
    atomic.private_folder(folder)


def private_tree(folder: Path) -> None:
    """0700 for *folder* (if it exists), 0600 for the files in it, 0700 for its folders."""
    if not folder.is_dir():
        return
    _chmod(folder, 0o700)
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            if entry.is_symlink():
                continue
            if entry.is_dir():
                private_tree(entry)
            else:
                _chmod(entry, 0o600)


def private_file(path: Path) -> None:
    """Make *path* 0600 if it exists (a file made by an older version may be wider)."""
    _chmod(path, 0o600)


def _chmod(path: Path, mode: int) -> None:
    try:
        current = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return
    if current != mode:
        with contextlib.suppress(PermissionError):  # not ours (e.g. another user's copy)
            path.chmod(mode)


# -- the database file -----------------------------------------------------------------------


def _way_out(path: Path, has_journal: bool) -> str:
    if has_journal:
        return translate(
            "MergeLedger",
            "Nothing was sent. Run “composer merge --repair-ledger” to rebuild the record "
            "from the journal of sent messages kept beside it (the damaged file is kept); "
            "nobody is sent a message twice.",
        )
    return translate(
        "MergeLedger",
        "Nothing was sent. Restore {path} from a backup. Only if no merge of yours is "
        "unfinished, move the file away to start a new record.",
    ).format(path=path)


def damaged(path: Path, reason: str, has_journal: bool) -> LedgerDamaged:
    """A :class:`LedgerDamaged` for *path* with *reason* and the way out."""
    return LedgerDamaged(
        translate(
            "MergeLedger",
            "The record of sent mail, {path}, cannot be read: {reason}. "
            "Composer does not send from a damaged record, because it could send messages "
            "twice.",
        ).format(path=path, reason=reason)
        + " "
        + _way_out(path, has_journal),
        path,
    )


def check_database_file(path: Path, has_journal: bool) -> bool:
    """Refuse a file that cannot be a healthy ledger; return whether it exists.

    Cheap checks only (the first 100 bytes and the sizes): deeper damage shows up as
    SQLite errors when the ledger is used, which :func:`ledger_error` translates.

    Raises:
        LedgerDamaged: a folder, an empty, truncated or foreign file.
        LedgerUnavailable: the file cannot be read.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise os_error(exc, path) from exc
    if stat.S_ISDIR(info.st_mode):
        raise damaged(path, translate("MergeLedger", "it is a folder, not a file"), has_journal)
    wal = _size(Path(str(path) + "-wal"))
    if info.st_size == 0:
        if wal > 0:
            return True  # every page is still in the write-ahead log: SQLite reads it
        raise damaged(path, translate("MergeLedger", "the file is empty"), has_journal)
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise os_error(exc, path) from exc
    if not header.startswith(_MAGIC):
        raise damaged(path, translate("MergeLedger", "it is not a SQLite database"), has_journal)
    if len(header) < 100:
        raise damaged(path, translate("MergeLedger", "the file is cut short"), has_journal)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    size_valid = header[24:28] == header[92:96]
    # With an empty write-ahead log the file must hold every page its header counts.
    if size_valid and pages and wal == 0 and info.st_size < page_size * pages:
        raise damaged(
            path,
            translate("MergeLedger", "the file is cut short ({size} of {expected} bytes)").format(
                size=info.st_size, expected=page_size * pages
            ),
            has_journal,
        )
    return True


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def create_database(
    path: Path, schema: str, fill: Callable[[sqlite3.Connection], None] | None = None
) -> None:
    """Create the ledger at *path* complete (schema, WAL mode, *fill*), or leave an existing one.

    Built under a temporary name, flushed, then linked into place: the ledger file either
    does not exist or is a whole database, whatever moment a crash or a full disk hits.
    """
    tmp = path.with_name(f".{path.name}.new-{os.getpid()}-{time.monotonic_ns()}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        db = sqlite3.connect(tmp, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(schema)
            if fill is not None:
                db.execute("BEGIN")
                fill(db)
                db.execute("COMMIT")
        finally:
            db.close()  # the last connection checkpoints and removes the -wal file
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        # If another process created it meanwhile, theirs is used.
        with contextlib.suppress(FileExistsError):
            os.link(tmp, path)
        atomic.fsync_dir(path.parent)
    except sqlite3.Error as exc:
        raise ledger_error(exc, path) from exc
    except OSError as exc:
        raise os_error(exc, path) from exc
    finally:
        for leftover in (tmp, *(Path(str(tmp) + s) for s in _SIDE_FILES)):
            with contextlib.suppress(OSError):
                leftover.unlink()


def secure_database_files(path: Path) -> None:
    """0600 for the database and its -wal and -shm files."""
    private_file(path)
    for suffix in _SIDE_FILES:
        private_file(Path(str(path) + suffix))


# -- errors ----------------------------------------------------------------------------------


def full(path: Path) -> LedgerFull:
    return LedgerFull(
        translate(
            "MergeLedger",
            "The disk is full: Composer cannot write its record of sent mail in {folder}, "
            "so it stopped sending (a message it cannot record could later be sent twice). "
            "Free some space on that disk, then run the merge again: it goes on where it "
            "stopped, and nobody gets a message twice.",
        ).format(folder=path.parent)
    )


def os_error(exc: OSError, path: Path) -> LedgerError:
    """Translate an operating-system error on a ledger file."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return full(path)
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return LedgerUnavailable(
            translate(
                "MergeLedger",
                "Composer may not read or write its record of sent mail, {path} ({reason}). "
                "Nothing was sent. Give your user account access to that folder, then try "
                "again.",
            ).format(path=path, reason=exc.strerror or exc)
        )
    return LedgerUnavailable(
        translate(
            "MergeLedger",
            "Composer cannot use its record of sent mail, {path} ({reason}). Nothing more "
            "is sent until it can. Check the disk, then run the merge again.",
        ).format(path=path, reason=exc.strerror or exc)
    )


def ledger_error(exc: sqlite3.Error, path: Path, has_journal: bool = False) -> LedgerError:
    """Translate a SQLite error on the ledger at *path* into a :class:`LedgerError`.

    Errors that are not about the file (a programming error in a query) are re-raised.
    """
    name = str(getattr(exc, "sqlite_errorname", ""))
    if name == "SQLITE_FULL" or "disk is full" in str(exc):
        return full(path)
    if name in ("SQLITE_CORRUPT", "SQLITE_NOTADB") or name.startswith("SQLITE_CORRUPT"):
        return damaged(path, str(exc), has_journal)
    if name in ("SQLITE_BUSY", "SQLITE_LOCKED") or name.startswith("SQLITE_BUSY"):
        return LedgerUnavailable(
            translate(
                "MergeLedger",
                "The record of sent mail, {path}, is held by another program ({reason}). "
                "Close other Composer windows or programs that use it, then try again.",
            ).format(path=path, reason=exc)
        )
    if name.startswith(("SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_PERM", "SQLITE_AUTH")):
        return os_error(PermissionError(errno.EACCES, str(exc)), path)
    if name.startswith("SQLITE_IOERR"):
        if "disk is full" in str(exc) or _disk_full(path):
            return full(path)
        return os_error(OSError(errno.EIO, str(exc)), path)
    raise exc


def _disk_full(path: Path) -> bool:
    try:
        st = os.statvfs(path.parent)
    except (OSError, AttributeError):
        return False
    return st.f_bavail * st.f_frsize < 64 * 1024


# -- the connection --------------------------------------------------------------------------


class Result:
    """The rows of one statement, read at once (so read errors surface in execute)."""

    __slots__ = ("rowcount", "rows")

    def __init__(self, rows: list[Any], rowcount: int) -> None:
        self.rows = rows
        self.rowcount = rowcount

    def fetchone(self) -> Any:
        return self.rows[0] if self.rows else None

    def fetchall(self) -> list[Any]:
        return self.rows

    def __iter__(self) -> Iterator[Any]:
        return iter(self.rows)


class GuardedDb:
    """The ledger's SQLite connection, with every error translated at this one boundary.

    When the disk fills up, the write-ahead log is first checkpointed and truncated (it
    may be what filled the disk) and the statement tried once more; only then is the
    disk reported full.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, has_journal: Callable[[], bool]):
        self._conn = conn
        self.path = path
        self._has_journal = has_journal
        self._wal = Path(str(path) + "-wal")
        self._writes = 0
        # Updates kept back to be committed together; committed before any statement.
        self.batch: SentBatch | None = None

    @property
    def total_changes(self) -> int:
        return self._conn.total_changes

    def busy_timeout(self, seconds: float) -> None:
        """How long a statement waits for another connection's write lock."""
        with contextlib.suppress(sqlite3.Error):
            self._conn.execute(f"PRAGMA busy_timeout={int(seconds * 1000)}").fetchall()

    @property
    def in_transaction(self) -> bool:
        return self._conn.in_transaction

    def execute(self, sql: str, args: Sequence[object] = ()) -> Result:
        batch = self.batch
        if batch is not None and batch.pending:
            batch.flush_quietly()
        try:
            return self._execute(sql, args)
        except sqlite3.ProgrammingError:
            raise  # a bug (e.g. a closed ledger), not a problem with the file
        except sqlite3.Error as exc:
            # (A COMMIT the full disk failed was rolled back: there is nothing to redo.)
            if (
                _is_full(exc)
                and not self._conn.in_transaction
                and sql != "COMMIT"
                and self._truncate_log()
            ):
                try:
                    return self._execute(sql, args)
                except sqlite3.Error as again:
                    raise self._translate(again) from again
            raise self._translate(exc) from exc

    def executemany(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        """One write statement for many rows (in one step of the C library, not per row)."""
        batch = self.batch
        if batch is not None and batch.pending:
            batch.flush_quietly()
        try:
            self._executemany(sql, rows)
        except sqlite3.ProgrammingError:
            raise
        except sqlite3.Error as exc:
            if _is_full(exc) and not self._conn.in_transaction and self._truncate_log():
                try:
                    self._executemany(sql, rows)
                    return
                except sqlite3.Error as again:
                    raise self._translate(again) from again
            raise self._translate(exc) from exc

    def _executemany(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        self._conn.executemany(sql, rows)
        self._writes -= len(rows)
        if self._writes <= 0 and not self._conn.in_transaction:
            self._keep_room()

    def _execute(self, sql: str, args: Sequence[object]) -> Result:
        cur = self._conn.execute(sql, args)
        result = Result(cur.fetchall(), cur.rowcount)
        if sql[0] in "UID":  # UPDATE, INSERT, DELETE
            self._writes -= 1
            if self._writes <= 0 and not self._conn.in_transaction:
                self._keep_room()
        return result

    def _keep_room(self) -> None:
        """Copy the log into the database while the disk still has room for it.

        A log holding new pages can only be given back (:meth:`make_room`) if the database
        can grow by them; on a nearly full disk the log must never outgrow the space left.
        """
        try:
            log = self._wal.stat().st_size
            free = shutil.disk_usage(self.path.parent).free
        except OSError:
            return
        # Look again soon when space is short, rarely when it is plenty.
        self._writes = 16 if free < 64 * 1024 * 1024 else 512
        if free < log + _ROOM_MARGIN:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    def executescript(self, sql: str) -> None:
        batch = self.batch
        if batch is not None and batch.pending:
            batch.flush_quietly()
        try:
            self._conn.executescript(sql)
        except sqlite3.Error as exc:
            raise self._translate(exc) from exc

    def make_room(self) -> bool:
        """The disk is full: give back the write-ahead log's space; True if it was given."""
        if self._conn.in_transaction:
            return False
        return self._truncate_log()

    def _truncate_log(self) -> bool:
        try:
            busy, _log, _done = self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.Error:
            return False
        return not busy

    def _translate(self, exc: sqlite3.Error) -> LedgerError:
        return ledger_error(exc, self.path, self._has_journal())

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn.close()


_ROOM_MARGIN = 256 * 1024


def _is_full(exc: sqlite3.Error) -> bool:
    return getattr(exc, "sqlite_errorname", "") == "SQLITE_FULL" or "disk is full" in str(exc)
