"""Real bounces, end to end: a merge sent through a real Postfix (tests/servers/postfix.py)
to a mailbox the recipients' server refuses, a user Postfix does not know and a domain that
does not exist; Postfix returns real DSNs (RFC 3464) to the merge's From; they land in a real
Dovecot inbox; ``composer bounces`` matches each to its row by Message-ID, marks it
hard-bounced and suppresses the address; the report and the failed-rows file show them; the
next merge does not mail them."""

from __future__ import annotations

import email
import email.policy
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from merge_helpers import write_csv
from servers.postfix import PostfixServer
from smtpserver import SMTPTestServer

from composer.merge import MergeLedger
from composer.merge.data.csvsource import CsvSource
from composer.merge.record.bounced import bounces_of

ROOT = Path(__file__).resolve().parents[2]
SENDER = "club@sender.test"
LETTER = """\
From: Club <club@sender.test>
To: {{{{ name }}}} <{{{{ email }}}}>
Subject: {subject} {{{{ name }}}}
Content-Type: text/plain; charset=utf-8

{{{{ name }}}}님, 안녕하세요.
"""


def composer(home: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "composer", *args],
        env=dict(os.environ, COMPOSER_HOME=str(home), PYTHONPATH=str(ROOT)),
        capture_output=True, text=True, timeout=120, check=False, input=stdin,
    )  # fmt: skip


def relayed(remote: SMTPTestServer, start: int, count: int) -> list[str]:
    """The recipients of the messages Postfix relayed to *remote* from index *start*, once
    there are *count* of them (woken by each arrival; bounded)."""
    deadline = time.monotonic() + 30
    while True:
        with remote.lock:
            got = [m.rcpt_tos[0] for m in remote.messages[start:]]
            if len(got) >= count or time.monotonic() > deadline:
                return sorted(got)
            remote.message_event.clear()
        remote.message_event.wait(1)


def test_real_postfix_dsns_are_matched_marked_suppressed_and_skipped_next_time(
    tmp_path: Path,
    composer_home: Path,
    postfix: PostfixServer,
    dovecot: Any,
    imap_user: tuple[str, str],
    pki: Any,
) -> None:
    already = len(postfix.received(SENDER))
    relayed_before = len(postfix.remote.messages)
    postfix.remote.rcpt_reply = lambda a: (
        "550 5.1.1 <ann@rcpt.test>: Recipient address rejected: User unknown"
        if a == "ann@rcpt.test"
        else None
    )
    data = write_csv(
        tmp_path / "members.csv",
        ["name", "email"],
        [
            ["ann", "ann@rcpt.test"],  # the recipients' server refuses her mailbox
            ["bo", "bo@local.test"],  # Postfix's own domain has no such user
            ["cy", "cy@rcpt.test"],
            ["dee", "dee@no-such-domain.example"],  # no such domain
            ["eve", "eve@rcpt.test"],
        ],
    )
    first = tmp_path / "first.eml"
    first.write_text(LETTER.format(subject="소식"), encoding="utf-8")
    server = f"{postfix.host}:{postfix.port}"
    sent = composer(composer_home, "merge", str(data), str(first), "--server", server, "--yes")
    # Postfix accepted all five: the failures come back later, as mail.
    assert sent.returncode == 0, sent.stderr
    dsns = postfix.wait_for_mail(SENDER, already + 3)[already:]
    reports = [email.message_from_bytes(raw, policy=email.policy.default) for raw in dsns]
    assert {r.get_content_type() for r in reports} == {"multipart/report"}
    assert all(r["From"].addresses[0].username == "MAILER-DAEMON" for r in reports)
    assert relayed(postfix.remote, relayed_before, 2) == ["cy@rcpt.test", "eve@rcpt.test"]

    address, password = imap_user
    for raw in dsns:
        dovecot.deliver(address, raw)  # the account's inbox, where the DSNs are read
    added = composer(
        composer_home, "profiles", "add", "Club", "--host", "smtp.sender.test",
        "--username", address, "--password-stdin", "--cafile", str(pki.ca_file),
        "--imap-host", "127.0.0.1", "--imap-port", str(dovecot.imaps_port),
        "--imap-security", "ssl", stdin=password + "\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    scan = composer(composer_home, "bounces", "--profile", "Club")
    assert scan.returncode == 0, scan.stderr
    assert "3 hard bounces (not mailed again), 0 soft bounces" in scan.stdout
    assert "0 bounces that match no merge" in scan.stdout
    assert "ann@rcpt.test: 5.1.1 550 5.1.1 <ann@rcpt.test>: Recipient address rejected" in (
        scan.stdout
    )
    assert 'bo@local.test: 5.1.1 unknown user: "bo@local.test"' in scan.stdout
    assert "dee@no-such-domain.example: 5.4.4 Host or domain name not found" in scan.stdout

    with MergeLedger(composer_home / "data" / "merges" / "ledger.sqlite") as ledger:
        (merge,) = ledger.merges()
        marks = {m.recipient: m for m in bounces_of(ledger, merge.id)}
        # Still "sent" (never sent again by a resume), and now also bounced.
        assert merge.counts["sent"] == 5
    assert sorted(marks) == ["ann@rcpt.test", "bo@local.test", "dee@no-such-domain.example"]
    assert all(m.hard for m in marks.values())
    suppressed = (composer_home / "data" / "suppression.txt").read_text(encoding="utf-8")
    assert sorted(suppressed.split("\n")[1:-1]) == sorted(marks)

    fix = tmp_path / "fix.csv"
    shown = composer(
        composer_home, "merge", str(data), str(first), "--report", "--failed-csv", str(fix)
    )
    assert shown.returncode == 0, shown.stderr
    assert "Came back: 3 hard bounces (not mailed again), 0 soft bounces" in shown.stdout
    assert "row 2 bo@local.test: hard bounce (" in shown.stdout
    rows = {r.values["name"]: r.values for r in CsvSource(fix).rows()}
    assert sorted(rows) == ["ann", "bo", "dee"]
    assert {r["status"] for r in rows.values()} == {"bounced"}
    assert "Recipient address rejected" in rows["ann"]["reason"]

    # The next merge to the same list leaves the bounced addresses out.
    second = tmp_path / "second.eml"
    second.write_text(LETTER.format(subject="두 번째 소식"), encoding="utf-8")
    before = len(postfix.remote.messages)
    again = composer(composer_home, "merge", str(data), str(second), "--server", server, "--yes")
    assert again.returncode == 0, again.stderr
    assert "3 suppressed" in again.stderr + again.stdout
    assert relayed(postfix.remote, before, 2) == ["cy@rcpt.test", "eve@rcpt.test"]
    with MergeLedger(composer_home / "data" / "merges" / "ledger.sqlite") as ledger:
        newest = ledger.merges()[0]
        assert newest.id != merge.id
        assert newest.counts["sent"] == 2  # the other three were never handed to Postfix
