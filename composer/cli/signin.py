"""``composer profiles signin NAME [--no-browser]``: sign a profile in with OAuth 2.0.

Prints the authorization URL alone on its own line on standard output (a script, or a user
on a computer without a browser that opens by itself, can follow it), opens the system
browser unless ``--no-browser``, waits for the browser to come back to Composer's loopback
address (``--timeout``; Ctrl+C stops it cleanly), keeps the refresh token in the keyring
and prints who signed in. Exit 0 signed in, 1 the sign-in failed (refused, timed out, the
keyring), 2 a request to fix (no such profile, not an OAuth profile, no client ID), 130
interrupted.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from composer.cli.output import fail
from composer.errors import ComposerError, UserMessage
from composer.i18n import translate

if TYPE_CHECKING:
    from composer.profiles.model import Profile, ProfileBook
    from composer.profiles.store import ProfileStore

__all__ = ["register"]


def register(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``signin`` to ``composer profiles``' actions."""
    parser = actions.add_parser(
        "signin",
        help=translate("CliSignin", "sign a profile in with its provider (OAuth 2.0)"),
        description=translate(
            "CliSignin",
            "Sign in with Microsoft, Google or another OAuth 2.0 provider in the browser; "
            "the sign-in is kept in the keyring.",
        ),
    )
    parser.add_argument("name", help=translate("CliSignin", "the profile's name"))
    parser.add_argument(
        "--no-browser",
        action="store_true",
        help=translate("CliSignin", "do not open a browser; open the printed address yourself"),
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=300.0,
        help=translate("CliSignin", "seconds to wait for the browser (default: 300)"),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from composer.profiles.credentials import CredentialError, CredentialStore
    from composer.profiles.model import AuthMethod, BackendKind, ProfileError
    from composer.profiles.oauth.errors import NoClientId, OAuthError
    from composer.profiles.oauth.signin import sign_in
    from composer.profiles.store import ProfileStore

    store = ProfileStore()
    try:
        book = store.read()
        profile = book.get(args.name)
    except ProfileError as exc:
        return fail("profiles", exc.message, 2)
    except ComposerError as exc:
        return fail("profiles", exc.message, 2)
    except Exception as exc:  # a broken profiles file
        return fail(
            "profiles",
            UserMessage(
                translate("CliSignin", "cannot use the profiles file: {problem}").format(
                    problem=exc
                )
            ),
            2,
        )
    if profile.backend is not BackendKind.SMTP or profile.auth is not AuthMethod.OAUTH2:
        return fail(
            "profiles",
            UserMessage(
                translate(
                    "CliSignin", "The profile “{name}” does not sign in with a provider (OAuth)."
                ).format(name=profile.name),
                translate(
                    "CliSignin",
                    "Add it with `composer profiles add {name} --auth oauth2 ...`, or choose "
                    "“Sign in with the provider” in Preferences.",
                ).format(name=profile.name),
            ),
            2,
        )

    def show(url: str) -> None:
        print(
            translate(
                "CliSignin",
                "Sign in in your browser at this address (it was opened if a browser could be):",
            )
            if not args.no_browser
            else translate("CliSignin", "Open this address in a browser on this computer:"),
            file=sys.stderr,
        )
        print(url, flush=True)

    try:
        who = sign_in(
            profile,
            CredentialStore(),
            show_url=show,
            open_browser=not args.no_browser,
            timeout=args.timeout,
        )
    except NoClientId as exc:
        return fail("profiles", exc.message, 2)
    except (OAuthError, CredentialError) as exc:
        return fail("profiles", exc.message, 1)
    _save_signed_in(store, book, profile)
    print(
        translate("CliSignin", "Signed in as {account}; “{name}” sends with this sign-in.").format(
            account=who or translate("CliSignin", "an unnamed account"), name=profile.name
        )
    )
    return 0


def _save_signed_in(store: ProfileStore, book: ProfileBook, profile: Profile) -> None:
    """Save who signed in; the file may have changed during the wait (Preferences saved it):
    then only this profile's sign-in fields go into its current version."""
    from composer.profiles.model import ProfileError
    from composer.profiles.store import ProfileFileChanged

    try:
        store.save(book)
        return
    except ProfileFileChanged:
        pass
    fresh = store.read()
    try:
        current = fresh.get(profile.name)
    except ProfileError:
        return  # removed meanwhile: nothing to record it in
    current.oauth.account = profile.oauth.account
    if not current.smtp.username.strip():
        current.smtp.username = profile.smtp.username
    store.save(fresh)
