"""Functions the process-backed task tests run in a child process (no Qt here)."""

from __future__ import annotations

import os
import threading

from composer.errors import WorkContext


def answer(value: int, ctx: WorkContext) -> int:
    for step in range(3):
        ctx.report_progress(step)
    return value * 2


def child_pid(ctx: WorkContext) -> int:
    return os.getpid()


def fail(ctx: WorkContext) -> None:
    raise ValueError("bad input")


def hang(ctx: WorkContext) -> None:
    ctx.report_progress("started")
    threading.Event().wait()  # until the parent kills this process


def commit_then_hang(ctx: WorkContext) -> None:
    ctx.token.commit()
    ctx.report_progress("committed")
    threading.Event().wait()
