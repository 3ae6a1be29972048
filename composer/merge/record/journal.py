"""The ledger's journal: an append-only record of every message a merge sent.

One file per merge, ``<ledger folder>/ledger-journal/<merge key>.jsonl``, one JSON object
per line (an open format a person can read)::

    {"e":"merge","key":...,"name":...,"csv":...,"columns":[...],...}    the first line
    {"e":"sending","k":ROW_KEY,"m":MESSAGE_ID,"r":RECIPIENTS,"t":TIME}   before the end of data
    {"e":"sent","k":ROW_KEY,"re":REPLY,"t":TIME}                         the server accepted it
    {"e":"unsent","k":ROW_KEY,"t":TIME}               the row went back to pending or failed

A "sending" line is followed in the same write by a blank line of :data:`SLOT` bytes, into
which the message's outcome is written in place: the outcome of a message that went out
always has its room, even when the disk filled up meanwhile.

The "sending" line is the durable mark that a message may now be delivered: the merge
writes it right before the end of the message goes out, and the database learns of it
only if the reply never comes (or at the next run, :meth:`MergeLedger.settle_interrupted`
reads the lines it has not seen yet). That keeps a message's cost to one ``write()`` of
about 200 bytes plus one database commit for the "sent" mark.

Why a journal and not a periodic copy of the database: a copy is always a little old, and
a ledger rebuilt from an old copy would send again what went out after it. The journal is
never behind. If the database is lost (emptied by a sync tool, cut short, moved away,
damaged on disk), :mod:`composer.merge.record.repair` rebuilds it from the journals, and every
message the journals saw going out is again "sent" or "in doubt": never resent.

Durability matches the database's: each line is one ``write()`` on a file opened for
appending, so it survives the process being killed at any instant; the file is fsynced
when it is created, when a run ends, and after every line with ``durability="full"``. A
line cut short by a crash is ended with a newline before the next one and ignored.

A ledger made by a version without journals gets them written from its database the
first time it is opened (:func:`composer.merge.record.backfill.write_missing_journals`); the marker
file ``complete`` then says every merge is covered, so a repair can trust the journals.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from json.encoder import encode_basestring_ascii as _s
from pathlib import Path
from typing import Any

from composer.merge.record.ledgerfile import os_error, private_file, private_folder
from composer.storage.atomic import fsync_dir
from composer.storage.filelock import lock, unlock

__all__ = [
    "JournalRecord",
    "MergeJournals",
    "RowTrace",
    "journal_folder",
    "line",
    "read_journal",
    "read_tail",
    "sending_line",
    "sent_line",
]

COMPLETE = "complete"

# A reserved line: room for a message's outcome ("sent" with the reply, or "unsent"),
# written next to its "sending" line before the message goes out.
SLOT = 256
_BLANK_SLOT = b" " * (SLOT - 1) + b"\n"


def journal_folder(ledger_path: Path) -> Path:
    """``ledger.sqlite`` -> ``ledger-journal/`` beside it."""
    return ledger_path.with_name(ledger_path.stem + "-journal")


@dataclass
class RowTrace:
    """What the journal knows of one row: its last state and Message-ID."""

    state: str  # sending (in doubt if nothing follows), sent, unsent
    message_id: str = ""
    recipients: str = ""
    reply: str = ""
    time: float = 0.0


@dataclass
class JournalRecord:
    """One merge's journal, read back."""

    header: dict[str, Any]
    rows: dict[str, RowTrace] = field(default_factory=dict)


