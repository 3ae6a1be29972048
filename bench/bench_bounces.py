"""Matching bounces to a large ledger, and exporting its failed rows, in one run.

Run: ``.venv/bin/python bench/bench_bounces.py [--rows 1000000] [--bounces 1000]``

1. **Matching**: ``composer bounces`` finds the row of each returned message by its
   Message-ID. The rows carry no index on it (every mark while sending would pay for one),
   so one lookup is a pass over the table: printed per Message-ID one by one
   (``find_sent``) against all of them in a few passes (``find_sent_many``, what the scan
   uses).
2. **Export**: the failed-rows file of a merge of ``--rows`` rows of which ``--bounces``
   bounced, through the one export (``export_failures``), rows per second.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("COMPOSER_HOME", tempfile.mkdtemp(prefix="bench-bounces-"))

from composer.merge.data.csvsource import CsvSource
from composer.merge.export import export_failures
from composer.merge.record.bounced import (
    BounceMark,
    find_sent,
    find_sent_many,
    record_bounce,
)
from composer.merge.record.ledger import MergeLedger


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--bounces", type=int, default=1000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-bounces-"))
    data = folder / "list.csv"
    with data.open("w", encoding="utf-8") as fh:
        fh.write("name,email,생년월일\n")
        fh.writelines(
            f"P{i},p{i}@x.example,1990-01-{i % 28 + 1:02d}\n" for i in range(1, args.rows + 1)
        )
    step = max(args.rows // args.bounces, 1)
    ids = [f"<{i}.merge@sender.test>" for i in range(1, args.rows + 1, step)][: args.bounces]
    with MergeLedger(folder / "ledger.sqlite") as ledger:
        merge_id = ledger.open_merge("bench", name="bench", csv_path=str(data), template="t")
        started = time.monotonic()
        with ledger._lock:
            ledger._db.execute("BEGIN")
            ledger._db._conn.executemany(
                "INSERT INTO rows(merge_id, row_key, row_number, scan, recipients, status,"
                " message_id, updated) VALUES (?,?,?,1,?,'sent',?,0)",
                (
                    (merge_id, f"k{i}", i, f"p{i}@x.example", f"<{i}.merge@sender.test>")
                    for i in range(1, args.rows + 1)
                ),
            )
            ledger._db.execute("COMMIT")
        print(f"ledger of {args.rows:,} sent rows made in {time.monotonic() - started:.1f} s")

        sample = ids[:10]
        started = time.monotonic()
        for mid in sample:
            assert find_sent(ledger, mid) is not None
        one = (time.monotonic() - started) / len(sample)
        started = time.monotonic()
        found = find_sent_many(ledger, ids)
        many = time.monotonic() - started
        assert len(found) == len(ids)
        print(
            f"matching {len(ids):,} bounces: one by one {one * len(ids):.1f} s "
            f"({one * 1000:.0f} ms each, estimated from {len(sample)}) | "
            f"batched {many:.2f} s | {one * len(ids) / many:.0f}x"
        )
        for merge, key, recipients in found.values():
            record_bounce(ledger, BounceMark(merge, key, recipients, True, "5.1.1", "gone"))
        out = folder / "failed.csv"
        started = time.monotonic()
        written = export_failures(ledger, merge_id, 1, CsvSource(data), out, hide=["생년월일"])
        spent = time.monotonic() - started
        print(
            f"export of the bounced rows: {written:,} of {args.rows:,} rows in {spent:.2f} s "
            f"({args.rows / spent:,.0f} data rows/s)"
        )


if __name__ == "__main__":
    main()
