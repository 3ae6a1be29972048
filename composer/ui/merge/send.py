"""One send run of the merge dialog: the engine on a worker, its progress on the Send page."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QLocale, QObject, Signal

from composer.merge import EngineSettings, MergeEngine, MergePlan, Progress, RowEvent, RunResult
from composer.merge.record.doubt import confirm_delivered
from composer.merge.sending.engine import Backend
from composer.merge.sending.progress import duration_text
from composer.merge.serveraccount import MergeServerAccount
from composer.merge.templates.store import remember
from composer.sending.servercopy import CopyReport
from composer.ui.errors import UserMessage, show_message
from composer.ui.merge.pages import SendPage
from composer.ui.tasks import Task, TaskFailure, TaskRunner

__all__ = ["MergeRun"]


@dataclasses.dataclass
class ServerOutcome:
    """What the account's IMAP server did for a run (filled on the worker, read after)."""

    found: int = 0  # rows in doubt found in the Sent folder, recorded as delivered
    lookup_failure: UserMessage | None = None
    copies: CopyReport | None = None


class MergeRun(QObject):
    """Runs :class:`MergeEngine` through a :class:`TaskRunner` and shows it on a SendPage.

    Signals:
        finished(RunResult): the run ended, however it ended.
    """

    finished = Signal(object)
    # From the engine's threads: (event, progress snapshot), queued to the GUI thread.
    _engine_event = Signal(object)

    def __init__(self, page: SendPage, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.runner = runner
        self.engine: MergeEngine | None = None
        self.result: RunResult | None = None
        self.server_outcome = ServerOutcome()
        self._task: Task[tuple[RunResult, int]] | None = None
        self._engine_event.connect(self._on_task_progress)

    @property
    def running(self) -> bool:
        return self._task is not None and self._task.running

    def start(
        self,
        plan: MergePlan,
        factory: Callable[[], Backend],
        settings: EngineSettings,
        server_label: str,
        *,
        confirm_doubt: bool = False,
        server_account: MergeServerAccount | None = None,
    ) -> Task[tuple[RunResult, int]]:
        """Start sending *plan* in the background.

        Args:
            confirm_doubt: first record the rows in doubt as delivered (the user's choice).
            server_account: the account's IMAP server: rows in doubt looked up in its Sent
                folder first, the copies in Sent made after the run.
        """
        s = self.page
        s.failures.clear()
        s.report_label.clear()
        s.export_button.setEnabled(False)
        s.state_label.setText(self.tr("Sending…"))
        s.pause_button.setText(self.tr("Pause"))
        last = [0.0]
        holder: list[MergeEngine] = []

        def on_event(event: RowEvent) -> None:
            # Engine threads, from the first instant of the run (before submit() returns):
            # hand snapshots to the GUI thread through a queued signal, at most ten a
            # second (failures and state changes always).
            now = time.monotonic()
            if event.kind in ("sent", "skipped") and now - last[0] < 0.1:
                return
            last[0] = now
            if holder:
                self._engine_event.emit((event, dataclasses.replace(holder[0].progress)))

        engine = MergeEngine(plan, factory, settings, on_event=on_event, host=server_label)
        holder.append(engine)
        self.engine = engine
        self.result = None

        extras = self.server_outcome = ServerOutcome()

        def run(_ctx: object) -> tuple[RunResult, int]:
            if server_account is not None:
                extras.found, extras.lookup_failure = server_account.settle_doubt(
                    plan.ledger, plan.merge_id
                )
            confirmed = confirm_delivered(plan.ledger, plan.merge_id) if confirm_doubt else 0
            # Kept before anything is sent, so Earlier merges can resume this merge.
            remember(plan)
            result = engine.run()
            if server_account is not None:
                extras.copies = server_account.make_copies()
            return result, confirmed

        task: Task[tuple[RunResult, int]] = self.runner.submit(run, name="merge-send")
        task.context.on_cancel(engine.cancel)
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        task.cancelled.connect(self._on_task_cancelled)
        self._task = task
        return task

    def toggle_pause(self) -> None:
        if self.engine is not None and self.engine.paused:
            self.resume()
        else:
            self.pause()

    def pause(self) -> None:
        if self.engine is not None and self.running:
            self.engine.pause(self.tr("Paused by you. Press Resume to go on."))

    def resume(self) -> None:
        if self.engine is not None and self.running:
            self.engine.resume()

    def stop(self) -> None:
        """Stop after the messages in flight; the rest stays for the next run."""
        if self._task is not None and self.running:
            self.page.state_label.setText(self.tr("Stopping after the messages in flight…"))
            self._task.cancel()

    def _on_task_progress(self, value: object) -> None:
        event, progress = cast(tuple[RowEvent, Progress], value)
        self.show_progress(progress)
        s = self.page
        if event.kind in ("failed", "unknown"):
            s.failures.addItem(
                self.tr("Row {number} {recipients}: {detail}").format(
                    number=event.row_number, recipients=event.recipients, detail=event.detail
                )
            )
        elif event.kind == "paused":
            s.state_label.setText(self.tr("Paused. {reason}").format(reason=event.detail).strip())
            s.pause_button.setText(self.tr("Resume"))
        elif event.kind == "resumed":
            s.state_label.setText(self.tr("Sending…"))
            s.pause_button.setText(self.tr("Pause"))
        elif event.kind == "retry":
            s.state_label.setText(
                self.tr("Retrying row {number}: {detail}").format(
                    number=event.row_number, detail=event.detail
                )
            )

    def show_progress(self, p: Progress) -> None:
        s = self.page
        s.progress.setMaximum(max(1, p.total))
        s.progress.setValue(p.processed)
        locale = QLocale()
        s.counters["sent"].setText(locale.toString(p.sent))
        s.counters["failed"].setText(locale.toString(p.failed + p.in_flight))
        s.counters["remaining"].setText(locale.toString(p.remaining))
        rate = round(p.rate_per_minute or 0)
        s.counters["rate"].setText(
            self.tr("{rate}/min").format(rate=locale.toString(rate)) if rate else "—"
        )
        s.counters["left"].setText(duration_text(p.seconds_left))

    def _on_task_cancelled(self) -> None:
        if self.engine is not None:
            p = dataclasses.replace(self.engine.progress)
            self._report(
                RunResult(
                    "cancelled",
                    self.tr(
                        "Stopped with %Ln message(s) not sent. Run the merge again to send them; "
                        "nobody gets a message twice.",
                        "",
                        p.remaining,
                    ),
                    p,
                )
            )

    def _on_task_failed(self, failure: TaskFailure) -> None:
        show_message(
            self.page,
            UserMessage(
                self.tr("The merge stopped: {error}").format(error=failure.message),
                self.tr("Nothing was lost: run it again and it continues where it stopped."),
                failure.traceback,
            ),
        )

    def _on_task_succeeded(self, outcome: tuple[RunResult, int]) -> None:
        self._report(*outcome)

    def _report(self, result: RunResult, confirmed: int = 0) -> None:
        self.result = result
        p = result.progress
        self.show_progress(p)
        s = self.page
        s.pause_button.setText(self.tr("Pause"))
        headline = {
            "finished": self.tr("The merge is done."),
            "cancelled": self.tr("The merge was stopped."),
            "stopped": self.tr("The merge stopped on an error."),
            "daily_limit": self.tr("The merge is paused by a daily limit."),
            "limit": self.tr("The merge sent what was asked."),
        }.get(result.outcome, result.outcome)
        s.state_label.setText(headline)
        locale = QLocale()
        counts = {
            "sent": locale.toString(p.sent),
            "failed": locale.toString(p.failed),
            "skipped": locale.toString(p.skipped),
            "in_flight": locale.toString(p.in_flight),
        }
        if p.in_flight:
            line = self.tr(
                "Sent {sent}, failed {failed}, skipped {skipped}, in doubt {in_flight} "
                "(most likely delivered)."
            )
        else:
            line = self.tr("Sent {sent}, failed {failed}, skipped {skipped}.")
        lines = [line.format(**counts)]
        if p.done_before:
            lines.append(self.tr("%Ln were sent by earlier runs.", "", p.done_before))
        extras = self.server_outcome
        if extras.found:
            lines.append(
                self.tr(
                    "%Ln message(s) in doubt were found in the Sent folder and recorded as "
                    "delivered.",
                    "",
                    extras.found,
                )
            )
        if extras.lookup_failure is not None:
            lines.append(extras.lookup_failure.what)
        if confirmed:
            lines.append(
                self.tr("%Ln message(s) in doubt were recorded as delivered.", "", confirmed)
            )
        if result.message:
            lines.append(result.message)
        if extras.copies is not None:
            lines.append(extras.copies.message.text)
        s.report_label.setText(" ".join(lines))
        s.export_button.setEnabled(p.failed > 0)
        self.finished.emit(result)
