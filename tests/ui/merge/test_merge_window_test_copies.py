"""A test message from the merge window ("Send a test to me", "Send a test to myself and
check") never gets a copy in the account's Sent folder, even after a run of the same window
filed its messages there: a real Dovecot, aiosmtpd delivering into its inbox."""

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
from composer.storage.copyqueue import CopyQueue
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


@pytest.fixture
def smtp(make_smtp_server: Any, imap_user: tuple[str, str]) -> SMTPTestServer:
    return make_smtp_server(auth=imap_user)  # type: ignore[no-any-return]


def test_test_messages_never_land_in_sent(
    qtbot: QtBot, smtp: SMTPTestServer, dovecot: Any, imap_user: tuple[str, str], pki: Any,
    tmp_path: Path,
) -> None:  # fmt: skip
    address, password = imap_user
    smtp.data_reply = lambda envelope: dovecot.deliver(address, envelope.original_content)
    profile = Profile(
        "Club",
        backend=BackendKind.SMTP,
        smtp=SmtpSettings(host="127.0.0.1", port=smtp.port, security=Security.NONE,
                          username=address, timeout=10, cafile=str(pki.ca_file)),
        identity=Identity(from_name="Club", from_address=address),
        imap=ImapSettings(host="127.0.0.1", port=dovecot.imaps_port, security=Security.SSL),
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
    data = tmp_path / "list.csv"
    data.write_text("name,email\nAnn,ann@rcpt.test\nBo,bo@rcpt.test\n", encoding="utf-8")
    with qtbot.waitSignal(dialog.data_loaded, timeout=20_000):
        dialog.load_csv(data)
    dialog.go_to(1)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    # A run with "copy to Sent" ticked files its two messages there.
    dialog.go_to(3)
    dialog.send_page.server_copy.setChecked(True)
    with qtbot.waitSignal(dialog.merge_finished, timeout=20_000):
        assert dialog.start_sending() is not None
    qtbot.waitUntil(lambda: len(dovecot.messages(address, "Sent")) == 2, timeout=20_000)
    # Then both kinds of test, from the Preview page of the same window.
    with qtbot.waitSignal(dialog.preview_step.row_shown, timeout=20_000):
        dialog.go_to(2)
    task = dialog.send_test_to(address)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    control = dialog.self_test
    control.wait, control.poll = 20, 0.2
    check = control.start()
    assert check is not None
    with qtbot.waitSignal(check.finished, timeout=30_000):
        pass
    tests = [m for m in smtp.messages if b"[Test]" in m.data]
    assert len(tests) == 2
    # Nothing is waiting to be copied, and the next filing of copies adds none.
    assert CopyQueue().pending() == []
    account.make_copies()
    sent = dovecot.messages(address, "Sent")
    assert len(sent) == 2
    assert not [m for m in sent if b"[Test]" in m.wire]
    dialog.shutdown()
