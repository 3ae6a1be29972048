"""Background work for the GUI: run a plain function off the GUI thread, get the outcome on it.

The one way screens run blocking work (SMTP, big files, keyring calls that may prompt)::

    runner = TaskRunner(parent=self)
    task = runner.submit(lambda ctx: check_server(params, report=ctx.report_progress))
    task.progress.connect(self._on_check_progress)    # every ctx.report_progress(value)
    task.succeeded.connect(self._on_check_succeeded)  # the function's return value
    task.failed.connect(self._on_check_failed)        # a TaskFailure
    task.finished.connect(self._on_check_finished)    # always, last
    ...
    task.cancel()                                     # e.g. from a Cancel button

Rules that keep this safe:

* The function gets a :class:`TaskContext` and nothing from Qt: never pass widgets (or
  anything a widget owns) into it. Read what it needs from the widgets first.
* Every signal of :class:`Task` is emitted on the GUI thread, so slots may touch widgets.
* The function's exceptions never escape: they arrive as a :class:`TaskFailure` through
  :attr:`Task.failed` (and are logged if nothing is connected to it).
* :meth:`Task.cancel` sets :attr:`TaskContext.cancelled` and runs the callbacks the function
  registered with :meth:`TaskContext.on_cancel` (e.g. closing a socket). The function
  decides how soon it stops; once cancelled, its outcome is reported through
  :attr:`Task.cancelled` instead of :attr:`Task.succeeded`/:attr:`Task.failed`.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QMetaMethod, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

__all__ = ["Task", "TaskContext", "TaskFailure", "TaskRunner"]

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class TaskFailure:
    """The exception a task's function raised, as data for the GUI thread."""

    exception: BaseException
    traceback: str

    @property
    def message(self) -> str:
        return str(self.exception) or type(self.exception).__name__


class TaskContext:
    """What a task's function may use: progress reports and cancellation. Thread-safe."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._cancel_callbacks: list[Callable[[], None]] = []

    @property
    def cancelled(self) -> bool:
        """Whether the user asked to stop; check it between steps."""
        return self._event.is_set()

    def report_progress(self, value: object) -> None:
        """Deliver *value* to :attr:`Task.progress` on the GUI thread."""
        self._relay.progress.emit(value)

    def on_cancel(self, callback: Callable[[], None]) -> None:
        """Call *callback* (from the GUI thread) when the task is cancelled; at once if it is."""
        with self._lock:
            if not self._event.is_set():
                self._cancel_callbacks.append(callback)
                return
        callback()

    def _cancel(self) -> None:
        with self._lock:
            self._event.set()
            callbacks, self._cancel_callbacks = self._cancel_callbacks, []
        for callback in callbacks:
            callback()


class _Relay(QObject):
    """Carries the worker's news across threads (queued into the task's thread)."""

    progress = Signal(object)
    done = Signal(object, object)  # (result, failure or None)


class Task(QObject, Generic[T]):
    """One run of a function in the background. Signals arrive on the GUI thread."""

    progress = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._relay = _Relay()
        self._relay.progress.connect(self._on_relay_progress, Qt.ConnectionType.QueuedConnection)
        self._relay.done.connect(self._on_relay_done, Qt.ConnectionType.QueuedConnection)
        self.context = TaskContext(self._relay)
        self._running = True
        self._result: T | None = None

    @property
    def running(self) -> bool:
        return self._running

    @property
    def result(self) -> T | None:
        """The function's return value once :attr:`succeeded` was emitted."""
        return self._result

    def cancel(self) -> None:
        """Ask the function to stop (see :class:`TaskContext`); no effect once finished."""
        if self._running:
            self.context._cancel()

    @Slot(object)
    def _on_relay_progress(self, value: object) -> None:
        if self._running and not self.context.cancelled:
            self.progress.emit(value)

    @Slot(object, object)
    def _on_relay_done(self, result: Any, failure: TaskFailure | None) -> None:
        self._running = False
        if self.context.cancelled:
            self.cancelled.emit()
        elif failure is not None:
            if not self.isSignalConnected(QMetaMethod.fromSignal(self.failed)):
                log.error("Task %s failed:\n%s", self.objectName(), failure.traceback)
            self.failed.emit(failure)
        else:
            self._result = result
            self.succeeded.emit(result)
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[TaskContext], Any], context: TaskContext, relay: _Relay):
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._context = context
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work(self._context)
        except Exception as exc:  # delivered to the GUI thread as data, never lost
            failure = TaskFailure(exc, traceback.format_exc())
            self._relay.done.emit(None, failure)
        else:
            self._relay.done.emit(result, None)


class TaskRunner(QObject):
    """Starts tasks on its own thread pool and keeps them alive until they finish.

    Args:
        max_threads: how many functions may run at once.
    """

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._tasks: set[Task[Any]] = set()

    def submit(self, work: Callable[[TaskContext], T], name: str = "") -> Task[T]:
        """Run ``work(context)`` in the background and return its :class:`Task`.

        Connect to the task's signals right after this call: they are emitted from the
        event loop, never before control returns to it.
        """
        task: Task[T] = Task(name or getattr(work, "__name__", "task"), self)
        self._tasks.add(task)
        task.finished.connect(lambda: self._tasks.discard(task))
        self._pool.start(_Runnable(work, task.context, task._relay))
        return task

    def active_tasks(self) -> list[Task[Any]]:
        return [task for task in self._tasks if task.running]

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until every function returned (for shutdown and tests); True if all did."""
        return bool(self._pool.waitForDone(msecs))
