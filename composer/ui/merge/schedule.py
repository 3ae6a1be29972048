"""Send later… in the merge window's Send step: the merge kept to start at a time.

The same choices as the compose window's Send later (its dialog: in an hour, tomorrow
morning, Monday 09:00, a date and time; a time that has passed asks "send now?"). The merge
is kept as a scheduled merge (:mod:`composer.outbox.window_merge`), off the GUI thread, with
the profile's password in the keyring only (a merge that starts while nobody is there cannot
ask for it): it appears in the Outbox window and is started by the running app or by
``composer outbox run``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

from composer.outbox.clock import Clock, SystemClock, format_local
from composer.outbox.schedule import ScheduledMerge
from composer.profiles.model import Profile
from composer.ui.tasks import Task, TaskFailure

if TYPE_CHECKING:
    from composer.merge import EngineSettings, MergePlan, RunResult


def _provider_limit(profile: Profile) -> int | None:
    from composer.merge.preflight import daily_limit

    return daily_limit(profile.smtp.host, profile.provider or "")


__all__ = ["MergeScheduler"]


class MergeScheduler(QObject):
    """Keeps the Send step's merge for later.

    Signals:
        scheduled(ScheduledMerge): the merge was kept (the Outbox window refreshes).
    """

    scheduled = Signal(object)

    def __init__(self, step: object, profile: Profile, clock: Clock | None = None) -> None:
        from composer.ui.merge.send_step import SendStep

        assert isinstance(step, SendStep)
        super().__init__(step)
        self.step = step
        self.profile = profile
        self.clock: Clock = clock or SystemClock()
        self.dialog: object | None = None
        self.task: Task[ScheduledMerge] | None = None
        page = step.page
        page.later_button.setEnabled(page.start_button.isEnabled())
        page.later_button.show()
        page.later_button.clicked.connect(self.ask)
        # A daily limit ends the run, which then resumes by itself (not a pause that waits
        # for the user); the provider's known limit is the cap unless the user sets one.
        step.stop_at_daily_limit = True
        limit = _provider_limit(profile)
        if limit and not page.daily_cap.value():
            page.daily_cap.setValue(limit)
        step.run.finished.connect(self._on_run_finished)
        self.resume_task: Task[tuple[ScheduledMerge, str]] | None = None
        # Each row's own send time: a column chosen on the Send page.
        step.now = self.clock.now
        step.before_start = self._keep_later_rows
        self.rows_task: Task[list[ScheduledMerge]] | None = None
        self._rows_kept = False
        page.send_at_label.show()
        page.send_at_combo.show()
        page.send_at_combo.currentIndexChanged.connect(self._on_send_at_changed)
        step.check.checked.connect(self._offer_columns)
        self._offer_columns()

    def _offer_columns(self) -> None:
        combo = self.step.page.send_at_combo
        plan = self.step.check.plan
        columns = list(plan.source.columns) if plan is not None else []
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(none: every row now)"), None)
        for column in columns:
            combo.addItem(column, column)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)
        self._on_send_at_changed()

    def _on_send_at_changed(self, _index: int = 0) -> None:
        column = self.step.page.send_at_combo.currentData()
        self.step.send_at_column = column if isinstance(column, str) else None

    def _keep_later_rows(self) -> bool:
        """Before a run with a send time column: keep a run for each later time (in the
        background), then start this one for the rows due now. True when it took over."""
        step, column = self.step, self.step.send_at_column
        if column is None or self._rows_kept:
            self._rows_kept = False
            return False
        plan = step.check.plan
        if plan is None:
            return False
        settings, profile, now = step.settings(), self.profile.copy(), self.clock.now()
        server_copy = bool(step.server_account is not None and step.server_account.can_copy)
        server_copy = server_copy and step.page.server_copy.isChecked()

        def work(_ctx: object) -> list[ScheduledMerge]:
            from composer.outbox.window_merge import schedule_row_times

            _password_kept(profile)
            return schedule_row_times(
                plan, settings, profile.name, column, now, server_copy=server_copy
            )

        task = step.runner.submit(work, "schedule-rows")
        step.page.start_button.setEnabled(False)
        step.page.later_button.setEnabled(False)
        task.succeeded.connect(self._on_rows_kept)
        task.failed.connect(self._on_failed)
        self.rows_task = task
        return True

    def _on_rows_kept(self, entries: list[ScheduledMerge]) -> None:
        page = self.step.page
        if entries:
            page.plan_label.setText(
                self.tr(
                    "Rows with a later send time wait: %n run(s) are scheduled, from {first}; "
                    "they wait in View ▸ Outbox.",
                    "",
                    len(entries),
                ).format(first=format_local(entries[0].due))
            )
            for entry in entries:
                self.scheduled.emit(entry)
        self._rows_kept = True
        self.step.start()

    def ask(self) -> object | None:
        """Send later…: ask when (the compose window's dialog), then keep the merge."""
        from composer.ui.compose.send_later import SendLaterDialog

        if not self.step.ready():
            return None
        dialog = SendLaterDialog(self.clock.now(), self.step.page.window())
        dialog.setWindowTitle(self.tr("Start the merge later"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self.schedule_at)
        dialog.open()
        self.dialog = dialog
        return dialog

    def schedule_at(self, due: datetime) -> Task[ScheduledMerge] | None:
        """Keep the merge to start at *due* (now, when the time chosen has passed: the
        dialog asked)."""
        step = self.step
        now = self.clock.now()
        if due <= now:
            step.start()
            return None
        plan = step.check.plan
        if plan is None or not step.ready():
            return None
        settings, profile = step.settings(), self.profile.copy()
        account = step.server_account
        server_copy = bool(account is not None and account.can_copy)
        server_copy = server_copy and step.page.server_copy.isChecked()
        work = _keep(plan, settings, profile, due, now, server_copy, step.send_at_column)
        task = step.runner.submit(lambda _ctx: work(), "schedule-merge")
        step.page.later_button.setEnabled(False)
        step.page.start_button.setEnabled(False)
        task.succeeded.connect(self._on_kept)
        task.failed.connect(self._on_failed)
        self.task = task
        return task

    def _on_kept(self, entry: ScheduledMerge) -> None:
        page = self.step.page
        page.state_label.setText(
            self.tr(
                "The merge starts at {time} through “{profile}”. It waits in View ▸ Outbox, "
                "where you can start it now, choose another time or cancel it."
            ).format(time=format_local(entry.due), profile=self.profile.name)
        )
        page.later_button.setEnabled(self.step.ready())
        page.start_button.setEnabled(self.step.ready())
        self.scheduled.emit(entry)

    def _on_run_finished(self, result: RunResult) -> None:
        """A run stopped by a daily limit: keep the merge to resume by itself."""
        plan = self.step.check.plan
        if result.outcome != "daily_limit" or plan is None:
            return
        settings, profile = self.step.settings(), self.profile.copy()
        now, sent, column = self.clock.now(), result.progress.sent, self.step.send_at_column
        step = self.step
        server_copy = bool(step.server_account is not None and step.server_account.copy_to_sent)

        def work(_ctx: object) -> tuple[ScheduledMerge, str]:
            from composer.outbox.resume import parse_hour, plan_resumption
            from composer.outbox.window_merge import schedule_window_merge
            from composer.storage import appsettings

            at = parse_hour(appsettings.load().merge_resume_at)
            when, words = plan_resumption(plan, now, at, settings.daily_cap, sent)
            entry = schedule_window_merge(
                plan, settings, profile.name, when, now, server_copy=server_copy,
                send_at_column=column,
            )  # fmt: skip
            return entry, words

        task = step.runner.submit(work, "schedule-resume")
        task.succeeded.connect(lambda kept: self._on_resume_kept(result, *kept))
        task.failed.connect(self._on_failed)
        self.resume_task = task

    def _on_resume_kept(self, result: RunResult, entry: ScheduledMerge, words: str) -> None:
        page = self.step.page
        page.state_label.setText(words)
        report = page.report_label.text()
        if result.message and result.message in report:  # "resume it tomorrow": not so now
            report = report.replace(result.message, "").strip()
        page.report_label.setText(
            report
            + " "
            + self.tr("It waits in View ▸ Outbox until {time}.").format(
                time=format_local(entry.due)
            )
        )
        self.scheduled.emit(entry)

    def _on_failed(self, failure: TaskFailure) -> None:
        from composer.errors.describe import describe
        from composer.ui.errors import show_message

        page = self.step.page
        page.later_button.setEnabled(self.step.ready())
        page.start_button.setEnabled(self.step.ready())
        show_message(page.window(), describe(failure.exception))


def _password_kept(profile: Profile) -> None:
    """Check that a later run can sign in by itself (the keyring, or no password at all).

    Raises:
        NotSchedulable: the password is not kept.
    """
    from composer.errors import UserMessage
    from composer.i18n import translate
    from composer.outbox.window_merge import NotSchedulable
    from composer.profiles.credentials import Credentials
    from composer.profiles.model import PasswordNeeded
    from composer.sending.account import Account

    try:
        Account(profile, Credentials()).sign_in()  # the keyring alone, as the later run
    except PasswordNeeded:
        words = UserMessage(
            translate(
                "MergeSchedule", "The password of “{profile}” is not kept in the keyring."
            ).format(profile=profile.name),
            translate(
                "MergeSchedule",
                "A merge that starts later signs in by itself: enter the password in Tools ▸ "
                "Preferences, where it is kept in the keyring, or start the merge now.",
            ),
        )
        raise NotSchedulable(words.what, words.todo) from None


def _keep(
    plan: MergePlan,
    settings: EngineSettings,
    profile: Profile,
    due: datetime,
    now: datetime,
    server_copy: bool,
    send_at_column: str | None = None,
) -> Callable[[], ScheduledMerge]:
    """The work of keeping the merge (on a worker thread: the keyring, the disk)."""

    def work() -> ScheduledMerge:
        from composer.outbox.window_merge import schedule_window_merge

        _password_kept(profile)
        return schedule_window_merge(
            plan, settings, profile.name, due, now, server_copy=server_copy,
            send_at_column=send_at_column,
        )  # fmt: skip

    return work
