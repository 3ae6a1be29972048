"""When a provider has turned password sign-in off: switching the account to OAuth 2.0.

Microsoft 365 answers ``535 5.7.139 Authentication unsuccessful, basic authentication is
disabled`` (or ``5.7.30``) and Google ``534 5.7.9 Application-specific password required``
to a password that is right: the only way on is signing in with the provider. The compose
window's error and Preferences' connection test offer that switch; :func:`refused_provider`
reads it from the failure's words, :func:`switch_to_oauth` changes the profile. No Qt.
"""

from __future__ import annotations

from composer.profiles.model import AuthMethod, OAuthProvider, Profile

__all__ = ["refused_provider", "switch_to_oauth"]


def refused_provider(text: str) -> OAuthProvider | None:
    """The provider whose server refused password sign-in, as *text* (an error's words and
    details, with the server's reply) says; None when it says nothing of the kind."""
    lowered = text.lower()
    if "5.7.30" in text or ("5.7.139" in text and "basic authentication" in lowered):
        return OAuthProvider.MICROSOFT
    if "application-specific password required" in lowered:
        return OAuthProvider.GOOGLE
    return None


def switch_to_oauth(profile: Profile, provider: OAuthProvider) -> None:
    """Make *profile* sign in with *provider* (OAuth 2.0) instead of a password.

    A provider the profile was already set up for (an organisation's own authorization
    server, its client) is kept: only the sign-in method changes then.
    """
    o = profile.oauth
    configured = o.provider is OAuthProvider.CUSTOM and bool(o.authorize_url and o.token_url)
    if not configured:
        o.provider = provider
    profile.auth = AuthMethod.OAUTH2
