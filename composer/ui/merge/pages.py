"""The four pages of the mail merge dialog: data, check, preview, send.

Pages only build widgets and show state; :mod:`composer.ui.merge.dialog` owns the merge
objects, the background tasks and the wiring.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from composer.merge import RowCheck
from composer.ui.merge.columns import consent_combo, pdf_password_combo, selected_column
from composer.ui.merge.models import CsvPreviewModel, RowCheckModel, status_label

__all__ = ["ENCODINGS", "CheckPage", "DataPage", "PreviewPage", "SendPage"]

ENCODINGS = (
    (str(QT_TRANSLATE_NOOP("DataPage", "Detect automatically")), ""),
    ("UTF-8", "utf-8"),
    (str(QT_TRANSLATE_NOOP("DataPage", "UTF-8 with BOM")), "utf-8-sig"),
    ("UTF-16", "utf-16"),
    (str(QT_TRANSLATE_NOOP("DataPage", "Korean (CP949 / EUC-KR)")), "cp949"),
    (str(QT_TRANSLATE_NOOP("DataPage", "Western (Windows-1252)")), "cp1252"),
    (str(QT_TRANSLATE_NOOP("DataPage", "Latin-1 (ISO-8859-1)")), "latin-1"),
    (str(QT_TRANSLATE_NOOP("DataPage", "Japanese (Shift_JIS)")), "shift_jis"),
    (str(QT_TRANSLATE_NOOP("DataPage", "Chinese (GB18030)")), "gb18030"),
)
DELIMITERS = (
    (str(QT_TRANSLATE_NOOP("DataPage", "Detect automatically")), ""),
    (str(QT_TRANSLATE_NOOP("DataPage", "Comma  ,")), ","),
    (str(QT_TRANSLATE_NOOP("DataPage", "Semicolon  ;")), ";"),
    (str(QT_TRANSLATE_NOOP("DataPage", "Tab")), "\t"),
    (str(QT_TRANSLATE_NOOP("DataPage", "Pipe  |")), "|"),
)


def _error_label() -> QLabel:
    label = QLabel()
    # Problems quote data cells: shown as text, never interpreted as markup.
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class DataPage(QWidget):
    """Choose the CSV file, its encoding and delimiter; see its columns and first rows.

    Signals:
        mapping_changed(str, str): the user chose a column ("" for none) for a placeholder.
    """

    mapping_changed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(
            self.tr("Type or paste the path of a CSV file and press Enter, or choose it")
        )
        self.path_edit.setClearButtonEnabled(True)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.history_button = QPushButton(self.tr("Earlier merges…"))
        self.encoding_combo = QComboBox()
        for label, value in ENCODINGS:
            self.encoding_combo.addItem(self.tr(label), value)
        self.delimiter_combo = QComboBox()
        for label, value in DELIMITERS:
            self.delimiter_combo.addItem(self.tr(label), value)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setToolTip(self.tr("The sheet of the workbook that holds the list"))
        self.header_spin = QSpinBox()
        self.header_spin.setRange(0, 1_000_000)
        self.header_spin.setSpecialValueText(self.tr("First row with text"))
        self.header_spin.setToolTip(
            self.tr("The row of the sheet with the column names, as the sheet numbers it")
        )
        self.header_spin.setKeyboardTracking(False)
        self.attachment_combo = QComboBox()
        self.attachment_combo.setToolTip(
            self.tr(
                "The files named in this column are attached to that row's message; "
                "only files inside the attachments folder are ever attached."
            )
        )
        self.group_combo = QComboBox()
        self.group_combo.setToolTip(
            self.tr(
                "Rows with the same value in this column (such as a parent's address) get "
                "one message together; the message can list them with "
                "{% for row in rows %} and carries all their files."
            )
        )
        self.pdf_password_combo = pdf_password_combo()
        self.folder_edit = QLineEdit()
        self.folder_edit.setPlaceholderText(self.tr("The data file's folder"))
        self.folder_edit.setClearButtonEnabled(True)
        self.folder_button = QPushButton(self.tr("Choose folder…"))
        self.format_label = QLabel()
        self.format_label.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholders_label = QLabel()
        self.placeholders_label.setWordWrap(True)
        self.placeholders_label.setTextFormat(Qt.TextFormat.RichText)
        self.error_label = _error_label()
        self.mapping_box = QGroupBox(
            self.tr("Placeholders without a column of that name: take them from")
        )
        self.mapping_form = QFormLayout(self.mapping_box)
        self.mapping_box.hide()
        self.mapping_combos: dict[str, QComboBox] = {}
        self._mapped_columns: tuple[str, ...] = ()
        self.preview_model = CsvPreviewModel(self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.verticalHeader().setDefaultSectionSize(22)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.history_button)
        form = QFormLayout()
        form.addRow(self.tr("Data file:"), file_row)
        form.addRow(self.tr("Encoding:"), self.encoding_combo)
        form.addRow(self.tr("Delimiter:"), self.delimiter_combo)
        form.addRow(self.tr("Sheet:"), self.sheet_combo)
        form.addRow(self.tr("Column names on row:"), self.header_spin)
        self.form = form
        self.show_sheet_choices(None)
        form.addRow(self.tr("One message per:"), self.group_combo)
        form.addRow(self.tr("Per-row attachments:"), self.attachment_combo)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        form.addRow(self.tr("Attachments folder:"), folder_row)
        form.addRow(
            self.tr("Protect PDFs with the password in:"),
            self.pdf_password_combo,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.format_label)
        layout.addWidget(self.placeholders_label)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.error_label)
        layout.addWidget(QLabel(self.tr("First rows of the file:")))
        layout.addWidget(self.preview, 1)
        # Enter in a path field loads that path; it must not press a button.
        for button in (self.choose_button, self.history_button, self.folder_button):
            button.setAutoDefault(False)

    def set_mappings(
        self, placeholders: list[str], columns: tuple[str, ...], chosen: dict[str, str]
    ) -> None:
        """One column chooser per placeholder the file has no column for."""
        if (list(placeholders), columns) == (list(self.mapping_combos), self._mapped_columns):
            return  # only a choice changed: the combos already show it
        self._mapped_columns = columns
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.mapping_combos = {}
        for placeholder in placeholders:
            combo = QComboBox()
            combo.addItem(self.tr("(choose a column)"), "")
            for column in columns:
                combo.addItem(column, column)
            index = combo.findData(chosen.get(placeholder, ""))
            combo.setCurrentIndex(max(0, index))
            combo.currentIndexChanged.connect(
                lambda _i, p=placeholder, c=combo: self.mapping_changed.emit(
                    p, str(c.currentData() or "")
                )
            )
            self.mapping_combos[placeholder] = combo
            self.mapping_form.addRow(f"{{{{ {placeholder} }}}}", combo)
        self.mapping_box.setVisible(bool(placeholders))

    def set_attachment_columns(
        self, columns: tuple[str, ...], chosen: str | None, none_label: str
    ) -> None:
        """Offer *columns* for per-row attachments, *chosen* selected (None: no column)."""
        combo = self.attachment_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(none_label, "")
        for column in columns:
            combo.addItem(column, column)
        combo.setCurrentIndex(max(0, combo.findData(chosen or "")))
        combo.blockSignals(False)

    def show_sheet_choices(
        self, sheets: tuple[str, ...] | None, current: str = "", header_row: int = 0
    ) -> None:
        """Offer a workbook's *sheets* (None: a CSV file, whose encoding and delimiter are
        offered instead), *current* selected, its header on *header_row* (0: found)."""
        workbook = sheets is not None
        for widget, shown in (
            (self.encoding_combo, not workbook),
            (self.delimiter_combo, not workbook),
            (self.sheet_combo, workbook),
            (self.header_spin, workbook),
        ):
            self.form.setRowVisible(widget, shown)
        combo = self.sheet_combo
        combo.blockSignals(True)
        combo.clear()
        for name in sheets or ():
            combo.addItem(name, name)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        self.header_spin.blockSignals(True)
        self.header_spin.setValue(header_row)
        self.header_spin.blockSignals(False)

    def selected_sheet(self) -> str | None:
        data = self.sheet_combo.currentData() if self.sheet_combo.count() else None
        return str(data) if data else None

    def selected_header_row(self) -> int | None:
        return self.header_spin.value() or None

    def set_group_columns(self, columns: tuple[str, ...], chosen: str | None) -> None:
        """Offer *columns* to group rows by, *chosen* selected (None: one message per row)."""
        combo = self.group_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Row (no grouping)"), "")
        for column in columns:
            combo.addItem(column, column)
        combo.setCurrentIndex(max(0, combo.findData(chosen or "")))
        combo.blockSignals(False)

    def selected_group_column(self) -> str | None:
        data = self.group_combo.currentData() if self.group_combo.count() else None
        return str(data) if data else None

    def selected_encoding(self) -> str | None:
        return str(self.encoding_combo.currentData()) or None

    def selected_delimiter(self) -> str | None:
        return str(self.delimiter_combo.currentData()) or None

    def selected_attachment_column(self) -> str | None:
        data = self.attachment_combo.currentData()
        return str(data) if data else None

    def selected_pdf_password_column(self) -> str | None:
        return selected_column(self.pdf_password_combo)

    def selected_folder(self) -> Path | None:
        """The attachments folder typed or chosen; None for the data file's folder."""
        text = self.folder_edit.text().strip()
        return Path(text).expanduser() if text else None

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))


