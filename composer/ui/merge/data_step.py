"""The Data step of the merge window: open the data file off the GUI thread and show it.

:class:`DataStep` drives a :class:`~composer.ui.merge.pages.DataPage`: it reads the chosen
path, encoding and delimiter from the page, opens the file with
:func:`composer.merge.loading.load_data` on a worker, and shows its format, first rows and
placeholders. It says when the merge must be checked again (:attr:`DataStep.changed`).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from composer.merge import CsvError, MergeTemplate
from composer.merge.data.grouping import GroupedSource
from composer.merge.data.opening import DataSource
from composer.merge.data.sheetsource import SpreadsheetSource
from composer.merge.loading import LoadedData, load_data
from composer.merge.templates.placeholders import Filled, describe_placeholders
from composer.ui.merge.columns import fill_column_combo, pdf_none_label
from composer.ui.merge.pages import DataPage
from composer.ui.merge.step import MergeStep
from composer.ui.tasks import Task, TaskFailure, TaskRunner
from composer.ui.window_state import FolderPurpose, prepare_file_dialog

__all__ = ["DataStep"]

_RED = "#b3261e"
_GREEN = "#1b6e20"


class DataStep(MergeStep[DataPage]):
    """Opens the data file and keeps what the merge takes from the Data page.

    Signals:
        loaded(bool): a file finished opening (True) or could not be opened (False).
        changed(): the file, its attachments or a placeholder's column changed: what was
            checked no longer holds.
    """

    loaded = Signal(bool)
    changed = Signal()

    def __init__(
        self,
        page: DataPage,
        runner: TaskRunner,
        template: MergeTemplate,
        parent: QWidget,
    ) -> None:
        super().__init__(page, runner, parent)
        self.template = template
        self.data: LoadedData | None = None
        self.column_map: dict[str, str] = {}
        self.task: Task[LoadedData] | None = None
        self._connect_signals()

    def _connect_signals(self) -> None:
        p = self.page
        p.choose_button.clicked.connect(self._on_choose_clicked)
        p.path_edit.returnPressed.connect(self._on_path_entered)
        p.folder_button.clicked.connect(self._on_folder_clicked)
        p.folder_edit.editingFinished.connect(self._on_attachments_changed)
        p.encoding_combo.currentIndexChanged.connect(self._on_format_changed)
        p.delimiter_combo.currentIndexChanged.connect(self._on_format_changed)
        p.sheet_combo.currentIndexChanged.connect(self._on_sheet_changed)
        p.header_spin.valueChanged.connect(self._on_format_changed)
        p.group_combo.currentIndexChanged.connect(self._on_format_changed)
        p.attachment_combo.currentIndexChanged.connect(self._on_attachments_changed)
        p.pdf_password_combo.currentIndexChanged.connect(self._on_pdf_password_changed)
        p.mapping_changed.connect(self.map_placeholder)

    @property
    def source(self) -> DataSource | None:
        return self.data.source if self.data is not None else None

    @property
    def loading(self) -> bool:
        return self.task is not None and self.task.running

    # -- opening the file ----------------------------------------------------------------------

    def load(self, path: str | Path) -> Task[LoadedData]:
        """Open *path* with the encoding and delimiter chosen on the page, in the background."""
        p = self.page
        same_file = p.path_edit.text() == str(path)
        p.path_edit.setText(str(path))
        if not same_file:  # another file: its own first sheet and header, no grouping
            p.show_sheet_choices(None)
            p.set_group_columns((), None)
        sheet, header_row = p.selected_sheet(), p.selected_header_row()
        group_by = p.selected_group_column()
        if self.task is not None:
            self.task.cancel()
        self.data = None
        p.format_label.setText(self.tr("Opening {name}…").format(name=Path(path).name))
        self.changed.emit()
        encoding, delimiter = p.selected_encoding(), p.selected_delimiter()
        column = p.selected_attachment_column()
        task = self.runner.submit(
            lambda _ctx: load_data(
                path,
                encoding,
                delimiter,
                attachment_column=column,
                sheet=sheet,
                header_row=header_row,
                group_by=group_by,
            ),
            name="merge-load",
        )
        task.succeeded.connect(self._on_load_succeeded)
        task.failed.connect(self._on_load_failed)
        self.task = task
        return task

    def _on_load_succeeded(self, data: LoadedData) -> None:
        self.data = data
        source = data.source
        p = self.page
        p.show_error("")
        p.preview_model.set_rows(source.columns, data.sample)
        p.preview.resizeColumnsToContents()
        book = source.inner if isinstance(source, GroupedSource) else source
        if isinstance(book, SpreadsheetSource):
            p.show_sheet_choices(book.sheet_names, book.sheet, p.selected_header_row() or 0)
            p.format_label.setText(
                self.tr(
                    "Sheet “{sheet}”, column names on row {row}, %Ln column(s).",
                    "",
                    len(book.columns),
                ).format(sheet=book.sheet, row=book.header_row)
            )
            self._show_columns(data)
            return
        p.show_sheet_choices(None)
        how = self.tr("detected") if data.encoding_detected else self.tr("chosen")
        shown = {
            "\t": self.tr("tab"),
            ",": self.tr("comma"),
            ";": self.tr("semicolon"),
            "|": self.tr("pipe"),
        }
        p.format_label.setText(
            self.tr(
                "Encoding {encoding} ({how}), delimiter {delimiter}, %Ln column(s).",
                "",
                len(source.columns),
            ).format(
                encoding=source.encoding,
                how=how,
                delimiter=shown.get(source.delimiter, source.delimiter),
            )
        )
        self._show_columns(data)

    def _show_columns(self, data: LoadedData) -> None:
        p = self.page
        grouped = data.source.column if isinstance(data.source, GroupedSource) else None
        p.set_group_columns(data.source.columns, grouped)
        if grouped is not None:
            p.format_label.setText(
                p.format_label.text()
                + " "
                + self.tr(
                    "One message per “{column}”: rows with the same value go together."
                ).format(column=grouped)
            )
        p.set_attachment_columns(data.source.columns, data.attachment_column, self.tr("(none)"))
        # The password column stays chosen while the same file is opened another way.
        fill_column_combo(
            p.pdf_password_combo,
            data.source.columns,
            p.selected_pdf_password_column(),
            pdf_none_label(),
        )
        self.hide_password_cells()
        self.show_placeholders()
        self.changed.emit()
        self.loaded.emit(True)

    def _on_load_failed(self, failure: TaskFailure) -> None:
        p = self.page
        if isinstance(failure.exception, CsvError):  # says what happened and what to do
            p.show_error(str(failure.exception))
        else:
            p.show_error(
                self.tr("The data file could not be opened: {error}").format(error=failure.message)
            )
        p.preview_model.set_rows((), [])
        p.format_label.clear()
        self.loaded.emit(False)

    def _on_path_entered(self) -> None:
        text = self.page.path_edit.text().strip()
        if text:
            self.load(Path(text).expanduser())

    def _on_sheet_changed(self) -> None:
        # Another sheet has its own header row: found again unless the user sets it.
        self.page.header_spin.blockSignals(True)
        self.page.header_spin.setValue(0)
        self.page.header_spin.blockSignals(False)
        self._on_format_changed()

    def _on_format_changed(self) -> None:
        if self.page.path_edit.text():
            self.load(self.page.path_edit.text())

    def _on_choose_clicked(self) -> None:
        parent = self.page.window()
        chooser = QFileDialog(parent, self.tr("Choose the data file"))
        prepare_file_dialog(chooser, FolderPurpose.MERGE_DATA)
        chooser.setNameFilters(
            [
                self.tr("Data files (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods)"),
                self.tr("CSV files (*.csv *.tsv *.txt)"),
                self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods)"),
                self.tr("All files (*)"),
            ]
        )
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.fileSelected.connect(self.load)
        chooser.open()

    # -- attachments and placeholders ----------------------------------------------------------

    def _on_folder_clicked(self) -> None:
        chooser = QFileDialog(
            self.page.window(), self.tr("Choose the folder of the per-row attachments")
        )
        chooser.setFileMode(QFileDialog.FileMode.Directory)
        chooser.setOption(QFileDialog.Option.ShowDirsOnly, True)
        chooser.fileSelected.connect(self.set_attachments_folder)
        chooser.open()

    def set_attachments_folder(self, folder: str | Path | None) -> None:
        """Take per-row attachments only from *folder* (None: the data file's folder)."""
        self.page.folder_edit.setText(str(folder) if folder else "")
        self._on_attachments_changed()

    def _on_pdf_password_changed(self) -> None:
        self.hide_password_cells()
        self.changed.emit()

    def hide_password_cells(self) -> None:
        column = self.page.selected_pdf_password_column()
        self.page.preview_model.set_hidden_columns([column] if column else [])

    def _on_attachments_changed(self) -> None:
        self.show_placeholders()
        self.changed.emit()

    def map_placeholder(self, placeholder: str, column: str) -> None:
        """Fill {{ placeholder }} from *column* ("" undoes it)."""
        if column:
            self.column_map[placeholder] = column
        else:
            self.column_map.pop(placeholder, None)
        self.show_placeholders()
        self.changed.emit()

    def show_placeholders(self) -> None:
        """List the template's placeholders and what fills each; offer columns for the rest."""
        label = self.page.placeholders_label
        columns = self.source.columns if self.source is not None else None
        report = describe_placeholders(self.template, columns, self.column_map)
        if report.error:
            label.setText(f"<span style='color:{_RED}'>{html.escape(report.error)}</span>")
            return
        if not report.placeholders:
            label.setText(self.tr("The message has no placeholders: every row gets the same text."))
            return
        shown = []
        for placeholder in report.placeholders:
            # Names come from the template and the data file's header: text, not markup.
            name = f"{{{{ {placeholder.name} }}}}"
            if placeholder.filled is Filled.NO_DATA:
                shown.append(html.escape(name))
            elif placeholder.filled is Filled.MISSING:
                text = self.tr("{placeholder} ✗ no column").format(placeholder=name)
                shown.append(f"<span style='color:{_RED}'>{html.escape(text)}</span>")
            elif placeholder.filled is Filled.BY_CHOICE:
                text = f"{name} → {placeholder.column}"
                shown.append(f"<span style='color:{_GREEN}'>{html.escape(text)}</span>")
            else:
                shown.append(f"<span style='color:{_GREEN}'>{html.escape(name)} ✓</span>")
        label.setText(
            self.tr("Placeholders in the message: {placeholders}").format(
                placeholders=", ".join(shown)
            )
        )
        self.page.set_mappings(report.unmatched, columns or (), self.column_map)
