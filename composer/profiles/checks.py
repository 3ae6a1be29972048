"""What would stop a profile from working, field by field, in words.

Checks of syntax only (no lookup, no connection): the connection test
(:mod:`composer.profiles.conntest`) is what talks to the server.
"""

from __future__ import annotations

import codecs
import importlib
import ipaddress
import re
from dataclasses import dataclass
from email.utils import getaddresses
from pathlib import Path
from typing import TYPE_CHECKING

from composer.i18n import translate
from composer.profiles.parts import BackendKind

if TYPE_CHECKING:
    from composer.profiles.model import Profile

__all__ = [
    "Problem",
    "backend_import_problem",
    "is_valid_address",
    "is_valid_host",
    "profile_problems",
]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a profile, tied to the field that has to change.

    ``field`` is a dotted name such as ``"smtp.host"`` or ``"identity.from_address"``.
    """

    field: str
    message: str


def profile_problems(profile: Profile, *, check_files: bool = True) -> list[Problem]:
    """Everything that would stop this profile from working, one problem per field.

    Args:
        check_files: also check that certificate, key and CA files exist.
    """
    found: list[Problem] = []
    if not profile.name.strip():
        found.append(Problem("name", translate("Profiles", "Give the profile a name.")))
    if profile.backend is BackendKind.SMTP:
        found.extend(_smtp_problems(profile, check_files))
        found.extend(_imap_problems(profile))
    elif profile.backend is BackendKind.FILE:
        if not profile.file_path.strip():
            found.append(
                Problem(
                    "file_path", translate("Profiles", "Choose the folder to save messages in.")
                )
            )
        elif (
            Path(profile.file_path).expanduser().exists()
            and not Path(profile.file_path).expanduser().is_dir()
        ):
            found.append(
                Problem("file_path", translate("Profiles", "This is a file, not a folder."))
            )
    elif profile.backend is BackendKind.CUSTOM:
        problem = backend_import_problem(profile.custom_backend)
        if problem:
            found.append(Problem("custom_backend", problem))
    ident = profile.identity
    not_address = translate("Profiles", "This is not an email address.")
    if ident.from_address and not is_valid_address(ident.from_address):
        found.append(Problem("identity.from_address", not_address))
    if ident.reply_to and not is_valid_address(ident.reply_to):
        found.append(Problem("identity.reply_to", not_address))
    lib = profile.library
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


def _imap_problems(profile: Profile) -> list[Problem]:
    """The IMAP server is optional: only a host that is typed must be one."""
    host = profile.imap.host.strip()
    if host and not is_valid_host(host):
        return [
            Problem(
                "imap.host",
                translate("Profiles", "This is not a valid host name or IP address."),
            )
        ]
    return []


def _smtp_problems(profile: Profile, check_files: bool) -> list[Problem]:
    s = profile.smtp
    found: list[Problem] = []
    if not s.host.strip():
        found.append(Problem("smtp.host", translate("Profiles", "Enter the server's host name.")))
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
            Problem("smtp.certfile", translate("Profiles", "A client key needs its certificate."))
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
