"""The Check step of the merge window: every row checked off the GUI thread, and the
choices the user must make before sending (problem rows, shared copies, rows in doubt).

:class:`CheckStep` reads the choices from the Data and Check pages, builds the
:class:`~composer.merge.MergePlan` and runs its validation on a worker, then shows the
report. Rows in doubt (their message went out whole, the server's confirmation was lost)
were most likely delivered: recording them as delivered is the choice made for the user
unless they explicitly choose to send them again.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QLocale, QModelIndex, Signal
from PySide6.QtWidgets import QWidget

from composer.merge import (
    MergeLedger,
    MergeOptions,
    MergePlan,
    MergeTemplate,
    SuppressionList,
    TemplateSyntaxProblem,
    ValidationReport,
)
from composer.merge.advertising import guess_consent_column
from composer.ui.errors import UserMessage, show_message
from composer.ui.merge.columns import fill_column_combo
from composer.ui.merge.data_step import DataStep
from composer.ui.merge.pages import CheckPage
from composer.ui.merge.step import MergeStep
from composer.ui.tasks import Task, TaskContext, TaskFailure, TaskRunner
from composer.ui.widgets.attachments import human_size

__all__ = ["CheckStep", "whole_number"]


def whole_number(value: object) -> str:
    """*value* as the locale writes whole numbers (1,234 or 1.234 or 1 234)."""
    return QLocale().toString(int(value))  # type: ignore[call-overload]


class CheckStep(MergeStep[CheckPage]):
    """Checks every row of the merge and holds the plan and its report.

    Signals:
        checked(): a check finished; :attr:`report` holds its outcome.
        choices_changed(): a choice that decides what is sent changed (no new check needed).
        row_activated(int): the user opened a row of the table (its row number).
    """

    checked = Signal()
    choices_changed = Signal()
    row_activated = Signal(int)

    def __init__(
        self,
        page: CheckPage,
        runner: TaskRunner,
        data: DataStep,
        ledger: MergeLedger,
        from_address: str,
        parent: QWidget,
    ) -> None:
        super().__init__(page, runner, parent)
        self.data = data
        self.ledger = ledger
        self.from_address = from_address
        self.suppression = SuppressionList()
        self.plan: MergePlan | None = None
        self.report: ValidationReport | None = None
        self.task: Task[MergePlan] | None = None
        # A choice the check depends on changed while it ran: check again once it is done.
        self._recheck = False
        # The merge being continued from Earlier merges (its key), to tell the user when
        # what is checked now is not that merge after all.
        self.resumed_key: str | None = None
        self._connect_signals()

    def _connect_signals(self) -> None:
        c = self.page
        c.recheck_button.clicked.connect(self.check)
        c.allow_duplicates.toggled.connect(self._on_recheck_choice_toggled)
        c.accept_suspect.toggled.connect(self._on_recheck_choice_toggled)
        c.advertising.toggled.connect(self._on_recheck_choice_toggled)
        c.consent_combo.currentIndexChanged.connect(self._on_recheck_choice_toggled)
        for box in (c.skip_problems, c.allow_shared, c.resend_unknown, c.unsubscribe):
            box.toggled.connect(self._on_choice_changed)
        c.unsubscribe_edit.textChanged.connect(self._on_choice_changed)
        c.table.doubleClicked.connect(self._on_table_double_clicked)

    @property
    def template(self) -> MergeTemplate:
        return self.data.template

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    @property
    def record_doubt_as_delivered(self) -> bool:
        """Rows in doubt are recorded as delivered before sending (the default)."""
        return bool(self.report and self.report.counts["unknown"]) and not self.resend_doubt

    @property
    def resend_doubt(self) -> bool:
        """The user chose to send the rows in doubt again."""
        return self.page.resend_unknown.isChecked()

    def options(self) -> MergeOptions:
        """The user's choices on the Data and Check pages."""
        c, d = self.page, self.data.page
        return MergeOptions(
            from_email=self.from_address,
            attachment_column=d.selected_attachment_column(),
            attachments_dir=d.selected_folder(),
            accept_suspect_rows=c.accept_suspect.isChecked(),
            allow_duplicates=c.allow_duplicates.isChecked(),
            column_map=dict(self.data.column_map),
            allow_shared_copies=c.allow_shared.isChecked(),
            skip_problems=c.skip_problems.isChecked(),
            unsubscribe_mailto=c.unsubscribe_edit.text().strip()
            if c.unsubscribe.isChecked()
            else "",
            pdf_password_column=d.selected_pdf_password_column(),
            advertising=c.advertising.isChecked(),
            consent_column=c.selected_consent_column() or "",
        )

    def offer_columns(self, columns: tuple[str, ...]) -> None:
        """The data file's columns for the consent date: the user's choice kept while the
        file has it, else the column whose name says it (수신동의일, consent, ...)."""
        combo = self.page.consent_combo
        chosen = self.page.selected_consent_column()
        if chosen not in columns:
            chosen = guess_consent_column(columns)
        fill_column_combo(combo, columns, chosen, None)

    # -- checking ------------------------------------------------------------------------------

    def invalidate(self) -> None:
        """What the check depends on changed: drop its outcome (and stop a check running)."""
        if self.task is not None:
            self.task.cancel()
        self.plan = None
        self.report = None
        self.page.model.set_report(None)
        self.page.summary_label.setText(self.tr("Not checked yet."))

    def check(self) -> Task[MergePlan] | None:
        """Check every row in the background; the table fills when it is done."""
        source = self.data.source
        if source is None:
            return None
        if self.task is not None:
            self.task.cancel()
        self._recheck = False
        template, ledger = self.template, self.ledger
        options, suppression = self.options(), self.suppression

        def run(ctx: TaskContext) -> MergePlan:
            plan = MergePlan(source, template, ledger, options, suppression)
            plan.validate(progress=ctx.report_progress, should_stop=lambda: ctx.cancelled)
            return plan

        self.plan = None
        self.report = None
        c = self.page
        c.problems_label.hide()
        c.progress.setRange(0, 0)
        c.progress.show()
        c.summary_label.setText(self.tr("Checking every row…"))
        task = self.runner.submit(run, name="merge-check")
        task.progress.connect(self._on_task_progress)
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        task.finished.connect(self._on_task_finished)
        self.task = task
        return task

    def _on_task_progress(self, value: object) -> None:
        self.page.summary_label.setText(
            self.tr("Checking every row… {count} so far.").format(count=whole_number(value))
        )

    def _on_task_succeeded(self, plan: MergePlan) -> None:
        if self._recheck:  # checked without a rule chosen since (advertising, consent)
            self.check()
            return
        # Choices made while the check ran count too, except those the check applies.
        plan.options = dataclasses.replace(
            self.options(),
            allow_duplicates=plan.options.allow_duplicates,
            accept_suspect_rows=plan.options.accept_suspect_rows,
            advertising=plan.options.advertising,
            consent_column=plan.options.consent_column,
        )
        self.plan = plan
        self.report = plan.report
        self._show_report()

    def _on_task_failed(self, failure: TaskFailure) -> None:
        c = self.page
        c.summary_label.setText(self.tr("The check could not finish."))
        c.problems_label.setText(failure.message)
        c.problems_label.show()
        if isinstance(failure.exception, TemplateSyntaxProblem):
            return  # the message itself: shown above the table, nothing to look up
        show_message(
            self.page.window(),
            UserMessage(
                failure.message,
                self.tr("Correct the data file or choose its encoding, then check again."),
                failure.traceback,
            ),
        )

    def _on_task_finished(self) -> None:
        if self.running:
            return  # a check that was given up for a newer one, which is still running
        self.page.progress.hide()
        self.checked.emit()

    def _on_recheck_choice_toggled(self) -> None:
        if self.report is not None:
            self.check()
        elif self.running:
            # Not a second pass at once: two passes over one merge's ledger rows collide.
            self._recheck = True

    def _on_choice_changed(self) -> None:
        if self.plan is not None:
            self.plan.options = dataclasses.replace(
                self.options(), allow_duplicates=self.plan.options.allow_duplicates
            )
        self.choices_changed.emit()

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.row_activated.emit(self.page.row_check_at(index.row()).row_number)

    # -- the report ----------------------------------------------------------------------------

    def _show_report(self) -> None:
        report = self.report
        if report is None:
            return
        c = self.page
        n = report.counts
        summary = self.tr(
            "%Ln row(s): {ready} ready, {problem} with problems, {suppressed} on the suppression "
            "list, {sent} already sent, {unknown} in doubt.",
            "",
            report.total,
        ).format(
            ready=whole_number(n["ready"]),
            problem=whole_number(n["problem"]),
            suppressed=whole_number(n["suppressed"]),
            sent=whole_number(n["sent"]),
            unknown=whole_number(n["unknown"]),
        )
        if not report.listed_all:
            summary += " " + self.tr("(The table lists the first rows only.)")
        c.summary_label.setText(summary)
        c.model.set_report(report)
        problems = list(report.template_problems)
        if self.resumed_key and self.plan is not None and self.plan.key != self.resumed_key:
            problems.append(
                self.tr(
                    "This is not the merge you chose to continue: its message or data file "
                    "changed since it was sent, so the rows it sent are not known here and "
                    "would be sent again."
                )
            )
        c.problems_label.setText("\n".join(problems))
        c.problems_label.setVisible(bool(problems))
        c.skip_problems.setVisible(n["problem"] > 0)
        c.skip_problems.setText(
            self.tr("Skip the %Ln row(s) with problems and send the others", "", n["problem"])
        )
        c.allow_shared.setVisible(bool(report.shared_copies))
        if report.shared_copies:
            c.allow_shared.setText(
                self.tr("{problem} Send anyway").format(problem=report.shared_copies[0])
            )
        c.accept_suspect.setVisible(report.suspect_rows > 0)
        c.accept_suspect.setText(
            self.tr(
                "Send the %Ln row(s) that may be garbled as they are (bytes that are not "
                "text, or a quote left open)",
                "",
                report.suspect_rows,
            )
        )
        c.attachments_label.setText(self._attachments_text(report))
        c.doubt_box.setVisible(n["unknown"] > 0)
        c.doubt_label.setText(
            self.tr(
                "%Ln message(s) went out whole when a run stopped, but the server's "
                "confirmation never came, so they were most likely delivered.",
                "",
                n["unknown"],
            )
        )
        c.suppression_label.setText(
            self.tr(
                "%Ln address(es) on the suppression list are skipped.", "", len(self.suppression)
            )
        )

    def _attachments_text(self, report: ValidationReport) -> str:
        if not report.attachment_column:
            return self.tr("No per-row attachments.")
        text = self._files_text(report)
        column = self.plan.options.pdf_password_column if self.plan is not None else None
        if column:
            text += " " + self.tr(
                "Their PDF files are protected: each opens only with the password in "
                "column “{column}” of its row."
            ).format(column=column)
        return text

    def _files_text(self, report: ValidationReport) -> str:
        return self.tr(
            "Per-row attachments: the files named in column “{column}”, taken only from "
            "{folder}: %Ln file(s), {size} in the rows ready to send.",
            "",
            report.attachment_files,
        ).format(
            column=report.attachment_column,
            folder=report.attachments_dir,
            size=human_size(report.attachment_bytes),
        )
