"""The bar of a window that walks through steps: where the user is, Back, Next, Close."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

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
    """The step trail above, Back, Next and Close below; the window decides what they do."""

    def __init__(self, names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trail = StepTrail(names, self)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.close_button):
            self.buttons.addWidget(button)
        # The trail sits at the top of the window, the buttons at the bottom: the window
        # puts its pages between them with insert_pages().
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.trail)
        self._layout.addLayout(self.buttons)

    def insert_pages(self, pages: QWidget) -> None:
        """Put *pages* (the window's page stack) between the trail and the buttons."""
        self._layout.insertWidget(1, pages, 1)

    def set_state(self, index: int, *, can_back: bool, can_next: bool) -> None:
        self.trail.set_current(index)
        self.back_button.setEnabled(can_back)
        self.next_button.setEnabled(can_next)
