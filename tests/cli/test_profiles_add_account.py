"""``composer profiles add`` with an address (--email --detect), a provider, sign-in and IMAP."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from servers.dnsserver import DnsServer
from servers.httpsdocs import HttpsDocs

from composer.appinfo import APP_ID
from composer.cli import main
from composer.profiles.store import ProfileStore

if TYPE_CHECKING:
    from smtpserver import TestPKI

DOC = b"""<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="x">
  <incomingServer type="imap"><hostname>imap.%EMAILDOMAIN%</hostname><port>993</port>
    <socketType>SSL</socketType><username>%EMAILADDRESS%</username></incomingServer>
  <outgoingServer type="smtp"><hostname>OUT.%EMAILDOMAIN%</hostname><port>587</port>
    <socketType>STARTTLS</socketType><username>%EMAILADDRESS%</username></outgoingServer>
</emailProvider></clientConfig>"""


@pytest.fixture
def detect_env(
    monkeypatch: pytest.MonkeyPatch, dns_server: DnsServer, https_docs: HttpsDocs, pki: TestPKI
) -> dict[str, str]:
    env = {
        "COMPOSER_DNS_SERVER": f"127.0.0.1:{dns_server.port}",
        "COMPOSER_AUTOCONFIG_BASE": https_docs.base_url,
        "COMPOSER_AUTOCONFIG_CAFILE": str(pki.ca_file),
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return env


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Any:
    def call(*args: str) -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(""))
        status = main(["profiles", "add", *args])
        out, err = capsys.readouterr()
        return status, out, err

    return call


def saved(name: str) -> dict[str, Any]:
    data = tomllib.loads(ProfileStore().path.read_text(encoding="utf-8"))
    return next(p for p in data["profiles"] if p["name"] == name)


def test_detect_fills_the_profile_and_says_where_from(
    cli: Any, detect_env: dict[str, str], https_docs: HttpsDocs
) -> None:
    https_docs.put("/autoconfig.cli-ac.test/mail/config-v1.1.xml", DOC)
    status, out, err = cli("Work", "--email", "kim@cli-ac.test", "--detect")
    assert (status, err) == (0, "")
    assert "Found out.cli-ac.test port 587 (STARTTLS) in the domain's autoconfig document" in out
    assert f"{https_docs.base_url}/autoconfig.cli-ac.test/mail/config-v1.1.xml" in out
    p = saved("Work")
    assert p["smtp"]["host"] == "out.cli-ac.test"
    assert (p["smtp"]["port"], p["smtp"]["security"]) == (587, "starttls")
    assert p["smtp"]["username"] == "kim@cli-ac.test"
    assert p["imap"]["host"] == "imap.cli-ac.test"
    assert p["identity"]["from_address"] == "kim@cli-ac.test"


def test_explicit_flags_win_over_what_was_detected(cli: Any, detect_env: dict[str, str]) -> None:
    status, out, _err = cli(
        "Mine", "--email", "kim@gmail.com", "--detect", "--security", "starttls",
        "--auth", "password", "--imap-host", "imap.example.org", "--imap-security", "starttls",
        "--no-imap-sent-copy", "--from-name", "Kim",
    )  # fmt: skip
    assert status == 0
    assert "Composer's list of providers" in out
    p = saved("Mine")
    assert (p["smtp"]["host"], p["smtp"]["port"]) == ("smtp.gmail.com", 587)
    assert p["smtp"]["security"] == "starttls"
    assert p["provider"] == "gmail"
    assert p.get("auth", "password") == "password"
    assert p["imap"] == {**p["imap"], "host": "imap.example.org", "port": 143, "sent_copy": False}
    assert "app password" in out  # Gmail's advice, since a password it is


def test_a_host_of_ones_own_drops_the_detected_providers_limits(
    cli: Any, detect_env: dict[str, str]
) -> None:
    status, _out, _err = cli(
        "Relay", "--email", "kim@gmail.com", "--detect", "--host", "relay.example.org"
    )
    assert status == 0
    p = saved("Relay")
    assert p["smtp"]["host"] == "relay.example.org"
    assert "provider" not in p  # Gmail's daily limits are not the relay's


def test_oauth_and_imap_flags_fill_the_profile(cli: Any) -> None:
    status, out, err = cli(
        "Org", "--host", "smtp.example.org", "--username", "me@example.org",
        "--auth", "oauth2", "--oauth-provider", "custom",
        "--oauth-client-id", "client-1", "--oauth-client-secret", "not-secret",
        "--oauth-authorize-url", "https://id.example.org/authorize",
        "--oauth-token-url", "https://id.example.org/token",
        "--oauth-scope", "smtp", "--oauth-scope", "imap",
        "--imap-host", "imap.example.org", "--imap-port", "1993", "--imap-security", "ssl",
    )  # fmt: skip
    assert (status, err) == (0, "")
    assert "composer profiles signin Org" in out
    p = saved("Org")
    assert p["auth"] == "oauth2"
    assert p["oauth"]["provider"] == "custom"
    assert p["oauth"]["client_id"] == "client-1"
    assert p["oauth"]["authorize_url"] == "https://id.example.org/authorize"
    assert p["oauth"]["scopes"] == ["smtp", "imap"]
    assert (p["imap"]["host"], p["imap"]["port"], p["imap"]["security"]) == (
        "imap.example.org",
        1993,
        "ssl",
    )


def test_a_provider_from_the_table_by_name(cli: Any) -> None:
    status, _out, _err = cli("Relay", "--provider", "google-relay", "--username", "me@corp.test")
    assert status == 0
    p = saved("Relay")
    assert (p["smtp"]["host"], p["smtp"]["port"]) == ("smtp-relay.gmail.com", 587)
    assert p["smtp"]["username"] == "me@corp.test"
    assert "imap" not in p  # a relay has no mailbox


@pytest.mark.parametrize(
    ("args", "status", "words"),
    [
        (("--email", "not-an-address", "--detect"), 2, "is not an email address"),
        (("--detect",), 2, "--detect needs --email"),
        (("--host", "h.example", "--auth", "oauth2", "--oauth-provider", "custom"), 2,
         "needs --oauth-authorize-url"),
        (("--host", "h.example", "--imap-host", "bad host"), 2, "is not a valid host name"),
        (("--email", "kim@nothing.cli.test", "--detect"), 1, "could not find the mail servers"),
    ],
)  # fmt: skip
def test_bad_input_is_a_clear_message_and_nothing_is_saved(
    cli: Any, detect_env: dict[str, str], args: tuple[str, ...], status: int, words: str
) -> None:
    got, _out, err = cli("Bad", *args)
    assert got == status
    assert words in err
    assert "Traceback" not in err
    assert not ProfileStore().path.exists() or "Bad" not in ProfileStore().path.read_text()


def test_a_server_of_another_domain_is_refused_without_a_terminal_unless_trusted(
    cli: Any, detect_env: dict[str, str], dns_server: DnsServer
) -> None:
    dns_server.add("_submission._tcp.cli-srv.test", "SRV", "0 1 587 smtp.attacker.test.")
    status, _out, err = cli("Srv", "--email", "kim@cli-srv.test", "--detect")
    assert status == 2
    assert "smtp.attacker.test" in err
    assert "--trust" in err
    assert not ProfileStore().path.exists() or "Srv" not in ProfileStore().path.read_text()
    status, _out, _err = cli("Srv", "--email", "kim@cli-srv.test", "--detect", "--trust")
    assert status == 0
    assert saved("Srv")["smtp"]["host"] == "smtp.attacker.test"


def test_the_installed_command_detects_end_to_end(
    detect_env: dict[str, str], https_docs: HttpsDocs, tmp_path: Path
) -> None:
    https_docs.put("/cli-wk.test/.well-known/autoconfig/mail/config-v1.1.xml", DOC)
    env = {**os.environ, **detect_env, "COMPOSER_HOME": str(tmp_path / "child-home")}
    command = [sys.executable, "-m", "composer", "profiles", "add", "Home"]
    done = subprocess.run(
        [*command, "--email", "lee@cli-wk.test", "--detect", "--activate"],
        env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "/cli-wk.test/.well-known/autoconfig/mail/config-v1.1.xml" in done.stdout
    listed = subprocess.run(
        [sys.executable, "-m", "composer", "profiles", "list"],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert "* Home" in listed.stdout
    assert "out.cli-wk.test:587" in listed.stdout


def test_the_password_given_with_detect_goes_to_the_keyring_only(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: Any,
    composer_home: Path,
) -> None:
    secret = "Naver-App-Secret-19"
    monkeypatch.setattr("sys.stdin", io.StringIO(secret + "\n"))
    status = main(
        ["-v", "profiles", "add", "Naver", "--email", "kim@naver.com", "--detect",
         "--password-stdin"]
    )  # fmt: skip
    out, err = capsys.readouterr()
    assert status == 0, err
    assert memory_keyring.passwords == {(APP_ID, "smtp://kim@smtp.naver.com:465"): secret}
    assert secret not in out + err
    files = [p for p in composer_home.rglob("*") if p.is_file()]
    assert files  # the profiles file and the log at least
    assert not [p for p in files if secret.encode() in p.read_bytes()]


def _read_until(fd: int, marker: bytes, limit: float = 30.0) -> bytes:
    """What the terminal shows until *marker* (select bounds each wait; no sleeping)."""
    import select

    seen = b""
    while marker not in seen:
        ready, _w, _x = select.select([fd], [], [], limit)
        if not ready:
            raise AssertionError(f"no {marker!r} on the terminal; it showed {seen!r}")
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    return seen


@pytest.mark.parametrize(("answer", "status"), [(b"y\n", 0), (b"\n", 2)])
def test_on_a_terminal_the_user_is_asked_before_another_domains_server_is_used(
    detect_env: dict[str, str],
    dns_server: DnsServer,
    tmp_path: Path,
    answer: bytes,
    status: int,
) -> None:
    dns_server.add("_submission._tcp.cli-tty.test", "SRV", "0 1 587 smtp.faraway.test.")
    primary, secondary = os.openpty()
    env = {**os.environ, **detect_env, "COMPOSER_HOME": str(tmp_path / "tty-home")}
    child = subprocess.Popen(
        [sys.executable, "-m", "composer", "profiles", "add", "Tty",
         "--email", "kim@cli-tty.test", "--detect"],
        stdin=secondary, stdout=secondary, stderr=secondary, env=env,
    )  # fmt: skip
    os.close(secondary)
    try:
        shown = _read_until(primary, b"[y/N]")
        assert b"smtp.faraway.test" in shown
        os.write(primary, answer)
        _read_until(primary, b"\x00")  # everything, until the child closes the terminal
        assert child.wait(timeout=30) == status
    finally:
        child.kill()
        child.wait()
        os.close(primary)
    listed = tmp_path / "tty-home"
    saved_text = "".join(p.read_text() for p in listed.rglob("profiles.toml"))
    assert ("smtp.faraway.test" in saved_text) is (status == 0)
