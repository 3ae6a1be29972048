"""The ledger's marks: each row's fate, written to the database and the merge's journal.

Part of :class:`composer.merge.record.ledger.MergeLedger` (the durability argument is in that
module's docstring): a message's "sending" mark is a journal line written right before
the end of its content goes out, with a slot reserved for its outcome; "sent" is written
into that slot the moment it is known and committed to the database with the next batch
(:mod:`composer.merge.record.sentbatch`); the row going back to pending or failed is
written into the slot and committed at once. :meth:`LedgerMarks.settle_interrupted`
brings the database up to date with journal lines it has not seen (a run that died), and
the rows in doubt are settled by the user's choice (:mod:`composer.merge.record.doubt`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from composer.i18n import translate
from composer.merge.record.journal import (
    SLOT,
    MergeJournals,
    line,
    read_tail,
    sending_line,
    sent_line,
)
from composer.merge.record.ledgerfile import GuardedDb, LedgerFull, os_error
from composer.merge.record.sentbatch import SENT_UPDATE, SentBatch

if TYPE_CHECKING:
    from composer.merge.record.tables import MergeInfo

__all__ = ["LedgerMarks", "in_doubt_reason"]


def in_doubt_reason() -> str:
    """Why a row is "unknown" after a run stopped while its message was going out."""
    return translate(
        "MergeLedger",
        "in flight when a run stopped: the whole message had gone out, so it was most likely "
        "delivered, but the server's confirmation was not recorded",
    )


class LedgerMarks:
    """The marking half of :class:`~composer.merge.record.ledger.MergeLedger` (a mixin)."""

    _db: GuardedDb
    _lock: threading.RLock
    _time: Callable[[], float]
    journals: MergeJournals
    _keys: dict[int, str]
    _slots: dict[tuple[int, str], int]
    sent_batch: SentBatch

    def merge(self, merge_id: int) -> MergeInfo:
        raise NotImplementedError

    def settle_interrupted(self, merge_id: int) -> int:
        """Bring the database up to date with the merge's journal; returns rows in doubt found.

        A message whose "sending" line has no reply after it went out in a run that died:
        its row becomes "unknown" (in doubt), with its Message-ID. A "sent" line the
        database missed (e.g. the disk filled up) makes the row "sent". Call only while
        holding the merge's claim: then no other run is sending it.
        """
        key = self.merge(merge_id).key
        with self._lock:
            r = self._db.execute("SELECT offset FROM journal_seen WHERE merge_id=?", (merge_id,))
            seen = int(r.fetchone()[0]) if r.rows else 0
            try:
                traces, end = read_tail(self.journals.path(key), seen)
            except OSError as exc:
                raise os_error(exc, self.journals.path(key)) from exc
            now = self._time()
            found = 0
            for row_key, trace in traces.items():
                if trace.state == "sending":
                    found += self._db.execute(
                        "UPDATE rows SET status='unknown', reason=?, message_id=?, updated=?"
                        " WHERE merge_id=? AND row_key=? AND status NOT IN ('sent', 'unknown')",
                        (in_doubt_reason(), trace.message_id, now, merge_id, row_key),
                    ).rowcount
                elif trace.state == "sent":
                    self._db.execute(
                        "UPDATE rows SET status='sent', reply=?, message_id=?, updated=?"
                        " WHERE merge_id=? AND row_key=? AND status!='sent'",
                        (trace.reply, trace.message_id, trace.time or now, merge_id, row_key),
                    )
            # Rows a version without journals left "sending".
            found += self._db.execute(
                "UPDATE rows SET status='unknown', reason=?, updated=? "
                "WHERE merge_id=? AND status='sending'",
                (in_doubt_reason(), now, merge_id),
            ).rowcount
            self._seen(merge_id, end)
            return found

    def _seen(self, merge_id: int, offset: int) -> None:
        self._db.execute(
            "INSERT INTO journal_seen(merge_id, offset) VALUES (?, ?)"
            " ON CONFLICT(merge_id) DO UPDATE SET offset=excluded.offset",
            (merge_id, offset),
        )

    # -- the marks (each one durable on return) -----------------------------------------

    def _journal(self, merge_id: int, data: bytes, reserve: bool = False) -> int | None:
        key = self._keys.get(merge_id)
        if key is None:
            key = self._keys[merge_id] = self.merge(merge_id).key
        try:
            return self.journals.append(key, lambda: self._journal_header(merge_id), data, reserve)
        except LedgerFull:
            # Our own write-ahead log may be what filled the disk: give its space back.
            with self._lock:
                if not self._db.make_room():
                    raise
            return self.journals.append(key, lambda: self._journal_header(merge_id), data, reserve)

    def _outcome(self, merge_id: int, row_key: str, make: Callable[[int], bytes]) -> None:
        """Journal a message's outcome: in its reserved slot if it has one."""
        slot = self._slots.pop((merge_id, row_key), None)
        if slot is None:
            self._journal(merge_id, make(0))
        else:
            self.journals.fill(self._keys[merge_id], slot, make(SLOT))

    def _journal_header(self, merge_id: int) -> dict[str, Any]:
        return self.merge(merge_id).journal_header()

    def _mark(self, sql: str, args: tuple[object, ...]) -> None:
        with self._lock:
            self._db.execute(sql, args)

    def mark_sending(
        self, merge_id: int, row_key: str, message_id: str, recipients: str = ""
    ) -> None:
        """Durably note that this row's message may be delivered from now on.

        Called right before the end of its content goes out, with its Message-ID (by
        which a later look in the Sent folder can find it). One line in the journal: the
        database learns of it from :meth:`mark_sent`, :meth:`mark_unknown`, or at the
        next run (:meth:`settle_interrupted`). If the write fails, the message is not sent.
        """
        slot = self._journal(
            merge_id, sending_line(row_key, message_id, recipients, self._time()), reserve=True
        )
        if slot is not None:
            self._slots[(merge_id, row_key)] = slot

    def mark_sent(
        self,
        merge_id: int,
        row_key: str,
        reply: str,
        note: str = "",
        message_id: str | None = None,
        attempts: int = 1,
    ) -> None:
        """Durably note that the server accepted this row's message (as soon as it said so).

        The journal's line first (into the slot reserved with "sending": a full disk
        cannot keep it out), then the database's update, kept back to be committed with
        others (:mod:`composer.merge.record.sentbatch`): the journal line is what keeps
        the row from being sent again, whatever happens next.
        """
        now = self._time()
        try:
            # As _outcome, written out: this runs once for every message sent.
            slot = self._slots.pop((merge_id, row_key), None)
            if slot is None:
                self._journal(merge_id, sent_line(row_key, reply, now))
            else:
                self.journals.fill(self._keys[merge_id], slot, sent_line(row_key, reply, now, SLOT))
        except BaseException:
            # The journal could not take it: the database must, now.
            self._mark(SENT_UPDATE, (reply, note, now, message_id, attempts, merge_id, row_key))
            raise
        with self._lock:
            self.sent_batch.add((reply, note, now, message_id, attempts, merge_id, row_key))

    def _set_status(self, status: str, merge_id: int, row_key: str, reason: str) -> None:
        self._mark(
            "UPDATE rows SET status=?, reason=?, updated=? WHERE merge_id=? AND row_key=?",
            (status, reason, self._time(), merge_id, row_key),
        )

    def _unsent(self, merge_id: int, row_keys: Iterable[str]) -> None:
        now = self._time()
        data = b"".join(line({"e": "unsent", "k": k, "t": now}) for k in row_keys)
        if data:
            self._journal(merge_id, data)

    def _unsent_one(self, merge_id: int, row_key: str) -> None:
        unsent = line({"e": "unsent", "k": row_key, "t": self._time()})
        self._outcome(merge_id, row_key, lambda _limit: unsent)

    def mark_failed(self, merge_id: int, row_key: str, reason: str) -> None:
        # The journal first (a message's outcome goes into room reserved for it, so a full
        # disk cannot keep it out), then the database, also if the journal failed.
        try:
            self._unsent_one(merge_id, row_key)
        finally:
            self._set_status("failed", merge_id, row_key, reason)

    def mark_unknown(
        self, merge_id: int, row_key: str, reason: str, message_id: str = "", attempts: int = 1
    ) -> None:
        """The server's reply to this row's end of data never came: in doubt."""
        self._slots.pop((merge_id, row_key), None)  # its journal line says "sending": right
        self._mark(
            "UPDATE rows SET status='unknown', reason=?, updated=?,"
            " message_id=?, attempts=attempts+? WHERE merge_id=? AND row_key=?",
            (reason, self._time(), message_id, attempts, merge_id, row_key),
        )

    def mark_pending(self, merge_id: int, row_key: str, reason: str = "") -> None:
        try:
            self._unsent_one(merge_id, row_key)  # as in mark_failed
        finally:
            self._set_status("pending", merge_id, row_key, reason)

    def mark_skipped(self, merge_id: int, row_key: str, reason: str) -> None:
        self._set_status("skipped", merge_id, row_key, reason)

    def _unknown_keys(self, merge_id: int, row_keys: Iterable[str] | None) -> list[str]:
        with self._lock:
            found = [
                str(r[0])
                for r in self._db.execute(
                    "SELECT row_key FROM rows WHERE merge_id=? AND status='unknown'", (merge_id,)
                )
            ]
        if row_keys is None:
            return found
        wanted = set(row_keys)
        return [k for k in found if k in wanted]

    def release_unknown(self, merge_id: int) -> int:
        """Let the next run send the rows in doubt AGAIN (the user said so); returns count.

        They were most likely delivered: their recipients will probably get two copies.
        """
        keys = self._unknown_keys(merge_id, None)
        now = self._time()
        self._unsent(merge_id, keys)
        with self._lock:
            for key in keys:
                self._db.execute(
                    "UPDATE rows SET status='pending', reason='', updated=? "
                    "WHERE merge_id=? AND row_key=? AND status='unknown'",
                    (now, merge_id, key),
                )
        return len(keys)

    def confirm_sent(
        self, merge_id: int, row_keys: Iterable[str] | None = None, reason: str = ""
    ) -> int:
        """Record rows in doubt as delivered (all of them, or *row_keys*); returns count."""
        keys = self._unknown_keys(merge_id, row_keys)
        now = self._time()
        reason = reason or translate("MergeLedger", "confirmed by the user")
        if keys:
            self._journal(merge_id, b"".join(sent_line(k, reason, now) for k in keys))
        with self._lock:
            for key in keys:
                self._db.execute(
                    "UPDATE rows SET status='sent', reason=?, updated=? "
                    "WHERE merge_id=? AND row_key=? AND status='unknown'",
                    (reason, now, merge_id, key),
                )
        return len(keys)

    def mark_unknown_sent(self, merge_id: int) -> int:
        """The user confirmed the rows in doubt were delivered; returns count."""
        return self.confirm_sent(merge_id)
