"""The IMAP password of an account whose IMAP user name is not its SMTP one.

Most accounts sign in to SMTP and IMAP as the same user with the same password: one keyring
entry (:attr:`Profile.account`) serves both. Some do not (a shared mailbox read as another
user, a relay account apart from the mailbox): then the IMAP server has its own entry in
the same keyring service, named like ``imap://office%40example.kr@imap.example.kr:993``,
asked for and stored like the SMTP password, never written to a file. No Qt here.
"""

from __future__ import annotations

from typing import Protocol
from urllib.parse import quote

from composer.profiles.model import Profile

__all__ = ["SecretStore", "imap_account", "imap_password"]


class SecretStore(Protocol):
    def get(self, account: str) -> str | None: ...


def imap_account(profile: Profile) -> str | None:
    """The keyring entry of *profile*'s IMAP password, or None when IMAP uses the SMTP one
    (no IMAP server, no user name of its own, or the same user name)."""
    imap = profile.imap
    user = imap.username.strip()
    if not (profile.needs_password and imap.enabled and user) or user == profile.smtp.username:
        return None
    host = imap.host.strip().lower()
    if ":" in host:  # an IPv6 literal
        host = f"[{host}]"
    return f"imap://{quote(user, safe='')}@{host}:{imap.port}"


def imap_password(
    profile: Profile, store: SecretStore | None, session: SecretStore | None = None
) -> str | None:
    """The IMAP password of *profile* when it has its own (None: IMAP uses the SMTP one).

    "" when it has its own and none is known yet: the server then refuses the sign-in, and
    the words of that failure send the user to Preferences; the SMTP password is never
    offered to another user name.

    Raises:
        CredentialError: the keyring cannot be used.
    """
    account = imap_account(profile)
    if account is None:
        return None
    for source in (session, store):
        found = source.get(account) if source is not None else None
        if found:
            return found
    return ""
