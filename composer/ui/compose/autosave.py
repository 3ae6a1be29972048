"""Keeping the message being written: autosave a few seconds after a change, and on close.

The autosave is due :data:`AUTOSAVE_DELAY_MS` after the first change not yet saved, and
later changes do not push it back: someone who types without a pause for a minute still has
a draft on disk every few seconds (a timer restarted on every key press would never fire).

:class:`DraftKeeper` owns one window's draft: the autosave timer, saving in the helper
process (so a big attachment never stalls the window), a synchronous save for File ▸ Save
draft and for closing, and what happens to the draft after sending.
"""

from __future__ import annotations

import functools
import logging
import os
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from composer.compose.drafts import draft_eml, save_for
from composer.compose.message import ComposedMessage
from composer.storage.drafts import DraftStore
from composer.ui.errors import UserMessage
from composer.ui.tasks import ProcessTaskRunner, Task, TaskFailure

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 2000


class DraftKeeper(QObject):
    """Saves the message returned by *snapshot* as draft :attr:`draft_id` of *store*."""

    saved = Signal(str)  # the draft file's path
    problem = Signal(object)  # UserMessage

    def __init__(
        self,
        store: DraftStore,
        snapshot: Callable[[], ComposedMessage],
        draft_id: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.draft_id = draft_id or store.new_id()
        self._snapshot = snapshot
        #: Seconds, monotonic; tests drive the autosave with their own clock.
        self.clock: Callable[[], float] = time.monotonic
        self._due: float | None = None  # when the pending autosave is due
        self._dirty = False
        self._saver = ProcessTaskRunner(self, keep_worker=True)
        self._saving: Task[str] | None = None
        self._save_again = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_DELAY_MS)
        self.timer.timeout.connect(self._on_timer_timeout)

    def changed(self) -> None:
        """The message changed: save it at most a few seconds after the first unsaved change."""
        self._dirty = True
        now = self.clock()
        if self._due is None:
            self._due = now + self.timer.interval() / 1000
            self.timer.start()
        elif now >= self._due:  # overdue (the event loop was busy): save now
            self._on_timer_timeout()

    def mark_clean(self) -> None:
        """The message was just loaded: nothing to save yet."""
        self._dirty = False
        self._stop_timer()

    def _stop_timer(self) -> None:
        self.timer.stop()
        self._due = None

    def _on_timer_timeout(self) -> None:
        self._stop_timer()
        self.save()

    def save(self) -> None:
        """Save in the helper process (one save at a time; changes meanwhile save after)."""
        if self._saving is not None:
            self._save_again = True
            return
        if not self._dirty:
            return
        msg = self._snapshot()
        self._dirty = False
        work = functools.partial(save_for, self.store.folder, self.draft_id, msg, os.getpid())
        self._saving = self._saver.submit(work, "save-draft")
        self._saving.succeeded.connect(self._on_saving_succeeded)
        self._saving.failed.connect(self._on_saving_failed)

    def save_now(self) -> bool:
        """Save at once, in this thread (File ▸ Save draft, closing); returns success."""
        self._stop_timer()
        if self._saving is not None:
            self._saving.wait()
        msg = self._snapshot()
        try:
            if msg.is_empty():
                self.store.delete(self.draft_id)
                return True
            self.store.mark_open(self.draft_id)
            path = self.store.save(self.draft_id, draft_eml(msg))
        except OSError as exc:
            self.problem.emit(_problem(exc))
            return False
        self._dirty = False
        self.saved.emit(str(path))
        return True

    def close(self) -> None:
        """The window closes: save what is unsaved; the draft stays, but is no crash survivor."""
        self._stop_timer()
        if self._dirty or self._saving is not None:
            self.save_now()
        self.store.mark_closed(self.draft_id)
        self._saver.shutdown()

    def discard(self) -> None:
        """The message went out, or the user threw it away: drop its draft, start anew."""
        self._stop_timer()
        if self._saving is not None:
            self._saving.wait()
        self.store.delete(self.draft_id)
        self.draft_id = self.store.new_id()
        self._dirty = False

    def adopt(self, draft_id: str) -> None:
        """Continue an existing draft instead of the current (empty) one."""
        if draft_id != self.draft_id:
            self.store.delete(self.draft_id)
            self.draft_id = draft_id

    def _on_saving_succeeded(self, path: str) -> None:
        self._saving = None
        if path:
            self.saved.emit(path)
        if self._save_again:
            self._save_again = False
            self.save()

    def _on_saving_failed(self, failure: TaskFailure) -> None:
        exc = failure.exception
        self._saving = None
        self._dirty = True
        if isinstance(exc, OSError):
            self.problem.emit(_problem(exc))
        else:
            self.problem.emit(
                UserMessage(
                    self.tr("The draft could not be saved ({error}).").format(
                        error=f"{type(exc).__name__}: {exc}"
                    ),
                    self.tr("Copy the details and report them; keep this window open."),
                    repr(exc),
                )
            )


def _problem(exc: OSError) -> UserMessage:
    return UserMessage(
        QCoreApplication.translate("DraftKeeper", "The draft could not be saved ({error}).").format(
            error=exc.strerror or exc
        ),
        QCoreApplication.translate(
            "DraftKeeper",
            "Free some disk space or check the data folder's permissions; keep this window open.",
        ),
        repr(exc),
    )
