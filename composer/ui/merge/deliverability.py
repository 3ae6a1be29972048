"""The deliverability check in the windows: the merge window's Send page and Preferences.

:class:`DeliverabilityPanel` runs :func:`composer.merge.deliverability.check_deliverability`
through :class:`~composer.ui.tasks.TaskRunner` and shows each finding with its level (OK,
warning, problem, could not check) in words: SPF, DMARC, MX, DKIM (under the selector the
user types, else the common ones), a free-mail From sent through another server, the
provider's daily limit as a plan, Gmail's bulk-sender line. It never blocks sending: a DNS
server that does not answer is "could not check", said as such.

:class:`DeliverabilityDialog` is the same panel for one profile, opened from Preferences.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

import dns.resolver
from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from composer.merge.deliverability import (
    PreflightRequest,
    check_deliverability,
    sent_today,
)
from composer.merge.preflight import Finding
from composer.merge.record.ledger import MergeLedger
from composer.profiles.model import Profile
from composer.ui.tasks import Task, TaskContext, TaskFailure, TaskRunner

__all__ = [
    "DeliverabilityDialog",
    "DeliverabilityPanel",
    "add_deliverability",
    "level_label",
    "open_deliverability",
]

_COLOURS = {"ok": "#1b6e20", "warn": "#a15c00", "bad": "#b3261e", "unknown": "#5f6368"}
_MARKS = {"ok": "✓", "warn": "!", "bad": "✗", "unknown": "?"}

# Gives the recipients of the merge being checked (runs on the worker; may read the file).
RecipientsSource = Callable[[TaskContext], Sequence[str]]


def level_label(level: str) -> str:
    """The words of a finding's level."""
    return {
        "ok": QCoreApplication.translate("DeliverabilityPanel", "OK"),
        "warn": QCoreApplication.translate("DeliverabilityPanel", "Warning"),
        "bad": QCoreApplication.translate("DeliverabilityPanel", "Problem"),
        "unknown": QCoreApplication.translate("DeliverabilityPanel", "Could not check"),
    }.get(level, level)


def _check_label(check: str) -> str:
    return {
        "From": QCoreApplication.translate("DeliverabilityPanel", "Sender"),
        "Limit": QCoreApplication.translate("DeliverabilityPanel", "Daily limit"),
        "Gmail": QCoreApplication.translate("DeliverabilityPanel", "Gmail bulk senders"),
    }.get(check, check)  # SPF, DMARC, MX, DKIM: the same in every language


