"""An account's OAuth sign-in while Composer runs: fresh access tokens on demand.

:class:`OAuthSession` holds the refresh token (read from the keyring) and the current
access token with its expiry, in memory. Calling it returns an access token valid for at
least :data:`MARGIN` seconds more, refreshing first when needed (between two messages of a
merge, or two sends from the window); a new refresh token the server hands out (rotation)
goes to the keyring at once. A refresh token the server no longer accepts (expired,
revoked) is removed and raises :class:`SignInExpired`: the user has to sign in again.

When the session crosses to a child process (the compose window's send runs in one), only
the current access token goes with it (:class:`AccessToken`), never the refresh token.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import TYPE_CHECKING, Any

from composer.diagnostics.logsafety import register_secret
from composer.profiles.oauth import tokens, tokenstore
from composer.profiles.oauth.errors import SignInExpired, SignInNeeded
from composer.profiles.oauth.presets import client_for

if TYPE_CHECKING:
    from composer.profiles.credentials import CredentialStore
    from composer.profiles.model import Profile
    from composer.profiles.oauth.presets import OAuthClient

__all__ = ["MARGIN", "AccessToken", "OAuthSession", "open_session"]

log = logging.getLogger(__name__)

#: An access token with less than this many seconds left is refreshed before use.
MARGIN = 120.0


def _now() -> float:
    return time.time()


class AccessToken:
    """One access token, as a callable the SMTP backend accepts; ``repr`` hides it."""

    def __init__(self, token: str) -> None:
        self._token = token

    def __call__(self) -> str:
        return self._token

    def __repr__(self) -> str:
        return "AccessToken(•••)"


class OAuthSession:
    """The sign-in of one profile: call it for an access token that is still valid."""

    def __init__(
        self,
        profile: Profile,
        store: CredentialStore,
        client: OAuthClient,
        refresh_token: str,
    ) -> None:
        self.profile_name = profile.name
        self.account = tokenstore.login_of(profile)
        self._entry = tokenstore.entry_name(profile)
        self._store = store
        self._client = client
        self._refresh_token = refresh_token
        self._access = ""
        self._expires = 0.0
        self._lock = threading.Lock()
        register_secret(refresh_token)

    def __repr__(self) -> str:
        return f"OAuthSession({self.profile_name!r}, account={self.account!r})"

    def __call__(self) -> str:
        with self._lock:
            if not self._access or self._expires - MARGIN <= _now():
                self._refresh()
            return self._access

    def _refresh(self) -> None:
        try:
            answer = tokens.refresh(self._client, self._refresh_token)
        except tokens.GrantRefused as exc:
            log.warning(
                "The refresh token of %s was refused; signing in again is needed", self._entry
            )
            tokenstore.delete(self._store, self._entry)
            raise SignInExpired(self.profile_name, self.account, exc.message.details) from exc
        self._access = answer.access_token
        self._expires = _now() + answer.expires_in
        if answer.refresh_token and answer.refresh_token != self._refresh_token:
            # Rotation: the old one is dead from now on; keep the new one at once.
            tokenstore.save(self._store, self._entry, answer.refresh_token)
            self._refresh_token = answer.refresh_token
        log.info("Refreshed the access token of %s", self._entry)

    def __reduce__(self) -> tuple[Any, ...]:
        # A child process gets the access token it needs, never the refresh token.
        return (AccessToken, (self(),))


def open_session(profile: Profile, store: CredentialStore) -> OAuthSession:
    """The sign-in of *profile*, with a first access token already fetched.

    Call it off the GUI thread (the keyring and the network).

    Raises:
        SignInNeeded: no sign-in is stored for the profile.
        SignInExpired: the stored sign-in is no longer accepted.
        OAuthError: no client ID, the token endpoint failed, ...
        CredentialError: the keyring cannot be used.
    """
    refresh_token = tokenstore.load(store, tokenstore.entry_name(profile))
    if not refresh_token:
        raise SignInNeeded(profile.name)
    session = OAuthSession(profile, store, client_for(profile), refresh_token)
    session()
    return session
