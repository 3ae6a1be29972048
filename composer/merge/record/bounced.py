"""Which sent messages came back: the ledger's record of bounces.

Kept in a table of its own beside the rows (created on first use), one line per returned
message and recipient, so the rows' own states, their journal and ``--repair-ledger`` stay
exactly as they were: a bounced row is still a row the server accepted (it must never be
sent again by a resume); it now also says that the address did not work, and why. An
unsubscribe request answering a row is kept the same way (table ``unsubscribes``). Both
tables are part of the ledger's schema (:data:`composer.merge.record.tables.SCHEMA`).
"""

from __future__ import annotations

import datetime
import time
from collections.abc import Iterable
from dataclasses import dataclass

from composer.i18n import translate
from composer.merge.record.ledger import MergeLedger

__all__ = [
    "BounceMark",
    "Returned",
    "bounces_of",
    "find_sent",
    "find_sent_many",
    "find_sent_to",
    "record_bounce",
    "record_unsubscribe",
    "returned_reason",
    "returned_rows",
    "row_address",
]


@dataclass(frozen=True)
class BounceMark:
    merge_id: int
    row_key: str
    recipient: str
    hard: bool
    status: str
    reason: str
    seen: float = 0.0


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


def find_sent_many(
    ledger: MergeLedger, message_ids: Iterable[str]
) -> dict[str, tuple[int, str, str]]:
    """bare Message-ID -> (merge id, row key, recipients) of the sent rows among *message_ids*.

    The rows carry no index on their Message-ID (every mark would pay for it): each query is
    a pass over the whole table (about 0.1 s for a million rows), so a scan asks once per few
    hundred returned messages rather than once per message.
    """
    bare = sorted({b for b in (_bare(m) for m in message_ids) if b})
    found: dict[str, tuple[int, str, str]] = {}
    for start in range(0, len(bare), _CHUNK):
        chunk = bare[start : start + _CHUNK]
        wanted = chunk + [f"<{b}>" for b in chunk]
        marks = ",".join("?" * len(wanted))
        with ledger._lock:
            rows = ledger._db.execute(
                "SELECT merge_id, row_key, recipients, message_id FROM rows"  # noqa: S608
                f" WHERE message_id IN ({marks})",
                wanted,
            ).fetchall()
        for r in rows:
            found.setdefault(_bare(str(r[3])), (int(r[0]), str(r[1]), str(r[2])))
    return found


_CHUNK = 400  # Message-IDs per query (two parameters each, within SQLite's limit)


def record_bounce(ledger: MergeLedger, mark: BounceMark) -> bool:
    """Record *mark*; False when that bounce was recorded already (a scan run twice)."""
    with ledger._lock:
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
        found = ledger._db.execute(
            "SELECT merge_id, row_key, recipient, hard, status, reason, seen FROM bounces"
            " WHERE merge_id=? ORDER BY hard DESC, row_key",
            (merge_id,),
        ).fetchall()
    return [
        BounceMark(int(r[0]), str(r[1]), str(r[2]), bool(r[3]), str(r[4]), str(r[5]), float(r[6]))
        for r in found
    ]


def find_sent_to(ledger: MergeLedger, address: str) -> tuple[int, str, str] | None:
    """(merge id, row key, recipients) of the latest row sent to *address*, or None.

    For an unsubscribe request that does not say which message it answers (a mail program
    following a ``List-Unsubscribe`` mailto writes a new message): the row is the last one
    mailed to that address.
    """
    from composer.merge.record.suppression import bare_address

    wanted = bare_address(address)
    if not wanted:
        return None
    with ledger._lock:
        # instr() narrows the scan; the parsed comparison below decides.
        found = ledger._db.execute(
            "SELECT merge_id, row_key, recipients FROM rows WHERE status IN ('sent', 'unknown')"
            " AND instr(lower(recipients), ?) > 0 ORDER BY updated DESC",
            (wanted,),
        ).fetchall()
    for r in found:
        if any(bare_address(a) == wanted for a in _split(str(r[2]))):
            return int(r[0]), str(r[1]), str(r[2])
    return None


