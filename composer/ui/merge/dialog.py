"""The "Mail merge" dialog: choose a CSV, check every row, preview, send with a ledger.

The compose window opens it with one call::

    from composer.ui.merge.dialog import open_merge_dialog
    open_merge_dialog(message, connection_factory, parent=self,
                      from_address=profile.identity.from_header(),
                      test_address=profile.identity.from_address,
                      server_label=profile.summary())

*message* is the message being composed (a ``composer.mail`` EmailMessage or
EmailMultiAlternatives), a :class:`~composer.merge.MergeTemplate`, or the path of a saved
``.eml``. *connection_factory* returns a new, unopened ``composer.mail`` backend for the
active profile each time it is called; it runs on worker threads, so it must not ask the
user anything (resolve the password first), nor read anything a window owns.

The dialog only assembles its four steps (:mod:`~composer.ui.merge.data_step`,
:mod:`~composer.ui.merge.check_step`, :mod:`~composer.ui.merge.preview`,
:mod:`~composer.ui.merge.send_step`) and wires them in :meth:`MergeDialog._connect_signals`.
Every step reads the disk or the network through :class:`composer.ui.tasks.TaskRunner`;
closing never waits for that work: a check or a preview is dropped, a test or an export
finishes on its own, and a run that is sending is stopped only when the user says so.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, TypedDict, Unpack

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from composer.merge import (
    EngineSettings,
    MergeInfo,
    MergeLedger,
    MergePlan,
    MergeTemplate,
    RunResult,
    ValidationReport,
)
from composer.merge.data.opening import DataSource
from composer.merge.deliverability import PreflightRequest, merge_recipients
from composer.merge.loading import LoadedData
from composer.merge.preflight import Finding
from composer.merge.sending.engine import Backend
from composer.merge.serveraccount import MergeServerAccount
from composer.ui.merge.check_step import CheckStep
from composer.ui.merge.data_step import DataStep
from composer.ui.merge.deliverability import add_deliverability
from composer.ui.merge.pages import CheckPage, DataPage, PreviewPage, SendPage
from composer.ui.merge.preview import PreviewStep
from composer.ui.merge.selftest import SelfTestControl
from composer.ui.merge.send_step import SendStep
from composer.ui.tasks import Task, TaskContext, TaskRunner
from composer.ui.widgets.steps import StepBar, StepTrail
from composer.ui.window_state import keep_size

__all__ = ["MergeDialog", "open_merge_dialog"]

DATA, CHECK, PREVIEW, SEND = range(4)


def _plan_recipients(plan: MergePlan, ctx: TaskContext) -> list[str]:
    return merge_recipients(plan, lambda: ctx.cancelled)


def _as_template(template: Any) -> MergeTemplate:
    if isinstance(template, MergeTemplate):
        return template
    if isinstance(template, str | Path):
        return MergeTemplate.from_eml(template)
    return MergeTemplate.from_message(template)


class MergeDialog(QDialog):
    """The merge flow as one non-modal dialog. See the module docstring.

    Signals:
        merge_finished(RunResult): a send run ended (finished, stopped, cancelled, ...).
        data_loaded(bool): a data file finished opening (True) or could not be opened.
    """

    merge_finished = Signal(object)
    data_loaded = Signal(bool)

    def __init__(
        self,
        template: Any,
        connection_factory: Callable[[], Backend],
        parent: QWidget | None = None,
        *,
        from_address: str = "",
        test_address: str = "",
        server_label: str = "",
        ledger: MergeLedger | None = None,
        server_account: MergeServerAccount | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mail merge"))
        self.setObjectName("mergeDialog")
        keep_size(self, "merge", QSize(900, 680))
        server_label = server_label or self.tr("the server")
        self.ledger = ledger if ledger is not None else MergeLedger()
        self._owns_ledger = ledger is None
        self.runner = TaskRunner(self, max_threads=2)
        self._history: QDialog | None = None
        self._shut_down = False
        self._delete_when_shut_down = False
        self._close_when_stopped = False

        self.data_page = DataPage()
        self.check_page = CheckPage()
        self.preview_page = PreviewPage()
        self.send_page = SendPage()
        self.preview_page.test_edit.setText(test_address)
        self.send_page.connections.setValue(EngineSettings().connections)
        self.data_step = DataStep(self.data_page, self.runner, _as_template(template), self)
        self.check_step = CheckStep(
            self.check_page, self.runner, self.data_step, self.ledger, from_address, self
        )
        self.preview_step = PreviewStep(
            self.preview_page, self.runner, connection_factory, server_label, self
        )
        self.send_step = SendStep(
            self.send_page, self.runner, self.check_step, connection_factory, server_label, self
        )
        self.send_step.use_server_account(server_account)
        if server_account is not None:  # a test message never gets a copy in Sent
            self.preview_step.test_factory = server_account.connect_for_test
        self.deliverability = add_deliverability(self.send_page, self.runner)
        self.self_test = SelfTestControl(self.preview_page, self.runner, self.preview_step, self)
        self.self_test.use_account(server_account)
        self._offer_deliverability(server_account)
        self.trail = StepTrail(
            [self.tr("Data"), self.tr("Check"), self.tr("Preview"), self.tr("Send")]
        )
        self.stack = QStackedWidget()
        for page in (self.data_page, self.check_page, self.preview_page, self.send_page):
            self.stack.addWidget(page)
        self.step_bar = StepBar()
        layout = QVBoxLayout(self)
        for widget in (self.trail, self.stack, self.step_bar):  # in the order Tab goes
            layout.addWidget(widget, 1 if widget is self.stack else 0)
        self._connect_signals()
        self.data_step.show_placeholders()
        self._update_navigation()

    def _connect_signals(self) -> None:
        data, check, send, bar = self.data_step, self.check_step, self.send_step, self.step_bar
        data.loaded.connect(self._on_data_loaded)
        data.changed.connect(self._on_data_changed)
        self.data_page.history_button.clicked.connect(self._on_history_clicked)
        check.checked.connect(self._on_check_checked)
        check.choices_changed.connect(self._on_check_choices_changed)
        check.row_activated.connect(self._on_check_row_activated)
        send.run.finished.connect(self._on_run_finished)
        self.send_page.start_button.clicked.connect(self._update_navigation)
        self.deliverability.check_requested.connect(self.check_deliverability)
        bar.back_button.clicked.connect(lambda: self.go_to(self.stack.currentIndex() - 1))
        bar.next_button.clicked.connect(lambda: self.go_to(self.stack.currentIndex() + 1))
        bar.close_button.clicked.connect(self.close)
        self.finished.connect(self._on_finished)

    # -- what the steps hold -------------------------------------------------------------------

    @property
    def template(self) -> MergeTemplate:
        return self.data_step.template

    @template.setter
    def template(self, template: MergeTemplate) -> None:
        self.data_step.template = template

    @property
    def column_map(self) -> dict[str, str]:
        return self.data_step.column_map

    @column_map.setter
    def column_map(self, mapping: dict[str, str]) -> None:
        self.data_step.column_map = mapping

    @property
    def resumed_key(self) -> str | None:
        return self.check_step.resumed_key

    @resumed_key.setter
    def resumed_key(self, key: str | None) -> None:
        self.check_step.resumed_key = key

    @property
    def source(self) -> DataSource | None:
        return self.data_step.source

    @property
    def plan(self) -> MergePlan | None:
        return self.check_step.plan

    @property
    def report(self) -> ValidationReport | None:
        return self.check_step.report

    @property
    def sending(self) -> bool:
        return self.send_step.sending

    # -- what the user does (also for scripts and tests) --------------------------------------

    def load_csv(self, path: str | Path) -> Task[LoadedData]:
        """Open the data file (chosen encoding and delimiter) in the background."""
        return self.data_step.load(path)

    def send_test_to(self, address: str) -> Task[str] | None:
        """Send the previewed row to *address*, subject marked "[Test]"."""
        return self.preview_step.send_test_to(address)

    def start_sending(self) -> Task[tuple[RunResult, int]] | None:
        """Start the run in the background (the Start button)."""
        task = self.send_step.start()
        self._update_navigation()
        return task

    def stop(self) -> None:
        """Stop after the messages in flight; the rest stays for the next run."""
        self.send_step.run.stop()

    def export_failed(self, path: str | Path) -> Task[int] | None:
        """Save the failed rows (original columns plus the reason) as CSV in the background."""
        return self.send_step.export_failed(path)

    def check_deliverability(self) -> Task[list[Finding]] | None:
        """Run the deliverability preflight of this merge (its From, its recipients)."""
        account = self.send_step.server_account
        if account is None or not self.deliverability.check_button.isEnabled():
            return None
        plan = self.plan
        request = PreflightRequest.of_profile(
            account.account.profile,
            from_email=plan.from_email if plan is not None else "",
            selectors=self.deliverability.selectors(),
        )
        recipients = None
        if plan is not None:
            recipients = partial(_plan_recipients, plan)
        return self.deliverability.start(request, recipients=recipients, ledger=self.ledger)

    def _offer_deliverability(self, account: MergeServerAccount | None) -> None:
        profile = account.account.profile if account is not None else None
        if profile is None or not (profile.delivers and profile.smtp.host):
            self.deliverability.set_unavailable(
                self.tr(
                    "The deliverability check is for a profile that sends through a mail "
                    "server; this one does not."
                )
            )

    def resume_merge(self, merge: MergeInfo) -> Task[Any]:
        """Continue an earlier merge: its message, choices and data file, then check it."""
        from composer.ui.merge.resume import resume_merge

        return resume_merge(self, merge)

    # -- navigation ----------------------------------------------------------------------------

    def go_to(self, index: int) -> None:
        """Show page *index* (0 data, 1 check, 2 preview, 3 send) if the flow allows it."""
        index = max(DATA, min(index, SEND))
        check = self.check_step
        if index >= CHECK and self.source is None:
            return
        if index >= PREVIEW and check.report is None:
            return
        self.stack.setCurrentIndex(index)
        if index == CHECK and check.report is None and not check.running and not self.sending:
            check.check()
        if index == PREVIEW and self.preview_step.shown is None:
            self.preview_step.show_current_row()
        if index == SEND:
            self.send_step.show_plan()
        self._update_navigation()

    def _update_navigation(self) -> None:
        i = self.stack.currentIndex()
        check, send = self.check_step, self.send_step
        busy = send.sending
        can_next = {
            DATA: self.source is not None,
            CHECK: check.report is not None and not check.running,
            PREVIEW: True,
            SEND: False,
        }[i]
        self.trail.set_current(i)
        self.step_bar.set_state(can_back=i > DATA and not busy, can_next=can_next and not busy)
        s = self.send_page
        s.start_button.setEnabled(send.ready() and not send.finished_all)
        s.later_button.setEnabled(s.start_button.isEnabled())
        s.pause_button.setEnabled(busy)
        s.stop_button.setEnabled(busy)
        for widget in (s.connections, s.rate, s.daily_cap):
            widget.setEnabled(not busy)
        self.check_page.set_choices_enabled(not busy)

    # -- slots ---------------------------------------------------------------------------------

    def _on_data_loaded(self, ok: bool) -> None:
        if self.source is not None:
            self.check_step.offer_columns(self.source.columns)
        self._update_navigation()
        self.data_loaded.emit(ok)

    def _on_data_changed(self) -> None:
        self.check_step.invalidate()
        self.preview_step.set_merge(None, None, 0)
        self._update_navigation()

    def _on_check_checked(self) -> None:
        check, data = self.check_step, self.data_step.data
        report = check.report
        if check.plan is not None and report is not None and data is not None:
            self.preview_step.set_merge(check.plan, data.index, report.total)
        if self.stack.currentIndex() == PREVIEW:
            self.preview_step.show_current_row()
        if self.stack.currentIndex() == SEND:
            self.send_step.show_plan()
        self._update_navigation()

    def _on_check_choices_changed(self) -> None:
        if self.stack.currentIndex() == SEND:
            self.send_step.show_plan()
        self._update_navigation()

    def _on_check_row_activated(self, number: int) -> None:
        self.go_to(PREVIEW)
        self.preview_page.row_spin.setValue(number)

    def _on_run_finished(self, result: RunResult) -> None:
        self.merge_finished.emit(result)
        self._update_navigation()
        if self._close_when_stopped:
            self.close()

    def _on_history_clicked(self) -> None:
        from composer.ui.merge.history import MergeHistoryDialog

        if self._history is None:
            server = self.send_step.server_account
            history = MergeHistoryDialog(
                self.ledger,
                self,
                self.runner,
                account=server.account if server is not None else None,
            )
            history.reopen_requested.connect(self.resume_merge)
            self._history = history
        self._history.show()
        self._history.raise_()

    # -- closing -------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.sending:
            event.ignore()
            if not self._close_when_stopped:
                self._ask_to_stop()
            return
        super().closeEvent(event)

    def _ask_to_stop(self) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Stop the merge?"),
            self.tr("The merge is still sending."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("stopMergeQuestion")
        box.setInformativeText(
            self.tr(
                "Stop it after the messages being sent now and close the window? The rest "
                "stays for the next run, and nobody gets a message twice."
            )
        )
        stop = box.addButton(self.tr("Stop and close"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep sending"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        stop.clicked.connect(self._on_stop_and_close_clicked)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _on_stop_and_close_clicked(self) -> None:
        self._close_when_stopped = True
        self.stop()

    def _on_finished(self) -> None:
        # What only serves this window is dropped; a test or an export the user started
        # finishes and reports on its own.
        for task in (
            self.check_step.task,
            self.data_step.task,
            self.preview_step.task,
            self.deliverability.task,
            self.self_test.task,
        ):
            if task is not None:
                task.cancel()

    def shutdown(self) -> None:
        """Give up the ledger once no background work needs it (never waits for that work).

        The dialog is unusable afterwards.
        """
        if self._shut_down:
            return
        self._shut_down = True
        self._on_finished()
        running = self.runner.active_tasks()
        for task in running:
            task.finished.connect(self._on_task_finished_after_shutdown)
        if not running:
            self._release()

    def _on_task_finished_after_shutdown(self) -> None:
        if not self.runner.active_tasks():
            self._release()

    def _release(self) -> None:
        if self._owns_ledger:
            self.ledger.close()
        if self._delete_when_shut_down:
            self.deleteLater()


class DialogOptions(TypedDict, total=False):
    """The keyword arguments of :class:`MergeDialog` that :func:`open_merge_dialog` passes on."""

    from_address: str
    test_address: str
    server_label: str
    server_account: MergeServerAccount | None


def open_merge_dialog(
    template: Any,
    connection_factory: Callable[[], Backend],
    parent: QWidget | None = None,
    *,
    csv_path: str | Path | None = None,
    **options: Unpack[DialogOptions],
) -> MergeDialog:
    """Open the mail merge dialog (non-modal) for *template*; returns it, shown.

    Raises:
        TemplateSyntaxProblem: *template* is a path that is not a readable message.
    """
    dialog = MergeDialog(template, connection_factory, parent, **options)
    if csv_path is not None:
        dialog.load_csv(csv_path)
    # Closed for good when the user closes it, once the work it left running is done
    # (closing while sending asks first).
    dialog._delete_when_shut_down = True
    dialog.finished.connect(dialog.shutdown)
    dialog.show()
    return dialog
