"""``composer profiles add --imap-username NAME --imap-password-stdin``: the IMAP password of
an account whose IMAP user name is not its SMTP one, read from standard input (after the
SMTP password when ``--password-stdin`` is given too) into its own keyring entry."""

from __future__ import annotations

import sys

from composer.i18n import translate
from composer.profiles.model import Profile

__all__ = ["store_imap_password"]


def store_imap_password(profile: Profile) -> str | None:
    """Read and store *profile*'s IMAP password; the problem in words, or None when stored.

    Raises:
        CredentialError: the keyring cannot be used.
    """
    from composer.profiles.credentials import CredentialStore
    from composer.profiles.imapcredentials import imap_account

    account = imap_account(profile)
    if account is None:
        return translate(
            "CliProfiles",
            "--imap-password-stdin needs --imap-host and an --imap-username other than the "
            "SMTP one (with the same user name, IMAP signs in with the SMTP password).",
        )
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        return translate("CliProfiles", "no IMAP password on standard input.")
    CredentialStore().set(account, password)
    return None