def row_address(recipients: str, *candidates: str) -> str:
    """Which of a row's *recipients* a bounce is about.

    The first of *candidates* (the report's original, then final recipient) that the row
    mailed; else, when the row mailed one address, that one (a forwarded mailbox bounces
    under the address it forwards to, and the list holds the one it was sent to); else the
    first candidate given.
    """
    from composer.merge.record.suppression import bare_address

    listed = _split(recipients)
    mailed = {bare_address(a): a for a in listed}
    for candidate in candidates:
        if candidate and bare_address(candidate) in mailed:
            return bare_address(candidate)
    if len(listed) == 1:
        return bare_address(listed[0])
    return next((c for c in candidates if c), "")


def _split(recipients: str) -> list[str]:
    import email.utils

    return [addr for _name, addr in email.utils.getaddresses([recipients]) if addr]


def record_unsubscribe(ledger: MergeLedger, merge_id: int, row_key: str, address: str) -> bool:
    """Record that the row's recipient *address* asked to unsubscribe; False if known."""
    with ledger._lock:
        done = ledger._db.execute(
            "INSERT INTO unsubscribes VALUES (?,?,?,?) ON CONFLICT DO NOTHING RETURNING 1",
            (merge_id, row_key, address, time.time()),
        ).fetchone()
    return done is not None


@dataclass(frozen=True)
class Returned:
    """A row of a merge that came back: bounced (hard or soft) or unsubscribed."""

    row_key: str
    row_number: int
    recipient: str
    kind: str  # "bounced" or "unsubscribed"
    hard: bool
    status: str
    reason: str
    seen: float


def returned_rows(ledger: MergeLedger, merge_id: int, scan: int | None = None) -> list[Returned]:
    """The bounced and unsubscribed rows of a merge (of pass *scan* only, when given), in
    row order; a row's hard bounce before its soft one, bounces before an unsubscribe."""
    args = (merge_id, scan, scan)
    with ledger._lock:
        bounced = ledger._db.execute(
            "SELECT b.row_key, r.row_number, b.recipient, b.hard, b.status, b.reason, b.seen"
            " FROM bounces b JOIN rows r ON r.merge_id=b.merge_id AND r.row_key=b.row_key"
            " WHERE b.merge_id=? AND (? IS NULL OR r.scan=?)",
            args,
        ).fetchall()
        unsubscribed = ledger._db.execute(
            "SELECT u.row_key, r.row_number, u.address, u.seen"
            " FROM unsubscribes u JOIN rows r ON r.merge_id=u.merge_id AND r.row_key=u.row_key"
            " WHERE u.merge_id=? AND (? IS NULL OR r.scan=?)",
            args,
        ).fetchall()
    out = [
        Returned(
            str(r[0]),
            int(r[1]),
            str(r[2]),
            "bounced",
            bool(r[3]),
            str(r[4]),
            str(r[5]),
            float(r[6]),
        )
        for r in bounced
    ]
    out += [
        Returned(str(r[0]), int(r[1]), str(r[2]), "unsubscribed", False, "", "", float(r[3]))
        for r in unsubscribed
    ]
    out.sort(key=lambda x: (x.row_number, x.kind != "bounced", not x.hard, x.seen))
    return out


def _when(seen: float) -> str:
    return datetime.datetime.fromtimestamp(seen).strftime("%Y-%m-%d %H:%M") if seen else ""


def returned_reason(item: Returned) -> str:
    """A bounce or an unsubscribe request in words, with the time it was found."""
    if item.kind == "unsubscribed":
        text = translate("MergeExport", "{address} asked to unsubscribe ({time})")
        return text.format(address=item.recipient, time=_when(item.seen))
    text = (
        translate("MergeExport", "hard bounce, {recipient}: {reason} ({time})")
        if item.hard
        else translate("MergeExport", "soft bounce, {recipient}: {reason} ({time})")
    )
    reason = " ".join(item.reason.split()) or item.status
    return text.format(recipient=item.recipient, reason=reason, time=_when(item.seen))
