"""An account's state in words and an icon name: signed in as …, sign-in needed, password
in the keyring, ... Preferences, the profile switcher and the first-run screen show it.

Reads the keyring: call it off the GUI thread, or where the keyring is known to answer at
once. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from composer.errors import ComposerError
from composer.i18n import translate
from composer.profiles.oauth import tokenstore
from composer.profiles.parts import AuthMethod, BackendKind

if TYPE_CHECKING:
    from composer.profiles.credentials import CredentialStore
    from composer.profiles.model import Profile

__all__ = ["AccountState", "StateKind", "account_state", "sign_in_hint"]


class StateKind(StrEnum):
    PREVIEW = "preview"
    NO_LOGIN = "no-login"
    SIGNED_IN = "signed-in"
    SIGN_IN_NEEDED = "sign-in-needed"
    PASSWORD_STORED = "password-stored"  # noqa: S105  (a state, not a password)
    PASSWORD_ASKED = "password-asked"  # noqa: S105
    PASSWORD_MISSING = "password-missing"  # noqa: S105
    UNKNOWN = "unknown"

    @property
    def icon(self) -> str:
        """A freedesktop icon name for the state."""
        return {
            "preview": "view-preview",
            "no-login": "network-server",
            "signed-in": "security-high",
            "sign-in-needed": "dialog-warning",
            "password-stored": "dialog-password",
            "password-asked": "dialog-password",
            "password-missing": "dialog-warning",
            "unknown": "dialog-question",
        }[self.value]

    @property
    def needs_action(self) -> bool:
        return self in (StateKind.SIGN_IN_NEEDED, StateKind.PASSWORD_MISSING, StateKind.UNKNOWN)


@dataclass(frozen=True)
class AccountState:
    kind: StateKind
    text: str

    @property
    def icon(self) -> str:
        return self.kind.icon


def account_state(profile: Profile, store: CredentialStore) -> AccountState:
    """How *profile* signs in right now, in words."""
    if profile.backend is not BackendKind.SMTP:
        if profile.delivers:
            return AccountState(StateKind.NO_LOGIN, translate("AccountState", "No login"))
        return AccountState(StateKind.PREVIEW, translate("AccountState", "Preview: not sent"))
    try:
        if profile.auth is AuthMethod.OAUTH2:
            if tokenstore.load(store, tokenstore.entry_name(profile)):
                who = tokenstore.login_of(profile) or profile.oauth.provider.label
                return AccountState(
                    StateKind.SIGNED_IN,
                    translate("AccountState", "Signed in as {account}").format(account=who),
                )
            return AccountState(
                StateKind.SIGN_IN_NEEDED, translate("AccountState", "Sign-in needed")
            )
        if not profile.needs_password:
            return AccountState(StateKind.NO_LOGIN, translate("AccountState", "No login"))
        if profile.smtp.ask_password:
            return AccountState(
                StateKind.PASSWORD_ASKED,
                translate("AccountState", "Password asked when sending"),
            )
        assert profile.account is not None
        if store.get(profile.account):
            return AccountState(
                StateKind.PASSWORD_STORED, translate("AccountState", "Password in keyring")
            )
        return AccountState(
            StateKind.PASSWORD_MISSING, translate("AccountState", "No password stored")
        )
    except ComposerError as exc:
        return AccountState(StateKind.UNKNOWN, exc.message.what)


def sign_in_hint(profile: Profile) -> str:
    """How an OAuth profile signs in, from the profile alone (no keyring: for tooltips on the
    GUI thread); "" for other profiles. Preferences shows the state the keyring confirms."""
    if profile.backend is not BackendKind.SMTP or profile.auth is not AuthMethod.OAUTH2:
        return ""
    who = tokenstore.login_of(profile)
    provider = profile.oauth.provider.label
    if profile.oauth.account and who:
        return translate("AccountState", "Signs in with {provider} as {account}").format(
            provider=provider, account=who
        )
    return translate(
        "AccountState", "Sign-in needed: Preferences ▸ the profile ▸ Sign in… ({provider})"
    ).format(provider=provider)
