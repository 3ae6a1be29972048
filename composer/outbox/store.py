"""The outbox on disk: one folder per message, ``message.eml`` and ``state.json``.

``<data>/outbox/<id>/message.eml`` holds the message byte for byte as it will be sent
(attachments inside, its Date, Message-ID and MIME boundaries fixed; Bcc as a header that is
taken off when it is sent: :mod:`composer.sending.wire`), so it never depends on
the files it was written with; ``state.json`` beside it holds its state
(:class:`~composer.outbox.item.OutboxItem`). A new message is written into a hidden folder
and renamed into place, so a crash while queueing leaves either nothing or a whole message;
``state.json`` is replaced atomically at every change.

Each message has a lock file: whoever sends, cancels or edits it holds its lock
(:meth:`OutboxStore.claim`), so the window and ``composer outbox run`` never send the same
message, and a message is never deleted while it is being sent. The lock goes with the
process that held it; a message found ``sending`` with its lock free was left by a runner
that died, and is settled by :func:`settle_abandoned`. No Qt here.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import secrets
import shutil
from collections.abc import Iterator
from datetime import datetime, timedelta
from email.utils import formatdate
from pathlib import Path
from typing import IO

from composer.compose.message import ComposedMessage, from_eml, message_id_for
from composer.errors import ComposerError, UserMessage
from composer.errors.describe import describe, technical_details
from composer.i18n import translate
from composer.outbox.item import OutboxItem, State
from composer.sending.wire import queued_bytes
from composer.storage import paths
from composer.storage.atomic import fsync_dir, private_folder, write_bytes_atomic
from composer.storage.filelock import try_lock

__all__ = [
    "Held",
    "NotQueued",
    "OutboxStore",
    "TooLate",
    "UnknownItem",
    "is_due",
    "settle_abandoned",
]

log = logging.getLogger(__name__)

_EML, _STATE, _LOCK = "message.eml", "state.json", "lock"
_STAGING = ".new-"
#: Nothing waits longer than this after a temporary failure, even when the clock went back.
MAX_BACKOFF = timedelta(hours=1)


class NotQueued(ComposerError):
    """The message could not be put in the outbox (a full disk, an unreadable file)."""


class UnknownItem(ComposerError):
    """No message in the outbox has that id."""


class TooLate(ComposerError):
    """The message is being sent (or was) and can no longer be cancelled or changed."""


def is_due(item: OutboxItem, now: datetime) -> bool:
    """Whether *item* should go out at *now*.

    A message already tried was due once: its own time no longer holds it back, and a retry
    time further away than :data:`MAX_BACKOFF` can only mean the clock went back: such a
    message is due rather than stuck for as long as the clock jumped.
    """
    if item.state is not State.QUEUED or (item.attempts == 0 and item.due > now):
        return False
    return item.next_try is None or item.next_try <= now or item.next_try - now > MAX_BACKOFF


def settle_abandoned(item: OutboxItem) -> bool:
    """Settle *item* found ``sending`` with no runner; True when it changed.

    Before the end of the content went out, the server cannot have delivered it: it waits
    again. After, it is in doubt.
    """
    if item.state is not State.SENDING:
        return False
    if item.committed:
        item.state = State.IN_DOUBT
        item.reason = UserMessage(
            translate(
                "Outbox",
                "Composer stopped while this message was going out, after the server had it "
                "all but before it answered.",
            ),
            translate(
                "Outbox",
                "It was most likely delivered: send it again only if a recipient tells you it "
                "did not arrive.",
            ),
        )
    else:
        item.state = State.QUEUED
    return True


class OutboxStore:
    """The outbox folder (``<data>/outbox`` unless *folder* is given)."""

    def __init__(self, folder: Path | None = None) -> None:
        # Made (and its permissions set) by the first message queued, not here: the app
        # builds its store on the GUI thread, where no disk work belongs.
        self.folder = Path(folder) if folder else paths.data_dir() / "outbox"

    # -- adding ---------------------------------------------------------------------------

    def add(
        self, msg: ComposedMessage, profile: str, due: datetime, now: datetime, origin: str = ""
    ) -> OutboxItem:
        """Queue *msg* to go out through *profile* at *due*; returns its record.

        Raises:
            NotQueued: it could not be written whole (a full disk, an attachment that can no
                longer be read); nothing is left in the outbox.
        """
        held = self.add_held(msg, profile, due, now, origin)
        held.release()
        return held.item

    def add_held(
        self, msg: ComposedMessage, profile: str, due: datetime, now: datetime, origin: str = ""
    ) -> Held:
        """:meth:`add`, its lock taken before anyone can see it (the compose window counts
        down on it: no runner may take it first, even with no Undo delay).

        Raises:
            NotQueued: as :meth:`add`.
        """
        try:
            private_folder(self.folder)
        except OSError as exc:
            raise NotQueued(*_not_queued(exc)) from exc
        item_id = self._new_id(now)
        date = formatdate(due.timestamp(), localtime=True)
        message_id = message_id_for(msg.from_addr)
        item = OutboxItem(
            id=item_id,
            profile=profile,
            due=due,
            queued_at=now,
            subject=msg.subject,
            recipients=list(msg.recipients()),
            message_id=message_id,
            date=date,
            origin=origin or "compose",
            wire=True,
        )
        staging = self.folder / f"{_STAGING}{item_id}"
        fh: IO[bytes] | None = None
        try:
            eml = queued_bytes(msg, date, message_id)  # what the server will receive
            staging.mkdir(mode=0o700)
            # Locked while written (clean() leaves it alone) and after: the lock moves with
            # the rename, and is handed to Held.
            fh = open(staging / _LOCK, "ab")  # noqa: SIM115
            try_lock(fh)
            write_bytes_atomic(staging / _EML, eml)
            write_bytes_atomic(staging / _STATE, _dump(item))
            os.replace(staging, self.folder / item_id)
            fsync_dir(self.folder)
        except (OSError, ValueError) as exc:  # ValueError: a header the library refuses
            if fh is not None:
                fh.close()
            shutil.rmtree(staging, ignore_errors=True)
            raise NotQueued(*_not_queued(exc)) from exc
        return Held(item, fh)

    def _new_id(self, now: datetime) -> str:
        # Short enough to type (composer outbox cancel ID), ordered by time when listed.
        while True:
            item_id = f"{now:%m%d}-{secrets.token_hex(2)}"
            if not (self.folder / item_id).exists():
                return item_id

    # -- reading --------------------------------------------------------------------------

    def ids(self) -> list[str]:
        try:
            entries = list(self.folder.iterdir())
        except FileNotFoundError:
            return []
        return sorted(e.name for e in entries if not e.name.startswith(".") and e.is_dir())

    def items(self) -> list[OutboxItem]:
        """Every readable record, earliest due first (a damaged one is logged and left)."""
        found = []
        for item_id in self.ids():
            try:
                found.append(self.get(item_id))
            except (UnknownItem, ValueError) as exc:
                log.warning("Skipping outbox entry %s: %s", item_id, exc)
        return sorted(found, key=lambda i: (i.next_due, i.queued_at))

    def get(self, item_id: str) -> OutboxItem:
        """The record of *item_id* (a unique prefix will do).

        Raises:
            UnknownItem: none, or more than one, matches.
            ValueError: its ``state.json`` is damaged.
        """
        folder = self._folder(item_id)
        try:
            data = json.loads((folder / _STATE).read_text(encoding="utf-8"))
            return OutboxItem.from_json(data)
        except FileNotFoundError:
            raise UnknownItem(*_unknown(item_id)) from None
        except (KeyError, TypeError, json.JSONDecodeError) as exc:
            raise ValueError(f"{folder / _STATE}: {exc}") from exc

    def eml(self, item_id: str) -> bytes:
        """The message's ``.eml`` bytes (Bcc header included)."""
        return (self._folder(item_id) / _EML).read_bytes()

    def composed(self, item_id: str) -> ComposedMessage:
        """The message as the compose window edits it, attachments included (from the copy
        kept here, never from the original files)."""
        return from_eml(self.eml(item_id))

    def _folder(self, item_id: str) -> Path:
        if item_id and "/" not in item_id and "\\" not in item_id and item_id[0] != ".":
            exact = self.folder / item_id
            if exact.is_dir():
                return exact
            matches = [i for i in self.ids() if i.startswith(item_id)]
            if len(matches) == 1:
                return self.folder / matches[0]
        raise UnknownItem(*_unknown(item_id))

    # -- changing -------------------------------------------------------------------------

    def save(self, item: OutboxItem) -> None:
        """Replace *item*'s ``state.json`` atomically (hold its claim)."""
        write_bytes_atomic(self.folder / item.id / _STATE, _dump(item))

    @contextlib.contextmanager
    def claim(self, item_id: str) -> Iterator[OutboxItem | None]:
        """Hold *item_id*'s lock for a block; yields its record (read under the lock, an
        abandoned send settled), or None when another runner holds it.

        Raises:
            UnknownItem: no such message (any more).
        """
        held = self.hold(item_id)
        try:
            yield held.item if held is not None else None
        finally:
            if held is not None:
                held.release()

    def hold(self, item_id: str) -> Held | None:
        """Take *item_id*'s lock until :meth:`Held.release` (the compose window holds the
        message it counts down to sending); None when another runner holds it.

        Raises:
            UnknownItem: no such message (any more).
        """
        folder = self._folder(item_id)
        try:
            fh = open(folder / _LOCK, "ab")  # noqa: SIM115  (kept until released)
        except FileNotFoundError:
            raise UnknownItem(*_unknown(item_id)) from None
        if not try_lock(fh):
            fh.close()
            return None
        try:
            item = self.get(folder.name)
            if settle_abandoned(item):
                log.warning(
                    "Outbox message %s was left %s by a runner that stopped",
                    item.id,
                    "in doubt" if item.state is State.IN_DOUBT else "unsent",
                )
                self.save(item)
        except BaseException:
            fh.close()
            raise
        return Held(item, fh)

    def recover(self) -> None:
        """Settle every message a runner left ``sending`` when it stopped (its lock is free
        now; one that another runner holds is left to it)."""
        for item in self.items():
            if item.state is State.SENDING:
                with contextlib.suppress(UnknownItem), self.claim(item.id):
                    pass  # claiming settles it

    def remove(self, item_id: str) -> None:
        """Delete *item_id* (hold its claim). Renamed away first, so it is gone at once."""
        folder = self._folder(item_id)
        trash = self.folder / f".gone-{folder.name}"
        os.replace(folder, trash)
        shutil.rmtree(trash, ignore_errors=True)

    def cancel(self, item_id: str) -> ComposedMessage:
        """Take *item_id* out of the outbox; returns the message (to edit or keep).

        Raises:
            UnknownItem: no such message.
            TooLate: it is being sent right now, or was sent (or may have been).
        """
        with self.claim(item_id) as item:
            if item is None or item.state in (State.SENT, State.IN_DOUBT):
                raise TooLate(*_too_late(item))
            message = self.composed(item.id)
            self.remove(item.id)
            return message

    def clean(self, now: datetime, keep: timedelta = timedelta(days=7)) -> None:
        """Forget sent messages older than *keep* and leftovers of interrupted writes."""
        if not self.folder.is_dir():
            return  # nothing was ever queued
        for entry in list(self.folder.iterdir()):
            if (entry.name.startswith(".gone-") and entry.is_dir()) or (
                entry.name.startswith(_STAGING) and entry.is_dir() and _abandoned(entry)
            ):
                shutil.rmtree(entry, ignore_errors=True)
        for item in self.items():
            if item.state is State.SENT and item.sent_at and now - item.sent_at > keep:
                with self.claim(item.id) as held:
                    if held is not None:
                        self.remove(item.id)


