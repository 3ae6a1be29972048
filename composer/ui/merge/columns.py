"""Column choosers of the merge window beyond the attachments column: the column of each
row's PDF password (Data page) and the column of each recipient's consent date (Check page,
for advertising).

A password column's cells are secrets: the window shows them as dots wherever it lists the
data (:meth:`composer.ui.merge.models.CsvPreviewModel.set_hidden_columns`), so choosing the
column is the one moment the user sees its name, never its values.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

__all__ = [
    "consent_combo",
    "fill_column_combo",
    "pdf_none_label",
    "pdf_password_combo",
    "selected_column",
]


def fill_column_combo(
    combo: QComboBox, columns: Sequence[str], chosen: str | None, none_label: str | None
) -> None:
    """Offer *columns* in *combo* after *none_label*, *chosen* selected when it is one of
    them (else none), without telling anyone: the caller decides what a change means.

    Without *none_label* there is no "none" item: until a column is chosen the combo
    shows its placeholder text (a choice that must be made, not one that can be declined).
    """
    combo.blockSignals(True)
    combo.clear()
    if none_label is not None:
        combo.addItem(none_label, "")
    for column in columns:
        combo.addItem(column, column)
    found = combo.findData(chosen or "")
    combo.setCurrentIndex(found if found >= 0 else (0 if none_label is not None else -1))
    combo.blockSignals(False)


def selected_column(combo: QComboBox) -> str | None:
    """The column chosen in *combo*; None for none (or while it is empty)."""
    data = combo.currentData() if combo.count() else None
    return str(data) if data else None


def pdf_password_combo() -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("pdfPasswordColumn")
    combo.setToolTip(
        QCoreApplication.translate(
            "DataPage",
            "Each row's PDF attachments are encrypted (AES-256) so that they open only with "
            "the password in this column, such as a birth date. The password is never shown, "
            "logged or recorded.",
        )
    )
    fill_column_combo(combo, (), None, pdf_none_label())
    return combo


def pdf_none_label() -> str:
    return QCoreApplication.translate("DataPage", "(none: PDFs go as they are)")


def consent_combo() -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("consentColumn")
    combo.setToolTip(
        QCoreApplication.translate(
            "CheckPage",
            "The column of each recipient's consent date (수신동의일): only recipients who "
            "consented within the last two years are mailed.",
        )
    )
    combo.setPlaceholderText(QCoreApplication.translate("CheckPage", "(choose the column)"))
    combo.setMinimumContentsLength(12)
    return combo
