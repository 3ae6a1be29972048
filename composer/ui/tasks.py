"""Background work for the GUI: run a plain function off the GUI thread, get the outcome on it.

The one way screens run blocking work (SMTP, big files, keyring calls that may prompt), in a
thread (:class:`TaskRunner`) or, where the work holds the GIL for seconds or must be
stoppable by killing it, in a child process (:class:`ProcessTaskRunner`), with the same
:class:`Task` and the same signals::

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
* :meth:`Task.cancel` cancels the task's :class:`~composer.errors.CancelToken`
  (:attr:`TaskContext.token`, with its contract: callbacks registered with
  :meth:`TaskContext.on_cancel` run, watched sockets are shut down, and once the function
  called ``token.commit()`` cancelling is refused). A thread's function decides how soon it
  stops; a child process is killed. Once cancelled, the outcome is reported through
  :attr:`Task.cancelled` instead of :attr:`Task.succeeded`/:attr:`Task.failed`.
* A function for :class:`ProcessTaskRunner` is a top-level function (or a
  :func:`functools.partial` of one) taking a :class:`~composer.errors.WorkContext`, and its
  arguments and result are picklable; the child imports no Qt
  (:mod:`composer.ui.taskchild`).
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QMetaMethod, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from composer.errors import Cancelled, CancelToken, ComposerError, WorkContext
from composer.i18n import translate
from composer.ui.taskchild import child_main

__all__ = [
    "ProcessTaskRunner",
    "Task",
    "TaskContext",
    "TaskFailure",
    "TaskRunner",
    "WorkerDied",
]

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
    """What a task's function may use: progress reports and its cancel token. Thread-safe.

    A :class:`~composer.errors.WorkContext`.
    """

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._token = CancelToken()

    @property
    def token(self) -> CancelToken:
        return self._token

    @property
    def cancelled(self) -> bool:
        """Whether the user asked to stop; check it between steps."""
        return self._token.cancelled

    def report_progress(self, value: object) -> None:
        """Deliver *value* to :attr:`Task.progress` on the GUI thread."""
        self._relay.progress.emit(value)

    def on_cancel(self, callback: Callable[[], None]) -> None:
        """Call *callback* (from the GUI thread) when the task is cancelled; at once if it is."""
        self._token.on_cancel(callback)


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
        self._returned = threading.Event()

    @property
    def running(self) -> bool:
        return self._running

    @property
    def result(self) -> T | None:
        """The function's return value once :attr:`succeeded` was emitted."""
        return self._result

    def cancel(self) -> bool:
        """Ask the function to stop (see :class:`TaskContext`); no effect once finished.

        Returns False when it is too late: the task finished, or passed its point of no
        return (``token.commit()``).
        """
        if self._running:
            return self.context.token.cancel()
        return False

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the function returned (for closing and tests); True if it did.

        The signals still arrive afterwards, from the event loop.
        """
        return self._returned.wait(timeout)

    def _deliver(self, result: object, failure: TaskFailure | None) -> None:
        """From the worker: the function returned; hand the outcome to the GUI thread."""
        self._returned.set()
        self._relay.done.emit(result, failure)

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
    def __init__(self, work: Callable[[TaskContext], Any], task: Task[Any]):
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._task = task

    def run(self) -> None:
        try:
            result = self._work(self._task.context)
        except Exception as exc:  # delivered to the GUI thread as data, never lost
            self._task._deliver(None, TaskFailure(exc, traceback.format_exc()))
        else:
            self._task._deliver(result, None)


class _Tasks(QObject):
    """What both runners do with their tasks: keep them alive until they finish."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: set[Task[Any]] = set()

    def _new_task(self, work: Callable[..., Any], name: str) -> Task[Any]:
        task: Task[Any] = Task(name or getattr(work, "__name__", "task"), self)
        self._tasks.add(task)
        task.finished.connect(lambda: self._tasks.discard(task))
        return task

    def active_tasks(self) -> list[Task[Any]]:
        return [task for task in self._tasks if task.running]

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()


class TaskRunner(_Tasks):
    """Starts tasks on its own thread pool and keeps them alive until they finish.

    Args:
        max_threads: how many functions may run at once.
    """

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)

    def submit(self, work: Callable[[TaskContext], T], name: str = "") -> Task[T]:
        """Run ``work(context)`` in the background and return its :class:`Task`.

        Connect to the task's signals right after this call: they are emitted from the
        event loop, never before control returns to it.
        """
        task: Task[T] = self._new_task(work, name)
        self._pool.start(_Runnable(work, task))
        return task

    def wait(self, msecs: int = -1) -> bool:
        """Block until every function returned (for shutdown and tests); True if all did."""
        return bool(self._pool.waitForDone(msecs))


# -- in a child process ---------------------------------------------------------------------

_SPAWN = multiprocessing.get_context("spawn")


class WorkerDied(ComposerError):
    """A task's child process ended without a result (killed, crashed, out of memory).

    Attributes:
        exit_code: the child's exit status.
        committed: whether the work had passed its point of no return when it died.
    """

    def __init__(self, exit_code: int | None, committed: bool) -> None:
        super().__init__(
            translate(
                "Tasks", "The background process stopped unexpectedly (exit code {code})."
            ).format(code=exit_code),
            translate(
                "Tasks", "Try again; if it keeps happening, copy the details and report them."
            ),
            f"exit code {exit_code}, committed={committed}",
        )
        self.exit_code = exit_code
        self.committed = committed


