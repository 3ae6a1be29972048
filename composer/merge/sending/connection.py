"""The engine's SMTP connections: kept open across rows, reopened after a break, interruptible.

A connection thread may be blocked for as long as the profile's timeout in a read from a
server that stopped answering. :meth:`LiveConnections.interrupt_all` (a second Ctrl+C, a
window closing) shuts their sockets down from another thread, which ends such a read at
once; the row's fate is then decided as for any lost connection (in doubt only if its end
of data had gone out).
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable
from typing import Any, Protocol

from composer.sending.delivery import decode, refusals_of, reply_of, send_one

__all__ = [
    "Backend",
    "ConnectionFactory",
    "ConnectionHolder",
    "LiveConnections",
    "accepted_reply",
    "decode",
    "send_one",
]


class Backend(Protocol):
    """What the engine needs of a ``composer.mail`` backend."""

    def open(self) -> bool | None: ...

    def close(self) -> None: ...

    def send_messages(self, email_messages: Any) -> int: ...


ConnectionFactory = Callable[[], Backend]


class LiveConnections:
    """The engine's connections: how many are open or opening, and a way to cut them."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.count = 0
        self._holders: set[ConnectionHolder] = set()
        self.interrupted = False

    def others(self) -> int:
        with self.lock:
            return self.count

    def interrupt_all(self) -> None:
        """Shut every open connection's socket down; later connections are not opened."""
        with self.lock:
            self.interrupted = True
            holders = list(self._holders)
        for holder in holders:
            holder.interrupt()


class ConnectionHolder:
    """One backend kept open across rows, reopened after it breaks."""

    def __init__(self, factory: ConnectionFactory, live: LiveConnections) -> None:
        self.factory = factory
        self.live = live
        self.backend: Backend | None = None

    def get(self) -> Backend:
        if self.backend is None:
            live = self.live
            # Counted from the start of open(), so a parallel connection that is refused
            # knows whether others are (being) opened and can leave the work to them.
            with live.lock:
                if live.interrupted:
                    raise ConnectionAbortedError("the merge was stopped")
                live.count += 1
                live._holders.add(self)
            backend = self.factory()
            self.backend = backend
            try:
                backend.open()
            except BaseException:
                self.backend = None
                self._forget()
                with contextlib.suppress(Exception):
                    backend.close()
                raise
        return self.backend

    def _forget(self) -> None:
        with self.live.lock:
            self.live.count -= 1
            self.live._holders.discard(self)

    def discard(self) -> None:
        backend, self.backend = self.backend, None
        if backend is not None:
            self._forget()
            with contextlib.suppress(Exception):
                backend.close()

    close = discard

    def interrupt(self) -> None:
        """From another thread: end a blocked read or write on this connection now."""
        conn = getattr(self.backend, "connection", None)
        sock = getattr(conn, "sock", None)
        if isinstance(sock, socket.socket):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


def accepted_reply(message: Any) -> tuple[str, str]:
    """(the server's reply, a note of refused recipients) for a message it accepted."""
    refused = refusals_of(message)
    if not refused:
        return reply_of(message), ""
    from composer.i18n import translate

    refused_line = translate("MergeEngine", "refused {address}: {reply}")
    note = "; ".join(
        refused_line.format(address=addr, reply=f"{code} {text}")
        for addr, (code, text) in refused.items()
    )
    return reply_of(message), note
