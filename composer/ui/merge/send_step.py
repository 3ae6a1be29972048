"""The Send step of the merge window: what will be sent, the run, and the failed rows.

:class:`SendStep` reads the sending settings from the :class:`~composer.ui.merge.pages.SendPage`
and the choices from the Check step, starts :class:`~composer.ui.merge.send.MergeRun` (the
engine on a worker) and saves the failed rows off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QWidget

from composer.merge import EngineSettings, RunResult
from composer.merge.export import export_plan_failures
from composer.merge.sending.engine import Backend
from composer.merge.serveraccount import MergeServerAccount
from composer.outbox.clock import SystemClock
from composer.ui.merge.check_step import CheckStep
from composer.ui.merge.export import choose_export_file, start_export
from composer.ui.merge.pages import SendPage
from composer.ui.merge.send import MergeRun
from composer.ui.merge.step import MergeStep
from composer.ui.tasks import Task, TaskRunner

__all__ = ["SendStep"]


class SendStep(MergeStep[SendPage]):
    """Starts, pauses and stops the run; says beforehand what it will send."""

    def __init__(
        self,
        page: SendPage,
        runner: TaskRunner,
        check: CheckStep,
        factory: Callable[[], Backend],
        server_label: str,
        parent: QWidget,
    ) -> None:
        super().__init__(page, runner, parent)
        self.check = check
        self.factory = factory
        self.server_label = server_label
        self.run = MergeRun(page, runner, self)
        self.server_account: MergeServerAccount | None = None
        # End the run at a daily limit rather than pause it (set when the merge can then
        # be kept to resume by itself: ui/merge/schedule.py).
        self.stop_at_daily_limit = False
        # Each row's own send time (ui/merge/schedule.py): the column, the clock that says
        # which rows are due, and the hook that keeps the later rows' runs before a start
        # (True: it took over, and starts the run itself once they are kept).
        self.send_at_column: str | None = None
        self.now: Callable[[], datetime] = SystemClock().now
        self.before_start: Callable[[], bool] | None = None
        self._connect_signals()

    def use_server_account(self, account: MergeServerAccount | None) -> None:
        """The account's IMAP server: offer copies in its Sent folder when it can take them."""
        self.server_account = account
        self.page.server_copy.setVisible(account is not None and account.can_copy)

    def _connect_signals(self) -> None:
        s = self.page
        s.start_button.clicked.connect(self.start)
        s.pause_button.clicked.connect(self.run.toggle_pause)
        s.stop_button.clicked.connect(self.run.stop)
        s.export_button.clicked.connect(self._on_export_button_clicked)

    @property
    def sending(self) -> bool:
        return self.run.running

    @property
    def finished_all(self) -> bool:
        """The last run sent everything: nothing is left to start."""
        return self.run.result is not None and self.run.result.outcome == "finished"

    def ready(self) -> bool:
        """The check allows sending and nothing runs."""
        check = self.check
        return (
            check.report is not None
            and check.plan is not None
            and check.report.can_send(check.plan.options)
            and not check.running
            and not self.sending
        )

    def settings(self) -> EngineSettings:
        s = self.page
        return EngineSettings(
            connections=s.connections.value(),
            rate_per_minute=float(s.rate.value()) or None,
            daily_cap=s.daily_cap.value() or None,
            resend_unknown=self.check.resend_doubt,
            stop_on_daily_limit=self.stop_at_daily_limit,
            send_at=(self.send_at_column, self.now()) if self.send_at_column else None,
            account=self._account_key(),
        )

    def _account_key(self) -> str | None:
        from composer.merge.record.accounts import account_key

        account = self.server_account
        return account_key(account.account.profile) if account is not None else None

    def show_plan(self) -> None:
        """Say what Start will do (or why it cannot start yet)."""
        report, plan = self.check.report, self.check.plan
        if report is None or plan is None:
            return
        n = report.counts
        resend = self.check.resend_doubt
        todo = n["ready"] + (n["unknown"] if resend else 0)
        if report.can_send(plan.options):
            text = self.tr("%Ln message(s) will be sent through {server}.", "", todo).format(
                server=self.server_label
            )
            if n["sent"]:
                text += " " + self.tr(
                    "%Ln row(s) were sent by an earlier run and are not sent again.", "", n["sent"]
                )
            if n["unknown"] and not resend:
                text += " " + self.tr(
                    "%Ln message(s) in doubt are recorded as delivered first.", "", n["unknown"]
                )
        elif report.blocked:
            text = self.tr("Nothing can be sent yet: {problem}").format(
                problem=report.template_problems[0]
            )
        else:
            text = self.tr(
                "Nothing is sent until the problems are fixed or skipped: go back to Check "
                "and choose what to do with them."
            )
        self.page.plan_label.setText(text)

    def start(self) -> Task[tuple[RunResult, int]] | None:
        """Start the run in the background (the Start button)."""
        if not self.ready() or self.check.plan is None:
            return None
        if self.before_start is not None and self.before_start():
            return None
        account = self.server_account
        if account is not None:
            account.copy_to_sent = account.can_copy and self.page.server_copy.isChecked()
        return self.run.start(
            self.check.plan,
            self.factory,
            self.settings(),
            self.server_label,
            confirm_doubt=self.check.record_doubt_as_delivered,
            server_account=account,
        )

    def _on_export_button_clicked(self) -> None:
        source = self.check.data.source
        if source is not None:
            choose_export_file(self.page.window(), source.path, self.export_failed)

    def export_failed(self, path: str | Path) -> Task[int] | None:
        """Save the failed rows (original columns plus the reason) as CSV in the background."""
        plan = self.check.plan
        if plan is None:
            return None
        task = start_export(
            self.runner, self.page.window(), path, lambda: export_plan_failures(plan, path)
        )
        task.succeeded.connect(lambda n: self._on_export_succeeded(n, path))
        return task

    def _on_export_succeeded(self, count: int, path: str | Path) -> None:
        label = self.page.report_label
        saved = self.tr("%Ln failed row(s) saved to {path}.", "", count).format(path=path)
        label.setText(f"{label.text()} {saved}")
