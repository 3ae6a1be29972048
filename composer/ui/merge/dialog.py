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
user anything (resolve the password first). The dialog is non-modal; all blocking work
(checking 100,000 rows, sending) runs through :class:`composer.ui.tasks.TaskRunner`.
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from composer.merge import (
    CsvError,
    CsvRow,
    CsvSource,
    EngineSettings,
    MergeEngine,
    MergeInfo,
    MergeLedger,
    MergeOptions,
    MergePlan,
    MergeTemplate,
    RunResult,
    SuppressionList,
    TemplateSyntaxProblem,
    ValidationReport,
)
from composer.merge.plan import guess_attachment_column
from composer.merge.sending.engine import Backend
from composer.ui.errors import UserMessage, show_message
from composer.ui.merge.pages import CheckPage, DataPage, PreviewPage, SendPage
from composer.ui.merge.preview import fill_preview, start_test_send
from composer.ui.merge.send import MergeRun
from composer.ui.tasks import Task, TaskFailure, TaskRunner
from composer.ui.widgets.attachments import human_size
from composer.ui.window_state import FolderPurpose, keep_size, prepare_file_dialog

__all__ = ["MergeDialog", "open_merge_dialog"]

_STEPS = (
    str(QT_TRANSLATE_NOOP("MergeDialog", "Data")),
    str(QT_TRANSLATE_NOOP("MergeDialog", "Check")),
    str(QT_TRANSLATE_NOOP("MergeDialog", "Preview")),
    str(QT_TRANSLATE_NOOP("MergeDialog", "Send")),
)


