"""``composer merge`` and the account's IMAP server (a real Dovecot): a copy of each merged
message in Sent when asked for, and rows in doubt settled from the Sent folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import keyring
import pytest
from merge_cli_helpers import write_inputs

from composer.cli import main
from composer.merge import MergeLedger
from composer.profiles.model import (
    BackendKind,
    ImapSettings,
    Profile,
    ProfileBook,
    Security,
    SmtpSettings,
)
from composer.profiles.store import ProfileStore
from composer.storage.copyqueue import CopyQueue

if TYPE_CHECKING:
    from servers.dovecot import DovecotServer
    from smtpserver import SMTPTestServer, TestPKI


def use_account(
    smtp: SMTPTestServer, user: str, password: str, pki: TestPKI, imap_port: int, provider: str = ""
) -> None:
    profile = Profile(
        "Club",
        backend=BackendKind.SMTP,
        smtp=SmtpSettings(host="127.0.0.1", port=smtp.port, security=Security.NONE,
                          username=user, timeout=10, cafile=str(pki.ca_file)),
        imap=ImapSettings(host="127.0.0.1", port=imap_port),
        provider=provider,
    )  # fmt: skip
    assert profile.account is not None
    keyring.set_password("io.github.composermail.Composer", profile.account, password)
    ProfileStore().save(ProfileBook([profile]), replace_changed=True)


@pytest.fixture
def smtp(make_smtp_server: object, imap_user: tuple[str, str]) -> SMTPTestServer:
    return make_smtp_server(auth=imap_user)  # type: ignore[operator,no-any-return]


def merge(data: Path, template: Path, *extra: str) -> int:
    return main(["merge", str(data), str(template), "--profile", "Club", "--yes", *extra])


def test_each_merged_message_gets_its_copy_in_sent(
    dovecot: DovecotServer, imap_user: tuple[str, str], smtp: SMTPTestServer, pki: TestPKI,
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    user, password = imap_user
    use_account(smtp, user, password, pki, dovecot.imaps_port)
    data, template = write_inputs(tmp_path, 3)
    assert merge(data, template, "--imap-sent-copy") == 0
    assert "3 copies are in “Sent” on 127.0.0.1." in capsys.readouterr().out
    stored = [m.wire for m in dovecot.messages(user, "Sent")]
    assert sorted(stored) == sorted(m.data for m in smtp.messages)  # byte for byte
    assert CopyQueue().pending() == []


def test_without_the_option_no_copy_is_made(
    dovecot: DovecotServer, imap_user: tuple[str, str], smtp: SMTPTestServer, pki: TestPKI,
    tmp_path: Path,
) -> None:  # fmt: skip
    user, password = imap_user
    use_account(smtp, user, password, pki, dovecot.imaps_port)
    data, template = write_inputs(tmp_path, 2)
    assert merge(data, template) == 0
    assert dovecot.messages(user, "Sent") == []


def test_rows_in_doubt_are_settled_from_the_sent_folder(
    dovecot: DovecotServer, imap_user: tuple[str, str], smtp: SMTPTestServer, pki: TestPKI,
    tmp_path: Path, composer_home: Path, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    user, password = imap_user
    # Gmail files what it accepts in Sent itself: the Sent folder knows what was delivered.
    use_account(smtp, user, password, pki, dovecot.imaps_port, provider="gmail")
    data, template = write_inputs(tmp_path, 3)
    assert merge(data, template) == 0
    by_rcpt = {m.rcpt_tos[0]: m.data for m in smtp.messages}
    # A crash left rows 1 and 2 in doubt; only row 1 reached the server (and so its Sent).
    with MergeLedger(composer_home / "data" / "merges" / "ledger.sqlite") as ledger:
        (info,) = ledger.merges()
        rows = {r.row_number: r for r in ledger.rows(info.id)}
        for n in (1, 2):
            ledger.mark_unknown(info.id, rows[n].row_key, "killed", rows[n].message_id)
    dovecot.deliver(user, by_rcpt["m1@club.example"], "Sent")
    capsys.readouterr()

    status = merge(data, template)
    err = capsys.readouterr().err
    assert "Found 1 message in doubt in the Sent folder on 127.0.0.1" in err
    assert "1 still in doubt" in err
    assert status == 3  # the one that cannot be known is still the user's to decide
    with MergeLedger(composer_home / "data" / "merges" / "ledger.sqlite") as ledger:
        (info,) = ledger.merges()
        statuses = {r.row_number: (r.status, r.reason) for r in ledger.rows(info.id)}
    assert statuses[1] == ("sent", "found in the Sent folder")
    assert statuses[2][0] == "unknown"
    assert len(smtp.messages) == 3  # nothing sent again
