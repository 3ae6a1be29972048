"""Saving the rows a merge could not deliver, as CSV the user can fix and send again.

The one writer of the failed-rows file, for ``composer merge`` (``--failed-csv``), the merge
window and Earlier merges alike. The file has the data file's own columns plus ``status``
and ``reason``:

- rows the server refused (``failed``), with the reason;
- rows whose message came back (``bounced``, hard or soft, with the server's words and the
  time) or whose recipient asked to unsubscribe (``unsubscribed``), from ``composer bounces``,
  so the user can correct the addresses;
- for a merge grouped by a column (one message per person), every data row of a group whose
  message failed, not only the group's first row.

A column holding a PDF password (``--pdf-password-column``) is never written: the merge
records it in the ledger (:mod:`composer.merge.record.reading`) and every export leaves it
out. The file is written beside its final name, synced and moved into place. The functions
read the whole data file: call them off the GUI thread.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from composer.merge.data.grouping import GroupedSource
from composer.merge.data.opening import DataSource, open_data
from composer.merge.plan import MergePlan
from composer.merge.record.bounced import returned_reason, returned_rows
from composer.merge.record.ledger import MergeInfo, MergeLedger
from composer.merge.record.reading import reading_of

__all__ = [
    "export_failures",
    "export_merge_failures",
    "export_plan_failures",
    "rows_to_fix",
]

# The ledger states a failed-rows file holds (besides bounced and unsubscribed rows).
FAILED_STATES = ("failed",)


def _data_rows(source: DataSource) -> Iterator[tuple[int, dict[str, str]]]:
    """(ledger row number, values) of every data row: a grouped source gives each member
    row of a group under the group's number, in the file's order."""
    if isinstance(source, GroupedSource):
        members = sorted(source.members(), key=lambda item: item[1].number)
        for group, row in members:
            yield group, row.values
    else:
        for row in source.rows():
            yield row.number, row.values


def rows_to_fix(ledger: MergeLedger, merge: MergeInfo) -> int:
    """How many of *merge*'s messages a failed-rows file would hold: failed, bounced or
    unsubscribed (for "Export failed rows…" to be offered when there is something to fix)."""
    returned = {item.row_key for item in returned_rows(ledger, merge.id, merge.scan)}
    return merge.counts.get("failed", 0) + len(returned)


def export_failures(
    ledger: MergeLedger,
    merge_id: int,
    scan: int,
    source: DataSource,
    path: Path,
    *,
    hide: Iterable[str | None] = (),
) -> int:
    """Write the failed, bounced and unsubscribed rows of pass *scan* of *merge_id* to
    *path*, without the columns in *hide* nor the merge's recorded secret columns.

    Returns:
        The number of data rows written.

    Raises:
        CsvError: the data file cannot be read any more.
        OSError: *path* cannot be written.
    """
    hidden = {c for c in hide if c} | set(reading_of(ledger, merge_id).secret_columns)
    columns = [c for c in source.columns if c not in hidden]
    fates: dict[int, tuple[str, str]] = {
        number: (status, reason)
        for number, status, reason, _reply in ledger.iter_scan(merge_id, scan)
        if status in FAILED_STATES
    }
    for item in returned_rows(ledger, merge_id, scan):
        status, reason = fates.get(item.row_number, (item.kind, ""))
        if status in FAILED_STATES:
            continue
        fates[item.row_number] = (status, "; ".join(filter(None, [reason, returned_reason(item)])))
    written = 0
    tmp = path.with_name(path.name + ".tmp")
    try:
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow([*columns, "status", "reason"])
            for number, values in _data_rows(source):
                fate = fates.get(number)
                if fate is None:
                    continue
                writer.writerow([*(values.get(c, "") for c in columns), *fate])
                written += 1
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return written


def export_plan_failures(plan: MergePlan, path: str | Path) -> int:
    """Write the failed rows of *plan*'s last check and run to *path*; returns how many.

    Raises:
        CsvError: the data file cannot be read any more.
        OSError: *path* cannot be written.
    """
    return export_failures(
        plan.ledger,
        plan.merge_id,
        plan.scan,
        plan.source,
        Path(path),
        hide=[plan.options.pdf_password_column],
    )


def export_merge_failures(ledger: MergeLedger, merge: MergeInfo, path: str | Path) -> int:
    """Write the failed rows of an earlier *merge* to *path*; returns how many.

    The data file is opened as the merge read it (its sheet, its grouping).

    Raises:
        CsvError: the merge's data file is gone or cannot be read.
        OSError: *path* cannot be written.
    """
    reading = reading_of(ledger, merge.id)
    source = open_data(
        merge.csv_path,
        merge.encoding or None,
        merge.delimiter or None,
        group_by=reading.group_by or None,
    )
    return export_failures(ledger, merge.id, merge.scan, source, Path(path))
