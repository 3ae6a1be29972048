"""Heavy compose work in a child process, so the GUI thread never waits for the GIL.

Building and sending a message with a 50 MB attachment keeps a CPU busy for seconds in
Python's ``email`` package, which holds the GIL for long stretches; a worker *thread* would
freeze the window meanwhile. Sending and draft saving therefore run in spawned processes.
This module imports no Qt, so those processes start light.

Child -> parent events for a send: ``("progress", permille)``, ``("accepted",)`` once the
server has taken the message, then ``("result", SendResult)``.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import multiprocessing.connection
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from composer.compose.message import ComposedMessage
from composer.profiles.model import Profile, connection_for
from composer.sending.job import SendResult, SendStatus, describe_error, send_composed
from composer.storage.sentbox import SentBox

log = logging.getLogger(__name__)
_CTX = multiprocessing.get_context("spawn")


@dataclass
class SendRequest:
    """Everything the child needs; the password is resolved by the parent (or None)."""

    msg: ComposedMessage
    profile: Profile
    password: str | None
    sent_folder: Path | None
    language: str = "en"  # the interface language: messages come back in it


class _GivenPassword:
    def __init__(self, password: str | None) -> None:
        self._password = password

    def password_for(self, profile: Profile) -> str | None:
        return self._password


def _quiet_child_logging() -> None:
    """Keep a child's log records (tracebacks included) off the terminal it shares.

    Without a handler, Python prints warnings to stderr with their tracebacks. The parent
    logs what matters: the result of a send, with its details, or a failed draft save.
    """
    logging.getLogger().addHandler(logging.NullHandler())


def _child_send(conn: multiprocessing.connection.Connection, request: SendRequest) -> None:
    """The child process: send, store the Sent copy, report events over *conn*."""
    _quiet_child_logging()
    if request.language != "en":
        from composer import i18n
        from composer.ui.translations import standalone

        i18n.install(standalone(request.language))
    profile = request.profile
    server = f"{profile.smtp.host}:{profile.smtp.port}" if profile.delivers else ""
    last = [-1]

    def progress(done: int, total: int) -> None:
        permille = done * 1000 // max(total, 1)
        if permille != last[0]:
            last[0] = permille
            conn.send(("progress", permille))

    try:
        connection = connection_for(profile, _GivenPassword(request.password))
    except Exception as exc:
        what, todo = describe_error(exc, server=server)
        conn.send(
            (
                "result",
                SendResult(
                    SendStatus.FAILED, what, todo, repr(exc), profile.name, profile.delivers
                ),
            )
        )
        return
    sentbox = SentBox(request.sent_folder) if request.sent_folder is not None else None
    result = send_composed(
        request.msg,
        connection,
        profile=profile.name,
        delivers=profile.delivers,
        progress=progress,
        server=server,
        on_accepted=lambda: conn.send(("accepted",)),
        sentbox=sentbox,
    )
    conn.send(("result", result))


class SendProcess:
    """Runs one send in a child process; *on_event* is called from a reader thread."""

    def __init__(self, request: SendRequest, on_event: Callable[[tuple[Any, ...]], None]) -> None:
        self._request = request
        self._on_event = on_event
        self._lock = threading.Lock()
        self.accepted = False
        self.cancelled = False
        self._process: Any = None

    def start(self) -> None:
        parent, child = _CTX.Pipe(duplex=False)
        self._process = _CTX.Process(
            target=_child_send, args=(child, self._request), name="composer-send", daemon=True
        )
        self._process.start()
        child.close()
        threading.Thread(target=self._read, args=(parent,), daemon=True).start()

    def _read(self, conn: multiprocessing.connection.Connection) -> None:
        got_result = False
        while True:
            try:
                event = conn.recv()
            except (EOFError, OSError):
                break
            if event[0] == "accepted":
                with self._lock:
                    self.accepted = True
            got_result = got_result or event[0] == "result"
            self._on_event(event)
        conn.close()
        self._process.join()
        if not got_result:
            self._on_event(("exit", self._process.exitcode))

    def cancel(self) -> bool:
        """Stop the child unless the server already accepted the message."""
        with self._lock:
            if self.accepted:
                return False
            self.cancelled = True
        if self._process is not None:
            with contextlib.suppress(Exception):
                self._process.kill()  # the socket closes: the server drops the half message
        return True


def _child_save_draft(folder: Path, draft_id: str, msg: ComposedMessage, owner: int) -> str:
    from composer.storage.drafts import DraftStore

    store = DraftStore(folder)
    if msg.is_empty():
        store.delete(draft_id)
        return ""
    store.mark_open(draft_id, owner)  # the window's process, not this helper, is the editor
    return str(store.save(draft_id, msg))


_pool: ProcessPoolExecutor | None = None


def _watch_parent(parent: int) -> None:
    """In the helper: exit when the window's process is gone (killed, crashed)."""
    _quiet_child_logging()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, name="composer-parent-watch", daemon=True).start()


def save_draft_in_child(folder: Path, draft_id: str, msg: ComposedMessage) -> Future[str]:
    """Write a draft in the shared helper process; the future holds the path ("" if deleted)."""
    global _pool
    if _pool is None:
        _pool = ProcessPoolExecutor(
            max_workers=1, mp_context=_CTX, initializer=_watch_parent, initargs=(os.getpid(),)
        )
    return _pool.submit(_child_save_draft, folder, draft_id, msg, os.getpid())


def shutdown() -> None:
    """Stop the helper process (at exit)."""
    global _pool
    if _pool is not None:
        _pool.shutdown(wait=True)
        _pool = None
