"""TaskRunner: plain functions off the GUI thread, outcomes back on it."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from composer.ui.tasks import TaskContext, TaskFailure, TaskRunner


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.cancel_all()
    assert runner.wait(10_000)


def test_result_arrives_on_the_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    worker_threads: list[threading.Thread] = []

    def work(ctx: TaskContext) -> int:
        worker_threads.append(threading.current_thread())
        return 6 * 7

    task = runner.submit(work)
    delivered_on: list[QThread] = []
    task.succeeded.connect(lambda _value: delivered_on.append(QThread.currentThread()))
    with qtbot.waitSignal(task.finished):
        pass
    assert task.result == 42
    assert worker_threads[0] is not threading.main_thread()
    assert delivered_on == [qtbot_thread()]
    assert not task.running
    assert runner.active_tasks() == []


def qtbot_thread() -> QThread:
    return QThread.currentThread()


def test_progress_is_delivered_in_order(qtbot: QtBot, runner: TaskRunner) -> None:
    def work(ctx: TaskContext) -> str:
        for step in range(5):
            ctx.report_progress(step)
        return "done"

    task = runner.submit(work)
    seen: list[object] = []
    task.progress.connect(seen.append)
    with qtbot.waitSignal(task.succeeded) as done:
        pass
    assert done.args == ["done"]
    assert seen == [0, 1, 2, 3, 4]


def test_exceptions_become_failures(qtbot: QtBot, runner: TaskRunner) -> None:
    def work(ctx: TaskContext) -> None:
        raise ValueError("bad input")

    task = runner.submit(work)
    with (
        qtbot.waitSignal(task.failed) as failed,
        qtbot.assertNotEmitted(task.succeeded),
    ):
        pass
    failure = failed.args[0]
    assert isinstance(failure, TaskFailure)
    assert isinstance(failure.exception, ValueError)
    assert failure.message == "bad input"
    assert "ValueError: bad input" in failure.traceback


def test_unhandled_failure_is_logged(
    qtbot: QtBot, runner: TaskRunner, caplog: pytest.LogCaptureFixture
) -> None:
    def work(ctx: TaskContext) -> None:
        raise RuntimeError("nobody listens")

    task = runner.submit(work, "lonely task")
    with qtbot.waitSignal(task.finished):
        pass
    assert "lonely task failed" in caplog.text
    assert "nobody listens" in caplog.text


def test_cancel_runs_callbacks_and_reports_cancelled(qtbot: QtBot, runner: TaskRunner) -> None:
    started = threading.Event()
    release = threading.Event()

    def work(ctx: TaskContext) -> str:
        ctx.on_cancel(release.set)
        started.set()
        assert release.wait(10)
        return "finished anyway"

    task = runner.submit(work)
    assert started.wait(10)
    with (
        qtbot.waitSignal(task.cancelled),
        qtbot.assertNotEmitted(task.succeeded),
    ):
        task.cancel()
    assert task.context.cancelled
    assert task.result is None


def test_on_cancel_after_cancel_runs_at_once(qtbot: QtBot, runner: TaskRunner) -> None:
    calls: list[str] = []
    gate = threading.Event()

    def work(ctx: TaskContext) -> None:
        assert gate.wait(10)
        ctx.on_cancel(lambda: calls.append("late"))

    task = runner.submit(work)
    task.cancel()
    gate.set()
    with qtbot.waitSignal(task.finished):
        pass
    assert calls == ["late"]
