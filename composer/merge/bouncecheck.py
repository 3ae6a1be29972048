"""Check for bounces from the merge window: the inbox scan of ``composer bounces``, in one
call, and what the ledger knows of each merge's bounces. No Qt here.

:func:`check_bounces` signs in to the profile's IMAP server (the account's one sign-in),
scans the inbox read-only (:func:`composer.merge.bounces.scan.scan_inbox`: each bounce
recorded against the row that sent the message, hard bounces and unsubscribe requests put
on the suppression list) and signs out. :func:`bounce_counts` and :func:`bounce_lines` say
what a merge's rows brought back, for the list of earlier merges. :func:`scan_words` says
what one scan found, in the words ``composer bounces`` prints.
"""

from __future__ import annotations

import contextlib
import imaplib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from composer.i18n import translate
from composer.mailbox.client import ImapSignIn
from composer.merge.bounces.scan import ScanReport, imap_login, scan_inbox
from composer.merge.bounces.words import scan_summary
from composer.merge.record.bounced import BounceMark, bounces_of
from composer.merge.record.ledger import MergeLedger
from composer.merge.record.suppression import SuppressionList
from composer.profiles.model import Profile

__all__ = ["BounceCount", "bounce_counts", "bounce_lines", "check_bounces", "scan_words"]


@dataclass(frozen=True)
class BounceCount:
    hard: int = 0
    soft: int = 0

    @property
    def total(self) -> int:
        return self.hard + self.soft


def check_bounces(
    profile: Profile,
    sign_in: Callable[[], ImapSignIn],
    ledger: MergeLedger,
    suppression: SuppressionList | None = None,
    progress: Callable[[int], None] | None = None,
) -> ScanReport:
    """Scan *profile*'s inbox for bounces and unsubscribe requests (blocks: off the GUI
    thread).

    Raises:
        ComposerError: no IMAP server, or the sign-in was refused.
        OSError, ssl.SSLError, imaplib.IMAP4.error: the server cannot be reached or read.
    """
    conn = imap_login(profile, sign_in())
    try:
        return scan_inbox(
            conn,
            ledger,
            suppression if suppression is not None else SuppressionList(),
            progress=progress,
        )
    finally:
        with contextlib.suppress(OSError, imaplib.IMAP4.error):
            conn.logout()


def bounce_counts(ledger: MergeLedger, merge_ids: Iterable[int]) -> dict[int, BounceCount]:
    """How many of each merge's recipients bounced, hard and soft (merges without any left
    out)."""
    out: dict[int, BounceCount] = {}
    for merge_id in merge_ids:
        marks = bounces_of(ledger, merge_id)
        if marks:
            hard = sum(1 for m in marks if m.hard)
            out[merge_id] = BounceCount(hard, len(marks) - hard)
    return out


def bounce_lines(marks: Iterable[BounceMark], limit: int = 20) -> list[str]:
    """One line per bounced recipient: who, hard or soft, and the server's reason."""
    lines = []
    for mark in marks:
        kind = (
            translate("BounceCheck", "hard bounce: not mailed again")
            if mark.hard
            else translate("BounceCheck", "soft bounce")
        )
        reason = f" {mark.status} {mark.reason}".rstrip()
        lines.append(f"{mark.recipient} ({kind}){':' if reason else ''}{reason}")
    if len(lines) > limit:
        more = len(lines) - limit
        lines = [*lines[:limit], translate("BounceCheck", "… and {count} more").format(count=more)]
    return lines


def scan_words(report: ScanReport) -> str:
    return scan_summary(
        report.messages,
        len(report.hard),
        len(report.soft),
        len(report.unsubscribed),
        len(report.unmatched),
    )
