"""What can go wrong while signing in with OAuth 2.0, each in words (what, what to do).

Every failure of the flow and of refreshing is an :class:`OAuthError`, a
:class:`~composer.errors.ComposerError`: the CLI prints it, the GUI shows it, and
:func:`composer.errors.describe.describe` passes its words on unchanged. No token ever
appears in these messages; a provider's own error text goes to the details.
"""

from __future__ import annotations

from composer.errors import ComposerError
from composer.i18n import translate

__all__ = [
    "NoClientId",
    "OAuthError",
    "SignInExpired",
    "SignInNeeded",
    "SignInRefused",
    "SignInTimedOut",
    "StateMismatch",
    "TokenEndpointError",
    "WrongAccount",
    "how_to_sign_in",
]


def how_to_sign_in(profile: str) -> str:
    """What to do to sign a profile in, from the window or the terminal."""
    return translate(
        "OAuth",
        "Sign in again: Preferences ▸ the profile ▸ Sign in…, or run "
        "`composer profiles signin {profile}`.",
    ).format(profile=profile)


class OAuthError(ComposerError):
    """Signing in with OAuth 2.0 failed; :attr:`message` says why and what to do."""


class SignInNeeded(OAuthError):
    """The profile signs in with OAuth and has no stored sign-in (never signed in)."""

    def __init__(self, profile: str) -> None:
        super().__init__(
            translate("OAuth", "The profile “{profile}” is not signed in yet.").format(
                profile=profile
            ),
            translate(
                "OAuth",
                "Sign in: Preferences ▸ the profile ▸ Sign in…, or run "
                "`composer profiles signin {profile}`.",
            ).format(profile=profile),
        )
        self.profile = profile


class SignInExpired(OAuthError):
    """The stored sign-in (refresh token) expired or was revoked: the user must sign in again."""

    def __init__(self, profile: str, account: str, details: str = "") -> None:
        who = account or profile
        super().__init__(
            translate(
                "OAuth",
                "The sign-in for {account} has expired or was withdrawn, so Composer cannot "
                "send with it; you need to sign in again.",
            ).format(account=who),
            how_to_sign_in(profile),
            details,
        )
        self.profile = profile


class SignInTimedOut(OAuthError):
    """The browser never came back to Composer in time."""


class SignInRefused(OAuthError):
    """The provider refused the authorization (the user said no, consent is missing, ...)."""


class StateMismatch(OAuthError):
    """The browser came back with another ``state`` than Composer sent: not our request."""


class TokenEndpointError(OAuthError):
    """The token endpoint answered something that is not a token (HTML, garbage, an error)."""


class NoClientId(OAuthError):
    """No client ID is known for the provider (profile, organisation file, built-in)."""


class WrongAccount(OAuthError):
    """The user signed in in the browser with another account than the profile's."""
