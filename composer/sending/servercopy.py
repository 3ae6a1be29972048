"""The copy of each sent message in the account's own Sent folder, over IMAP. No Qt.

Webmail and phones show what Composer sent only if a copy is in the server's Sent folder.
After the server accepts a message, the send job queues its exact bytes (as they went on
the wire: no Bcc header) with :func:`queue_copy`, and :func:`make_copies` then stores every
copy waiting for that account in its Sent folder (the one the profile names, else the
mailbox flagged ``\\Sent``, else a usual name), flagged ``\\Seen``. That second step never
holds up the send: the window runs it on a thread after showing the result, the command
line after printing it. A copy that cannot be made stays queued
(:class:`~composer.storage.copyqueue.CopyQueue`) and is made with the next message sent
through the account, or at the next start; a copy whose APPEND was started before is
first looked up by its Message-ID, so none is stored twice.

Providers that file submitted mail in Sent themselves (Gmail, Microsoft 365 / Outlook.com)
get no copy: it would be there twice. Until the provider table says so itself, the rule is
:func:`files_sent_itself` here.
"""

from __future__ import annotations

import imaplib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from typing import Any

from composer.errors import ComposerError, UserMessage
from composer.i18n import plural, translate
from composer.mailbox.client import ImapClient, ImapServer, ImapSignIn
from composer.mailbox.errors import ImapError, ImapProtocolError, describe_imap
from composer.profiles.imapaccount import files_sent_itself, imap_server_of, wants_server_copy
from composer.profiles.model import PasswordSource, Profile
from composer.sending.sentcopy import wire_chunks
from composer.storage.copyqueue import CopyQueue, QueuedCopy

__all__ = [
    "CopyReport",
    "CopyingConnection",
    "copying_connections",
    "files_sent_itself",
    "imap_server_for",
    "make_copies",
    "make_waiting_copies",
    "queue_copy",
    "queue_folder_for",
    "wants_server_copy",
    "wire_chunks",
]

log = logging.getLogger(__name__)


def imap_server_for(profile: Profile) -> ImapServer | None:
    """The profile's IMAP server (its user name defaults to the SMTP one), or None."""
    return imap_server_of(profile)


def queue_folder_for(profile: Profile) -> Path | None:
    """Where the send job queues the copy, or None when *profile* gets none."""
    return CopyQueue().folder if wants_server_copy(profile) else None


def queue_copy(queue: CopyQueue, profile: Profile, mime: Message, message_id: str) -> None:
    """Queue the copy of *mime*, just accepted by the server (call before Bcc is added)."""
    server = imap_server_for(profile)
    if server is None or "Bcc" in mime:
        return  # a message with Bcc in it never goes to a server's folder
    queue.add(wire_chunks(mime), key=server.key, profile=profile.name, message_id=message_id)


@dataclass(frozen=True)
class CopyReport:
    """What became of the copies waiting for one account."""

    host: str
    folder: str = ""  # the Sent folder's name ("" when not reached)
    made: int = 0  # copies stored in it now
    already_there: int = 0  # retried copies the folder already had
    waiting: int = 0  # copies still queued
    failure: UserMessage | None = None

    @property
    def ok(self) -> bool:
        return self.failure is None

    @property
    def message(self) -> UserMessage:
        """The outcome in words, for the window and the terminal."""
        if self.failure is not None:
            cause = self.failure
            return UserMessage(
                translate(
                    "ServerCopy",
                    "The copy for the Sent folder on {host} could not be made: {reason}",
                ).format(host=self.host, reason=cause.what),
                (cause.todo + " " if cause.todo else "")
                + plural(
                    self.waiting,
                    translate(
                        "ServerCopy",
                        "Nothing is lost: Composer keeps the copy and makes it with the next "
                        "message sent through this account, or at the next start.",
                    ),
                    translate(
                        "ServerCopy",
                        "Nothing is lost: Composer keeps {count} copies and makes them with the "
                        "next message sent through this account, or at the next start.",
                    ),
                ).format(count=self.waiting),
                cause.details,
            )
        return UserMessage(
            translate("ServerCopy", "A copy is in “{folder}” on {host}.").format(
                folder=self.folder, host=self.host
            )
            if self.made + self.already_there <= 1
            else translate("ServerCopy", "{count} copies are in “{folder}” on {host}.").format(
                count=self.made + self.already_there, folder=self.folder, host=self.host
            )
        )


