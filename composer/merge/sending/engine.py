"""The send engine: a validated merge plan, sent row by row with a crash-safe ledger.

Qt-free; the GUI runs :meth:`MergeEngine.run` on a worker thread and the CLI on its main
thread. Both observe it through the ``on_event`` callback (called on the engine's threads)
and steer it with :meth:`~MergeEngine.pause`, :meth:`~MergeEngine.resume` and
:meth:`~MergeEngine.cancel`, which are safe from any thread.

How a row goes out (see :mod:`composer.merge.record.ledger` for the durability argument):

1. the row is rendered and re-checked exactly as validation did;
2. ``backend.send_message`` on a connection kept open across rows; where the server offers
   PIPELINING, the row's MAIL/RCPT/DATA went out already, together with the end of the
   previous message (RFC 2920), so each message costs one round trip;
3. right before the write that ends the message content (nothing is delivered before
   it), the ledger durably marks the row ``sending`` with its Message-ID;
4. the moment the server's reply is read, the row is marked ``sent`` (or ``failed``, or
   back to ``pending`` for a retry). If the reply never comes, whatever ended the
   connection, the row is ``unknown`` (in doubt: most likely delivered) and is never
   sent again without the user's say. So after a kill, at most one row per connection
   is in doubt, and only if the kill fell while its reply was on the way. A row
   announced but never sent is dropped with its connection: the server discards it.

Errors are classified by :func:`composer.merge.sending.failures.classify`: before the end of data,
a dropped connection or 421 reconnects and retries the row, 4xx retries after a backoff,
5xx fails the row and goes on, a daily-limit reply pauses, and authentication, TLS or a
refused sender stop the run. If the ledger cannot be written (a full disk), the run stops
at once, with nothing sent that was not recorded.
If the same permanent failure hits many rows in a row, the run stops too: it would hit
every row. With ``connections > 1`` rows are spread over that many connections, each on
its own thread, fed through a small bounded queue so memory stays flat.

Every wait (backoff, rate limit) goes through the injectable ``sleep`` and ``clock``, so
tests run at full speed; the default sleep wakes early when the run is paused or cancelled.
:meth:`MergeEngine.abort` also cuts the connections, for a stop that cannot wait for a
server that stopped answering.
"""

from __future__ import annotations

import contextlib
import email.utils
import logging
import queue
import smtplib
import threading
import time
from collections import deque
from collections.abc import Callable, Generator
from dataclasses import dataclass, replace
from typing import Any

from composer.errors import ComposerError
from composer.errors.describe import ServerInfo
from composer.i18n import plural, translate
from composer.merge.data.csvsource import CsvRow
from composer.merge.plan import MergePlan
from composer.merge.record.ledger import LedgerError, recipient_base
from composer.merge.record.suppression import unsubscribe_header
from composer.merge.sending.connection import (
    Backend,
    ConnectionFactory,
    ConnectionHolder,
    LiveConnections,
    accepted_reply,
    send_one,
)
from composer.merge.sending.failures import (
    Failure,
    after_end_of_data,
    classify,
    repeated,
    unexpected,
)
from composer.merge.sending.progress import Progress, RowEvent, RunResult
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


@dataclass
class _Job:
    row_number: int
    row_key: str
    recipients: str
    message: Any
    message_id: str


class _Stop(Exception):
    pass


class _Retire(Exception):
    """A parallel connection could not be opened while others work: give the row back."""

    def __init__(self, job: _Job) -> None:
        super().__init__()
        self.job = job


