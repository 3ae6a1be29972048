"""Sending profiles: where mail goes, as whom, with which library settings.

A :class:`Profile` names one way of sending (a real SMTP account, or a preview backend that
prints, saves or keeps messages instead of delivering them) together with the identity used
when composing and the ``composer.mail`` settings the founding API reads. A
:class:`ProfileBook` holds every profile and which one is active.

This module is the only place that maps a profile onto ``composer.mail``:
:meth:`Profile.connection_kwargs` gives the arguments for ``get_connection()`` and
:meth:`Profile.mail_settings` the settings names and values; :func:`connection_for` and
:func:`apply_mail_settings` use them. Passwords never live on a profile: they come from a
:class:`PasswordSource` (the OS keyring or the session's memory, see
:mod:`composer.profiles.credentials`) at the moment a connection is made.

Its parts (the backend kind, SMTP settings, identity, library settings) are in
:mod:`composer.profiles.parts` and its checks in :mod:`composer.profiles.checks`; their names
are offered here too. No Qt here; the Preferences dialog, the CLI and the compose window all
build on this.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import quote

from composer.errors import ComposerError
from composer.i18n import translate
from composer.profiles.checks import (
    Problem,
    backend_import_problem,
    is_valid_address,
    is_valid_host,
    profile_problems,
)
from composer.profiles.parts import (
    BACKEND_PATHS,
    DEFAULT_TIMEOUT,
    AuthMethod,
    BackendKind,
    Identity,
    ImapSettings,
    LibrarySettings,
    OAuthProvider,
    OAuthSettings,
    Security,
    SmtpSettings,
)

if TYPE_CHECKING:
    from composer.mail.backends.base import BaseEmailBackend

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
    "PasswordNeeded",
    "PasswordSource",
    "Problem",
    "Profile",
    "ProfileBook",
    "ProfileError",
    "Security",
    "SmtpSettings",
    "apply_mail_settings",
    "backend_import_problem",
    "connection_for",
    "default_book",
    "is_valid_address",
    "is_valid_host",
]


class ProfileError(ComposerError, ValueError):
    """A request the profile book cannot honour: a duplicate or unknown name, ..."""


class PasswordNeeded(ComposerError, LookupError):
    """A profile needs a password and none is stored or remembered for this session."""

    def __init__(self, profile_name: str, account: str) -> None:
        super().__init__(
            translate("Profiles", "Profile {profile!r} needs the password for {account}.").format(
                profile=profile_name, account=account
            )
        )
        self.profile_name = profile_name
        self.account = account


class PasswordSource(Protocol):
    """Where a connection gets a profile's password (keyring, session memory, a prompt)."""

    def password_for(self, profile: Profile) -> str | None:
        """The password for *profile*'s account, or None when none is known."""


