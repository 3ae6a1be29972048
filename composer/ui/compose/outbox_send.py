"""Send through the outbox: queue the message, count down with Undo, then send it.

Every message the compose window sends with a delivering profile is first written to the
outbox (:class:`composer.outbox.store.OutboxStore`, off the GUI thread: attachments are read
and copied in), so a crash, a closed window or a dead network never loses it. The window
then holds the message's lock (so the background runner leaves it alone) and counts down
the Undo delay (Preferences ▸ General); Undo takes it out of the outbox and gives the window
back, exactly as it was (its fields were only locked, never cleared). When the delay is over
the send job sends the outbox's copy (:func:`composer.outbox.runner.send_held`), so an
attachment deleted meanwhile still goes.

A full disk refuses the queueing: the window says so and keeps everything. The time comes
from :attr:`ComposeServices.clock`, so tests move it instead of waiting.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from composer.compose.message import ComposedMessage
from composer.outbox.item import OutboxItem, State
from composer.outbox.store import Held, NotQueued, OutboxStore, UnknownItem, settle_abandoned
from composer.profiles.model import Profile
from composer.ui.tasks import Task, TaskFailure

if TYPE_CHECKING:
    from composer.ui.compose.window import ComposeWindow

__all__ = ["DelayedSend"]

log = logging.getLogger(__name__)


class DelayedSend(QObject):
    """One message on its way through the outbox from a compose window.

    Signals:
        ready(str): the delay is over; the window sends the held outbox message (its id).
        undone(): Undo: the message left the outbox; the window is the user's again.
        refused(UserMessage): it could not be queued; nothing changed.
    """

    ready = Signal(str)
    undone = Signal()
    refused = Signal(object)

    def __init__(self, window: ComposeWindow, store: OutboxStore) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.held: Held | None = None
        self._delay = 0.0
        self._started = 0.0  # the clock's monotonic time when the message was queued
        self.timer = QTimer(self)
        self.timer.setInterval(250)  # smooth enough for a seconds display
        self.timer.timeout.connect(self.tick)

    @property
    def item(self) -> OutboxItem | None:
        return self.held.item if self.held is not None else None

    def start(self, msg: ComposedMessage, profile: Profile, delay: int) -> None:
        """Queue *msg* for *profile*, due in *delay* seconds (off the GUI thread)."""
        clock = self.window.services.clock
        now = clock.now()
        self._delay, self._started = float(delay), clock.monotonic()
        due = now + timedelta(seconds=delay)
        store = self.store
        task = self.window.run_in_background(
            lambda: store.add_held(msg, profile.name, due, now, origin="compose"),
            "queue-message",
        )
        task.succeeded.connect(self._on_queued)
        task.failed.connect(self._on_queue_failed)

    def _on_queued(self, held: Held) -> None:
        self.held = held  # locked from the start: no runner sends it before the window does
        self.tick()
        if self.held is not None and self.remaining() > 0:
            self.timer.start()

    def _on_queue_failed(self, failure: TaskFailure) -> None:
        exc = failure.exception
        if isinstance(exc, NotQueued):
            self.refused.emit(exc.message)
        else:
            from composer.errors.describe import describe

            self.refused.emit(describe(exc))

    def remaining(self) -> int:
        """Whole seconds left before the message goes (0: it goes now).

        Counted on the monotonic clock: a wall clock that jumps (a time-zone change, an NTP
        correction) neither stretches nor cuts the Undo delay.
        """
        if self.item is None:
            return 0
        left = self._delay - (self.window.services.clock.monotonic() - self._started)
        return max(0, int(left + 0.999))

    def tick(self) -> None:
        """Show the seconds left, or hand the message over when none are."""
        item = self.item
        if item is None:
            self.timer.stop()
            return
        left = self.remaining()
        if left > 0:
            text = self.tr("Sending in %n second(s)…", "", left)
            self.window.send_panel.show_countdown(text)
            return
        self.timer.stop()
        self.ready.emit(item.id)

    def undo(self) -> bool:
        """Take the message back out of the outbox (its files go in the background, its lock
        with them); False when it is already going."""
        held, self.held = self.held, None
        self.timer.stop()
        if held is None:
            return False
        store = self.store
        self.window.run_in_background(lambda: _settle(store, held, keep_queued=False), "undo")
        self.undone.emit()
        return True

    def settle(self, keep_queued: bool) -> Task[bool]:
        """The send ended: let the message go, in the background. Sent and in-doubt messages
        keep their record; with *keep_queued* one still queued (the network failed) stays
        for the app's runner; anything else (cancelled, failed for good: the window has it)
        leaves. The task's result: whether the message still waits in the outbox."""
        held, self.held = self.held, None
        self.timer.stop()
        store = self.store
        return self.window.run_in_background(
            lambda: held is not None and _settle(store, held, keep_queued), "settle-outbox"
        )

    def set_editable(self, editable: bool) -> None:
        """Lock the message while it waits, so what goes out is what the user saw."""
        w = self.window
        for widget in (w.header, w.editor, w.format_bar, w.attachments, w.attach_button):
            widget.setEnabled(editable)


def _settle(store: OutboxStore, held: Held, keep_queued: bool) -> bool:
    """Keep or remove *held*'s message (see :meth:`DelayedSend.settle`), then let its lock
    go; returns whether it still waits in the outbox."""
    waiting = False
    try:
        item = store.get(held.item.id)
        if settle_abandoned(item):  # the send's child process was killed (Cancel)
            store.save(item)
        waiting = keep_queued and item.state is State.QUEUED
        if not (waiting or item.state in (State.SENT, State.IN_DOUBT)):
            store.remove(item.id)
    except (UnknownItem, ValueError, OSError) as exc:
        log.warning("Settling outbox message %s: %s", held.item.id, exc)
    finally:
        held.release()
    return waiting
