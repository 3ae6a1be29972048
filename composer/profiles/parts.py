"""The parts a profile is made of: how it sends, its SMTP server, how it signs in (a
password or OAuth 2.0), its IMAP server, its sender, its library settings. Plain values with
their labels; :mod:`composer.profiles.model` puts them together.

A profile is one mail account: the SMTP and the IMAP server share its identity and its
sign-in (the same password, or the same OAuth 2.0 grant). Neither a password nor a token is
ever part of a profile: they live in the OS keyring (:mod:`composer.profiles.credentials`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from email.utils import formataddr
from enum import StrEnum

from composer.i18n import translate

__all__ = [
    "BACKEND_PATHS",
    "DEFAULT_TIMEOUT",
    "AuthMethod",
    "BackendKind",
    "Identity",
    "ImapSettings",
    "LibrarySettings",
    "OAuthProvider",
    "OAuthSettings",
    "Security",
    "SmtpSettings",
]


class BackendKind(StrEnum):
    """How a profile sends mail."""

    SMTP = "smtp"
    CONSOLE = "console"
    FILE = "filebased"
    LOCMEM = "locmem"
    DUMMY = "dummy"
    CUSTOM = "custom"

    @property
    def label(self) -> str:
        """The name users see."""
        return _backend_labels()[self]

    @property
    def delivers(self) -> bool:
        """Whether mail sent through this backend can reach its recipients.

        A custom backend is assumed to deliver: Composer cannot know, and claiming a real
        relay is "only a preview" would be the more dangerous mistake.
        """
        return self in (BackendKind.SMTP, BackendKind.CUSTOM)

    @property
    def preview_note(self) -> str:
        """What happens to mail instead of delivery ("" for delivering backends)."""
        return _preview_notes().get(self, "")


def _backend_labels() -> dict[BackendKind, str]:
    # Built at each call, so that the labels follow the translator installed by the GUI.
    return {
        BackendKind.SMTP: translate("Profiles", "SMTP server"),
        BackendKind.CONSOLE: translate("Profiles", "Print to terminal"),
        BackendKind.FILE: translate("Profiles", "Save as files"),
        BackendKind.LOCMEM: translate("Profiles", "Preview mailbox"),
        BackendKind.DUMMY: translate("Profiles", "Discard"),
        BackendKind.CUSTOM: translate("Profiles", "Custom backend"),
    }


def _preview_notes() -> dict[BackendKind, str]:
    return {
        BackendKind.CONSOLE: translate(
            "Profiles", "Messages are printed to the terminal Composer was started from."
        ),
        BackendKind.FILE: translate("Profiles", "Messages are saved as files in a folder."),
        BackendKind.LOCMEM: translate(
            "Profiles", "Messages are kept in Composer's preview mailbox until it quits."
        ),
        BackendKind.DUMMY: translate("Profiles", "Messages are thrown away."),
    }


#: The ``composer.mail`` backend for each built-in kind (custom profiles name their own).
BACKEND_PATHS: Mapping[BackendKind, str] = {
    BackendKind.SMTP: "composer.mail.backends.smtp.EmailBackend",
    BackendKind.CONSOLE: "composer.mail.backends.console.EmailBackend",
    BackendKind.FILE: "composer.mail.backends.filebased.EmailBackend",
    BackendKind.LOCMEM: "composer.mail.backends.locmem.EmailBackend",
    BackendKind.DUMMY: "composer.mail.backends.dummy.EmailBackend",
}


class Security(StrEnum):
    """How the SMTP connection is encrypted."""

    NONE = "none"
    STARTTLS = "starttls"
    SSL = "ssl"

    @property
    def label(self) -> str:
        if self is Security.NONE:
            return translate("Profiles", "None", "no encryption")
        return {"starttls": "STARTTLS", "ssl": "SSL/TLS"}[self.value]

    @property
    def default_port(self) -> int:
        """The port servers usually listen on for this kind of security."""
        return {"none": 25, "starttls": 587, "ssl": 465}[self.value]


DEFAULT_TIMEOUT = 30.0


class AuthMethod(StrEnum):
    """How the account proves who it is to its SMTP (and IMAP) server."""

    #: A password (or an app password) kept in the keyring, or asked for once a session.
    PASSWORD = "password"  # noqa: S105  (the name of a sign-in method, not a password)
    #: OAuth 2.0 ("Sign in with Microsoft / Google"): a refresh token kept in the keyring
    #: gives short-lived access tokens, used with SASL XOAUTH2 or OAUTHBEARER.
    OAUTH2 = "oauth2"

    @property
    def label(self) -> str:
        if self is AuthMethod.OAUTH2:
            return translate("Profiles", "Sign in with the provider (OAuth 2.0)")
        return translate("Profiles", "Password")


class OAuthProvider(StrEnum):
    """Whose authorization server signs the account in."""

    MICROSOFT = "microsoft"
    GOOGLE = "google"
    #: Any other provider: its authorization and token URLs and scopes are in the profile.
    CUSTOM = "custom"

    @property
    def label(self) -> str:
        return {
            "microsoft": "Microsoft",
            "google": "Google",
            "custom": translate("Profiles", "Other provider"),
        }[self.value]


@dataclass
class OAuthSettings:
    """The OAuth 2.0 client a profile signs in with (authorization code + PKCE).

    Composer ships no other application's client ID: an empty ``client_id`` is taken from
    the organisation's file or Composer's own registration (see
    :mod:`composer.profiles.oauth` once it exists), and otherwise the user is told how to
    get one. ``client_secret`` is only for providers that give desktop clients a secret
    which is not secret (Google); it is not a password and is kept here, not in the keyring.
    """

    provider: OAuthProvider = OAuthProvider.MICROSOFT
    client_id: str = ""
    client_secret: str = ""
    #: Microsoft Entra ID: ``common``, ``organizations``, ``consumers`` or a tenant ID/domain.
    tenant: str = "common"
    #: Custom providers (and overrides for the presets): "" means the provider's own.
    authorize_url: str = ""
    token_url: str = ""
    #: Empty means the provider's preset scopes for SMTP and IMAP.
    scopes: list[str] = field(default_factory=list)
    #: Who signed in last (shown in Preferences; sent as the login hint next time).
    account: str = ""


@dataclass
class ImapSettings:
    """The account's IMAP server, for the copy in its Sent folder. ``host`` "" means none."""

    host: str = ""
    port: int = 993
    security: Security = Security.SSL
    #: "" means the SMTP user name (the same account).
    username: str = ""
    #: Put a copy of each sent message into the server's Sent folder.
    sent_copy: bool = True
    #: "" means: find it (SPECIAL-USE ``\\Sent``, then the usual names).
    sent_folder: str = ""

    @property
    def enabled(self) -> bool:
        return bool(self.host.strip())


