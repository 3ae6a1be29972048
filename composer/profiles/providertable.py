"""The built-in table of the mail providers our users have: their servers, sign-in and limits.

:mod:`composer.profiles.providers` says what a provider demands before it accepts a login
(advice, keyed by :class:`~composer.profiles.providers.Provider`); this module says how to
reach an account there. Each :class:`ProviderEntry` has a stable :attr:`~ProviderEntry.key`,
the value kept in ``Profile.provider`` (``profiles.toml``), and:

* ``address_domains``: the domains of the provider's own mailboxes (``gmail.com``);
* ``mx_suffixes``: MX host names that show the provider behind a custom domain (a Google
  Workspace or Microsoft 365 domain);
* ``smtp`` / ``imap``: a :class:`ServerEntry` (host, port, security); ``imap`` is None for a
  relay that has no mailbox;
* ``username``: which :class:`UsernameForm` the servers want (:meth:`ProviderEntry.username_for`);
* ``auth`` and ``oauth``: the sign-in method Composer sets up (OAuth 2.0 with a preset, or a
  password / app password, with :attr:`ProviderEntry.advice` saying what to do);
* ``limits``: :class:`SendingLimits`, the provider's documented daily limits (None: not
  published); the merge engine reads them to stop before the provider does;
* ``files_sent_itself``: True when the provider puts submitted mail into the Sent folder
  itself, so an IMAP copy would make a second one.

Readers use :func:`entry` (by key), :func:`entry_for_address`, :func:`entry_for_mx` and
:func:`entry_for_profile`; for a profile, :func:`sending_limits` says what the merge engine
must stay under (``sending_limits(profile).messages_per_day``, ...), and
:func:`composer.profiles.imapaccount.files_sent_itself` reads ``files_sent_itself`` from here
to decide whether the IMAP copy is skipped.
 Relays (Amazon SES, Google Workspace's SMTP relay) are never
guessed from an address: they are chosen by key. Limits and servers change: each entry says
when it was checked. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from composer.profiles.parts import AuthMethod, OAuthProvider, Security
from composer.profiles.providers import Provider, ProviderInfo, provider_for, provider_info

if TYPE_CHECKING:
    from composer.profiles.model import Profile

__all__ = [
    "PROVIDERS",
    "ProviderEntry",
    "SendingLimits",
    "ServerEntry",
    "UsernameForm",
    "entry",
    "entry_for_address",
    "entry_for_host",
    "entry_for_mx",
    "entry_for_profile",
    "is_provider_host",
    "sending_limits",
]


@dataclass(frozen=True)
class ServerEntry:
    """Where one server listens and how the connection is encrypted."""

    host: str
    port: int
    security: Security


class UsernameForm(StrEnum):
    """What the provider's servers take as the user name."""

    #: The whole address, ``kim@example.com``.
    ADDRESS = "address"
    #: The part before the ``@`` (the account's ID at Naver and Daum).
    LOCAL_PART = "local-part"
    #: Credentials the provider issues for SMTP (Amazon SES): nothing to derive.
    ISSUED = "issued"


@dataclass(frozen=True)
class SendingLimits:
    """A provider's documented sending limits for one account (None: not published).

    ``messages_per_day`` and ``recipients_per_day`` count over a rolling 24 hours;
    ``recipients_per_message`` is what one message may carry (To, Cc and Bcc together).
    """

    messages_per_day: int | None = None
    recipients_per_day: int | None = None
    recipients_per_message: int | None = None

    @property
    def known(self) -> bool:
        return any(
            v is not None
            for v in (self.messages_per_day, self.recipients_per_day, self.recipients_per_message)
        )


@dataclass(frozen=True)
class ProviderEntry:
    """One provider (or relay) of the built-in table; see the module docstring."""

    key: str
    name: str
    family: Provider | None
    smtp: ServerEntry
    imap: ServerEntry | None
    address_domains: tuple[str, ...] = ()
    mx_suffixes: tuple[str, ...] = ()
    username: UsernameForm = UsernameForm.ADDRESS
    auth: AuthMethod = AuthMethod.PASSWORD
    oauth: OAuthProvider | None = None
    #: Microsoft Entra tenant for the OAuth preset; "" leaves the profile's ("common"), so
    #: that the organisation's client file can name its own tenant (a single-tenant
    #: registration refuses "consumers" and "organizations").
    oauth_tenant: str = ""
    limits: SendingLimits = SendingLimits()
    files_sent_itself: bool = False
    #: Only chosen by key (a relay): never guessed from an address or an MX.
    relay: bool = False

    def username_for(self, address: str) -> str:
        """The user name for *address* at this provider ("" when it must be typed in)."""
        if self.username is UsernameForm.ISSUED:
            return ""
        if self.username is UsernameForm.LOCAL_PART:
            return address.rpartition("@")[0]
        return address

    @property
    def advice(self) -> ProviderInfo | None:
        """What the provider demands before it accepts a login (None: nothing special)."""
        return provider_info(self.family) if self.family is not None else None

    @property
    def hosts(self) -> tuple[str, ...]:
        """The provider's server host names (a result naming one of them is trusted)."""
        hosts = [self.smtp.host]
        if self.imap is not None:
            hosts.append(self.imap.host)
        return tuple(hosts)


