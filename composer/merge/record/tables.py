"""The ledger's tables, the records read from them, and how merges and rows are named.

A merge is identified by its data file and template (:func:`merge_key`); a row by its
recipients (:func:`recipient_base`, see :mod:`composer.merge.record.ledger`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from composer.merge.record.suppression import bare_address
from composer.storage import paths

__all__ = [
    "MERGE_COLUMNS",
    "ROW_COLUMNS",
    "ROW_STATES",
    "SCHEMA",
    "LedgerRow",
    "MergeInfo",
    "bare_base",
    "default_ledger_path",
    "ledger_row",
    "merge_info",
    "merge_key",
    "recipient_base",
]

ROW_STATES = ("pending", "sending", "sent", "failed", "skipped", "unknown")

SCHEMA = """
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
CREATE TABLE IF NOT EXISTS journal_seen (
    merge_id INTEGER PRIMARY KEY,
    offset INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS scan_counts (
    merge_id INTEGER NOT NULL,
    base TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (merge_id, base)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS merge_reading (
    merge_id INTEGER PRIMARY KEY,
    group_by TEXT NOT NULL DEFAULT '',
    secret_columns TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS bounces (
    merge_id INTEGER NOT NULL,
    row_key TEXT NOT NULL,
    recipient TEXT NOT NULL,
    hard INTEGER NOT NULL,
    status TEXT NOT NULL,
    reason TEXT NOT NULL,
    seen REAL NOT NULL,
    PRIMARY KEY (merge_id, row_key, recipient)
);
CREATE TABLE IF NOT EXISTS unsubscribes (
    merge_id INTEGER NOT NULL,
    row_key TEXT NOT NULL,
    address TEXT NOT NULL,
    seen REAL NOT NULL,
    PRIMARY KEY (merge_id, row_key, address)
);
CREATE TABLE IF NOT EXISTS merge_accounts (
    merge_id INTEGER NOT NULL,
    account TEXT NOT NULL,
    PRIMARY KEY (merge_id, account)
) WITHOUT ROWID;
"""


def default_ledger_path() -> Path:
    """``<data_dir>/merges/ledger.sqlite``."""
    return paths.data_dir() / "merges" / "ledger.sqlite"


def merge_key(csv_fingerprint: str, template_fingerprint: str) -> str:
    """The identity of a merge: this data file with this template."""
    return hashlib.sha256(f"{csv_fingerprint}\0{template_fingerprint}".encode()).hexdigest()[:24]


def recipient_base(recipients: Iterable[str]) -> str:
    """A hash of the normalised (bare, lower-case, sorted) recipient addresses."""
    return bare_base(bare_address(r) for r in recipients if r.strip())


def bare_base(bare: Iterable[str]) -> str:
    """:func:`recipient_base` of addresses already bare and lower-case (blanks left out)."""
    unique = sorted(set(bare))
    return hashlib.sha256("\n".join(unique).encode("utf-8", "surrogatepass")).hexdigest()[:24]


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

    def journal_header(self) -> dict[str, Any]:
        """The first line of the merge's journal (:mod:`composer.merge.record.journal`)."""
        return {
            "key": self.key,
            "name": self.name,
            "csv": self.csv_path,
            "columns": list(self.columns),
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "created": self.created,
        }


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


# Fixed column lists (never data) for the SELECTs whose rows the two functions below read.
#: The columns :func:`merge_info` reads, in its order.
MERGE_COLUMNS = (
    "id, key, name, csv_path, template, columns, encoding, delimiter, created, updated, scan,"
    " last_outcome"
)
#: The columns :func:`ledger_row` reads, in its order.
ROW_COLUMNS = (
    "row_key, row_number, recipients, status, message_id, reply, reason, attempts, updated"
)


def merge_info(r: Sequence[Any], counts: dict[str, int]) -> MergeInfo:
    """A :class:`MergeInfo` from a row of :data:`MERGE_COLUMNS`."""
    return MergeInfo(
        id=int(r[0]),
        key=str(r[1]),
        name=str(r[2]),
        csv_path=str(r[3]),
        template=str(r[4]),
        columns=tuple(json.loads(str(r[5]))),
        encoding=str(r[6]),
        delimiter=str(r[7]),
        created=float(r[8]),
        updated=float(r[9]),
        scan=int(r[10]),
        last_outcome=str(r[11]),
        counts=counts,
    )


def ledger_row(r: Sequence[Any]) -> LedgerRow:
    """A :class:`LedgerRow` from a row of :data:`ROW_COLUMNS`."""
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
