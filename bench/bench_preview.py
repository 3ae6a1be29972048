"""Benchmark the merge window's preview: showing row N of a large data file.

Run: ``.venv/bin/python bench/bench_preview.py [--rows 1000000]``

Side by side, for rows near the start, the middle and the end of a generated CSV (two
lines per row: a quoted note spans lines, as spreadsheet exports do):

* **scan**: read the file from the first row up to row N (what the preview did before);
* **index, first jump**: :class:`composer.merge.data.rowindex.RowIndex` on a fresh index
  (it reads forward once, remembering where every 256th row starts);
* **index, later jumps**: the same rows again, and rows before them, once marked.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from composer.merge.data.csvsource import CsvSource
from composer.merge.data.rowindex import RowIndex


def write_rows(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("name,email,note\n")
        for i in range(1, rows + 1):
            fh.write(f'Person {i},p{i}@example.org,"note {i}\nsecond line"\n')


def scan_to(source: CsvSource, number: int) -> float:
    start = time.perf_counter()
    for row in source.rows():
        if row.number == number:
            break
    return time.perf_counter() - start


def timed(index: RowIndex, number: int) -> float:
    start = time.perf_counter()
    row = index.row(number)
    assert row is not None
    assert row.number == number
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rows.csv"
        write_rows(path, args.rows)
        source = CsvSource(path)
        targets = [10, args.rows // 2, args.rows]
        index = RowIndex(source)
        print(f"{args.rows:,} rows, {path.stat().st_size / 1e6:.0f} MB")
        print(f"{'row':>10} {'scan':>10} {'index, first':>14} {'index, later':>14}")
        for number in targets:
            scan = scan_to(source, number)
            first = timed(index, number)
            later = min(timed(index, n) for n in (number, max(1, number - 1000)))
            times = f"{scan * 1000:>8.1f}ms {first * 1000:>12.1f}ms {later * 1000:>12.2f}ms"
            print(f"{number:>10,} {times}")


if __name__ == "__main__":
    main()