@dataclass
class Profile:
    """One named way of sending mail. Holds no password."""

    name: str
    backend: BackendKind = BackendKind.SMTP
    smtp: SmtpSettings = field(default_factory=SmtpSettings)
    file_path: str = ""
    custom_backend: str = ""
    custom_options: dict[str, Any] = field(default_factory=dict)
    identity: Identity = field(default_factory=Identity)
    library: LibrarySettings = field(default_factory=LibrarySettings)
    #: How the account signs in to its servers (SMTP and IMAP alike).
    auth: AuthMethod = AuthMethod.PASSWORD
    oauth: OAuthSettings = field(default_factory=OAuthSettings)
    imap: ImapSettings = field(default_factory=ImapSettings)
    #: The key of the account's provider in :mod:`composer.profiles.providers` ("" unknown):
    #: its advice, its known sending limits, whether it files submitted mail in Sent itself.
    provider: str = ""

    # -- what the profile is -------------------------------------------------------------

    @property
    def delivers(self) -> bool:
        """False for preview backends (terminal, files, preview mailbox, discard)."""
        return self.backend.delivers

    @property
    def needs_password(self) -> bool:
        """Whether connecting will log in with a password (SMTP with a user name, not OAuth)."""
        return (
            self.backend is BackendKind.SMTP
            and self.auth is AuthMethod.PASSWORD
            and bool(self.smtp.username)
        )

    @property
    def account(self) -> str | None:
        """The keyring entry name of the account, ``smtp://user@host:port``, or None.

        One entry per account: profiles that share user, host and port share the password.
        The user name is percent-encoded so ``alice@example.com`` stays unambiguous.
        """
        if not self.needs_password:
            return None
        host = self.smtp.host.strip().lower()
        if ":" in host:  # an IPv6 literal
            host = f"[{host}]"
        return f"smtp://{quote(self.smtp.username, safe='')}@{host}:{self.smtp.port}"

    def summary(self) -> str:
        """A short description for lists, e.g. ``"SMTP server: smtp.example.com:587"``."""
        if self.backend is BackendKind.SMTP:
            where = f"{self.smtp.host or '?'}:{self.smtp.port}"
            return f"{self.backend.label}: {where} ({self.smtp.security.label})"
        if self.backend is BackendKind.FILE:
            return f"{self.backend.label}: {self.file_path or '?'}"
        if self.backend is BackendKind.CUSTOM:
            return f"{self.backend.label}: {self.custom_backend or '?'}"
        return self.backend.label

    def copy(self, name: str | None = None) -> Profile:
        """A deep copy, optionally under another name."""
        clone = copy.deepcopy(self)
        if name is not None:
            clone.name = name
        return clone

    # -- the one mapping onto composer.mail ------------------------------------------------

    @property
    def backend_path(self) -> str:
        """The dotted path of the ``composer.mail`` backend class."""
        if self.backend is BackendKind.CUSTOM:
            return self.custom_backend.strip()
        return BACKEND_PATHS[self.backend]

    def connection_kwargs(self, password: str | None = None) -> dict[str, Any]:
        """The keyword arguments for ``composer.mail.get_connection()``, backend included.

        The result holds the password: pass it straight on, never log or store it.
        """
        kwargs: dict[str, Any] = {"backend": self.backend_path}
        if self.backend is BackendKind.SMTP:
            s = self.smtp
            kwargs.update(
                host=s.host.strip(),
                port=s.port,
                username=s.username,
                password=password or "",
                use_tls=s.security is Security.STARTTLS,
                use_ssl=s.security is Security.SSL,
                timeout=s.timeout,
                ssl_certfile=_path_or_none(s.certfile),
                ssl_keyfile=_path_or_none(s.keyfile),
                ssl_cafile=_path_or_none(s.cafile),
                allow_plaintext_auth=s.allow_plaintext_auth,
            )
        elif self.backend is BackendKind.FILE:
            kwargs["file_path"] = _path_or_none(self.file_path)
        elif self.backend is BackendKind.CUSTOM:
            kwargs.update(self.custom_options)
        return kwargs

    def mail_settings(self) -> dict[str, Any]:
        """The ``composer.mail.conf.settings`` names and values this profile stands for.

        ``EMAIL_HOST_PASSWORD`` is always ``""``: the password goes to the connection only.
        """
        s = self.smtp
        ident = self.identity
        lib = self.library
        return {
            "EMAIL_BACKEND": self.backend_path,
            "EMAIL_HOST": s.host.strip() or "localhost",
            "EMAIL_PORT": s.port,
            "EMAIL_HOST_USER": s.username,
            "EMAIL_HOST_PASSWORD": "",
            "EMAIL_USE_TLS": s.security is Security.STARTTLS,
            "EMAIL_USE_SSL": s.security is Security.SSL,
            "EMAIL_TIMEOUT": s.timeout,
            "EMAIL_SSL_CERTFILE": _path_or_none(s.certfile),
            "EMAIL_SSL_KEYFILE": _path_or_none(s.keyfile),
            "EMAIL_SSL_CAFILE": _path_or_none(s.cafile),
            "EMAIL_ALLOW_PLAINTEXT_AUTH": s.allow_plaintext_auth,
            "EMAIL_FILE_PATH": _path_or_none(self.file_path),
            "DEFAULT_FROM_EMAIL": ident.from_header() or "webmaster@localhost",
            "DEFAULT_CHARSET": lib.default_charset,
            "SERVER_EMAIL": lib.server_email or ident.from_address or "root@localhost",
            "EMAIL_SUBJECT_PREFIX": lib.subject_prefix,
            "ADMINS": [tuple(pair) for pair in lib.admins],
            "MANAGERS": [tuple(pair) for pair in lib.managers],
        }

    # -- validation -------------------------------------------------------------------------

    def problems(self, *, check_files: bool = True) -> list[Problem]:
        """Everything that would stop this profile from working, one problem per field.

        Args:
            check_files: also check that certificate, key and CA files exist.
        """
        return profile_problems(self, check_files=check_files)


def _path_or_none(value: str) -> str | None:
    value = value.strip()
    return str(Path(value).expanduser()) if value else None


