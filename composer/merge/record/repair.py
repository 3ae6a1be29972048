"""Rebuilding a lost or damaged ledger from its journals (``composer merge --repair-ledger``).

The rebuilt ledger knows every message the journals saw going out: those the server
accepted are "sent", those whose reply never came are "in doubt" (``unknown``), exactly as
the lost database had them, so running a merge again afterwards never resends anything.
Rows the journals never saw going out are not in it; the next check pass adds them as
pending, which is right: they were never sent. What is lost are the reasons of failed and
skipped rows, which the next run finds again.

The damaged file is kept beside the new one (``ledger.sqlite.damaged-<time>``), and no
merge may be running meanwhile.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from composer.i18n import translate
from composer.merge.record.journal import JournalRecord, MergeJournals, journal_folder
from composer.merge.record.ledger import MergeLedger
from composer.merge.record.ledgerfile import (
    LedgerDamaged,
    LedgerError,
    create_database,
    os_error,
    private_file,
)
from composer.merge.record.runlock import MergeClaims
from composer.merge.record.tables import SCHEMA, default_ledger_path

__all__ = ["RepairReport", "repair_ledger"]


@dataclass(frozen=True)
class RepairReport:
    """What a repair rebuilt."""

    merges: int
    sent: int
    in_doubt: int
    kept_as: Path | None


def repair_ledger(path: Path | None = None) -> RepairReport:
    """Rebuild the ledger at *path* (default: the user's) from its journals.

    Raises:
        LedgerError: there is nothing to repair, or no journal to rebuild from.
        LedgerBusy: a merge is open in another window or process.
    """
    path = Path(path) if path is not None else default_ledger_path()
    journals = MergeJournals(journal_folder(path))
    if not journals.complete:
        raise LedgerError(
            translate(
                "MergeLedger",
                "The record of sent mail, {path}, has no journal to rebuild it from (it was "
                "made by an older Composer). Restore it from a backup.",
            ).format(path=path)
        )
    if _readable(path, MergeLedger):
        raise LedgerError(
            translate(
                "MergeLedger", "The record of sent mail, {path}, can be read: nothing to repair."
            ).format(path=path)
        )
    records = list(journals.records())
    claims = MergeClaims(path.parent)
    try:
        for record in records:
            claims.claim(str(record.header.get("key", "")))  # LedgerBusy: a merge runs
        kept = _move_aside(path)
        counts = [0, 0]
        create_database(path, SCHEMA, fill=lambda db: _fill(db, records, counts))
    finally:
        claims.release_all()
    return RepairReport(len(records), counts[0], counts[1], kept)


def _readable(path: Path, ledger_class: type[MergeLedger]) -> bool:
    if not path.exists() and not path.is_symlink():
        return False
    try:
        with ledger_class(path) as ledger:
            found = ledger._db.execute("PRAGMA quick_check").fetchone()
    except LedgerDamaged:
        return False
    return bool(found) and found[0] == "ok"


def _move_aside(path: Path) -> Path | None:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    kept: Path | None = None
    for suffix in ("", "-wal", "-shm"):
        src = Path(str(path) + suffix)
        if not src.exists() and not src.is_symlink():
            continue
        dst = path.with_name(f"{path.name}.damaged-{stamp}{suffix}")
        try:
            src.rename(dst)
        except OSError as exc:
            raise os_error(exc, path) from exc
        if dst.is_file():
            private_file(dst)
        if not suffix:
            kept = dst
    return kept


def _fill(db: sqlite3.Connection, records: list[JournalRecord], counts: list[int]) -> None:
    now = time.time()
    for record in records:
        h = record.header
        cur = db.execute(
            "INSERT INTO merges(key, name, csv_path, template, columns, encoding, delimiter,"
            " created, updated, last_outcome) VALUES (?,?,?,?,?,?,?,?,?,?) RETURNING id",
            (
                str(h.get("key", "")),
                str(h.get("name", "")),
                str(h.get("csv", "")),
                "",
                json.dumps(list(h.get("columns", []))),
                str(h.get("encoding", "")),
                str(h.get("delimiter", ",")),
                float(h.get("created", now)),
                now,
                "rebuilt",
            ),
        )
        merge_id = int(cur.fetchone()[0])
        for key, trace in record.rows.items():
            if trace.state == "unsent":
                continue  # pending: the next check pass adds it again
            status = "sent" if trace.state == "sent" else "unknown"
            counts[0 if status == "sent" else 1] += 1
            with contextlib.suppress(sqlite3.IntegrityError):
                db.execute(
                    "INSERT INTO rows(merge_id, row_key, row_number, scan, recipients, status,"
                    " message_id, reply, reason, attempts, updated)"
                    " VALUES (?,?,0,-1,?,?,?,?,?,1,?)",
                    (
                        merge_id,
                        key,
                        trace.recipients,
                        status,
                        trace.message_id,
                        trace.reply,
                        translate("MergeLedger", "rebuilt from the journal")
                        if status == "sent"
                        else translate(
                            "MergeLedger",
                            "rebuilt from the journal: the message had gone out and its "
                            "confirmation was not recorded; it was most likely delivered",
                        ),
                        trace.time or now,
                    ),
                )
