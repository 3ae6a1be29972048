"""The settings detection found, shown for the user to check and edit before they are used.

:class:`FoundSettingsForm` shows a :class:`~composer.profiles.detect.Finding` (where it came
from, the SMTP and IMAP servers, the user name, the sign-in) and gives back a profile built
from what the form holds, so a correction the user typed always wins. A server of another
domain must be confirmed with a check box first.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from composer.profiles.detect import Finding, Source
from composer.profiles.detect.apply import profile_from_finding, settle_provider
from composer.profiles.model import AuthMethod, Profile, Security
from composer.profiles.providertable import ServerEntry, entry

__all__ = ["FoundSettingsForm"]


class _ServerRow(QWidget):
    """Host, port and security of one server on one line."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host_edit = QLineEdit(self)
        self.host_edit.setObjectName(f"{name}HostEdit")
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(1, 65535)
        self.security_combo = QComboBox(self)
        for security in Security:
            self.security_combo.addItem(security.label, security)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.host_edit, 1)
        layout.addWidget(self.port_spin)
        layout.addWidget(self.security_combo)
        self.host_edit.textEdited.connect(self.changed)
        self.port_spin.valueChanged.connect(self.changed)
        self.security_combo.currentIndexChanged.connect(self.changed)

    def show_server(self, server: ServerEntry | None) -> None:
        self.host_edit.setText(server.host if server else "")
        self.port_spin.setValue(server.port if server else 993)
        security = server.security if server else Security.SSL
        self.security_combo.setCurrentIndex(self.security_combo.findData(security))

    def server(self) -> ServerEntry | None:
        host = self.host_edit.text().strip()
        if not host:
            return None
        return ServerEntry(
            host, self.port_spin.value(), Security(self.security_combo.currentData())
        )


