"""Preferences ▸ General: the interface language (used from the next start) and how long a
sent message waits for Undo."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSystemTrayIcon,
    QTimeEdit,
    QWidget,
)

from composer.storage import appsettings
from composer.storage.appsettings import UNDO_DELAYS

__all__ = ["GeneralTab", "save_resume_at", "save_undo_delay"]


def save_undo_delay(seconds: int | None) -> None:
    """Keep a new Undo delay in settings.toml (None: unchanged). Off the GUI thread.

    Raises:
        OSError: the settings could not be written.
    """
    if seconds is not None:
        appsettings.save(replace(appsettings.load(), undo_delay=seconds))


def save_resume_at(hour: str | None, keep_running: bool | None = None) -> None:
    """Keep a new resume time for merges (``HH:MM``) and the background switch (None:
    unchanged). Off the GUI thread.

    Raises:
        OSError: the settings could not be written.
    """
    if hour is not None:
        appsettings.save(replace(appsettings.load(), merge_resume_at=hour))
    if keep_running is not None:
        appsettings.save(replace(appsettings.load(), keep_running=keep_running))


class GeneralTab(QWidget):
    """The language chooser; :attr:`changed` when the choice differs from what was saved.

    Signals:
        changed(): the user chose a language.
    """

    changed = Signal()

    def __init__(
        self,
        saved_language: str,
        parent: QWidget | None = None,
        saved_undo_delay: int = 10,
        saved_resume_at: str = "09:00",
        saved_keep_running: bool = False,
    ) -> None:
        super().__init__(parent)
        self.saved_language = saved_language
        self.saved_undo_delay = saved_undo_delay
        self.saved_resume_at = saved_resume_at
        self.saved_keep_running = saved_keep_running
        self.resume_edit = QTimeEdit(self)
        self.resume_edit.setObjectName("mergeResumeAt")
        self.resume_edit.setDisplayFormat("HH:mm")
        self.undo_combo = QComboBox(self)
        self.undo_combo.setObjectName("undoDelayCombo")
        for seconds in UNDO_DELAYS:
            label = self.tr("%n second(s)", "", seconds) if seconds else self.tr("Off")
            self.undo_combo.addItem(label, seconds)
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
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.undo_combo)
        undo_row.addStretch(1)
        undo_label = QLabel(self.tr("&Undo send for:"), self)
        undo_label.setBuddy(self.undo_combo)
        form.addRow(undo_label, undo_row)
        self.undo_note = QLabel(
            self.tr("A sent message waits this long in the Outbox, with Undo in the window."),
            self,
        )
        self.undo_note.setWordWrap(True)
        form.addRow("", self.undo_note)
        resume_row = QHBoxLayout()
        resume_row.addWidget(self.resume_edit)
        resume_row.addStretch(1)
        resume_label = QLabel(self.tr("&Merges resume at:"), self)
        resume_label.setBuddy(self.resume_edit)
        form.addRow(resume_label, resume_row)
        resume_note = QLabel(
            self.tr(
                "A mail merge stopped by a daily sending limit starts again by itself at this "
                "time the next day."
            ),
            self,
        )
        resume_note.setWordWrap(True)
        form.addRow("", resume_note)
        self.keep_running = QCheckBox(
            self.tr("&Keep sending in the background when the window is closed"), self
        )
        self.keep_running.setObjectName("keepRunning")
        form.addRow("", self.keep_running)
        self.keep_running_note = QLabel(self._keep_running_note(), self)
        self.keep_running_note.setWordWrap(True)
        form.addRow("", self.keep_running_note)
        self.keep_running.toggled.connect(lambda _on: self._on_language_combo_changed(0))
        self.resume_edit.timeChanged.connect(lambda _t: self._on_language_combo_changed(0))
        self.language_combo.currentIndexChanged.connect(self._on_language_combo_changed)
        self.undo_combo.currentIndexChanged.connect(self._on_language_combo_changed)
        self.show_saved()

    def show_saved(self) -> None:
        """Show the saved language as chosen."""
        self.language_combo.blockSignals(True)
        index = self.language_combo.findData(self.saved_language)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.language_combo.blockSignals(False)
        self.undo_combo.blockSignals(True)
        self.undo_combo.setCurrentIndex(max(self.undo_combo.findData(self.saved_undo_delay), 0))
        self.undo_combo.blockSignals(False)
        self.resume_edit.blockSignals(True)
        self.resume_edit.setTime(QTime.fromString(self.saved_resume_at, "HH:mm"))
        self.resume_edit.blockSignals(False)
        self.keep_running.blockSignals(True)
        self.keep_running.setChecked(self.saved_keep_running and self.keep_running.isEnabled())
        self.keep_running.blockSignals(False)
        self._mark_change()

    def language_to_save(self) -> str | None:
        """The language chosen, or None when it is the one saved."""
        chosen = self.language_combo.currentData()
        return chosen if isinstance(chosen, str) and chosen != self.saved_language else None

    def undo_delay_to_save(self) -> int | None:
        """The Undo delay chosen, or None when it is the one saved."""
        chosen = self.undo_combo.currentData()
        return chosen if isinstance(chosen, int) and chosen != self.saved_undo_delay else None

    def _keep_running_note(self) -> str:
        if QSystemTrayIcon.isSystemTrayAvailable():
            return self.tr(
                "Composer stays in the system tray and sends what falls due; it starts this way "
                "from the next start. Quit it from the tray icon."
            )
        self.keep_running.setEnabled(False)
        return self.tr(
            "This desktop has no system tray, so Composer cannot stay in the background. While "
            "it is closed, `composer outbox run` (composer outbox install-timer) sends what is "
            "due."
        )

    def keep_running_to_save(self) -> bool | None:
        """The background switch as chosen, or None when it is as saved."""
        chosen = self.keep_running.isChecked()
        return chosen if chosen != self.saved_keep_running else None

    def resume_at_to_save(self) -> str | None:
        """The resume time chosen (``HH:MM``), or None when it is the one saved."""
        chosen = self.resume_edit.time().toString("HH:mm")
        return chosen if chosen != self.saved_resume_at else None

    def _mark_change(self) -> None:
        font = self.language_note.font()
        font.setBold(self.language_to_save() is not None)
        self.language_note.setFont(font)

    def _on_language_combo_changed(self, _index: int) -> None:
        self._mark_change()
        self.changed.emit()
