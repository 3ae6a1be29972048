"""Benchmark reading merge data from spreadsheets, side by side with the same data as CSV.

Run: ``.venv/bin/python bench/bench_sheets.py [--rows 100000] [--memory-sizes 10000,100000]
[--million]`` (``--million`` adds 1,000,000 rows; its files are written once into
``--big-folder``, by default ``/tmp/composer-bench-sheets``, and kept: about 3 minutes the
first time).

For each format (``.xlsx`` written by openpyxl, ``.ods`` written here as plain
OpenDocument XML, CSV), in one run:

1. **first row**: seconds from nothing to the first rendered row (open the file, find the
   sheet and header, render row 1), the number the merge window waits for;
2. **validation**: a whole check pass (every row rendered, checked, recorded in a fresh
   ledger) in rows per second, and its ratio to the CSV rate (target: the spreadsheet at
   no worse than 1.5x the CSV time);
3. **memory**: peak RSS of a whole check pass in a fresh process, as the file grows.

python-calamine reads a sheet whole into native memory (it does not stream), so memory
grows with the sheet for ``.xlsx`` and ``.ods``; CSV stays flat. The numbers say how much.
Its ``CalamineSheet.iter_rows()`` (0.9.1, the newest) walks a sheet already loaded:
``get_sheet_by_name`` is where a 1,000,000-row ``.xlsx`` takes about 5 s and 240 MB before
the first row. openpyxl's ``read_only`` mode does stream, but reads 100,000 rows in about
6 s of CPU against calamine's 0.3 s, which would put the check pass far beyond 1.5x the
CSV time, so the merge keeps calamine.
"""

from __future__ import annotations

import argparse
import contextlib
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from composer.merge import MergeLedger, MergeOptions, MergePlan, MergeTemplate  # noqa: E402
from composer.merge.data.opening import open_data  # noqa: E402
from composer.storage import paths  # noqa: E402

TEMPLATE = MergeTemplate(
    subject="{{ 이름 }}님 안내 ({{ 번호 }})",
    text="{{ 이름 }}님, 생일 {{ 생일 }}, 금액 {{ 금액 }}원.",
    from_email="행정실 <office@school.example>",
    to="{{ 이름 }} <{{ email }}>",
)
HEADER = ["이름", "email", "번호", "생일", "금액"]


def row(i: int) -> list[str]:
    return [f"회원{i}", f"member{i}@example.org", f"{i:06d}", "2011-03-05", str(1000 + i)]


def write_csv(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(",".join(HEADER) + "\n")
        for i in range(n):
            fh.write(",".join(row(i)) + "\n")
    return path


def write_xlsx(path: Path, n: int) -> Path:
    import datetime

    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("명단")
    sheet.append(HEADER)
    born = datetime.date(2011, 3, 5)
    for i in range(n):
        name, addr, number, _born, amount = row(i)
        sheet.append([name, addr, number, born, int(amount)])
    book.save(path)
    return path


def write_ods(path: Path, n: int) -> Path:
    """A minimal OpenDocument spreadsheet, as LibreOffice lays out its parts."""

    def cell(value: str, kind: str = "string") -> str:
        if kind == "float":
            return f'<table:table-cell office:value-type="float" office:value="{value}"/>'
        if kind == "date":
            return f'<table:table-cell office:value-type="date" office:date-value="{value}"/>'
        return (
            '<table:table-cell office:value-type="string">'
            f"<text:p>{escape(value)}</text:p></table:table-cell>"
        )

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
            ' manifest:version="1.2">'
            '<manifest:file-entry manifest:full-path="/" manifest:version="1.2"'
            ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>",
        )
        with z.open("content.xml", "w") as fh:
            fh.write(
                (
                    '<?xml version="1.0" encoding="UTF-8"?>'
                    "<office:document-content"
                    ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
                    ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
                    ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
                    ' office:version="1.2"><office:body><office:spreadsheet>'
                    '<table:table table:name="명단">'
                ).encode()
            )
            header = "".join(cell(h) for h in HEADER)
            fh.write(f"<table:table-row>{header}</table:table-row>".encode())
            for i in range(n):
                name, addr, number, born, amount = row(i)
                fh.write(
                    (
                        "<table:table-row>"
                        + cell(name)
                        + cell(addr)
                        + cell(number)
                        + cell(born, "date")
                        + cell(amount, "float")
                        + "</table:table-row>"
                    ).encode()
                )
            fh.write(b"</table:table></office:spreadsheet></office:body></office:document-content>")
    return path


