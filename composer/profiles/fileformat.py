"""The format of ``profiles.toml``: a profile book as TOML text, and back.

Reading checks the document key by key and names the line of each problem
(:class:`ProfileFileError`): a misspelt key, a wrong type or an unknown schema version is
refused in words, never half-read. Writing keeps the file short for a person to edit:
settings of another backend are kept, a developer's library settings only when set.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import fields
from email.utils import formataddr, parseaddr
from pathlib import Path
from typing import Any, NoReturn

import tomli_w

from composer.errors import ComposerError
from composer.i18n import translate
from composer.profiles.model import (
    AuthMethod,
    BackendKind,
    Identity,
    ImapSettings,
    LibrarySettings,
    OAuthProvider,
    OAuthSettings,
    Profile,
    ProfileBook,
    ProfileError,
    Security,
    SmtpSettings,
)

__all__ = ["SCHEMA_VERSION", "ProfileFileError", "dumps", "loads"]

#: The version of the file layout this Composer writes and reads.
SCHEMA_VERSION = 1

_HEADER = """\
# Composer sending profiles. You may edit this file while Composer is not running.
# Passwords and sign-in tokens are not stored here: Composer keeps them in your system keyring.
"""


class ProfileFileError(ComposerError):
    """``profiles.toml`` cannot be used as it is.

    Attributes:
        path: the file.
        line: the 1-based line of the problem, when known.
        problem: what is wrong, in words.
    """

    def __init__(self, path: Path, problem: str, line: int | None = None) -> None:
        where = (
            translate("ProfileStore", "{path}, line {line}").format(path=path, line=line)
            if line
            else str(path)
        )
        super().__init__(f"{where}: {problem}")
        self.path = path
        self.line = line
        self.problem = problem


# -- writing -----------------------------------------------------------------------------


def dumps(book: ProfileBook) -> str:
    """The TOML text of *book*, with a header comment."""
    doc: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    if book.active_name is not None:
        doc["active"] = book.active_name
    doc["profiles"] = [_profile_to_dict(p) for p in book]
    return _HEADER + "\n" + tomli_w.dumps(doc, multiline_strings=True)


def _profile_to_dict(profile: Profile) -> dict[str, Any]:
    out: dict[str, Any] = {"name": profile.name, "backend": profile.backend.value}
    if profile.file_path or profile.backend is BackendKind.FILE:
        out["file_path"] = profile.file_path
    if profile.custom_backend or profile.backend is BackendKind.CUSTOM:
        out["custom_backend"] = profile.custom_backend
    # Settings of another backend are kept, so switching back loses nothing.
    if profile.backend is BackendKind.SMTP or profile.smtp != SmtpSettings():
        smtp = _dataclass_to_dict(profile.smtp)
        smtp["security"] = profile.smtp.security.value
        out["smtp"] = smtp
    if profile.auth is not AuthMethod.PASSWORD:
        out["auth"] = profile.auth.value
    if profile.provider:
        out["provider"] = profile.provider
    # Kept when the profile went back to a password, so signing in again loses nothing.
    if profile.auth is AuthMethod.OAUTH2 or profile.oauth != OAuthSettings():
        oauth = _dataclass_to_dict(profile.oauth)
        oauth["provider"] = profile.oauth.provider.value
        oauth["scopes"] = list(profile.oauth.scopes)
        out["oauth"] = oauth
    if profile.imap != ImapSettings():
        imap = _dataclass_to_dict(profile.imap)
        imap["security"] = profile.imap.security.value
        out["imap"] = imap
    out["identity"] = _dataclass_to_dict(profile.identity)
    # Only a developer's settings: written when one was set, so a person's file stays short.
    if profile.library != LibrarySettings():
        library = _dataclass_to_dict(profile.library)
        library["admins"] = [_person(pair) for pair in profile.library.admins]
        library["managers"] = [_person(pair) for pair in profile.library.managers]
        out["library"] = library
    if profile.custom_options:
        out["options"] = dict(profile.custom_options)
    return out


def _person(pair: tuple[str, str]) -> str:
    return formataddr(pair) if pair[0] else pair[1]


def _dataclass_to_dict(obj: Any) -> dict[str, Any]:
    return {f.name: getattr(obj, f.name) for f in fields(obj)}


# -- reading -----------------------------------------------------------------------------

# The subject prefix Composer 0.1 wrote into every profile file as its default.
_OLD_DEFAULT_PREFIX = "[Composer] "

_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")


def loads(text: str, path: Path) -> ProfileBook:
    """Parse the TOML *text* of *path* into a book.

    Raises:
        ProfileFileError: with the line and the problem.
    """
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = _TOML_POSITION.search(message)
        line = int(match.group(1)) if match else None
        problem = _TOML_POSITION.sub("", message) if match else message
        text = translate("ProfileStore", "This is not valid TOML: {problem}.")
        raise ProfileFileError(path, text.format(problem=problem), line) from exc
    return _Reader(text, path).book(doc)


class _Reader:
    """Checks a parsed document key by key, pointing at the line of each problem."""

    def __init__(self, text: str, path: Path) -> None:
        self.lines = text.splitlines()
        self.path = path

    def fail(
        self, problem: str, profile: int | None = None, table: str = "", key: str = ""
    ) -> NoReturn:
        raise ProfileFileError(self.path, problem, self.locate(profile, table, key))

    def locate(self, profile: int | None, table: str, key: str) -> int | None:
        """The line of *key* in [[profiles]] number *profile* (sub-table *table*)."""
        start, end = 0, len(self.lines)
        if profile is not None:
            headers = [
                i
                for i, line in enumerate(self.lines)
                if re.match(r"\s*\[\[\s*profiles\s*\]\]", line)
            ]
            if profile >= len(headers):
                return None
            start = headers[profile]
            end = headers[profile + 1] if profile + 1 < len(headers) else len(self.lines)
        found = start
        if table:
            pattern = rf"\s*\[\s*profiles\s*\.\s*{re.escape(table)}\s*\]"
            for i in range(start, end):
                if re.match(pattern, self.lines[i]):
                    start = found = i
                    break
        if key:
            key_re = re.compile(rf"\s*[\"']?{re.escape(key)}[\"']?\s*=")
            for i in range(start, end):
                if key_re.match(self.lines[i]):
                    return i + 1
                if i > start and re.match(r"\s*\[", self.lines[i]) and (profile is None or table):
                    break
        return found + 1 if profile is not None else None

    def book(self, doc: dict[str, Any]) -> ProfileBook:
        version = doc.get("schema_version", SCHEMA_VERSION)
        if not isinstance(version, int) or isinstance(version, bool):
            self.fail(
                translate("ProfileStore", "schema_version must be a whole number."),
                key="schema_version",
            )
        if version > SCHEMA_VERSION:
            self.fail(
                translate(
                    "ProfileStore",
                    "The file was written by a newer Composer (schema version {version}); this "
                    "version understands schema version {supported}. Update Composer.",
                ).format(version=version, supported=SCHEMA_VERSION),
                key="schema_version",
            )
        if version < 1:
            self.fail(
                translate("ProfileStore", "Unknown schema version {version}.").format(
                    version=version
                ),
                key="schema_version",
            )
        for key in doc:
            if key not in ("schema_version", "active", "profiles"):
                self.fail(
                    translate("ProfileStore", "Unknown setting {key!r}.").format(key=key), key=key
                )
        raw_profiles = doc.get("profiles", [])
        if not isinstance(raw_profiles, list):
            self.fail(
                translate("ProfileStore", "profiles must be a list of [[profiles]] tables."),
                key="profiles",
            )
        book = ProfileBook()
        for index, raw in enumerate(raw_profiles):
            profile = self.profile(index, raw)
            try:
                book.add(profile)
            except ProfileError as exc:
                self.fail(str(exc), index, key="name")
        active = doc.get("active")
        if active is not None:
            if not isinstance(active, str):
                self.fail(
                    translate("ProfileStore", "active must be the name of a profile, in quotes."),
                    key="active",
                )
            try:
                book.set_active(active)
            except ProfileError:
                self.fail(
                    translate(
                        "ProfileStore", "active names {name!r}, but there is no such profile."
                    ).format(name=active),
                    key="active",
                )
        return book

    def profile(self, index: int, raw: Any) -> Profile:
        if not isinstance(raw, dict):
            self.fail(
                translate("ProfileStore", "Each profile must be a [[profiles]] table."), index
            )
        known = {"name", "backend", "file_path", "custom_backend", "smtp", "identity"}
        known |= {"library", "options", "auth", "provider", "oauth", "imap"}
        for key in raw:
            if key not in known:
                self.fail(
                    translate("ProfileStore", "Unknown setting {key!r} in a profile.").format(
                        key=key
                    ),
                    index,
                    key=key,
                )
        name = raw.get("name")
        if not isinstance(name, str) or not name.strip():
            self.fail(
                translate("ProfileStore", 'Every profile needs a name (name = "...").'),
                index,
                key="name",
            )
        assert isinstance(name, str)
        backend_value = self.typed(raw, "backend", str, index, "", "smtp")
        custom_backend = self.typed(raw, "custom_backend", str, index, "", "")
        try:
            backend = BackendKind(backend_value)
        except ValueError:
            if "." in backend_value:  # a dotted path, as in Django's EMAIL_BACKEND
                backend, custom_backend = BackendKind.CUSTOM, backend_value
            else:
                kinds = ", ".join(k.value for k in BackendKind)
                self.fail(
                    translate(
                        "ProfileStore",
                        "Profile {name!r} has the unknown backend {backend!r}; use one of "
                        "{kinds}, or a dotted path of a backend class.",
                    ).format(name=name, backend=backend_value, kinds=kinds),
                    index,
                    key="backend",
                )
        options = raw.get("options", {})
        if not isinstance(options, dict):
            self.fail(translate("ProfileStore", "options must be a table."), index, key="options")
        return Profile(
            name=name,
            backend=backend,
            smtp=self.smtp(index, self.table(raw, "smtp", index)),
            file_path=self.typed(raw, "file_path", str, index, "", ""),
            custom_backend=custom_backend,
            custom_options=dict(options),
            identity=self.simple(Identity, index, "identity", self.table(raw, "identity", index)),
            library=self.library(index, self.table(raw, "library", index)),
            auth=self.choice(raw, "auth", AuthMethod, index, "", AuthMethod.PASSWORD),
            oauth=self.oauth(index, self.table(raw, "oauth", index)),
            imap=self.imap(index, self.table(raw, "imap", index)),
            provider=self.typed(raw, "provider", str, index, "", ""),
        )

    def choice(
        self, raw: dict[str, Any], key: str, kind: Any, index: int, table: str, default: Any
    ) -> Any:
        """One of the values of the enum *kind*, or a sentence naming them."""
        value = raw.get(key, default.value)
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(f'"{k.value}"' for k in kind)
            self.fail(
                translate("ProfileStore", "{key} must be one of {allowed}, not {value!r}.").format(
                    key=key, allowed=allowed, value=value
                ),
                index,
                table,
                key,
            )

    def oauth(self, index: int, raw: dict[str, Any]) -> OAuthSettings:
        raw = dict(raw)
        provider = self.choice(
            raw, "provider", OAuthProvider, index, "oauth", OAuthProvider.MICROSOFT
        )
        raw.pop("provider", None)
        scopes = raw.pop("scopes", [])
        if not isinstance(scopes, list) or not all(isinstance(s, str) for s in scopes):
            self.fail(
                translate("ProfileStore", "scopes must be a list of texts in quotes."),
                index,
                "oauth",
                "scopes",
            )
        settings: OAuthSettings = self.simple(OAuthSettings, index, "oauth", {**raw, "scopes": []})
        settings.provider = provider
        settings.scopes = list(scopes)
        return settings

    def imap(self, index: int, raw: dict[str, Any]) -> ImapSettings:
        raw = dict(raw)
        security = self.choice(raw, "security", Security, index, "imap", Security.SSL)
        raw.pop("security", None)
        settings: ImapSettings = self.simple(ImapSettings, index, "imap", raw)
        settings.security = security
        if not 1 <= settings.port <= 65535:
            self.fail(
                translate("ProfileStore", "port must be between 1 and 65535."),
                index,
                "imap",
                "port",
            )
        return settings

    def table(self, raw: dict[str, Any], key: str, index: int) -> dict[str, Any]:
        value = raw.get(key, {})
        if not isinstance(value, dict):
            self.fail(
                translate("ProfileStore", "{key} must be a table ([profiles.{key}]).").format(
                    key=key
                ),
                index,
                key=key,
            )
        return value

    def typed(
        self, raw: dict[str, Any], key: str, kind: type, index: int, table: str, default: Any
    ) -> Any:
        value = raw.get(key, default)
        ok = isinstance(value, kind) and not (kind is not bool and isinstance(value, bool))
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value, ok = float(value), True
        if not ok:
            sentences = {
                str: translate("ProfileStore", "{key} must be text in quotes."),
                int: translate("ProfileStore", "{key} must be a whole number."),
                float: translate("ProfileStore", "{key} must be a number."),
                bool: translate("ProfileStore", "{key} must be true or false."),
            }
            sentence = sentences.get(kind) or translate("ProfileStore", "{key} must be {kind}.")
            self.fail(sentence.format(key=key, kind=kind.__name__), index, table, key)
        return value

    def unknown_keys(self, raw: dict[str, Any], known: set[str], index: int, table: str) -> None:
        for key in raw:
            if key not in known:
                self.fail(
                    translate(
                        "ProfileStore", "Unknown setting {key!r} in [profiles.{table}]."
                    ).format(key=key, table=table),
                    index,
                    table,
                    key,
                )

    def simple(self, cls: Any, index: int, table: str, raw: dict[str, Any]) -> Any:
        defaults = cls()
        self.unknown_keys(raw, {f.name for f in fields(cls)}, index, table)
        values = {
            f.name: self.typed(
                raw,
                f.name,
                type(getattr(defaults, f.name)),
                index,
                table,
                getattr(defaults, f.name),
            )
            for f in fields(cls)
        }
        return cls(**values)

    def smtp(self, index: int, raw: dict[str, Any]) -> SmtpSettings:
        raw = dict(raw)
        security_value = raw.pop("security", SmtpSettings().security.value)
        try:
            security = Security(security_value)
        except ValueError:
            self.fail(
                translate(
                    "ProfileStore", 'security must be "none", "starttls" or "ssl", not {value!r}.'
                ).format(value=security_value),
                index,
                "smtp",
                "security",
            )
        settings: SmtpSettings = self.simple(SmtpSettings, index, "smtp", {**raw})
        settings.security = security
        if not 1 <= settings.port <= 65535:
            self.fail(
                translate("ProfileStore", "port must be between 1 and 65535."),
                index,
                "smtp",
                "port",
            )
        return settings

    def library(self, index: int, raw: dict[str, Any]) -> LibrarySettings:
        raw = dict(raw)
        people: dict[str, list[tuple[str, str]]] = {}
        for key in ("admins", "managers"):
            value = raw.pop(key, [])
            pairs: list[tuple[str, str]] = []
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                self.fail(
                    translate(
                        "ProfileStore",
                        '{key} must be a list of addresses, e.g. ["Alice <alice@example.com>"].',
                    ).format(key=key),
                    index,
                    "library",
                    key,
                )
            for item in value:
                name, address = parseaddr(item)
                if not address:
                    self.fail(
                        translate("ProfileStore", "{item!r} in {key} is not an address.").format(
                            item=item, key=key
                        ),
                        index,
                        "library",
                        key,
                    )
                pairs.append((name, address))
            people[key] = pairs
        settings: LibrarySettings = self.simple(LibrarySettings, index, "library", raw)
        settings.admins = people["admins"]
        settings.managers = people["managers"]
        if settings.subject_prefix == _OLD_DEFAULT_PREFIX:
            # Earlier versions wrote their default into every profile; nobody chose it.
            settings.subject_prefix = ""
        return settings
