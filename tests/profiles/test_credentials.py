"""Passwords in the OS keyring: one service, one entry per account, honest failures.

Unit tests use the in-memory keyring (tests/keyring_fixtures.py). Tests marked
``keyring_integration`` talk to the real gnome-keyring that scripts/with-keyring.sh starts.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail, null
from keyring_fixtures import MemoryKeyring

from composer.appinfo import APP_ID
from composer.profiles.credentials import (
    CredentialError,
    Credentials,
    CredentialStore,
    InsecureKeyring,
    KeyringFailure,
    KeyringIsLocked,
    NoKeyring,
    SessionPasswords,
    sync_accounts,
)
from composer.profiles.model import Profile, SmtpSettings

ACCOUNT = "smtp://alice%40example.com@smtp.example.com:587"
SECRET = "correct horse battery staple"


def profile(username: str = "alice@example.com", ask: bool = False) -> Profile:
    return Profile(
        "Work", smtp=SmtpSettings(host="smtp.example.com", username=username, ask_password=ask)
    )


def test_one_service_one_entry_per_account(memory_keyring: MemoryKeyring) -> None:
    store = CredentialStore()
    store.set(ACCOUNT, SECRET)
    assert memory_keyring.passwords == {(APP_ID, ACCOUNT): SECRET}
    assert store.get(ACCOUNT) == SECRET
    assert profile().account == ACCOUNT


def test_delete_and_move(memory_keyring: MemoryKeyring) -> None:
    store = CredentialStore()
    assert store.delete(ACCOUNT) is False
    store.set(ACCOUNT, SECRET)
    new = ACCOUNT.replace(":587", ":465")
    assert store.move(ACCOUNT, new) is True
    assert store.get(ACCOUNT) is None
    assert store.get(new) == SECRET
    assert store.delete(new) is True
    assert memory_keyring.passwords == {}


def test_move_keeps_a_password_already_set_for_the_new_account() -> None:
    store = CredentialStore()
    store.set("old", "old-secret")
    store.set("new", "new-secret")
    store.move("old", "new")
    assert store.get("new") == "new-secret"
    assert store.get("old") is None


def test_no_keyring_explains_and_falls_back_to_nothing(composer_home: Path) -> None:
    store = CredentialStore(fail.Keyring())
    with pytest.raises(NoKeyring) as info:
        store.set(ACCOUNT, SECRET)
    assert "Secret Service" in info.value.message.what
    assert "Keychain" in info.value.message.what
    assert "Ask for the password when sending" in info.value.message.todo
    assert SECRET not in str(info.value)
    assert not store.info().usable
    stored_files = [p for p in composer_home.rglob("*") if p.is_file()]
    assert all(SECRET.encode() not in p.read_bytes() for p in stored_files)


def test_keyring_raising_no_keyring_error_is_translated() -> None:
    class Broken(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            raise keyring.errors.NoKeyringError("no backend")

    with pytest.raises(NoKeyring):
        CredentialStore(Broken()).get(ACCOUNT)


def test_locked_keyring_asks_to_unlock(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.locked = True
    with pytest.raises(KeyringIsLocked) as info:
        CredentialStore().set(ACCOUNT, SECRET)
    assert "locked" in info.value.message.what
    assert "Unlock" in info.value.message.todo
    assert memory_keyring.passwords == {}


def test_other_keyring_errors_become_keyring_failure() -> None:
    class Flaky(MemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            raise keyring.errors.PasswordSetError("D-Bus said no")

    with pytest.raises(KeyringFailure) as info:
        CredentialStore(Flaky()).set(ACCOUNT, SECRET)
    assert "D-Bus said no" in info.value.message.what
    assert SECRET not in str(info.value)


def test_null_backend_is_refused() -> None:
    store = CredentialStore(null.Keyring())
    with pytest.raises(InsecureKeyring) as info:
        store.set(ACCOUNT, SECRET)
    assert "null" in info.value.message.what
    assert not store.info().usable


class _SpyPlaintext(MemoryKeyring):
    """Stands in for keyrings.alt.file.PlaintextKeyring (not installed: it is never shipped)."""


_SpyPlaintext.__module__ = "keyrings.alt.file"
_SpyPlaintext.__name__ = _SpyPlaintext.__qualname__ = "PlaintextKeyring"


def test_plaintext_file_backend_is_refused_and_never_written() -> None:
    backend = _SpyPlaintext()
    store = CredentialStore(backend)
    with pytest.raises(InsecureKeyring) as info:
        store.set(ACCOUNT, SECRET)
    assert "unencrypted" in info.value.message.what
    assert backend.passwords == {}
    assert "plain-text" in store.info().note


def test_info_names_the_active_backend() -> None:
    info = CredentialStore().info()
    assert info.usable
    assert "MemoryKeyring" in info.name
    assert info.name in info.note


def test_chainer_is_judged_by_the_backend_that_would_store() -> None:
    from keyring.backends.chainer import ChainerBackend

    class OnlyNull(ChainerBackend):
        backends = [null.Keyring()]  # type: ignore[assignment]  # noqa: RUF012

    class Empty(ChainerBackend):
        backends = []  # type: ignore[assignment]  # noqa: RUF012

    with pytest.raises(InsecureKeyring):
        CredentialStore(OnlyNull()).check()
    with pytest.raises(NoKeyring):
        CredentialStore(Empty()).check()


# -- where passwords come from ---------------------------------------------------------------------


def test_session_passwords_come_first_and_ask_password_skips_the_keyring(
    memory_keyring: MemoryKeyring,
) -> None:
    credentials = Credentials()
    credentials.store.set(ACCOUNT, "from-keyring")
    assert credentials.password_for(profile()) == "from-keyring"
    credentials.session.remember(ACCOUNT, "typed-now")
    assert credentials.password_for(profile()) == "typed-now"
    credentials.session.clear()
    memory_keyring.locked = True  # proves the keyring is not even asked
    assert credentials.password_for(profile(ask=True)) is None
    assert credentials.password_for(profile(username="")) is None


def test_password_for_reports_a_locked_keyring(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.locked = True
    with pytest.raises(CredentialError):
        Credentials().password_for(profile())


def test_reprs_never_show_a_password() -> None:
    session = SessionPasswords()
    session.remember(ACCOUNT, SECRET)
    credentials = Credentials(session=session)
    credentials.store.set(ACCOUNT, SECRET)
    for text in (repr(session), repr(credentials), repr(credentials.store)):
        assert SECRET not in text


def test_store_and_delete_log_the_account_but_never_the_password(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    store = CredentialStore()
    store.set(ACCOUNT, SECRET)
    store.delete(ACCOUNT)
    assert ACCOUNT in caplog.text
    assert SECRET not in caplog.text


# -- following profile edits ---------------------------------------------------------------------


def test_sync_moves_a_changed_account_and_removes_a_deleted_one() -> None:
    store = CredentialStore()
    store.set("a", "secret-a")
    store.set("b", "secret-b")
    store.set("shared", "secret-s")
    sync_accounts(
        store,
        [("a", "a2"), ("b", None), ("shared", None), (None, "new")],
        still_used={"a2", "shared", "new"},
    )
    assert store.get("a") is None
    assert store.get("a2") == "secret-a"
    assert store.get("b") is None
    assert store.get("shared") == "secret-s"  # another profile still uses it


def test_renaming_a_profile_keeps_its_password() -> None:
    from composer.profiles.model import ProfileBook

    store = CredentialStore()
    book = ProfileBook([profile()])
    store.set(ACCOUNT, SECRET)
    book.rename("Work", "Office")
    assert Credentials(store).password_for(book.get("Office")) == SECRET


# -- the real Secret Service ----------------------------------------------------------------------


@pytest.fixture
def secret_service() -> CredentialStore:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        pytest.fail("needs a D-Bus session: run inside scripts/with-keyring.sh")
    backend = keyring.get_keyring()
    assert type(backend).__module__ == "keyring.backends.SecretService", (
        f"expected the Secret Service backend, got {backend!r}"
    )
    return CredentialStore()


def secret_tool_lookup(service: str, username: str) -> subprocess.CompletedProcess[str]:
    tool = shutil.which("secret-tool")
    assert tool is not None, "secret-tool (libsecret-tools) is not installed"
    return subprocess.run(
        [tool, "lookup", "service", service, "username", username],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


@pytest.mark.keyring_integration
def test_secret_service_store_read_rename_delete(secret_service: CredentialStore) -> None:
    store = secret_service
    account = f"smtp://it-{uuid.uuid4().hex[:8]}%40example.com@127.0.0.1:587"
    moved = account.replace(":587", ":465")
    password = f"pw-{uuid.uuid4().hex}"
    try:
        store.set(account, password)
        assert store.get(account) == password
        # keyring's SecretService backend stores the attributes "service" and "username"
        looked_up = secret_tool_lookup(APP_ID, account)
        assert looked_up.returncode == 0, looked_up.stderr
        assert looked_up.stdout == password

        assert store.move(account, moved) is True
        assert store.get(account) is None
        assert secret_tool_lookup(APP_ID, account).returncode != 0
        assert secret_tool_lookup(APP_ID, moved).stdout == password

        assert store.delete(moved) is True
        assert store.get(moved) is None
        assert secret_tool_lookup(APP_ID, moved).returncode != 0
    finally:
        for name in (account, moved):
            if store.get(name) is not None:
                store.delete(name)


@pytest.mark.keyring_integration
def test_secret_service_is_reported_as_usable(secret_service: CredentialStore) -> None:
    info = secret_service.info()
    assert info.usable
    assert "Secret Service" in info.name


@pytest.mark.keyring_integration
def test_secret_service_keeps_the_password_out_of_plain_files(
    secret_service: CredentialStore,
) -> None:
    account = f"smtp://plain-{uuid.uuid4().hex[:8]}@127.0.0.1:25"
    password = f"never-in-a-file-{uuid.uuid4().hex}"
    secret_service.set(account, password)
    try:
        # Only the throwaway HOME of scripts/with-keyring.sh is searched, never a real one.
        home = Path(os.environ.get("HOME", "/"))
        if not str(home).startswith(tempfile.gettempdir()):
            pytest.fail("HOME is not the throwaway one of scripts/with-keyring.sh")
        searched = 0
        for path in home.rglob("*"):
            if path.is_file() and path.stat().st_size < 10_000_000:
                searched += 1
                assert password.encode() not in path.read_bytes(), path
        assert searched > 0
    finally:
        secret_service.delete(account)
