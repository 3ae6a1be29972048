"""The app's outbox runner: sends what is due while Composer runs, off the GUI thread.

One :class:`OutboxService` per app checks the outbox every half minute (and when asked:
Send now, Retry) and runs :func:`composer.outbox.runner.send_due` on a thread with the
profiles and this session's passwords as they are then (a profile whose password is neither
stored nor typed this session fails with the words for it). A message the compose window
holds (counting down for Undo) is left to the window by its lock, as is one that
``composer outbox run`` is sending.

At start-up, what fell due while Composer was closed is not sent by surprise: it is announced
(:attr:`OutboxService.overdue`) and held back until the user says Send now.
"""

from __future__ import annotations

import logging
import subprocess
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from composer.outbox.clock import Clock, format_local
from composer.outbox.item import OutboxItem, State
from composer.outbox.runner import Outcome, send_due
from composer.outbox.schedule import MergeSchedule, ScheduledMerge
from composer.outbox.store import OutboxStore
from composer.sending.account import Account
from composer.storage.sentbox import SentBox
from composer.ui.compose.profiles import ComposeProfiles
from composer.ui.tasks import Task, TaskRunner

__all__ = ["OutboxService", "announce_overdue"]

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 30_000


class OutboxService(QObject):
    """Sends the outbox's due messages while the app runs.

    Signals:
        changed(): a run ended (the Outbox window refreshes).
        overdue(list): at start-up, messages that fell due while Composer was closed (held
            back until :meth:`send_overdue`).
    """

    changed = Signal()
    overdue = Signal(list)

    def __init__(
        self,
        store: OutboxStore,
        profiles: ComposeProfiles,
        sentbox: SentBox,
        clock: Clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.profiles, self.sentbox, self.clock = store, profiles, sentbox, clock
        self.held_back: set[str] = set()
        # Scheduled merges that fell due while Composer was closed, until the user says.
        self.held_back_merges: set[str] = set()
        self._merge_child: subprocess.Popen[bytes] | None = None
        self._tasks = TaskRunner(self, max_threads=1)
        self._running: Task[list[Outcome]] | None = None
        self._again: list[str] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> Task[list[OutboxItem | ScheduledMerge]]:
        """Look for what fell due while closed (announced, held back), then run the timer."""
        store, started = self.store, self.clock.now()

        def overdue(_ctx: object) -> list[OutboxItem | ScheduledMerge]:
            store.recover()
            store.clean(started)
            found: list[OutboxItem | ScheduledMerge] = [
                i for i in store.items() if i.state is State.QUEUED and i.due <= started
            ]
            return found + MergeSchedule().due(started)

        task = self._tasks.submit(overdue, "outbox-overdue")
        task.succeeded.connect(self._on_overdue_found)
        return task

    def _on_overdue_found(self, items: list[OutboxItem | ScheduledMerge]) -> None:
        self.held_back = {i.id for i in items if isinstance(i, OutboxItem)}
        self.held_back_merges = {i.id for i in items if isinstance(i, ScheduledMerge)}
        if items:
            self.overdue.emit(items)
        self.timer.start()
        self.check()

    def overdue_text(self, count: int, merges: int = 0) -> str:
        if not merges:
            return self.tr("%n message(s) fell due while Composer was closed.", "", count)
        if not count:
            return self.tr("%n scheduled merge(s) fell due while Composer was closed.", "", merges)
        return self.tr(
            "%n message(s) and {merges} scheduled merge(s) fell due while Composer was closed.",
            "",
            count,
        ).format(merges=merges)

    def send_overdue(self) -> None:
        """The user said yes: what fell due while closed goes now."""
        ids, self.held_back = list(self.held_back), set()
        self.held_back_merges = set()
        self.send_now(ids)

    def start_merges_now(self, ids: Iterable[str]) -> Task[list[Outcome]] | None:
        """Start these scheduled merges now, whatever their time (the Outbox window)."""
        ids = list(ids)
        self.held_back_merges -= set(ids)

        def work(_ctx: object) -> list[Outcome]:
            schedule, now = MergeSchedule(), self.clock.now()
            for entry_id in ids:
                schedule.reschedule(entry_id, now)
            return []

        task = self._tasks.submit(work, "merge-now")
        task.finished.connect(self.check)
        return task

    def send_now(self, ids: Iterable[str]) -> Task[list[Outcome]] | None:
        """Send *ids* now, whatever their time (Send now, Retry)."""
        ids = list(ids)
        self.held_back -= set(ids)
        return self._run(ids)

    def check(self) -> Task[list[Outcome]] | None:
        """Send what is due now (not what is held back)."""
        return self._run(None)

    def _run(self, only: list[str] | None) -> Task[list[Outcome]] | None:
        if self._running is not None:
            if only:  # asked while a run goes on: right after it
                self._again = [*(self._again or []), *only]
            return None
        store, clock, folder = self.store, self.clock, self.sentbox.folder
        book, passwords = self.profiles.book.copy(), self.profiles.credentials.snapshot()
        skip = set(self.held_back)
        skip_merges = set(self.held_back_merges)
        child = self._merge_child

        def account_for(name: str) -> Account:
            return Account(book.get(name), passwords)

        def work(_ctx: object) -> list[Outcome]:
            if only is not None:
                for item_id in only:
                    _requeue(store, item_id)
            if child is None or child.poll() is not None:  # one merge child at a time
                self._merge_child = _start_due_merges(clock, skip_merges) or child
            return send_due(store, account_for, clock, sent_folder=folder, only=only, skip=skip)

        task = self._tasks.submit(work, "outbox-run")
        task.finished.connect(self._on_run_finished)
        self._running = task
        return task

    def _on_run_finished(self) -> None:
        self._running = None
        self.changed.emit()
        again, self._again = self._again, None
        if again:
            self._run(again)


def _start_due_merges(clock: Clock, skip: set[str]) -> subprocess.Popen[bytes] | None:
    """The scheduled merges due by the app's clock (not those held back) run as
    ``composer outbox run --merge ID`` in a process of their own (a merge may take hours;
    each entry's lock keeps a timer's run from doing it twice); returns that process."""
    from composer.outbox.timer import run_command

    due = [e.id for e in MergeSchedule().due(clock.now()) if e.id not in skip]
    if not due:
        return None
    log.info("Starting composer outbox run for the scheduled merges %s", ", ".join(due))
    return subprocess.Popen(  # noqa: S603  (this very program, ids it made)
        [*run_command(), *(arg for entry_id in due for arg in ("--merge", entry_id))],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _requeue(store: OutboxStore, item_id: str) -> None:
    """A failed or in-doubt message the user asked to send again waits no more."""
    from composer.outbox.store import UnknownItem

    try:
        with store.claim(item_id) as item:
            if item is not None and item.state in (State.FAILED, State.IN_DOUBT, State.QUEUED):
                item.state, item.next_try, item.committed = State.QUEUED, None, False
                store.save(item)
    except UnknownItem:
        pass


def _line(item: OutboxItem | ScheduledMerge) -> str:
    if isinstance(item, ScheduledMerge):
        merge = QCoreApplication.translate("OutboxService", "Merge: {label}")
        return f"{format_local(item.due)}  {merge.format(label=item.label)}"
    return f"{format_local(item.due)}  {item.subject} → {', '.join(item.recipients)}"


def announce_overdue(
    parent: QWidget, service: OutboxService, items: list[OutboxItem | ScheduledMerge]
) -> QMessageBox:
    """Ask before sending what fell due while Composer was closed (never a surprise burst)."""
    lines = [_line(i) for i in items]
    merges = sum(1 for i in items if isinstance(i, ScheduledMerge))
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("OutboxService", "Send waiting mail?"),
        service.overdue_text(len(items) - merges, merges),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("outboxOverdue")
    box.setInformativeText(
        QCoreApplication.translate("OutboxService", "Send them now, or later from View ▸ Outbox.")
    )
    box.setDetailedText("\n".join(lines))
    send = box.addButton(
        QCoreApplication.translate("OutboxService", "Send now"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("OutboxService", "Not now"), QMessageBox.ButtonRole.RejectRole
    )
    send.clicked.connect(service.send_overdue)
    box.open()
    return box
