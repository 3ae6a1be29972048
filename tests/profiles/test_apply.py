"""Applying Preferences without a window: the edits, the keyring, the files, in that order."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring_fixtures import MemoryKeyring

from composer.appinfo import APP_ID
from composer.profiles.apply import ApplyOutcome, apply_profiles
from composer.profiles.credentials import Credentials, KeyringIsLocked
from composer.profiles.edits import EditedBook
from composer.profiles.imapcredentials import imap_account
from composer.profiles.model import (
    BackendKind,
    Identity,
    ImapSettings,
    Profile,
    ProfileBook,
    SmtpSettings,
)
from composer.profiles.store import ProfileFileChanged, ProfileStore
from composer.storage import appsettings

PASSWORD = "Apply-Secret-7"
ACCOUNT = "smtp://alice%40example.com@smtp.example.com:587"


def work() -> Profile:
    return Profile(
        "Work",
        smtp=SmtpSettings(host="smtp.example.com", username="alice@example.com"),
        identity=Identity("Alice", "alice@example.com"),
    )


@pytest.fixture
def store() -> ProfileStore:
    store = ProfileStore()
    store.read()
    store.save(ProfileBook([work(), Profile("Terminal", backend=BackendKind.CONSOLE)]))
    return store


def edited_from(store: ProfileStore) -> EditedBook:
    return EditedBook(store.load().book)


def apply(
    store: ProfileStore, edited: EditedBook, *, replace_changed: bool = False, language: str = ""
) -> ApplyOutcome:
    outcome = apply_profiles(
        store,
        Credentials(),
        edited.book.copy(),
        edited.pending_secrets(),
        replace_changed=replace_changed,
        language=language or None,
    )
    if outcome.secrets_stored:
        edited.secrets_stored()
    return outcome


def test_a_typed_password_goes_to_the_keyring_and_never_to_the_file(
    store: ProfileStore, memory_keyring: MemoryKeyring
) -> None:
    edited = edited_from(store)
    edited.set_password(edited.book.get("Work"), PASSWORD)
    assert PASSWORD not in repr(edited.pending_secrets())
    outcome = apply(store, edited)
    assert outcome.complete
    assert memory_keyring.passwords == {(APP_ID, ACCOUNT): PASSWORD}
    assert PASSWORD not in store.path.read_text(encoding="utf-8")
    # Stored: a second Apply has nothing to store.
    assert not edited.has_password(edited.book.get("Work"))


def test_an_account_change_moves_the_password_and_a_deleted_profile_takes_it_along(
    store: ProfileStore, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.passwords[(APP_ID, ACCOUNT)] = PASSWORD
    edited = edited_from(store)
    edited.book.get("Work").smtp.port = 2525
    apply(store, edited)
    moved = ACCOUNT.replace(":587", ":2525")
    assert memory_keyring.passwords == {(APP_ID, moved): PASSWORD}
    # A copy shares the account: deleting one of the two keeps the password.
    twin = edited.duplicate("Work")
    apply(store, edited)
    edited.remove(twin.name)
    apply(store, edited)
    assert memory_keyring.passwords == {(APP_ID, moved): PASSWORD}
    edited.remove("Work")
    apply(store, edited)
    assert memory_keyring.passwords == {}
    assert store.read().names() == ["Terminal"]


def test_an_imap_password_of_its_own_goes_when_no_profile_uses_its_entry(
    store: ProfileStore, memory_keyring: MemoryKeyring
) -> None:
    edited = edited_from(store)
    work_profile = edited.book.get("Work")
    work_profile.imap = ImapSettings(host="imap.example.com", username="shared@example.com")
    entry = imap_account(work_profile)
    assert entry is not None
    edited.set_imap_password(work_profile, "Imap-Secret-9")
    apply(store, edited)
    assert memory_keyring.passwords[(APP_ID, entry)] == "Imap-Secret-9"
    # A copy uses the same IMAP entry: deleting one of the two keeps it.
    twin = edited.duplicate("Work")
    apply(store, edited)
    edited.remove(twin.name)
    apply(store, edited)
    assert (APP_ID, entry) in memory_keyring.passwords
    # IMAP as the SMTP user again: the entry of its own is no longer used.
    edited.book.get("Work").imap.username = ""
    apply(store, edited)
    assert (APP_ID, entry) not in memory_keyring.passwords
    # A deleted profile takes its IMAP entry along.
    edited.book.get("Work").imap.username = "shared@example.com"
    edited.set_imap_password(edited.book.get("Work"), "Imap-Secret-9")
    apply(store, edited)
    assert (APP_ID, entry) in memory_keyring.passwords
    edited.remove("Work")
    apply(store, edited)
    assert memory_keyring.passwords == {}


def test_a_duplicate_takes_the_typed_password_along(
    store: ProfileStore, memory_keyring: MemoryKeyring
) -> None:
    edited = edited_from(store)
    edited.set_password(edited.book.get("Work"), PASSWORD)
    twin = edited.duplicate("Work")
    twin.smtp.username = "bob@example.com"
    apply(store, edited)
    bob = ACCOUNT.replace("alice", "bob")
    assert memory_keyring.passwords == {(APP_ID, ACCOUNT): PASSWORD, (APP_ID, bob): PASSWORD}


def test_asking_when_sending_keeps_a_typed_password_in_memory_only(
    store: ProfileStore, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.passwords[(APP_ID, ACCOUNT)] = "old"
    edited = edited_from(store)
    edited.set_password(edited.book.get("Work"), PASSWORD)
    edited.ask_for_typed_passwords()
    credentials = Credentials()
    outcome = apply_profiles(store, credentials, edited.book.copy(), edited.pending_secrets())
    assert outcome.complete
    assert credentials.session.get(ACCOUNT) == PASSWORD
    assert memory_keyring.passwords == {}  # the stored one went: this profile asks now
    assert store.read().get("Work").smtp.ask_password


def test_a_file_changed_elsewhere_stops_apply_before_the_keyring_is_touched(
    store: ProfileStore, memory_keyring: MemoryKeyring
) -> None:
    edited = edited_from(store)
    other = ProfileStore()
    other.read()
    other.save(ProfileBook([Profile("Elsewhere", backend=BackendKind.DUMMY)]))
    edited.set_password(edited.book.get("Work"), PASSWORD)
    outcome = apply(store, edited)
    assert isinstance(outcome.problem, ProfileFileChanged)
    assert not outcome.secrets_stored
    assert memory_keyring.passwords == {}
    assert edited.has_password(edited.book.get("Work"))  # still to be stored
    replaced = apply(store, edited, replace_changed=True)
    assert replaced.complete
    assert replaced.kept_aside is not None
    assert "Elsewhere" in replaced.kept_aside.read_text(encoding="utf-8")
    assert memory_keyring.passwords == {(APP_ID, ACCOUNT): PASSWORD}


def test_a_locked_keyring_saves_nothing(store: ProfileStore, memory_keyring: MemoryKeyring) -> None:
    before = store.path.read_bytes()
    memory_keyring.locked = True
    edited = edited_from(store)
    edited.book.get("Work").identity.from_name = "Changed"
    edited.set_password(edited.book.get("Work"), PASSWORD)
    outcome = apply(store, edited)
    assert isinstance(outcome.problem, KeyringIsLocked)
    assert not outcome.saved
    assert store.path.read_bytes() == before


def test_a_profiles_file_that_cannot_be_written_is_reported_after_the_keyring_followed(
    store: ProfileStore, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    edited = edited_from(store)
    edited.set_password(edited.book.get("Work"), PASSWORD)
    # A folder where the file should be: no one, root included, can write it.
    blocked = ProfileStore(tmp_path / "blocked" / "profiles.toml")
    blocked.path.mkdir(parents=True)
    outcome = apply_profiles(
        blocked,
        Credentials(),
        edited.book.copy(),
        edited.pending_secrets(),
        replace_changed=True,
    )
    assert isinstance(outcome.problem, OSError)
    assert outcome.secrets_stored
    assert not outcome.saved
    assert memory_keyring.passwords == {(APP_ID, ACCOUNT): PASSWORD}


def test_the_language_is_saved_with_the_profiles(store: ProfileStore) -> None:
    outcome = apply(store, edited_from(store), language="ko")
    assert outcome.complete
    assert appsettings.load().language == "ko"


def test_a_language_that_cannot_be_saved_is_reported_after_the_profiles_were(
    store: ProfileStore,
) -> None:
    appsettings.settings_path().mkdir(parents=True)  # a folder where the file should be
    edited = edited_from(store)
    edited.book.get("Work").identity.from_name = "Changed"
    outcome = apply(store, edited, language="ko")
    assert outcome.saved
    assert isinstance(outcome.language_problem, OSError)
    assert not outcome.complete
    assert store.read().get("Work").identity.from_name == "Changed"
