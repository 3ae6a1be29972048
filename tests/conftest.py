"""Fixtures shared by the whole suite.

Every test runs with Composer's paths pointed at its own temporary folder and with an
in-memory keyring, so nothing touches the real home directory or the user's keyring. Tests
marked ``keyring_integration`` use the real Secret Service instead (the suite runs inside
``scripts/with-keyring.sh``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from hypothesis import settings as hypothesis_settings
from keyring_fixtures import memory_keyring  # noqa: F401  (autouse in-memory keyring)
from smtpserver import SMTPTestServer, TestPKI

from composer.storage import paths

# CI explores the same examples on every run (a red CI must be reproducible); developers'
# runs explore new ones. Set HYPOTHESIS_PROFILE=explore to explore in CI too.
hypothesis_settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
hypothesis_settings.register_profile("explore", deadline=None, print_blob=True)
hypothesis_settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "explore")
)


@pytest.fixture(autouse=True)
def composer_home(tmp_path: Path) -> Iterator[Path]:
    """Point every Composer path (config, data, cache, logs) below a temporary folder."""
    home = tmp_path / "composer-home"
    with paths.override_base(home):
        yield home


@pytest.fixture(autouse=True)
def mail_settings_reset() -> Iterator[None]:
    """Every test starts with composer.mail's default settings and an empty outbox."""
    import composer.mail
    from composer.mail.conf import settings

    settings.reset()
    composer.mail.outbox = []
    yield
    settings.reset()
    composer.mail.outbox = []


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> TestPKI:
    """A test CA and a server certificate for 127.0.0.1."""
    return TestPKI.create(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def smtp_server() -> Iterator[SMTPTestServer]:
    """A plain SMTP server on 127.0.0.1 that accepts everything."""
    with SMTPTestServer() as server:
        yield server


@pytest.fixture
def make_smtp_server() -> Iterator[object]:
    """A factory for SMTP servers with options; every server is stopped afterwards."""
    servers: list[SMTPTestServer] = []

    def make(**kwargs: object) -> SMTPTestServer:
        server = SMTPTestServer(**kwargs).start()  # type: ignore[arg-type]
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()