class Held:
    """A message's lock, held (see :meth:`OutboxStore.hold`)."""

    def __init__(self, item: OutboxItem, fh: IO[bytes]) -> None:
        self.item = item
        self._fh = fh

    def release(self) -> None:
        """Let the lock go (closing the file releases it)."""
        self._fh.close()

    def __del__(self) -> None:
        self._fh.close()  # a holder that went away without releasing (a closed window)


def _abandoned(staging: Path) -> bool:
    """Whether the process that was writing *staging* is gone (its lock is free)."""
    try:
        with open(staging / _LOCK, "ab") as fh:
            return try_lock(fh)
    except OSError:
        return True  # killed before it even made the lock: nothing in it to keep


def _dump(item: OutboxItem) -> bytes:
    return json.dumps(item.to_json(), ensure_ascii=False, indent=1).encode("utf-8")


def _not_queued(exc: OSError | ValueError) -> tuple[str, str, str]:
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        what = translate("Outbox", "The message was not queued: the disk is full.")
        todo = translate(
            "Outbox", "Free some space, then send again; your message is still in the window."
        )
        return what, todo, technical_details(exc)
    words = describe(exc)  # an attachment that can no longer be read, most often
    return words.what, words.todo, words.details


def _unknown(item_id: str) -> tuple[str, str]:
    return (
        translate("Outbox", "No message in the outbox has the id “{id}”.").format(id=item_id),
        translate("Outbox", "See the ids with: composer outbox list"),
    )


def _too_late(item: OutboxItem | None) -> tuple[str, str]:
    if item is None or item.state is State.SENDING:
        what = translate("Outbox", "The message is being sent right now.")
    elif item.state is State.SENT:
        what = translate("Outbox", "The message was already sent.")
    else:
        what = translate("Outbox", "The message most likely went out already.")
    return what, translate("Outbox", "It can no longer be cancelled.")
