"""Test connection checks the account's IMAP server too: login, and which Sent folder."""

from __future__ import annotations

from typing import TYPE_CHECKING

import keyring
import pytest

from composer.cli import main
from composer.profiles.conntest import ConnectionParams, StepStatus, run_connection_test
from composer.profiles.model import (
    BackendKind,
    ImapSettings,
    Profile,
    ProfileBook,
    Security,
    SmtpSettings,
)
from composer.profiles.store import ProfileStore

if TYPE_CHECKING:
    from servers.dovecot import DovecotServer
    from smtpserver import SMTPTestServer, TestPKI


def profile_for(
    smtp: SMTPTestServer, user: str, pki: TestPKI, imap_port: int, **kw: object
) -> Profile:
    return Profile(
        "Work",
        backend=BackendKind.SMTP,
        smtp=SmtpSettings(host="127.0.0.1", port=smtp.port, security=Security.NONE,
                          username=user, timeout=10, cafile=str(pki.ca_file)),
        imap=ImapSettings(host="127.0.0.1", port=imap_port, **kw),  # type: ignore[arg-type]
    )  # fmt: skip


def test_the_imap_login_and_the_sent_folder_are_checked(
    dovecot: DovecotServer, imap_user: tuple[str, str], make_smtp_server: object, pki: TestPKI,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    user, password = imap_user
    smtp = make_smtp_server(auth=imap_user)  # type: ignore[operator]
    profile = profile_for(smtp, user, pki, dovecot.imaps_port)
    assert profile.account is not None
    keyring.set_password("io.github.composermail.Composer", profile.account, password)
    ProfileStore().save(ProfileBook([profile]))
    assert main(["profiles", "test", "Work"]) == 0
    out = capsys.readouterr().out
    assert f"[ ok ] Log in to the IMAP server: Logged in to 127.0.0.1 as {user}." in out
    assert (
        "[ ok ] Find the Sent folder (IMAP): Copies of sent mail will go to “Sent” "
        "(the server's Sent folder)." in out
    )
    assert out.rstrip().endswith("The connection works.")
    assert password not in out


def test_plain_names_and_a_refused_imap_login(
    dovecot_plain_names: DovecotServer, make_smtp_server: object, pki: TestPKI
) -> None:
    user, password = "check@imap.test", "pw-check"
    dovecot_plain_names.add_user(user, password)
    smtp = make_smtp_server(auth=(user, password))  # type: ignore[operator]
    params = ConnectionParams.from_profile(
        profile_for(smtp, user, pki, dovecot_plain_names.imap_port, security=Security.STARTTLS)
    )
    result = run_connection_test(params, password)
    assert result.ok, result.failure
    assert (
        result.steps[-1].detail
        == "Copies of sent mail will go to “Sent Items” (found by its name)."
    )

    result = run_connection_test(
        ConnectionParams.from_profile(
            profile_for(
                smtp, user, pki, dovecot_plain_names.imaps_port, username="nobody@imap.test"
            )
        ),
        password,
    )
    assert not result.ok
    assert result.failure is not None
    assert result.failure.what == (
        "The IMAP server 127.0.0.1 refused the user name or password for nobody@imap.test."
    )
    assert (result.steps[-1].step, result.steps[-1].status) == ("imap", StepStatus.FAILED)
