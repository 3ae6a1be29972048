"""A merge's report from the ledger: what was sent, what failed, what came back.

:func:`merge_report` gathers, without Qt, what ``composer merge --report`` prints and what
the merge window's report view shows: the row counts per state, and every row that needs
the user: refused by the server (``failed``), in doubt (``unknown``), bounced (hard or soft,
with the server's reason and when ``composer bounces`` found it) or unsubscribed.
:func:`report_lines` puts it in words. Nothing of a row's data is read or shown beyond its
recipients and the reasons (never a password column).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from composer.i18n import plural, translate
from composer.merge.bounces.words import came_back_words
from composer.merge.record.bounced import returned_rows
from composer.merge.record.ledger import MergeInfo, MergeLedger
from composer.merge.templates.addresses import printable

__all__ = ["MergeReport", "ReportRow", "merge_report", "report_lines"]

# The ledger states of the rows a report lists besides what came back.
_ATTENTION = ("failed", "unknown")


@dataclass(frozen=True)
class ReportRow:
    """One row that needs the user, with what happened to it."""

    row_number: int
    recipients: str
    # "failed", "unknown" (in doubt), "bounced" or "unsubscribed".
    status: str
    reason: str
    # For a bounce: hard (the address does not work) or soft (try again later).
    hard: bool = False
    # When it happened (the ledger's time for failed rows, when the scan found a bounce).
    when: float = 0.0


@dataclass
class MergeReport:
    merge: MergeInfo
    # Rows per ledger state (sent, failed, unknown, pending, skipped, sending).
    counts: dict[str, int]
    hard_bounces: int = 0
    soft_bounces: int = 0
    unsubscribed: int = 0
    rows: list[ReportRow] = field(default_factory=list)


def merge_report(ledger: MergeLedger, merge_id: int) -> MergeReport:
    """The report of merge *merge_id* (its last check pass's rows).

    Raises:
        KeyError: no such merge.
    """
    merge = ledger.merge(merge_id)
    report = MergeReport(merge=merge, counts=dict(merge.counts))
    for row in ledger.rows(merge_id, statuses=_ATTENTION):
        report.rows.append(
            ReportRow(row.row_number, row.recipients, row.status, row.reason, when=row.updated)
        )
    for item in returned_rows(ledger, merge_id, merge.scan):
        if item.kind == "unsubscribed":
            report.unsubscribed += 1
        elif item.hard:
            report.hard_bounces += 1
        else:
            report.soft_bounces += 1
        reason = " ".join(f"{item.status} {item.reason}".split()) if item.kind == "bounced" else ""
        report.rows.append(
            ReportRow(item.row_number, item.recipient, item.kind, reason, item.hard, item.seen)
        )
    report.rows.sort(key=lambda r: r.row_number)
    return report


def _time(seconds: float) -> str:
    return datetime.datetime.fromtimestamp(seconds).strftime("%Y-%m-%d %H:%M") if seconds else ""


def row_words(row: ReportRow) -> str:
    """One row of the report as a line (control characters from a server made visible)."""
    if row.status == "bounced":
        text = (
            translate("MergeReport", "row {row} {recipients}: hard bounce ({time}): {reason}")
            if row.hard
            else translate("MergeReport", "row {row} {recipients}: soft bounce ({time}): {reason}")
        )
    elif row.status == "unsubscribed":
        text = translate("MergeReport", "row {row} {recipients}: asked to unsubscribe ({time})")
    elif row.status == "unknown":
        text = translate(
            "MergeReport",
            "row {row} {recipients}: in doubt, most likely delivered (sent whole, "
            "confirmation lost)",
        )
    else:
        text = translate("MergeReport", "row {row} {recipients}: failed: {reason}")
    line = text.format(
        row=row.row_number,
        recipients=row.recipients or "-",
        time=_time(row.when),
        reason=row.reason or "-",
    )
    return printable(line, limit=2000)


def report_lines(report: MergeReport, limit: int = 200) -> list[str]:
    """The report in words: the merge, its counts, what came back, the rows (at most
    *limit* of them)."""
    merge, c = report.merge, report.counts
    total = sum(c.values())
    lines = [
        translate("MergeReport", "Merge “{name}” (data {data}), last changed {time}.").format(
            name=merge.name, data=merge.csv_path, time=_time(merge.updated)
        ),
        plural(
            total,
            translate(
                "MergeReport",
                "{total} row: {sent} sent, {failed} failed, {unknown} in doubt, "
                "{pending} not sent yet, {skipped} skipped.",
            ),
            translate(
                "MergeReport",
                "{total} rows: {sent} sent, {failed} failed, {unknown} in doubt, "
                "{pending} not sent yet, {skipped} skipped.",
            ),
        ).format(
            total=total,
            sent=c.get("sent", 0),
            failed=c.get("failed", 0),
            unknown=c.get("unknown", 0) + c.get("sending", 0),
            pending=c.get("pending", 0),
            skipped=c.get("skipped", 0),
        ),
        came_back_words(report.hard_bounces, report.soft_bounces, report.unsubscribed),
    ]
    lines += ["  " + row_words(row) for row in report.rows[:limit]]
    if len(report.rows) > limit:
        more = len(report.rows) - limit
        lines.append("  " + translate("MergeReport", "... and {count} more.").format(count=more))
    return lines
