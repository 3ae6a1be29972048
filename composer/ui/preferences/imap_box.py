"""Preferences ▸ a profile ▸ Sending ▸ the account's IMAP server, for the copy in its Sent folder.

Optional: with no host, nothing is copied to the server (the local Sent folder still keeps
every message). The IMAP server signs in the way the profile does (the same password or the
same sign-in); only an IMAP user name of its own has its own password, typed here and kept in
the keyring (:mod:`composer.profiles.imapcredentials`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QComboBox, QGroupBox, QLineEdit, QSpinBox, QWidget

from composer.profiles.model import Security
from composer.ui.widgets.form_fields import note_label, settings_form

__all__ = ["IMAP_PORTS", "ImapBox"]

#: The port IMAP servers usually listen on for each kind of security (RFC 8314: 993 for
#: implicit TLS; 143 for plain IMAP and STARTTLS).
IMAP_PORTS = {Security.NONE: 143, Security.STARTTLS: 143, Security.SSL: 993}

FieldFactory = Callable[[str, QWidget, str], QWidget]


class ImapBox(QGroupBox):
    """The IMAP server's host, encryption, port, user name, and where the copy goes."""

    def __init__(self, field: FieldFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Copy in the server's Sent folder (IMAP, optional)"))
        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText(self.tr("imap.example.com (empty: no copy)"))
        self.security_combo = QComboBox()
        self.security_combo.setAccessibleName(self.tr("IMAP encryption"))
        for security in Security:
            self.security_combo.addItem(
                self.tr("{security} (usually port {port})").format(
                    security=security.label, port=IMAP_PORTS[security]
                ),
                security,
            )
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.username_edit = QLineEdit()
        self.username_edit.setPlaceholderText(self.tr("Empty: the same as for sending"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("IMAP password"))
        self.password_edit.setPlaceholderText(
            self.tr("Only for an IMAP user name of its own (kept in the keyring)")
        )
        self.sent_copy_check = QCheckBox(
            self.tr("Put a copy of each sent message in the server's Sent folder")
        )
        self.folder_edit = QLineEdit()
        self.folder_edit.setPlaceholderText(self.tr("Found by itself (Sent, Sent Items, …)"))
        # No mnemonics here: every letter is taken by the fields above on this tab; Tab
        # reaches these in order.
        form = settings_form()
        form.addRow(self.tr("IMAP host:"), field("imap.host", self.host_edit, self.tr("IMAP host")))
        form.addRow(self.tr("IMAP encryption:"), self.security_combo)
        form.addRow(self.tr("IMAP port:"), field("imap.port", self.port_spin, self.tr("IMAP port")))
        form.addRow(
            self.tr("IMAP user name:"),
            field("imap.username", self.username_edit, self.tr("IMAP user name")),
        )
        form.addRow(self.tr("IMAP password:"), self.password_edit)
        form.addRow(self.sent_copy_check)
        form.addRow(
            self.tr("Sent folder:"),
            field("imap.sent_folder", self.folder_edit, self.tr("Sent folder")),
        )
        form.addRow(
            note_label(
                self.tr(
                    "Gmail and Microsoft 365 file sent mail themselves: Composer makes no "
                    "second copy there. The IMAP server signs in as the profile does."
                )
            )
        )
        self.setLayout(form)