class ProfileBook:
    """Every profile, in the user's order, and the name of the active one."""

    def __init__(self, profiles: list[Profile] | None = None, active: str | None = None) -> None:
        self._profiles: list[Profile] = []
        for profile in profiles or []:
            self.add(profile)
        self._active: str | None = None
        if active is not None:
            self.set_active(active)
        elif self._profiles:
            self._active = self._profiles[0].name

    def __iter__(self) -> Iterator[Profile]:
        return iter(self._profiles)

    def __len__(self) -> int:
        return len(self._profiles)

    def __contains__(self, name: object) -> bool:
        return any(p.name == name for p in self._profiles)

    def __repr__(self) -> str:
        return f"ProfileBook({self.names()!r}, active={self._active!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ProfileBook):
            return NotImplemented
        return self._profiles == other._profiles and self._active == other._active

    def names(self) -> list[str]:
        return [p.name for p in self._profiles]

    @property
    def active_name(self) -> str | None:
        return self._active

    @property
    def active(self) -> Profile | None:
        """The profile mail is sent with, or None when there is none."""
        return self.get(self._active) if self._active is not None else None

    def get(self, name: str) -> Profile:
        """The profile called *name*.

        Raises:
            ProfileError: there is none.
        """
        for profile in self._profiles:
            if profile.name == name:
                return profile
        raise ProfileError(
            translate("Profiles", "There is no profile called {name!r}.").format(name=name)
        )

    def index(self, name: str) -> int:
        return self.names().index(self.get(name).name)

    def set_active(self, name: str) -> None:
        self._active = self.get(name).name

    def add(self, profile: Profile, index: int | None = None) -> Profile:
        """Add *profile*; the first profile added becomes the active one."""
        self._check_new_name(profile.name)
        if index is None:
            self._profiles.append(profile)
        else:
            self._profiles.insert(index, profile)
        if getattr(self, "_active", None) is None and len(self._profiles) == 1:
            self._active = profile.name
        return profile

    def remove(self, name: str) -> Profile:
        """Remove and return the profile; if it was active, the first remaining one is."""
        profile = self.get(name)
        self._profiles.remove(profile)
        if self._active == name:
            self._active = self._profiles[0].name if self._profiles else None
        return profile

    def rename(self, old: str, new: str) -> Profile:
        profile = self.get(old)
        if new != old:
            self._check_new_name(new)
            profile.name = new
            if self._active == old:
                self._active = new
        return profile

    def duplicate(self, name: str, new_name: str | None = None) -> Profile:
        """Copy a profile under *new_name* (default: "<name> (copy)"), right after it."""
        original = self.get(name)
        copy_name = translate("Profiles", "{name} (copy)").format(name=name)
        clone = original.copy(new_name or self.unique_name(copy_name))
        return self.add(clone, self._profiles.index(original) + 1)

    def unique_name(self, base: str) -> str:
        """*base*, or *base* with a number, whichever no profile has yet."""
        if base not in self:
            return base
        n = 2
        while f"{base} {n}" in self:
            n += 1
        return f"{base} {n}"

    def copy(self) -> ProfileBook:
        return ProfileBook([p.copy() for p in self._profiles], self._active)

    def accounts(self) -> set[str]:
        """The keyring entries the profiles use."""
        return {p.account for p in self._profiles if p.account is not None}

    def _check_new_name(self, name: str) -> None:
        if not name.strip():
            raise ProfileError(translate("Profiles", "A profile needs a name."))
        if name != name.strip():
            raise ProfileError(
                translate("Profiles", "A profile name cannot start or end with spaces.")
            )
        if name in self:
            raise ProfileError(
                translate("Profiles", "There is already a profile called {name!r}.").format(
                    name=name
                )
            )


def default_book() -> ProfileBook:
    """The profiles a new user starts with: a preview, so nothing is sent by accident.

    The preview mailbox, because the window shows it (View ▸ Preview mailbox); a terminal is
    not there for someone who started Composer from the desktop menu.
    """
    name = translate("Profiles", "Preview")
    return ProfileBook([Profile(name, backend=BackendKind.LOCMEM)])


def connection_for(
    profile: Profile,
    passwords: PasswordSource,
    *,
    fail_silently: bool = False,
    oauth2_token: Any = None,
) -> BaseEmailBackend:
    """A ``composer.mail`` connection (not yet opened) that sends with *profile*.

    Use it as a context manager, or pass it as ``connection=`` to ``send_mail()`` and
    friends.

    Raises:
        PasswordNeeded: the profile logs in and *passwords* has no password for it; ask
            the user, remember it for the session, and call again.
        ImportError: a custom backend that cannot be imported.

    *oauth2_token* (an access token or a callable returning one) signs an SMTP profile that
    uses OAuth 2.0 in (:mod:`composer.profiles.oauth`); it never comes from *passwords*.
    """
    from composer import mail

    password: str | None = None
    if profile.needs_password:
        password = passwords.password_for(profile)
        if not password:
            assert profile.account is not None
            raise PasswordNeeded(profile.name, profile.account)
    kwargs = profile.connection_kwargs(password)
    if oauth2_token is not None and profile.backend is BackendKind.SMTP:
        kwargs["oauth2_token"] = oauth2_token
    connection: BaseEmailBackend = mail.get_connection(fail_silently=fail_silently, **kwargs)
    return connection


def apply_mail_settings(profile: Profile) -> None:
    """Make *profile*'s settings the ones ``composer.mail`` reads from now on."""
    from composer.mail.conf import settings

    for name, value in profile.mail_settings().items():
        setattr(settings, name, value)