class CheckPage(QWidget):
    """Every row's status, and the decisions the user must take before sending."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary_label = QLabel(self.tr("Not checked yet."))
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.recheck_button = QPushButton(self.tr("Check again"))
        self.problems_label = _error_label()
        self.attachments_label = QLabel()
        self.attachments_label.setTextFormat(Qt.TextFormat.PlainText)
        self.attachments_label.setWordWrap(True)
        self.attachments_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = RowCheckModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(3)
        self.attention_only = QCheckBox(self.tr("Show only rows that need attention"))
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.skip_problems = QCheckBox(self.tr("Skip the rows with problems and send the others"))
        self.allow_duplicates = QCheckBox(
            self.tr(
                "Send rows whose recipients repeat an earlier row (e.g. one parent, two children)"
            )
        )
        self.allow_shared = QCheckBox(self.tr("Copy every message to the fixed Cc/Bcc anyway"))
        self.doubt_box = QGroupBox(self.tr("Messages in doubt"))
        self.doubt_label = QLabel()
        self.doubt_label.setWordWrap(True)
        self.doubt_label.setTextFormat(Qt.TextFormat.PlainText)
        self.doubt_delivered = QRadioButton(
            self.tr("Record them as delivered (recommended): they are not sent again")
        )
        self.doubt_delivered.setChecked(True)
        self.resend_unknown = QRadioButton(
            self.tr("Send them again: their recipients will probably get the message twice")
        )
        doubt = QVBoxLayout(self.doubt_box)
        doubt.addWidget(self.doubt_label)
        doubt.addWidget(self.doubt_delivered)
        doubt.addWidget(self.resend_unknown)
        self.doubt_box.hide()
        self.accept_suspect = QCheckBox()
        self.accept_suspect.hide()
        self.unsubscribe = QCheckBox(self.tr("Add an unsubscribe link (List-Unsubscribe) to"))
        self.unsubscribe_edit = QLineEdit()
        self.unsubscribe_edit.setPlaceholderText(self.tr("unsubscribe@your-domain.example"))
        self.unsubscribe_edit.setEnabled(False)
        self.suppression_label = QLabel()
        self.advertising = QCheckBox(
            self.tr("This is advertising (광고): hold it to what 정보통신망법 §50 asks of e-mail")
        )
        self.advertising.setToolTip(
            self.tr(
                "(광고) at the start of the subject; the sender's name, a contact and how to "
                "refuse more mail in the body; an unsubscribe address; only recipients whose "
                "consent date (a column such as 수신동의일) is within the last two years."
            )
        )

        self.consent_combo = consent_combo()
        self.consent_label = QLabel(self.tr("Consent dates in column:"))
        self.consent_label.setBuddy(self.consent_combo)

        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.attention_only)
        top.addWidget(self.recheck_button)
        self.choices = choices = QGroupBox(self.tr("Before sending"))
        grid = QGridLayout(choices)
        grid.addWidget(self.skip_problems, 0, 0, 1, 2)
        grid.addWidget(self.allow_duplicates, 1, 0, 1, 2)
        grid.addWidget(self.allow_shared, 2, 0, 1, 2)
        grid.addWidget(self.accept_suspect, 3, 0, 1, 2)
        grid.addWidget(self.unsubscribe, 4, 0)
        grid.addWidget(self.unsubscribe_edit, 4, 1)
        grid.addWidget(self.suppression_label, 5, 0, 1, 2)
        grid.addWidget(self.advertising, 6, 0, 1, 2)
        grid.addWidget(self.consent_label, 7, 0)
        grid.addWidget(self.consent_combo, 7, 1)
        self.advertising.toggled.connect(self._show_consent_choice)
        self._show_consent_choice(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.attachments_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.doubt_box)
        layout.addWidget(choices)
        self.unsubscribe.toggled.connect(self.unsubscribe_edit.setEnabled)
        self.attention_only.toggled.connect(self._on_attention_toggled)

    def _show_consent_choice(self, advertising: bool) -> None:
        self.consent_label.setVisible(advertising)
        self.consent_combo.setVisible(advertising)

    def selected_consent_column(self) -> str | None:
        return selected_column(self.consent_combo)

    def set_choices_enabled(self, enabled: bool) -> None:
        """Allow changing what is sent (not while a run sends)."""
        for widget in (self.recheck_button, self.choices, self.doubt_box):
            widget.setEnabled(enabled)

    def _on_attention_toggled(self, only: bool) -> None:
        ready = QRegularExpression.escape(status_label("ready"))
        self.proxy.setFilterRegularExpression(
            QRegularExpression(f"^(?!{ready}$)") if only else QRegularExpression()
        )

    def row_check_at(self, proxy_row: int) -> RowCheck:
        """The check shown on table line *proxy_row* (after filtering)."""
        source = self.proxy.mapToSource(self.proxy.index(proxy_row, 0))
        return self.model.row_check(source.row())


class PreviewPage(QWidget):
    """Step through the rendered message of any row; send a test of it to yourself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row_spin = QSpinBox()
        self.row_spin.setMinimum(1)
        self.row_spin.setMaximum(1)
        self.prev_button = QPushButton(self.tr("◀ Previous"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.row_total = QLabel()
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (
            ("from", self.tr("From:")),
            ("to", self.tr("To:")),
            ("cc", self.tr("Cc:")),
            ("bcc", self.tr("Bcc:")),
            ("reply_to", self.tr("Reply-To:")),
            ("subject", self.tr("Subject:")),
        ):
            value = QLabel()
            value.setTextFormat(Qt.TextFormat.PlainText)  # names from the data file
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.fields[key] = value
            form.addRow(label, value)
        self.error_label = _error_label()
        self.tabs = QTabWidget()
        self.html_view = QTextBrowser()
        self.html_view.setOpenLinks(False)
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.attachments = QListWidget()
        self.headers_view = QPlainTextEdit()
        self.headers_view.setReadOnly(True)
        self.tabs.addTab(self.html_view, self.tr("HTML"))
        self.tabs.addTab(self.text_view, self.tr("Text"))
        self.tabs.addTab(self.attachments, self.tr("Attachments"))
        self.tabs.addTab(self.headers_view, self.tr("Headers"))
        self.test_edit = QLineEdit()
        self.test_edit.setPlaceholderText(self.tr("you@example.org"))
        self.test_button = QPushButton(self.tr("Send a test to me"))
        self.test_status = QLabel()
        self.test_status.setTextFormat(Qt.TextFormat.PlainText)
        self.test_status.setWordWrap(True)

        nav = QHBoxLayout()
        nav.addWidget(QLabel(self.tr("Row:")))
        nav.addWidget(self.row_spin)
        nav.addWidget(self.row_total)
        nav.addStretch(1)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.next_button)
        test = QHBoxLayout()
        test.addWidget(QLabel(self.tr("Test address:")))
        test.addWidget(self.test_edit, 1)
        test.addWidget(self.test_button)
        layout = QVBoxLayout(self)
        layout.addLayout(nav)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(test)
        layout.addWidget(self.test_status)


class SendPage(QWidget):
    """Sending settings, the progress of the run, and the final report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connections = QSpinBox()
        self.connections.setRange(1, 10)
        self.connections.setToolTip(self.tr("How many connections to the server at once."))
        self.rate = QSpinBox()
        self.rate.setRange(0, 100000)
        self.rate.setSpecialValueText(self.tr("no limit"))
        self.rate.setSuffix(self.tr(" per minute"))
        self.daily_cap = QSpinBox()
        self.daily_cap.setRange(0, 1000000)
        self.daily_cap.setSpecialValueText(self.tr("no cap"))
        self.daily_cap.setSuffix(self.tr(" per 24 hours"))
        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Start sending"))
        self.start_button.setDefault(True)
        # Each row's own send time (a column), offered by ui/merge/schedule.py.
        self.send_at_combo = QComboBox()
        self.send_at_combo.setObjectName("mergeSendAtColumn")
        self.send_at_label = QLabel(self.tr("Send time column:"))
        self.send_at_label.hide()
        self.send_at_combo.hide()
        self.later_button = QPushButton(self.tr("Send later…"))  # ui/merge/schedule.py
        self.later_button.setObjectName("mergeSendLater")
        self.later_button.hide()  # shown when the merge can be kept for later
        self.pause_button = QPushButton(self.tr("Pause"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m"))
        self.counters: dict[str, QLabel] = {}
        counters = QGridLayout()
        for i, (key, label) in enumerate(
            (
                ("sent", self.tr("Sent")),
                ("failed", self.tr("Failed")),
                ("remaining", self.tr("Remaining")),
                ("rate", self.tr("Rate")),
                ("left", self.tr("Time left")),
            )
        ):
            caption = QLabel(label)
            caption.setStyleSheet("color: palette(mid);")
            value = QLabel("—")
            value.setStyleSheet("font-size: 15pt;")
            counters.addWidget(caption, 0, i)
            counters.addWidget(value, 1, i)
            self.counters[key] = value
        self.state_label = QLabel()
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)  # server replies
        self.state_label.setWordWrap(True)
        self.failures = QListWidget()
        self.report_label = QLabel()
        self.report_label.setTextFormat(Qt.TextFormat.PlainText)
        self.report_label.setWordWrap(True)
        self.report_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("Export failed rows…"))
        self.export_button.setEnabled(False)
        self.server_copy = QCheckBox(
            self.tr("Put a copy of each message in the Sent folder on the mail server (IMAP)")
        )
        self.server_copy.setObjectName("serverCopy")
        self.server_copy.hide()  # shown for accounts with an IMAP server that wants copies

        settings = QHBoxLayout()
        for text, widget in (
            (self.tr("Connections:"), self.connections),
            (self.tr("Rate limit:"), self.rate),
            (self.tr("Daily cap:"), self.daily_cap),
        ):
            settings.addWidget(QLabel(text))
            settings.addWidget(widget)
            settings.addSpacing(12)
        settings.addWidget(self.send_at_label)
        settings.addWidget(self.send_at_combo)
        settings.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(settings)
        layout.addWidget(self.server_copy)
        layout.addWidget(self.plan_label)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addLayout(counters)
        layout.addWidget(self.state_label)
        layout.addWidget(QLabel(self.tr("Rows that failed:")))
        layout.addWidget(self.failures, 1)
        layout.addWidget(self.report_label)
