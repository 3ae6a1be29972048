"""The copies for the server's Sent folder, from the window: made on a thread once the
send's result is shown (the send never waits for them), and the copies left waiting by an
earlier session made at start-up. The work is :mod:`composer.sending.servercopy`'s."""

from __future__ import annotations

import functools
import logging

from PySide6.QtCore import QObject, Signal

from composer.profiles.model import PasswordSource, Profile
from composer.sending.account import SignIn
from composer.sending.servercopy import CopyReport, make_copies, make_waiting_copies
from composer.ui.tasks import Task, TaskFailure, TaskRunner

__all__ = ["ServerCopies"]

log = logging.getLogger(__name__)


class ServerCopies(QObject):
    """Emits :attr:`finished` with each :class:`CopyReport` (never for nothing to do)."""

    finished = Signal(object)  # CopyReport

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # One at a time: two tasks must not make the same waiting copy at once.
        self._tasks = TaskRunner(self, max_threads=1)

    def after_send(self, profile: Profile, sign_in: SignIn) -> Task[CopyReport | None]:
        """Make the copy just queued, and any waiting for the same account."""
        work = functools.partial(make_copies, profile.copy(), sign_in)
        task: Task[CopyReport | None] = self._tasks.submit(lambda _ctx: work(), "server-copy")
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        return task

    def retry_waiting(
        self, profiles: list[Profile], passwords: PasswordSource
    ) -> Task[list[CopyReport]]:
        """At start-up: the copies an earlier session could not make."""
        copies = [p.copy() for p in profiles]
        task: Task[list[CopyReport]] = self._tasks.submit(
            lambda _ctx: make_waiting_copies(copies, passwords), "server-copies-at-start"
        )
        task.succeeded.connect(self._on_retry_succeeded)
        task.failed.connect(self._on_task_failed)
        return task

    def wait(self, msecs: int = -1) -> bool:
        return self._tasks.wait(msecs)

    def _on_task_succeeded(self, report: CopyReport | None) -> None:
        if report is not None:
            self.finished.emit(report)

    def _on_retry_succeeded(self, reports: list[CopyReport]) -> None:
        for report in reports:
            self.finished.emit(report)

    def _on_task_failed(self, failure: TaskFailure) -> None:
        # make_copies reports the server's failures itself: this is a bug (or the disk).
        log.error("Making the copies for Sent failed: %s\n%s", failure.message, failure.traceback)
