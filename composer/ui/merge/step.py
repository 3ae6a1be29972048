"""What each step of the merge window starts from: its page and the window's task runner."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from composer.ui.tasks import TaskRunner

__all__ = ["MergeStep"]

P = TypeVar("P", bound=QWidget)


class MergeStep(QObject, Generic[P]):
    """Drives one page of the merge window; reads the disk only through :attr:`runner`."""

    def __init__(self, page: P, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.page = page
        self.runner = runner
