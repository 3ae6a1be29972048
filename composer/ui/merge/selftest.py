""" "Send a test to myself and check" on the merge window's Preview page.

:class:`SelfTestControl` adds the button under the page's test row and runs
:func:`composer.merge.selftest.run_self_test` for the row shown, through the window's
:class:`~composer.ui.tasks.TaskRunner`: the test goes to the profile's own address, then
(when the profile has IMAP) the inbox is searched for it, at most
:data:`~composer.merge.selftest.DEFAULT_WAIT` seconds, and the receiving server's judgement
is said in words. Pressing the button again while it waits stops the wait.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPlainTextEdit, QPushButton, QWidget

from composer.errors.describe import describe
from composer.merge.selftest import DEFAULT_POLL, DEFAULT_WAIT, SelfTestReport, run_self_test
from composer.merge.serveraccount import MergeServerAccount
from composer.ui.merge.pages import PreviewPage
from composer.ui.merge.preview import PreviewStep
from composer.ui.merge.step import MergeStep
from composer.ui.tasks import Task, TaskContext, TaskFailure, TaskRunner

__all__ = ["SelfTestControl"]


class SelfTestControl(MergeStep[PreviewPage]):
    """The button, and the test it runs. See the module docstring."""

    def __init__(
        self, page: PreviewPage, runner: TaskRunner, preview: PreviewStep, parent: QWidget
    ) -> None:
        super().__init__(page, runner, parent)
        self.preview = preview
        self.account: MergeServerAccount | None = None
        self.task: Task[SelfTestReport] | None = None
        self.report: SelfTestReport | None = None
        # How long to look for the test in the inbox, and how often (seconds).
        self.wait = DEFAULT_WAIT
        self.poll = DEFAULT_POLL
        self.button = QPushButton(self.tr("Send a test to myself and check"))
        self.button.setObjectName("selfTestButton")
        self.button.setAutoDefault(False)
        self.button.setToolTip(
            self.tr(
                "Sends the row shown to your own address, then reads it back from your inbox "
                "(IMAP) to show how your receiving server judged SPF, DKIM and DMARC."
            )
        )
        # Its own box, a few lines high and scrollable: the judgement is a paragraph, which
        # a label squeezed under the message's tabs would cut off in a small window.
        self.result_view = QPlainTextEdit()
        self.result_view.setObjectName("selfTestResult")
        self.result_view.setReadOnly(True)
        self.result_view.setAccessibleName(self.tr("Send a test to myself and check"))
        self.result_view.setFixedHeight(self.result_view.fontMetrics().lineSpacing() * 4 + 12)
        self.result_view.hide()
        row = QHBoxLayout()
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.result_view, 1)
        layout = cast("QBoxLayout", page.layout())
        layout.insertLayout(layout.indexOf(page.test_status) + 1, row)
        self.button.clicked.connect(self._on_button_clicked)
        self.use_account(None)

    def use_account(self, account: MergeServerAccount | None) -> None:
        """The account the test goes through; None or a preview profile: no button."""
        self.account = account
        profile = account.account.profile if account is not None else None
        usable = profile is not None and profile.delivers and bool(profile.smtp.host)
        self.button.setVisible(usable)

    def say(self, text: str) -> None:
        """Show *text* (plain: it quotes servers and addresses) under the button."""
        self.result_view.setPlainText(text)
        self.result_view.show()

    def text(self) -> str:
        return self.result_view.toPlainText()

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    def _on_button_clicked(self) -> None:
        if self.running and self.task is not None:
            self.task.cancel()
            return
        self.start()

    def start(self) -> Task[SelfTestReport] | None:
        """Send the row shown to the profile's own address and check it (in the background)."""
        shown, plan, account = self.preview.shown, self.preview.plan, self.account
        if shown is None or shown.row is None or plan is None or account is None:
            return None
        profile = account.account.profile
        address = profile.identity.from_address
        if not address:
            self.say(self.tr("The profile has no address of its own: set one in Preferences."))
            return None
        row, factory, sign_in = shown.row, self.preview.test_factory, account.account.sign_in
        wait, poll = self.wait, self.poll

        def run(ctx: TaskContext) -> SelfTestReport:
            return run_self_test(
                plan,
                row,
                profile,
                factory,
                sign_in,
                address=address,
                wait=wait,
                poll=poll,
                token=ctx.token,
                on_sent=ctx.report_progress,
            )

        self.report = None
        self.say(
            self.tr("Sending a test of row {number} to {address}…").format(
                number=row.number, address=address
            )
        )
        self.button.setText(self.tr("Stop waiting"))
        task = self.runner.submit(run, name="merge-self-test")
        checking = profile.imap.enabled
        task.progress.connect(
            lambda _reply: self.say(
                self.tr(
                    "Sent to {address}. Looking for it in your inbox (at most %n second(s))…",
                    "",
                    round(wait),
                ).format(address=address)
                if checking
                else self.result_view.toPlainText()
            )
        )
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        task.cancelled.connect(
            lambda: self.say(self.tr("Stopped waiting. The test was sent if it got that far."))
        )
        task.finished.connect(self._on_task_finished)
        self.task = task
        return task

    def _on_task_succeeded(self, report: SelfTestReport) -> None:
        self.report = report
        self.say(report.words)

    def _on_task_failed(self, failure: TaskFailure) -> None:
        message = describe(failure.exception)
        self.say(f"{message.what} {message.todo}".strip())

    def _on_task_finished(self) -> None:
        if not self.running:
            self.button.setText(self.tr("Send a test to myself and check"))
