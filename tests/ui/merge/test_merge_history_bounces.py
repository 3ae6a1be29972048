"""Check for bounces in Earlier merges: a merge sent to aiosmtpd, its bounces delivered into
a real Dovecot inbox, scanned off the GUI thread from the window, counted per merge and
listed per recipient; the hard bounce is never mailed again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from smtpserver import SMTPTestServer

from composer.mail import get_connection
from composer.merge import (
    EngineSettings,
    MergeEngine,
    MergeLedger,
    MergeOptions,
    MergePlan,
    MergeTemplate,
    SuppressionList,
)
from composer.merge.data.opening import open_data
from composer.profiles.model import BackendKind, Identity, Profile
from composer.profiles.parts import ImapSettings, Security, SmtpSettings
from composer.sending.account import Account, SignIn
from composer.ui.merge.history import MergeHistoryDialog

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)

TEMPLATE = MergeTemplate(
    subject="Newsletter for {{ name }}",
    text="Hello {{ name }}",
    to="{{ name }} <{{ email }}>",
    from_email="Club <club@sender.test>",
)


def dsn(mid: str, rcpt: str, action: str, status: str, diag: str) -> bytes:
    return (
        "From: MAILER-DAEMON@mx.sender.test (Mail Delivery System)\nTo: club@sender.test\n"
        "Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\n\n'
        "--B\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n"
        "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.sender.test\n\n"
        f"Final-Recipient: rfc822; {rcpt}\nAction: {action}\nStatus: {status}\n"
        f"Diagnostic-Code: smtp; {diag}\n\n"
        f"--B\nContent-Type: text/rfc822-headers\n\nMessage-ID: {mid}\nSubject: News\n\n--B--\n"
    ).encode()


def test_check_for_bounces_marks_the_rows_in_earlier_merges(
    qtbot: QtBot, tmp_path: Path, dovecot: Any, imap_user: tuple[str, str], pki: Any
) -> None:
    data = tmp_path / "list.csv"
    data.write_text(
        "name,email\nAnn,ann@rcpt.test\nBo,bo@rcpt.test\nCy,cy@rcpt.test\n", encoding="utf-8"
    )
    address, password = imap_user
    with MergeLedger() as ledger, SMTPTestServer() as server:
        plan = MergePlan(open_data(data), TEMPLATE, ledger, MergeOptions())
        plan.validate()
        MergeEngine(
            plan,
            lambda: get_connection(
                "composer.mail.backends.smtp.EmailBackend", host=server.host, port=server.port
            ),
            EngineSettings(connections=1),
        ).run()
        ids = {
            r.recipients.split("<")[-1].rstrip(">"): r.message_id
            for r in ledger.rows(plan.merge_id)
        }
        dovecot.deliver(
            address,
            dsn(
                ids["ann@rcpt.test"],
                "ann@rcpt.test",
                "failed",
                "5.1.1",
                "550 5.1.1 <ann@rcpt.test>: Recipient address rejected",
            ),
        )
        dovecot.deliver(address, dsn(ids["bo@rcpt.test"], "bo@rcpt.test", "delayed", "4.2.2",
                                     "452 4.2.2 Mailbox full"))  # fmt: skip
        profile = Profile(
            "Club",
            backend=BackendKind.SMTP,
            smtp=SmtpSettings(host="127.0.0.1", username=address, cafile=str(pki.ca_file)),
            identity=Identity(from_address=address),
            imap=ImapSettings(host="127.0.0.1", port=dovecot.imaps_port, security=Security.SSL,
                              username=address),
        )  # fmt: skip
        history = MergeHistoryDialog(ledger, account=Account(profile, SignIn(password=password)))
        qtbot.addWidget(history)
        history.show()
        assert history.model.data(history.model.index(0, 7)) == "—"
        assert history.bounce_button.isVisibleTo(history)
        assert not history.export_button.isEnabled()  # nothing failed, nothing came back yet
        task = history.check_bounces()
        assert task is not None
        with qtbot.waitSignal(task.finished, timeout=30_000):
            pass
        assert history.bounce_label.text() == (
            "Read 2 messages: 1 hard bounce (not mailed again), 1 soft bounce, 0 unsubscribe "
            "requests (not mailed again), 0 bounces that match no merge."
        )
        assert history.model.data(history.model.index(0, 7)) == "1 hard, 1 soft"
        detail = history.detail_label.text()
        assert "Came back:" in detail
        assert "ann@rcpt.test (hard bounce: not mailed again): 5.1.1" in detail
        assert "Recipient address rejected" in detail
        assert "bo@rcpt.test (soft bounce): 4.2.2" in detail
        assert "cy@rcpt.test" not in detail
        # The rows that came back can be exported to be fixed.
        assert history.export_button.isEnabled()
        exported = tmp_path / "to-fix.csv"
        merge = history.selected()
        assert merge is not None
        with qtbot.waitSignal(history.export_failed(merge, exported).succeeded):
            pass
        fix = exported.read_text(encoding="utf-8-sig")
        assert 'Ann,ann@rcpt.test,bounced,"hard bounce, ann@rcpt.test: 550 5.1.1' in fix
        assert 'Bo,bo@rcpt.test,bounced,"soft bounce, bo@rcpt.test: 452 4.2.2' in fix
        assert "Cy" not in fix
    assert SuppressionList().addresses() == ["ann@rcpt.test"]  # type: ignore[comparison-overlap]
    assert password not in history.bounce_label.text() + detail


def test_without_imap_there_is_no_bounce_check(qtbot: QtBot) -> None:
    with MergeLedger() as ledger:
        history = MergeHistoryDialog(
            ledger, account=Account(Profile("NoImap", smtp=SmtpSettings(host="x.test")), SignIn())
        )
        qtbot.addWidget(history)
        assert not history.bounce_button.isVisibleTo(history)
        assert history.check_bounces() is None
