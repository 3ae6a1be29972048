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

No Qt here; the Preferences dialog, the CLI and the compose window all build on this.
"""

from __future__ import annotations

import codecs
import copy
import importlib
import ipaddress
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from email.utils import formataddr, getaddresses
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import quote

from composer.errors import ComposerError
from composer.i18n import translate

if TYPE_CHECKING:
    from composer.mail.backends.base import BaseEmailBackend

__all__ = [
    "BACKEND_PATHS",
    "BackendKind",
    "Identity",
    "LibrarySettings",
    "PasswordNeeded",
    "PasswordSource",
    "Problem",
    "Profile",
    "ProfileBook",
    "ProfileError",
    "Security",
    "SmtpSettings",
    "apply_mail_settings",
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
        BackendKind.LOCMEM: translate("Profiles", "In-app outbox"),
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
            "Profiles", "Messages are kept in Composer's in-app outbox until it quits."
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


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a profile, tied to the field that has to change.

    ``field`` is a dotted name such as ``"smtp.host"`` or ``"identity.from_address"``.
    """

    field: str
    message: str


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

    # -- what the profile is -------------------------------------------------------------

    @property
    def delivers(self) -> bool:
        """False for preview backends (terminal, files, in-app outbox, discard)."""
        return self.backend.delivers

    @property
    def needs_password(self) -> bool:
        """Whether connecting will log in (SMTP with a user name)."""
        return self.backend is BackendKind.SMTP and bool(self.smtp.username)

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
        found: list[Problem] = []
        if not self.name.strip():
            found.append(Problem("name", translate("Profiles", "Give the profile a name.")))
        if self.backend is BackendKind.SMTP:
            found.extend(self._smtp_problems(check_files))
        elif self.backend is BackendKind.FILE:
            if not self.file_path.strip():
                found.append(
                    Problem(
                        "file_path", translate("Profiles", "Choose the folder to save messages in.")
                    )
                )
            elif (
                Path(self.file_path).expanduser().exists()
                and not Path(self.file_path).expanduser().is_dir()
            ):
                found.append(
                    Problem("file_path", translate("Profiles", "This is a file, not a folder."))
                )
        elif self.backend is BackendKind.CUSTOM:
            problem = backend_import_problem(self.custom_backend)
            if problem:
                found.append(Problem("custom_backend", problem))
        ident = self.identity
        not_address = translate("Profiles", "This is not an email address.")
        if ident.from_address and not is_valid_address(ident.from_address):
            found.append(Problem("identity.from_address", not_address))
        if ident.reply_to and not is_valid_address(ident.reply_to):
            found.append(Problem("identity.reply_to", not_address))
        lib = self.library
        if lib.server_email and not is_valid_address(lib.server_email):
            found.append(Problem("library.server_email", not_address))
        try:
            codecs.lookup(lib.default_charset)
        except LookupError:
            found.append(
                Problem(
                    "library.default_charset",
                    translate("Profiles", "Python does not know this charset."),
                )
            )
        for key, people in (("library.admins", lib.admins), ("library.managers", lib.managers)):
            bad = [addr for _name, addr in people if not is_valid_address(addr)]
            if bad:
                text = translate("Profiles", "Not an email address: {addresses}.")
                found.append(Problem(key, text.format(addresses=", ".join(bad))))
        return found

    def _smtp_problems(self, check_files: bool) -> list[Problem]:
        s = self.smtp
        found: list[Problem] = []
        if not s.host.strip():
            found.append(
                Problem("smtp.host", translate("Profiles", "Enter the server's host name."))
            )
        elif not is_valid_host(s.host.strip()):
            found.append(
                Problem(
                    "smtp.host",
                    translate("Profiles", "This is not a valid host name or IP address."),
                )
            )
        if not 1 <= s.port <= 65535:
            found.append(
                Problem("smtp.port", translate("Profiles", "The port must be between 1 and 65535."))
            )
        if s.timeout <= 0:
            found.append(
                Problem(
                    "smtp.timeout",
                    translate("Profiles", "The timeout must be more than 0 seconds."),
                )
            )
        if s.keyfile and not s.certfile:
            found.append(
                Problem(
                    "smtp.certfile", translate("Profiles", "A client key needs its certificate.")
                )
            )
        if check_files:
            for key, value, missing in (
                (
                    "smtp.certfile",
                    s.certfile,
                    translate("Profiles", "The certificate file does not exist."),
                ),
                ("smtp.keyfile", s.keyfile, translate("Profiles", "The key file does not exist.")),
                (
                    "smtp.cafile",
                    s.cafile,
                    translate("Profiles", "The CA certificate file does not exist."),
                ),
            ):
                if value and not Path(value).expanduser().is_file():
                    found.append(Problem(key, missing))
        return found


