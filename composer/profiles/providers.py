"""What the big mail providers demand before they accept a login from a program like Composer.

One place for this knowledge, read by the one function that puts failures into words
(:func:`composer.errors.describe.describe`), so sending, the connection test, a merge and the
command line give the same advice, corrected once when a provider changes its rules. A
provider is recognised by the SMTP host, or else by the domain of the user name
(``alice@naver.com``).

Provider rules change: each entry says when it was last checked. How to reach each
provider (servers, user name, sign-in method, daily limits, whether it files sent mail in
Sent itself) is in :mod:`composer.profiles.providertable`, keyed by ``Profile.provider``.
No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from composer.i18n import translate

__all__ = ["Provider", "ProviderInfo", "login_advice", "provider_for", "provider_info"]


class Provider(StrEnum):
    GMAIL = "gmail"
    MICROSOFT = "microsoft"
    NAVER = "naver"
    DAUM = "daum"
    YAHOO = "yahoo"
    ICLOUD = "icloud"


# SMTP hosts (and their subdomains) of each provider.
_HOSTS: dict[Provider, tuple[str, ...]] = {
    Provider.GMAIL: ("gmail.com", "googlemail.com", "google.com"),
    Provider.MICROSOFT: ("outlook.com", "office365.com", "hotmail.com", "live.com"),
    Provider.NAVER: ("naver.com",),
    Provider.DAUM: ("daum.net", "hanmail.net", "kakao.com"),
    Provider.YAHOO: ("yahoo.com", "yahoo.co.jp", "ymail.com"),
    Provider.ICLOUD: ("mail.me.com", "icloud.com"),
}

# Address domains of each provider's own mailboxes (a company domain says nothing).
_ADDRESS_DOMAINS: dict[Provider, tuple[str, ...]] = {
    Provider.GMAIL: ("gmail.com", "googlemail.com"),
    Provider.MICROSOFT: ("outlook.com", "hotmail.com", "live.com", "msn.com"),
    Provider.NAVER: ("naver.com",),
    Provider.DAUM: ("daum.net", "hanmail.net", "kakao.com"),
    Provider.YAHOO: ("yahoo.com", "yahoo.co.jp", "ymail.com", "rocketmail.com"),
    Provider.ICLOUD: ("icloud.com", "me.com", "mac.com"),
}


@dataclass(frozen=True)
class ProviderInfo:
    """A provider as users know it, and what it needs for a login over SMTP."""

    provider: Provider
    name: str  # "Gmail", "Naver Mail", ...
    login: str  # what to do when the password was refused, one or two sentences
    #: Whether a password (even an app password) can work at all.
    passwords_work: bool = True


def _matches(domain: str, domains: tuple[str, ...]) -> bool:
    return any(domain == d or domain.endswith("." + d) for d in domains)


def provider_for(host: str, username: str = "") -> Provider | None:
    """The provider behind *host* (else behind the domain of *username*), or None."""
    host = host.strip().lower().rstrip(".")
    for provider, domains in _HOSTS.items():
        if host and _matches(host, domains):
            return provider
    _local, at, domain = username.strip().lower().rpartition("@")
    if at:
        for provider, domains in _ADDRESS_DOMAINS.items():
            if domain in domains:
                return provider
    return None


def provider_info(provider: Provider) -> ProviderInfo:
    """The name and login advice of *provider*, in the interface language."""
    if provider is Provider.GMAIL:
        # Checked 2025-06: Google turned off password sign-in for other programs ("less
        # secure apps") in 2024-2025; app passwords still work with 2-Step Verification on.
        return ProviderInfo(
            provider,
            "Gmail",
            translate(
                "Providers",
                "Gmail accepts only an app password here: turn on 2-Step Verification, create "
                "an app password at https://myaccount.google.com/apppasswords and enter it "
                "instead of your normal password.",
            ),
        )
    if provider is Provider.MICROSOFT:
        # Checked 2025-06: Outlook.com and Hotmail refuse passwords and app passwords from
        # other programs since 2024-09-16 (only OAuth sign-in); Microsoft 365 is retiring
        # password logins for SMTP (many organisations have turned them off already).
        return ProviderInfo(
            provider,
            "Outlook.com / Microsoft 365",
            translate(
                "Providers",
                "Outlook.com, Hotmail and Microsoft 365 no longer accept a password or an app "
                "password from mail programs: they need a Microsoft sign-in. Switch the "
                "profile to “Sign in with the provider (OAuth 2.0)” in Preferences, then "
                "click Sign in….",
            ),
            passwords_work=False,
        )
    if provider is Provider.NAVER:
        # Checked 2025-06: SMTP is off until enabled in Naver Mail's settings; with 2-step
        # verification on, Naver wants an application password.
        return ProviderInfo(
            provider,
            translate("Providers", "Naver Mail"),
            translate(
                "Providers",
                "Turn on SMTP in Naver Mail's settings (POP3/IMAP settings), then try again; "
                "if your Naver account uses 2-step verification, create an application "
                "password in Naver's security settings and enter it instead of your normal "
                "password.",
            ),
        )
    if provider is Provider.DAUM:
        # Checked 2025-06: Daum/Kakao Mail need IMAP/SMTP enabled in the mail settings; with
        # 2-step verification on, an app password.
        return ProviderInfo(
            provider,
            translate("Providers", "Daum / Kakao Mail"),
            translate(
                "Providers",
                "Turn on IMAP/SMTP in the mail settings of Daum or Kakao Mail, then try again; "
                "if your account uses 2-step verification, create an app password in the "
                "account's security settings and enter it instead of your normal password.",
            ),
        )
    if provider is Provider.YAHOO:
        # Checked 2025-06: Yahoo Mail accepts only app passwords from other programs.
        return ProviderInfo(
            provider,
            "Yahoo Mail",
            translate(
                "Providers",
                "Yahoo Mail accepts only an app password here: create one under Account "
                "security › Generate app password and enter it instead of your normal "
                "password.",
            ),
        )
    # Checked 2025-06: iCloud Mail needs an app-specific password (two-factor authentication on).
    return ProviderInfo(
        provider,
        "iCloud Mail",
        translate(
            "Providers",
            "iCloud Mail accepts only an app-specific password here: create one at "
            "https://account.apple.com (Sign-In and Security › App-Specific Passwords) and "
            "enter it instead of your Apple Account password.",
        ),
    )


def login_advice(host: str, username: str = "") -> str:
    """What to do when the server refused the user name or password."""
    provider = provider_for(host, username)
    if provider is not None:
        return provider_info(provider).login
    return translate(
        "Providers",
        "Check the user name (often your full email address) and the password. If your "
        "provider uses two-step verification, it may want an app password created in your "
        "account's security settings instead of your normal password.",
    )
