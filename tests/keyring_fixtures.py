"""An in-memory keyring for tests, installed for every test not marked ``keyring_integration``.

Unit tests must never reach the developer's real keyring (or the Secret Service that
``scripts/with-keyring.sh`` starts for the integration tests), so the autouse fixture
:func:`memory_keyring` swaps keyring's active backend for :class:`MemoryKeyring` and puts
the previous one back afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.errors
import pytest


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring backend that keeps passwords in a dict; can pretend to be locked."""

    # Never chosen by keyring's own discovery (nor chained with the real backends): tests
    # install it explicitly with keyring.set_keyring().
    priority = -10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}
        self.locked = False

    def _check(self) -> None:
        if self.locked:
            raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        try:
            del self.passwords[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError("No such password!") from None


@pytest.fixture(autouse=True)
def memory_keyring(request: pytest.FixtureRequest) -> Iterator[MemoryKeyring | None]:
    """The in-memory keyring for this test (None in ``keyring_integration`` tests)."""
    if request.node.get_closest_marker("keyring_integration"):
        yield None
        return
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
