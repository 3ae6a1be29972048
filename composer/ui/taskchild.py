"""The child's side of :class:`composer.ui.tasks.ProcessTaskRunner`. Imports no Qt.

A child process runs one function (or, for a kept worker, one after the other), each with a
:class:`ChildContext`: progress goes to the parent over the pipe, and the cancel token's
:meth:`~composer.errors.CancelToken.commit` asks the parent first, so that the parent never
kills the child after the point of no return (and says "cancelled" about a message the
server may have). The child exits when the parent closes the pipe, or dies: a blocked read
then ends, with no polling.

Messages, child -> parent: ``("progress", value)``, ``("commit",)`` (answered ``"go"`` or
``"stop"``), then ``("done", result)`` or ``("failed", exception, traceback)``.
"""

from __future__ import annotations

import logging
import pickle
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from composer.errors import Cancelled, CancelToken

__all__ = ["ChildContext", "child_main", "install_language"]


class _ChildToken(CancelToken):
    """A token whose point of no return is agreed with the parent, which may kill us."""

    def __init__(self, conn: Connection) -> None:
        super().__init__()
        self._conn = conn

    def commit(self) -> None:
        self._conn.send(("commit",))
        if self._conn.recv() != "go":
            raise Cancelled
        super().commit()


class ChildContext:
    """The :class:`~composer.errors.WorkContext` of a function run in a child process."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._token = _ChildToken(conn)

    @property
    def token(self) -> CancelToken:
        return self._token

    def report_progress(self, value: object) -> None:
        self._conn.send(("progress", value))


def install_language(language: str) -> None:
    """A child's initializer: messages in the user's language (Qt only if not English)."""
    if language == "en":
        return
    from composer import i18n
    from composer.ui.translations import standalone

    i18n.install(standalone(language))


def child_main(
    conn: Connection,
    initializer: Callable[..., None] | None,
    initargs: tuple[Any, ...],
    keep: bool,
) -> None:
    """Run the functions the parent sends until it closes the pipe (one unless *keep*)."""
    # Without a handler, Python prints warnings (with tracebacks) on the terminal the child
    # shares with the parent; the parent logs what matters, with the details.
    logging.getLogger().addHandler(logging.NullHandler())
    if initializer is not None:
        initializer(*initargs)
    while True:
        try:
            work = conn.recv()
        except (EOFError, OSError):
            return  # the parent closed the pipe, or is gone
        try:
            result = work(ChildContext(conn))
        except BaseException as exc:  # reported to the parent as data
            _send_failure(conn, exc, traceback.format_exc())
        else:
            conn.send(("done", result))
        if not keep:
            return


def _send_failure(conn: Connection, exc: BaseException, trace: str) -> None:
    try:
        pickle.dumps(exc)
    except Exception:  # an exception that cannot cross: its words and type still do
        exc = RuntimeError(f"{type(exc).__name__}: {exc}")
    conn.send(("failed", exc, trace))
