"""``composer profiles``: list, add, use, remove, test."""

from __future__ import annotations

import io
import tomllib
from pathlib import Path
from typing import Any

import pytest
import smtpserver
from keyring.backends import fail
from keyring_fixtures import MemoryKeyring

from composer.appinfo import APP_ID
from composer.cli import main
from composer.profiles.model import BackendKind
from composer.profiles.store import ProfileStore

PASSWORD = "cli-Secret-123"


def run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *args: str,
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    status = main(["profiles", *args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Any:
    def call(*args: str, stdin: str = "") -> tuple[int, str, str]:
        return run(capsys, monkeypatch, *args, stdin=stdin)

    return call


def stored() -> dict[str, Any]:
    return tomllib.loads(ProfileStore().path.read_text(encoding="utf-8"))


def test_list_shows_the_default_preview_profile(cli: Any) -> None:
    status, out, _ = cli("list")
    assert status == 0
    assert out.startswith("* Preview")
    assert "(preview: not sent)" in out


def test_add_smtp_with_password_from_stdin(cli: Any, memory_keyring: MemoryKeyring) -> None:
    status, out, err = cli(
        "add",
        "Work",
        "--backend",
        "smtp",
        "--host",
        "smtp.example.com",
        "--security",
        "ssl",
        "--username",
        "alice@example.com",
        "--password-stdin",
        "--from-name",
        "Alice",
        "--from-address",
        "alice@example.com",
        stdin=PASSWORD + "\n",
    )
    assert status == 0, err
    assert "Added 'Work'" in out
    assert PASSWORD not in out + err
    account = "smtp://alice%40example.com@smtp.example.com:465"
    assert memory_keyring.passwords == {(APP_ID, account): PASSWORD}
    (work,) = [p for p in stored()["profiles"] if p["name"] == "Work"]
    assert work["smtp"]["port"] == 465  # the usual port for SSL/TLS
    assert work["identity"]["from_address"] == "alice@example.com"
    assert PASSWORD not in ProfileStore().path.read_text(encoding="utf-8")
    # the preview stays active until the user switches
    assert stored()["active"] == "Preview"
    assert "composer profiles use Work" in out


@pytest.mark.parametrize(
    ("args", "kind"),
    [
        (["--backend", "console"], BackendKind.CONSOLE),
        (["--backend", "locmem"], BackendKind.LOCMEM),
        (["--backend", "dummy"], BackendKind.DUMMY),
        (["--backend", "filebased", "--folder", "/tmp/composer-out"], BackendKind.FILE),
        (
            ["--backend", "custom", "--class", "composer.mail.backends.dummy.EmailBackend"],
            BackendKind.CUSTOM,
        ),
    ],
)
def test_add_other_backends(cli: Any, args: list[str], kind: BackendKind) -> None:
    status, out, err = cli("add", "Other", *args, "--activate")
    assert status == 0, err
    book = ProfileStore().read()
    assert book.get("Other").backend is kind
    assert book.active_name == "Other"
    assert ("preview" in out) is (not kind.delivers)


def test_add_refuses_invalid_settings_and_duplicates(cli: Any) -> None:
    status, _, err = cli("add", "Bad", "--host", "bad host")
    assert status == 2
    assert "smtp.host" in err
    assert "was not added" in err
    status, _, err = cli("add", "Preview", "--backend", "dummy")
    assert status == 2
    assert "already a profile" in err
    with pytest.raises(SystemExit):
        cli("add", "P", "--port", "70000")


def test_add_without_a_keyring_says_so_and_saves_nothing(cli: Any) -> None:
    import keyring

    keyring.set_keyring(fail.Keyring())
    status, _, err = cli(
        "add",
        "Work",
        "--host",
        "h.example.com",
        "--username",
        "u",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert status == 1
    assert "No keyring is running" in err
    assert "--ask-password" in err
    assert not ProfileStore().path.exists()


def test_use_and_remove(cli: Any, memory_keyring: MemoryKeyring) -> None:
    cli(
        "add",
        "Work",
        "--host",
        "smtp.example.com",
        "--username",
        "bob",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    status, out, _ = cli("use", "Work")
    assert status == 0
    assert "Now sending with 'Work'" in out
    assert stored()["active"] == "Work"
    _, out, _ = cli("list")
    assert out.splitlines()[1].startswith("* Work")

    status, _, err = cli("use", "Nope")
    assert status == 2
    assert "Known profiles: Preview, Work" in err

    status, out, _ = cli("remove", "Work")
    assert status == 0
    assert memory_keyring.passwords == {}  # its password went with it
    assert stored()["active"] == "Preview"


def test_remove_keeps_a_password_another_profile_shares(
    cli: Any, memory_keyring: MemoryKeyring
) -> None:
    common = ["--host", "smtp.example.com", "--username", "bob"]
    cli("add", "A", *common, "--password-stdin", stdin=PASSWORD + "\n")
    cli("add", "B", *common)
    cli("remove", "A")
    assert list(memory_keyring.passwords.values()) == [PASSWORD]


def test_broken_file_is_reported_and_left_alone(cli: Any) -> None:
    store = ProfileStore()
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text("schema_version = 1\n[[profiles]\n", encoding="utf-8")
    status, _, err = cli("use", "x")
    assert status == 2
    assert "line 2" in err
    assert store.path.read_text(encoding="utf-8") == "schema_version = 1\n[[profiles]\n"
    status, out, err = cli("list")
    assert status == 0
    assert "warning:" in err
    assert "Preview" in out


def test_test_prints_each_step(
    cli: Any, make_smtp_server: Any, pki: smtpserver.TestPKI, memory_keyring: MemoryKeyring
) -> None:
    server = make_smtp_server(tls="starttls", pki=pki, auth=("carol", PASSWORD))
    cli(
        "add",
        "Relay",
        "--host",
        "127.0.0.1",
        "--port",
        str(server.port),
        "--username",
        "carol",
        "--cafile",
        str(pki.ca_file),
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    status, out, err = cli("test", "Relay")
    assert status == 0, out + err
    lines = out.splitlines()
    assert lines[0].startswith("Testing 'Relay': 127.0.0.1 port")
    assert [line.split(":")[0].strip() for line in lines[1:6]] == [
        "[ ok ] Connect",
        "[ ok ] Greet the server (EHLO)",
        "[ ok ] Encrypt (STARTTLS)",
        "[ ok ] Log in (AUTH)",
        "[ ok ] Say goodbye (QUIT)",
    ]
    assert lines[-1] == "The connection works."
    assert PASSWORD not in out + err


def test_test_reports_an_untrusted_certificate(
    cli: Any, make_smtp_server: Any, pki: smtpserver.TestPKI
) -> None:
    server = make_smtp_server(tls="starttls", pki=pki)
    cli("add", "Relay", "--host", "127.0.0.1", "--port", str(server.port))
    status, out, _ = cli("test", "Relay")
    assert status == 1
    assert "[FAIL] Encrypt (STARTTLS)" in out
    assert "SHA-256 fingerprint:" in out
    assert "Issuer: " in out


def test_test_a_refused_port(cli: Any, tmp_path: Path) -> None:
    port = smtpserver.refused_port()
    cli("add", "Down", "--host", "127.0.0.1", "--port", str(port))
    status, out, _ = cli("test", "Down")
    assert status == 1
    assert "[FAIL] Connect" in out
    assert "connection refused" in out


def test_test_a_preview_profile(cli: Any) -> None:
    status, out, _ = cli("test", "Preview")
    assert status == 0
    assert "does not connect to a server" in out
