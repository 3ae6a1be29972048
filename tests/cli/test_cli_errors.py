"""Failures on the command line: one message and the exit status, never a traceback.

Each case runs the real ``composer`` command in a child process and reads its stderr, as a
person at a terminal would; the details go to the log file, or to the terminal with
``--verbose``.
"""

from __future__ import annotations

import fcntl
import os
import select
import stat
import subprocess
import sys
import termios
from collections.abc import Callable
from pathlib import Path

import pytest
import smtpserver
from smtpserver import SMTPTestServer, refused_port

from composer.profiles.model import (
    BackendKind,
    Identity,
    Profile,
    ProfileBook,
    Security,
    SmtpSettings,
)
from composer.profiles.store import ProfileStore

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def composer(home: Path) -> Run:
    """Run ``composer ARGS...`` in a child process with its own COMPOSER_HOME."""

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        env = dict(os.environ, COMPOSER_HOME=str(home), QT_QPA_PLATFORM="offscreen")
        return subprocess.run(
            [sys.executable, "-m", "composer", *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )

    return run


def save_profiles(home: Path, *profiles: Profile) -> None:
    ProfileStore(home / "config" / "profiles.toml").save(ProfileBook(list(profiles)))


def smtp_profile(port: int, security: Security = Security.NONE, **smtp: object) -> Profile:
    return Profile(
        "Relay",
        backend=BackendKind.SMTP,
        smtp=SmtpSettings(host="127.0.0.1", port=port, security=security, timeout=10, **smtp),  # type: ignore[arg-type]
        identity=Identity(from_address="kim@example.com"),
    )


SEND = ("send", "--to", "a@example.com", "--subject", "Report", "--body", "Hello")


def test_a_refused_connection_is_one_message_with_details_in_the_log(
    composer: Run, home: Path
) -> None:
    port = refused_port()
    save_profiles(home, smtp_profile(port))
    out = composer(*SEND)
    assert out.returncode == 1
    assert f"Nothing accepted the connection at 127.0.0.1 port {port}" in out.stderr
    assert "Traceback" not in out.stderr
    assert "ConnectionRefusedError" not in out.stderr
    log = (home / "log" / "composer.log").read_text(encoding="utf-8")
    assert "Traceback" in log
    assert "ConnectionRefusedError" in log


def test_verbose_shows_the_details_on_the_terminal(composer: Run, home: Path) -> None:
    save_profiles(home, smtp_profile(refused_port()))
    for args in (("--verbose", *SEND), (*SEND, "-v")):
        out = composer(*args)
        assert out.returncode == 1
        assert "Nothing accepted the connection" in out.stderr
        assert "ConnectionRefusedError" in out.stderr  # the traceback, asked for


def test_a_tls_refusal_is_one_message(composer: Run, home: Path, pki: smtpserver.TestPKI) -> None:
    # The server's certificate comes from a CA this profile does not trust.
    with SMTPTestServer(tls="starttls", pki=pki) as server:
        save_profiles(home, smtp_profile(server.port, Security.STARTTLS))
        out = composer(*SEND)
    assert out.returncode == 1
    assert "is not signed by an authority this computer trusts" in out.stderr
    assert "Traceback" not in out.stderr
    assert server.messages == []


def test_a_subject_with_a_line_break_is_bad_input(composer: Run, home: Path) -> None:
    save_profiles(home, Profile("Discard", backend=BackendKind.DUMMY))
    for subject in ("Report\nBcc: everyone@example.com", "Report\r", "Report\u2028more"):
        out = composer("send", "--to", "a@example.com", "--subject", subject, "--body", "b")
        assert out.returncode == 2, out.stderr
        assert "The subject contains a line break" in out.stderr
        assert "Traceback" not in out.stderr


def test_a_from_address_with_a_line_break_is_bad_input(composer: Run, home: Path) -> None:
    save_profiles(home, Profile("Discard", backend=BackendKind.DUMMY))
    out = composer(*SEND, "--from", "kim@example.com\nBcc: everyone@example.com")
    assert out.returncode == 2, out.stderr
    assert "From:" in out.stderr
    assert "Traceback" not in out.stderr


def test_an_unexpected_error_is_one_sentence_and_the_log(composer: Run, home: Path) -> None:
    # A "backend" that is not one (it rejects the connection arguments) stands for a bug.
    save_profiles(
        home,
        Profile(
            "Broken",
            backend=BackendKind.CUSTOM,
            custom_backend="composer.profiles.model.Profile",
            identity=Identity(from_address="kim@example.com"),
        ),
    )
    out = composer(*SEND)
    assert out.returncode == 1
    assert "composer send: unexpected error (TypeError:" in out.stderr
    assert str(home / "log" / "composer.log") in out.stderr
    assert "--verbose" in out.stderr
    assert "Traceback" not in out.stderr
    assert "Traceback" in (home / "log" / "composer.log").read_text(encoding="utf-8")


# -- the password prompt, on a real terminal -------------------------------------------------


def run_at_terminal(home: Path, args: tuple[str, ...], keys: bytes) -> tuple[int, str]:
    """Run composer on a new pseudo-terminal, type *keys* at the password prompt."""
    master, slave = os.openpty()

    def become_terminal_owner() -> None:
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    env = dict(os.environ, COMPOSER_HOME=str(home))
    child = subprocess.Popen(
        [sys.executable, "-m", "composer", *args],
        stdin=slave,
        stdout=slave,
        stderr=subprocess.PIPE,
        env=env,
        preexec_fn=become_terminal_owner,  # the terminal must be the child's own
    )
    os.close(slave)
    seen = b""
    try:
        while b"Password" not in seen:
            ready, _w, _x = select.select([master], [], [], 30)
            assert ready, f"no password prompt; got {seen!r}"
            seen += os.read(master, 4096)
        os.write(master, keys)
        _out, err = child.communicate(timeout=30)
        return child.returncode, err.decode()
    finally:
        os.close(master)
        if child.poll() is None:
            child.kill()
            child.communicate()


ASKING = Profile(
    "Ask",
    backend=BackendKind.SMTP,
    smtp=SmtpSettings(
        host="127.0.0.1", port=2525, security=Security.NONE, username="kim", ask_password=True
    ),
)


@pytest.mark.parametrize(
    ("keys", "status", "sentence"),
    [
        (b"\x04", 1, "No password was typed"),  # Ctrl+D: end of input
        (b"\x03", 130, "Cancelled at the password prompt"),  # Ctrl+C
    ],
)
@pytest.mark.parametrize("command", [SEND, ("profiles", "test", "Ask")])
def test_ending_the_password_prompt_is_not_a_crash(
    home: Path, keys: bytes, status: int, sentence: str, command: tuple[str, ...]
) -> None:
    save_profiles(home, ASKING)
    code, err = run_at_terminal(home, command, keys)
    assert code == status, err
    assert sentence in err
    assert "Traceback" not in err


# -- the log is private ----------------------------------------------------------------------


def test_the_log_folder_and_file_are_the_users_alone(composer: Run, home: Path) -> None:
    save_profiles(home, smtp_profile(refused_port()))
    composer(*SEND)
    folder = home / "log"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "composer.log").stat().st_mode) == 0o600