def first_row_seconds(path: Path) -> float:
    with tempfile.TemporaryDirectory() as home, paths.override_base(Path(home)):
        start = time.perf_counter()
        with MergeLedger() as ledger:
            source = open_data(path)
            plan = MergePlan(source, TEMPLATE, ledger, MergeOptions())
            first = next(iter(source.rows()))
            rendered = plan.render(first)
            assert rendered.to == ["회원0 <member0@example.org>"], rendered.to
            return time.perf_counter() - start


def validation_seconds(path: Path) -> tuple[float, int]:
    with (
        tempfile.TemporaryDirectory() as home,
        paths.override_base(Path(home)),
        MergeLedger() as ledger,
    ):
        plan = MergePlan(open_data(path), TEMPLATE, ledger, MergeOptions())
        start = time.perf_counter()
        report = plan.validate()
        elapsed = time.perf_counter() - start
    assert report.counts["ready"] == report.total, report.counts
    return elapsed, report.total


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def memory_child(path: str) -> None:
    """In a fresh process: a whole check pass; print (peak RSS, peak above the start) in KiB.

    The high-water mark the imports left is reset first (Linux: clear_refs 5), so the
    second number is the pass's own: the file, the reader's copy of the sheet, the ledger.
    """
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")
    base = _status_kib("VmRSS")
    validation_seconds(Path(path))
    peak = _status_kib("VmHWM")
    print(peak, peak - base)


def million_files(folder: Path, rows: int) -> dict[str, Path]:
    """The large files, written once into *folder* and kept for later runs (slow to make)."""
    folder.mkdir(parents=True, exist_ok=True)
    writers = {"csv": write_csv, "xlsx": write_xlsx, "ods": write_ods}
    out = {}
    for kind, write in writers.items():
        path = folder / f"sheet{rows}.{kind}"
        if not path.exists():
            tmp = path.with_name("part-" + path.name)
            write(tmp, rows)
            tmp.rename(path)
        out[kind] = path
    return out


def memory_row(size: int, files: dict[str, Path]) -> str:
    cells = []
    for kind in ("csv", "xlsx", "ods"):
        out = subprocess.run(
            [sys.executable, __file__, "--memory-child", str(files[kind])],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        peak, above = (int(x) for x in out.strip().splitlines()[-1].split())
        cells.append(f"{peak / 1024:>8.0f} {above / 1024:>7.0f}")
    return f"{size:>10,} " + " ".join(cells)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--memory-sizes", default="10000,100000")
    parser.add_argument(
        "--million",
        action="store_true",
        help="also measure memory at 1,000,000 rows (files made once in --big-folder)",
    )
    parser.add_argument("--big-folder", default="/tmp/composer-bench-sheets")
    parser.add_argument("--memory-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        memory_child(args.memory_child)
        return
    writers = {"csv": write_csv, "xlsx": write_xlsx, "ods": write_ods}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        files = {kind: write(work / f"data.{kind}", args.rows) for kind, write in writers.items()}
        print(f"{args.rows:,} rows (5 columns, Korean names, a date, numbers)")
        print(f"{'format':8} {'first row':>10} {'validate':>10} {'rows/s':>10} {'vs CSV':>8}")
        csv_time = 0.0
        for kind in ("csv", "xlsx", "ods"):
            first = first_row_seconds(files[kind])
            seconds, total = validation_seconds(files[kind])
            assert total == args.rows
            if kind == "csv":
                csv_time = seconds
            print(
                f"{kind:8} {first:9.2f}s {seconds:9.2f}s {total / seconds:10,.0f} "
                f"{seconds / csv_time:7.2f}x"
            )
        print("targets: first row < 2 s at 100,000 rows; validation <= 1.50x the CSV time")
        print("\npeak RSS of a whole check pass (MiB), fresh process each: the process's peak,")
        print("and the peak above the process before the pass (the data's own cost)")
        print(f"{'rows':>10} " + " ".join(f"{k + ' peak':>8} {'above':>7}" for k in writers))
        for size in [int(s) for s in args.memory_sizes.split(",")]:
            sized = {
                kind: write(work / f"mem{size}.{kind}", size) for kind, write in writers.items()
            }
            print(memory_row(size, sized))
            for path in sized.values():
                path.unlink()
        if args.million:
            print(memory_row(1_000_000, million_files(Path(args.big_folder), 1_000_000)))


if __name__ == "__main__":
    main()
