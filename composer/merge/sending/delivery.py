"""One row on one connection: send it, mark it, and decide what a failure means.

How a row goes out (see :mod:`composer.merge.record.ledger` for the durability argument):
``backend.send_message`` on a connection kept open across rows; right before the write that
ends the message content (nothing is delivered before it), the ledger durably marks the row
``sending`` with its Message-ID (:class:`_MarkSending`); the moment the server's reply is
read, the row is marked ``sent`` (or ``failed``, or back to ``pending`` for a retry). If the
reply never comes, whatever ended the connection, the row is ``unknown``: in doubt, most
likely delivered, never sent again without the user's say.

What a failure means is :func:`composer.merge.sending.failures.classify`'s decision: before
the end of data, a dropped connection or 421 reconnects and retries the row, 4xx retries
after a backoff, 5xx fails the row and goes on, a daily-limit reply pauses, and
authentication, TLS or a refused sender stop the run. If the same permanent failure hits
many rows in a row, the run stops too: it would hit every row.
"""

from __future__ import annotations

import smtplib
import threading
from dataclasses import replace
from typing import TYPE_CHECKING

from composer.i18n import plural, translate
from composer.merge.record.ledgerfile import LedgerError
from composer.merge.sending.connection import (
    ConnectionHolder,
    LiveConnections,
    accepted_reply,
    send_one,
)
from composer.merge.sending.failures import Failure, after_end_of_data, classify, repeated
from composer.merge.sending.pacing import Pacer
from composer.merge.sending.progress import RowEvent
from composer.merge.sending.rows import EngineHooks, Job

if TYPE_CHECKING:
    from composer.errors.describe import ServerInfo

__all__ = ["Retire", "RowDelivery", "Stop"]


class Stop(Exception):
    """The run is stopping: the row stays as the ledger has it."""


class Retire(Exception):
    """A parallel connection could not be opened while others work: give the row back."""

    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job


class RowDelivery(EngineHooks):
    """The per-row half of :class:`~composer.merge.sending.engine.MergeEngine` (a mixin)."""

    host: str | ServerInfo
    _lock: threading.Lock
    _pacer: Pacer
    _conns: LiveConnections
    _same_failure: tuple[str, int]
    # Messages whose "sending" line is in the journal but whose outcome is not yet in the
    # database; the run ends settled only if none is left.
    _unsettled: int

    def _daily(self, failure: Failure) -> None:
        raise NotImplementedError

    def _wait_running(self, holder: ConnectionHolder | None = None) -> None:
        raise NotImplementedError

    def _emit(self, event: RowEvent) -> None:
        raise NotImplementedError

    def _throttle(self, holder: ConnectionHolder) -> None:
        """Wait for this message's turn under the rate limit; pause at the daily cap."""
        if not self._pacer.wait_turn(self._should_stop):
            raise Stop
        cap = self._pacer.cap_reached()
        if cap is not None:
            self._daily(cap)
            self._wait_running(holder)

    def _deliver(
        self,
        holder: ConnectionHolder,
        job: Job,
        parallel: bool = False,
        following: Job | None = None,
    ) -> None:
        """Send one row on *holder*'s connection, retrying as its failures allow.

        *following* is the row this connection sends next, if known: its envelope can
        go out with this message's end of data (unless a rate limit spaces them out).
        """
        ledger = self.ledger
        merge_id = self.plan.merge_id
        attempt = 0
        data_attempts = 0  # attempts whose end of data went out, for the ledger
        paced = self.settings.rate_per_minute or self._pacer.daily_cap is not None
        if self.settings.rate_per_minute:
            following = None
        while True:
            self._wait_running(holder)
            if paced:
                self._throttle(holder)
                self._wait_running(holder)
            try:
                backend = holder.get()
            except Exception as exc:  # every failure to connect is classified
                if self._should_stop():
                    raise Stop from exc  # e.g. aborted while connecting
                failure = classify(exc, self.host)
                others = self._conns.others()
                if parallel and others > 0 and failure.kind != "fatal":
                    # e.g. "421 too many connections": the others carry on without us.
                    raise Retire(job) from exc
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
                    raise Stop from exc
                self._emit(RowEvent("retry", job.row_number, job.recipients, failure.detail))
                self._pacer.backoff(attempt)
                continue
            if self._should_stop():
                raise Stop  # stopped while connecting: the row stays pending
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
            self._pacer.count_sent()
            self._count("sent", job, note or reply_text)
            return

    def _settled(self) -> None:
        with self._lock:
            self._unsettled -= 1

    def _handle_failure(
        self,
        holder: ConnectionHolder,
        job: Job,
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
            self._pacer.backoff(attempt)
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

    def __init__(self, engine: RowDelivery, job: Job) -> None:
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
