"""Earlier merges from the ledger: what each sent, what bounced, and the way back into one.

With an account that has an IMAP server, "Check for bounces" scans its inbox off the GUI
thread (:func:`composer.merge.bouncecheck.check_bounces`, as ``composer bounces`` does):
each bounce is recorded against the row that sent the message and shown here, per merge
and per recipient.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from composer.errors.describe import describe
from composer.merge import MergeInfo, MergeLedger
from composer.merge.bouncecheck import bounce_counts, bounce_lines, check_bounces, scan_words
from composer.merge.bounces.scan import ScanReport
from composer.merge.export import export_merge_failures, rows_to_fix
from composer.merge.record.bounced import bounces_of
from composer.ui.merge.export import choose_export_file, start_export
from composer.ui.merge.models import MergeHistoryModel
from composer.ui.tasks import Task, TaskFailure, TaskRunner
from composer.ui.window_state import keep_size

if TYPE_CHECKING:
    from composer.sending.account import Account

__all__ = ["MergeHistoryDialog"]


class MergeHistoryDialog(QDialog):
    """The ledger's merges, newest first, with their counts.

    Signals:
        reopen_requested(MergeInfo): the user wants to continue this merge.
    """

    reopen_requested = Signal(object)

    def __init__(
        self,
        ledger: MergeLedger,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
        *,
        account: Account | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Earlier merges"))
        self.setObjectName("mergeHistory")
        keep_size(self, "merge-history", QSize(820, 360))
        self.ledger = ledger
        # The merge window's runner when there is one: it keeps the ledger open until
        # an export started here is done.
        self.runner = runner if runner is not None else TaskRunner(self, max_threads=1)
        self.model = MergeHistoryModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)  # addresses, servers' words
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.account = account
        self.bounce_task: Task[ScanReport] | None = None
        self.bounce_button = QPushButton(self.tr("Check for bounces"))
        self.bounce_button.setObjectName("checkBounces")
        self.bounce_button.setToolTip(
            self.tr(
                "Reads the account's inbox (nothing is marked read) for messages that came "
                "back and for unsubscribe requests; those addresses are not mailed again."
            )
        )
        self.bounce_button.setVisible(account is not None and account.profile.imap.enabled)
        self.bounce_label = QLabel()
        self.bounce_label.setWordWrap(True)
        self.bounce_label.setTextFormat(Qt.TextFormat.PlainText)
        self.bounce_label.hide()
        self.reopen_button = QPushButton(self.tr("Continue this merge"))
        self.export_button = QPushButton(self.tr("Export failed rows…"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.bounce_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.bounce_label)
        layout.addLayout(buttons)
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._on_selection_changed)
        self.reopen_button.clicked.connect(self._on_reopen_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.close_button.clicked.connect(self.close)
        self.bounce_button.clicked.connect(self.check_bounces)

    def refresh(self) -> None:
        merges = self.ledger.merges()
        counts = bounce_counts(self.ledger, (m.id for m in merges))
        self.model.set_bounces({k: (c.hard, c.soft) for k, c in counts.items()})
        self.model.set_merges(merges)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._on_selection_changed()

    def selected(self) -> MergeInfo | None:
        index = self.table.currentIndex()
        return self.model.merge(index.row()) if index.isValid() else None

    def _on_selection_changed(self) -> None:
        merge = self.selected()
        self.reopen_button.setEnabled(merge is not None and Path(merge.csv_path).is_file())
        # Failed rows, and rows whose message bounced or whose recipient unsubscribed.
        self.export_button.setEnabled(merge is not None and rows_to_fix(self.ledger, merge) > 0)
        if merge is None:
            self.detail_label.setText(self.tr("No merge has been sent yet."))
            return
        text = self.tr("Data: {data}\nMessage: {message}").format(
            data=merge.csv_path, message=merge.template
        )
        bounced = bounce_lines(bounces_of(self.ledger, merge.id), limit=8)
        if bounced:
            text += "\n" + self.tr("Came back:") + "\n" + "\n".join(bounced)
        self.detail_label.setText(text)

    def check_bounces(self) -> Task[ScanReport] | None:
        """Scan the account's inbox for bounces in the background, then show them."""
        account = self.account
        if account is None or not account.profile.imap.enabled or self.bounce_task is not None:
            return None
        profile, sign_in, ledger = account.profile, account.sign_in, self.ledger
        self.bounce_button.setEnabled(False)
        self.bounce_label.setText(
            self.tr("Reading the inbox of {address}…").format(
                address=profile.imap.username or profile.identity.from_address
            )
        )
        self.bounce_label.show()
        task = self.runner.submit(
            lambda ctx: check_bounces(profile, sign_in, ledger, progress=ctx.report_progress),
            name="merge-bounces",
        )
        task.progress.connect(
            lambda n: self.bounce_label.setText(
                self.tr("Reading the inbox… %n message(s) so far.", "", int(n))
            )
        )
        task.succeeded.connect(self._on_bounces_succeeded)
        task.failed.connect(self._on_bounces_failed)
        task.finished.connect(self._on_bounces_finished)
        self.bounce_task = task
        return task

    def _on_bounces_succeeded(self, report: ScanReport) -> None:
        self.bounce_label.setText(scan_words(report))
        current = self.selected()
        self.refresh()
        if current is not None:
            for row in range(self.model.rowCount()):
                if self.model.merge(row).id == current.id:
                    self.table.selectRow(row)

    def _on_bounces_failed(self, failure: TaskFailure) -> None:
        message = describe(failure.exception)
        self.bounce_label.setText(f"{message.what} {message.todo}".strip())

    def _on_bounces_finished(self) -> None:
        self.bounce_task = None
        self.bounce_button.setEnabled(True)

    def _on_reopen_clicked(self) -> None:
        merge = self.selected()
        if merge is not None:
            self.reopen_requested.emit(merge)
            self.close()

    def _on_export_clicked(self) -> None:
        merge = self.selected()
        if merge is not None:
            choose_export_file(
                self, Path(merge.csv_path), lambda path: self.export_failed(merge, path)
            )

    def export_failed(self, merge: MergeInfo, path: str | Path) -> Task[int]:
        """Write *merge*'s failed rows with their reasons, in the background."""
        ledger = self.ledger
        return start_export(
            self.runner, self, path, lambda: export_merge_failures(ledger, merge, path)
        )
