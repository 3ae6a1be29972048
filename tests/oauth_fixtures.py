"""OAuth test helpers: a profile signed in against the test authorization server, and the
browser side of ``composer profiles signin``.

Used with the session's ``oauth_server`` and a test's own SMTP server (``oauth=`` checks the
bearer token against the authorization server).
"""

from __future__ import annotations

import io
import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from servers.oauthserver import OAuthTestServer
from smtpserver import SMTPTestServer, TestPKI

from composer.profiles.model import (
    AuthMethod,
    OAuthProvider,
    OAuthSettings,
    Profile,
    ProfileBook,
    Security,
    SmtpSettings,
)
from composer.profiles.store import ProfileStore

USER = "alice@example.com"


def oauth_profile(
    oauth_server: OAuthTestServer,
    client_id: str,
    pki: TestPKI,
    smtp: SMTPTestServer | None = None,
    *,
    name: str = "Work",
    username: str = USER,
) -> Profile:
    """An SMTP profile that signs in with the test authorization server (custom provider)."""
    return Profile(
        name,
        smtp=SmtpSettings(
            host="127.0.0.1",
            port=smtp.port if smtp is not None else 587,
            security=Security.STARTTLS,
            username=username,
            cafile=str(pki.ca_file),
        ),
        auth=AuthMethod.OAUTH2,
        oauth=OAuthSettings(
            provider=OAuthProvider.CUSTOM,
            client_id=client_id,
            authorize_url=oauth_server.authorize_url,
            token_url=oauth_server.token_url,
            scopes=["mail", "offline_access"],
        ),
    )


def save_profiles(*profiles: Profile) -> None:
    ProfileStore().save(ProfileBook(list(profiles)), replace_changed=True)


def bearer_smtp(oauth_server: OAuthTestServer, pki: TestPKI, **kwargs: object) -> SMTPTestServer:
    """An SMTP server (STARTTLS, login required) that takes the authorization server's tokens."""
    return SMTPTestServer(
        tls="starttls",
        pki=pki,
        auth_required=True,
        oauth=oauth_server.check_access_token,
        **kwargs,  # type: ignore[arg-type]
    )


class LineTap(io.TextIOBase):
    """A stand-in for ``sys.stdout`` that keeps everything and hands out each whole line."""

    def __init__(self) -> None:
        self.text = ""
        self.lines: queue.Queue[str] = queue.Queue()
        self._partial = ""

    def writable(self) -> bool:
        return True

    def write(self, s: str) -> int:
        self.text += s
        self._partial += s
        while "\n" in self._partial:
            line, self._partial = self._partial.split("\n", 1)
            self.lines.put(line)
        return len(s)


@dataclass
class Signin:
    """``composer profiles signin`` running in a thread, its stdout tapped."""

    thread: threading.Thread
    out: LineTap
    status: list[int] = field(default_factory=list)

    def url(self) -> str:
        """The authorization URL the command printed (waits for it)."""
        while True:
            line = self.out.lines.get(timeout=20)
            if line.startswith("https://"):
                return line

    def finish(self) -> int:
        self.thread.join(timeout=30)
        assert not self.thread.is_alive(), "composer profiles signin did not finish"
        return self.status[0]


@pytest.fixture
def run_signin(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Signin]]:
    """Start ``composer profiles signin ARGS...`` in a thread with stdout tapped."""
    from composer.cli import main

    started: list[Signin] = []

    def start(*args: str) -> Signin:
        out = LineTap()
        monkeypatch.setattr("sys.stdout", out)
        status: list[int] = []
        thread = threading.Thread(
            target=lambda: status.append(main(["profiles", "signin", *args])), daemon=True
        )
        signin = Signin(thread, out, status)
        thread.start()
        started.append(signin)
        return signin

    yield start
    for signin in started:
        signin.thread.join(timeout=30)


@pytest.fixture
def browser(oauth_server: OAuthTestServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The "system browser": it follows each URL Composer opens (``webbrowser.open``) to the
    test authorization server, in a thread, and approves."""
    oauth_server.reset()
    opened: list[str] = []
    threads: list[threading.Thread] = []

    def open_url(url: str, *args: object, **kwargs: object) -> bool:
        opened.append(url)
        thread = threading.Thread(target=oauth_server.browse, args=(url,))
        threads.append(thread)
        thread.start()
        return True

    monkeypatch.setattr("webbrowser.open", open_url)
    yield opened
    for thread in threads:
        thread.join(timeout=10)
