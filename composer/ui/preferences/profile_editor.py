"""The right-hand side of Preferences: every setting of one sending profile.

Two tabs: Sending (the backend and only the fields it uses, with Test connection for
SMTP) and Identity (From, Reply-To, signature). Edits go straight into the
:class:`~composer.profiles.model.Profile` being edited (the Preferences dialog hands in a working
copy); problems show under their fields.

The settings only ``composer.mail``'s developer API reads (``mail_admins()``' Admins and
Managers, ``SERVER_EMAIL``, the subject prefix, the default charset) are not shown: nobody
writing mail needs them, and a developer sets them in ``profiles.toml``, which keeps them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from composer.diagnostics.logsafety import register_secret
from composer.profiles.conntest import ConnectionParams
from composer.profiles.credentials import Credentials
from composer.profiles.model import BackendKind, Problem, Profile, Security
from composer.ui.preferences.connection_panel import ConnectionTestPanel
from composer.ui.tasks import TaskRunner
from composer.ui.widgets.form_fields import FileField, ValidatedField
from composer.ui.widgets.password_field import PasswordField
from composer.ui.widgets.profile_switcher import PREVIEW_COLOR

__all__ = ["ProfileEditor"]

_CERT_FILTER = str(
    QT_TRANSLATE_NOOP("ProfileEditor", "Certificates and keys (*.pem *.crt *.cer *.key)")
)


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def _scrollable(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    # Only when the window is narrower than the form's narrowest layout: nothing is cut off.
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


def _with_stretch(page: QWidget, form: QFormLayout) -> QWidget:
    layout = QVBoxLayout(page)
    layout.addLayout(form)
    layout.addStretch(1)
    return page


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("note")
    return label


class ProfileEditor(QWidget):
    """Edits one profile in place.

    Signals:
        changed(): a setting of the profile changed.
        password_edited(str): the user typed in the password field.
    """

    changed = Signal()
    password_edited = Signal(str)

    def __init__(
        self, runner: TaskRunner, credentials: Credentials, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._credentials = credentials
        self._profile: Profile | None = None
        self._loading = False
        self._touched: set[str] = set()
        self._reveal_all = False
        self.fields: dict[str, ValidatedField] = {}

        self.tabs = QTabWidget(self)
        self.tabs.addTab(_scrollable(self._build_sending_tab()), self.tr("&Sending"))
        self.tabs.addTab(self._build_identity_tab(), self.tr("&Identity"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._connect_signals()
        self.setEnabled(False)

    # -- building ----------------------------------------------------------------------------

    def _field(self, key: str, widget: QWidget, accessible: str) -> ValidatedField:
        widget.setAccessibleName(accessible)
        wrapped = ValidatedField(widget)
        self.fields[key] = wrapped
        return wrapped

    def _build_sending_tab(self) -> QWidget:
        page = QWidget()
        self.backend_combo = QComboBox()
        self.backend_combo.setAccessibleName(self.tr("Backend"))
        for kind in BackendKind:
            self.backend_combo.addItem(kind.label, kind)
        self.backend_note = _note("")
        self.backend_note.setStyleSheet(f"color: {PREVIEW_COLOR.name()};")
        top = _form()
        top.addRow(self.tr("&Backend:"), self.backend_combo)
        top.addRow("", self.backend_note)
        self.pages = QStackedWidget()
        self._page_index: dict[BackendKind, int] = {}
        # Preview backends without settings share one empty page.
        empty_index = self.pages.addWidget(QWidget())
        for kind in BackendKind:
            build = {
                BackendKind.SMTP: self._build_smtp_page,
                BackendKind.FILE: self._build_file_page,
                BackendKind.CUSTOM: self._build_custom_page,
            }.get(kind)
            self._page_index[kind] = self.pages.addWidget(build()) if build else empty_index
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        return page

    def _build_smtp_page(self) -> QWidget:
        page = QWidget()
        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText("smtp.example.com")
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.security_combo = QComboBox()
        for security in Security:
            self.security_combo.addItem(
                self.tr("{security} (usually port {port})").format(
                    security=security.label, port=security.default_port
                ),
                security,
            )
        self.username_edit = QLineEdit()
        self.username_edit.setPlaceholderText(self.tr("Leave empty if the server needs no login"))
        self.password_field = PasswordField(self._runner, self._credentials)
        self.password_edit = self.password_field.edit
        self.password_state = self.password_field.state
        self.ask_password_check = self.password_field.ask_check
        self.timeout_spin = QDoubleSpinBox()
        self.timeout_spin.setRange(1, 600)
        self.timeout_spin.setDecimals(0)
        self.timeout_spin.setSuffix(self.tr(" seconds"))
        form = _form()
        form.addRow(self.tr("&Host:"), self._field("smtp.host", self.host_edit, self.tr("Host")))
        form.addRow(self.tr("&Encryption:"), self.security_combo)
        self.security_combo.setAccessibleName(self.tr("Encryption"))
        form.addRow(self.tr("&Port:"), self._field("smtp.port", self.port_spin, self.tr("Port")))
        form.addRow(
            self.tr("&User name:"),
            self._field("smtp.username", self.username_edit, self.tr("User name")),
        )
        form.addRow(
            self.tr("Pass&word:"), self._field("password", self.password_field, self.tr("Password"))
        )
        self.password_edit.setAccessibleName(self.tr("Password"))
        form.addRow(
            self.tr("Ti&meout:"), self._field("smtp.timeout", self.timeout_spin, self.tr("Timeout"))
        )

        certs = QGroupBox(self.tr("Certificates (optional)"))
        cert_filter = self.tr(_CERT_FILTER)
        self.cafile_field = FileField(
            name_filter=cert_filter, placeholder=self.tr("System CAs only")
        )
        self.certfile_field = FileField(name_filter=cert_filter, placeholder=self.tr("None"))
        self.keyfile_field = FileField(name_filter=cert_filter, placeholder=self.tr("None"))
        self.plaintext_check = QCheckBox(
            self.tr("Allow l&ogin without encryption (not recommended)")
        )
        cert_form = _form()
        cert_form.addRow(
            self.tr("Private &CA:"),
            self._field("smtp.cafile", self.cafile_field, self.tr("Private CA")),
        )
        cert_form.addRow(
            self.tr("Client ce&rtificate:"),
            self._field("smtp.certfile", self.certfile_field, self.tr("Client certificate")),
        )
        cert_form.addRow(
            self.tr("Client ke&y:"),
            self._field("smtp.keyfile", self.keyfile_field, self.tr("Client key")),
        )
        cert_form.addRow(self.plaintext_check)  # across both columns: narrow windows fit
        certs.setLayout(cert_form)
        for field, name in (
            (self.cafile_field, self.tr("Private CA")),
            (self.certfile_field, self.tr("Client certificate")),
            (self.keyfile_field, self.tr("Client key")),
        ):
            field.set_accessible_name(name)

        self.test_panel = ConnectionTestPanel(self._runner)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(certs)
        layout.addWidget(self.test_panel)
        layout.addStretch(1)
        return page

    def _build_file_page(self) -> QWidget:
        page = QWidget()
        self.folder_field = FileField(
            directory=True, placeholder=self.tr("A folder for the .log files")
        )
        self.folder_field.set_accessible_name(self.tr("Folder"))
        form = _form()
        form.addRow(
            self.tr("F&older:"), self._field("file_path", self.folder_field, self.tr("Folder"))
        )
        form.addRow(
            "", _note(self.tr("Each sending run writes one file with every message in it."))
        )
        return _with_stretch(page, form)

    def _build_custom_page(self) -> QWidget:
        page = QWidget()
        self.custom_edit = QLineEdit()
        self.custom_edit.setPlaceholderText("mypackage.mail.EmailBackend")
        form = _form()
        form.addRow(
            self.tr("&Class:"),
            self._field("custom_backend", self.custom_edit, self.tr("Backend class")),
        )
        form.addRow(
            "",
            _note(
                self.tr(
                    "The dotted path of a composer.mail backend class. Options for it go in "
                    "the [profiles.options] table of profiles.toml."
                )
            ),
        )
        return _with_stretch(page, form)

    def _build_identity_tab(self) -> QWidget:
        page = QWidget()
        self.from_name_edit = QLineEdit()
        self.from_name_edit.setPlaceholderText(self.tr("Alice Example"))
        self.from_address_edit = QLineEdit()
        self.from_address_edit.setPlaceholderText("alice@example.com")
        self.reply_to_edit = QLineEdit()
        self.reply_to_edit.setPlaceholderText(self.tr("Replies go to the From address"))
        self.signature_edit = QPlainTextEdit()
        self.signature_edit.setTabChangesFocus(True)
        self.signature_edit.setFixedHeight(self.signature_edit.fontMetrics().height() * 8)
        form = _form()
        form.addRow(
            self.tr("From na&me:"),
            self._field("identity.from_name", self.from_name_edit, self.tr("From name")),
        )
        form.addRow(
            self.tr("From addr&ess:"),
            self._field("identity.from_address", self.from_address_edit, self.tr("From address")),
        )
        form.addRow(
            self.tr("&Reply-To:"),
            self._field("identity.reply_to", self.reply_to_edit, self.tr("Reply-To")),
        )
        form.addRow(
            self.tr("Si&gnature:"),
            self._field("identity.signature", self.signature_edit, self.tr("Signature")),
        )
        return _with_stretch(page, form)

    def _connect_signals(self) -> None:
        self.backend_combo.currentIndexChanged.connect(self._on_backend_combo_changed)
        self.security_combo.currentIndexChanged.connect(self._on_security_combo_changed)
        self.password_field.edited.connect(self.password_edited)
        self.test_panel.test_requested.connect(self._on_test_panel_test_requested)
        edits = {
            "smtp.host": self.host_edit.textChanged,
            "smtp.port": self.port_spin.valueChanged,
            "smtp.username": self.username_edit.textChanged,
            "smtp.timeout": self.timeout_spin.valueChanged,
            "smtp.ask_password": self.ask_password_check.toggled,
            "smtp.cafile": self.cafile_field.text_changed,
            "smtp.certfile": self.certfile_field.text_changed,
            "smtp.keyfile": self.keyfile_field.text_changed,
            "smtp.allow_plaintext_auth": self.plaintext_check.toggled,
            "file_path": self.folder_field.text_changed,
            "custom_backend": self.custom_edit.textChanged,
            "identity.from_name": self.from_name_edit.textChanged,
            "identity.from_address": self.from_address_edit.textChanged,
            "identity.reply_to": self.reply_to_edit.textChanged,
            "identity.signature": self.signature_edit.textChanged,
        }
        for key, signal in edits.items():
            signal.connect(lambda *_args, key=key: self._on_field_edited(key))

    # -- loading and saving --------------------------------------------------------------------

    def profile(self) -> Profile | None:
        return self._profile

    def set_profile(self, profile: Profile | None, password_pending: bool = False) -> None:
        """Edit *profile* (None: nothing to edit)."""
        if self.test_panel.is_running():
            self.test_panel.cancel()
        self.test_panel.reset()
        self._profile = profile
        self._touched.clear()
        self._reveal_all = False
        self.setEnabled(profile is not None)
        if profile is None:
            return
        self._loading = True
        try:
            s = profile.smtp
            self.backend_combo.setCurrentIndex(self.backend_combo.findData(profile.backend))
            self.pages.setCurrentIndex(self._page_index[profile.backend])
            self.host_edit.setText(s.host)
            self.security_combo.setCurrentIndex(self.security_combo.findData(s.security))
            self.port_spin.setValue(s.port)
            self.username_edit.setText(s.username)
            self.ask_password_check.setChecked(s.ask_password)
            self.timeout_spin.setValue(s.timeout)
            self.cafile_field.set_text(s.cafile)
            self.certfile_field.set_text(s.certfile)
            self.keyfile_field.set_text(s.keyfile)
            self.plaintext_check.setChecked(s.allow_plaintext_auth)
            self.folder_field.set_text(profile.file_path)
            self.custom_edit.setText(profile.custom_backend)
            ident = profile.identity
            self.from_name_edit.setText(ident.from_name)
            self.from_address_edit.setText(ident.from_address)
            self.reply_to_edit.setText(ident.reply_to)
            self.signature_edit.setPlainText(ident.signature)
        finally:
            self._loading = False
        self._update_backend_note()
        self.password_field.show_profile(profile, pending=password_pending)
        self.validate()

    def _store_field(self, key: str) -> None:
        p = self._profile
        assert p is not None
        s = p.smtp
        if key == "smtp.host":
            s.host = self.host_edit.text().strip()
        elif key == "smtp.port":
            s.port = self.port_spin.value()
        elif key == "smtp.username":
            s.username = self.username_edit.text().strip()
        elif key == "smtp.timeout":
            s.timeout = self.timeout_spin.value()
        elif key == "smtp.ask_password":
            s.ask_password = self.ask_password_check.isChecked()
        elif key == "smtp.cafile":
            s.cafile = self.cafile_field.text().strip()
        elif key == "smtp.certfile":
            s.certfile = self.certfile_field.text().strip()
        elif key == "smtp.keyfile":
            s.keyfile = self.keyfile_field.text().strip()
        elif key == "smtp.allow_plaintext_auth":
            s.allow_plaintext_auth = self.plaintext_check.isChecked()
        elif key == "file_path":
            p.file_path = self.folder_field.text().strip()
        elif key == "custom_backend":
            p.custom_backend = self.custom_edit.text().strip()
        elif key.startswith("identity."):
            ident = p.identity
            ident.from_name = self.from_name_edit.text()
            ident.from_address = self.from_address_edit.text().strip()
            ident.reply_to = self.reply_to_edit.text().strip()
            ident.signature = self.signature_edit.toPlainText()

    # -- validation ------------------------------------------------------------------------------

    def validate(self, reveal_all: bool = False) -> list[Problem]:
        """Show the profile's problems under their fields; returns them all.

        Until *reveal_all* is asked for once, only fields the user edited show problems,
        so a new profile does not open covered in red.
        """
        self._reveal_all = self._reveal_all or reveal_all
        problems = self._profile.problems() if self._profile is not None else []
        by_field = {problem.field: problem.message for problem in problems}
        for key, field in self.fields.items():
            shown = self._reveal_all or key in self._touched
            field.set_error(by_field.get(key, "") if shown else "")
        if reveal_all:
            self._focus_first_problem(problems)
        return problems

    def _focus_first_problem(self, problems: list[Problem]) -> None:
        for problem in problems:
            field = self.fields.get(problem.field)
            if field is None:
                continue
            page = field.parentWidget()
            while page is not None and self.tabs.indexOf(page) < 0:
                page = page.parentWidget()
            if page is not None:
                self.tabs.setCurrentWidget(page)
            field.setFocus()
            return

    # -- slots -------------------------------------------------------------------------------------

    def _on_field_edited(self, key: str) -> None:
        if self._loading or self._profile is None:
            return
        self._store_field(key)
        self._touched.add(key)
        if key in ("smtp.host", "smtp.port", "smtp.username", "smtp.ask_password"):
            self.password_field.refresh()
        self.validate()
        self.changed.emit()

    def _on_backend_combo_changed(self, index: int) -> None:
        # Qt hands enum members back as their plain string values.
        kind = BackendKind(self.backend_combo.itemData(index))
        self.pages.setCurrentIndex(self._page_index[kind])
        if self._loading or self._profile is None:
            return
        self._profile.backend = kind
        self._update_backend_note()
        self.validate()
        self.changed.emit()

    def _on_security_combo_changed(self, index: int) -> None:
        security = Security(self.security_combo.itemData(index))
        if self._loading or self._profile is None:
            return
        previous = self._profile.smtp.security
        self._profile.smtp.security = security
        # Offer the usual port, unless the user chose an unusual one on purpose.
        if self.port_spin.value() in {s.default_port for s in Security} | {previous.default_port}:
            self.port_spin.setValue(security.default_port)
        self.validate()
        self.changed.emit()

    def _on_test_panel_test_requested(self) -> None:
        profile = self._profile
        if profile is None:
            return
        self.validate(reveal_all=True)
        if any(p.field.startswith("smtp.") for p in profile.problems()):
            return
        typed = self.password_edit.text()
        credentials = self._credentials
        snapshot = profile.copy()

        def password() -> str | None:
            found = typed or credentials.password_for(snapshot)
            register_secret(found)  # never in a log, even inside a server's reply
            return found

        self.test_panel.start(ConnectionParams.from_profile(profile), password)

    # -- status texts ------------------------------------------------------------------------------

    def _update_backend_note(self) -> None:
        kind = self._profile.backend if self._profile is not None else BackendKind.SMTP
        if kind.delivers:
            self.backend_note.clear()
            self.backend_note.hide()
        else:
            self.backend_note.setText(
                self.tr("Preview only: {note} Nothing is delivered.").format(note=kind.preview_note)
            )
            self.backend_note.show()
