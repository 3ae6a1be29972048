"""A profile's account: its sign-in resolved once, then connections made with it.

Every sender (the compose window, ``composer send``, ``composer merge``, the merge dialog)
gets its connections from an :class:`Account`: the profile (a copy: workers never read the
GUI's state) and where its password comes from. :meth:`Account.sign_in` looks the password
up once (the keyring may block or prompt: call it off the GUI thread), asking through a
callback when none is known; calling the account makes a connection, with the profile's TLS
files checked first (:func:`composer.profiles.certificates.check_tls_files`).

A sign-in is plain data that can cross to a child process (:class:`SignIn`): a password,
or for a profile that signs in with OAuth 2.0 an access-token source
(:class:`~composer.profiles.oauth.session.OAuthSession`, opened from the refresh token in the
keyring). In this process the source refreshes the access token whenever it has expired, so
a merge or a second send keeps working; a copy sent to a child process carries only the
current access token, never the refresh token. No Qt here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from composer.diagnostics.logsafety import register_secret
from composer.errors.describe import ServerInfo
from composer.profiles.certificates import check_tls_files
from composer.profiles.model import (
    AuthMethod,
    BackendKind,
    PasswordNeeded,
    PasswordSource,
    Profile,
    connection_for,
)

if TYPE_CHECKING:
    from composer.mail.backends.base import BaseEmailBackend
    from composer.mail.oauth2 import OAuth2Token

__all__ = ["Account", "AskPassword", "SignIn", "open_connection", "server_label"]

#: Asks the user for the password of ``account`` for *profile*; raises
#: :class:`~composer.errors.Cancelled` when the user declines.
AskPassword = Callable[[Profile, str], str]


@dataclass(frozen=True)
class SignIn:
    """What a connection logs in with. Its ``repr`` never shows the secret."""

    password: str | None = field(default=None, repr=False)
    #: An OAuth 2.0 access token source (refreshes itself), for ``oauth2_token``.
    oauth2_token: OAuth2Token | None = field(default=None, repr=False)
    #: The IMAP server's own password, when its user name is not the SMTP one
    #: (:mod:`composer.profiles.imapcredentials`); None: IMAP uses :attr:`password`.
    imap_password: str | None = field(default=None, repr=False)

    def password_for(self, profile: Profile) -> str | None:
        """A :class:`~composer.profiles.model.PasswordSource` that knows this one password."""
        return self.password


def server_label(profile: Profile) -> str:
    """The server a profile sends through, as sentences name it ("" for previews)."""
    return str(ServerInfo.of(profile)) if profile.delivers and profile.smtp.host else ""


def open_connection(profile: Profile, sign_in: SignIn) -> BaseEmailBackend:
    """A connection (not yet opened) for *profile*, its TLS files checked.

    Raises:
        PasswordNeeded: the profile logs in and *sign_in* has no password.
        TlsFilesError: a CA, certificate or key file of the profile cannot be used.
        ImportError: a custom backend that cannot be imported.
    """
    connection = connection_for(profile, sign_in, oauth2_token=sign_in.oauth2_token)
    check_tls_files(connection)
    return connection


class Account:
    """A profile and its sign-in; calling it makes a connection (a merge's factory).

    Args:
        profile: the profile (copied: later edits elsewhere do not reach a running send).
        passwords: where the password comes from (the keyring and this session's answers).
        ask: asks the user when *passwords* knows none; without it, a missing password
            raises :class:`~composer.profiles.model.PasswordNeeded`.
    """

    def __init__(
        self, profile: Profile, passwords: PasswordSource, ask: AskPassword | None = None
    ) -> None:
        self.profile = profile.copy()
        self._passwords = passwords
        self._ask = ask
        self._lock = threading.Lock()
        self._sign_in: SignIn | None = None

    def __repr__(self) -> str:
        return f"Account({self.profile.name!r})"

    @property
    def server(self) -> ServerInfo:
        return ServerInfo.of(self.profile)

    def sign_in(self) -> SignIn:
        """The sign-in, looked up once (may block on the keyring, or ask).

        Raises:
            PasswordNeeded: no password is known and there is no way to ask.
            OAuthError: an OAuth profile that is not signed in (:class:`SignInNeeded`), whose
                sign-in expired or was revoked (:class:`SignInExpired`), or whose token
                could not be refreshed.
            CredentialError: the keyring cannot be used.
            Cancelled: the user declined to type the password.
        """
        with self._lock:
            if self._sign_in is None:
                self._sign_in = self._resolve()
            return self._sign_in

    def _resolve(self) -> SignIn:
        profile = self.profile
        if profile.backend is BackendKind.SMTP and profile.auth is AuthMethod.OAUTH2:
            from composer.profiles.credentials import CredentialStore
            from composer.profiles.oauth.session import open_session

            store = getattr(self._passwords, "store", None)
            if not isinstance(store, CredentialStore):
                store = CredentialStore()
            return SignIn(oauth2_token=open_session(profile, store))
        if not profile.needs_password:
            return SignIn()
        password = self._passwords.password_for(profile)
        if not password:
            account = profile.account or profile.name
            if self._ask is None:
                raise PasswordNeeded(profile.name, account)
            password = self._ask(profile, account)
        register_secret(password)  # never in a log, even inside a server's reply
        return SignIn(password, imap_password=self._imap_password())

    def _imap_password(self) -> str | None:
        from composer.profiles.imapcredentials import imap_password

        source = self._passwords
        found = imap_password(
            self.profile, getattr(source, "store", None), getattr(source, "session", None)
        )
        if found:
            register_secret(found)
        return found

    def __call__(self) -> BaseEmailBackend:
        """A new connection (not yet opened), signed in as :meth:`sign_in` says."""
        return open_connection(self.profile, self.sign_in())
