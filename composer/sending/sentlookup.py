"""Looking messages up by Message-ID in the account's Sent folder (IMAP SEARCH HEADER).

After a crash in the middle of a merge, a row is "in doubt" when its message went out whole
and the server's confirmation was lost. Providers that file what they accept in Sent
themselves (Gmail, Microsoft 365) hold the answer: a message found there by its Message-ID
was delivered. :func:`sent_folder_lookup` gives the merge's record
(:func:`composer.merge.record.doubt.settle_from_sent_folder`) that look, so the user is asked
only about the rows that truly cannot be known. Other servers never saw the message in
their Sent folder (Composer's own copy is made only after the server accepted it), so no
lookup is offered for them. No Qt here.
"""

from __future__ import annotations

import imaplib
import logging
from collections.abc import Callable, Collection, Sequence

from composer.errors import ComposerError
from composer.mailbox.client import ImapClient, ImapSignIn
from composer.mailbox.errors import ImapError, ImapProtocolError, describe_imap
from composer.profiles.imapaccount import files_sent_itself, imap_server_of
from composer.profiles.model import BackendKind, Profile

__all__ = ["SentLookupFailed", "can_look_up_sent", "sent_folder_lookup"]

log = logging.getLogger(__name__)


class SentLookupFailed(ComposerError):
    """The Sent folder could not be searched; its words name the IMAP server."""


def can_look_up_sent(profile: Profile) -> bool:
    """Whether a message's arrival in the Sent folder proves *profile*'s server accepted it."""
    return (
        profile.backend is BackendKind.SMTP and profile.imap.enabled and files_sent_itself(profile)
    )


def sent_folder_lookup(
    profile: Profile, sign_in: ImapSignIn
) -> Callable[[Sequence[str]], Collection[str]]:
    """A lookup: given Message-IDs, those the profile's Sent folder holds.

    The lookup raises :class:`SentLookupFailed` when the server cannot be searched.
    """
    server = imap_server_of(profile)
    if server is None:
        raise ValueError(f"{profile.name!r} has no IMAP server")

    def lookup(message_ids: Sequence[str]) -> Collection[str]:
        found: list[str] = []
        try:
            with ImapClient(server) as imap:
                imap.login(sign_in)
                folder = imap.find_sent(profile.imap.sent_folder)
                for message_id in message_ids:
                    if imap.has_message_id(folder, message_id):
                        found.append(message_id)
        except (ImapError, OSError, imaplib.IMAP4.error) as exc:
            if isinstance(exc, imaplib.IMAP4.error) and not isinstance(exc, ImapError):
                exc = ImapProtocolError(server.host, str(exc))
            words = describe_imap(exc, server)
            log.warning("The Sent folder on %s could not be searched: %s", server, words.what)
            raise SentLookupFailed(words.what, words.todo, words.details) from exc
        return found

    return lookup
