"""A line edit for a list of addresses: completion, invalid entries marked.

Completion comes from the address history, or, once :meth:`AddressField.set_completion`
gave it one, from the address book (contacts, groups and history): choosing a group puts
its members in the field, or asks for them in Bcc (:attr:`AddressField.bcc_requested`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from composer.compose.addresses import AddressHistory, parse_addresses
from composer.compose.contacts.completion import Suggestion

_INVALID_STYLE = "QLineEdit { border: 1px solid #c0392b; background: #fdecea; }"


class AddressField(QLineEdit):
    """Addresses separated by commas or semicolons.

    Invalid entries are highlighted when the field loses focus (not while typing) and the
    reasons are in the tooltip and :meth:`errors`.
    """

    validity_changed = Signal(bool)
    bcc_requested = Signal(list)  # list[str]: a group's members, for the Bcc field

    def __init__(
        self, history: AddressHistory | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Name <address@example.com>, …"))
        self.setClearButtonEnabled(True)
        self._history = history
        self._source: Callable[[str], list[Suggestion]] | None = None
        self._offered: dict[str, Suggestion] = {}
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

    def add_addresses(self, addresses: list[str]) -> None:
        """Append *addresses* to those already here (none twice)."""
        present = {p.addr.lower() for p in parse_addresses(self.text()) if not p.error}
        new = [
            a
            for a in addresses
            if all(p.addr.lower() not in present for p in parse_addresses(a) if not p.error)
        ]
        self.set_addresses([*self.addresses(), *new])

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
    def set_completion(self, source: Callable[[str], list[Suggestion]]) -> None:
        """Complete from *source* (the address book) instead of the history alone."""
        self._source = source

    def offered(self) -> list[str]:
        """The entries the completion list shows now."""
        return self._model.stringList()

    def _current_segment(self) -> tuple[int, str]:
        text = self.text()[: self.cursorPosition()]
        start = max(text.rfind(","), text.rfind(";")) + 1
        return start, text[start:].strip()

    def _on_self_text_edited(self, _text: str) -> None:
        if not self._valid:  # clear the red marking as soon as the user corrects it
            self.validate()
        _start, segment = self._current_segment()
        if self._source is not None:
            suggestions = self._source(segment) if segment else []
            self._offered = {s.label: s for s in suggestions}
            matches = list(self._offered)
        elif self._history is not None:
            matches = self._history.complete(segment) if segment else []
        else:
            return
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
        suggestion = self._offered.get(choice)
        if suggestion is not None and suggestion.bcc:
            # The group goes to Bcc: what was typed here is taken back.
            kept = [p for p in (head.strip().rstrip(",;").strip(), tail.strip(" ,;")) if p]
            self.setText(", ".join(kept) + (", " if kept else ""))
            self.bcc_requested.emit(list(suggestion.addresses))
            return
        if suggestion is not None:
            choice = ", ".join(suggestion.addresses)
        new = f"{prefix}{choice}, "
        self.setText(new + tail.lstrip(" ,;"))
        self.setCursorPosition(len(new))