class MergeJournals:
    """The journal files of one ledger; thread-safe, one open file per merge being written.

    Args:
        folder: the journal folder (:func:`journal_folder`).
        fsync_each: fsync after every line (the ledger's ``durability="full"``).
    """

    def __init__(self, folder: Path, *, fsync_each: bool = False) -> None:
        self.folder = folder
        self.fsync_each = fsync_each
        self._files: dict[str, int] = {}
        self._ends: dict[str, int] = {}  # each open journal's length, for reserved slots
        self._lock = threading.Lock()

    def path(self, key: str) -> Path:
        return self.folder / f"{key}.jsonl"

    def has_entries(self) -> bool:
        """Whether any merge has a journal (then a missing database is a lost one)."""
        with contextlib.suppress(OSError):
            return any(p.suffix == ".jsonl" and p.stat().st_size > 0 for p in self.folder.iterdir())
        return False

    @property
    def complete(self) -> bool:
        return (self.folder / COMPLETE).is_file()

    def append(
        self, key: str, header: Callable[[], dict[str, Any]], data: bytes, reserve: bool = False
    ) -> int | None:
        """Append *data* (whole lines, see :func:`line`) to merge *key*'s journal in one write.

        *header* gives the first line's fields when the journal is new. With *reserve*, a
        blank line of :data:`SLOT` bytes follows in the same write, and its offset is
        returned: :meth:`fill` later writes the outcome there, into space the file already
        has, so a disk that filled up in between cannot keep it out of the journal.

        Raises:
            LedgerFull, LedgerUnavailable: the line could not be written.
        """
        try:
            with self._lock:
                fd = self._files.get(key)
                if fd is None:
                    fd = self._files[key] = self._open(self.path(key), header)
                    self._ends[key] = os.fstat(fd).st_size
                slot: int | None = None
                if reserve:
                    slot = self._ends[key] + len(data)
                    data += _BLANK_SLOT
                # One writer per journal (the merge's claim), so writing at the end we
                # keep track of is appending.
                try:
                    _write_at(fd, data, self._ends[key])
                except OSError:
                    # A disk that fills up can take part of the write: a whole "sending"
                    # line left behind would put a message that never went out in doubt.
                    with contextlib.suppress(OSError):
                        os.ftruncate(fd, self._ends[key])
                    raise
                self._ends[key] += len(data)
                if self.fsync_each:
                    os.fsync(fd)
                return slot
        except OSError as exc:
            raise os_error(exc, self.path(key)) from exc

    def fill(self, key: str, slot: int, data: bytes) -> None:
        """Write one line (at most :data:`SLOT` bytes) into a slot :meth:`append` reserved."""
        assert len(data) <= SLOT
        padded = data[:-1] + b" " * (SLOT - len(data)) + b"\n"
        try:
            with self._lock:
                fd = self._files[key]
                _write_at(fd, padded, slot)
                if self.fsync_each:
                    os.fsync(fd)
        except OSError as exc:
            raise os_error(exc, self.path(key)) from exc

    def _open(self, path: Path, header: Callable[[], dict[str, Any]]) -> int:
        private_folder(self.folder)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        try:
            private_file(path)
            size = os.fstat(fd).st_size
            if size == 0:
                _write_at(fd, line({"e": "merge", **header()}), 0)
                os.fsync(fd)
                fsync_dir(self.folder)
            elif os.lseek(fd, size - 1, os.SEEK_SET) >= 0 and os.read(fd, 1) != b"\n":
                # A line a crash cut short: end it, so the next line is not glued to it.
                _write_at(fd, b"\n", size)
        except BaseException:
            os.close(fd)
            raise
        return fd

    def size(self, key: str) -> int:
        """The journal's length now."""
        with contextlib.suppress(OSError):
            return self.path(key).stat().st_size
        return 0

    def sync(self) -> None:
        """fsync every open journal (a run ended)."""
        with self._lock:
            for fd in self._files.values():
                with contextlib.suppress(OSError):
                    os.fsync(fd)

    def close(self) -> None:
        with self._lock:
            for fd in self._files.values():
                with contextlib.suppress(OSError):
                    os.fsync(fd)
                os.close(fd)
            self._files.clear()
            self._ends.clear()

    def remove(self, key: str) -> None:
        with self._lock:
            self._ends.pop(key, None)
            fd = self._files.pop(key, None)
            if fd is not None:
                os.close(fd)
        with contextlib.suppress(FileNotFoundError):
            self.path(key).unlink()

    def write_whole(
        self, key: str, header: dict[str, Any], events: Iterable[dict[str, Any]]
    ) -> None:
        """Write merge *key*'s journal from scratch (from a healthy database)."""
        private_folder(self.folder)
        path = self.path(key)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            _write_all(fd, line({"e": "merge", **header}))
            batch: list[bytes] = []
            for event in events:
                batch.append(line(event))
                if len(batch) >= 1000:
                    _write_all(fd, b"".join(batch))
                    batch.clear()
            _write_all(fd, b"".join(batch))
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)

    def records(self) -> Iterator[JournalRecord]:
        """Every merge's journal, read back."""
        try:
            paths = sorted(p for p in self.folder.iterdir() if p.suffix == ".jsonl")
        except FileNotFoundError:
            return
        for path in paths:
            record = read_journal(path)
            if record is not None:
                yield record

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold the journal folder's lock (one writer of whole journals at a time)."""
        private_folder(self.folder)
        lock_path = self.folder / ".lock"
        fh = lock_path.open("ab")
        try:
            private_file(lock_path)
            lock(fh)  # another process may be writing journals from its database
            try:
                yield
            finally:
                unlock(fh)
        finally:
            fh.close()

    def mark_complete(self) -> None:
        marker = self.folder / COMPLETE
        fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            _write_all(
                fd,
                b"Every merge in the ledger has a journal here "
                b"(see composer.merge.record.journal)\n",
            )
            os.fsync(fd)
        finally:
            os.close(fd)
        fsync_dir(self.folder)


