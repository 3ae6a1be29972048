"""What a server's refusal means for a merge, decided from real replies.

The replies are as providers send them (Gmail, Outlook.com / Exchange Online, Naver, Postfix,
greylisting): the kind of failure decides whether the row is retried, the connection is
opened again, the row fails and the run goes on, the run pauses for the day, or stops. The
words shown to the user are another module's concern; only the kind is checked here.
"""

from __future__ import annotations

import smtplib
import socket
import ssl

import pytest

from composer.merge.sending.failures import after_end_of_data, classify

# (the step the server answered, code, reply text, the kind it means)
REPLIES: list[tuple[str, int, str, str]] = [
    # 421: the server is closing the connection: open a new one, retry the row.
    ("greeting", 421, "4.7.0 Try again later, closing connection. (EHLO)", "reconnect"),  # Gmail
    (
        "data",
        421,
        "4.7.28 Our system has detected an unusual rate of unsolicited mail originating from "
        "your IP address. To protect our users from spam, mail sent from your IP address has "
        "been temporarily rate limited.",
        "reconnect",
    ),  # Gmail
    ("mail", 421, "4.3.1 You send too many messages.", "reconnect"),  # Naver
    (
        "rcpt",
        421,
        "4.4.2 Message submission rate for this client has exceeded the configured limit",
        "reconnect",
    ),  # Exchange
    # 450, 451, 452 and the 4.7.x rate limits: retry the row after a while.
    (
        "rcpt",
        450,
        "4.2.1 The user you are trying to contact is receiving mail at a rate that prevents "
        "additional messages from being delivered.",
        "temporary",
    ),  # Gmail
    (
        "mail",
        450,
        "4.1.8 <office@nowhere.example>: Sender address rejected: Domain not found",
        "temporary",
    ),  # Postfix
    ("data", 451, "4.3.0 Mail server temporarily rejected message.", "temporary"),  # Gmail
    ("rcpt", 451, "4.7.1 Greylisting in action, please come back later", "temporary"),
    ("data", 451, "4.7.500 Server busy. Please try again later.", "temporary"),  # Exchange
    (
        "rcpt",
        452,
        "4.2.2 The email account that you tried to reach is over quota. Please direct the "
        "recipient to https://support.google.com/mail/?p=OverQuotaTemp",
        "temporary",
    ),  # Gmail: the recipient's mailbox is full, not the sender's day
    ("rcpt", 452, "4.5.3 Your message has too many recipients.", "temporary"),  # Gmail
    # 5.7.x: a login refused or missing stops the run; a policy refusal fails the row.
    (
        "auth",
        535,
        "5.7.8 Username and Password not accepted. For more information, go to "
        "https://support.google.com/mail/?p=BadCredentials",
        "fatal",
    ),  # Gmail
    (
        "auth",
        535,
        "5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.",
        "fatal",
    ),  # Exchange Online
    ("mail", 530, "5.7.0 Authentication Required.", "fatal"),  # Gmail
    (
        "mail",
        550,
        "5.7.60 SMTP; Client does not have permissions to send as this sender",
        "fatal",
    ),  # Exchange Online
    (
        "data",
        550,
        "5.7.26 This mail is unauthenticated, which poses a security risk to the sender and "
        "Gmail users, and has been blocked.",
        "permanent",
    ),  # Gmail
    ("rcpt", 554, "5.7.1 <kim@example.com>: Relay access denied", "permanent"),  # Postfix
    # 550 5.1.1: no such recipient.
    (
        "rcpt",
        550,
        "5.1.1 The email account that you tried to reach does not exist. Please try "
        "double-checking the recipient's email address for typos or unnecessary spaces.",
        "permanent",
    ),  # Gmail
    (
        "rcpt",
        550,
        "5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in virtual "
        "mailbox table",
        "permanent",
    ),  # Postfix
    # 552: too big, or the recipient's mailbox is full for good.
    ("rcpt", 552, "5.2.2 The email account that you tried to reach is over quota.", "permanent"),
    ("data", 552, "5.3.4 Message size exceeds fixed maximum message size", "permanent"),
    ("data", 552, "5.3.4 Error: message file too big", "permanent"),  # Naver
    # 554: the transaction failed.
    ("data", 554, "5.7.1 Message rejected: Email address is not verified.", "permanent"),
    ("data", 554, "Transaction failed", "permanent"),
    # The sender's daily limit, whatever the code: pause until tomorrow.
    (
        "data",
        550,
        "5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits "
        "go to https://support.google.com/a/answer/166852",
        "daily_limit",
    ),  # Gmail
    ("mail", 550, "5.4.5 Daily sending quota exceeded.", "daily_limit"),  # Gmail
    (
        "rcpt",
        550,
        "5.4.5 Daily SMTP relay limit exceeded for user. For more information on SMTP relay "
        "sending limits please contact your administrator.",
        "daily_limit",
    ),  # Google Workspace relay
    (
        "data",
        554,
        "5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to "
        "process message due to a permanent exception with message Cannot submit message.",
        "daily_limit",
    ),  # Outlook.com / Exchange Online: the recipients-per-day limit
    (
        "data",
        550,
        "5.7.233 Your message can't be sent because your tenant has exceeded its daily limit "
        "for sending email to external recipients (tenant external recipient rate limit).",
        "daily_limit",
    ),  # Exchange Online
    (
        "rcpt",
        550,
        "5.7.1 <kim@example.com>... Error.your access was denied. Since you sent too many "
        "e-mails,you are not allowed to send more e-mails within 24 hours.After 24 hours,you "
        "can send e-mails as usual.",
        "daily_limit",
    ),  # Naver
]