class FoundSettingsForm(QGroupBox):
    """What was found, editable.

    Signals:
        changed(): the user edited a field or ticked the trust box.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Settings"))
        self.setObjectName("foundSettings")
        self._finding: Finding | None = None
        self.source_label = QLabel(self)
        self.source_label.setObjectName("foundSource")
        self.source_label.setWordWrap(True)
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)  # a URL from the network
        self.smtp_row = _ServerRow("smtp", self)
        self.imap_row = _ServerRow("imap", self)
        self.username_edit = QLineEdit(self)
        self.username_edit.setObjectName("foundUsername")
        self.signin_combo = QComboBox(self)
        self.signin_combo.setObjectName("signinCombo")
        self.advice_label = QLabel(self)
        self.advice_label.setObjectName("providerAdvice")
        self.advice_label.setWordWrap(True)
        # Rich text lays each line out with the height of the fonts it really uses (Hangul
        # falls back to another font than Latin text; plain text lines then overlap).
        self.advice_label.setTextFormat(Qt.TextFormat.RichText)
        self.trust_check = QCheckBox(self)
        self.trust_check.setObjectName("trustCheck")
        self.trust_check.hide()
        form = QFormLayout()
        form.addRow(self.tr("Sending (SMTP):"), self.smtp_row)
        form.addRow(self.tr("Receiving (IMAP):"), self.imap_row)
        form.addRow(self.tr("User name:"), self.username_edit)
        form.addRow(self.tr("Sign-in:"), self.signin_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        layout.addLayout(form)
        layout.addWidget(self.advice_label)
        layout.addWidget(self.trust_check)
        self.smtp_row.changed.connect(self.changed)
        self.imap_row.changed.connect(self.changed)
        self.username_edit.textEdited.connect(self.changed)
        self.trust_check.toggled.connect(self.changed)
        self.signin_combo.currentIndexChanged.connect(self._on_signin_combo_changed)
        self.imap_row.port_spin.setValue(993)

    def show_finding(self, finding: Finding | None, address: str = "") -> None:
        """Fill the form from *finding* (None: empty, for entering by hand)."""
        self._finding = finding
        self.smtp_row.show_server(finding.smtp if finding else None)
        if finding is None:
            self.smtp_row.port_spin.setValue(587)
            self.smtp_row.security_combo.setCurrentIndex(
                self.smtp_row.security_combo.findData(Security.STARTTLS)
            )
        self.imap_row.show_server(finding.imap if finding else None)
        self.username_edit.setText(finding.username if finding else address)
        if finding is None:
            self.source_label.setText(self.tr("Enter the settings your provider gives."))
        else:
            where, source = finding.where, finding.source.label
            self.source_label.setText(
                self.tr("Found in {source}: {where}").format(source=source, where=where)
            )
        self._fill_signin(finding)
        hosts = finding.untrusted_hosts if finding else ()
        self.trust_check.setChecked(False)
        self.trust_check.setVisible(bool(hosts))
        # The hosts are named in the assistant's warning and in the fields above; a check
        # box does not wrap, so its own words stay short.
        self.trust_check.setText(
            self.tr("My provider confirmed that these servers are theirs: use them")
        )

    def _fill_signin(self, finding: Finding | None) -> None:
        """The sign-in methods the account can use, the one found first.

        A provider that has OAuth offers it; a password (an app password) is offered too,
        unless the provider refuses passwords altogether (Outlook.com).
        """
        self.signin_combo.blockSignals(True)
        self.signin_combo.clear()
        e = entry(finding.provider) if finding is not None and finding.provider else None
        oauth = finding.oauth if finding is not None else None
        if oauth is not None:
            self.signin_combo.addItem(
                self.tr("Sign in with {provider} in the browser (no password is stored)").format(
                    provider=oauth.label
                ),
                AuthMethod.OAUTH2,
            )
        advice = e.advice if e is not None else None
        if advice is None or advice.passwords_work or oauth is None:
            self.signin_combo.addItem(self.tr("Password or app password"), AuthMethod.PASSWORD)
        found = finding.auth if finding is not None else AuthMethod.PASSWORD
        index = self.signin_combo.findData(found)
        self.signin_combo.setCurrentIndex(max(index, 0))
        self.signin_combo.setEnabled(self.signin_combo.count() > 1)
        self.signin_combo.blockSignals(False)
        self._on_signin_combo_changed()

    @property
    def finding(self) -> Finding | None:
        """What the form shows (None: settings entered by hand)."""
        return self._finding

    @property
    def auth(self) -> AuthMethod:
        return AuthMethod(self.signin_combo.currentData() or AuthMethod.PASSWORD)

    def _on_signin_combo_changed(self) -> None:
        advice = ""
        finding = self._finding
        if self.auth is AuthMethod.PASSWORD and finding is not None and finding.provider:
            e = entry(finding.provider)
            info = e.advice if e is not None else None
            advice = info.login if info is not None else ""
        self.advice_label.setText(html.escape(advice))
        self.advice_label.setVisible(bool(advice))
        self.changed.emit()

    @property
    def trusted(self) -> bool:
        """Whether the servers may be used: nothing foreign, or the user agreed."""
        return not self.trust_check.isVisible() or self.trust_check.isChecked()

    def is_complete(self) -> bool:
        return self.smtp_row.server() is not None and self.trusted

    def profile(self, name: str, address: str, from_name: str) -> Profile:
        """A new profile with the form's settings (what the user typed wins)."""
        finding = self._finding or Finding(source=Source.GUESS, where="", smtp=None)
        profile = profile_from_finding(name, address, finding, from_name)
        smtp = self.smtp_row.server()
        if smtp is not None:
            profile.smtp.host, profile.smtp.port = smtp.host, smtp.port
            profile.smtp.security = smtp.security
        imap = self.imap_row.server()
        profile.imap.host = imap.host if imap else ""
        if imap is not None:
            profile.imap.port, profile.imap.security = imap.port, imap.security
        profile.smtp.username = self.username_edit.text().strip()
        profile.auth = self.auth
        return settle_provider(profile)