class DeliverabilityPanel(QWidget):
    """A DKIM selector field, a Check button, and the findings.

    Signals:
        check_requested(): the user pressed the button; the owner answers with :meth:`start`
            (it knows the profile and the merge).
        checked(object): the findings (a list of :class:`Finding`) are shown.
    """

    check_requested = Signal()
    checked = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.task: Task[list[Finding]] | None = None
        self.findings: list[Finding] = []
        # The resolver to ask (None: the system's, or the request's DNS server). Tests
        # point it at a DNS server on 127.0.0.1.
        self.resolver_factory: Callable[[], dns.resolver.Resolver] | None = None
        self.selector_edit = QLineEdit()
        self.selector_edit.setObjectName("dkimSelector")
        self.selector_edit.setPlaceholderText(self.tr("the common ones"))
        self.selector_edit.setToolTip(
            self.tr(
                "The DKIM selector your provider gave you (the name before ._domainkey); "
                "several separated by commas. Empty: Composer tries the common ones."
            )
        )
        self.check_button = QPushButton(self.tr("Check deliverability"))
        self.check_button.setObjectName("checkDeliverability")
        self.check_button.setAutoDefault(False)
        # One scrollable box for what the panel says and what it found: wrapped labels
        # above a list get cut off when the window is small or scaled.
        self.view = QTextBrowser()
        self.view.setObjectName("deliverabilityFindings")
        self.view.setOpenLinks(False)
        self.view.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 12)
        self.say(
            self.tr(
                "Will the mail land? Checks the sender's domain (SPF, DKIM, DMARC, MX) and the "
                "provider's limits. It never stops you from sending."
            )
        )
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("DKIM selector:")))
        row.addWidget(self.selector_edit, 1)
        row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self.check_button.clicked.connect(self.check_requested)
        self.selector_edit.returnPressed.connect(self.check_requested)

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    def selectors(self) -> tuple[str, ...]:
        text = self.selector_edit.text().replace(";", ",").replace(" ", ",")
        return tuple(s for s in (part.strip() for part in text.split(",")) if s)

    def set_unavailable(self, reason: str) -> None:
        """Nothing to check with (a preview profile): say why, offer no button."""
        self.check_button.setEnabled(False)
        self.selector_edit.setEnabled(False)
        self.say(reason)

    def start(
        self,
        request: PreflightRequest,
        *,
        recipients: RecipientsSource | None = None,
        ledger: MergeLedger | None = None,
    ) -> Task[list[Finding]]:
        """Run the preflight for *request* in the background; the findings show when done.

        Args:
            recipients: the merge's recipients (None: the account alone, no merge).
            ledger: where today's sending is counted (None: the default ledger, opened
                and closed on the worker).
        """
        if self.task is not None:
            self.task.cancel()
        make_resolver = self.resolver_factory

        def run(ctx: TaskContext) -> list[Finding]:
            people = list(recipients(ctx)) if recipients is not None else []
            if ledger is not None:
                already = sent_today(ledger, account=request.account)
            else:
                with MergeLedger() as own:
                    already = sent_today(own, account=request.account)
            return check_deliverability(
                request,
                recipients=people,
                already_sent=already,
                resolver=make_resolver() if make_resolver is not None else None,
            )

        self.check_button.setEnabled(False)
        self.say(
            self.tr("Asking the DNS about {domain}…").format(
                domain=request.from_email.rpartition("@")[2].rstrip(">") or request.host
            )
        )
        task = self.runner.submit(run, name="deliverability")
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        task.finished.connect(self._on_task_finished)
        self.task = task
        return task

    def _on_task_succeeded(self, findings: list[Finding]) -> None:
        self.show_findings(findings)
        self.checked.emit(findings)

    def _on_task_failed(self, failure: TaskFailure) -> None:
        self.say(
            self.tr("The check could not finish: {reason}. Sending is not affected.").format(
                reason=failure.message
            )
        )

    def _on_task_finished(self) -> None:
        if not self.running:
            self.check_button.setEnabled(True)

    def show_findings(self, findings: list[Finding]) -> None:
        self.findings = list(findings)
        counts = {level: sum(f.level == level for f in findings) for level in _COLOURS}
        if counts["bad"]:
            summary = self.tr(
                "%n problem(s) may get this mail refused or filed as spam; you can still send.",
                "",
                counts["bad"],
            )
        elif counts["warn"]:
            summary = self.tr("No problem found, but %n warning(s) to read.", "", counts["warn"])
        else:
            summary = self.tr("Everything the DNS can show is in order.")
        if counts["unknown"]:
            summary += " " + self.tr(
                "%n check(s) could not be made: the DNS server did not answer. That never "
                "stops sending.",
                "",
                counts["unknown"],
            )
        lines = [f"<p style='margin:2px 0 6px 0'>{html.escape(summary)}</p>"]
        for f in findings:
            colour = _COLOURS.get(f.level, "#000000")
            # Findings quote DNS records and addresses: text, never markup.
            lines.append(
                f"<p style='margin:2px 0'><span style='color:{colour}'><b>"
                f"{_MARKS.get(f.level, '')} {html.escape(level_label(f.level))}</b></span>"
                f" — <b>{html.escape(_check_label(f.check))}</b>: {html.escape(f.text)}</p>"
            )
        self.view.setHtml("".join(lines))

    def text(self) -> str:
        """What the panel says, as plain text (for tests and for copying)."""
        return self.view.toPlainText()

    def say(self, text: str) -> None:
        """Show *text* alone (plain: it may quote a server)."""
        self.view.setPlainText(text)


def add_deliverability(page: QWidget, runner: TaskRunner) -> DeliverabilityPanel:
    """Put a panel on the merge window's Send page, under what Start will do."""
    box = QGroupBox(
        QCoreApplication.translate("DeliverabilityPanel", "Before sending: will it land?")
    )
    box.setObjectName("deliverabilityBox")
    panel = DeliverabilityPanel(runner)
    QVBoxLayout(box).addWidget(panel)
    layout = page.layout()
    assert isinstance(layout, QBoxLayout)
    plan_label = getattr(page, "plan_label", None)
    at = layout.indexOf(plan_label) + 1 if plan_label is not None else layout.count()
    layout.insertWidget(at, box, 2)  # the findings before the failed rows (none yet)
    return panel


class DeliverabilityDialog(QDialog):
    """Preferences ▸ Check deliverability…: the preflight of one profile (no merge)."""

    def __init__(
        self, profile: Profile, parent: QWidget | None = None, *, ledger: MergeLedger | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deliverabilityDialog")
        self.setWindowTitle(self.tr("Deliverability of “{profile}”").format(profile=profile.name))
        self.profile = profile.copy()
        self._ledger = ledger
        self.runner = TaskRunner(self, max_threads=1)
        self.panel = DeliverabilityPanel(self.runner)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        about = QLabel(
            self.tr("{address} sending through {host}").format(
                address=self.profile.identity.from_address or "—",
                host=self.profile.smtp.host or "—",
            )
        )
        about.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.panel.check_requested.connect(self.check)
        if not (self.profile.delivers and self.profile.smtp.host):
            self.panel.set_unavailable(
                self.tr("This profile does not send through a mail server: nothing to check.")
            )

    def sizeHint(self) -> QSize:
        return QSize(640, 420)

    def check(self) -> Task[list[Finding]] | None:
        if not self.panel.check_button.isEnabled():
            return None
        request = PreflightRequest.of_profile(self.profile, selectors=self.panel.selectors())
        return self.panel.start(request, ledger=self._ledger)

    def done(self, result: int) -> None:
        if self.panel.task is not None:
            self.panel.task.cancel()  # a DNS answer nobody waits for any more
        super().done(result)


def open_deliverability(profile: Profile, parent: QWidget | None = None) -> DeliverabilityDialog:
    """Open the check for *profile* and start it; returns the (non-modal) dialog."""
    dialog = DeliverabilityDialog(profile, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.check()
    return dialog
