"""The sending profile of a command, and its password from the keyring or the terminal.

``composer send`` and ``composer merge`` choose a profile and sign in the same way:
:func:`choose_profile` (``--profile NAME`` or the active one) and :func:`terminal_account`
(the keyring, else a prompt when there is a terminal to type at).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from composer.cli.output import warn
from composer.cli.prompt import ask_password
from composer.errors import ComposerError, UserMessage
from composer.i18n import translate

if TYPE_CHECKING:
    from composer.profiles.model import PasswordNeeded, Profile
    from composer.sending.account import Account

__all__ = ["choose_profile", "needs_password", "no_sender", "terminal_account"]


def choose_profile(command: str, name: str | None, *, strict: bool) -> Profile:
    """The profile called *name*, or the active one.

    Args:
        strict: a broken profiles file stops the command; otherwise the last good copy (or
            the defaults) is used after a warning.

    Raises:
        ComposerError: no such profile, no profile at all, or (strict) a broken file.
    """
    from composer.profiles.model import ProfileError
    from composer.profiles.store import ProfileStore

    loaded = ProfileStore().load()
    if loaded.error is not None:
        if strict:
            raise loaded.error
        warn(command, translate("CliSend", "warning: {problem}").format(problem=loaded.error))
    book = loaded.book
    add_one = translate(
        "CliSend", "Add one with `composer profiles add`, or name another with --profile."
    )
    if name is None:
        if book.active is None:
            raise ComposerError(translate("CliSend", "There is no sending profile."), add_one)
        return book.active
    try:
        return book.get(name)
    except ProfileError as exc:
        names = ", ".join(book.names()) or translate("CliSend", "none")
        known = translate("CliSend", "Profiles: {names}.").format(names=names)
        raise ComposerError(f"{exc.message.what} {known}", add_one) from exc


def _ask(profile: Profile, account: str) -> str:
    prompt = translate("CliSend", "Password for {account}: ").format(
        account=profile.smtp.username or account
    )
    return ask_password(prompt)


def terminal_account(profile: Profile) -> Account:
    """An account for *profile* whose missing password is asked at the terminal, if any."""
    from composer.profiles.credentials import Credentials
    from composer.sending.account import Account

    return Account(profile, Credentials(), _ask if sys.stdin.isatty() else None)


def needs_password(need: PasswordNeeded) -> UserMessage:
    """What to say when a profile's password is neither stored nor can be typed."""
    return UserMessage(
        translate("CliSend", "The profile “{profile}” needs the password for {account}.").format(
            profile=need.profile_name, account=need.account
        ),
        translate(
            "CliSend",
            "Store it with `composer profiles add ... --password-stdin`, or run this in a "
            "terminal to be asked.",
        ),
    )


def no_sender(profile: Profile) -> UserMessage:
    """What to say when a message that would be delivered has no From address."""
    return UserMessage(
        translate("CliSend", "The message has no sender address."),
        translate(
            "CliSend",
            "Give one with --from, or add one to the profile “{profile}” "
            "(composer profiles add … --from-address).",
        ).format(profile=profile.name),
    )
