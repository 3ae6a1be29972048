"""Delivery-status notifications as each provider lays them out, read by
:func:`composer.merge.bounces.dsn.read_bounce` (real Postfix DSNs are in
test_postfix_bounces.py; these are written from the providers' documented formats).

- Microsoft 365 / Exchange Online NDRs: a multipart/alternative human part (text and HTML),
  lower-case field names (``Final-recipient``, ``Diagnostic-code``), enhanced codes with two
  digits (5.1.10 RESOLVER.ADR.RecipientNotFound), ``X-Display-Name``, the original attached
  as message/rfc822.
- Gmail: a "delayed" notice (Action: delayed, 4.x) and a failure with the original's
  headers only (text/rfc822-headers) and a folded Message-ID.
- Exim 4 (current): multipart/report with an ``X-Exim-Diagnostic`` and a
  text/rfc822-headers part; its older plain-text form is read from its words.
"""

from __future__ import annotations

import os

import damaged_messages as damaged
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from composer.merge.bounces.dsn import read_bounce, read_unsubscribe


def test_microsoft_365_ndr() -> None:
    raw = (
        b"From: postmaster@contoso.onmicrosoft.com\r\n"
        b"To: club@sender.test\r\n"
        b"Subject: Undeliverable: Newsletter\r\n"
        b"Content-Language: en-US\r\n"
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/report; report-type=delivery-status; boundary="ndr"\r\n\r\n'
        b"--ndr\r\n"
        b'Content-Type: multipart/alternative; boundary="alt"\r\n\r\n'
        b"--alt\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        b"Your message to kim@contoso.com couldn't be delivered.\r\n"
        b"--alt\r\nContent-Type: text/html; charset=us-ascii\r\n\r\n"
        b"<p>Your message to kim@contoso.com couldn't be delivered.</p>\r\n"
        b"--alt--\r\n\r\n"
        b"--ndr\r\n"
        b"Content-Type: message/delivery-status\r\n\r\n"
        b"Reporting-MTA: dns;AM0PR01MB1234.eurprd01.prod.exchangelabs.com\r\n"
        b"Received-From-MTA: dns;mx.sender.test\r\n"
        b"Arrival-Date: Fri, 4 Dec 2026 10:00:00 +0000\r\n\r\n"
        b"Final-recipient: rfc822;kim@contoso.com\r\n"
        b"Action: failed\r\n"
        b"Status: 5.1.10\r\n"
        b"Diagnostic-code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not "
        b"found by SMTP address lookup\r\n"
        b"X-Display-Name: Kim\r\n\r\n"
        b"--ndr\r\n"
        b"Content-Type: message/rfc822\r\n\r\n"
        b"From: Club <club@sender.test>\r\nTo: Kim <kim@contoso.com>\r\n"
        b"Subject: Newsletter\r\nMessage-ID: <m365.1@sender.test>\r\n\r\nHello\r\n\r\n"
        b"--ndr--\r\n"
    )
    (bounce,) = read_bounce(raw)
    assert bounce.message_id == "<m365.1@sender.test>"
    assert bounce.recipient == "kim@contoso.com"
    assert bounce.hard
    assert bounce.status == "5.1.10"
    assert "RESOLVER.ADR.RecipientNotFound" in bounce.reason
    assert read_unsubscribe(raw) is None  # "Undeliverable" is not a request


def test_gmail_delay_is_soft_and_failure_with_headers_only_is_hard() -> None:
    def gmail(action: str, status: str, diagnostic: str) -> bytes:
        return (
            "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
            "To: club@sender.test\n"
            "Subject: Delivery Status Notification (Delay)\n"
            "MIME-Version: 1.0\n"
            'Content-Type: multipart/report; boundary="g"; report-type=delivery-status\n\n'
            "--g\nContent-Type: text/plain; charset=UTF-8\n\n** Message not delivered **\n\n"
            "--g\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; googlemail.com\n"
            "Arrival-Date: Fri, 04 Dec 2026 01:02:03 -0800 (PST)\n"
            "X-Original-Message-ID: <g.1@sender.test>\n\n"
            "Final-Recipient: rfc822; lee@example.co.kr\n"
            f"Action: {action}\nStatus: {status}\n"
            "Remote-MTA: dns; mx.example.co.kr. (192.0.2.1, the server for the domain.)\n"
            f"Diagnostic-Code: smtp; {diagnostic}\n"
            "Last-Attempt-Date: Fri, 04 Dec 2026 05:06:07 -0800 (PST)\n\n"
            "--g\nContent-Type: text/rfc822-headers\n\n"
            "From: Club <club@sender.test>\nTo: lee@example.co.kr\n"
            "Message-ID:\n <g.1@sender.test>\nSubject: Newsletter\n\n"
            "--g--\n"
        ).encode()

    (delayed,) = read_bounce(gmail("delayed", "4.4.1", "421 4.4.1 Connection timed out"))
    assert not delayed.hard
    assert delayed.message_id == "<g.1@sender.test>"
    assert delayed.recipient == "lee@example.co.kr"
    (failed,) = read_bounce(
        gmail("failed", "5.2.2", "552-5.2.2 The recipient's inbox is out of storage space.")
    )
    assert failed.hard
    assert failed.status == "5.2.2"
    assert "out of storage space" in failed.reason