def make_copies(
    profile: Profile, sign_in: ImapSignIn, queue: CopyQueue | None = None
) -> CopyReport | None:
    """Store every copy waiting for *profile*'s account in its Sent folder; never raises for
    the server's sake (a failure is in the report, and the copies stay queued).

    Returns None when nothing waits (or the profile has no IMAP server).
    """
    server = imap_server_for(profile)
    if server is None:
        return None
    queue = queue or CopyQueue()
    with queue.claimed():
        return _make_copies(profile, server, sign_in, queue)


def _make_copies(
    profile: Profile, server: ImapServer, sign_in: ImapSignIn, queue: CopyQueue
) -> CopyReport | None:
    # A copy queued before the profile's server settings were corrected is still this
    # account's: the profile that sent it makes it.
    entries = [e for e in queue.pending() if e.key == server.key or e.profile == profile.name]
    if not entries:
        return None
    made = already = 0
    folder_name = ""
    current: QueuedCopy | None = None
    try:
        with ImapClient(server) as imap:
            imap.login(sign_in)
            folder = imap.find_sent(profile.imap.sent_folder)
            folder_name = folder.name
            for entry in entries:
                current = entry
                if entry.attempts and imap.has_message_id(folder, entry.message_id):
                    queue.done(entry)  # the last APPEND got there after all
                    already += 1
                    continue
                current = queue.started(entry)
                imap.append(folder, queue.read(entry))
                queue.done(current)
                made += 1
            current = None
    except (ImapError, OSError, imaplib.IMAP4.error) as exc:
        if isinstance(exc, imaplib.IMAP4.error):
            exc = ImapProtocolError(server.host, str(exc))
        words = describe_imap(exc, server)
        log.warning("The copy for Sent on %s could not be made: %s", server, words.what)
        for entry in [current] if current is not None else entries[made + already :]:
            queue.failed(entry, words.what)
        waiting = len(entries) - made - already
        return CopyReport(server.host, folder_name, made, already, waiting, words)
    return CopyReport(server.host, folder_name, made, already, 0)


def make_waiting_copies(
    profiles: list[Profile], passwords: PasswordSource, queue: CopyQueue | None = None
) -> list[CopyReport]:
    """At start-up: make the copies left waiting, for each profile that can sign in without
    asking (a password in the keyring); the others wait for their next message."""
    from composer.sending.account import Account

    queue = queue or CopyQueue()
    waiting = queue.pending()
    reports: list[CopyReport] = []
    done: set[str] = set()
    for profile in profiles:
        server = imap_server_for(profile)
        if server is None or server.key in done:
            continue
        if not any(e.key == server.key or e.profile == profile.name for e in waiting):
            continue
        done.add(server.key)
        try:
            sign_in = Account(profile, passwords).sign_in()
        except ComposerError as exc:  # no password kept, a locked keyring: wait for a send
            log.info("Copies for %s wait: %s", server, exc.message.what)
            continue
        report = make_copies(profile, sign_in, queue)
        if report is not None:
            reports.append(report)
    return reports


class CopyingConnection:
    """A ``composer.mail`` connection that queues a copy of each message it delivers (a
    merge's connections when the user asks for Sent copies); everything else is the
    connection's own."""

    def __init__(self, backend: Any, profile: Profile, queue: CopyQueue) -> None:
        self._backend = backend
        self._profile = profile
        self._queue = queue

    def __getattr__(self, name: str) -> Any:
        return getattr(self._backend, name)

    def send_message(self, message: Any, **kwargs: Any) -> bool:
        from composer.sending.sentcopy import one_message

        mime = one_message(message)  # the copy is then byte for byte what goes out
        accepted = bool(self._backend.send_message(message, **kwargs))
        if accepted:
            try:
                queue_copy(self._queue, self._profile, mime, str(mime["Message-ID"] or ""))
            except OSError as exc:  # the message went out; only the server's copy is missing
                log.warning("The copy for the server's Sent folder could not be queued: %s", exc)
        return accepted

    def send_messages(self, email_messages: Any) -> int:
        return sum(1 for m in email_messages if self.send_message(m))


def copying_connections(
    factory: Callable[[], Any], profile: Profile, queue: CopyQueue | None = None
) -> Callable[[], Any]:
    """*factory*'s connections, each queuing the copies of what it delivers."""
    queue = queue or CopyQueue()
    return lambda: CopyingConnection(factory(), profile, queue)
