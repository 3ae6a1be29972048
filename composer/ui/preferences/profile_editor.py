"""The right-hand side of Preferences: every setting of one sending profile.

Two tabs: Sending (:mod:`~composer.ui.preferences.sending_tab`: the backend and only the
fields it uses, with Test connection for SMTP) and Identity
(:mod:`~composer.ui.preferences.identity_tab`: From, Reply-To, signature). Edits go straight
into the :class:`~composer.profiles.model.Profile` being edited (the Preferences dialog hands
in a working copy), one :class:`~composer.ui.widgets.bindings.FieldBinding` per field;
problems show under their fields.

The settings only ``composer.mail``'s developer API reads (``mail_admins()``' Admins and
Managers, ``SERVER_EMAIL``, the subject prefix, the default charset) are not shown: nobody
writing mail needs them, and a developer sets them in ``profiles.toml``, which keeps them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from composer.diagnostics.logsafety import register_secret
from composer.profiles.conntest import ConnectionParams
from composer.profiles.credentials import Credentials
from composer.profiles.imapcredentials import imap_account, imap_password
from composer.profiles.model import AuthMethod, BackendKind, Problem, Profile, Security
from composer.ui.preferences.connection_panel import ConnectionTestPanel
from composer.ui.preferences.identity_tab import IdentityTab
from composer.ui.preferences.imap_box import IMAP_PORTS
from composer.ui.preferences.sending_tab import SendingTab
from composer.ui.tasks import TaskRunner
from composer.ui.widgets.bindings import FieldBinding
from composer.ui.widgets.form_fields import ValidatedField

__all__ = ["ProfileEditor"]

# Settings kept as typed, spaces included.
_AS_TYPED = {"identity.from_name", "identity.signature"}
# Settings that decide which password the profile uses.
_ACCOUNT_FIELDS = {"smtp.host", "smtp.port", "smtp.username", "smtp.ask_password"}


def _scrollable(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    # Only when the window is narrower than the form's narrowest layout: nothing is cut off.
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


class ProfileEditor(QWidget):
    """Edits one profile in place.

    Signals:
        changed(): a setting of the profile changed.
        password_edited(str): the user typed in the password field.
    """

    changed = Signal()
    password_edited = Signal(str)
    #: The user typed in the IMAP password field (an IMAP user name of its own).
    imap_password_edited = Signal(str)

    def __init__(
        self, runner: TaskRunner, credentials: Credentials, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._credentials = credentials
        self._profile: Profile | None = None
        self._loading = False
        self._touched: set[str] = set()
        self._reveal_all = False
        self.fields: dict[str, ValidatedField] = {}
        self.sending = SendingTab(runner, credentials, self._field)
        self.identity = IdentityTab(self._field)
        s, i = self.sending, self.identity
        self.bindings = [
            FieldBinding(key, widget, strip=key not in _AS_TYPED)
            for key, widget in (
                ("smtp.host", s.host_edit),
                ("smtp.port", s.port_spin),
                ("smtp.username", s.username_edit),
                ("smtp.timeout", s.timeout_spin),
                ("smtp.ask_password", s.ask_password_check),
                ("smtp.cafile", s.cafile_field),
                ("smtp.certfile", s.certfile_field),
                ("smtp.keyfile", s.keyfile_field),
                ("smtp.allow_plaintext_auth", s.plaintext_check),
                ("imap.host", s.imap_box.host_edit),
                ("imap.port", s.imap_box.port_spin),
                ("imap.username", s.imap_box.username_edit),
                ("imap.sent_copy", s.imap_box.sent_copy_check),
                ("imap.sent_folder", s.imap_box.folder_edit),
                ("file_path", s.folder_field),
                ("custom_backend", s.custom_edit),
                ("identity.from_name", i.from_name_edit),
                ("identity.from_address", i.from_address_edit),
                ("identity.reply_to", i.reply_to_edit),
                ("identity.signature", i.signature_edit),
            )
        ]
        self.tabs = QTabWidget(self)
        self.tabs.addTab(_scrollable(self.sending), self.tr("&Sending"))
        self.tabs.addTab(self.identity, self.tr("&Identity"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._connect_signals()
        self.setEnabled(False)

    def _field(self, key: str, widget: QWidget, accessible: str) -> ValidatedField:
        widget.setAccessibleName(accessible)
        wrapped = ValidatedField(widget)
        self.fields[key] = wrapped
        return wrapped

    def _connect_signals(self) -> None:
        s = self.sending
        s.backend_combo.currentIndexChanged.connect(self._on_backend_combo_changed)
        s.security_combo.currentIndexChanged.connect(self._on_security_combo_changed)
        s.imap_box.security_combo.currentIndexChanged.connect(self._on_imap_security_changed)
        s.password_field.edited.connect(self.password_edited)
        s.imap_box.password_edit.textEdited.connect(self.imap_password_edited)
        s.test_panel.test_requested.connect(self._on_test_panel_test_requested)
        s.test_panel.switch_requested.connect(s.signin_block.switch_to)
        s.deliverability_button.clicked.connect(self._on_deliverability_button_clicked)
        s.signin_block.changed.connect(self._on_signin_block_changed)
        for binding in self.bindings:
            binding.edited().connect(lambda *_args, b=binding: self._on_field_edited(b))

    @property
    def test_panel(self) -> ConnectionTestPanel:
        return self.sending.test_panel

    # -- loading -------------------------------------------------------------------------------

    def profile(self) -> Profile | None:
        return self._profile

    def set_profile(self, profile: Profile | None, password_pending: bool = False) -> None:
        """Edit *profile* (None: nothing to edit)."""
        s = self.sending
        if s.test_panel.is_running():
            s.test_panel.cancel()
        s.test_panel.reset()
        self._profile = profile
        s.imap_box.password_edit.clear()  # typed for the profile shown before
        self._touched.clear()
        self._reveal_all = False
        self.setEnabled(profile is not None)
        if profile is None:
            return
        self._loading = True
        try:
            s.backend_combo.setCurrentIndex(s.backend_combo.findData(profile.backend))
            s.show_backend(profile.backend)
            # The encryption first: it offers its usual port, which the port then overrides.
            s.security_combo.setCurrentIndex(s.security_combo.findData(profile.smtp.security))
            imap_security = s.imap_box.security_combo
            imap_security.setCurrentIndex(imap_security.findData(profile.imap.security))
            for binding in self.bindings:
                binding.show(profile)
        finally:
            self._loading = False
        s.show_preview_note(profile.backend)
        s.password_field.show_profile(profile, pending=password_pending)
        s.signin_block.show_profile(profile)
        s.show_auth(s.signin_block.uses_password())
        self.validate()

    # -- validation ----------------------------------------------------------------------------

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

    # -- slots ---------------------------------------------------------------------------------

    def _on_field_edited(self, binding: FieldBinding) -> None:
        if self._loading or self._profile is None:
            return
        binding.store(self._profile)
        self._touched.add(binding.path)
        if binding.path in _ACCOUNT_FIELDS:
            self.sending.password_field.refresh()
        self.validate()
        self.changed.emit()

    def _on_deliverability_button_clicked(self) -> None:
        from composer.ui.merge.deliverability import open_deliverability

        if self._profile is not None:
            self.deliverability = open_deliverability(self._profile, self.window())

    def _on_signin_block_changed(self) -> None:
        profile = self._profile
        if self._loading or profile is None:
            return
        s = self.sending
        s.show_auth(s.signin_block.uses_password())
        self._loading = True
        try:  # signing in may have filled in the user name
            for binding in self.bindings:
                if binding.path == "smtp.username":
                    binding.show(profile)
        finally:
            self._loading = False
        s.password_field.refresh()
        self.validate()
        self.changed.emit()

    def _on_backend_combo_changed(self, index: int) -> None:
        # Qt hands enum members back as their plain string values.
        kind = BackendKind(self.sending.backend_combo.itemData(index))
        self.sending.show_backend(kind)
        if self._loading or self._profile is None:
            return
        self._profile.backend = kind
        self.sending.show_preview_note(kind)
        self.validate()
        self.changed.emit()

    def _on_security_combo_changed(self, index: int) -> None:
        security = Security(self.sending.security_combo.itemData(index))
        if self._loading or self._profile is None:
            return
        previous = self._profile.smtp.security
        self._profile.smtp.security = security
        # Offer the usual port, unless the user chose an unusual one on purpose.
        port = self.sending.port_spin
        if port.value() in {s.default_port for s in Security} | {previous.default_port}:
            port.setValue(security.default_port)
        self.validate()
        self.changed.emit()

    def _on_imap_security_changed(self, index: int) -> None:
        box = self.sending.imap_box
        security = Security(box.security_combo.itemData(index))
        if self._loading or self._profile is None:
            return
        self._profile.imap.security = security
        if box.port_spin.value() in set(IMAP_PORTS.values()):
            box.port_spin.setValue(IMAP_PORTS[security])
        self.validate()
        self.changed.emit()

    def _on_test_panel_test_requested(self) -> None:
        profile = self._profile
        if profile is None:
            return
        self.validate(reveal_all=True)
        if any(p.field.startswith("smtp.") for p in profile.problems()):
            return
        typed = self.sending.password_edit.text()
        credentials = self._credentials
        snapshot = profile.copy()

        def password() -> str | None:
            found = typed or credentials.password_for(snapshot)
            register_secret(found)  # never in a log, even inside a server's reply
            return found

        typed_imap = self.sending.imap_box.password_edit.text()

        def imap_secret() -> str | None:  # None: IMAP signs in with the SMTP password
            if imap_account(snapshot) is None:
                return None
            found = typed_imap or imap_password(snapshot, credentials.store, credentials.session)
            register_secret(found)
            return found

        token = None
        if profile.auth is AuthMethod.OAUTH2:
            store = credentials.store

            def token() -> str:  # opens the sign-in (keyring, refresh) at the login step
                from composer.profiles.oauth.session import open_session

                return open_session(snapshot, store)()

        self.sending.test_panel.start(
            ConnectionParams.from_profile(profile), password, token, imap_secret
        )
