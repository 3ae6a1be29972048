"""A profile's IMAP server as the client needs it, and whether its provider files what it
sends in Sent by itself. No Qt, no network here.

The IMAP server shares the account's sign-in (:mod:`composer.profiles.parts`): its user name
defaults to the SMTP one, and the private CA, the timeout and the rule about passwords in
the clear are the profile's.
"""

from __future__ import annotations

from pathlib import Path

from composer.mailbox.client import ImapServer
from composer.profiles.model import BackendKind, Profile
from composer.profiles.providers import Provider, provider_for
from composer.profiles.providertable import entry

__all__ = ["files_sent_itself", "imap_server_of", "wants_server_copy"]

#: Provider keys (``Profile.provider``) whose servers file submitted mail in Sent themselves:
#: Gmail and Google Workspace; Outlook.com, Hotmail and Microsoft 365 (Exchange Online).
_FILES_ITSELF = frozenset(
    {"gmail", "google", "googleworkspace", "microsoft", "microsoft365", "outlook", "office365"}
)


def files_sent_itself(profile: Profile) -> bool:
    """Whether the account's provider puts what it sends into Sent on its own.

    By the profile's provider key when it has one, else by the SMTP host (a custom domain
    on Google or Microsoft says nothing by itself: set the provider).
    """
    known = entry(profile.provider) if profile.provider else None
    if known is not None:  # the provider table knows (composer.profiles.providertable)
        return known.files_sent_itself
    key = profile.provider.strip().lower().replace(" ", "").replace("_", "").replace("-", "")
    if key:
        return key in _FILES_ITSELF
    return provider_for(profile.smtp.host) in (Provider.GMAIL, Provider.MICROSOFT)


def imap_server_of(profile: Profile) -> ImapServer | None:
    """The profile's IMAP server, or None when it has none."""
    imap = profile.imap
    if not imap.enabled:
        return None
    cafile = profile.smtp.cafile.strip()
    return ImapServer(
        host=imap.host.strip(),
        port=imap.port,
        security=str(imap.security),
        username=imap.username or profile.smtp.username,
        timeout=profile.smtp.timeout,
        cafile=str(Path(cafile).expanduser()) if cafile else None,
        allow_plaintext_auth=profile.smtp.allow_plaintext_auth,
    )


def wants_server_copy(profile: Profile) -> bool:
    """Whether messages sent with *profile* get a copy in the server's Sent folder."""
    return (
        profile.backend is BackendKind.SMTP
        and profile.imap.enabled
        and profile.imap.sent_copy
        and not files_sent_itself(profile)
    )
