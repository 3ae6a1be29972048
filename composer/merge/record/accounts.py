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

__all__ = ["LOCAL", "account_key", "account_of", "record_account", "sent_through", "sent_times"]

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


def account_of(ledger: MergeLedger, merge_id: int) -> str | None:
    """The account *merge_id* sent through (None: unknown, or more than one)."""
    with ledger._lock:
        found = ledger._db.execute(
            "SELECT account FROM merge_accounts WHERE merge_id=? LIMIT 2", (merge_id,)
        ).fetchall()
    return str(found[0][0]) if len(found) == 1 else None


def sent_times(ledger: MergeLedger, since: float, account: str | None) -> list[float]:
    """When each message that counts against *account* (as :func:`sent_through` counts)
    went out since *since*."""
    if account == LOCAL:
        return []
    sql = "SELECT updated FROM rows WHERE status='sent' AND updated>=?"
    args: tuple[object, ...] = (since,)
    if account is not None:
        sql += _OF_ACCOUNT
        args += (account,)
    with ledger._lock:
        found = ledger._db.execute(sql, args).fetchall()
    return [float(r[0]) for r in found]


_OF_ACCOUNT = (
    " AND (merge_id IN (SELECT merge_id FROM merge_accounts WHERE account=?)"
    " OR merge_id NOT IN (SELECT merge_id FROM merge_accounts))"
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
            "SELECT COUNT(*) FROM rows WHERE status='sent' AND updated>=?" + _OF_ACCOUNT,  # noqa: S608 (fixed text)
            (since, account),
        ).fetchone()
    return int(r[0])
