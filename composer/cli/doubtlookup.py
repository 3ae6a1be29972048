"""Rows in doubt looked up in the Sent folder before ``composer merge`` asks about them."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from composer.i18n import plural, translate

if TYPE_CHECKING:
    from composer.merge.plan import MergePlan
    from composer.sending.account import Account

__all__ = ["settle_from_sent"]


def settle_from_sent(plan: MergePlan, account: Account) -> int:
    """Record as delivered the rows in doubt the account's Sent folder holds; returns how
    many. Says what it found; a server that cannot be searched leaves every row to ask about.
    """
    from composer.merge.record.doubt import settle_from_sent_folder
    from composer.sending.sentlookup import SentLookupFailed, can_look_up_sent, sent_folder_lookup

    profile = account.profile
    if not can_look_up_sent(profile):
        return 0
    lookup = sent_folder_lookup(profile, account.sign_in())
    try:
        found, left = settle_from_sent_folder(plan.ledger, plan.merge_id, lookup)
    except SentLookupFailed as exc:
        words = exc.message
        print(
            translate(
                "CliMerge",
                "The Sent folder could not be searched for the messages in doubt: {reason}",
            ).format(reason=words.what),
            file=sys.stderr,
        )
        return 0
    print(
        plural(
            found,
            translate(
                "CliMerge",
                "Found {count} message in doubt in the Sent folder on {host}: recorded as "
                "delivered; {left} still in doubt.",
            ),
            translate(
                "CliMerge",
                "Found {count} messages in doubt in the Sent folder on {host}: recorded as "
                "delivered; {left} still in doubt.",
            ),
        ).format(count=found, host=profile.imap.host, left=left),
        file=sys.stderr,
        flush=True,
    )
    return found
