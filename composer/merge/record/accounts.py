"""Which account each merge sent through, so a daily limit counts that account alone.

A provider's daily limit is per account: what another profile sent today, or what a
preview profile (terminal, files, preview mailbox, discard) "sent" without anything leaving
the computer, does not use it up. Each run records its account in ``merge_accounts`` (one
line per merge and account: a merge continued through another account counts for both,
the safe side for a limit). The key is the server and the user name, never a password.

Merges with no account recorded (run before Composer kept them, or rebuilt from their
journal) count for every account, as they did before: for a pacer, counting too much only
slows sending down, counting too little gets the account blocked.
"""

from __future__ import annotations

from composer.merge.record.ledger import MergeLedger
from composer.profiles.model import Profile
from composer.profiles.parts import BackendKind

__all__ = ["LOCAL", "account_key", "record_account", "sent_through"]

#: The key of every non-delivering profile: recorded (so such a merge is not counted as a
#: merge of unknown account) but never asked about.
LOCAL = "local"


def account_key(profile: Profile) -> str:
    """The stable name of the account *profile* sends through (:data:`LOCAL` for previews).

    Two profiles for the same SMTP user on the same server (another port or security, a
    different From name) are one account: the provider counts them together.
    """
    if not profile.delivers:
        return LOCAL
    if profile.backend is BackendKind.CUSTOM:
        return f"custom {profile.name}"
    host = profile.smtp.host.strip().lower().rstrip(".")
    user = (profile.smtp.username or profile.identity.from_address).strip().lower()
    return f"smtp {host} {user}"


def record_account(ledger: MergeLedger, merge_id: int, account: str) -> None:
    """Note that *merge_id* sends (or sent) through *account*."""
    with ledger._lock:
        ledger._db.execute(
            "INSERT OR IGNORE INTO merge_accounts(merge_id, account) VALUES (?,?)",
            (merge_id, account),
        )


def sent_through(ledger: MergeLedger, since: float, account: str | None) -> int:
    """Messages accepted since *since* (epoch seconds) that count against *account*.

    *account* None counts every merge (what the ledger knew before accounts were kept);
    :data:`LOCAL` counts nothing: a preview profile has no limit to use up.
    """
    if account is None:
        return ledger.sent_since(since)
    if account == LOCAL:
        return 0
    with ledger._lock:
        r = ledger._db.execute(
            "SELECT COUNT(*) FROM rows WHERE status='sent' AND updated>=? AND ("
            " merge_id IN (SELECT merge_id FROM merge_accounts WHERE account=?)"
            " OR merge_id NOT IN (SELECT merge_id FROM merge_accounts))",
            (since, account),
        ).fetchone()
    return int(r[0])
