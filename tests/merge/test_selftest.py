"""Send a test to myself and check, end to end: aiosmtpd accepts the test and, as a
receiving MTA would, delivers it into a real Dovecot inbox with an Authentication-Results
header on top; Composer finds it by its Message-ID over IMAP and says in words how the
server judged SPF, DKIM and DMARC. Also: no IMAP (how to check by hand), a test that does
not arrive within the wait, the CLI (composer preflight --test-to-self), and the
Authentication-Results parser (RFC 8601) on real-world shapes and arbitrary text."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from merge_helpers import write_csv
from smtpserver import SMTPTestServer

from composer.errors import Cancelled, CancelToken
from composer.mail import get_connection
from composer.merge import MergeLedger, MergeOptions, MergePlan, MergeTemplate
from composer.merge.authresults import judge, parse_authentication_results, verdict_words
from composer.merge.data.opening import open_data
from composer.merge.selftest import find_message, run_self_test
from composer.profiles.model import BackendKind, Identity, Profile
from composer.profiles.parts import ImapSettings, Security, SmtpSettings
from composer.sending.account import SignIn

ROOT = Path(__file__).resolve().parents[2]

TEMPLATE = MergeTemplate(
    subject="Newsletter for {{ name }}",
    text="Hello {{ name }}",
    to="{{ name }} <{{ email }}>",
    from_email="Club <club@sender.test>",
)

RECEIVER = (
    b"Authentication-Results: mx.imap.test;\r\n"
    b"\tspf=pass (mx.imap.test: domain of club@sender.test designates 127.0.0.1 as "
    b"permitted sender) smtp.mailfrom=club@sender.test;\r\n"
    b"\tdkim=none (message not signed);\r\n"
    b"\tdmarc=fail (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=sender.test\r\n"
    # An earlier hop's word (or the sender's own forgery): never the receiver's.
    b"Authentication-Results: relay.sender.test; dkim=pass header.d=sender.test;"
    b" dmarc=pass\r\n"
)


def profile(address: str, imap_port: int | None, cafile: str) -> Profile:
    return Profile(
        "Club",
        backend=BackendKind.SMTP,
        smtp=SmtpSettings(host="127.0.0.1", cafile=cafile),
        identity=Identity(from_name="Club", from_address=address),
        imap=ImapSettings(host="127.0.0.1", port=imap_port, security=Security.SSL,
                          username=address)
        if imap_port else ImapSettings(),
    )  # fmt: skip


@pytest.fixture
def server() -> Iterator[SMTPTestServer]:
    with SMTPTestServer() as srv:
        yield srv


def deliver_as_receiver(server: SMTPTestServer, dovecot: Any, user: str) -> None:
    """Every message aiosmtpd accepts also lands in *user*'s Dovecot inbox, judged."""

    def data_reply(envelope: Any) -> None:
        raw = envelope.original_content or b""
        dovecot.deliver(user, RECEIVER + raw)
        return None

    server.data_reply = data_reply


def plan_and_row(tmp_path: Path, ledger: MergeLedger) -> tuple[MergePlan, Any]:
    data = write_csv(tmp_path / "list.csv", ["name", "email"],
                     [["Ann", "ann@rcpt.test"], ["Bo", "bo@rcpt.test"]])  # fmt: skip
    plan = MergePlan(open_data(data), TEMPLATE, ledger, MergeOptions())
    row = next(r for r in plan.source.rows() if r.number == 2)
    return plan, row


def factory(server: SMTPTestServer) -> Callable[[], Any]:
    return lambda: get_connection(
        "composer.mail.backends.smtp.EmailBackend", host=server.host, port=server.port
    )


