"""A window that walks through steps: where the user is (the trail), Back, Next, Close."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

__all__ = ["StepBar", "StepTrail"]


class StepTrail(QLabel):
    """ "1. Data › 2. Check › …" with the current step in bold."""

    def __init__(self, names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = list(names)
        self.set_current(0)

    def set_current(self, index: int) -> None:
        steps = []
        for number, name in enumerate(self._names, start=1):
            text = html.escape(f"{number}. {name}")
            steps.append(f"<b>{text}</b>" if number - 1 == index else text)
        self.setText("  ›  ".join(steps))


class StepBar(QWidget):
    """Back, Next and Close at the bottom of a window of steps; the window decides what
    they do. Add it to the window's layout after the pages, so Tab reaches it after them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        for button in (self.back_button, self.next_button, self.close_button):
            layout.addWidget(button)

    def set_state(self, *, can_back: bool, can_next: bool) -> None:
        self.back_button.setEnabled(can_back)
        self.next_button.setEnabled(can_next)