def _ssl(host: str, port: int = 465) -> ServerEntry:
    return ServerEntry(host, port, Security.SSL)


def _starttls(host: str, port: int = 587) -> ServerEntry:
    return ServerEntry(host, port, Security.STARTTLS)


# Checked 2026-11 against each provider's help pages. Limits are per account and day unless
# said otherwise; where a provider publishes none (Naver, Daum/Kakao) the field stays None
# rather than a guess a merge would trust.
PROVIDERS: tuple[ProviderEntry, ...] = (
    ProviderEntry(
        key="gmail",
        name="Gmail",
        family=Provider.GMAIL,
        smtp=_ssl("smtp.gmail.com"),
        imap=_ssl("imap.gmail.com", 993),
        address_domains=("gmail.com", "googlemail.com"),
        auth=AuthMethod.OAUTH2,
        oauth=OAuthProvider.GOOGLE,
        # Google's "Gmail sending limits": 500 messages (or recipients) a day for a personal
        # account; 100 recipients a message through SMTP.
        limits=SendingLimits(500, 500, 100),
        files_sent_itself=True,
    ),
    ProviderEntry(
        key="google-workspace",
        name="Google Workspace",
        family=Provider.GMAIL,
        smtp=_ssl("smtp.gmail.com"),
        imap=_ssl("imap.gmail.com", 993),
        mx_suffixes=("google.com", "googlemail.com"),
        auth=AuthMethod.OAUTH2,
        oauth=OAuthProvider.GOOGLE,
        # Workspace admin help, "Gmail sending limits in Google Workspace": 2,000 messages a
        # day, 10,000 recipients a day, 100 recipients a message sent through SMTP/IMAP.
        limits=SendingLimits(2000, 10000, 100),
        files_sent_itself=True,
    ),
    ProviderEntry(
        key="google-relay",
        name="Google Workspace SMTP relay",
        family=Provider.GMAIL,
        smtp=_starttls("smtp-relay.gmail.com"),
        imap=None,
        # The relay authenticates a Workspace user (or the organisation's IP addresses);
        # it keeps no copy in anyone's Sent folder.
        # Workspace admin help, "SMTP relay service": 10,000 recipients a day per user,
        # 100 recipients a message.
        limits=SendingLimits(None, 10000, 100),
        relay=True,
    ),
    ProviderEntry(
        key="outlook",
        name="Outlook.com / Hotmail",
        family=Provider.MICROSOFT,
        smtp=_starttls("smtp-mail.outlook.com"),
        imap=_ssl("outlook.office365.com", 993),
        address_domains=(
            "outlook.com",
            "hotmail.com",
            "live.com",
            "msn.com",
            "outlook.kr",
            "hotmail.co.kr",
            "hotmail.co.uk",
            "live.co.kr",
        ),
        auth=AuthMethod.OAUTH2,
        oauth=OAuthProvider.MICROSOFT,
        # Microsoft support, "Sending limits in Outlook.com": 5,000 recipients a day, 500
        # recipients a message (far less for a new account).
        limits=SendingLimits(None, 5000, 500),
        files_sent_itself=True,
    ),
    ProviderEntry(
        key="microsoft365",
        name="Microsoft 365",
        family=Provider.MICROSOFT,
        smtp=_starttls("smtp.office365.com"),
        imap=_ssl("outlook.office365.com", 993),
        mx_suffixes=("mail.protection.outlook.com", "mail.protection.partner.outlook.cn"),
        auth=AuthMethod.OAUTH2,
        oauth=OAuthProvider.MICROSOFT,
        # Exchange Online limits: 10,000 recipients a day, 500 recipients a message.
        limits=SendingLimits(None, 10000, 500),
        files_sent_itself=True,
    ),
    ProviderEntry(
        key="yahoo",
        name="Yahoo Mail",
        family=Provider.YAHOO,
        smtp=_ssl("smtp.mail.yahoo.com"),
        imap=_ssl("imap.mail.yahoo.com", 993),
        address_domains=("yahoo.com", "ymail.com", "rocketmail.com", "yahoo.co.uk"),
        mx_suffixes=("yahoodns.net",),
        # Yahoo help: 500 messages a day, 100 recipients a message; an app password.
        limits=SendingLimits(500, None, 100),
    ),
    ProviderEntry(
        key="icloud",
        name="iCloud Mail",
        family=Provider.ICLOUD,
        smtp=_starttls("smtp.mail.me.com"),
        imap=_ssl("imap.mail.me.com", 993),
        address_domains=("icloud.com", "me.com", "mac.com"),
        mx_suffixes=("mail.icloud.com",),
        # Apple, "iCloud Mail server settings" and "mailbox size and message sending limits":
        # 1,000 messages a day, 1,000 recipients a day, 500 recipients a message.
        limits=SendingLimits(1000, 1000, 500),
    ),
    ProviderEntry(
        key="naver",
        name="Naver Mail",
        family=Provider.NAVER,
        smtp=_ssl("smtp.naver.com"),
        imap=_ssl("imap.naver.com", 993),
        address_domains=("naver.com",),
        mx_suffixes=("mx.naver.com",),
        username=UsernameForm.LOCAL_PART,  # the Naver ID
    ),
    ProviderEntry(
        key="daum",
        name="Daum Mail",
        family=Provider.DAUM,
        smtp=_ssl("smtp.daum.net"),
        imap=_ssl("imap.daum.net", 993),
        address_domains=("daum.net", "hanmail.net"),
        mx_suffixes=("mx.hanmail.net", "mx.daum.net"),
        username=UsernameForm.LOCAL_PART,  # the Daum ID
    ),
    ProviderEntry(
        key="kakao",
        name="Kakao Mail",
        family=Provider.DAUM,
        smtp=_ssl("smtp.kakao.com"),
        imap=_ssl("imap.kakao.com", 993),
        address_domains=("kakao.com",),
    ),
    ProviderEntry(
        key="amazon-ses",
        name="Amazon SES",
        family=None,
        # SES has one endpoint per region; us-east-1 is the default the user may change.
        smtp=_starttls("email-smtp.us-east-1.amazonaws.com"),
        imap=None,
        username=UsernameForm.ISSUED,  # SMTP credentials created in the SES console
        # The quota is per account (200 messages a day in the sandbox); 50 recipients a
        # message.
        limits=SendingLimits(200, None, 50),
        relay=True,
    ),
)