def test_the_test_is_read_back_and_judged_in_words(
    tmp_path: Path, server: SMTPTestServer, dovecot: Any, imap_user: tuple[str, str], pki: Any
) -> None:
    address, password = imap_user
    deliver_as_receiver(server, dovecot, address)
    with MergeLedger() as ledger:
        plan, row = plan_and_row(tmp_path, ledger)
        report = run_self_test(
            plan, row, profile(address, dovecot.imaps_port, str(pki.ca_file)), factory(server),
            lambda: SignIn(password=password), wait=20, poll=0.2,
        )  # fmt: skip
        assert ledger.merges() == []  # a test is never a merge
    (sent,) = server.messages
    assert sent.rcpt_tos == [address]  # to oneself only, never to the row's recipient
    assert b"Subject: [Test] Newsletter for Bo" in sent.data
    assert report.state == "judged"
    assert not report.passed
    assert report.words == (
        "Your receiving server (mx.imap.test) judged: SPF pass (the server Composer sent "
        "through may send for your domain), DKIM none (the message is not signed: ask your "
        "mail provider to sign mail for your domain with DKIM), DMARC fail (neither SPF nor "
        "DKIM passed for the domain in your From address: receivers that follow your policy "
        "reject this mail or file it as spam)."
    )
    # Read-only: the test is left unread in the user's inbox.
    assert all("S" not in m.flags for m in dovecot.messages(address))


def test_a_test_that_does_not_arrive_is_said_so(
    tmp_path: Path, server: SMTPTestServer, dovecot: Any, imap_user: tuple[str, str], pki: Any
) -> None:
    address, password = imap_user  # nothing delivers into this inbox
    with MergeLedger() as ledger:
        plan, row = plan_and_row(tmp_path, ledger)
        report = run_self_test(
            plan, row, profile(address, dovecot.imaps_port, str(pki.ca_file)), factory(server),
            lambda: SignIn(password=password), wait=0.6, poll=0.2,
        )  # fmt: skip
    assert report.state == "not_arrived"
    assert report.verdict is None
    assert "was not in the inbox within 1 seconds" in report.words
    assert "spam folder" in report.words
    assert len(server.messages) == 1


def test_waiting_for_the_test_stops_when_cancelled(
    server: SMTPTestServer, dovecot: Any, imap_user: tuple[str, str], pki: Any
) -> None:
    from composer.merge.bounces.scan import imap_login

    address, password = imap_user
    conn = imap_login(profile(address, dovecot.imaps_port, str(pki.ca_file)),
                      SignIn(password=password))  # fmt: skip
    token = CancelToken()
    token.cancel()
    try:
        with pytest.raises(Cancelled):
            find_message(conn, "<never@sender.test>", wait=600, poll=300, token=token)
    finally:
        conn.logout()


def test_without_imap_it_says_how_to_check_by_hand(
    tmp_path: Path, server: SMTPTestServer, pki: Any
) -> None:
    with MergeLedger() as ledger:
        plan, row = plan_and_row(tmp_path, ledger)
        report = run_self_test(
            plan, row, profile("me@sender.test", None, str(pki.ca_file)), factory(server),
            lambda: SignIn(), wait=5,
        )  # fmt: skip
    assert report.state == "no_imap"
    assert server.messages[0].rcpt_tos == ["me@sender.test"]
    assert "the profile has no IMAP server" in report.words
    assert "Authentication-Results line" in report.words
    assert "Show original" in report.words