# -- every command: one message (what happened, what to do), its status, no traceback --------


def in_doubt_server() -> SMTPTestServer:
    server = SMTPTestServer().start()
    server.data_behaviour = "store_then_drop"  # stored, and the reply never leaves
    return server


def test_send_in_doubt_says_not_to_send_again(composer: Run, home: Path) -> None:
    server = in_doubt_server()
    try:
        save_profiles(home, smtp_profile(server.port))
        out = composer(*SEND)
    finally:
        server.stop()
    assert out.returncode == 4, out.stderr
    what, todo = out.stderr.splitlines()
    assert what.startswith("composer send: The message went out, but the server's confirmation")
    assert todo.startswith("It was most likely delivered: do not send it again")
    assert len(server.messages) == 1


@pytest.mark.parametrize(
    ("args", "status", "what", "todo"),
    [
        (
            ("merge", "missing.csv", "letter.eml", "--dry-run"),
            2,
            "composer merge: ",
            "",
        ),
        (
            ("merge", "people.csv", "letter.eml", "--profile", "Nobody", "--yes"),
            2,
            "composer merge: There is no profile called 'Nobody'. Profiles: Relay, Login.",
            "Add one with `composer profiles add`, or name another with --profile.",
        ),
        (
            ("merge", "people.csv", "letter.eml", "--profile", "Login", "--yes"),
            2,
            "composer merge: The profile “Login” needs the password for",
            "Store it with `composer profiles add ... --password-stdin`",
        ),
        (
            ("profiles", "use", "Nobody"),
            2,
            "composer profiles: There is no profile called 'Nobody'.",
            "",
        ),
        (
            ("profiles", "test", "Relay"),
            1,
            "composer profiles: Nothing accepted the connection at 127.0.0.1 port",
            "Check the host name and port, and that the server is running.",
        ),
        (
            ("send", "--to", "a@example.com", "--subject", "s", "--body", "b", "--profile", "No"),
            2,
            "composer send: There is no profile called 'No'. Profiles: Relay, Login.",
            "Add one with `composer profiles add`, or name another with --profile.",
        ),
        (
            ("devserver", "--port", "1", "--host", "no-such-host.invalid"),
            1,
            "composer devserver: no-such-host.invalid is not a known host name.",
            "Give an address of this computer with --host, such as 127.0.0.1.",
        ),
    ],
)
def test_each_command_says_what_happened_and_what_to_do(
    composer: Run,
    home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: tuple[str, ...],
    status: int,
    what: str,
    todo: str,
) -> None:
    login = Profile(
        "Login",
        backend=BackendKind.SMTP,
        smtp=SmtpSettings(
            host="127.0.0.1", port=refused_port(), username="kim", timeout=5, ask_password=True
        ),
        identity=Identity(from_address="kim@example.com"),
    )
    save_profiles(home, smtp_profile(refused_port()), login)
    (tmp_path / "people.csv").write_text("email\nlee@example.com\n", encoding="utf-8")
    (tmp_path / "letter.eml").write_text(
        "From: kim@example.com\nTo: {{ email }}\nSubject: Hi\n\nHello\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    out = composer(*args)
    assert out.returncode == status, out.stderr
    assert "Traceback" not in out.stderr + out.stdout
    lines = [line for line in out.stderr.splitlines() if line.startswith("composer ")]
    assert len(lines) == 1, out.stderr  # one message
    assert lines[0].startswith(what)
    following = out.stderr.splitlines()[out.stderr.splitlines().index(lines[0]) + 1 :]
    assert todo in (following[0] if following else ""), out.stderr
