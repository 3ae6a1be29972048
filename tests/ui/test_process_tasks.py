"""ProcessTaskRunner: the Task API with the work in a child process."""

from __future__ import annotations

import functools
import multiprocessing
import os
from collections.abc import Iterator

import process_work
import pytest
from pytestqt.qtbot import QtBot

from composer.ui.tasks import ProcessTaskRunner, TaskFailure, WorkerDied


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[ProcessTaskRunner]:
    runner = ProcessTaskRunner()
    yield runner
    runner.cancel_all()
    runner.shutdown()
    assert runner.wait(20_000)


def test_result_and_progress_arrive_in_order(qtbot: QtBot, runner: ProcessTaskRunner) -> None:
    task = runner.submit(functools.partial(process_work.answer, 21), "answer")
    seen: list[object] = []
    task.progress.connect(seen.append)
    with qtbot.waitSignal(task.succeeded, timeout=20_000) as done:
        pass
    assert done.args == [42]
    assert seen == [0, 1, 2]


def test_an_exception_in_the_child_is_a_failure(qtbot: QtBot, runner: ProcessTaskRunner) -> None:
    task = runner.submit(process_work.fail, "fail")
    with qtbot.waitSignal(task.failed, timeout=20_000) as failed:
        pass
    failure = failed.args[0]
    assert isinstance(failure, TaskFailure)
    assert isinstance(failure.exception, ValueError)
    assert "bad input" in failure.traceback


def test_cancel_kills_the_child(qtbot: QtBot, runner: ProcessTaskRunner) -> None:
    task = runner.submit(process_work.hang, "hang")
    with qtbot.waitSignal(task.progress, timeout=20_000):
        pass
    (child,) = [p for p in multiprocessing.active_children() if p.name == "composer-hang"]
    with qtbot.waitSignal(task.cancelled, timeout=20_000):
        assert task.cancel()
    child.join(10)
    assert child.exitcode is not None  # killed, not left behind


def test_after_commit_cancel_is_refused_and_a_death_says_so(
    qtbot: QtBot, runner: ProcessTaskRunner
) -> None:
    task = runner.submit(process_work.commit_then_hang, "commit")
    with qtbot.waitSignal(task.progress, timeout=20_000):
        pass
    assert task.cancel() is False  # the child passed its point of no return
    (child,) = [p for p in multiprocessing.active_children() if p.name == "composer-commit"]
    with qtbot.waitSignal(task.failed, timeout=20_000) as failed:
        child.kill()  # as the out-of-memory killer would
    died = failed.args[0].exception
    assert isinstance(died, WorkerDied)
    assert died.committed


def test_a_kept_worker_serves_task_after_task_and_leaves_when_let_go(qtbot: QtBot) -> None:
    runner = ProcessTaskRunner(keep_worker=True)
    pids = []
    for _ in range(2):
        task = runner.submit(process_work.child_pid, "pid")
        with qtbot.waitSignal(task.succeeded, timeout=20_000) as done:
            pass
        pids.append(done.args[0])
    assert pids[0] == pids[1] != os.getpid()
    (worker,) = [p for p in multiprocessing.active_children() if p.name == "composer-worker"]
    runner.shutdown()
    worker.join(10)  # the pipe closed: the child's read ended and it exited on its own
    assert worker.exitcode == 0
