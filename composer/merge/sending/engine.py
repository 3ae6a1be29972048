"""The send engine: a validated merge plan, sent row by row with a crash-safe ledger.

Qt-free; the GUI runs :meth:`MergeEngine.run` on a worker thread and the CLI on its main
thread. Both observe it through the ``on_event`` callback (called on the engine's threads)
and steer it with :meth:`~MergeEngine.pause`, :meth:`~MergeEngine.resume` and
:meth:`~MergeEngine.cancel`, which are safe from any thread.

The engine runs the run: it takes the merge's claim, feeds the rows
(:mod:`composer.merge.sending.rows`) to its connections, counts what happens and says how the
run ended. Each row goes out on one connection as :mod:`composer.merge.sending.delivery`
describes (marked "sending" right before the end of its content, "sent" the moment the
reply is read: after a kill at most one row per connection is in doubt), paced by
:mod:`composer.merge.sending.pacing`. Where the server offers PIPELINING, the next row's
MAIL/RCPT/DATA go out together with the end of the previous message (RFC 2920), so each
message costs one round trip. If the ledger cannot be written (a full disk), the run stops
at once, with nothing sent that was not recorded. With ``connections > 1`` rows are spread
over that many connections, each on its own thread, fed through a small bounded queue so
memory stays flat.

Every wait (backoff, rate limit) goes through the injectable ``sleep`` and ``clock``, so
tests run at full speed; the default sleep wakes early when the run is paused or cancelled.
:meth:`MergeEngine.abort` also cuts the connections, for a stop that cannot wait for a
server that stopped answering.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from composer.errors import ComposerError
from composer.errors.describe import ServerInfo
from composer.i18n import plural, translate
from composer.merge.data.csvsource import CsvRow
from composer.merge.plan import MergePlan
from composer.merge.record.accounts import record_account, sent_through
from composer.merge.record.ledger import LedgerError
from composer.merge.sending.connection import (
    Backend,
    ConnectionFactory,
    ConnectionHolder,
    LiveConnections,
)
from composer.merge.sending.delivery import Retire, RowDelivery, Stop
from composer.merge.sending.failures import Failure, unexpected
from composer.merge.sending.pacing import Pacer
from composer.merge.sending.progress import Progress, RowEvent, RunResult
from composer.merge.sending.rows import Job, RowSource
from composer.merge.sending.testsend import send_test
from composer.merge.templates.render import RenderedMessage

__all__ = [
    "Backend",
    "EngineSettings",
    "MergeEngine",
    "MergeNotReady",
    "Progress",
    "RowEvent",
    "RunResult",
    "send_test",
]

log = logging.getLogger(__name__)


class MergeNotReady(ComposerError, RuntimeError):
    """The plan was not validated, or its problems were neither fixed nor skipped."""


@dataclass(frozen=True)
class EngineSettings:
    """How to send.

    Attributes:
        connections: parallel connections (1 keeps strict row order).
        rate_per_minute: at most this many messages per minute in total (None: no limit).
        daily_cap: at most this many accepted messages in any 24 hours, across merges.
        limit: send at most this many rows in this run (the rest stays pending).
        max_attempts: tries per row for temporary failures and reconnects.
        backoff: seconds to wait before the 1st, 2nd, ... retry (the last repeats).
        stop_after_same_failure: stop when this many rows in a row fail the same way.
        resend_unknown: resend rows that were in flight when an earlier run stopped.
        stop_on_daily_limit: end the run (rather than pause) on a daily-limit reply.
        prefetch: read, render and build the next rows on a separate thread while the
            connection waits for the server (also with one connection).
        send_at: (column, now): a row whose time in that column is after now waits
            (pending) for a later run; an empty cell goes now.
    """

    connections: int = 6
    rate_per_minute: float | None = None
    daily_cap: int | None = None
    limit: int | None = None
    max_attempts: int = 5
    backoff: tuple[float, ...] = (2.0, 10.0, 30.0, 60.0)
    stop_after_same_failure: int = 20
    resend_unknown: bool = False
    stop_on_daily_limit: bool = False
    prefetch: bool = False
    send_at: tuple[str, datetime] | None = None
    # The account the merge sends through (:func:`composer.merge.record.accounts.account_key`):
    # recorded in the ledger, and the daily cap counts only what it sent (None: every merge).
    account: str | None = None


class MergeEngine(RowSource, RowDelivery):
    """Sends a validated :class:`MergePlan`.

    Args:
        plan: a plan whose :meth:`MergePlan.validate` ran in this process.
        connection_factory: returns a new, unopened backend for the active profile.
        settings: how to send.
        on_event: called with each :class:`RowEvent` (from the engine's threads).
        clock: monotonic seconds (injectable for tests).
        sleep: waits a number of seconds (injectable); default waits on an event that
            pause and cancel set.
        wall: epoch seconds, for the daily cap.
    """

    def __init__(
        self,
        plan: MergePlan,
        connection_factory: ConnectionFactory,
        settings: EngineSettings | None = None,
        *,
        on_event: Callable[[RowEvent], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] | None = None,
        wall: Callable[[], float] = time.time,
        host: str | ServerInfo = "",
    ) -> None:
        self.plan = plan
        self.ledger = plan.ledger
        self.factory = connection_factory
        self.settings = settings or EngineSettings()
        self._on_event = on_event
        self._clock = clock
        self._wall = wall
        self._wake = threading.Event()
        self._sleep = sleep or self._interruptible_sleep
        self.host = host
        self._lock = threading.Lock()
        self._running = threading.Event()
        self._running.set()
        self._cancelled = False
        self._stop_failure: Failure | None = None
        self._daily_hit: Failure | None = None
        s = self.settings
        self._pacer = Pacer(s.rate_per_minute, s.daily_cap, s.backoff, clock, self._sleep)
        self._recent: deque[float] = deque(maxlen=256)
        self._same_failure = ("", 0)
        self._conns = LiveConnections()
        self._orphans: list[Job] = []
        self._unsettled = 0
        self._ledger_broken = False
        self.progress = Progress()

    # -- control (any thread) -----------------------------------------------------------

    def pause(self, reason: str = "") -> None:
        """Stop starting new messages; messages already handed to the server finish."""
        with self._lock:
            self.progress.state = "paused"
            self.progress.reason = reason
        self._running.clear()
        self._wake.set()
        self._emit(RowEvent("paused", detail=reason))

    def resume(self) -> None:
        with self._lock:
            if self.progress.state == "paused":
                self.progress.state = "running"
                self.progress.reason = ""
        self._wake.clear()
        self._running.set()
        self._emit(RowEvent("resumed"))

    def cancel(self) -> None:
        """End the run after the messages in flight; what was not sent stays pending."""
        self._cancelled = True
        with self._lock:
            self.progress.state = "stopping"
        self._wake.set()
        self._running.set()

    def abort(self) -> None:
        """Stop now: cancel, and cut the connections (a server may have stopped answering).

        A message whose end had gone out without a reply is in doubt, as after any lost
        connection; nothing else is lost.
        """
        self.cancel()
        self._conns.interrupt_all()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def _interruptible_sleep(self, seconds: float) -> None:
        self._wake.wait(seconds)

    def _emit(self, event: RowEvent) -> None:
        if self._on_event is not None:
            try:
                self._on_event(event)
            except Exception:
                log.exception("merge event observer failed")

    def _should_stop(self) -> bool:
        return self._cancelled or self._stop_failure is not None or self._daily_hit is not None

    def _wait_running(self, holder: ConnectionHolder | None = None) -> None:
        if not self._running.is_set():
            # What was sent before the pause is in the database for whoever looks now.
            self.ledger.flush()
            if holder is not None:
                # A paused run holds no connection: servers drop idle ones, and one may
                # hold an announced envelope. It reconnects on resume.
                holder.close()
        while not self._running.is_set():
            self._running.wait()
        if self._should_stop():
            raise Stop

    # -- the run ------------------------------------------------------------------------

    def run(self) -> RunResult:
        """Send every pending row of the plan; blocks until the run ends.

        Raises:
            MergeNotReady: the plan was not validated, or the user's choices do not allow
                sending (problem rows neither fixed nor skipped, shared copies not
                accepted, template problems).
            LedgerBusy: another process is sending this merge.
        """
        plan = self.plan
        report = plan.report
        if report is None:
            raise MergeNotReady(
                translate(
                    "MergeEngine", "Check the merge before sending it. Press Check, then Send."
                )
            )
        if not report.can_send(plan.options):
            first = (report.template_problems or report.shared_copies or [""])[0]
            count = report.counts["problem"]
            problems = plural(
                count,
                translate(
                    "MergeEngine",
                    "{count} row has problems. Fix it in the data file, or choose to skip it.",
                ),
                translate(
                    "MergeEngine",
                    "{count} rows have problems. "
                    "Fix them in the data file, or choose to skip them.",
                ),
            )
            raise MergeNotReady(first or problems.format(count=count))
        ledger = self.ledger
        ledger.claim(plan.key)  # the check pass took it, unless a run since gave it up
        try:
            try:
                limited = self._start_and_send()
            except LedgerError as exc:
                self._ledger_failed(exc)
                limited = False
            finally:
                settled = not self._ledger_broken and self._unsettled == 0
                ledger.checkpoint(plan.merge_id if settled else None)
            result = self._result(limited)
            with contextlib.suppress(LedgerError):
                ledger.set_outcome(plan.merge_id, result.outcome)
            return result
        finally:
            # A finished run keeps no claim: the merge can be checked and continued from
            # another window or command now.
            with contextlib.suppress(LedgerError):
                ledger.release_claim(plan.key)
            with self._lock:
                self.progress.state = "done"
            self._emit(RowEvent("stopped"))

    def _start_and_send(self) -> bool:
        plan, ledger = self.plan, self.ledger
        ledger.settle_interrupted(plan.merge_id)
        if self.settings.resend_unknown:
            ledger.release_unknown(plan.merge_id)
        counts = ledger.counts(plan.merge_id, plan.scan)
        p = self.progress
        p.done_before = counts["sent"]
        p.unknown = counts["unknown"]
        todo = counts["pending"] + counts["failed"] + counts["skipped"]
        if self.settings.limit is not None:
            todo = min(todo, self.settings.limit)
        p.total = todo
        p.started = self._clock()
        p.state = "running"
        account = self.settings.account
        if account is not None:
            record_account(ledger, plan.merge_id, account)
        if self.settings.daily_cap is not None:
            self._pacer.sent_24h = sent_through(ledger, self._wall() - 86400, account)
        self._emit(RowEvent("progress"))
        return self._produce_and_send()

    def _ledger_failed(self, exc: LedgerError) -> None:
        """The ledger cannot be written: stop sending now (what is not recorded never goes)."""
        log.info("merge ledger failed: %s", exc)  # the run's result says it to the user
        self._ledger_broken = True
        self._stop(Failure("fatal", 0, str(exc), str(exc)))

    def _result(self, limited: bool) -> RunResult:
        p = replace(self.progress)
        if self._stop_failure is not None:
            return RunResult("stopped", self._stop_failure.message, p, self._stop_failure)
        if self._daily_hit is not None:
            return RunResult("daily_limit", self._daily_hit.message, p, self._daily_hit)
        if self._cancelled:
            return RunResult.cancelled(p)
        if limited:
            message = plural(
                p.processed,
                translate(
                    "MergeEngine",
                    "Sent the first row as asked. Run the merge again to send the rest.",
                ),
                translate(
                    "MergeEngine",
                    "Sent the first {count} rows as asked. Run the merge again to send the rest.",
                ),
            )
            return RunResult("limit", message.format(count=p.processed), p)
        return RunResult("finished", "", p)

    def _count(
        self, kind: str, row: CsvRow | Job, detail: str, rendered: RenderedMessage | None = None
    ) -> None:
        number = row.number if isinstance(row, CsvRow) else row.row_number
        if isinstance(row, Job):
            recipients = row.recipients
        else:
            recipients = ", ".join(rendered.recipients()) if rendered is not None else ""
        with self._lock:
            p = self.progress
            if kind == "sent":
                p.sent += 1
                now = self._clock()
                self._recent.append(now)
                if len(self._recent) >= 2:
                    span = now - self._recent[0]
                    if span > 0:
                        p.rate_per_minute = (len(self._recent) - 1) / span * 60.0
            elif kind == "failed":
                p.failed += 1
            elif kind == "skipped":
                p.skipped += 1
            elif kind == "unknown":
                p.unknown += 1
                p.in_flight += 1
        self._emit(RowEvent(kind, number, recipients, detail))

    def _produce_and_send(self) -> bool:
        n = max(1, self.settings.connections)
        jobs = self._jobs()
        if n == 1 and not self.settings.prefetch:
            holder = ConnectionHolder(self.factory, self._conns)
            limited = False

            def pull() -> Job | None:
                nonlocal limited
                try:
                    return next(jobs)
                except StopIteration as done:
                    limited = bool(done.value)
                    return None

            try:
                following = pull()
                while following is not None:
                    job, following = following, pull()
                    try:
                        self._deliver(holder, job, following=following)
                    except Stop:
                        return False
                return limited
            finally:
                holder.close()
        work: queue.Queue[Job | None] = queue.Queue(maxsize=n * 2)
        threads = [
            threading.Thread(target=self._worker, args=(work,), name=f"merge-{i}", daemon=True)
            for i in range(n)
        ]
        for t in threads:
            t.start()
        limited = False
        try:
            while True:
                try:
                    job = next(jobs)
                except StopIteration as done:
                    limited = bool(done.value)
                    break
                if not self._hand_over(work, job, threads):
                    break
        finally:
            for _ in threads:
                self._hand_over(work, None, threads)
            for t in threads:
                t.join()
        if self._orphans and not self._should_stop():
            # Rows handed back by connections the server would not allow.
            holder = ConnectionHolder(self.factory, self._conns)
            try:
                for job in self._orphans:
                    self._deliver(holder, job)
            except Stop:
                pass
            finally:
                holder.close()
        return limited

    def _hand_over(
        self, work: queue.Queue[Job | None], item: Job | None, threads: list[threading.Thread]
    ) -> bool:
        """Queue *item* for the connection threads; False if the run stops first.

        Never blocks for good: a stopping run or connection threads that all ended (the
        queue would stay full) give up, so the run always ends.
        """
        while True:
            try:
                work.put(item, timeout=0.25)
                return True
            except queue.Full:
                if (item is not None and self._should_stop()) or not any(
                    t.is_alive() for t in threads
                ):
                    return False

    def _worker(self, work: queue.Queue[Job | None]) -> None:
        holder = ConnectionHolder(self.factory, self._conns)
        held: list[Job | None] = []  # taken from the queue ahead of time
        try:
            while True:
                job = held.pop() if held else work.get()
                if job is None:
                    return
                if self._should_stop():
                    continue  # drain: the row stays pending for the next run
                following: Job | None = None
                with contextlib.suppress(queue.Empty):
                    # A row already waiting becomes this connection's next one, so its
                    # envelope can go out with this message's end of data.
                    held.append(work.get_nowait())
                    following = held[-1]
                try:
                    self._deliver(holder, job, parallel=True, following=following)
                except Stop:
                    continue
                except Retire as retire:
                    with self._lock:
                        self._orphans.append(retire.job)
                        self._orphans.extend(j for j in held if j is not None)
                    self._emit(
                        RowEvent(
                            "retry",
                            job.row_number,
                            job.recipients,
                            translate(
                                "MergeEngine",
                                "the server allows fewer connections; going on with the others",
                            ),
                        )
                    )
                    return
                except LedgerError as exc:
                    self._ledger_failed(exc)
                    continue
                except Exception as exc:  # a bug must not leave the run waiting for this thread
                    log.exception("merge connection thread failed")
                    self._stop(unexpected(exc))
                    continue
        finally:
            holder.close()

    # -- one row ------------------------------------------------------------------------

    def _stop(self, failure: Failure) -> None:
        with self._lock:
            if self._stop_failure is None:
                self._stop_failure = failure
            self.progress.state = "stopping"
            self.progress.reason = failure.message
        self._wake.set()
        self._running.set()
        log.info("merge stopped: %s", failure.detail)

    def _daily(self, failure: Failure) -> None:
        if self.settings.stop_on_daily_limit:
            with self._lock:
                self._daily_hit = failure
                self.progress.state = "stopping"
            self._wake.set()
            self._running.set()
        else:
            self.pause(failure.message)
