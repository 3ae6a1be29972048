"""Signing a profile in, in the browser: the flow, the account check, the keyring.

:func:`sign_in` runs the browser flow (:func:`composer.profiles.oauth.flow.authorize`),
checks that the account chosen in the browser is the profile's, keeps the refresh token in
the keyring and updates the profile (who signed in; the user name when it had none). The
caller saves the profile. Shared by ``composer profiles signin`` and the profile editor's
"Sign in…". No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from composer.errors import CancelToken
from composer.i18n import translate
from composer.profiles.oauth import flow, tokenstore
from composer.profiles.oauth.errors import TokenEndpointError, WrongAccount
from composer.profiles.oauth.presets import client_for

if TYPE_CHECKING:
    from composer.profiles.credentials import CredentialStore
    from composer.profiles.model import Profile

__all__ = ["sign_in"]


def sign_in(
    profile: Profile,
    store: CredentialStore,
    *,
    show_url: Callable[[str], object] | None = None,
    open_browser: bool = True,
    timeout: float = flow.DEFAULT_TIMEOUT,
    token: CancelToken | None = None,
) -> str:
    """Sign *profile* in; returns who signed in. *profile* is updated in place.

    Raises:
        OAuthError: the flow failed (timeout, state, refusal, token endpoint, no client ID)
            or the browser signed in another account (:class:`WrongAccount`).
        CredentialError: the keyring cannot keep the sign-in.
        Cancelled: *token* was cancelled.
    """
    client = client_for(profile)
    expected = tokenstore.login_of(profile)
    answer = flow.authorize(
        client,
        login_hint=expected,
        show_url=show_url,
        open_browser=open_browser,
        timeout=timeout,
        token=token,
    )
    if not answer.refresh_token:
        raise TokenEndpointError(
            translate(
                "OAuth",
                "The sign-in server gave no lasting sign-in (no refresh token), so Composer "
                "would have to ask again within the hour.",
            ),
            translate(
                "OAuth",
                "Make sure the profile's scopes include offline access, then sign in again.",
            ),
        )
    who = answer.account or expected
    if expected and answer.account and answer.account.lower() != expected.lower():
        raise WrongAccount(
            translate(
                "OAuth", "You signed in as {chosen}, but this profile sends as {expected}."
            ).format(chosen=answer.account, expected=expected),
            translate(
                "OAuth",
                "Sign in again and choose {expected} in the browser (use “Use another account” "
                "if the browser picks one by itself).",
            ).format(expected=expected),
        )
    old_entry = tokenstore.entry_name(profile)
    profile.oauth.account = who
    if not profile.smtp.username.strip() and who:
        profile.smtp.username = who
    entry = tokenstore.entry_name(profile)
    tokenstore.save(store, entry, answer.refresh_token)
    if old_entry != entry:
        tokenstore.delete(store, old_entry)
    return who
