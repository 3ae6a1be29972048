"""What a merge does with the account's IMAP server, for the merge dialog. No Qt here.

Two things, both off the GUI thread: when the user asks for it, each delivered message's
copy is queued (:class:`~composer.sending.servercopy.CopyingConnection`) and the copies are
made in the account's Sent folder once the run ends; and before a run resumes, the rows in
doubt are looked up by Message-ID in the Sent folder of a provider that files sent mail
itself (:mod:`composer.sending.sentlookup`), so only the others are left to the user.
``composer merge`` does the same with ``--imap-sent-copy``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from composer.merge.record.doubt import rows_in_doubt, settle_from_sent_folder
from composer.profiles.imapaccount import wants_server_copy
from composer.sending.sentlookup import SentLookupFailed, can_look_up_sent, sent_folder_lookup
from composer.sending.servercopy import CopyingConnection, CopyReport, make_copies
from composer.storage.copyqueue import CopyQueue

if TYPE_CHECKING:
    from composer.errors import UserMessage
    from composer.merge.record.ledger import MergeLedger
    from composer.sending.account import Account

__all__ = ["MergeServerAccount"]

log = logging.getLogger(__name__)


class MergeServerAccount:
    """The merge's account and its IMAP server; :meth:`connect` is the merge's factory."""

    def __init__(self, account: Account) -> None:
        self.account = account
        #: The user's choice: a copy of each message in the server's Sent folder.
        self.copy_to_sent = False

    @property
    def can_copy(self) -> bool:
        """Whether the profile can get copies in Sent (an IMAP server, a provider that does
        not file sent mail itself)."""
        return wants_server_copy(self.account.profile)

    @property
    def can_look_up(self) -> bool:
        return can_look_up_sent(self.account.profile)

    def connect(self) -> Any:
        """A new connection (not yet opened); it queues copies when the user asked for them."""
        backend = self.account()
        if self.copy_to_sent and self.can_copy:
            return CopyingConnection(backend, self.account.profile, CopyQueue())
        return backend

    def connect_for_test(self) -> Any:
        """A new connection for a test message: never copied to Sent.

        A test ("[Test]" before the subject, sent to the user) is not part of the merge:
        a copy of it in Sent would show webmail and phones a message nobody was sent.
        """
        return self.account()

    def settle_doubt(self, ledger: MergeLedger, merge_id: int) -> tuple[int, UserMessage | None]:
        """Record as delivered the rows in doubt the Sent folder holds.

        Returns:
            (rows recorded, the failure in words when the folder could not be searched).
        """
        if not self.can_look_up or not rows_in_doubt(ledger, merge_id):
            return 0, None
        lookup = sent_folder_lookup(self.account.profile, self.account.sign_in())
        try:
            found, _left = settle_from_sent_folder(ledger, merge_id, lookup)
        except SentLookupFailed as exc:
            return 0, exc.message
        return found, None

    def make_copies(self) -> CopyReport | None:
        """After the run: the copies it queued (and any left waiting), in Sent."""
        if not (self.copy_to_sent and self.can_copy):
            return None
        return make_copies(self.account.profile, self.account.sign_in())
