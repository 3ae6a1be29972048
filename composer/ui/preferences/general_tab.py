"""Preferences ▸ General: the interface language (used from the next start)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QWidget

__all__ = ["GeneralTab"]


class GeneralTab(QWidget):
    """The language chooser; :attr:`changed` when the choice differs from what was saved.

    Signals:
        changed(): the user chose a language.
    """

    changed = Signal()

    def __init__(self, saved_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved_language = saved_language
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        for code, label in (
            ("system", self.tr("System default")),
            ("en", "English"),
            ("ko", "한국어"),
        ):
            self.language_combo.addItem(label, code)
        self.language_note = QLabel(
            self.tr("A new language is used the next time Composer starts."), self
        )
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)
        form = QFormLayout(self)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_combo)
        language_row.addStretch(1)
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language_combo)
        form.addRow(language_label, language_row)
        form.addRow("", self.language_note)
        self.language_combo.currentIndexChanged.connect(self._on_language_combo_changed)
        self.show_saved()

    def show_saved(self) -> None:
        """Show the saved language as chosen."""
        self.language_combo.blockSignals(True)
        index = self.language_combo.findData(self.saved_language)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.language_combo.blockSignals(False)
        self._mark_change()

    def language_to_save(self) -> str | None:
        """The language chosen, or None when it is the one saved."""
        chosen = self.language_combo.currentData()
        return chosen if isinstance(chosen, str) and chosen != self.saved_language else None

    def _mark_change(self) -> None:
        font = self.language_note.font()
        font.setBold(self.language_to_save() is not None)
        self.language_note.setFont(font)

    def _on_language_combo_changed(self, _index: int) -> None:
        self._mark_change()
        self.changed.emit()