_BY_KEY = {e.key: e for e in PROVIDERS}


def entry(key: str) -> ProviderEntry | None:
    """The entry whose key is *key* (as kept in ``Profile.provider``), or None."""
    return _BY_KEY.get(key.strip().lower())


def _domain(address: str) -> str:
    return address.strip().rpartition("@")[2].lower().rstrip(".")


def entry_for_address(address: str) -> ProviderEntry | None:
    """The provider whose own mailboxes have *address*'s domain (not a custom domain)."""
    domain = _domain(address)
    for e in PROVIDERS:
        if not e.relay and domain in e.address_domains:
            return e
    return None


def _under(host: str, suffix: str) -> bool:
    return host == suffix or host.endswith("." + suffix)


def entry_for_mx(mx_hosts: list[str]) -> ProviderEntry | None:
    """The provider that receives a custom domain's mail, from its MX host names."""
    for host in mx_hosts:
        bare = host.lower().rstrip(".")
        for e in PROVIDERS:
            if not e.relay and any(_under(bare, s) for s in e.mx_suffixes):
                return e
    return None


def entry_for_host(host: str) -> ProviderEntry | None:
    """The entry one of whose servers is *host* (an SMTP or IMAP host name)."""
    bare = host.lower().rstrip(".")
    for e in PROVIDERS:
        if bare in e.hosts:
            return e
    return None


def entry_for_profile(profile: Profile) -> ProviderEntry | None:
    """The provider of *profile*: its ``provider`` key, else its SMTP host or address."""
    if profile.provider:
        found = entry(profile.provider)
        if found is not None:
            return found
    found = entry_for_host(profile.smtp.host)
    if found is not None:
        return found
    if provider_for(profile.smtp.host) is not None:
        return None  # a provider's host not in the table: its address says nothing more
    return entry_for_address(profile.smtp.username or profile.identity.from_address)


def is_provider_host(host: str) -> bool:
    """Whether *host* is (under) a server domain of a provider in the table."""
    bare = host.lower().rstrip(".")
    if entry_for_host(bare) is not None or provider_for(bare) is not None:
        return True
    return any(_under(bare, s) for e in PROVIDERS for s in e.mx_suffixes)


def sending_limits(profile: Profile) -> SendingLimits:
    """The documented daily limits of *profile*'s provider (all None when unknown)."""
    found = entry_for_profile(profile)
    return found.limits if found is not None else SendingLimits()
