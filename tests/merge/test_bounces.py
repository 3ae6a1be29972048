"""Bounces and unsubscribe requests delivered into a real Dovecot inbox, scanned over IMAP,
matched to the merge's ledger rows by Message-ID, recorded and suppressed.

The DSNs follow the shapes Postfix, Gmail, Microsoft 365 (multipart/report, RFC 3464) and
an older Exim (plain text with the original headers pasted) send.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from damaged_messages import BAD_ADDRESS_HEADER, recursive_rfc822
from merge_helpers import write_csv
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
from composer.merge.bounces.scan import imap_login, scan_inbox
from composer.merge.data.csvsource import CsvSource
from composer.merge.data.opening import open_data
from composer.merge.export import export_merge_failures, rows_to_fix
from composer.merge.record.bounced import bounces_of
from composer.merge.report import merge_report, report_lines
from composer.merge.results import write_results
from composer.profiles.model import Profile
from composer.profiles.parts import ImapSettings, Security, SmtpSettings
from composer.sending.account import SignIn

TEMPLATE = MergeTemplate(
    subject="Newsletter for {{ name }}",
    text="Hello {{ name }}",
    to="{{ name }} <{{ email }}>",
    from_email="Club <club@sender.test>",
)


def dsn(mid: str, rcpt: str, action: str, status: str, diag: str, *, kind: str) -> bytes:
    """A multipart/report DSN as *kind* (postfix, gmail, m365) lays it out."""
    returned = (
        f"Content-Type: text/rfc822-headers\n\nMessage-ID: {mid}\nSubject: Newsletter\n"
        if kind == "postfix"
        else f"Content-Type: message/rfc822\n\nMessage-ID: {mid}\nSubject: Newsletter\n\nHello\n"
    )
    sender = {
        "postfix": "MAILER-DAEMON@mx.sender.test (Mail Delivery System)",
        "gmail": "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "m365": "postmaster@outlook.com",
    }[kind]
    return (
        f"From: {sender}\nTo: club@sender.test\nSubject: Undelivered Mail Returned to Sender\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\n\n'
        "--B\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n"
        "--B\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.sender.test\n\n"
        f"Final-Recipient: rfc822; {rcpt}\nAction: {action}\nStatus: {status}\n"
        f"Diagnostic-Code: smtp; {diag}\n\n"
        f"--B\n{returned}\n--B--\n"
    ).encode()


def exim_plain(mid: str, rcpt: str) -> bytes:
    return (
        "From: Mail Delivery System <Mailer-Daemon@exim.test>\nTo: club@sender.test\n"
        "Subject: Mail delivery failed: returning message to sender\n\n"
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {rcpt}\n    SMTP error from remote mail server after RCPT TO:<{rcpt}>:\n"
        "    550 5.1.1 User unknown\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        f"Message-ID: {mid}\nSubject: Newsletter\n"
    ).encode()


@pytest.fixture
def server() -> Iterator[SMTPTestServer]:
    with SMTPTestServer() as srv:
        yield srv


def test_bounces_and_unsubscribes_are_matched_recorded_and_suppressed(
    tmp_path: Path,
    composer_home: Path,
    server: SMTPTestServer,
    dovecot: object,
    imap_user: tuple[str, str],
    pki: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The inbox is read a few messages per request: 4 here, so its 9 take three.
    monkeypatch.setattr("composer.merge.bounces.scan._BATCH", 4)
    people = ["ann", "bo", "cy", "di", "ed", "fay", "gus", "hal"]
    data = write_csv(
        tmp_path / "list.csv",
        ["name", "email"],
        [[p, f"{p}@rcpt.test"] for p in people],
    )
    with MergeLedger() as ledger:
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
        merge_id = plan.merge_id
    address, password = imap_user
    box = dovecot
    box.deliver(
        address,
        dsn(
            ids["ann@rcpt.test"],
            "ann@rcpt.test",
            "failed",
            "5.1.1",  # type: ignore[attr-defined]
            "550 5.1.1 <ann@rcpt.test>: Recipient address rejected",
            kind="postfix",
        ),
    )
    box.deliver(
        address,
        dsn(
            ids["bo@rcpt.test"],
            "bo@rcpt.test",
            "failed",
            "5.1.1",  # type: ignore[attr-defined]
            "550-5.1.1 The email account that you tried to reach does not exist",
            kind="gmail",
        ),
    )
    box.deliver(
        address,
        dsn(
            ids["cy@rcpt.test"],
            "cy@rcpt.test",
            "delayed",
            "4.2.2",  # type: ignore[attr-defined]
            "452 4.2.2 Mailbox full",
            kind="m365",
        ),
    )
    box.deliver(address, exim_plain(ids["di@rcpt.test"], "di@rcpt.test"))  # type: ignore[attr-defined]
    box.deliver(
        address,
        dsn(
            "<nobody@elsewhere.test>",
            "zz@rcpt.test",
            "failed",
            "5.1.1",  # type: ignore[attr-defined]
            "550 no such user",
            kind="postfix",
        ),
    )
    box.deliver(
        address,
        (  # type: ignore[attr-defined]
            f"From: Ed <ed@rcpt.test>\nTo: unsubscribe@sender.test\nSubject: unsubscribe\n"
            f"In-Reply-To: {ids['ed@rcpt.test']}\n\n\n"
        ).encode(),
    )
    thanks = b"From: Fay <fay@rcpt.test>\nTo: club@sender.test\nSubject: Thanks!\n\nHi\n"
    box.deliver(address, thanks)  # type: ignore[attr-defined]
    # Hal's school address forwards to a mailbox that is gone: the report names only that.
    box.deliver(
        address,
        dsn(
            ids["hal@rcpt.test"],
            "hal.old@elsewhere.test",
            "failed",
            "5.1.1",  # type: ignore[attr-defined]
            "550 5.1.1 mailbox unavailable",
            kind="gmail",
        ),
    )
    # Anyone can write to the inbox: a damaged message and one nested thousands deep.
    box.deliver(address, BAD_ADDRESS_HEADER)  # type: ignore[attr-defined]
    box.deliver(address, recursive_rfc822())  # type: ignore[attr-defined]
    # A mail program following the List-Unsubscribe mailto: a new message, no In-Reply-To.
    box.deliver(
        address,
        (  # type: ignore[attr-defined]
            b"From: =?utf-8?b?6rWs7Iqk?= <Gus@RCPT.test>\nTo: unsubscribe@sender.test\n"
            b"Subject: =?utf-8?b?7IiY7Iug6rGw67aA?=\n\n"
        ),
    )
    profile = Profile(
        "Club",
        smtp=SmtpSettings(cafile=str(pki.ca_file)),  # the test CA, as a private CA is given
        imap=ImapSettings(host="127.0.0.1", port=box.imaps_port, security=Security.SSL,  # type: ignore[attr-defined]
                          username=address),
    )  # fmt: skip
    suppression = SuppressionList()
    conn = imap_login(profile, SignIn(password=password))
    try:
        with MergeLedger() as ledger:
            report = scan_inbox(conn, ledger, suppression)
            again = scan_inbox(conn, ledger, suppression)
            marks = bounces_of(ledger, merge_id)
    finally:
        conn.logout()
    assert report.messages == 11
    assert report.unreadable == 1  # the nested one, passed over; the scan went on
    hard = sorted(m.recipient for m in report.hard)
    # Each under the address the list holds, which the next merge must skip.
    assert hard == ["ann@rcpt.test", "bo@rcpt.test", "di@rcpt.test", "hal@rcpt.test"]
    assert [m.recipient for m in report.soft] == ["cy@rcpt.test"]
    assert report.unmatched == ["zz@rcpt.test"]
    assert report.unsubscribed == ["ed@rcpt.test", "gus@rcpt.test"]
    assert len(report.unsubscribed_rows) == 2  # each matched to the row that mailed it
    assert again.already_known == 5  # a second scan records nothing twice
    by_recipient = {m.recipient: m for m in marks}
    assert by_recipient["ann@rcpt.test"].hard
    assert "Recipient address rejected" in by_recipient["ann@rcpt.test"].reason
    assert by_recipient["cy@rcpt.test"].hard is False
    assert "550 5.1.1 User unknown" in by_recipient["di@rcpt.test"].reason
    # Hard bounces and the unsubscribe are never mailed again; the soft bounce and Fay are.
    assert sorted(SuppressionList().addresses()) == [
        "ann@rcpt.test", "bo@rcpt.test", "di@rcpt.test", "ed@rcpt.test", "gus@rcpt.test",
        "hal@rcpt.test",
    ]  # fmt: skip
    # The merge's report and its failed-rows file show what came back, row by row.
    with MergeLedger() as ledger:
        merge = ledger.merge(merge_id)
        shown = merge_report(ledger, merge_id)
        exported = tmp_path / "to-fix.csv"
        assert export_merge_failures(ledger, merge, exported) == 7
        assert rows_to_fix(ledger, merge) == 7  # none failed; all seven came back
        results = tmp_path / "results.xlsx"
        write_results(ledger, merge_id, merge.scan, open_data(data), results)
    table = [[c.value for c in r] for r in openpyxl.load_workbook(results).active.iter_rows()]
    fates = {r[0]: (r[2], r[5]) for r in table[1:]}  # name: (status, reason)
    assert fates["ann"][0] == "bounced"
    assert "Recipient address rejected" in fates["ann"][1]
    assert fates["gus"][0] == "unsubscribed"
    assert fates["fay"][0] == "sent"
    assert (shown.hard_bounces, shown.soft_bounces, shown.unsubscribed) == (4, 1, 2)
    lines = report_lines(shown)
    assert "Came back: 4 hard bounces (not mailed again), 1 soft bounce," in lines[2]
    assert any(
        line.startswith("  row 1 ann@rcpt.test: hard bounce (")
        and "5.1.1 550 5.1.1 <ann@rcpt.test>: Recipient address rejected" in line
        for line in lines
    ), lines
    assert any(line.startswith("  row 3 cy@rcpt.test: soft bounce (") for line in lines)
    assert any(line.startswith("  row 7 gus@rcpt.test: asked to unsubscribe (") for line in lines)
    fix = {r.values["name"]: r.values for r in CsvSource(exported).rows()}
    assert sorted(fix) == ["ann", "bo", "cy", "di", "ed", "gus", "hal"]  # not Fay: she is fine
    assert fix["ann"]["status"] == "bounced"
    assert fix["ann"]["reason"].startswith("hard bounce, ann@rcpt.test: ")
    assert "Recipient address rejected" in fix["ann"]["reason"]
    assert fix["cy"]["reason"].startswith("soft bounce, cy@rcpt.test: 452 4.2.2 Mailbox full")
    assert fix["gus"]["status"] == "unsubscribed"
    assert fix["gus"]["reason"].startswith("gus@rcpt.test asked to unsubscribe")
    # Read-only: the scan left the messages unread for the user.
    assert all("S" not in m.flags for m in box.messages(address))  # type: ignore[attr-defined]


def test_composer_bounces_needs_an_imap_server(composer_home: Path) -> None:
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, COMPOSER_HOME=str(composer_home), PYTHONPATH=str(root))

    def composer(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "composer", *args],
            env=env, capture_output=True, text=True, timeout=60, check=False,
            stdin=subprocess.DEVNULL,
        )  # fmt: skip

    assert composer("profiles", "add", "NoImap", "--host", "smtp.x.test").returncode == 0
    run = composer("bounces", "--profile", "NoImap")
    assert run.returncode == 2
    assert "The profile “NoImap” has no IMAP server." in run.stderr
    assert "Traceback" not in run.stderr


def test_composer_bounces_signs_in_as_the_account_does(
    composer_home: Path, dovecot: Any, imap_user: tuple[str, str], pki: Any
) -> None:
    """The command line reads the inbox with the password in the keyring (the one sign-in
    of the account), says what it found, and a wrong password is a sentence, not a trace."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, COMPOSER_HOME=str(composer_home), PYTHONPATH=str(root))
    address, password = imap_user

    def composer(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "composer", *args],
            env=env, capture_output=True, text=True, timeout=60, check=False, input=stdin,
        )  # fmt: skip

    dovecot.deliver(address, exim_plain("<gone@sender.test>", "nobody@rcpt.test"))
    for name, secret in (("Club", password), ("Wrong", "not-the-password")):
        added = composer(
            # one SMTP host each: profiles of the same account share its keyring entry
            "profiles", "add", name, "--host", f"{name.lower()}.sender.test", "--username", address,
            "--password-stdin", "--cafile", str(pki.ca_file), "--imap-host", "127.0.0.1",
            "--imap-port", str(dovecot.imaps_port), "--imap-security", "ssl",
            stdin=secret + "\n",
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
    run = composer("bounces", "--profile", "Club")
    assert run.returncode == 0, run.stderr
    assert "Read 1 message:" in run.stdout
    assert "1 bounce that matches no merge." in run.stdout
    assert (
        "nobody@rcpt.test: a bounce that matches no message of a merge (nothing marked, "
        "not suppressed)" in run.stdout
    )
    assert not (composer_home / "data" / "suppression.txt").exists()
    refused = composer("bounces", "--profile", "Wrong")
    assert refused.returncode == 1
    assert "Traceback" not in refused.stderr
    assert "not-the-password" not in refused.stderr + refused.stdout