def test_exim_multipart_report() -> None:
    raw = (
        b"From: Mail Delivery System <Mailer-Daemon@mx.exim.test>\n"
        b"To: club@sender.test\n"
        b"Subject: Mail delivery failed: returning message to sender\n"
        b"Auto-Submitted: auto-replied\n"
        b"MIME-Version: 1.0\n"
        b'Content-Type: multipart/report; report-type=delivery-status; boundary="1733-eximdsn"\n\n'
        b"--1733-eximdsn\nContent-type: text/plain; charset=us-ascii\n\n"
        b"This message was created automatically by mail delivery software.\n\n"
        b"A message that you sent could not be delivered to one or more of its\n"
        b"recipients. This is a permanent error. The following address(es) failed:\n\n"
        b"  park@exim.test\n    host mx.exim.test [192.0.2.7]\n"
        b"    SMTP error from remote mail server after RCPT TO:<park@exim.test>:\n"
        b"    550 5.1.1 <park@exim.test>: Recipient address rejected\n\n"
        b"--1733-eximdsn\nContent-type: message/delivery-status\n\n"
        b"Reporting-MTA: dns; mx.exim.test\n\n"
        b"Action: failed\nFinal-Recipient: rfc822;park@exim.test\nStatus: 5.0.0\n"
        b"Remote-MTA: dns; mx.exim.test\n"
        b"Diagnostic-Code: smtp; 550 5.1.1 <park@exim.test>: Recipient address rejected\n"
        b"X-Exim-Diagnostic: X-str; [hidden]\n\n"
        b"--1733-eximdsn\nContent-type: text/rfc822-headers\n\n"
        b"Message-Id: <exim.1@sender.test>\nFrom: club@sender.test\nSubject: Newsletter\n\n"
        b"--1733-eximdsn--\n"
    )
    (bounce,) = read_bounce(raw)
    assert (bounce.message_id, bounce.recipient, bounce.hard) == (
        "<exim.1@sender.test>", "park@exim.test", True,
    )  # fmt: skip
    assert "Recipient address rejected" in bounce.reason


def test_a_reply_is_neither_a_bounce_nor_a_request() -> None:
    raw = (
        "From: Fay <fay@rcpt.test>\nTo: club@sender.test\nSubject: Re: 소식\n"
        "In-Reply-To: <x@sender.test>\n\nThanks! I will not unsubscribe.\n"
    ).encode()
    assert read_bounce(raw) == []
    assert read_unsubscribe(raw) is None


BAD_CHARSET_DSN = (
    b"From: MAILER-DAEMON@mx.sender.test\nSubject: Undelivered Mail Returned to Sender\n"
    b'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\n\n'
    b"--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx\n\n"
    b"Final-Recipient: rfc822; kim@rcpt.test\nAction: failed\nStatus: 5.1.1\n\n"
    b"--B\nContent-Type: text/rfc822-headers; charset=x-no-such-charset\n\n"
    b"Message-ID: <bad.1@sender.test>\n--B--\n"
)


@pytest.mark.parametrize(
    "raw",
    [
        damaged.TRUNCATED,
        damaged.BAD_CHARSET,
        damaged.BROKEN_BASE64,
        damaged.BAD_ADDRESS_HEADER,
        b'From: "x" <\nSubject: unsubscribe\nContent-Type: text/plain; charset=x-nope\n\n\xff\n',
    ],
)
def test_damaged_messages_are_read_without_an_error(raw: bytes) -> None:
    assert read_bounce(raw) == []
    read_unsubscribe(raw)  # a request or not: never an exception


def test_a_dsn_in_an_unknown_charset_still_names_its_message() -> None:
    (bounce,) = read_bounce(BAD_CHARSET_DSN)
    assert (bounce.message_id, bounce.recipient, bounce.hard) == (
        "<bad.1@sender.test>", "kim@rcpt.test", True,
    )  # fmt: skip


_FIELDS = [
    b'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
    b"Content-Type: message/delivery-status",
    b"Content-Type: text/rfc822-headers; charset=",
    b"Content-Type: message/rfc822",
    b"Content-Type: text/plain; charset=",
    b"Content-Transfer-Encoding: base64",
    b"Content-Transfer-Encoding: quoted-printable",
    b"From: Mail Delivery System <MAILER-DAEMON@x.test>",
    b'From: "',
    b"Reply-To: <",
    b"Subject: Undelivered Mail Returned to Sender",
    b"Subject: =?utf-8?b?7IiY7Iug6rGw67aA?=",
    b"Subject: unsubscribe",
    b"In-Reply-To: <",
    b"Message-ID: <",
    b"Final-Recipient: rfc822;",
    b"Original-Recipient: rfc822;",
    b"Action: failed",
    b"Action: delayed",
    b"Status: 5.1.1",
    b"Status: 4.",
    b"Diagnostic-Code: smtp; 550",
    b"--B",
    b"--B--",
    b"",
]


@settings(
    max_examples=int(os.environ.get("DSN_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    st.lists(
        st.tuples(st.sampled_from(_FIELDS), st.binary(max_size=12)),
        max_size=30,
    )
)
# Found by this test: a charset name with a NUL, and one that is no text encoding.
# DSN_EXAMPLES=20000 explores further (20,000 pass).
@example([(b"Content-Type: text/plain; charset=", b"\x00"), (b"", b"\n\nunsubscribe")])
@example([(b"Content-Type: text/plain; charset=", b"base64"), (b"", b"\n\nunsubscribe")])
def test_any_mix_of_report_parts_is_read_without_an_error(
    parts: list[tuple[bytes, bytes]],
) -> None:
    """Whatever lands in the inbox (anyone can send it), reading it never raises: it is a
    bounce, a request, or neither."""
    raw = b"\n".join(field + tail for field, tail in parts)
    for bounce in read_bounce(raw):
        assert isinstance(bounce.hard, bool)
    read_unsubscribe(raw)
