"""A detected :class:`Finding` as a profile's settings (the user edits them afterwards). No Qt."""

from __future__ import annotations

from composer.profiles.detect.result import Finding
from composer.profiles.model import (
    AuthMethod,
    BackendKind,
    Identity,
    ImapSettings,
    OAuthProvider,
    OAuthSettings,
    Profile,
    SmtpSettings,
)
from composer.profiles.providertable import entry, entry_for_host

__all__ = ["apply_finding", "profile_from_finding", "settle_provider"]


def apply_finding(profile: Profile, finding: Finding) -> Profile:
    """Put *finding*'s servers, user name and sign-in into *profile* (returned)."""
    profile.backend = BackendKind.SMTP
    if finding.smtp is not None:
        profile.smtp.host = finding.smtp.host
        profile.smtp.port = finding.smtp.port
        profile.smtp.security = finding.smtp.security
    profile.smtp.username = finding.username
    profile.auth = finding.auth
    if finding.auth is AuthMethod.OAUTH2:
        profile.oauth.provider = finding.oauth or OAuthProvider.CUSTOM
        if finding.oauth_tenant:
            profile.oauth.tenant = finding.oauth_tenant
    if finding.imap is not None:
        profile.imap.host = finding.imap.host
        profile.imap.port = finding.imap.port
        profile.imap.security = finding.imap.security
    profile.provider = finding.provider
    return profile


def profile_from_finding(name: str, address: str, finding: Finding, from_name: str = "") -> Profile:
    """A new SMTP profile called *name* for *address* with what *finding* says."""
    profile = Profile(
        name=name,
        smtp=SmtpSettings(),
        identity=Identity(from_name=from_name, from_address=address.strip()),
        oauth=OAuthSettings(),
        imap=ImapSettings(),
    )
    return apply_finding(profile, finding)


def settle_provider(profile: Profile) -> Profile:
    """Keep ``profile.provider`` true after the user changed the SMTP host.

    The key decides the daily limits a merge respects and whether a Sent copy is made, so
    a Gmail key on a company relay would be wrong: it follows the host, or is cleared.
    """
    known = entry(profile.provider) if profile.provider else None
    host = profile.smtp.host.strip().lower().rstrip(".")
    if known is not None and host in known.hosts:
        return profile
    found = entry_for_host(host)
    profile.provider = found.key if found is not None else ""
    return profile
