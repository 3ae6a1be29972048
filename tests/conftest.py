"""Fixtures shared by the whole suite.

Every test runs with Composer's paths pointed at its own temporary folder and with an
in-memory keyring, so nothing touches the real home directory or the user's keyring. Tests
marked ``keyring_integration`` use the real Secret Service instead (the suite runs inside
``scripts/with-keyring.sh``).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from hypothesis import settings as hypothesis_settings
from keyring_fixtures import memory_keyring  # noqa: F401  (autouse in-memory keyring)
from servers.dnsserver import DnsServer
from servers.dovecot import DovecotServer
from servers.httpsdocs import HttpsDocs
from servers.oauthserver import OAuthTestServer, dovecot_oauth2_conf
from servers.postfix import PostfixServer
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


# -- real servers shared by the session (tests/servers/): each starts once, on free ports ----


@pytest.fixture(scope="session")
def dns_server() -> Iterator[DnsServer]:
    """A DNS server on 127.0.0.1; each test adds records for its own domain."""
    with DnsServer() as server:
        yield server


@pytest.fixture(scope="session")
def oauth_server(pki: TestPKI) -> Iterator[OAuthTestServer]:
    """A real OAuth 2.0 authorization server (Authlib) over HTTPS with the test CA."""
    server = OAuthTestServer(pki.server_context(), pki.client_context()).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def dovecot_oauth(
    tmp_path_factory: pytest.TempPathFactory, pki: TestPKI, oauth_server: OAuthTestServer
) -> Iterator[DovecotServer]:
    """A real IMAP server whose logins also take :func:`oauth_server`'s access tokens (SASL
    XOAUTH2 and OAUTHBEARER, checked at its introspection endpoint); Sent flagged ``\\Sent``."""
    files = Path(tempfile.mkdtemp(prefix="composer-dovecot-oauth-"))
    extra = dovecot_oauth2_conf(oauth_server, pki.ca_file, files)
    folder = tmp_path_factory.mktemp("dovecot-oauth")
    with DovecotServer(folder, pki, kind="special-use", extra_conf=extra) as server:
        yield server
    shutil.rmtree(files, ignore_errors=True)


@pytest.fixture(scope="session")
def https_docs(pki: TestPKI) -> Iterator[HttpsDocs]:
    """An HTTPS server on 127.0.0.1 (certificate from ``pki``'s CA) serving what a test puts."""
    with HttpsDocs(pki.server_context()) as server:
        yield server


@pytest.fixture(scope="session")
def dovecot(tmp_path_factory: pytest.TempPathFactory, pki: TestPKI) -> Iterator[DovecotServer]:
    """A real IMAP server (Dovecot) whose Sent mailbox is flagged ``\\Sent`` (SPECIAL-USE)."""
    with DovecotServer(tmp_path_factory.mktemp("dovecot"), pki, kind="special-use") as server:
        yield server


@pytest.fixture(scope="session")
def dovecot_plain_names(
    tmp_path_factory: pytest.TempPathFactory, pki: TestPKI
) -> Iterator[DovecotServer]:
    """A real IMAP server without SPECIAL-USE: its Sent mailbox is "Sent Items" (and 보낸편지함)."""
    folder = tmp_path_factory.mktemp("dovecot-plain")
    with DovecotServer(folder, pki, kind="plain-names") as server:
        yield server


@pytest.fixture(scope="session")
def postfix() -> Iterator[PostfixServer]:
    """A real Postfix relay on 127.0.0.1 that bounces with real DSNs (``servers/postfix.py``)."""
    with PostfixServer() as server:
        yield server


@pytest.fixture
def imap_user(request: pytest.FixtureRequest, dovecot: DovecotServer) -> tuple[str, str]:
    """A fresh user on :func:`dovecot` for this test alone: (address, password)."""
    name = "".join(c for c in request.node.name.lower() if c.isalnum())[-40:]
    address, password = f"{name}@imap.test", f"pw-{name}"
    dovecot.add_user(address, password)
    return address, password
