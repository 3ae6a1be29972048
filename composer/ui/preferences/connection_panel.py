"""The "Test connection" panel: each SMTP step as it happens, then what went wrong and why.

The test itself is :func:`composer.profiles.conntest.run_connection_test`, run through
:class:`~composer.ui.tasks.TaskRunner`; this panel only shows its progress and result.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QTextOption
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from composer.errors import UserMessage
from composer.errors.describe import describe
from composer.profiles.certificates import CertificateInfo
from composer.profiles.conntest import (
    ConnectionParams,
    ConnectionTestResult,
    StepReport,
    StepStatus,
    run_connection_test,
)
from composer.profiles.model import OAuthProvider
from composer.profiles.oauthswitch import refused_provider
from composer.ui.tasks import Task, TaskContext, TaskFailure, TaskRunner

__all__ = ["ConnectionTestPanel"]

_MARKS = {
    StepStatus.RUNNING: ("…", "#174ea6"),
    StepStatus.OK: ("✓", "#2e7d32"),
    StepStatus.FAILED: ("✗", "#b3261e"),
    StepStatus.SKIPPED: ("–", "#5f6368"),
    StepStatus.CANCELLED: ("■", "#5f6368"),
}


class ConnectionTestPanel(QWidget):
    """Buttons, a live list of steps and the outcome of a connection test.

    Signals:
        test_requested(): the user pressed "Test connection"; the owner answers with
            :meth:`start` (it knows the profile and the password).
        finished(object): the :class:`ConnectionTestResult` (also for a cancelled test).
        switch_requested(object): the user chose to sign in with this
            :class:`~composer.profiles.model.OAuthProvider` (its server refused passwords).
    """

    test_requested = Signal()
    finished = Signal(object)
    switch_requested = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._task: Task[ConnectionTestResult] | None = None
        self._rows: dict[str, QListWidgetItem] = {}
        self._details = ""

        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.setObjectName("testConnectionButton")
        self.cancel_button = QPushButton(self.tr("Stop test"), self)
        self.cancel_button.setObjectName("cancelTestButton")
        self.cancel_button.setEnabled(False)
        self.steps = QListWidget(self)
        self.steps.setObjectName("testSteps")
        self.steps.setAccessibleName(self.tr("Connection test steps"))
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.steps.setMaximumHeight(self.steps.fontMetrics().height() * 7)
        self.steps.setWordWrap(True)
        self.steps.hide()
        self.outcome = QLabel(self)
        self.outcome.setObjectName("testOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.RichText)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        # A read-only text box: a fingerprint is one long word that a label cannot wrap.
        self.certificate = QPlainTextEdit(self)
        self.certificate.setObjectName("testCertificate")
        self.certificate.setAccessibleName(self.tr("Server certificate"))
        self.certificate.setReadOnly(True)
        self.certificate.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.TypeWriter)
        self.certificate.setFont(mono)
        self.certificate.setFixedHeight(self.certificate.fontMetrics().height() * 7)
        self.certificate.hide()
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.copy_button.hide()
        # Shown when the provider turned password sign-in off (composer.profiles.oauthswitch).
        self.switch_button = QPushButton(self)
        self.switch_button.setObjectName("switchToOAuthButton")
        self.switch_button.hide()
        self._switch_to: OAuthProvider | None = None

        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.steps)
        layout.addWidget(self.outcome)
        layout.addWidget(self.certificate)
        layout.addWidget(self.switch_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.test_button.clicked.connect(self.test_requested)
        self.cancel_button.clicked.connect(self.cancel)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.switch_button.clicked.connect(self._on_switch_button_clicked)

    def is_running(self) -> bool:
        return self._task is not None

    def start(
        self,
        params: ConnectionParams,
        password: Callable[[], str | None],
        oauth2_token: Callable[[], str] | None = None,
        imap_password: Callable[[], str | None] | None = None,
    ) -> None:
        """Run the test in the background.

        Args:
            password: called in the worker thread (reading the keyring may block).
            oauth2_token: for an OAuth profile, gives its access token (in the worker, at
                the login step); the password is then not used.
            imap_password: called in the worker thread: the IMAP server's own password
                (None from it: the IMAP login uses *password*'s).
        """
        if self._task is not None:
            return
        self.reset()
        self.steps.show()
        self.test_button.setEnabled(False)
        self.cancel_button.setEnabled(True)

        def work(ctx: TaskContext) -> ConnectionTestResult:
            secret = password() if params.username and oauth2_token is None else None
            own = imap_password() if imap_password is not None and oauth2_token is None else None
            return run_connection_test(
                params,
                secret,
                report=ctx.report_progress,
                cancel=ctx.token,
                oauth2_token=oauth2_token,
                imap_password=own,
            )

        task = self._runner.submit(work, "connection test")
        task.progress.connect(self._on_task_progress)
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        task.cancelled.connect(self._on_task_cancelled)
        task.finished.connect(self._on_task_finished)
        self._task = task

    def cancel(self) -> None:
        """Stop a running test; the steps so far stay visible."""
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)

    def reset(self) -> None:
        """Forget the last test's steps and outcome."""
        self.switch_button.hide()
        self.steps.clear()
        self._rows.clear()
        self.steps.hide()
        self.outcome.hide()
        self.certificate.hide()
        self.copy_button.hide()
        self._details = ""

    def outcome_text(self) -> str:
        return self.outcome.text() if self.outcome.isVisibleTo(self) else ""

    def step_texts(self) -> list[str]:
        return [self.steps.item(i).text() for i in range(self.steps.count())]

    # -- task results --------------------------------------------------------------------------

    def _on_task_progress(self, report: object) -> None:
        if isinstance(report, StepReport):
            self._show_step(report)

    def _show_step(self, report: StepReport) -> None:
        mark, color = _MARKS[report.status]
        text = f"{mark}  {report.label}"
        if report.status is StepStatus.FAILED:
            text = self.tr("{step}: failed, see below").format(step=text)  # explained below
        elif report.detail:
            text = self.tr("{step}: {detail}").format(step=text, detail=report.detail)
        item = self._rows.get(report.step)
        if item is None:
            item = QListWidgetItem(text)
            self.steps.addItem(item)
            self._rows[report.step] = item
        item.setText(text)
        item.setForeground(QColor(color))
        self.steps.scrollToItem(item)

    def _on_task_succeeded(self, result: ConnectionTestResult) -> None:
        for report in result.steps:
            self._show_step(report)
        if result.ok:
            self._show_outcome(
                "ok", self.tr("The connection works."), self.tr("You can send mail with it.")
            )
        elif result.cancelled:
            self._show_outcome("info", self.tr("Test stopped."), "")
        elif result.failure is not None:
            self._show_failure(result.failure, result.certificate)
        self.finished.emit(result)

    def _on_task_failed(self, failure: TaskFailure) -> None:
        # Reading the password failed (the keyring), or a bug: the same words as anywhere.
        message = describe(failure.exception)
        self._show_failure(message)
        self.finished.emit(ConnectionTestResult(False, failure=message))

    def _on_task_cancelled(self) -> None:
        for report in self._rows:
            item = self._rows[report]
            if item.text().startswith(_MARKS[StepStatus.RUNNING][0]):
                mark, color = _MARKS[StepStatus.CANCELLED]
                item.setText(self.tr("{step} (stopped)").format(step=f"{mark}  {item.text()[3:]}"))
                item.setForeground(QColor(color))
        self._show_outcome("info", self.tr("Test stopped."), "")
        self.finished.emit(ConnectionTestResult(False, cancelled=True))

    def _on_task_finished(self) -> None:
        self._task = None
        self.test_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _show_failure(
        self, failure: UserMessage, certificate: CertificateInfo | None = None
    ) -> None:
        self._show_outcome("error", failure.what, failure.todo)
        lines = [failure.details] if failure.details else []
        if certificate is not None:
            cert_lines = certificate.lines()
            self.certificate.setPlainText("\n".join(cert_lines))
            self.certificate.show()
            lines += cert_lines
        self._details = "\n".join([failure.what, failure.todo, *lines])
        self.copy_button.setVisible(bool(self._details))
        self._switch_to = refused_provider(self._details)
        if self._switch_to is not None:
            self.switch_button.setText(
                self.tr("Switch this account to sign-in with {provider}").format(
                    provider=self._switch_to.label
                )
            )
        self.switch_button.setVisible(self._switch_to is not None)

    def _show_outcome(self, level: str, what: str, todo: str) -> None:
        color = {"ok": "#2e7d32", "error": "#b3261e"}.get(level, "#3c4043")
        html = f'<b style="color:{color}">{_escape(what)}</b>'
        if todo:
            html += f"<br>{_escape(todo)}"
        self.outcome.setText(html)
        self.outcome.show()

    def _on_switch_button_clicked(self) -> None:
        if self._switch_to is not None:
            self.switch_button.hide()
            self.switch_requested.emit(self._switch_to)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self._details)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
