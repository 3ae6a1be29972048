"""Which rows a run sends, and the message each one becomes.

Rows come from the plan in file order and are matched with the check pass's record by
line, in chunks of a thousand; a row whose recipients are not the ones the check saw
means the data file changed since, and the run stops. A row already sent or in doubt is
passed over; a row the check found a problem in is recorded as skipped (the user chose to
skip such rows, or the run would not have started); every other row is built into its
message, with a Message-ID of its own, here, before any connection waits for it.
"""

from __future__ import annotations

import email.utils
from collections.abc import Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from composer.i18n import translate
from composer.merge.data.csvsource import CsvRow
from composer.merge.record.envelope import envelope_of
from composer.merge.record.suppression import unsubscribe_header
from composer.merge.sending.failures import Failure
from composer.merge.sending.msgids import MessageIds
from composer.merge.sendtime import row_send_time

if TYPE_CHECKING:
    from composer.merge.plan import MergePlan
    from composer.merge.record.ledger import MergeLedger
    from composer.merge.sending.engine import EngineSettings
    from composer.merge.templates.render import RenderedMessage

__all__ = ["EngineHooks", "Job", "RowSource"]


@dataclass
class Job:
    """One row's message, ready to go out."""

    row_number: int
    row_key: str
    recipients: str
    message: Any
    message_id: str


class EngineHooks:
    """What the engine's parts (this mixin and :mod:`composer.merge.sending.delivery`'s)
    use of :class:`~composer.merge.sending.engine.MergeEngine`, which defines it all."""

    plan: MergePlan
    ledger: MergeLedger
    settings: EngineSettings

    def _should_stop(self) -> bool:
        raise NotImplementedError

    def _stop(self, failure: Failure) -> None:
        raise NotImplementedError

    def _count(
        self, kind: str, row: CsvRow | Job, detail: str, rendered: RenderedMessage | None = None
    ) -> None:
        raise NotImplementedError


class RowSource(EngineHooks):
    """The rows half of :class:`~composer.merge.sending.engine.MergeEngine` (a mixin)."""

    def _jobs(self) -> Generator[Job, None, bool]:
        """Yield a :class:`Job` for each row to send, recording skips; returns True if limited."""
        plan = self.plan
        ledger = self.ledger
        merge_id = plan.merge_id
        headers: dict[str, str] = {}
        if plan.options.unsubscribe_mailto:
            headers.update(unsubscribe_header(plan.options.unsubscribe_mailto))
        domain = plan.message_domain()
        ids = MessageIds(domain)
        taken = 0
        limit = self.settings.limit
        chunk: dict[int, tuple[str, str]] = {}
        chunk_end = 0
        for row, rendered, error in plan.rendered_rows():
            if self._should_stop():
                return False
            if row.number > chunk_end:
                # One query per thousand rows instead of one per row.
                chunk_end = row.number + 999
                chunk = ledger.planned_range(merge_id, plan.scan, row.number, chunk_end)
            planned = chunk.pop(row.number, None)
            if planned is None or (
                rendered is not None and not planned[0].startswith(envelope_of(rendered).base + ":")
            ):
                self._stop(
                    Failure(
                        "fatal",
                        0,
                        translate("MergeEngine", "row {row} changed").format(row=row.number),
                        translate(
                            "MergeEngine",
                            "The data file changed after it was checked (row {row}). "
                            "Check the merge again, then send.",
                        ).format(row=row.number),
                    )
                )
                return False
            key, status = planned
            if status in ("sent", "unknown", "sending"):
                continue
            if limit is not None and taken >= limit:
                return True
            if self.settings.send_at is not None and self._waits(row, key):
                continue
            occurrence = int(key.rpartition(":")[2])
            verdict, problems = plan.check_row(row, rendered, error, occurrence)
            if verdict != "ready" or rendered is None:
                reason = "; ".join(problems) or translate("MergeEngine", "skipped")
                ledger.mark_skipped(merge_id, key, reason)
                self._count("skipped", row, reason, rendered)
                taken += 1
                continue
            job = self._build(row, rendered, key, headers, domain, ids.next())
            taken += 1
            if job is not None:
                yield job
        return False

    def _waits(self, row: CsvRow, key: str) -> bool:
        """Whether *row*'s own send time is still to come (it stays pending); a cell that is
        no time skips the row as a problem."""
        assert self.settings.send_at is not None
        column, now = self.settings.send_at
        try:
            when = row_send_time(row.values.get(column, ""))
        except ValueError as exc:
            self.ledger.mark_skipped(self.plan.merge_id, key, str(exc))
            self._count("skipped", row, str(exc))
            return True
        return when is not None and when > now

    def _build(
        self,
        row: CsvRow,
        rendered: RenderedMessage,
        key: str,
        headers: dict[str, str],
        domain: str,
        message_id: str | None = None,
    ) -> Job | None:
        if message_id is None:
            message_id = email.utils.make_msgid(domain=domain)
        try:
            message = rendered.to_email(
                self.plan.from_email, message_id=message_id, extra_headers=headers
            )
        except (OSError, ValueError) as exc:
            reason = translate("MergeEngine", "cannot build the message: {reason}").format(
                reason=exc
            )
            self.ledger.mark_failed(self.plan.merge_id, key, reason)
            self._count("failed", row, reason, rendered)
            return None
        return Job(row.number, key, ", ".join(rendered.recipients()), message, message_id)
