"""The Preview step of the merge window: any row's message as it will go out, and a test.

:class:`PreviewStep` renders the row chosen on the :class:`~composer.ui.merge.pages.PreviewPage`
with :func:`composer.merge.preview.preview_row` on a worker (the row comes from the data
file's row index: no rescan from the first row) and shows the :class:`RowPreview` it gets
back. A test of the shown row goes to the user's own address, also on a worker.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from composer.merge import MergePlan, classify, send_test
from composer.merge.data.opening import RowLookup
from composer.merge.data.pdfprotect import is_pdf_name
from composer.merge.plan import is_valid_address
from composer.merge.preview import RowPreview, preview_row
from composer.merge.sending.engine import Backend
from composer.ui.merge.pages import PreviewPage
from composer.ui.merge.step import MergeStep
from composer.ui.tasks import Task, TaskFailure, TaskRunner
from composer.ui.widgets.attachments import human_size

__all__ = ["PreviewStep"]


class PreviewStep(MergeStep[PreviewPage]):
    """Shows one row's message at a time and sends tests of it.

    Signals:
        row_shown(int): the preview of that row number is on the page.
    """

    row_shown = Signal(int)

    def __init__(
        self,
        page: PreviewPage,
        runner: TaskRunner,
        factory: Callable[[], Backend],
        server_label: str,
        parent: QWidget,
    ) -> None:
        super().__init__(page, runner, parent)
        self.factory = factory
        #: The connection of test messages: the merge's own, unless the account gives one
        #: that never files a copy in Sent (:meth:`MergeServerAccount.connect_for_test`).
        self.test_factory: Callable[[], Backend] = factory
        self.server_label = server_label
        self.plan: MergePlan | None = None
        self.index: RowLookup | None = None
        #: The row whose message is on the page (None until one is shown).
        self.shown: RowPreview | None = None
        self.task: Task[RowPreview] | None = None
        self._connect_signals()

    def _connect_signals(self) -> None:
        p = self.page
        p.row_spin.valueChanged.connect(self.show_row)
        p.prev_button.clicked.connect(lambda: p.row_spin.setValue(p.row_spin.value() - 1))
        p.next_button.clicked.connect(lambda: p.row_spin.setValue(p.row_spin.value() + 1))
        p.test_button.clicked.connect(self._on_test_button_clicked)

    def set_merge(self, plan: MergePlan | None, index: RowLookup | None, total: int) -> None:
        """Preview *plan*'s rows (None: nothing checked yet); *total* rows can be chosen."""
        self.plan, self.index = plan, index
        self.shown = None
        p = self.page
        p.row_spin.blockSignals(True)
        p.row_spin.setMaximum(max(1, total))
        p.row_spin.blockSignals(False)
        p.row_total.setText(self.tr("of {total}").format(total=total) if plan else "")

    def show_row(self, number: int) -> Task[RowPreview] | None:
        """Render row *number* in the background; the page shows it when it is done."""
        plan, index = self.plan, self.index
        if plan is None or index is None:
            return None
        if self.task is not None:
            self.task.cancel()  # the user went on to another row
        task = self.runner.submit(lambda _ctx: preview_row(plan, index, number), "merge-preview")
        task.succeeded.connect(self._show)
        self.task = task
        return task

    def show_current_row(self) -> Task[RowPreview] | None:
        return self.show_row(self.page.row_spin.value())

    def _show(self, preview: RowPreview) -> None:
        p = self.page
        self.shown = preview
        for label in p.fields.values():
            label.clear()
        p.attachments.clear()
        if preview.error:
            p.error_label.setText(preview.error)
            p.error_label.show()
            if preview.row is not None:  # it exists but cannot be rendered
                p.text_view.clear()
                p.html_view.clear()
            self.row_shown.emit(preview.number)
            return
        p.error_label.setText("; ".join(preview.problems))
        p.error_label.setVisible(bool(preview.problems) and preview.blocked)
        for key, value in preview.fields.items():
            p.fields[key].setText(value)
        p.text_view.setPlainText(preview.text)
        no_html = self.tr("This message has no HTML part.")
        p.html_view.setHtml(preview.html or f"<p><i>{no_html}</i></p>")
        p.tabs.setCurrentIndex(0 if preview.html else 1)
        every_row = self.tr("{name} ({size}, every row)")
        protected = self.tr(
            "{name} ({size}), protected: it opens only with the password in column “{column}”"
        )
        column = self.plan.options.pdf_password_column if self.plan is not None else None
        for found in preview.attachments:
            size = human_size(found.size)
            if found.every_row:
                text = every_row.format(name=found.name, size=size)
            elif column and is_pdf_name(found.name):
                text = protected.format(name=found.name, size=size, column=column)
            else:
                text = f"{found.name} ({size})"
            p.attachments.addItem(text)
        p.headers_view.setPlainText(preview.headers)
        self.row_shown.emit(preview.number)

    # -- a test to oneself ---------------------------------------------------------------------

    def _on_test_button_clicked(self) -> None:
        self.send_test_to(self.page.test_edit.text().strip())

    def send_test_to(self, address: str) -> Task[str] | None:
        """Send the shown row's message to *address* (subject marked "[Test]")."""
        shown, plan = self.shown, self.plan
        if shown is None or shown.row is None or plan is None:
            return None
        p = self.page
        if not is_valid_address(address):
            p.test_status.setText(
                self.tr("That is not an email address. Type your own address to receive the test.")
            )
            return None
        row, factory, server_label = shown.row, self.test_factory, self.server_label
        p.test_button.setEnabled(False)
        p.test_status.setText(
            self.tr("Sending a test of row {number} to {address}…").format(
                number=row.number, address=address
            )
        )
        sent = self.tr("Test of row {number} sent to {address} (the server said: {reply}).")
        task = self.runner.submit(
            lambda _ctx: send_test(plan, row, address, factory), name="merge-test"
        )
        task.succeeded.connect(
            lambda reply: p.test_status.setText(
                sent.format(number=row.number, address=address, reply=reply)
            )
        )

        def on_failed(failure: TaskFailure) -> None:
            found = classify(failure.exception, server_label)
            p.test_status.setText(
                found.message
                or self.tr(
                    "The test message was not sent: {detail}. "
                    "Check the address and the sending profile, then try again."
                ).format(detail=found.detail)
            )

        task.failed.connect(on_failed)
        task.finished.connect(lambda: p.test_button.setEnabled(True))
        return task