def read_tail(path: Path, offset: int) -> tuple[dict[str, RowTrace], int]:
    """The rows' last states in the whole lines from *offset* on, and where those end."""
    traces: dict[str, RowTrace] = {}
    try:
        fh = path.open("rb")
    except FileNotFoundError:
        return traces, 0
    with fh:
        if offset > fh.seek(0, os.SEEK_END):
            offset = 0  # rewritten since (from a healthy database): read it all again
        fh.seek(offset)
        end = offset
        for raw in fh:
            if not raw.endswith(b"\n"):
                break  # cut short by a crash; it gets its newline before the next line
            end += len(raw)
            _apply(traces, raw)
    return traces, end


def read_journal(path: Path) -> JournalRecord | None:
    """Read one journal; lines cut short by a crash are skipped. None if it has no header."""
    header: dict[str, Any] | None = None
    traces: dict[str, RowTrace] = {}
    with path.open("rb") as fh:
        for raw in fh:
            if header is None:
                with contextlib.suppress(ValueError):
                    first = json.loads(raw)
                    if isinstance(first, dict) and first.get("e") == "merge":
                        header = first
                continue
            _apply(traces, raw)
    return JournalRecord(header, traces) if header is not None else None


def _apply(traces: dict[str, RowTrace], raw: bytes) -> None:
    """Apply one journal line to *traces* (an unreadable line is skipped)."""
    try:
        event = json.loads(raw)
    except ValueError:
        return
    if not isinstance(event, dict) or not event.get("k"):
        return
    key = str(event["k"])
    kind = event.get("e")
    trace = traces.get(key)
    if kind == "sending":
        traces[key] = RowTrace(
            "sending", str(event.get("m", "")), str(event.get("r", "")), "", _time(event)
        )
    elif kind == "sent":
        traces[key] = RowTrace(
            "sent",
            trace.message_id if trace else str(event.get("m", "")),
            trace.recipients if trace else str(event.get("r", "")),
            str(event.get("re", "")),
            _time(event),
        )
    elif kind == "unsent" and trace is not None:
        trace.state = "unsent"


def _time(event: dict[str, Any]) -> float:
    try:
        return float(event.get("t", 0.0))
    except (TypeError, ValueError):
        return 0.0


def line(event: dict[str, Any]) -> bytes:
    """One journal line (ASCII: any text, even a lone surrogate from a CSV, is escaped)."""
    return json.dumps(event, separators=(",", ":")).encode("ascii") + b"\n"


def sending_line(row_key: str, message_id: str, recipients: str, at: float) -> bytes:
    """``line({"e": "sending", ...})`` without the general encoder: it is on the hot path."""
    return (
        f'{{"e":"sending","k":{_s(row_key)},"m":{_s(message_id)},"r":{_s(recipients)},'
        f'"t":{at!r}}}\n'
    ).encode("ascii")


def sent_line(row_key: str, reply: str, at: float, limit: int = 0) -> bytes:
    """``line({"e": "sent", ...})``, fast; with *limit*, the reply is cut to fit in it."""
    data = f'{{"e":"sent","k":{_s(row_key)},"re":{_s(reply)},"t":{at!r}}}\n'.encode("ascii")
    while limit and len(data) > limit and reply:
        reply = reply[: max(0, len(reply) - (len(data) - limit) - 1)]
        data = f'{{"e":"sent","k":{_s(row_key)},"re":{_s(reply)},"t":{at!r}}}\n'.encode("ascii")
    return data


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


_PWRITE = hasattr(os, "pwrite")  # not on Windows


def _write_at(fd: int, data: bytes, offset: int) -> None:
    if _PWRITE and os.pwrite(fd, data, offset) == len(data):
        return  # the usual case: one call, on every mark of every message
    view = memoryview(data)
    while view:
        if _PWRITE:
            n = os.pwrite(fd, view, offset)
        else:
            os.lseek(fd, offset, os.SEEK_SET)
            n = os.write(fd, view)
        view = view[n:]
        offset += n
