"""The contact being edited in the Address Book window, and the table of contacts."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from composer.compose.contacts.model import Contact, clean_address

__all__ = ["ContactForm", "ContactTable"]

Index = QModelIndex | QPersistentModelIndex


class ContactTable(QAbstractTableModel):
    """Contacts as rows: name, addresses, organisation, groups (fast for 50,000)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contacts: list[Contact] = []

    def set_contacts(self, contacts: list[Contact]) -> None:
        self.beginResetModel()
        self.contacts = contacts
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.contacts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Addresses"), self.tr("Organisation"), self.tr("Groups"))[
            section
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        contact = self.contacts[index.row()]
        return (
            contact.display_name,
            ", ".join(contact.emails),
            contact.organisation,
            ", ".join(contact.groups),
        )[index.column()]


class ContactForm(QWidget):
    """Name, addresses (one a line), organisation, groups (separated by commas), notes.

    Signals:
        save_requested(Contact): the contact as edited (same uid).
        delete_requested(str): the uid of the contact to delete.
    """

    save_requested = Signal(object)
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactForm")
        self._uid = ""
        self.name = QLineEdit(self)
        self.name.setObjectName("contactName")
        self.emails = QPlainTextEdit(self)
        self.emails.setObjectName("contactEmails")
        self.emails.setPlaceholderText(self.tr("One address a line"))
        self.emails.setTabChangesFocus(True)
        self.organisation = QLineEdit(self)
        self.groups = QLineEdit(self)
        self.groups.setObjectName("contactGroups")
        self.groups.setPlaceholderText(self.tr("Separated by commas"))
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("contactSave")
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setObjectName("contactDelete")
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Addresses:"), self.emails)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Groups:"), self.groups)
        form.addRow(self.tr("No&tes:"), self.notes)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self._uid))
        self.show_contact(None)

    def show_contact(self, contact: Contact | None) -> None:
        """Edit *contact*, or a new one (None)."""
        contact = contact if contact is not None else Contact()
        self._uid = contact.uid
        self._existing = bool(contact.emails or contact.name)
        self.name.setText(contact.name)
        self.emails.setPlainText("\n".join(contact.emails))
        self.organisation.setText(contact.organisation)
        self.groups.setText(", ".join(contact.groups))
        self.notes.setPlainText(contact.notes)
        self.delete_button.setEnabled(self._existing)

    def invalid_addresses(self) -> list[str]:
        """The lines of the address box that are not one valid address each."""
        lines = [line.strip() for line in self.emails.toPlainText().splitlines()]
        return [line for line in lines if line and clean_address(line) is None]

    def contact(self) -> Contact:
        return Contact(
            name=self.name.text(),
            emails=self.emails.toPlainText().splitlines(),
            organisation=self.organisation.text(),
            notes=self.notes.toPlainText(),
            groups=self.groups.text().split(","),
            uid=self._uid,
        )

    def _on_save_clicked(self) -> None:
        bad = self.invalid_addresses()
        self.emails.setToolTip(
            self.tr("Not an address: {entries}").format(entries=", ".join(bad)) if bad else ""
        )
        self.emails.setStyleSheet("QPlainTextEdit { border: 1px solid #c0392b; }" if bad else "")
        if bad:
            return  # nothing typed is lost: the box keeps it, marked, until corrected
        self.save_requested.emit(self.contact())
