"""A line edit for a list of addresses: completion from history, invalid entries marked."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from composer.compose.addresses import AddressHistory, parse_addresses

_INVALID_STYLE = "QLineEdit { border: 1px solid #c0392b; background: #fdecea; }"


class AddressField(QLineEdit):
    """Addresses separated by commas or semicolons.

    Invalid entries are highlighted when the field loses focus (not while typing) and the
    reasons are in the tooltip and :meth:`errors`.
    """

    validity_changed = Signal(bool)

    def __init__(
        self, history: AddressHistory | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Name <address@example.com>, …"))
        self.setClearButtonEnabled(True)
        self._history = history
        self._valid = True
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setWidget(self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.activated.connect(self._on_completer_activated)
        self.textEdited.connect(self._on_self_text_edited)
        self.editingFinished.connect(self.validate)

    # --- values ------------------------------------------------------------------------
    def addresses(self) -> list[str]:
        """The entries as ``Name <addr>`` strings (invalid ones as typed)."""
        return [p.display for p in parse_addresses(self.text())]

    def set_addresses(self, addresses: list[str]) -> None:
        self.setText(", ".join(addresses))
        self.validate()

    def errors(self) -> list[str]:
        """``“entry”: reason`` for each invalid entry."""
        return [
            self.tr("“{entry}”: {error}").format(entry=p.raw, error=p.error)
            for p in parse_addresses(self.text())
            if p.error
        ]

    def is_valid(self) -> bool:
        return self._valid

    def validate(self) -> bool:
        """Check the entries now and show the result; returns whether all are valid."""
        problems = self.errors()
        valid = not problems
        self.setStyleSheet("" if valid else _INVALID_STYLE)
        self.setToolTip("\n".join(problems))
        self.setProperty("invalid", not valid)
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
        return valid

    # --- completion ----------------------------------------------------------------------
    def _current_segment(self) -> tuple[int, str]:
        text = self.text()[: self.cursorPosition()]
        start = max(text.rfind(","), text.rfind(";")) + 1
        return start, text[start:].strip()

    def _on_self_text_edited(self, _text: str) -> None:
        if not self._valid:  # clear the red marking as soon as the user corrects it
            self.validate()
        if self._history is None:
            return
        _start, segment = self._current_segment()
        matches = self._history.complete(segment) if len(segment) >= 1 else []
        self._model.setStringList(matches)
        if matches:
            self._completer.complete()
        elif (popup := self._completer.popup()) is not None:
            popup.hide()

    def _on_completer_activated(self, choice: str) -> None:
        start, _segment = self._current_segment()
        head = self.text()[:start]
        tail = self.text()[self.cursorPosition() :]
        prefix = f"{head.rstrip()} " if head.strip() else ""
        new = f"{prefix}{choice}, "
        self.setText(new + tail.lstrip(" ,;"))
        self.setCursorPosition(len(new))
