"""Words for sign-in failures at the SMTP server: OAuth tokens and Microsoft's refusals.

Part of :func:`composer.errors.describe.describe` (its translators list this one before the
general login words): a token the server refused, a server that offers no token login, and
Microsoft 365's ``5.7.30`` (Basic authentication, i.e. passwords, turned off: switch the
profile to signing in) and ``5.7.139`` (SMTP AUTH turned off for the mailbox).
"""

from __future__ import annotations

import smtplib
from typing import Any

from composer.i18n import translate

__all__ = ["signin_words"]


def _reply(exc: smtplib.SMTPResponseException) -> str:
    text = exc.smtp_error
    decoded = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{exc.smtp_code} {decoded}".strip()


def signin_words(exc: BaseException, s: Any) -> tuple[str, str] | None:
    """What happened and what to do, or None when *exc* is not a sign-in failure of these.

    *s* is the :class:`~composer.errors.describe.ServerInfo` (its ``name`` and ``username``).
    """
    from composer.mail.oauth2 import OAuth2NotOfferedError, OAuth2TokenRefused

    if isinstance(exc, smtplib.SMTPResponseException):
        reply = _reply(exc)
        lowered = reply.lower()
        # 5.7.139 covers several refusals; its text says which (a bare one is left to the
        # provider's advice).
        if "5.7.139" in reply and "smtpclientauthentication is disabled" in lowered:
            return (
                translate(
                    "Errors",
                    "{host} does not let this mailbox send from mail programs: SMTP AUTH is "
                    "turned off for it ({reply}).",
                ).format(host=s.name, reply=reply),
                translate(
                    "Errors",
                    "Ask your Microsoft 365 administrator to turn on “Authenticated SMTP” for "
                    "your mailbox (admin center ▸ the user ▸ Mail ▸ Manage email apps).",
                ),
            )
        if "5.7.30" in reply or ("5.7.139" in reply and "basic authentication" in lowered):
            return (
                translate(
                    "Errors",
                    "{host} no longer accepts a password from mail programs (basic "
                    "authentication is turned off).",
                ).format(host=s.name),
                translate(
                    "Errors",
                    "Switch the profile to “Sign in with the provider (OAuth 2.0)” in "
                    "Preferences, then sign in with your Microsoft account.",
                ),
            )
    if isinstance(exc, OAuth2TokenRefused):
        user = s.username or translate("Errors", "this account")
        return (
            translate("Errors", "{host} refused the sign-in of {user} ({reply}).").format(
                host=s.name, user=user, reply=_reply(exc)
            ),
            translate(
                "Errors",
                "Sign in again (Preferences ▸ the profile ▸ Sign in…, or `composer profiles "
                "signin`); if it is refused again, your administrator may have turned off "
                "SMTP AUTH for the mailbox.",
            ),
        )
    if isinstance(exc, OAuth2NotOfferedError):
        offered = " ".join(exc.offered) or translate("Errors", "no login at all")
        return (
            translate(
                "Errors",
                "{host} does not offer signing in with a provider's token (no XOAUTH2 or "
                "OAUTHBEARER; it offers: {offered}).",
            ).format(host=s.name, offered=offered),
            translate(
                "Errors",
                "Check the server name and port your provider gives for sign-in, or switch the "
                "profile to a password.",
            ),
        )
    return None
