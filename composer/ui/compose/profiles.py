"""The compose window's one door to sending profiles (engineer B's modules).

Everything the window needs from profiles, credentials and the profile switcher goes
through :class:`ComposeProfiles`, so the integration lives in one place. It belongs to the
GUI thread: a send or a merge gets a copy of what it needs
(:class:`composer.sending.account.Account`), and reads the keyring in its own thread.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from composer.compose.message import format_address
from composer.diagnostics.logsafety import register_secret
from composer.profiles.model import BackendKind, Profile, ProfileBook
from composer.sending.account import server_label
from composer.ui.errors import UserMessage

if TYPE_CHECKING:
    from composer.profiles.credentials import Credentials
    from composer.profiles.store import ProfileStore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProfileView:
    """What the window shows and needs about one profile."""

    name: str
    identity: str
    delivers: bool
    kind: BackendKind
    summary: str
    preview_note: str
    server: str
    signature: str = ""


def view_of(profile: Profile) -> ProfileView:
    return ProfileView(
        name=profile.name,
        identity=format_address(profile.identity.from_name, profile.identity.from_address)
        if profile.identity.from_address
        else "",
        delivers=profile.delivers,
        kind=profile.backend,
        summary=profile.summary(),
        preview_note=profile.backend.preview_note,
        server=server_label(profile),
        signature=profile.identity.signature.strip("\n"),
    )


class ComposeProfiles(QObject):
    """The profile book as the compose window sees it; emits when the active one changes."""

    active_changed = Signal()

    def __init__(
        self,
        book: ProfileBook | None = None,
        store: ProfileStore | None = None,
        credentials: Credentials | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        #: Why the profiles file could not be used (then the last good copy or defaults are).
        self.load_problem: UserMessage | None = None
        if book is None:
            book = self._load_book()
        self.book = book
        self._credentials = credentials

    def _load_book(self) -> ProfileBook:
        result = self.store.load()
        self.load_problem = None
        if result.error is not None:
            if result.source is not None:
                what = self.tr(
                    "Your sending profiles could not be read ({problem}); Composer is using "
                    "the last good copy for now."
                )
            else:
                what = self.tr(
                    "Your sending profiles could not be read ({problem}); Composer is using "
                    "a preview profile for now."
                )
            self.load_problem = UserMessage(
                what.format(problem=result.error.problem),
                self.tr(
                    "Open Tools ▸ Preferences to fix the profiles; saving there replaces the file."
                ),
                str(result.error),
            )
        return result.book

    @property
    def credentials(self) -> Credentials:
        if self._credentials is None:
            from composer.profiles.credentials import Credentials

            self._credentials = Credentials()
        return self._credentials

    @property
    def store(self) -> ProfileStore:
        if self._store is None:
            from composer.profiles.store import ProfileStore

            self._store = ProfileStore()
        return self._store

    def replace_book(self, book: ProfileBook) -> None:
        """Use *book* (Preferences just saved it)."""
        self.book = book
        self.active_changed.emit()

    def reload(self) -> None:
        """Read the profiles again (after Preferences saved them)."""
        self.book = self._load_book()
        self.active_changed.emit()

    def active(self) -> ProfileView | None:
        profile = self.book.active
        return view_of(profile) if profile is not None else None

    def names(self) -> list[str]:
        return self.book.names()

    def set_active(self, name: str) -> None:
        if name == self.book.active_name:
            return
        self.book.set_active(name)
        if self._store is not None:
            try:
                self._store.set_active(name)
            except Exception as exc:  # the switch works for this session regardless
                log.warning("Could not remember the active profile %r: %s", name, exc)
        self.active_changed.emit()

    def profile(self, name: str) -> Profile:
        return self.book.get(name)

    def remember_password(self, name: str, password: str) -> None:
        register_secret(password)
        account = self.book.get(name).account
        if account is not None:
            self.credentials.session.remember(account, password)

    def switcher(self, parent: QWidget | None = None) -> QWidget:
        """The one-click active-profile toggle (the shared profile switcher)."""
        from composer.ui.widgets.profile_switcher import ProfileSwitcher

        return ProfileSwitcher(self, parent)
