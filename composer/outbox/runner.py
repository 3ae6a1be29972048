"""Sending what is due: each message through the one send job, its state kept at every step.

:func:`send_due` goes through the outbox once: every message that is due (or the ones named)
is claimed (its lock: a message another runner holds is left to it), marked ``sending``,
and sent by :func:`composer.sending.job.run_send` with the message's own Date and
Message-ID. The moment before the end of its content goes out (the send job's point of no
return) ``committed`` is written, and the moment the server accepts it, ``sent``: a runner
killed at any point leaves the message in exactly one state that says what the server can
have (:func:`composer.outbox.store.settle_abandoned`).

A temporary failure (the server unreachable, 421, 451, a dropped connection) leaves the
message queued with the reason and a retry time that doubles each time, up to an hour; a
permanent one (550, a refused password, an untrusted certificate) marks it failed with the
reason, for the user to edit it or retry. The words are the one vocabulary's
(:func:`composer.errors.describe.describe`). No Qt here.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from composer.compose.message import ComposedMessage
from composer.errors import CancelToken, ComposerError, UserMessage, WorkContext
from composer.errors.describe import describe
from composer.i18n import translate
from composer.merge.sending.failures import classify
from composer.outbox.clock import Clock, SystemClock, format_local
from composer.outbox.item import OutboxItem, State
from composer.outbox.store import MAX_BACKOFF, OutboxStore, UnknownItem, is_due
from composer.profiles.model import Profile
from composer.sending.account import Account, SignIn
from composer.sending.job import SendAccepted, SendRequest, SendResult, SendStatus, run_send
from composer.sending.servercopy import queue_folder_for

__all__ = [
    "AccountFor",
    "Outcome",
    "backoff",
    "send_due",
    "send_held",
    "send_one_item",
    "temporary",
]

log = logging.getLogger(__name__)

#: The account to send a message of profile *name* with (raises a ComposerError when there
#: is none, or its password cannot be had without asking).
AccountFor = Callable[[str], Account]
_FIRST_RETRY = timedelta(minutes=1)


@dataclass(frozen=True)
class Outcome:
    """What became of one message in a run."""

    item: OutboxItem
    result: SendResult | None  # None: it could not be tried (no account, no password)


def backoff(attempts: int) -> timedelta:
    """The wait before retry number *attempts*: 1, 2, 4, ... minutes, at most an hour."""
    return min(_FIRST_RETRY * (1 << min(max(attempts - 1, 0), 10)), MAX_BACKOFF)


def temporary(exc: BaseException | None) -> bool:
    """Whether a send that failed with *exc* may succeed later by itself."""
    if exc is None:
        return False
    if isinstance(exc, ConnectionRefusedError | socket.gaierror):
        return True  # offline, or the server down: for one message, waiting is the answer
    return classify(exc).kind in ("reconnect", "temporary", "daily_limit")


class _Context:
    """The send job's :class:`~composer.errors.WorkContext` for one outbox message: it
    writes ``committed`` at the point of no return and ``sent`` once the server accepted,
    and passes everything on to *outer* (the window's task) when there is one."""

    def __init__(
        self, store: OutboxStore, item: OutboxItem, clock: Clock, outer: WorkContext | None
    ) -> None:
        self._store, self._item, self._clock, self._outer = store, item, clock, outer
        self.token = _MarkingToken(outer.token if outer else CancelToken(), self._committed)

    def _committed(self) -> None:
        self._item.committed = True
        self._store.save(self._item)

    def report_progress(self, value: object) -> None:
        if isinstance(value, SendAccepted):
            self._item.state = State.SENT
            self._item.sent_at = self._clock.now()
            self._store.save(self._item)
        if self._outer is not None:
            self._outer.report_progress(value)


class _MarkingToken(CancelToken):
    """*inner* (the token whoever may cancel holds), with ``committed`` written to disk
    right before the point of no return."""

    def __init__(self, inner: CancelToken, before_commit: Callable[[], None]) -> None:
        super().__init__()
        self._inner = inner
        self._before_commit = before_commit

    @property
    def cancelled(self) -> bool:
        return self._inner.cancelled

    @property
    def committed(self) -> bool:
        return self._inner.committed

    def cancel(self) -> bool:
        return self._inner.cancel()

    def on_cancel(self, callback: Callable[[], None]) -> None:
        self._inner.on_cancel(callback)

    def check(self) -> None:
        self._inner.check()

    def commit(self) -> None:
        # Written first: a runner killed between the two leaves "in doubt", never a resend.
        self._inner.check()
        self._before_commit()
        self._inner.commit()

    def watch(self, sock: socket.socket) -> None:
        self._inner.watch(sock)

    def release(self) -> None:
        self._inner.release()


def send_due(
    store: OutboxStore,
    account_for: AccountFor,
    clock: Clock,
    *,
    sent_folder: Path | None = None,
    only: Iterable[str] | None = None,
    skip: Iterable[str] = (),
    on_change: Callable[[OutboxItem], None] | None = None,
) -> list[Outcome]:
    """Send every message that is due now (or, with *only*, those ids whatever their time),
    but not those in *skip* (held back until the user says so).

    Never raises for a sending problem; each message's outcome is in its record.
    """
    wanted = None if only is None else set(only)
    skipped = set(skip)
    store.recover()
    outcomes = []
    for item in store.items():
        if (wanted is not None and item.id not in wanted) or item.id in skipped:
            continue
        if wanted is None and not is_due(item, clock.now()):
            continue
        outcome = send_one_item(
            store,
            item.id,
            account_for,
            clock,
            sent_folder=sent_folder,
            force=wanted is not None,
            on_change=on_change,
        )
        if outcome is not None:
            outcomes.append(outcome)
    return outcomes


def send_one_item(
    store: OutboxStore,
    item_id: str,
    account_for: AccountFor,
    clock: Clock,
    *,
    sent_folder: Path | None = None,
    force: bool = False,
    on_change: Callable[[OutboxItem], None] | None = None,
) -> Outcome | None:
    """Send *item_id* if it is due (or queued at all, with *force*); None when another runner
    holds it or it is not to be sent now."""
    try:
        claim = store.claim(item_id)
        with claim as item:
            if item is None or item.state is not State.QUEUED:
                return None
            if not force and not is_due(item, clock.now()):
                return None
            return _send(store, item, account_for, clock, sent_folder, on_change)
    except UnknownItem:
        return None  # cancelled meanwhile


def _send(
    store: OutboxStore,
    item: OutboxItem,
    account_for: AccountFor,
    clock: Clock,
    sent_folder: Path | None,
    on_change: Callable[[OutboxItem], None] | None,
) -> Outcome:
    def changed() -> None:
        store.save(item)
        if on_change is not None:
            on_change(item)

    try:
        account = account_for(item.profile)
        sign_in = account.sign_in()
        msg = store.composed(item.id)
    except (ComposerError, OSError) as exc:
        item.state, item.reason = State.FAILED, describe(exc)
        changed()
        return Outcome(item, None)
    item.state, item.committed, item.attempts = State.SENDING, False, item.attempts + 1
    changed()
    copies = queue_folder_for(account.profile)
    result = _run(store, item, msg, account.profile, sign_in, sent_folder, copies, clock, None)
    changed()
    return Outcome(item, result)


def _run(
    store: OutboxStore,
    item: OutboxItem,
    msg: ComposedMessage,
    profile: Profile,
    sign_in: SignIn,
    sent_folder: Path | None,
    server_copies: Path | None,
    clock: Clock,
    outer: WorkContext | None,
) -> SendResult:
    request = SendRequest(
        msg,
        profile,
        sign_in,
        sent_folder,
        server_copies,  # the queue of the copy for the server's Sent folder, if it keeps one
        date=item.date,
        message_id=item.message_id,
        raw=store.eml(item.id) if item.wire else None,  # the exact bytes queued
    )
    result = run_send(request, _Context(store, item, clock, outer))
    _record(item, result, clock.now())
    log.info("Outbox message %s: %s", item.id, item.state.value)
    return result


def send_held(
    folder: Path,
    item_id: str,
    profile: Profile,
    sign_in: SignIn,
    sent_folder: Path | None,
    server_copies: Path | None,
    ctx: WorkContext,
) -> SendResult:
    """Send *item_id* of the outbox in *folder*, whose lock the caller holds (the compose
    window, which runs this in a child process once its Undo delay is over).

    Raises:
        UnknownItem: it is gone.
        OSError: its files cannot be read or written.
    """
    store = OutboxStore(folder)
    item = store.get(item_id)
    msg = store.composed(item_id)
    item.state, item.committed, item.attempts = State.SENDING, False, item.attempts + 1
    store.save(item)
    result = _run(
        store, item, msg, profile, sign_in, sent_folder, server_copies, SystemClock(), ctx
    )
    store.save(item)
    return result


def _record(item: OutboxItem, result: SendResult, now: datetime) -> None:
    """Keep *result* as *item*'s state."""
    if result.ok:
        item.state, item.reason, item.next_try = State.SENT, None, None
        item.sent_at = item.sent_at or now
        item.accepted = list(result.accepted)
        item.refused = {addr: f"{code} {text}" for addr, (code, text) in result.refused.items()}
        item.sent_key = result.sent_key or ""
        if result.status is SendStatus.PARTIAL or result.copy_lost:
            item.reason = result.message
        return
    if result.status is SendStatus.IN_DOUBT:
        item.state, item.reason = State.IN_DOUBT, result.message
        return
    if result.status is SendStatus.CANCELLED:
        item.state, item.reason, item.committed = State.QUEUED, None, False
        return
    if temporary(result.cause):
        item.state = State.QUEUED
        item.next_try = now + backoff(item.attempts)
        item.reason = result.message.with_todo(
            translate(
                "Outbox", "It stays in the outbox and is tried again at {time}, or retry now."
            ).format(time=format_local(item.next_try))
        )
        return
    item.state = State.FAILED
    item.reason = UserMessage(
        result.message.what,
        result.message.todo or translate("Outbox", "Edit the message and send it again."),
        result.message.details,
    )
