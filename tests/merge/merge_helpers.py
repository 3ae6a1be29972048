"""Shared builders for the merge tests (imported by module name; tests/ is on sys.path)."""

from __future__ import annotations

import csv
from pathlib import Path

from composer.merge import MergeLedger, MergeOptions, MergePlan, MergeTemplate
from composer.merge.data.csvsource import CsvSource


def write_csv(
    path: Path, header: list[str], rows: list[list[str]], encoding: str = "utf-8"
) -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def people(path: Path, n: int, domain: str = "example.org") -> Path:
    return write_csv(
        path, ["name", "email"], [[f"Person {i}", f"p{i}@{domain}"] for i in range(1, n + 1)]
    )


def letter(**overrides: str) -> MergeTemplate:
    fields = {
        "subject": "Hello {{ name }}",
        "text": "Dear {{ name }},\nsee you.",
        "to": "{{ name }} <{{ email }}>",
        "from_email": "teacher@school.example",
    }
    fields.update(overrides)
    return MergeTemplate(**fields)  # type: ignore[arg-type]


def make_plan(
    csv_path: Path,
    template: MergeTemplate | None = None,
    ledger: MergeLedger | None = None,
    **options: object,
) -> MergePlan:
    return MergePlan(
        CsvSource(csv_path),
        template or letter(),
        ledger or MergeLedger(),
        MergeOptions(**options),  # type: ignore[arg-type]
    )