class _Worker:
    """One child process and the parent's end of its pipe."""

    def __init__(
        self,
        initializer: Callable[..., None] | None,
        initargs: tuple[Any, ...],
        keep: bool,
        name: str,
    ) -> None:
        self.conn, child = _SPAWN.Pipe()
        self.process = _SPAWN.Process(
            target=child_main,
            args=(child, initializer, initargs, keep),
            name=name,
            daemon=True,
        )
        self.process.start()
        child.close()

    def kill(self) -> None:
        with contextlib.suppress(Exception):
            self.process.kill()

    def close(self) -> None:
        """Close the pipe: the child's read ends, and it exits."""
        with contextlib.suppress(OSError):
            self.conn.close()


class ProcessTaskRunner(_Tasks):
    """Like :class:`TaskRunner`, but each function runs in a child process.

    Cancelling a task kills its child, unless the function passed its point of no return
    (``token.commit()``, agreed with this process first). A child that dies without a result
    makes the task fail with :class:`WorkerDied`.

    Args:
        keep_worker: keep one child between tasks (for frequent, short work such as saving
            drafts), instead of a new child per task. It exits when this runner is shut
            down, or this process ends.
        initializer: called in each new child before its first function (picklable).
        initargs: its arguments.
    """

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        keep_worker: bool = False,
        initializer: Callable[..., None] | None = None,
        initargs: tuple[Any, ...] = (),
    ) -> None:
        super().__init__(parent)
        self._keep = keep_worker
        self._initializer = initializer
        self._initargs = initargs
        self._lock = threading.Lock()
        self._idle: _Worker | None = None
        self._threads: set[threading.Thread] = set()

    def submit(self, work: Callable[[WorkContext], T], name: str = "") -> Task[T]:
        """Run ``work(context)`` in a child process and return its :class:`Task`.

        Starting the child, handing it the work and reading its news happen on a thread of
        this runner, never on the GUI thread.
        """
        task: Task[T] = self._new_task(work, name)
        thread = threading.Thread(
            target=self._run, args=(task, work), name=f"composer-{task.objectName()}", daemon=True
        )
        with self._lock:
            self._threads.add(thread)
        thread.start()
        return task

    def wait(self, msecs: int = -1) -> bool:
        """Block until every task's child answered or died; True if all did in time."""
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(None if msecs < 0 else msecs / 1000)
        return not any(thread.is_alive() for thread in threads)

    def shutdown(self) -> None:
        """Let the kept child go (it exits once it has no work)."""
        with self._lock:
            idle, self._idle = self._idle, None
        if idle is not None:
            idle.close()

    def _take(self, name: str) -> _Worker:
        with self._lock:
            idle, self._idle = self._idle, None
        if idle is not None and idle.process.is_alive():
            return idle
        if idle is not None:
            idle.close()
        name = "composer-worker" if self._keep else f"composer-{name}"
        return _Worker(self._initializer, self._initargs, self._keep, name)

    def _give_back(self, worker: _Worker) -> None:
        if self._keep:
            with self._lock:
                if self._idle is None:
                    self._idle = worker
                    return
        worker.close()
        worker.process.join(5)  # it ran its one function and is leaving: no zombie

    def _run(self, task: Task[Any], work: Callable[[WorkContext], Any]) -> None:
        token = task.context.token
        owner = threading.Lock()  # held while the child works for this task
        try:
            result, failure = None, None
            if token.cancelled:
                raise Cancelled
            worker = self._take(task.objectName())
            working = [True]

            def kill() -> None:
                with owner:
                    if working[0]:
                        worker.kill()

            token.on_cancel(kill)
            try:
                worker.conn.send(work)
                result, failure = self._read(worker, task)
            finally:
                with owner:
                    working[0] = False
            if failure is None or not isinstance(failure.exception, WorkerDied):
                self._give_back(worker)
            else:
                worker.close()
        except Exception as exc:  # no child, or the work could not be handed over
            result, failure = None, TaskFailure(exc, traceback.format_exc())
        finally:
            with self._lock:
                self._threads.discard(threading.current_thread())
        task._deliver(result, failure)

    def _read(self, worker: _Worker, task: Task[Any]) -> tuple[Any, TaskFailure | None]:
        token = task.context.token
        conn: Connection = worker.conn
        while True:
            try:
                news = conn.recv()
            except (EOFError, OSError):
                worker.process.join()
                died = WorkerDied(worker.process.exitcode, token.committed)
                return None, TaskFailure(died, "")
            kind = news[0]
            if kind == "progress":
                task.context.report_progress(news[1])
            elif kind == "commit":
                try:
                    token.commit()
                except Cancelled:
                    answer = "stop"
                else:
                    answer = "go"
                with contextlib.suppress(OSError):
                    conn.send(answer)
            elif kind == "done":
                return news[1], None
            else:
                return None, TaskFailure(news[1], news[2])