def tls_error() -> ssl.SSLError:
    """The error a TLS handshake with a server that answers in plain text really raises."""
    context = ssl.create_default_context()
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    tls = context.wrap_bio(incoming, outgoing, server_hostname="smtp.example.com")
    incoming.write(b"220 smtp.example.com ESMTP ready\r\n")
    with pytest.raises(ssl.SSLError) as raised:
        tls.do_handshake()
    return raised.value


def refusal(step: str, code: int, text: str) -> smtplib.SMTPException:
    """The exception smtplib raises for this reply at this step of the session."""
    reply = text.encode()
    if step == "greeting":
        return smtplib.SMTPConnectError(code, reply)
    if step == "auth":
        return smtplib.SMTPAuthenticationError(code, reply)
    if step == "mail":
        return smtplib.SMTPSenderRefused(code, reply, "office@school.example")
    if step == "rcpt":
        return smtplib.SMTPRecipientsRefused({"kim@example.com": (code, reply)})
    assert step == "data"
    return smtplib.SMTPDataError(code, reply)


@pytest.mark.parametrize(
    ("step", "code", "text", "kind"), REPLIES, ids=[f"{r[0]}-{r[1]}-{r[2][:24]}" for r in REPLIES]
)
def test_a_server_reply_means(step: str, code: int, text: str, kind: str) -> None:
    failure = classify(refusal(step, code, text), "smtp.example.com")
    assert failure.kind == kind
    assert failure.code == code
    assert text in failure.detail  # the server's own words are kept for the details
    if kind in ("fatal", "daily_limit"):
        assert failure.message  # the run stops or pauses with a sentence for the user


def test_of_several_refused_recipients_the_gravest_decides() -> None:
    refused = smtplib.SMTPRecipientsRefused(
        {
            "a@example.com": (550, b"5.1.1 No such user"),
            "b@example.com": (450, b"4.2.1 Try again later"),
        }
    )
    assert classify(refused).kind == "temporary"  # one of them may still get it
    refused.recipients["c@example.com"] = (550, b"5.4.5 Daily sending quota exceeded.")
    assert classify(refused).kind == "daily_limit"


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (smtplib.SMTPServerDisconnected("Connection unexpectedly closed"), "reconnect"),
        (smtplib.SMTPServerDisconnected("Connection unexpectedly closed: timed out"), "reconnect"),
        (ConnectionResetError(104, "Connection reset by peer"), "reconnect"),
        (TimeoutError("timed out"), "reconnect"),
        (ConnectionRefusedError(111, "Connection refused"), "fatal"),
        (socket.gaierror(-2, "Name or service not known"), "fatal"),
        (tls_error(), "fatal"),
        (smtplib.SMTPNotSupportedError("STARTTLS extension not supported by server."), "fatal"),
        (ValueError("Invalid address; only kim could be parsed"), "permanent"),
    ],
    ids=lambda v: type(v).__name__ if isinstance(v, BaseException) else str(v),
)
def test_a_failure_without_a_reply_means(error: BaseException, kind: str) -> None:
    assert classify(error).kind == kind


def test_after_the_end_of_data_only_the_servers_reply_settles_the_row() -> None:
    dropped = smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
    in_doubt = after_end_of_data(dropped, classify(dropped))
    assert (in_doubt.kind, in_doubt.stops_run) == ("unknown", False)
    broken_tls = tls_error()
    assert after_end_of_data(broken_tls, classify(broken_tls)).stops_run  # would hit every row
    refused = smtplib.SMTPDataError(554, b"Transaction failed")
    settled = after_end_of_data(refused, classify(refused))
    assert settled == classify(refused)
    assert (settled.kind, settled.code, settled.detail) == ("permanent", 554, "Transaction failed")