class MergeEngine:
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
        self._next_slot = 0.0
        self._recent: deque[float] = deque(maxlen=256)
        self._same_failure = ("", 0)
        self._sent_24h = 0
        self._conns = LiveConnections()
        self._orphans: list[_Job] = []
        # Messages whose "sending" line is in the journal but whose outcome is not yet in
        # the database; the run ends settled only if none is left.
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
        if holder is not None and not self._running.is_set():
            # A paused run holds no connection: servers drop idle ones, and one may hold
            # an announced envelope. It reconnects on resume.
            holder.close()
        while not self._running.is_set():
            self._running.wait()
        if self._should_stop():
            raise _Stop

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
        if self.settings.daily_cap is not None:
            self._sent_24h = ledger.sent_since(self._wall() - 86400)
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

    def _jobs(self) -> Generator[_Job, None, bool]:
        """Yield a _Job for each row to send, recording skips; returns True if limited."""
        plan = self.plan
        ledger = self.ledger
        merge_id = plan.merge_id
        headers: dict[str, str] = {}
        if plan.options.unsubscribe_mailto:
            headers.update(unsubscribe_header(plan.options.unsubscribe_mailto))
        domain = plan.message_domain()
        taken = 0
        limit = self.settings.limit
        chunk: dict[int, tuple[str, str]] = {}
        chunk_end = 0
        for row, rendered, error in plan.rendered_rows():
            if self._should_stop():
                return False
            if row.number > chunk_end:
                # One query per thousand rows instead of one per row.
                chunk_end = row.number + 999
                chunk = ledger.planned_range(merge_id, plan.scan, row.number, chunk_end)
            planned = chunk.pop(row.number, None)
            if planned is None or (
                rendered is not None
                and not planned[0].startswith(recipient_base(rendered.recipients()) + ":")
            ):
                self._stop(
                    Failure(
                        "fatal",
                        0,
                        translate("MergeEngine", "row {row} changed").format(row=row.number),
                        translate(
                            "MergeEngine",
                            "The data file changed after it was checked (row {row}). "
                            "Check the merge again, then send.",
                        ).format(row=row.number),
                    )
                )
                return False
            key, status = planned
            if status in ("sent", "unknown", "sending"):
                continue
            if limit is not None and taken >= limit:
                return True
            occurrence = int(key.rpartition(":")[2])
            verdict, problems = plan.check_row(row, rendered, error, occurrence)
            if verdict != "ready" or rendered is None:
                reason = "; ".join(problems) or translate("MergeEngine", "skipped")
                ledger.mark_skipped(merge_id, key, reason)
                self._count("skipped", row, reason, rendered)
                taken += 1
                continue
            job = self._build(row, rendered, key, headers, domain)
            taken += 1
            if job is not None:
                yield job
        return False

    def _build(
        self,
        row: CsvRow,
        rendered: RenderedMessage,
        key: str,
        headers: dict[str, str],
        domain: str,
    ) -> _Job | None:
        message_id = email.utils.make_msgid(domain=domain)
        try:
            message = rendered.to_email(
                self.plan.from_email, message_id=message_id, extra_headers=headers
            )
        except (OSError, ValueError) as exc:
            reason = translate("MergeEngine", "cannot build the message: {reason}").format(
                reason=exc
            )
            self.ledger.mark_failed(self.plan.merge_id, key, reason)
            self._count("failed", row, reason, rendered)
            return None
        return _Job(row.number, key, ", ".join(rendered.recipients()), message, message_id)

    def _count(
        self, kind: str, row: CsvRow | _Job, detail: str, rendered: RenderedMessage | None = None
    ) -> None:
        number = row.number if isinstance(row, CsvRow) else row.row_number
        if isinstance(row, _Job):
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

            def pull() -> _Job | None:
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
                    except _Stop:
                        return False
                return limited
            finally:
                holder.close()
        work: queue.Queue[_Job | None] = queue.Queue(maxsize=n * 2)
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
            except _Stop:
                pass
            finally:
                holder.close()
        return limited

    def _hand_over(
        self, work: queue.Queue[_Job | None], item: _Job | None, threads: list[threading.Thread]
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

    def _worker(self, work: queue.Queue[_Job | None]) -> None:
        holder = ConnectionHolder(self.factory, self._conns)
        held: list[_Job | None] = []  # taken from the queue ahead of time
        try:
            while True:
                job = held.pop() if held else work.get()
                if job is None:
                    return
                if self._should_stop():
                    continue  # drain: the row stays pending for the next run
                following: _Job | None = None
                with contextlib.suppress(queue.Empty):
                    # A row already waiting becomes this connection's next one, so its
                    # envelope can go out with this message's end of data.
                    held.append(work.get_nowait())
                    following = held[-1]
                try:
                    self._deliver(holder, job, parallel=True, following=following)
                except _Stop:
                    continue
                except _Retire as retire:
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

    def _throttle(self, holder: ConnectionHolder) -> None:
        rate = self.settings.rate_per_minute
        if rate and rate > 0:
            interval = 60.0 / rate
            with self._lock:
                now = self._clock()
                slot = max(now, self._next_slot)
                self._next_slot = slot + interval
            while (wait := slot - self._clock()) > 0:
                self._sleep(wait)
                if self._should_stop():
                    raise _Stop
        cap = self.settings.daily_cap
        if cap is not None:
            with self._lock:
                over = self._sent_24h >= cap
            if over:
                self._daily(
                    Failure(
                        "daily_limit",
                        0,
                        translate("MergeEngine", "daily cap of {cap} reached").format(cap=cap),
                        translate(
                            "MergeEngine",
                            "This merge reached the daily cap of {cap} messages. "
                            "It is paused; resume it tomorrow and it continues where it stopped.",
                        ).format(cap=cap),
                    )
                )
                self._wait_running(holder)

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

    def _backoff(self, attempt: int) -> None:
        delays = self.settings.backoff or (0.0,)
        delay = delays[min(attempt - 1, len(delays) - 1)]
        if delay > 0:
            self._sleep(delay)

    def _deliver(
        self,
        holder: ConnectionHolder,
        job: _Job,
        parallel: bool = False,
        following: _Job | None = None,
    ) -> None:
        """Send one row on *holder*'s connection, retrying as its failures allow.

        *following* is the row this connection sends next, if known: its envelope can
        go out with this message's end of data (unless a rate limit spaces them out).
        """
        ledger = self.ledger
        merge_id = self.plan.merge_id
        attempt = 0
        data_attempts = 0  # attempts whose end of data went out, for the ledger
        if self.settings.rate_per_minute:
            following = None
        while True:
            self._wait_running(holder)
            self._throttle(holder)
            self._wait_running(holder)
            try:
                backend = holder.get()
            except Exception as exc:  # every failure to connect is classified
                if self._should_stop():
                    raise _Stop from exc  # e.g. aborted while connecting
                failure = classify(exc, self.host)
                others = self._conns.others()
                if parallel and others > 0 and failure.kind != "fatal":
                    # e.g. "421 too many connections": the others carry on without us.
                    raise _Retire(job) from exc
                attempt += 1
                if failure.kind == "fatal" or attempt >= self.settings.max_attempts:
                    self._stop(
                        failure
                        if failure.message
                        else replace(
                            failure,
                            kind="fatal",
                            message=translate(
                                "MergeEngine",
                                "Composer cannot connect to {host} ({reason}). "
                                "Check the network and the sending profile.",
                            ).format(
                                host=self.host or translate("MergeEngine", "the server"),
                                reason=failure.detail,
                            ),
                        )
                    )
                    raise _Stop from exc
                self._emit(RowEvent("retry", job.row_number, job.recipients, failure.detail))
                self._backoff(attempt)
                continue
            if self._should_stop():
                raise _Stop  # stopped while connecting: the row stays pending
            mark = _MarkSending(self, job)
            try:
                accepted = send_one(
                    backend, job.message, mark, following.message if following else None
                )
            except Exception as exc:  # every sending failure is classified and recorded
                if mark.error is not None:
                    raise mark.error from exc  # the ledger cannot be written: stop sending
                failure = classify(exc, self.host)
                if not isinstance(
                    exc, smtplib.SMTPResponseException | smtplib.SMTPRecipientsRefused
                ):
                    # Not a reply the session answered in step: do not reuse the connection.
                    holder.discard()
                if mark.done:
                    # The end of the message may have reached the server: unless the
                    # server itself answered, it most likely has it. Never resent.
                    failure = after_end_of_data(exc, failure)
                    data_attempts += 1
                retry = self._handle_failure(holder, job, failure, attempt + 1, data_attempts)
                if mark.done:
                    self._settled()
                if retry:
                    attempt += 1
                    continue
                return
            if not accepted:
                reason = translate("MergeEngine", "the message has no recipients")
                ledger.mark_failed(merge_id, job.row_key, reason)
                self._count("failed", job, reason)
                return
            reply_text, note = accepted_reply(job.message)
            # Recorded the moment the reply is read: from here on the row is not in doubt.
            ledger.mark_sent(
                merge_id, job.row_key, reply_text, note, job.message_id, data_attempts + 1
            )
            self._settled()
            with self._lock:
                self._same_failure = ("", 0)
                self._sent_24h += 1
            self._count("sent", job, note or reply_text)
            return

    def _settled(self) -> None:
        with self._lock:
            self._unsettled -= 1

    def _handle_failure(
        self,
        holder: ConnectionHolder,
        job: _Job,
        failure: Failure,
        attempt: int,
        data_attempts: int = 0,
    ) -> bool:
        """Record a failed attempt; True to try the same row again."""
        ledger = self.ledger
        merge_id = self.plan.merge_id
        kind = failure.kind
        detail = f"{failure.code} {failure.detail}".strip() if failure.code else failure.detail
        if kind in ("reconnect", "fatal", "daily_limit", "unknown"):
            holder.discard()
        if kind == "unknown":
            ledger.mark_unknown(merge_id, job.row_key, detail, job.message_id, data_attempts)
            self._count("unknown", job, detail)
            if failure.stops_run:
                self._stop(failure)
            return False
        if kind == "fatal":
            ledger.mark_pending(merge_id, job.row_key, detail)
            self._stop(failure)
            return False
        if kind == "daily_limit":
            ledger.mark_pending(merge_id, job.row_key, detail)
            self._daily(failure)
            return not self.settings.stop_on_daily_limit
        if kind in ("reconnect", "temporary"):
            if attempt >= self.settings.max_attempts:
                reason = plural(
                    attempt,
                    translate("MergeEngine", "gave up after {count} attempt: {reason}"),
                    translate("MergeEngine", "gave up after {count} attempts: {reason}"),
                ).format(count=attempt, reason=detail)
                ledger.mark_failed(merge_id, job.row_key, reason)
                self._count("failed", job, reason)
                return False
            ledger.mark_pending(merge_id, job.row_key, detail)
            self._emit(RowEvent("retry", job.row_number, job.recipients, detail))
            self._backoff(attempt)
            return True
        ledger.mark_failed(merge_id, job.row_key, detail)
        self._count("failed", job, detail)
        with self._lock:
            same, n = self._same_failure
            signature = f"{failure.code} {failure.detail.split(':')[-1].strip()}"[:120]
            n = n + 1 if same == signature else 1
            self._same_failure = (signature, n)
        if n >= self.settings.stop_after_same_failure:
            self._stop(repeated(failure, n, detail))
        return False


class _MarkSending:
    """The ``before_data`` of one attempt at a row: what it did is kept for the engine.

    Called right before the end of the message goes out: from then on, the row is
    "sending" (in doubt until the reply is read), with its Message-ID.
    """

    def __init__(self, engine: MergeEngine, job: _Job) -> None:
        self.engine = engine
        self.job = job
        self.done = False
        self.error: LedgerError | None = None

    def __call__(self) -> None:
        job, engine = self.job, self.engine
        try:
            engine.ledger.mark_sending(
                engine.plan.merge_id, job.row_key, job.message_id, job.recipients
            )
        except LedgerError as exc:
            self.error = exc
            raise
        with engine._lock:
            engine._unsettled += 1
        self.done = True
