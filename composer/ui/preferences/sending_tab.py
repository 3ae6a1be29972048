"""Preferences ▸ a profile ▸ Sending: the backend, and only the fields that backend uses.

SMTP shows the server, encryption, login, password, timeout, the sign-in, the IMAP server
for the Sent copy, certificates and Test connection; the file backend a folder; a custom
backend its class. Preview backends (console, preview mailbox, dummy) have no settings.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from composer.profiles.credentials import Credentials
from composer.profiles.model import BackendKind, Security
from composer.ui.preferences.connection_panel import ConnectionTestPanel
from composer.ui.preferences.imap_box import ImapBox
from composer.ui.preferences.signin_block import SignInBlock
from composer.ui.tasks import TaskRunner
from composer.ui.widgets.form_fields import FileField, form_page, note_label, settings_form
from composer.ui.widgets.password_field import PasswordField
from composer.ui.widgets.profile_switcher import PREVIEW_COLOR

__all__ = ["SendingTab"]

_CERT_FILTER = str(
    QT_TRANSLATE_NOOP("SendingTab", "Certificates and keys (*.pem *.crt *.cer *.key)")
)

FieldFactory = Callable[[str, QWidget, str], QWidget]


class SendingTab(QWidget):
    """The backend chooser and its settings; *field* wraps each input for its errors."""

    def __init__(
        self,
        runner: TaskRunner,
        credentials: Credentials,
        field: FieldFactory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._field = field
        self.backend_combo = QComboBox()
        self.backend_combo.setAccessibleName(self.tr("Backend"))
        for kind in BackendKind:
            self.backend_combo.addItem(kind.label, kind)
        self.backend_note = note_label("")
        self.backend_note.setStyleSheet(f"color: {PREVIEW_COLOR.name()};")
        self.password_field = PasswordField(runner, credentials)
        self.password_edit = self.password_field.edit
        self.password_state = self.password_field.state
        self.ask_password_check = self.password_field.ask_check
        self.test_panel = ConnectionTestPanel(runner)
        self.signin_block = SignInBlock(runner, credentials)
        top = settings_form()
        top.addRow(self.tr("&Backend:"), self.backend_combo)
        top.addRow("", self.backend_note)
        self.pages = QStackedWidget()
        # Preview backends without settings share one empty page.
        empty = self.pages.addWidget(QWidget())
        smtp = self.pages.addWidget(self._build_smtp_page())
        file = self.pages.addWidget(self._build_file_page())
        custom = self.pages.addWidget(self._build_custom_page())
        pages = {BackendKind.SMTP: smtp, BackendKind.FILE: file, BackendKind.CUSTOM: custom}
        self._page_index = {kind: pages.get(kind, empty) for kind in BackendKind}
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)

    def show_backend(self, kind: BackendKind) -> None:
        """Show the settings of *kind*."""
        self.pages.setCurrentIndex(self._page_index[kind])

    def show_auth(self, uses_password: bool) -> None:
        """Show the password row only for profiles that log in with a password."""
        self._smtp_form.setRowVisible(self._password_row, uses_password)

    def show_preview_note(self, kind: BackendKind) -> None:
        """Say that *kind* delivers nothing (hidden for backends that deliver)."""
        if kind.delivers:
            self.backend_note.clear()
            self.backend_note.hide()
        else:
            self.backend_note.setText(
                self.tr("Preview only: {note} Nothing is delivered.").format(note=kind.preview_note)
            )
            self.backend_note.show()

    def _build_smtp_page(self) -> QWidget:
        field = self._field
        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText("smtp.example.com")
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.security_combo = QComboBox()
        self.security_combo.setAccessibleName(self.tr("Encryption"))
        for security in Security:
            self.security_combo.addItem(
                self.tr("{security} (usually port {port})").format(
                    security=security.label, port=security.default_port
                ),
                security,
            )
        self.username_edit = QLineEdit()
        self.username_edit.setPlaceholderText(self.tr("Leave empty if the server needs no login"))
        self.timeout_spin = QDoubleSpinBox()
        self.timeout_spin.setRange(1, 600)
        self.timeout_spin.setDecimals(0)
        self.timeout_spin.setSuffix(self.tr(" seconds"))
        form = settings_form()
        form.addRow(self.tr("&Host:"), field("smtp.host", self.host_edit, self.tr("Host")))
        form.addRow(self.tr("&Encryption:"), self.security_combo)
        form.addRow(self.tr("&Port:"), field("smtp.port", self.port_spin, self.tr("Port")))
        form.addRow(
            self.tr("&User name:"),
            field("smtp.username", self.username_edit, self.tr("User name")),
        )
        self._password_row = field("password", self.password_field, self.tr("Password"))
        form.addRow(self.tr("Pass&word:"), self._password_row)
        self._smtp_form = form
        self.password_edit.setAccessibleName(self.tr("Password"))
        form.addRow(
            self.tr("Ti&meout:"), field("smtp.timeout", self.timeout_spin, self.tr("Timeout"))
        )
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.signin_block)
        self.imap_box = ImapBox(field)
        layout.addWidget(self.imap_box)
        layout.addWidget(self._build_certificates())
        layout.addWidget(self.test_panel)
        self.deliverability_button = QPushButton(self.tr("Check deliverability…"))
        self.deliverability_button.setObjectName("deliverabilityButton")
        self.deliverability_button.setToolTip(
            self.tr("Will mail from this profile land? SPF, DKIM, DMARC, MX and the limits.")
        )
        layout.addWidget(self.deliverability_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _build_certificates(self) -> QGroupBox:
        cert_filter = self.tr(_CERT_FILTER)
        self.cafile_field = FileField(
            name_filter=cert_filter, placeholder=self.tr("System CAs only")
        )
        self.certfile_field = FileField(name_filter=cert_filter, placeholder=self.tr("None"))
        self.keyfile_field = FileField(name_filter=cert_filter, placeholder=self.tr("None"))
        self.plaintext_check = QCheckBox(
            self.tr("Allow l&ogin without encryption (not recommended)")
        )
        form = settings_form()
        for label, key, widget, name in (
            (self.tr("Private &CA:"), "smtp.cafile", self.cafile_field, self.tr("Private CA")),
            (
                self.tr("Client ce&rtificate:"),
                "smtp.certfile",
                self.certfile_field,
                self.tr("Client certificate"),
            ),
            (self.tr("Client ke&y:"), "smtp.keyfile", self.keyfile_field, self.tr("Client key")),
        ):
            form.addRow(label, self._field(key, widget, name))
            widget.set_accessible_name(name)
        form.addRow(self.plaintext_check)  # across both columns: narrow windows fit
        certs = QGroupBox(self.tr("Certificates (optional)"))
        certs.setLayout(form)
        return certs

    def _build_file_page(self) -> QWidget:
        self.folder_field = FileField(
            directory=True, placeholder=self.tr("A folder for the .log files")
        )
        self.folder_field.set_accessible_name(self.tr("Folder"))
        form = settings_form()
        form.addRow(
            self.tr("F&older:"), self._field("file_path", self.folder_field, self.tr("Folder"))
        )
        form.addRow(
            "", note_label(self.tr("Each sending run writes one file with every message in it."))
        )
        return form_page(QWidget(), form)

    def _build_custom_page(self) -> QWidget:
        self.custom_edit = QLineEdit()
        self.custom_edit.setPlaceholderText("mypackage.mail.EmailBackend")
        form = settings_form()
        form.addRow(
            self.tr("&Class:"),
            self._field("custom_backend", self.custom_edit, self.tr("Backend class")),
        )
        form.addRow(
            "",
            note_label(
                self.tr(
                    "The dotted path of a composer.mail backend class. Options for it go in "
                    "the [profiles.options] table of profiles.toml."
                )
            ),
        )
        return form_page(QWidget(), form)
