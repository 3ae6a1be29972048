"""Send a test to myself and check: one row's message sent to the account's own address,
then read back from its inbox over IMAP to see how the receiving server judged it. No Qt.

:func:`run_self_test` sends row N (subject marked "[Test]", nothing written to the ledger)
with a Message-ID of its own, then, when the profile has an IMAP server, looks for that
Message-ID in the INBOX every few seconds for a bounded time (cancellable at every
moment: the wait is on the cancel token, not a sleep), reads the message's
``Authentication-Results`` (:mod:`composer.merge.authresults`) and says what the receiving
server judged. Without IMAP it says how to look by hand; a test that does not arrive in
time is said as such, never taken for a pass. Both the merge window and
``composer preflight --test-to-self`` use it.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import email.utils
import imaplib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from composer.errors import Cancelled, CancelToken
from composer.i18n import translate
from composer.mailbox.client import ImapSignIn, quote
from composer.merge.authresults import Verdict, all_passed, judge, verdict_words
from composer.merge.bounces.scan import imap_login
from composer.merge.sending.connection import ConnectionFactory
from composer.merge.sending.testsend import send_test_message

if TYPE_CHECKING:
    from composer.merge.data.csvsource import CsvRow
    from composer.merge.plan import MergePlan
    from composer.profiles.model import Profile

__all__ = [
    "DEFAULT_WAIT",
    "SelfTestReport",
    "find_message",
    "run_self_test",
    "send_to_self",
]

#: How long to look for the test in the inbox, in seconds: most servers deliver within
#: seconds, a greylisting one within a few minutes.
DEFAULT_WAIT = 120.0
DEFAULT_POLL = 3.0


@dataclass(frozen=True)
class SelfTestReport:
    """What came of a test to oneself.

    Attributes:
        state: ``judged`` (read back, with the server's judgement), ``no_header`` (read
            back, but the server said nothing), ``no_imap`` (sent; the profile cannot read
            its inbox) or ``not_arrived`` (sent; not in the inbox within the wait).
        words: the outcome in plain words, with what to do.
    """

    state: str
    row: int
    address: str
    message_id: str
    reply: str
    verdict: Verdict | None
    words: str

    @property
    def passed(self) -> bool:
        """SPF, DKIM and DMARC all passed at the receiving server."""
        return self.state == "judged" and all_passed(self.verdict)


def send_to_self(
    plan: MergePlan, row: CsvRow, address: str, connection_factory: ConnectionFactory
) -> tuple[str, str]:
    """Send *row*'s message to *address* only, subject marked "[Test]"; nothing is
    recorded in the ledger. Returns (its Message-ID, the server's reply).

    Raises:
        RenderError, ValueError, OSError, smtplib.SMTPException: as raised.
    """
    return send_test_message(plan, row, address, connection_factory)


def find_message(
    conn: imaplib.IMAP4,
    message_id: str,
    *,
    wait: float,
    poll: float = DEFAULT_POLL,
    token: CancelToken | None = None,
    mailbox: str = "INBOX",
) -> bytes | None:
    """The header of the message with *message_id* in *mailbox*, looked for every *poll*
    seconds for at most *wait* seconds (read-only: nothing is marked read); None when it
    did not come.

    Raises:
        Cancelled: *token* was cancelled while waiting.
    """
    woken = threading.Event()
    if token is not None:
        token.on_cancel(woken.set)
    deadline = time.monotonic() + max(0.0, wait)
    while True:
        if token is not None:
            token.check()
        conn.select(quote(mailbox), readonly=True)  # a new look at the mailbox each time
        _typ, data = conn.uid("SEARCH", "HEADER", "Message-ID", quote(message_id))
        uids = data[0].split() if data and data[0] else []
        if uids:
            _typ, fetched = conn.uid("FETCH", uids[-1], "(BODY.PEEK[HEADER])")
            return next((part[1] for part in fetched if isinstance(part, tuple)), b"")
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        if woken.wait(min(poll, left)):
            raise Cancelled()


def _by_hand(row: int, address: str) -> str:
    return translate(
        "SelfTest",
        "The test of row {row} was sent to {address}. Composer cannot read it back: the "
        "profile has no IMAP server. To check by hand, open the test in your mail program, "
        "show its original or source (Gmail: ⋮ ▸ Show original; Outlook: View message "
        "source; Naver: 원문 보기) and find the Authentication-Results line: spf=, dkim= and "
        "dmarc= should each say pass. Add the account's IMAP server in Preferences to let "
        "Composer do this.",
    ).format(row=row, address=address)


def _not_arrived(row: int, address: str, wait: float) -> str:
    return translate(
        "SelfTest",
        "The test of row {row} was sent to {address}, but it was not in the inbox within "
        "{seconds} seconds. It may be late, held by the server, or filed as spam: look in "
        "the spam folder, then try again.",
    ).format(row=row, address=address, seconds=round(wait))


def run_self_test(
    plan: MergePlan,
    row: CsvRow,
    profile: Profile,
    connection_factory: ConnectionFactory,
    sign_in: Callable[[], ImapSignIn],
    *,
    address: str = "",
    wait: float = DEFAULT_WAIT,
    poll: float = DEFAULT_POLL,
    token: CancelToken | None = None,
    on_sent: Callable[[str], None] | None = None,
) -> SelfTestReport:
    """Send *row* to the profile's own address (or *address*) and read back how its
    receiving server judged it (see the module docstring). Blocks: call it off the GUI
    thread. *on_sent* is told the server's reply once the test is sent, before the wait.

    Raises:
        RenderError, ValueError, OSError, smtplib.SMTPException: the test could not be sent.
        ComposerError, OSError, ssl.SSLError, imaplib.IMAP4.error: the inbox could not be
            read (the test was sent).
        Cancelled: *token* was cancelled while waiting.
    """
    to = address or profile.identity.from_address
    if not to:
        raise ValueError(
            translate("SelfTest", "The profile has no address of its own: set one in Preferences.")
        )
    message_id, reply = send_to_self(plan, row, to, connection_factory)
    if on_sent is not None:
        on_sent(reply)
    if not profile.imap.enabled:
        return SelfTestReport("no_imap", row.number, to, message_id, reply, None,
                              _by_hand(row.number, to))  # fmt: skip
    conn = imap_login(profile, sign_in())
    try:
        raw = find_message(conn, message_id, wait=wait, poll=poll, token=token)
    finally:
        with contextlib.suppress(OSError, imaplib.IMAP4.error):
            conn.logout()
    if raw is None:
        return SelfTestReport("not_arrived", row.number, to, message_id, reply, None,
                              _not_arrived(row.number, to, wait))  # fmt: skip
    header = email.message_from_bytes(raw, policy=email.policy.compat32)
    verdict = judge(header)
    state = "judged" if verdict is not None else "no_header"
    return SelfTestReport(state, row.number, to, message_id, reply, verdict,
                          verdict_words(verdict))  # fmt: skip
