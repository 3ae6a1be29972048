"""Saving the rows a merge could not send, as CSV the user can fix and send again.

The file has the data file's own columns plus ``status`` and ``reason`` and is written
atomically (:meth:`MergeLedger.export_failed`). Both functions read the whole data file:
call them off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from composer.merge.data.opening import DataSource, open_data
from composer.merge.plan import MergePlan
from composer.merge.record.ledger import MergeInfo, MergeLedger

__all__ = ["export_merge_failures", "export_plan_failures"]


def _export(ledger: MergeLedger, merge_id: int, scan: int, source: DataSource, path: Path) -> int:
    return ledger.export_failed(
        merge_id,
        scan,
        ((row.number, row.values) for row in source.rows()),
        source.columns,
        path,
    )


def export_plan_failures(plan: MergePlan, path: str | Path) -> int:
    """Write the failed rows of *plan*'s last check and run to *path*; returns how many.

    Raises:
        CsvError: the data file cannot be read any more.
        OSError: *path* cannot be written.
    """
    return _export(plan.ledger, plan.merge_id, plan.scan, plan.source, Path(path))


def export_merge_failures(ledger: MergeLedger, merge: MergeInfo, path: str | Path) -> int:
    """Write the failed rows of an earlier *merge* to *path*; returns how many.

    Raises:
        CsvError: the merge's data file is gone or cannot be read.
        OSError: *path* cannot be written.
    """
    source = open_data(merge.csv_path, merge.encoding or None, merge.delimiter or None)
    return _export(ledger, merge.id, merge.scan, source, Path(path))
