"""Applying Preferences: passwords into the keyring, then ``profiles.toml`` and the language.

:func:`apply_profiles` is what Apply and OK do, in this order, on a worker thread (the
keyring may prompt the user to unlock it, and both files are written with fsync):

1. refuse if another program changed ``profiles.toml`` since it was read, before anything
   is touched (the user chooses Reload or Replace);
2. store the typed passwords and move or remove the secrets of changed or deleted
   accounts (:func:`store_secrets`);
3. write ``profiles.toml``;
4. write the interface language, if it changed.

It reports how far it got as an :class:`ApplyOutcome`, never by raising: a password stored
in step 2 stays stored when step 3 fails, and the window must know that.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from pathlib import Path

from composer.profiles.credentials import (
    CredentialError,
    Credentials,
    InsecureKeyring,
    NoKeyring,
    sync_accounts,
)
from composer.profiles.edits import PendingSecrets
from composer.profiles.model import ProfileBook
from composer.profiles.oauth import tokenstore
from composer.profiles.store import ProfileFileChanged, ProfileStore
from composer.storage import appsettings

__all__ = ["ApplyOutcome", "apply_profiles", "store_secrets"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ApplyOutcome:
    """How far Apply got.

    Attributes:
        secrets_stored: the keyring follows the edits (even if a later step failed).
        saved: ``profiles.toml`` holds the edits.
        kept_aside: where the replaced (broken or changed) profiles file was kept, if any.
        problem: why the profiles were not saved: ``ProfileFileChanged`` (nothing was
            touched), a ``CredentialError`` (the keyring refused) or an ``OSError``.
        language_problem: why the language was not saved (the profiles were).
    """

    secrets_stored: bool = False
    saved: bool = False
    kept_aside: Path | None = None
    problem: Exception | None = None
    language_problem: OSError | None = None

    @property
    def complete(self) -> bool:
        return self.saved and self.language_problem is None


def store_secrets(credentials: Credentials, pending: PendingSecrets) -> None:
    """Store typed passwords, then move or remove the secrets of changed accounts.

    A profile that asks for its password when sending keeps a typed one in this session's
    memory only, and its account's stored secret goes unless another profile keeps it.

    Raises:
        CredentialError: the keyring cannot store a typed password (nothing else is tried).
    """
    store = credentials.store
    for change in pending.changes:
        if change.after is None or not change.password:
            continue
        if change.ask_password:
            credentials.session.remember(change.after, change.password)
        else:
            store.set(change.after, change.password)
    for change in pending.imap_secrets:  # an IMAP user name of its own: its own entry
        if change.after is not None and change.password:
            store.set(change.after, change.password)
    kept = pending.still_used
    moves = [(c.before, c.after) for c in pending.changes]
    moved = any(old is not None and old != new for old, new in moves)
    forget = pending.asking - kept
    if moved or forget or pending.forget_signins or pending.forget_imap:
        try:
            sync_accounts(store, moves, kept)
            for account in forget:
                store.delete(account)
            for entry in pending.forget_signins:  # deleted profiles' OAuth sign-ins
                tokenstore.delete(store, entry)
            for entry in pending.forget_imap:  # IMAP passwords no profile uses now
                store.delete(entry)
        except (NoKeyring, InsecureKeyring) as exc:
            # Such a keyring holds no password of ours: nothing to move or remove.
            log.info("Keyring not consulted for moved accounts: %s", exc.message.what)


def apply_profiles(
    store: ProfileStore,
    credentials: Credentials,
    book: ProfileBook,
    pending: PendingSecrets,
    *,
    replace_changed: bool = False,
    language: str | None = None,
) -> ApplyOutcome:
    """Carry out Apply (see the module docstring); reads and writes disk and keyring.

    Args:
        book: a copy of the edited profiles, not shared with a window.
        replace_changed: save even if another program changed the file meanwhile (a copy
            of its version is kept).
        language: the interface language to save; None leaves it as it is.
    """
    if not replace_changed and store.changed_on_disk():
        return ApplyOutcome(problem=ProfileFileChanged(store.path))
    try:
        store_secrets(credentials, pending)
    except CredentialError as exc:
        return ApplyOutcome(problem=exc)
    try:
        aside = store.save(book, replace_changed=replace_changed)
    except (ProfileFileChanged, OSError) as exc:  # changed in the instant since the check
        return ApplyOutcome(secrets_stored=True, problem=exc)
    if language is not None:
        try:
            appsettings.save(replace(appsettings.load(), language=language))
        except OSError as exc:
            return ApplyOutcome(True, True, aside, language_problem=exc)
    return ApplyOutcome(True, True, aside)
