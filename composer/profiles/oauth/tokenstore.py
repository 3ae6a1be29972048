"""The refresh token in the OS keyring, and only there.

One entry per account and provider, named ``oauth2://alice%40example.com@microsoft``
(distinct from the password entries, ``smtp://...``). Windows' Credential Manager holds at
most 2,560 bytes a secret (1,280 characters, as keyring stores UTF-16) and Microsoft's
refresh tokens can be longer, so a long token is kept in pieces of at most
:data:`PIECE` characters: the entry itself says how many (``composer-pieces:3``) and
``#1``, ``#2``, ... hold them. Access tokens are never stored.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING
from urllib.parse import quote, urlsplit

from composer.profiles.parts import AuthMethod, BackendKind, OAuthProvider

if TYPE_CHECKING:
    from composer.profiles.credentials import CredentialStore
    from composer.profiles.model import Profile

__all__ = [
    "PIECE",
    "WINDOWS_LIMIT",
    "delete",
    "entry_name",
    "forget_unused",
    "load",
    "login_of",
    "save",
]

#: Windows' CRED_MAX_CREDENTIAL_BLOB_SIZE, in bytes.
WINDOWS_LIMIT = 2560
#: Characters per stored piece: UTF-16 makes each one 2 bytes, so a piece stays below it.
PIECE = 1200
_PIECES = "composer-pieces:"


def login_of(profile: Profile) -> str:
    """The account a profile signs in as ("" when unknown before the first sign-in)."""
    return profile.smtp.username.strip() or profile.oauth.account.strip()


def entry_name(profile: Profile) -> str:
    """The keyring entry of *profile*'s refresh token."""
    settings = profile.oauth
    if settings.provider is OAuthProvider.CUSTOM:
        where = urlsplit(settings.token_url).hostname or "custom"
    else:
        where = settings.provider.value
    login = login_of(profile) or f"profile:{profile.name}"
    return f"oauth2://{quote(login, safe='')}@{where.lower()}"


def save(store: CredentialStore, entry: str, refresh_token: str) -> None:
    """Keep *refresh_token* under *entry*, in pieces when it is long."""
    old = _count(store, entry)
    if len(refresh_token) <= PIECE and not refresh_token.startswith(_PIECES):
        store.set(entry, refresh_token)
        count = 0
    else:
        pieces = [refresh_token[i : i + PIECE] for i in range(0, len(refresh_token), PIECE)]
        for number, piece in enumerate(pieces, 1):
            store.set(f"{entry}#{number}", piece)
        store.set(entry, f"{_PIECES}{len(pieces)}")
        count = len(pieces)
    for number in range(count + 1, old + 1):
        store.delete(f"{entry}#{number}")


def load(store: CredentialStore, entry: str) -> str | None:
    """The refresh token under *entry*, or None (never signed in, or a piece is missing)."""
    value = store.get(entry)
    if value is None or not value.startswith(_PIECES):
        return value
    pieces = []
    for number in range(1, _count(store, entry) + 1):
        piece = store.get(f"{entry}#{number}")
        if piece is None:
            return None
        pieces.append(piece)
    return "".join(pieces)


def delete(store: CredentialStore, entry: str) -> bool:
    """Forget the refresh token under *entry*; returns whether there was one."""
    count = _count(store, entry)
    for number in range(1, count + 1):
        store.delete(f"{entry}#{number}")
    return store.delete(entry)


def _count(store: CredentialStore, entry: str) -> int:
    value = store.get(entry)
    if value is None or not value.startswith(_PIECES):
        return 0
    try:
        return int(value[len(_PIECES) :])
    except ValueError:
        return 0


def _signs_in(profile: Profile) -> bool:
    return profile.backend is BackendKind.SMTP and profile.auth is AuthMethod.OAUTH2


def forget_unused(store: CredentialStore, removed: Profile, remaining: Iterable[Profile]) -> bool:
    """Forget *removed*'s sign-in unless a *remaining* profile uses the same one."""
    if not _signs_in(removed):
        return False
    entry = entry_name(removed)
    if any(_signs_in(p) and entry_name(p) == entry for p in remaining):
        return False
    return delete(store, entry)
