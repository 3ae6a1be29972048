"""A failure reads the same in the window, the connection test, the merge report and the
terminal: each real failure below goes through every path that can meet it, and what each
path shows (what happened, what to do) is compared.

The failures are real: aiosmtpd refusing a password, a certificate from a CA the profile
does not trust, a closed port, aiosmtpd's own 552 for a message over its size limit, and a
server that accepts the connection and never answers.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import smtpserver
from pytestqt.qtbot import QtBot
from smtpserver import SMTPTestServer, refused_port

from composer.cli import main
from composer.errors.describe import ServerInfo
from composer.merge import (
    CsvSource,
    EngineSettings,
    MergeEngine,
    MergeLedger,
    MergeOptions,
    MergePlan,
    MergeTemplate,
)
from composer.profiles.conntest import ConnectionParams, run_connection_test
from composer.profiles.credentials import Credentials, CredentialStore
from composer.profiles.model import (
    BackendKind,
    Identity,
    Profile,
    ProfileBook,
    Security,
    SmtpSettings,
)
from composer.profiles.store import ProfileStore
from composer.sending.account import Account
from composer.sending.job import SendStatus
from composer.ui.compose.profiles import ComposeProfiles
from composer.ui.compose.window import ComposeServices, ComposeWindow

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)

Words = tuple[str, str]  # what happened, what to do
BIG = "A long report.\n" * 500  # over the size limit of the "too large" server


@dataclass
class Failure:
    name: str
    profile: Profile
    password: str = ""
    body: str = "Hello"


def smtp(port: int, security: Security = Security.NONE, **kw: object) -> Profile:
    return Profile(
        "Relay",
        backend=BackendKind.SMTP,
        smtp=SmtpSettings(host="127.0.0.1", port=port, security=security, **kw),  # type: ignore[arg-type]
        identity=Identity(from_address="kim@example.com"),
    )


@pytest.fixture(
    params=["refused password", "untrusted certificate", "closed port", "too large", "timeout"]
)
def failure(request: pytest.FixtureRequest, pki: smtpserver.TestPKI) -> Iterator[Failure]:
    name = request.param
    if name == "refused password":
        with SMTPTestServer(auth=("kim", "right")) as server:
            yield Failure(name, smtp(server.port, username="kim", timeout=10), "wrong")
    elif name == "untrusted certificate":
        with SMTPTestServer(tls="starttls", pki=pki) as server:
            yield Failure(name, smtp(server.port, Security.STARTTLS, timeout=10))
    elif name == "closed port":
        yield Failure(name, smtp(refused_port(), timeout=10))
    elif name == "too large":
        with SMTPTestServer(data_size_limit=2000) as server:
            yield Failure(name, smtp(server.port, timeout=10), body=BIG)
    else:
        with socket.socket() as silent:  # accepts connections (the backlog), never speaks
            silent.bind(("127.0.0.1", 0))
            silent.listen(8)
            yield Failure(name, smtp(silent.getsockname()[1], timeout=1))


@pytest.fixture(autouse=True)
def stored_password(failure: Failure) -> None:
    account = failure.profile.account
    if account is not None:
        CredentialStore().set(account, failure.password)


def in_the_window(qtbot: QtBot, failure: Failure) -> Words:
    profiles = ComposeProfiles(ProfileBook([failure.profile]), credentials=Credentials())
    window = ComposeWindow(ComposeServices(profiles))
    qtbot.addWidget(window)
    qtbot.keyClicks(window.header.fields["to"], "lee@example.com")
    qtbot.keyClicks(window.header.subject, "Report")
    window.editor.setPlainText(failure.body)
    with qtbot.waitSignal(window.send_finished, timeout=30_000) as finished:
        window.send()
    assert finished.args[0].status is SendStatus.FAILED
    panel = window.send_panel
    # The window may add on a line of its own where the message waits (the Outbox).
    return panel.title.text(), panel.advice.text().split("\n")[0]


def in_the_connection_test(failure: Failure) -> Words:
    params = ConnectionParams.from_profile(failure.profile)
    result = run_connection_test(params, failure.password or None)
    assert result.failure is not None
    return result.failure.what, result.failure.todo


def on_the_terminal(failure: Failure, capsys: pytest.CaptureFixture[str]) -> Words:
    ProfileStore().save(ProfileBook([failure.profile]))
    status = main(
        ["send", "--to", "lee@example.com", "--subject", "Report", "--body", failure.body]
    )
    assert status == 1
    first, second, *_rest = capsys.readouterr().err.splitlines()
    assert first.startswith("composer send: ")
    return first.removeprefix("composer send: "), second


def in_the_merge_report(failure: Failure, tmp_path: Path) -> str:
    data = tmp_path / "people.csv"
    data.write_text("email\nlee@example.com\n", encoding="utf-8")
    template = MergeTemplate(
        subject="Report", text=failure.body, to="{{ email }}", from_email="kim@example.com"
    )
    with MergeLedger(tmp_path / "ledger.sqlite") as ledger:
        plan = MergePlan(CsvSource(data), template, ledger, MergeOptions())
        plan.validate()
        # One try and one row are enough to meet the failure; the merge then stops on it.
        settings = EngineSettings(connections=1, max_attempts=1, stop_after_same_failure=1)
        account = Account(failure.profile, Credentials())
        engine = MergeEngine(
            plan, account, settings, sleep=lambda _s: None, host=ServerInfo.of(failure.profile)
        )
        result = engine.run()
    assert result.outcome == "stopped"
    return result.message


def test_a_failure_reads_the_same_everywhere(
    qtbot: QtBot, failure: Failure, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    window = in_the_window(qtbot, failure)
    what, todo = window
    assert what
    assert todo
    assert on_the_terminal(failure, capsys) == window
    if failure.name != "too large":  # the connection test sends no message
        assert in_the_connection_test(failure) == window
    report = in_the_merge_report(failure, tmp_path)
    assert what in report
    assert todo in report


def test_the_words_name_the_failure(qtbot: QtBot, failure: Failure, tmp_path: Path) -> None:
    expected = {
        "refused password": "The server refused the user name or password for kim (535",
        "untrusted certificate": "is not signed by an authority this computer trusts",
        "closed port": "Nothing accepted the connection at 127.0.0.1 port",
        "too large": "The server refused the message as too large (552",
        "timeout": "stopped answering.",
    }[failure.name]
    assert expected in in_the_window(qtbot, failure)[0]