@dataclass
class SmtpSettings:
    """The SMTP server of a profile. File paths are kept as typed ("" means none)."""

    host: str = ""
    port: int = 587
    security: Security = Security.STARTTLS
    username: str = ""
    timeout: float = DEFAULT_TIMEOUT
    certfile: str = ""
    keyfile: str = ""
    cafile: str = ""
    allow_plaintext_auth: bool = False
    #: Do not keep the password anywhere: ask for it once per session when sending.
    ask_password: bool = False


@dataclass
class Identity:
    """Who the mail is from when composing with this profile."""

    from_name: str = ""
    from_address: str = ""
    reply_to: str = ""
    signature: str = ""

    def from_header(self) -> str:
        """The From header value, e.g. ``"Alice Example <alice@example.com>"``."""
        if not self.from_address:
            return ""
        return (
            formataddr((self.from_name, self.from_address))
            if self.from_name
            else (self.from_address)
        )


@dataclass
class LibrarySettings:
    """The ``composer.mail`` settings the founding API reads beyond the connection.

    Only a developer's ``mail_admins()``/``mail_managers()`` use them; Preferences does not
    show them (they live in ``profiles.toml``).
    """

    default_charset: str = "utf-8"
    #: Sender of ``mail_admins``/``mail_managers``; "" means the identity's address.
    server_email: str = ""
    #: Put before ``mail_admins``' subjects only; never before a person's subject.
    subject_prefix: str = ""
    admins: list[tuple[str, str]] = field(default_factory=list)
    managers: list[tuple[str, str]] = field(default_factory=list)
