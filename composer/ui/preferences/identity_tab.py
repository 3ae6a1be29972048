"""Preferences ▸ a profile ▸ Identity: who the mail is from, where replies go, the signature."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from composer.ui.widgets.form_fields import form_page, settings_form

__all__ = ["IdentityTab"]

FieldFactory = Callable[[str, QWidget, str], QWidget]


class IdentityTab(QWidget):
    """From name and address, Reply-To and signature; *field* wraps each input for errors."""

    def __init__(self, field: FieldFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.from_name_edit = QLineEdit()
        self.from_name_edit.setPlaceholderText(self.tr("Alice Example"))
        self.from_address_edit = QLineEdit()
        self.from_address_edit.setPlaceholderText("alice@example.com")
        self.reply_to_edit = QLineEdit()
        self.reply_to_edit.setPlaceholderText(self.tr("Replies go to the From address"))
        self.signature_edit = QPlainTextEdit()
        self.signature_edit.setTabChangesFocus(True)
        self.signature_edit.setFixedHeight(self.signature_edit.fontMetrics().height() * 8)
        form = settings_form()
        for label, key, widget, name in (
            (
                self.tr("From na&me:"),
                "identity.from_name",
                self.from_name_edit,
                self.tr("From name"),
            ),
            (
                self.tr("From addr&ess:"),
                "identity.from_address",
                self.from_address_edit,
                self.tr("From address"),
            ),
            (self.tr("&Reply-To:"), "identity.reply_to", self.reply_to_edit, self.tr("Reply-To")),
            (
                self.tr("Si&gnature:"),
                "identity.signature",
                self.signature_edit,
                self.tr("Signature"),
            ),
        ):
            form.addRow(label, field(key, widget, name))
        form_page(self, form)
