"""Scanning the sending account's inbox for bounces and unsubscribe requests.

:func:`imap_login` signs in to the profile's IMAP server through the shared IMAP client
(:mod:`composer.mailbox`), with the account's password or OAuth 2.0 sign-in.
:func:`scan_inbox` reads every message of the inbox without marking it read
(``BODY.PEEK``), matches each bounce to the ledger row that sent the message (by its
Message-ID), records it, and puts hard bounces and unsubscribe requests on the suppression
list; a bounce that matches no row is counted and listed, never an error, and marks and
suppresses nothing (it may answer mail sent by other means). An unsubscribe request is
matched to the row it answers (its ``In-Reply-To``, else the last row sent to its sender)
and recorded there; its sender is suppressed either way.
"""

from __future__ import annotations

import imaplib
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from composer.errors import ComposerError
from composer.i18n import translate
from composer.mailbox.client import ImapClient, ImapSignIn
from composer.merge.bounces.dsn import Bounce, Unsubscribe, read_bounce, read_unsubscribe
from composer.merge.record.bounced import (
    BounceMark,
    find_sent_many,
    find_sent_to,
    record_bounce,
    record_unsubscribe,
    row_address,
)
from composer.merge.record.ledger import MergeLedger
from composer.merge.record.suppression import SuppressionList
from composer.profiles.imapaccount import imap_server_of
from composer.profiles.model import Profile

__all__ = ["ScanReport", "imap_login", "scan_inbox"]

log = logging.getLogger(__name__)


def imap_login(profile: Profile, sign_in: ImapSignIn) -> imaplib.IMAP4:
    """Signed in to *profile*'s IMAP server through the shared IMAP client: TLS verified
    (the profile's CA file too), STARTTLS never skipped, a password in the clear only under
    the one plaintext rule, a password or an OAuth 2.0 token as the account signs in.

    Raises:
        ComposerError: the profile has no IMAP server, or the server refused the sign-in.
        OSError, ssl.SSLError, imaplib.IMAP4.error: the server cannot be reached or used.
    """
    server = imap_server_of(profile)
    if server is None:
        raise ComposerError(
            translate("CliBounces", "The profile “{profile}” has no IMAP server.").format(
                profile=profile.name
            ),
            translate(
                "CliBounces",
                "Add the account's incoming (IMAP) server to the profile in Preferences.",
            ),
        )
    client = ImapClient(server)
    client.connect()
    try:
        client.login(sign_in)
    except BaseException:
        client.close()
        raise
    return client.conn


@dataclass
class ScanReport:
    """What one scan found."""

    messages: int = 0
    hard: list[BounceMark] = field(default_factory=list)
    soft: list[BounceMark] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    unsubscribed: list[str] = field(default_factory=list)
    # (merge id, row key, address) of the unsubscribe requests matched to a row.
    unsubscribed_rows: list[tuple[int, str, str]] = field(default_factory=list)
    already_known: int = 0
    # Messages that could not be parsed at all (damaged or hostile), passed over.
    unreadable: int = 0


# Messages per FETCH: one round trip for a few dozen messages instead of one each (an inbox
# of thousands over the internet), while a batch of DSNs carrying their original's
# attachments stays a few megabytes in memory.
_BATCH = 25


def _messages(conn: imaplib.IMAP4, uids: list[bytes]) -> Iterator[bytes]:
    """The whole of each message *uids* names, without marking any of them read."""
    for start in range(0, len(uids), _BATCH):
        chunk = b",".join(uids[start : start + _BATCH]).decode("ascii")
        _typ, fetched = conn.uid("FETCH", chunk, "(BODY.PEEK[])")
        for part in fetched or []:
            if isinstance(part, tuple) and isinstance(part[1], bytes):
                yield part[1]


def scan_inbox(
    conn: imaplib.IMAP4,
    ledger: MergeLedger,
    suppression: SuppressionList,
    *,
    mailbox: str = "INBOX",
    progress: Callable[[int], None] | None = None,
) -> ScanReport:
    report = ScanReport()
    conn.select(mailbox, readonly=True)
    _typ, data = conn.uid("SEARCH", "ALL")
    uids = data[0].split() if data and data[0] else []
    # Read everything first, then match it to the ledger in a few queries (see
    # find_sent_many): a query per bounce would read a large ledger once per bounce.
    returned: list[Bounce] = []
    requests: list[Unsubscribe] = []
    for raw in _messages(conn, uids):
        report.messages += 1
        if progress is not None:
            progress(report.messages)
        # Anyone can put a message in the inbox: one the parser cannot read (a header cut in
        # half, a message nested thousands deep) is counted and passed over, never the end
        # of the scan.
        try:
            bounces = read_bounce(raw)
            request = None if bounces else read_unsubscribe(raw)
        except Exception as exc:
            log.info("a message of the inbox cannot be read as a bounce: %r", exc)
            report.unreadable += 1
            continue
        returned += bounces
        if request is not None:
            requests.append(request)
    sent_rows = find_sent_many(
        ledger, [b.message_id for b in returned] + [r.message_id for r in requests]
    )
    for bounce in returned:
        sent = sent_rows.get(bounce.message_id.strip().strip("<>").strip())
        if sent is None:
            report.unmatched.append(bounce.recipient or bounce.message_id or "?")
            continue
        merge_id, row_key, recipients = sent
        # The address the row mailed (the list's), which the next merge must skip.
        address = row_address(recipients, bounce.original, bounce.recipient)
        mark = BounceMark(
            merge_id, row_key, address or recipients, bounce.hard, bounce.status, bounce.reason
        )
        if not record_bounce(ledger, mark):
            report.already_known += 1
        (report.hard if bounce.hard else report.soft).append(mark)
        if bounce.hard and address:
            suppression.add(address)
    for request in requests:
        suppression.add(request.address)
        report.unsubscribed.append(request.address)
        row = sent_rows.get(request.message_id.strip().strip("<>").strip())
        row = row or find_sent_to(ledger, request.address)
        if row is not None:
            record_unsubscribe(ledger, row[0], row[1], request.address)
            report.unsubscribed_rows.append((row[0], row[1], request.address))
    return report
