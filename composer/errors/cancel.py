"""The one cancel token: shared by whoever may cancel work and the work itself.

Every cancellable piece of work (a send, a connection test, a task of the GUI) gets a
:class:`CancelToken`. Its contract:

* :meth:`CancelToken.cancel` may be called from any thread; it returns False, and does
  nothing, once the work passed its point of no return (:meth:`CancelToken.commit`).
* Cancelling wakes the work at once: callbacks registered with :meth:`CancelToken.on_cancel`
  run, and sockets handed to :meth:`CancelToken.watch` are shut down, which ends a read or
  a write blocked on a server that stopped answering.
* The work checks :meth:`CancelToken.check` between steps (it raises
  :class:`~composer.errors.Cancelled`) and calls :meth:`CancelToken.commit` right before
  the step that cannot be undone (the end of a message's content: from then on the server
  may deliver it, so "cancelled" would be a lie).

A process-backed task (:mod:`composer.ui.tasks`) keeps the same contract across the process
boundary: its child's ``commit`` asks the parent first, and cancelling kills the child.
No Qt here.
"""

from __future__ import annotations

import contextlib
import os
import socket
import ssl
import threading
from collections.abc import Callable
from typing import Protocol

from composer.errors.base import Cancelled

__all__ = ["CancelToken", "WorkContext"]


class CancelToken:
    """Ask work to stop, from any thread; see the module docstring for the contract."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._committed = False
        self._callbacks: list[Callable[[], None]] = []
        self._sockets: list[socket.socket] = []

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    @property
    def committed(self) -> bool:
        """Whether the work passed its point of no return (cancelling is refused)."""
        return self._committed

    def cancel(self) -> bool:
        """Ask the work to stop; False when it is too late (the work committed)."""
        with self._lock:
            if self._committed:
                return False
            if self._cancelled:
                return True
            self._cancelled = True
            callbacks, self._callbacks = self._callbacks, []
            sockets = list(self._sockets)
        for sock in sockets:
            _shutdown(sock)
        for callback in callbacks:
            callback()
        return True

    def on_cancel(self, callback: Callable[[], None]) -> None:
        """Call *callback* when the work is cancelled (at once if it already is)."""
        with self._lock:
            if not self._cancelled:
                self._callbacks.append(callback)
                return
        callback()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the work was cancelled."""
        if self._cancelled:
            raise Cancelled

    def commit(self) -> None:
        """The point of no return: from now on :meth:`cancel` is refused.

        Raises:
            Cancelled: the work was cancelled before it got here.
        """
        with self._lock:
            if self._cancelled:
                raise Cancelled
            self._committed = True

    def watch(self, sock: socket.socket) -> None:
        """Shut *sock*'s connection down when the work is cancelled.

        A duplicate of the socket is kept, because wrapping a socket in TLS detaches the
        original; shutting the duplicate down ends the TLS session on the same connection
        too. :meth:`release` closes the duplicates. A TLS socket cannot be duplicated as
        such: its descriptor is, as a plain socket (shutting it down needs no TLS).
        """
        if isinstance(sock, ssl.SSLSocket):
            dup = socket.socket(sock.family, sock.type, sock.proto, fileno=os.dup(sock.fileno()))
        else:
            dup = sock.dup()
        with self._lock:
            self._sockets.append(dup)
            cancelled = self._cancelled
        if cancelled:
            _shutdown(dup)

    def release(self) -> None:
        """Forget the watched sockets (the work is over)."""
        with self._lock:
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            sock.close()


def _shutdown(sock: socket.socket) -> None:
    # Not connected (yet) or already closed: then there is nothing left to wake.
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


class WorkContext(Protocol):
    """What a function run in the background gets, in a thread or in a child process.

    :class:`composer.ui.tasks.TaskContext` (threads) and the child's context of
    :class:`composer.ui.tasks.ProcessTaskRunner` both are one; so are plain objects in tests
    and the CLI. A function written against it runs unchanged in either.
    """

    @property
    def token(self) -> CancelToken:
        """The work's cancel token."""

    def report_progress(self, value: object) -> None:
        """Hand *value* to whoever watches the work (the GUI: :attr:`Task.progress`)."""
