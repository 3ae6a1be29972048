""" "Send a test to myself and check" in the merge window: the row shown goes to the
account's own address through aiosmtpd, lands (as a receiving MTA would deliver it) in a
real Dovecot inbox with an Authentication-Results header, and the Preview page says how the
server judged it."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import pytest
from pytestqt.qtbot import QtBot
from smtpserver import SMTPTestServer

from composer.merge import MergeTemplate
from composer.merge.serveraccount import MergeServerAccount
from composer.profiles.model import BackendKind, Identity, Profile
from composer.profiles.parts import ImapSettings, Security, SmtpSettings
from composer.sending.account import Account, SignIn
from composer.ui.merge.dialog import MergeDialog

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)

TEMPLATE = MergeTemplate(
    subject="Newsletter for {{ name }}",
    text="Hello {{ name }}",
    to="{{ name }} <{{ email }}>",
    from_email="Club <club@sender.test>",
)
JUDGED = (
    b"Authentication-Results: mx.imap.test; spf=pass smtp.mailfrom=club@sender.test;"
    b" dkim=pass header.d=sender.test; dmarc=pass header.from=sender.test\r\n"
)


def window(
    qtbot: QtBot, smtp: SMTPTestServer, address: str, password: str, pki: Any, imap_port: int
) -> MergeDialog:
    profile = Profile(
        "Club",
        backend=BackendKind.SMTP,
        smtp=SmtpSettings(host="127.0.0.1", port=smtp.port, security=Security.NONE,
                          username=address, timeout=10, cafile=str(pki.ca_file)),
        identity=Identity(from_name="Club", from_address=address),
        imap=ImapSettings(host="127.0.0.1", port=imap_port, security=Security.SSL)
        if imap_port else ImapSettings(),
    )  # fmt: skip
    account = MergeServerAccount(Account(profile, SignIn(password=password)))
    dialog = MergeDialog(
        TEMPLATE,
        lambda: cast("Any", account.connect()),
        server_label="the test server",
        server_account=account,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture
def smtp(make_smtp_server: Any, imap_user: tuple[str, str]) -> SMTPTestServer:
    return make_smtp_server(auth=imap_user)  # type: ignore[no-any-return]


def preview_row_two(qtbot: QtBot, dialog: MergeDialog, tmp_path: Path) -> None:
    data = tmp_path / "list.csv"
    data.write_text("name,email\nAnn,ann@rcpt.test\nBo,bo@rcpt.test\n", encoding="utf-8")
    with qtbot.waitSignal(dialog.data_loaded, timeout=20_000):
        dialog.load_csv(data)
    dialog.go_to(1)
    task = dialog.check_step.task
    assert task is not None
    if task.running:
        with qtbot.waitSignal(task.finished, timeout=20_000):
            pass
    with qtbot.waitSignal(dialog.preview_step.row_shown, timeout=20_000):
        dialog.go_to(2)
    with qtbot.waitSignal(dialog.preview_step.row_shown, timeout=20_000):
        dialog.preview_page.row_spin.setValue(2)


def test_the_test_is_read_back_and_the_judgement_shown(
    qtbot: QtBot, smtp: SMTPTestServer, dovecot: Any, imap_user: tuple[str, str], pki: Any,
    tmp_path: Path,
) -> None:  # fmt: skip
    address, password = imap_user
    smtp.data_reply = lambda envelope: dovecot.deliver(address, JUDGED + envelope.original_content)
    dialog = window(qtbot, smtp, address, password, pki, dovecot.imaps_port)
    preview_row_two(qtbot, dialog, tmp_path)
    control = dialog.self_test
    assert control.button.isVisibleTo(dialog)
    control.wait, control.poll = 20, 0.2
    with qtbot.waitSignal(control.button.clicked, timeout=1000):
        control.button.click()
    task = control.task
    assert task is not None
    if task.running:
        with qtbot.waitSignal(task.finished, timeout=30_000):
            pass
    text = dialog.self_test.text()
    assert text.startswith("Your receiving server (mx.imap.test) judged: SPF pass")
    assert "DKIM pass (the message is signed by sender.test)" in text
    assert control.button.text() == "Send a test to myself and check"
    (sent,) = smtp.messages
    assert sent.rcpt_tos == [address]
    assert b"Subject: [Test] Newsletter for Bo" in sent.data
    assert password not in text
    dialog.shutdown()


def test_without_imap_the_window_says_how_to_check_by_hand(
    qtbot: QtBot, smtp: SMTPTestServer, imap_user: tuple[str, str], pki: Any, tmp_path: Path
) -> None:
    address, password = imap_user
    dialog = window(qtbot, smtp, address, password, pki, 0)
    preview_row_two(qtbot, dialog, tmp_path)
    task = dialog.self_test.start()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    text = dialog.self_test.text()
    assert "the profile has no IMAP server" in text
    assert "Authentication-Results line" in text
    dialog.shutdown()


def test_a_preview_profile_offers_no_self_test(qtbot: QtBot) -> None:
    dialog = MergeDialog(TEMPLATE, lambda: cast("Any", None))
    qtbot.addWidget(dialog)
    assert not dialog.self_test.button.isVisibleTo(dialog)
    assert dialog.self_test.start() is None
    dialog.shutdown()
