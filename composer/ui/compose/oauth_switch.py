"""The compose window's "Switch this account to sign-in with Microsoft/Google".

A send failed because the provider turned password sign-in off
(:mod:`composer.profiles.oauthswitch`). The button on the send panel changes the profile's
sign-in method to OAuth 2.0 and saves it (off the GUI thread), then opens the sign-in
(:class:`~composer.ui.compose.signin_prompt.SignInPrompt`, the browser flow); once signed in,
the message is sent again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from composer.errors import UserMessage
from composer.profiles.model import OAuthProvider, ProfileBook
from composer.profiles.oauthswitch import switch_to_oauth
from composer.ui.compose.signin_prompt import SignInPrompt
from composer.ui.tasks import TaskFailure

if TYPE_CHECKING:
    from composer.ui.compose.window import ComposeWindow

__all__ = ["switch_active_profile"]


def switch_active_profile(window: ComposeWindow, provider: OAuthProvider) -> None:
    """Make the active profile sign in with *provider*, keep that, then sign in and resend."""
    profiles = window.services.profiles
    active = profiles.book.active
    if active is None:
        return
    name, store = active.name, profiles.store

    def save() -> ProfileBook:
        book = store.read()
        switch_to_oauth(book.get(name), provider)
        store.save(book, replace_changed=True)
        return book

    window.send_panel.switch_button.hide()
    task = window.run_in_background(save, "switch-to-oauth")
    task.succeeded.connect(lambda book: _sign_in(window, book, name, provider))
    task.failed.connect(lambda failure: _not_saved(window, failure))


def _sign_in(window: ComposeWindow, book: ProfileBook, name: str, provider: OAuthProvider) -> None:
    profiles = window.services.profiles
    profiles.replace_book(book)
    what = QCoreApplication.translate(
        "ComposeSignIn", "“{profile}” now signs in with {provider}: sign in once to send."
    ).format(profile=name, provider=provider.label)
    prompt = SignInPrompt(window, book.get(name), profiles.credentials, what)
    prompt.signed_in.connect(window.send)
    prompt.failed.connect(window.send_panel.show_problem)
    window.signin_switch = prompt  # kept alive while it is open
    prompt.open()


def _not_saved(window: ComposeWindow, failure: TaskFailure) -> None:
    window.send_panel.show_problem(
        UserMessage(
            QCoreApplication.translate(
                "ComposeSignIn", "The profile could not be changed to sign in with the provider."
            ),
            QCoreApplication.translate(
                "ComposeSignIn", "Change the sign-in method in Preferences ▸ the profile."
            ),
            failure.message,
        )
    )