def _num(value: object) -> str:
    """*value* as the locale writes whole numbers (1,234 or 1.234 or 1 234)."""
    return QLocale().toString(int(value))  # type: ignore[call-overload]


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
    """

    merge_finished = Signal(object)

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
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mail merge"))
        self.setObjectName("mergeDialog")
        keep_size(self, "merge", QSize(900, 680))
        self.template = _as_template(template)
        self.factory = connection_factory
        self.from_address = from_address
        self.server_label = server_label or self.tr("the server")
        self.ledger = ledger if ledger is not None else MergeLedger()
        self._owns_ledger = ledger is None
        self.suppression = SuppressionList()
        self.runner = TaskRunner(self, max_threads=2)
        self.source: CsvSource | None = None
        self.plan: MergePlan | None = None
        self.report: ValidationReport | None = None
        self._check_task: Task[ValidationReport] | None = None
        self._rows: Iterator[CsvRow] | None = None
        self._row: CsvRow | None = None
        self._history: QDialog | None = None
        self.column_map: dict[str, str] = {}
        # The merge being continued from Earlier merges (its key), to tell the user when
        # what is checked now is not that merge after all.
        self.resumed_key: str | None = None
        self._shut_down = False

        self.data_page = DataPage()
        self.check_page = CheckPage()
        self.preview_page = PreviewPage()
        self.send_page = SendPage()
        self.preview_page.test_edit.setText(test_address)
        self.send_page.connections.setValue(EngineSettings().connections)
        self.run = MergeRun(self.send_page, self.runner, self)
        self.stack = QStackedWidget()
        for page in (self.data_page, self.check_page, self.preview_page, self.send_page):
            self.stack.addWidget(page)
        self.steps_label = QLabel()
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps_label)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self._connect_signals()
        self._show_placeholders()
        self._update_navigation()

    def _connect_signals(self) -> None:
        d, c, p, s = self.data_page, self.check_page, self.preview_page, self.send_page
        d.choose_button.clicked.connect(self._on_choose_clicked)
        d.path_edit.returnPressed.connect(self._on_path_entered)
        d.history_button.clicked.connect(self._on_history_clicked)
        d.folder_button.clicked.connect(self._on_folder_clicked)
        d.folder_edit.editingFinished.connect(self._on_attachment_changed)
        d.encoding_combo.currentIndexChanged.connect(self._on_format_changed)
        d.delimiter_combo.currentIndexChanged.connect(self._on_format_changed)
        d.attachment_combo.currentIndexChanged.connect(self._on_attachment_changed)
        d.mapping_changed.connect(self.map_placeholder)
        c.recheck_button.clicked.connect(self.validate)
        c.allow_duplicates.toggled.connect(self._on_duplicates_toggled)
        c.accept_suspect.toggled.connect(self._on_duplicates_toggled)
        for box in (c.skip_problems, c.allow_shared, c.resend_unknown, c.unsubscribe):
            box.toggled.connect(self._on_choice_changed)
        c.unsubscribe_edit.textChanged.connect(self._on_choice_changed)
        c.table.doubleClicked.connect(self._on_check_row_activated)
        p.row_spin.valueChanged.connect(self.show_row)
        p.prev_button.clicked.connect(lambda: p.row_spin.setValue(p.row_spin.value() - 1))
        p.next_button.clicked.connect(lambda: p.row_spin.setValue(p.row_spin.value() + 1))
        p.test_button.clicked.connect(self._on_test_clicked)
        s.start_button.clicked.connect(self.start_sending)
        s.pause_button.clicked.connect(self.run.toggle_pause)
        s.stop_button.clicked.connect(self.stop)
        self.run.finished.connect(self.merge_finished)
        s.export_button.clicked.connect(self._on_export_clicked)
        self.back_button.clicked.connect(lambda: self.go_to(self.stack.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.stack.currentIndex() + 1))
        self.close_button.clicked.connect(self.close)
        self.finished.connect(self._on_finished)

    # -- navigation -------------------------------------------------------------------------

    def go_to(self, index: int) -> None:
        """Show page *index* (0 data, 1 check, 2 preview, 3 send) if the flow allows it."""
        index = max(0, min(index, self.stack.count() - 1))
        if index >= 1 and self.source is None:
            return
        if index >= 2 and self.report is None:
            return
        self.stack.setCurrentIndex(index)
        if index == 1 and (self.report is None or self.plan is None) and not self._checking:
            self.validate()
        if index == 2 and self._row is None:
            self.show_row(self.preview_page.row_spin.value())
        if index == 3:
            self._show_send_plan()
        self._update_navigation()

    @property
    def _checking(self) -> bool:
        return self._check_task is not None and self._check_task.running

    @property
    def sending(self) -> bool:
        return self.run.running

    def _update_navigation(self) -> None:
        i = self.stack.currentIndex()
        steps = [
            f"<b>{n}. {self.tr(name)}</b>" if n - 1 == i else f"{n}. {self.tr(name)}"
            for n, name in enumerate(_STEPS, start=1)
        ]
        self.steps_label.setText("  ›  ".join(steps))
        busy = self.sending
        self.back_button.setEnabled(i > 0 and not busy)
        can_next = {
            0: self.source is not None,
            1: self.report is not None and not self._checking,
            2: True,
            3: False,
        }[i]
        self.next_button.setEnabled(can_next and not busy)
        s = self.send_page
        ready = (
            self.report is not None
            and self.plan is not None
            and self.report.can_send(self.plan.options)
            and not self._checking
        )
        done = self.run.result is not None and self.run.result.outcome == "finished"
        s.start_button.setEnabled(ready and not busy and not done)
        s.pause_button.setEnabled(busy)
        s.stop_button.setEnabled(busy)
        for widget in (s.connections, s.rate, s.daily_cap):
            widget.setEnabled(not busy)

    # -- data page --------------------------------------------------------------------------

    def _on_choose_clicked(self) -> None:
        chooser = QFileDialog(self, self.tr("Choose the data file"))
        prepare_file_dialog(chooser, FolderPurpose.MERGE_DATA)
        chooser.setNameFilters([self.tr("CSV files (*.csv *.tsv *.txt)"), self.tr("All files (*)")])
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.fileSelected.connect(self.load_csv)
        chooser.open()

    def load_csv(self, path: str | Path) -> bool:
        """Open the data file with the chosen encoding and delimiter; True on success."""
        d = self.data_page
        d.path_edit.setText(str(path))
        self.source = None
        self._invalidate()
        try:
            source = CsvSource(path, d.selected_encoding(), d.selected_delimiter())
            sample = []
            for row in source.rows():
                sample.append(row.values)
                if len(sample) >= 100:
                    break
        except CsvError as exc:
            d.show_error(str(exc))
            d.preview_model.set_rows((), [])
            d.format_label.clear()
            self._update_navigation()
            return False
        d.show_error("")
        self.source = source
        d.preview_model.set_rows(source.columns, sample)
        d.preview.resizeColumnsToContents()
        detected = self.tr("detected") if d.selected_encoding() is None else self.tr("chosen")
        shown = {
            "\t": self.tr("tab"),
            ",": self.tr("comma"),
            ";": self.tr("semicolon"),
            "|": self.tr("pipe"),
        }
        d.format_label.setText(
            self.tr(
                "Encoding {encoding} ({how}), delimiter {delimiter}, %Ln column(s).",
                "",
                len(source.columns),
            ).format(
                encoding=source.encoding,
                how=detected,
                delimiter=shown.get(source.delimiter, source.delimiter),
            )
        )
        current = d.selected_attachment_column()
        d.attachment_combo.blockSignals(True)
        d.attachment_combo.clear()
        d.attachment_combo.addItem(self.tr("(none)"), "")
        for column in source.columns:
            d.attachment_combo.addItem(column, column)
        guess = current if current in source.columns else guess_attachment_column(source.columns)
        if guess is not None:
            d.attachment_combo.setCurrentIndex(d.attachment_combo.findData(guess))
        d.attachment_combo.blockSignals(False)
        self._show_placeholders()
        self._update_navigation()
        return True

    def _on_path_entered(self) -> None:
        text = self.data_page.path_edit.text().strip()
        if text:
            self.load_csv(Path(text).expanduser())

    def _on_folder_clicked(self) -> None:
        chooser = QFileDialog(self, self.tr("Choose the folder of the per-row attachments"))
        chooser.setFileMode(QFileDialog.FileMode.Directory)
        chooser.setOption(QFileDialog.Option.ShowDirsOnly, True)
        chooser.fileSelected.connect(self.set_attachments_folder)
        chooser.open()

    def set_attachments_folder(self, folder: str | Path | None) -> None:
        """Take per-row attachments only from *folder* (None: the data file's folder)."""
        self.data_page.folder_edit.setText(str(folder) if folder else "")
        self._on_attachment_changed()

    def _on_format_changed(self) -> None:
        if self.data_page.path_edit.text():
            self.load_csv(self.data_page.path_edit.text())

    def _on_attachment_changed(self) -> None:
        self._invalidate()
        self._show_placeholders()

    def _show_placeholders(self) -> None:
        label = self.data_page.placeholders_label
        columns = self.source.columns if self.source is not None else ()
        try:
            from composer.merge import CompiledTemplate

            unmapped = CompiledTemplate(self.template, columns)
            compiled = CompiledTemplate(self.template, columns, column_map=self.column_map)
        except TemplateSyntaxProblem as exc:
            label.setText(f"<span style='color:#b3261e'>{html.escape(str(exc))}</span>")
            return
        used = sorted({n for names in compiled.used_columns().values() for n in names})
        if not used:
            label.setText(self.tr("The message has no placeholders: every row gets the same text."))
            return
        missing = set(compiled.missing_columns())
        shown = []
        for name in used:
            pretty = name[4:-1] if name.startswith("row[") else name
            # Names come from the template and the data file's header: text, not markup.
            placeholder = html.escape(f"{{{{ {pretty} }}}}")
            if self.source is None:
                shown.append(placeholder)
            elif pretty in missing:
                no_column = html.escape(
                    self.tr("{placeholder} ✗ no column").format(placeholder=f"{{{{ {pretty} }}}}")
                )
                shown.append(f"<span style='color:#b3261e'>{no_column}</span>")
            elif pretty in compiled.column_map:
                column = html.escape(compiled.column_map[pretty])
                shown.append(f"<span style='color:#1b6e20'>{placeholder} → {column}</span>")
            else:
                shown.append(f"<span style='color:#1b6e20'>{placeholder} ✓</span>")
        label.setText(
            self.tr("Placeholders in the message: {placeholders}").format(
                placeholders=", ".join(shown)
            )
        )
        # A column chooser for every placeholder the file does not name itself.
        self.data_page.set_mappings(
            unmapped.missing_columns() if self.source is not None else [],
            columns,
            self.column_map,
        )

    def map_placeholder(self, placeholder: str, column: str) -> None:
        """Fill {{ placeholder }} from *column* ("" undoes it)."""
        if column:
            self.column_map[placeholder] = column
        else:
            self.column_map.pop(placeholder, None)
        self._invalidate()
        self._show_placeholders()
        self._update_navigation()

    def _on_history_clicked(self) -> None:
        from composer.ui.merge.history import MergeHistoryDialog

        if self._history is None:
            history = MergeHistoryDialog(self.ledger, self)
            history.reopen_requested.connect(self._on_history_reopen)
            self._history = history
        self._history.show()
        self._history.raise_()

    def _on_history_reopen(self, merge: MergeInfo) -> None:
        self.resume_merge(merge)

    def resume_merge(self, merge: MergeInfo) -> bool:
        """Continue an earlier merge: its message, choices and data file, then check it."""
        from composer.ui.merge.resume import resume_merge

        return resume_merge(self, merge)

    # -- check page -------------------------------------------------------------------------

    def _invalidate(self) -> None:
        """Options that change rows were edited: the plan must be checked again."""
        if self._check_task is not None:
            self._check_task.cancel()
        self.plan = None
        self.report = None
        self._rows = None
        self._row = None
        self.check_page.model.set_report(None)
        self.check_page.summary_label.setText(self.tr("Not checked yet."))

    def _options(self) -> MergeOptions:
        c = self.check_page
        return MergeOptions(
            from_email=self.from_address,
            attachment_column=self.data_page.selected_attachment_column(),
            attachments_dir=self.data_page.selected_folder(),
            accept_suspect_rows=c.accept_suspect.isChecked(),
            allow_duplicates=c.allow_duplicates.isChecked(),
            column_map=dict(self.column_map),
            allow_shared_copies=c.allow_shared.isChecked(),
            skip_problems=c.skip_problems.isChecked(),
            unsubscribe_mailto=c.unsubscribe_edit.text().strip()
            if c.unsubscribe.isChecked()
            else "",
        )

    def validate(self) -> Task[ValidationReport] | None:
        """Check every row in the background; the table fills when it is done."""
        if self.source is None or self.sending:
            return None
        if self._check_task is not None:
            self._check_task.cancel()
        c = self.check_page
        try:
            plan = MergePlan(
                self.source, self.template, self.ledger, self._options(), self.suppression
            )
        except TemplateSyntaxProblem as exc:
            c.problems_label.setText(str(exc))
            c.problems_label.show()
            return None
        self.plan = plan
        self.report = None
        self.run.result = None
        self._rows = None
        self._row = None
        c.progress.setRange(0, 0)
        c.progress.show()
        c.summary_label.setText(self.tr("Checking every row…"))
        task = self.runner.submit(
            lambda ctx: plan.validate(
                progress=ctx.report_progress, should_stop=lambda: ctx.cancelled
            ),
            name="merge-check",
        )
        task.progress.connect(self._on_check_progress)
        task.succeeded.connect(self._on_check_succeeded)
        task.failed.connect(self._on_check_failed)
        task.finished.connect(self._on_check_finished)
        self._check_task = task
        self._update_navigation()
        return task

    def _on_check_progress(self, value: object) -> None:
        self.check_page.summary_label.setText(
            self.tr("Checking every row… {count} so far.").format(count=_num(value))
        )

    def _on_check_succeeded(self, report: ValidationReport) -> None:
        self.report = report
        self._show_report()

    def _on_check_failed(self, failure: TaskFailure) -> None:
        text = failure.message
        self.check_page.summary_label.setText(self.tr("The check could not finish."))
        self.check_page.problems_label.setText(text)
        self.check_page.problems_label.show()
        show_message(
            self,
            UserMessage(
                text,
                self.tr("Correct the data file or choose its encoding, then check again."),
                failure.traceback,
            ),
        )

    def _on_check_finished(self) -> None:
        self.check_page.progress.hide()
        self._update_navigation()

    def _show_report(self) -> None:
        report = self.report
        if report is None:
            return
        c = self.check_page
        n = report.counts
        summary = self.tr(
            "%Ln row(s): {ready} ready, {problem} with problems, {suppressed} on the suppression "
            "list, {sent} already sent, {unknown} in flight when a run stopped.",
            "",
            report.total,
        ).format(
            ready=_num(n["ready"]),
            problem=_num(n["problem"]),
            suppressed=_num(n["suppressed"]),
            sent=_num(n["sent"]),
            unknown=_num(n["unknown"]),
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
        c.resend_unknown.setVisible(n["unknown"] > 0)
        c.resend_unknown.setText(
            self.tr(
                "Send again the %Ln message(s) that were being sent when a run stopped "
                "(their recipients may get them twice)",
                "",
                n["unknown"],
            )
        )
        c.suppression_label.setText(
            self.tr(
                "%Ln address(es) on the suppression list are skipped.", "", len(self.suppression)
            )
        )
        self.preview_page.row_spin.setMaximum(max(1, report.total))
        self.preview_page.row_total.setText(self.tr("of {total}").format(total=_num(report.total)))
        self._update_navigation()

    def _attachments_text(self, report: ValidationReport) -> str:
        if not report.attachment_column:
            return self.tr("No per-row attachments.")
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

    def _on_duplicates_toggled(self) -> None:
        if self.report is not None:
            self.validate()

    def _on_choice_changed(self) -> None:
        if self.plan is not None:
            self.plan.options = dataclasses.replace(
                self._options(), allow_duplicates=self.plan.options.allow_duplicates
            )
        self._update_navigation()
        if self.stack.currentIndex() == 3:
            self._show_send_plan()

    def _on_check_row_activated(self, index: QModelIndex) -> None:
        check = self.check_page.row_check_at(index.row())
        self.go_to(2)
        self.preview_page.row_spin.setValue(check.row_number)

    # -- preview page -----------------------------------------------------------------------

    def _row_at(self, number: int) -> CsvRow | None:
        assert self.source is not None
        if self._rows is None or self._row is None or number <= self._row.number:
            self._rows = self.source.rows()
            self._row = None
        for row in self._rows:
            self._row = row
            if row.number == number:
                return row
        self._rows = None
        return None

    def show_row(self, number: int) -> None:
        """Render row *number* into the preview."""
        p = self.preview_page
        if self.plan is None or self.source is None:
            return
        try:
            row = self._row_at(number)
        except CsvError as exc:
            p.error_label.setText(str(exc))
            p.error_label.show()
            return
        fill_preview(p, self.plan, row, number, self._extra_headers())

    def _extra_headers(self) -> dict[str, str]:
        from composer.merge import unsubscribe_header

        mailto = self.plan.options.unsubscribe_mailto if self.plan is not None else ""
        return unsubscribe_header(mailto) if mailto else {}

    def _on_test_clicked(self) -> None:
        self.send_test_to(self.preview_page.test_edit.text().strip())

    def send_test_to(self, address: str) -> Task[str] | None:
        """Send the previewed row to *address*, subject marked "[Test]"."""
        if self._row is None or self.plan is None:
            return None
        return start_test_send(
            self.preview_page,
            self.runner,
            self.plan,
            self._row,
            address,
            self.factory,
            self.server_label,
        )

    # -- send page --------------------------------------------------------------------------

    def _settings(self) -> EngineSettings:
        s = self.send_page
        return EngineSettings(
            connections=s.connections.value(),
            rate_per_minute=float(s.rate.value()) or None,
            daily_cap=s.daily_cap.value() or None,
            resend_unknown=self.check_page.resend_unknown.isChecked(),
        )

    def _show_send_plan(self) -> None:
        s = self.send_page
        report = self.report
        if report is None or self.plan is None:
            return
        n = report.counts
        todo = n["ready"] + (n["unknown"] if self.check_page.resend_unknown.isChecked() else 0)
        if report.can_send(self.plan.options):
            text = self.tr("%Ln message(s) will be sent through {server}.", "", todo).format(
                server=self.server_label
            )
            if n["sent"]:
                text += " " + self.tr(
                    "%Ln row(s) were sent by an earlier run and are not sent again.", "", n["sent"]
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
        s.plan_label.setText(text)

    def start_sending(self) -> Task[RunResult] | None:
        """Start the run in the background (the Start button)."""
        if self.plan is None or self.report is None or self.sending:
            return None
        if not self.report.can_send(self.plan.options):
            return None
        task = self.run.start(self.plan, self.factory, self._settings(), self.server_label)
        task.finished.connect(self._update_navigation)
        self._update_navigation()
        return task

    @property
    def engine(self) -> MergeEngine | None:
        return self.run.engine

    @property
    def run_result(self) -> RunResult | None:
        return self.run.result

    def pause(self) -> None:
        self.run.pause()

    def resume(self) -> None:
        self.run.resume()

    def stop(self) -> None:
        """Stop after the messages in flight; the rest stays for the next run."""
        self.run.stop()

    def _on_export_clicked(self) -> None:
        if self.source is None:
            return
        chooser = QFileDialog(self, self.tr("Save the failed rows"))
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilters([self.tr("CSV files (*.csv)")])
        prepare_file_dialog(
            chooser,
            FolderPurpose.EXPORT,
            suggested_name=self.source.path.stem + ".failed.csv",
            default_folder=self.source.path.parent,
        )
        chooser.fileSelected.connect(self.export_failed)
        chooser.open()

    def export_failed(self, path: str | Path) -> int:
        """Write the failed rows (original columns plus the reason) as CSV; returns count."""
        if self.plan is None:
            return 0
        plan = self.plan
        try:
            n = self.ledger.export_failed(
                plan.merge_id,
                plan.scan,
                ((r.number, r.values) for r in plan.source.rows()),
                plan.source.columns,
                Path(path),
            )
        except OSError as exc:
            show_message(
                self,
                UserMessage(
                    self.tr("The failed rows could not be saved to {path} ({reason}).").format(
                        path=path, reason=exc.strerror
                    ),
                    self.tr("Choose another folder and try again."),
                ),
            )
            return 0
        self.send_page.report_label.setText(
            self.send_page.report_label.text()
            + " "
            + self.tr("%Ln failed row(s) saved to {path}.", "", n).format(path=path)
        )
        return n

    # -- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.sending:
            self.stop()
            event.ignore()
            return
        super().closeEvent(event)

    def _on_finished(self) -> None:
        self.runner.cancel_all()

    def shutdown(self) -> None:
        """Stop background work and close the ledger (the dialog is unusable afterwards)."""
        if self._shut_down:
            return
        self._shut_down = True
        self.runner.cancel_all()
        self.runner.wait(30_000)
        if self._owns_ledger:
            self.ledger.close()


def open_merge_dialog(
    template: Any,
    connection_factory: Callable[[], Backend],
    parent: QWidget | None = None,
    *,
    from_address: str = "",
    test_address: str = "",
    server_label: str = "",
    csv_path: str | Path | None = None,
) -> MergeDialog:
    """Open the mail merge dialog (non-modal) for *template*; returns it, shown.

    Raises:
        TemplateSyntaxProblem: *template* is a path that is not a readable message.
    """
    dialog = MergeDialog(
        template,
        connection_factory,
        parent,
        from_address=from_address,
        test_address=test_address,
        server_label=server_label,
    )
    if csv_path is not None:
        dialog.load_csv(csv_path)
    # Closed for good when the user closes it (closing while sending only stops the run).
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(dialog.shutdown)
    dialog.show()
    return dialog
