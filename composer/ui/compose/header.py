"""The header fields of the compose window: From, To, Cc, Bcc, Reply-To, Subject."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from composer.compose.addresses import AddressHistory, parse_addresses
from composer.ui.contacts.book import ContactBook
from composer.ui.widgets.address_field import AddressField

_OPTIONAL = ("cc", "bcc", "reply_to")
_LABELS = {
    "to": str(QT_TRANSLATE_NOOP("ComposeHeader", "To")),
    "cc": str(QT_TRANSLATE_NOOP("ComposeHeader", "Cc")),
    "bcc": str(QT_TRANSLATE_NOOP("ComposeHeader", "Bcc")),
    "reply_to": str(QT_TRANSLATE_NOOP("ComposeHeader", "Reply-To")),
}


class ComposeHeader(QWidget):
    """The fields above the body. Emits :attr:`changed` on every edit."""

    changed = Signal()

    def __init__(
        self, history: AddressHistory, switcher: QWidget, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("composeHeader")
        self.from_field = QLineEdit(self)
        self.from_field.setObjectName("fromField")
        self.from_field.setPlaceholderText(self.tr("Your Name <you@example.com>"))
        self.fields: dict[str, AddressField] = {}
        for key in ("to", *_OPTIONAL):
            field = AddressField(history, self)
            field.setObjectName(f"{key}Field")
            self.fields[key] = field
        self.subject = QLineEdit(self)
        self.subject.setObjectName("subjectField")
        self.subject.setPlaceholderText(self.tr("Subject"))
        self.toggles: dict[str, QToolButton] = {}
        for key in _OPTIONAL:
            button = QToolButton(self)
            button.setObjectName(f"show_{key}")
            button.setText(self.label(key))
            button.setCheckable(True)
            button.setToolTip(
                self.tr("Show or hide the {field} field").format(field=self.label(key))
            )
            self.toggles[key] = button
        self.preview_note = QLabel(self)
        self.preview_note.setObjectName("previewNote")
        self.preview_note.setWordWrap(True)
        self.preview_note.setStyleSheet(
            "QLabel { background: #fff8e1; color: #6d4c00; padding: 3px 6px; border-radius: 3px; }"
        )
        self.preview_note.hide()

        self.form = QFormLayout(self)
        self.form.setContentsMargins(8, 8, 8, 4)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        from_row = QHBoxLayout()
        from_row.addWidget(self.from_field, 3)
        from_row.addWidget(QLabel(self.tr("via"), self))
        from_row.addWidget(switcher, 2)
        self.form.addRow(self.tr("From"), from_row)
        self.form.addRow("", self.preview_note)
        to_row = QHBoxLayout()
        to_row.addWidget(self.fields["to"], 1)
        for button in self.toggles.values():
            to_row.addWidget(button)
        self.form.addRow(self.label("to"), to_row)
        for key in _OPTIONAL:
            self.form.addRow(self.label(key), self.fields[key])
        self.form.addRow(self.tr("Subject"), self.subject)
        self._connect_signals()
        for key in _OPTIONAL:
            self.set_field_visible(key, False)

    def use_address_book(self, book: ContactBook) -> None:
        """Complete the address fields from *book*; a group chosen for Bcc goes there."""
        for field in self.fields.values():
            field.set_completion(book.complete)
            field.bcc_requested.connect(self._on_field_bcc_requested)

    def _on_field_bcc_requested(self, addresses: list[str]) -> None:
        self.fields["bcc"].add_addresses(addresses)
        self.set_field_visible("bcc", True)
        self.changed.emit()

    def label(self, key: str) -> str:
        """The translated label of the address field *key* ("to", "cc", ...)."""
        return self.tr(_LABELS[key])

    def _connect_signals(self) -> None:
        self.from_field.textEdited.connect(self.changed)
        self.subject.textEdited.connect(self.changed)
        for field in self.fields.values():
            field.textChanged.connect(self.changed)
        for key, button in self.toggles.items():
            button.toggled.connect(lambda on, k=key: self.set_field_visible(k, on))

    def set_field_visible(self, key: str, visible: bool) -> None:
        self.form.setRowVisible(self.fields[key], visible)
        button = self.toggles[key]
        if button.isChecked() != visible:
            button.blockSignals(True)
            button.setChecked(visible)
            button.blockSignals(False)
        if visible:
            self.fields[key].setFocus()

    def is_field_visible(self, key: str) -> bool:
        return self.toggles[key].isChecked()

    def addresses(self, key: str) -> list[str]:
        return self.fields[key].addresses()

    def set_addresses(self, key: str, values: list[str]) -> None:
        self.fields[key].set_addresses(values)
        if key in _OPTIONAL:
            self.set_field_visible(key, bool(values) or self.is_field_visible(key))

    def from_address(self) -> str:
        parsed = parse_addresses(self.from_field.text())
        return parsed[0].display if len(parsed) == 1 else self.from_field.text().strip()

    def problems(self) -> list[str]:
        """Every invalid entry, with the field it is in (all fields checked and marked)."""
        found: list[str] = []
        sender = parse_addresses(self.from_field.text())
        if len(sender) > 1:
            found.append(self.tr("From: give one address only"))
        found += [
            self.tr("From: {entry} — {error}").format(entry=p.raw, error=p.error)
            for p in sender
            if p.error
        ]
        for key, field in self.fields.items():
            field.validate()
            found += [
                self.tr("{field}: {problem}").format(field=self.label(key), problem=problem)
                for problem in field.errors()
            ]
            if field.errors() and key in _OPTIONAL:
                self.set_field_visible(key, True)
        return found
