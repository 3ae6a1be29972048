"""The merge window and the account's IMAP server (a real Dovecot): copies in Sent when the
user ticks the choice, and rows in doubt settled from a Gmail-like Sent folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import keyring
import pytest

from composer.merge import MergeLedger
from composer.merge.record.ledger import default_ledger_path
from composer.profiles.model import (
    BackendKind,
    Identity,
    ImapSettings,
    Profile,
    ProfileBook,
    Security,
    SmtpSettings,
)
from composer.ui.compose.merge import open_merge
from composer.ui.compose.profiles import ComposeProfiles
from composer.ui.compose.window import ComposeServices, ComposeWindow
from composer.ui.merge.dialog import MergeDialog

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot
    from servers.dovecot import DovecotServer
    from smtpserver import SMTPTestServer, TestPKI

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)


def merge_window(
    qtbot: QtBot, smtp: SMTPTestServer, user: str, password: str, pki: TestPKI, imap_port: int,
    provider: str = "",
) -> ComposeWindow:  # fmt: skip
    profile = Profile(
        "Club",
        backend=BackendKind.SMTP,
        smtp=SmtpSettings(host="127.0.0.1", port=smtp.port, security=Security.NONE,
                          username=user, timeout=10, cafile=str(pki.ca_file)),
        identity=Identity(from_name="Secretary", from_address=user),
        imap=ImapSettings(host="127.0.0.1", port=imap_port),
        provider=provider,
    )  # fmt: skip
    assert profile.account is not None
    keyring.set_password("io.github.composermail.Composer", profile.account, password)
    window = ComposeWindow(ComposeServices(ComposeProfiles(ProfileBook([profile]))))
    qtbot.addWidget(window)
    window.header.fields["to"].setText("{{ email }}")
    window.header.subject.setText("Hello {{ name }}")
    window.editor.setPlainText("Dear {{ name }}")
    return window


def run(qtbot: QtBot, dialog: MergeDialog, data: Path, *, copy: bool, resend: bool = False) -> str:
    with qtbot.waitSignal(dialog.data_loaded, timeout=20_000):
        dialog.load_csv(data)
    dialog.go_to(1)
    task = dialog.check_step.task
    if task is not None and task.running:
        with qtbot.waitSignal(task.finished, timeout=20_000):
            pass
    dialog.check_page.resend_unknown.setChecked(resend)
    dialog.go_to(3)
    dialog.send_page.server_copy.setChecked(copy)
    with qtbot.waitSignal(dialog.merge_finished, timeout=20_000):
        assert dialog.start_sending() is not None
    return dialog.send_page.report_label.text()


@pytest.fixture
def smtp(make_smtp_server: object, imap_user: tuple[str, str]) -> SMTPTestServer:
    return make_smtp_server(auth=imap_user)  # type: ignore[operator,no-any-return]


def test_the_merge_window_files_copies_in_sent_when_asked(
    qtbot: QtBot, dovecot: DovecotServer, imap_user: tuple[str, str], smtp: SMTPTestServer,
    pki: TestPKI, tmp_path: Path,
) -> None:  # fmt: skip
    user, password = imap_user
    window = merge_window(qtbot, smtp, user, password, pki, dovecot.imaps_port)
    data = tmp_path / "members.csv"
    data.write_text("name,email\nKim,kim@example.kr\nBo,bo@example.org\n", "utf-8")
    dialog = open_merge(window)
    assert dialog is not None
    try:
        assert not dialog.send_page.server_copy.isHidden()
        report = run(qtbot, dialog, data, copy=True)
    finally:
        dialog.shutdown()
    assert "2 copies are in “Sent” on 127.0.0.1." in report
    stored = sorted(m.wire for m in dovecot.messages(user, "Sent"))
    assert stored == sorted(m.data for m in smtp.messages)


def test_rows_in_doubt_found_in_sent_are_not_sent_again(
    qtbot: QtBot, dovecot: DovecotServer, imap_user: tuple[str, str], smtp: SMTPTestServer,
    pki: TestPKI, tmp_path: Path,
) -> None:  # fmt: skip
    user, password = imap_user
    window = merge_window(qtbot, smtp, user, password, pki, dovecot.imaps_port, "gmail")
    data = tmp_path / "members.csv"
    data.write_text("name,email\nKim,kim@example.kr\nBo,bo@example.org\n", "utf-8")
    dialog = open_merge(window)
    assert dialog is not None
    try:
        assert dialog.send_page.server_copy.isHidden()  # Gmail files them itself
        run(qtbot, dialog, data, copy=False)
    finally:
        dialog.shutdown()
    kim = next(m.data for m in smtp.messages if m.rcpt_tos == ["kim@example.kr"])
    with MergeLedger(default_ledger_path()) as ledger:  # a crash left Kim's row in doubt
        (info,) = ledger.merges()
        row = next(r for r in ledger.rows(info.id) if "kim@" in r.recipients)
        ledger.mark_unknown(info.id, row.row_key, "killed", row.message_id)
    dovecot.deliver(user, kim, "Sent")  # Gmail had it

    again = open_merge(window)
    assert again is not None
    try:
        # Even asked to send the rows in doubt again: the Sent folder knows Kim's went out.
        report = run(qtbot, again, data, copy=False, resend=True)
    finally:
        again.shutdown()
    assert "1 message in doubt was found in the Sent folder" in report
    assert len(smtp.messages) == 2  # Kim got one message
