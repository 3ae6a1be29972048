"""Background reads a window starts but may not live to see end (its templates, signatures).

Such work runs on one runner the application owns: when the window closes first, the result
arrives at no one (its slots went with it) instead of at a deleted object.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from composer.ui.tasks import Task, TaskRunner

__all__ = ["finish_before_quit", "run_for_session"]

T = TypeVar("T")
_QUIT_WAIT_MS = 10_000


def run_for_session(work: Callable[[], T], name: str) -> Task[T]:
    """Run *work* (plain data only) off the GUI thread on the application's runner."""
    app = QCoreApplication.instance()
    runner = app.findChild(TaskRunner, "sessionTasks") if app is not None else None
    if runner is None:
        runner = TaskRunner(app, max_threads=2)
        runner.setObjectName("sessionTasks")
        finish_before_quit(runner)
    return runner.submit(lambda _ctx: work(), name)


def finish_before_quit(runner: TaskRunner) -> None:
    """Let *runner*'s work end before the application goes (a quick quit, right after the
    start, would otherwise delete what its results are sent to while a thread still runs)."""
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(lambda: runner.wait(_QUIT_WAIT_MS))