def test_composer_preflight_test_to_self(
    tmp_path: Path, composer_home: Path, make_smtp_server: Any, dovecot: Any,
    imap_user: tuple[str, str], pki: Any,
) -> None:  # fmt: skip
    address, password = imap_user
    smtp = make_smtp_server(auth=imap_user)
    deliver_as_receiver(smtp, dovecot, address)
    env = dict(os.environ, COMPOSER_HOME=str(composer_home), PYTHONPATH=str(ROOT))

    def composer(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "composer", *args],
            env=env, capture_output=True, text=True, timeout=120, check=False, input=stdin,
        )  # fmt: skip

    added = composer(
        "profiles", "add", "Club", "--host", "127.0.0.1", "--port", str(smtp.port),
        "--security", "none", "--username", address, "--password-stdin",
        "--from-address", address, "--cafile", str(pki.ca_file), "--imap-host", "127.0.0.1",
        "--imap-port", str(dovecot.imaps_port), "--imap-security", "ssl",
        stdin=password + "\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    data = write_csv(tmp_path / "list.csv", ["name", "email"],
                     [["Ann", "ann@rcpt.test"], ["Bo", "bo@rcpt.test"]])  # fmt: skip
    template = tmp_path / "letter.eml"
    template.write_text(
        "To: {{ name }} <{{ email }}>\nSubject: Newsletter for {{ name }}\n\nHello {{ name }}\n",
        encoding="utf-8",
    )
    run = composer("preflight", "--test-to-self", "--profile", "Club",
                   "--merge", str(data), str(template), "--row", "2", "--wait", "20")  # fmt: skip
    assert run.returncode == 1, run.stdout + run.stderr  # DMARC failed
    assert f"Sending row 2 to {address} through 127.0.0.1" in run.stdout
    assert "judged: SPF pass" in run.stdout
    assert "DKIM none (the message is not signed" in run.stdout
    assert "DMARC fail" in run.stdout
    assert password not in run.stdout + run.stderr
    received = smtp.messages[-1]
    assert received.rcpt_tos == [address]
    assert b"Subject: [Test] Newsletter for Bo" in received.data

    plain = composer(
        "profiles", "add", "NoImap", "--host", "127.0.0.1", "--port", str(smtp.port),
        "--security", "none", "--from-address", "me@sender.test",
    )  # fmt: skip
    assert plain.returncode == 0, plain.stderr
    by_hand = composer("preflight", "--test-to-self", "--profile", "NoImap",
                       "--merge", str(data), str(template))  # fmt: skip
    assert by_hand.returncode == 3, by_hand.stdout + by_hand.stderr
    assert "the profile has no IMAP server" in by_hand.stdout
    assert smtp.messages[-1].rcpt_tos == ["me@sender.test"]

    missing = composer("preflight", "--test-to-self", "--profile", "Club")
    assert missing.returncode == 2
    assert "--test-to-self needs the merge" in missing.stderr
    no_row = composer("preflight", "--test-to-self", "--profile", "Club",
                      "--merge", str(data), str(template), "--row", "9")  # fmt: skip
    assert no_row.returncode == 2
    assert "The data file has no row 9." in no_row.stderr


# -- the parser ------------------------------------------------------------------------------


def test_real_world_shapes_are_read() -> None:
    gmail = (
        "mx.google.com;\r\n       dkim=pass header.i=@club.test header.s=s1 "
        "header.b=AbCdEf;\r\n       spf=pass (google.com: domain of club@club.test "
        "designates 192.0.2.1 as permitted sender) smtp.mailfrom=club@club.test;\r\n"
        "       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=club.test"
    )
    m365 = (
        "spf=softfail (sender IP is 192.0.2.9) smtp.mailfrom=club.test; dkim=fail "
        "(signature did not verify) header.d=club.test;dmarc=fail action=quarantine "
        "header.from=club.test;compauth=fail reason=001"
    )
    verdict = judge([gmail])
    assert verdict is not None
    assert verdict.authserv_id == "mx.google.com"
    assert {m: r.result for m, r in verdict.results.items() if r} == {
        "spf": "pass", "dkim": "pass", "dmarc": "pass"
    }  # fmt: skip
    assert "the message is signed by" in verdict_words(verdict)
    # Microsoft 365 leaves out the authserv-id: the first word is then taken for it, and
    # the results after it are still read.
    parsed = parse_authentication_results(m365)
    assert parsed is not None
    assert [(r.method, r.result) for r in parsed.results] == [
        ("dkim", "fail"), ("dmarc", "fail"), ("compauth", "fail")
    ]  # fmt: skip
    quoted = parse_authentication_results(
        'example.net 1; dkim/1 = pass (good (nested) comment) reason="a \\"quoted\\" why" '
        "header . d = club.test; none"
    )
    assert quoted is not None
    (dkim,) = quoted.results
    assert (dkim.method, dkim.result, dkim.reason) == ("dkim", "pass", 'a "quoted" why')
    assert dkim.properties == {"header.d": "club.test"}
    assert judge([]) is None
    assert "added no Authentication-Results header" in verdict_words(None)
    # Several DKIM signatures: the one that verifies counts.
    two = judge(["mx.test; dkim=fail header.d=old.test; dkim=pass header.d=club.test"])
    assert two is not None
    dkim_result = two.results["dkim"]
    assert dkim_result is not None
    assert dkim_result.properties["header.d"] == "club.test"


@given(st.text(max_size=200))
def test_the_parser_takes_any_text_without_failing(text: str) -> None:
    parsed = parse_authentication_results(text)
    verdict_words(judge([text]))
    if parsed is not None:
        for result in parsed.results:
            assert result.method
            assert result.result
