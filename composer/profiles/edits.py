"""The profiles as Preferences edits them, and what the keyring must follow when applied.

Preferences edits a copy of the profile book in an :class:`EditedBook`. Besides the
profiles, it remembers what only the keyring cares about: each profile's account as it
was loaded or last applied (a changed account moves its password), the accounts of
deleted profiles (their passwords go, unless another profile still uses them), and the
passwords typed but not stored yet. :meth:`EditedBook.pending_secrets` hands all of that
over as plain data, for :func:`composer.profiles.apply.apply_profiles` to carry out on a
worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from composer.profiles.imapcredentials import imap_account
from composer.profiles.model import Profile, ProfileBook

__all__ = ["AccountChange", "EditedBook", "PendingSecrets"]


@dataclass(frozen=True)
class AccountChange:
    """One profile's account before and after the edits, and the password typed for it.

    Attributes:
        before: the account when loaded or last applied (None: a new profile).
        after: the account now (None: the profile was deleted, or needs no password).
        password: typed in Preferences, to store ("" when none was typed).
        ask_password: the profile asks for its password when sending (kept in memory only).
    """

    before: str | None
    after: str | None
    password: str = ""
    ask_password: bool = False

    def __repr__(self) -> str:  # never show the password
        return f"AccountChange({self.before!r} -> {self.after!r}, typed={bool(self.password)})"


@dataclass(frozen=True)
class PendingSecrets:
    """What Apply must do in the keyring: every profile's change, then the deleted accounts."""

    changes: tuple[AccountChange, ...] = ()
    #: Keyring entries of OAuth sign-ins that no profile uses any more (deleted profiles).
    forget_signins: tuple[str, ...] = ()
    #: IMAP passwords typed for IMAP user names of their own (``after``: their entries).
    imap_secrets: tuple[AccountChange, ...] = ()
    #: IMAP password entries that no profile uses any more (a deleted profile, an IMAP
    #: server or user name changed).
    forget_imap: tuple[str, ...] = ()

    @property
    def still_used(self) -> set[str]:
        """Accounts whose passwords stay in the keyring."""
        return {c.after for c in self.changes if c.after is not None and not c.ask_password}

    @property
    def asking(self) -> set[str]:
        """Accounts of profiles that ask for the password when sending."""
        return {c.after for c in self.changes if c.after is not None and c.ask_password}


class EditedBook:
    """A working copy of the profile book and the keyring work its edits imply."""

    def __init__(self, book: ProfileBook) -> None:
        self.book = book
        # By identity: a profile keeps its origin through renames and account changes.
        self._origins: dict[int, str | None] = {id(p): p.account for p in book}
        self._removed: list[str] = []
        self._removed_signins: list[str] = []
        self._passwords: dict[int, str] = {}
        self._imap_passwords: dict[int, str] = {}
        self._imap_entries = _imap_entries(book)

    def add(self, profile: Profile) -> Profile:
        """Add a new profile (it has no password in the keyring yet)."""
        self.book.add(profile)
        self._origins[id(profile)] = None
        return profile

    def duplicate(self, name: str) -> Profile:
        """Copy profile *name*, with the password typed for it if any."""
        clone = self.book.duplicate(name)
        self._origins[id(clone)] = None
        original = self.book.get(name)
        if id(original) in self._passwords:
            self._passwords[id(clone)] = self._passwords[id(original)]
        return clone

    def remove(self, name: str) -> Profile:
        """Delete profile *name*; its account's password goes unless another profile uses it."""
        profile = self.book.remove(name)
        origin = self._origins.pop(id(profile), None)
        if origin is not None:
            self._removed.append(origin)
        entry = _signin_entry(profile)
        if entry is not None:
            self._removed_signins.append(entry)
        self._passwords.pop(id(profile), None)
        self._imap_passwords.pop(id(profile), None)
        return profile

    def set_password(self, profile: Profile, text: str) -> None:
        """The user typed *text* as *profile*'s password ("" takes it back)."""
        if text:
            self._passwords[id(profile)] = text
        else:
            self._passwords.pop(id(profile), None)

    def set_imap_password(self, profile: Profile, text: str) -> None:
        """The user typed *text* as *profile*'s IMAP password ("" takes it back)."""
        if text:
            self._imap_passwords[id(profile)] = text
        else:
            self._imap_passwords.pop(id(profile), None)

    def has_password(self, profile: Profile) -> bool:
        """A password was typed for *profile* and is not stored yet."""
        return id(profile) in self._passwords

    def ask_for_typed_passwords(self) -> None:
        """Profiles with a typed password ask for it when sending instead of keeping it."""
        for profile in self.book:
            if id(profile) in self._passwords and profile.account is not None:
                profile.smtp.ask_password = True

    def pending_secrets(self) -> PendingSecrets:
        """What storing the edits must do in the keyring, as plain data."""
        changes = [
            AccountChange(
                self._origins.get(id(p)),
                p.account,
                self._passwords.get(id(p), ""),
                p.smtp.ask_password,
            )
            for p in self.book
        ]
        changes += [AccountChange(account, None) for account in self._removed]
        used = {_signin_entry(p) for p in self.book}
        forget = tuple(dict.fromkeys(e for e in self._removed_signins if e not in used))
        forget_imap = tuple(sorted(self._imap_entries - _imap_entries(self.book)))
        imap = tuple(
            AccountChange(None, imap_account(p), self._imap_passwords[id(p)])
            for p in self.book
            if id(p) in self._imap_passwords and imap_account(p) is not None
        )
        return PendingSecrets(tuple(changes), forget, imap, forget_imap)

    def secrets_stored(self) -> None:
        """The keyring follows the edits now: start counting changes afresh."""
        self._passwords.clear()
        self._imap_passwords.clear()
        self._origins = {id(p): p.account for p in self.book}
        self._removed = []
        self._removed_signins = []
        self._imap_entries = _imap_entries(self.book)


def _imap_entries(book: ProfileBook) -> set[str]:
    """The keyring entries of the IMAP passwords *book*'s profiles have of their own."""
    return {e for e in (imap_account(p) for p in book) if e is not None}


def _signin_entry(profile: Profile) -> str | None:
    """The keyring entry of *profile*'s OAuth sign-in (None: it signs in otherwise)."""
    from composer.profiles.model import AuthMethod, BackendKind
    from composer.profiles.oauth.tokenstore import entry_name

    if profile.backend is BackendKind.SMTP and profile.auth is AuthMethod.OAUTH2:
        return entry_name(profile)
    return None