def _path_or_none(value: str) -> str | None:
    value = value.strip()
    return str(Path(value).expanduser()) if value else None


_HOST_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")


def is_valid_host(host: str) -> bool:
    """Whether *host* is a syntactically valid DNS name or IP address (no lookup)."""
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        pass
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return False
    if len(ascii_host) > 253:
        return False
    labels = ascii_host.rstrip(".").split(".")
    if all(label.isdigit() for label in labels):
        return False  # looks like a mistyped IP address
    return all(_HOST_LABEL.match(label) for label in labels)


def is_valid_address(address: str) -> bool:
    """Whether *address* is one email address (``a@b.c`` or ``Name <a@b.c>``)."""
    pairs = getaddresses([address])
    if len(pairs) != 1 or "," in address.split("<")[-1]:
        return False
    _name, addr = pairs[0]
    if not addr or "@" not in addr or any(c.isspace() for c in addr):
        return False
    local, _, domain = addr.rpartition("@")
    return bool(local) and (domain == "localhost" or (is_valid_host(domain) and "." in domain))


def backend_import_problem(path: str) -> str:
    """Why the backend class at dotted *path* cannot be used, or "" when it can."""
    path = path.strip()
    if not path:
        return translate(
            "Profiles", "Enter the dotted path of the backend class, e.g. mypackage.mail.Backend."
        )
    module_name, _, class_name = path.rpartition(".")
    if not module_name:
        return translate(
            "Profiles", "Enter the full dotted path: module name, then the class name."
        )
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        return translate("Profiles", "The module {module!r} cannot be imported ({reason}).").format(
            module=module_name, reason=exc
        )
    if not hasattr(module, class_name):
        return translate("Profiles", "The module {module!r} has no {name!r}.").format(
            module=module_name, name=class_name
        )
    return ""


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

    The in-app outbox, because the window shows it (View ▸ Outbox); a terminal is not there
    for someone who started Composer from the desktop menu.
    """
    name = translate("Profiles", "Outbox")
    return ProfileBook([Profile(name, backend=BackendKind.LOCMEM)])


def connection_for(
    profile: Profile, passwords: PasswordSource, *, fail_silently: bool = False
) -> BaseEmailBackend:
    """A ``composer.mail`` connection (not yet opened) that sends with *profile*.

    Use it as a context manager, or pass it as ``connection=`` to ``send_mail()`` and
    friends.

    Raises:
        PasswordNeeded: the profile logs in and *passwords* has no password for it; ask
            the user, remember it for the session, and call again.
        ImportError: a custom backend that cannot be imported.
    """
    from composer import mail

    password: str | None = None
    if profile.needs_password:
        password = passwords.password_for(profile)
        if not password:
            assert profile.account is not None
            raise PasswordNeeded(profile.name, profile.account)
    connection: BaseEmailBackend = mail.get_connection(
        fail_silently=fail_silently, **profile.connection_kwargs(password)
    )
    return connection


def apply_mail_settings(profile: Profile) -> None:
    """Make *profile*'s settings the ones ``composer.mail`` reads from now on."""
    from composer.mail.conf import settings

    for name, value in profile.mail_settings().items():
        setattr(settings, name, value)
