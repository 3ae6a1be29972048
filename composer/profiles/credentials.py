"""SMTP passwords in the OS keyring, and only there.

One keyring service (:data:`composer.appinfo.APP_ID`) with one entry per account, named
like ``smtp://alice%40example.com@smtp.example.com:587`` (see :attr:`Profile.account`).
Profiles that share an account share its password; changing a profile's account moves the
secret, deleting the last profile of an account removes it (:func:`sync_accounts`).

When the keyring cannot be used, nothing falls back to a file. Each case is a
:class:`CredentialError` (a :class:`~composer.errors.ComposerError`) whose message says what
happened and what to do:

* :class:`NoKeyring`: no Secret Service / Keychain / Credential Manager is running. The
  profile can ask for the password when sending instead (:class:`SessionPasswords`).
* :class:`KeyringIsLocked`: the user has to unlock it and try again.
* :class:`InsecureKeyring`: the active backend would not protect the password (keyring's
  null backend, or a plain-text file from ``keyrings.alt``); Composer refuses to store it.
* :class:`KeyringFailure`: anything else the keyring reported.

Passwords never appear in a message, an exception or a ``repr()`` from this module.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import chainer, fail, null

from composer.appinfo import APP_ID
from composer.errors import ComposerError, boundary
from composer.i18n import translate

if TYPE_CHECKING:
    from composer.profiles.model import Profile

__all__ = [
    "CredentialError",
    "CredentialStore",
    "Credentials",
    "InsecureKeyring",
    "KeyringFailure",
    "KeyringInfo",
    "KeyringIsLocked",
    "NoKeyring",
    "SessionPasswords",
    "credential_error",
    "sync_accounts",
]

log = logging.getLogger(__name__)


class CredentialError(ComposerError):
    """The keyring cannot keep or give a password; :attr:`message` says why."""


class NoKeyring(CredentialError):
    """No keyring service is running (keyring's ``NoKeyringError``)."""


class KeyringIsLocked(CredentialError):
    """The keyring is locked and the user did not unlock it."""


class InsecureKeyring(CredentialError):
    """The active keyring backend would not protect a password; Composer will not use it."""


class KeyringFailure(CredentialError):
    """The keyring reported another error."""


def _no_keyring_todo() -> str:
    if sys.platform == "darwin":
        return translate(
            "Credentials", "Log in to macOS normally so the Keychain is available, then try again."
        )
    if sys.platform == "win32":
        return translate(
            "Credentials",
            "Make sure the Windows Credential Manager service is running, then try again.",
        )
    return translate(
        "Credentials",
        "Install and start a Secret Service such as GNOME Keyring (package gnome-keyring) or "
        "KWallet in your desktop session, or choose “Ask for the password when sending”.",
    )


def _no_keyring() -> NoKeyring:
    return NoKeyring(
        translate(
            "Credentials",
            "No keyring is running to keep your password safe: no Secret Service (GNOME Keyring, "
            "KWallet), macOS Keychain or Windows Credential Manager was found.",
        ),
        _no_keyring_todo(),
    )


@dataclass(frozen=True)
class KeyringInfo:
    """Which keyring backend is active and whether Composer can use it."""

    name: str
    usable: bool
    #: One sentence for Preferences: where passwords go, or why they cannot be kept.
    note: str
    #: What to do when the backend cannot be used ("" when it can).
    advice: str = ""


class CredentialStore:
    """Passwords of SMTP accounts in the OS keyring.

    Args:
        backend: the keyring backend to use; None means keyring's active one, looked up
            at each call (tests swap it with ``keyring.set_keyring``).
        service: the keyring service name.
    """

    def __init__(
        self, backend: keyring.backend.KeyringBackend | None = None, service: str = APP_ID
    ) -> None:
        self._backend = backend
        self.service = service

    def __repr__(self) -> str:
        return f"CredentialStore(service={self.service!r}, backend={self.info().name!r})"

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        return self._backend if self._backend is not None else keyring.get_keyring()

    def info(self) -> KeyringInfo:
        """Describe the active backend for Preferences."""
        backend = self.backend
        name = _backend_name(backend)
        problem = _backend_problem(backend)
        if problem is None:
            note = translate("Credentials", "Passwords are kept in {keyring}.").format(keyring=name)
            return KeyringInfo(name, True, note)
        return KeyringInfo(name, False, problem.message.what, problem.message.todo)

    def check(self) -> None:
        """Raise the :class:`CredentialError` that would stop storing a password, if any."""
        problem = _backend_problem(self.backend)
        if problem is not None:
            raise problem

    def get(self, account: str) -> str | None:
        """The stored password of *account*, or None.

        Raises:
            CredentialError: the keyring cannot be used (see the module docstring).
        """
        self.check()
        with _translated("read"):
            value: str | None = self.backend.get_password(self.service, account)
            return value

    def set(self, account: str, password: str) -> None:
        """Store *password* for *account*, replacing any earlier one.

        Raises:
            CredentialError: the keyring cannot be used; nothing was stored anywhere.
        """
        self.check()
        with _translated("store"):
            self.backend.set_password(self.service, account, password)
        log.info("Stored the password of %s in %s", account, _backend_name(self.backend))

    def delete(self, account: str) -> bool:
        """Remove the password of *account*; returns whether there was one."""
        self.check()
        if self.get(account) is None:
            return False
        with _translated("remove"):
            try:
                self.backend.delete_password(self.service, account)
            except keyring.errors.PasswordDeleteError:
                return False
        log.info("Removed the password of %s from the keyring", account)
        return True

    def move(self, old: str, new: str) -> bool:
        """Move the password of account *old* to *new*; returns whether one was moved.

        An existing password of *new* is kept (it was set on purpose) and *old*'s dropped.
        """
        if old == new:
            return False
        password = self.get(old)
        if password is None:
            return False
        if self.get(new) is None:
            self.set(new, password)
        self.delete(old)
        return True


class SessionPasswords:
    """Passwords the user typed when asked, kept in memory until Composer quits."""

    def __init__(self) -> None:
        self._passwords: dict[str, str] = {}

    def __repr__(self) -> str:
        return f"SessionPasswords(accounts={sorted(self._passwords)!r})"

    def remember(self, account: str, password: str) -> None:
        self._passwords[account] = password

    def forget(self, account: str) -> None:
        self._passwords.pop(account, None)

    def get(self, account: str) -> str | None:
        return self._passwords.get(account)

    def clear(self) -> None:
        self._passwords.clear()

    def copy(self) -> SessionPasswords:
        copied = SessionPasswords()
        copied._passwords = dict(self._passwords)
        return copied


class Credentials:
    """The app's :class:`~composer.profiles.model.PasswordSource`: session memory, then keyring.

    A profile set to ask for its password is never looked up in the keyring.
    """

    def __init__(
        self, store: CredentialStore | None = None, session: SessionPasswords | None = None
    ) -> None:
        self.store = store if store is not None else CredentialStore()
        self.session = session if session is not None else SessionPasswords()

    def __repr__(self) -> str:
        return f"Credentials({self.store!r}, {self.session!r})"

    def snapshot(self) -> Credentials:
        """These credentials for a worker: the same keyring, a copy of the session's answers.

        Take it on the thread that owns this object; the worker then reads only its copy.
        """
        return Credentials(self.store, self.session.copy())

    def password_for(self, profile: Profile) -> str | None:
        """The password for *profile*'s account, or None when the user has to be asked.

        Raises:
            CredentialError: the profile keeps its password in the keyring and the keyring
                cannot be used (locked, missing, ...).
        """
        account = profile.account
        if account is None:
            return None
        remembered = self.session.get(account)
        if remembered is not None or profile.smtp.ask_password:
            return remembered
        return self.store.get(account)


def sync_accounts(
    store: CredentialStore,
    changes: Iterable[tuple[str | None, str | None]],
    still_used: set[str],
) -> None:
    """Follow profile edits in the keyring.

    Args:
        changes: ``(account before, account after)`` of each edited, added (before None) or
            deleted (after None) profile.
        still_used: every account some profile uses after the edits; their passwords stay.
    """
    for old, new in changes:
        if old is None or old == new:
            continue
        if new is not None and store.get(new) is None:
            password = store.get(old)
            if password is not None:
                store.set(new, password)
        if old not in still_used:
            store.delete(old)


def _backend_name(backend: keyring.backend.KeyringBackend) -> str:
    if isinstance(backend, chainer.ChainerBackend):
        backends = list(backend.backends)
        return _backend_name(backends[0]) if backends else translate("Credentials", "no keyring")
    if isinstance(backend, fail.Keyring):
        return translate("Credentials", "no keyring")
    cls = type(backend)
    friendly = {
        "keyring.backends.SecretService.Keyring": translate(
            "Credentials", "the Secret Service (GNOME Keyring, KWallet)"
        ),
        "keyring.backends.libsecret.Keyring": translate(
            "Credentials", "the Secret Service (libsecret)"
        ),
        "keyring.backends.kwallet.DBusKeyring": "KWallet",
        "keyring.backends.macOS.Keyring": translate("Credentials", "the macOS Keychain"),
        "keyring.backends.Windows.WinVaultKeyring": translate(
            "Credentials", "the Windows Credential Manager"
        ),
    }.get(f"{cls.__module__}.{cls.__qualname__}")
    return friendly or f"{cls.__module__}.{cls.__qualname__}"


def _backend_problem(backend: keyring.backend.KeyringBackend) -> CredentialError | None:
    if isinstance(backend, chainer.ChainerBackend):
        # The chainer stores with the first backend that accepts the password.
        backends = list(backend.backends)
        return _backend_problem(backends[0]) if backends else _no_keyring()
    if isinstance(backend, fail.Keyring):
        return _no_keyring()
    if isinstance(backend, null.Keyring):
        return InsecureKeyring(
            translate(
                "Credentials",
                "The active keyring backend (keyring's “null” backend) throws passwords away.",
            ),
            translate(
                "Credentials",
                "Remove the PYTHON_KEYRING_BACKEND setting or the keyringrc.cfg that selects it.",
            ),
        )
    cls = type(backend)
    if cls.__module__.startswith("keyrings.alt") and "Plaintext" in cls.__name__:
        return InsecureKeyring(
            translate(
                "Credentials",
                "The active keyring backend (keyrings.alt's plain-text file) would store your "
                "password unencrypted on disk, so Composer will not use it.",
            ),
            translate(
                "Credentials",
                "Uninstall keyrings.alt or select a Secret Service, Keychain or Credential "
                "Manager backend.",
            ),
        )
    return None


def _locked(action: str) -> str:
    sentences = {
        "read": translate(
            "Credentials", "The keyring is locked, so Composer could not read the password."
        ),
        "store": translate(
            "Credentials", "The keyring is locked, so Composer could not store the password."
        ),
        "remove": translate(
            "Credentials", "The keyring is locked, so Composer could not remove the password."
        ),
    }
    return sentences[action]


def _failed(action: str) -> str:
    sentences = {
        "read": translate("Credentials", "The keyring could not read the password: {error}"),
        "store": translate("Credentials", "The keyring could not store the password: {error}"),
        "remove": translate("Credentials", "The keyring could not remove the password: {error}"),
    }
    return sentences[action]


def credential_error(exc: BaseException, action: str) -> CredentialError:
    """What keyring's *exc* means, as a :class:`CredentialError`.

    *action* is ``"read"``, ``"store"`` or ``"remove"`` (the password).
    """
    if isinstance(exc, CredentialError):
        return exc
    if isinstance(exc, keyring.errors.NoKeyringError):
        return _no_keyring()
    if isinstance(exc, keyring.errors.KeyringLocked):
        return KeyringIsLocked(
            _locked(action),
            translate(
                "Credentials",
                "Unlock it (your desktop will ask for the keyring password) and try again.",
            ),
        )
    return KeyringFailure(
        _failed(action).format(error=f"{type(exc).__name__}: {exc}"),
        translate("Credentials", "Check that your keyring service is running, then try again."),
    )


def _translated(action: str) -> boundary:
    """Turn keyring's exceptions into :class:`CredentialError` at this one boundary."""
    return boundary(lambda exc: credential_error(exc, action))
