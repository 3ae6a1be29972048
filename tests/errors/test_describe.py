"""describe(): a table of failures and the words each gets, without a network.

The real failures (from real servers) are in tests/ui/test_same_failure_same_words.py; here
every branch of the table is pinned, with the server's own words kept in the sentence.
"""

from __future__ import annotations

import errno
import pickle
import smtplib
import socket
import ssl
from pathlib import Path

import keyring.errors
import pytest

from composer.errors import Cancelled, ComposerError, UserMessage
from composer.errors.describe import ServerInfo, describe
from composer.mail.errors import PlaintextAuthError, SMTPUTF8RequiredError
from composer.merge import LedgerBusy
from composer.merge.record.ledgerfile import LedgerDamaged
from composer.profiles.credentials import KeyringIsLocked
from composer.profiles.model import PasswordNeeded, ProfileError
from composer.profiles.providers import Provider, provider_info
from composer.profiles.store import ProfileFileError

RELAY = ServerInfo("mail.example.com", 587, "starttls", "kim@example.com", 20)


def disconnected_by_timeout() -> smtplib.SMTPServerDisconnected:
    """What smtplib raises when a read times out: a disconnect, the timeout its context."""
    try:
        try:
            raise TimeoutError("timed out")
        except TimeoutError as exc:
            raise smtplib.SMTPServerDisconnected(f"Connection unexpectedly closed: {exc}")  # noqa: B904
    except smtplib.SMTPServerDisconnected as exc:
        return exc


def certificate_error(code: int, message: str) -> ssl.SSLCertVerificationError:
    exc = ssl.SSLCertVerificationError(1, f"[SSL: CERTIFICATE_VERIFY_FAILED] {message}")
    exc.verify_code = code
    exc.verify_message = message
    return exc


def tls_error(reason: str) -> ssl.SSLError:
    exc = ssl.SSLError(1, f"[SSL: {reason}] {reason.lower()}")
    exc.reason = reason
    return exc


@pytest.mark.parametrize(
    ("exc", "server", "what", "todo"),
    [
        (
            smtplib.SMTPAuthenticationError(535, b"5.7.8 Bad credentials"),
            RELAY,
            "The server refused the user name or password for kim@example.com "
            "(535 5.7.8 Bad credentials).",
            "app password",
        ),
        (
            smtplib.SMTPSenderRefused(530, b"5.7.0 Authentication required", "kim@example.com"),
            RELAY,
            "mail.example.com port 587 requires a login it did not get "
            "(530 5.7.0 Authentication required).",
            "Check the user name and password of the sending profile.",
        ),
        (
            smtplib.SMTPRecipientsRefused({"nobody@example.com": (550, b"5.1.1 No such user")}),
            RELAY,
            "The server refused every recipient: nobody@example.com (550 5.1.1 No such user).",
            "typos",
        ),
        (
            smtplib.SMTPSenderRefused(553, b"5.7.1 Not yours", "kim@example.com"),
            RELAY,
            "The server refused the sender kim@example.com (553 5.7.1 Not yours).",
            "From address",
        ),
        (
            smtplib.SMTPSenderRefused(552, b"5.3.4 Message size exceeds limit", "kim@example.com"),
            RELAY,
            "The server refused the message as too large (552 5.3.4 Message size exceeds limit).",
            "share large files by link",
        ),
        (
            smtplib.SMTPDataError(552, b"5.3.4 Too much mail data"),
            RELAY,
            "The server refused the message as too large (552 5.3.4 Too much mail data).",
            "share large files by link",
        ),
        (
            smtplib.SMTPDataError(554, b"5.7.1 Spam"),
            RELAY,
            "The server refused the message (554 5.7.1 Spam).",
            "administrator",
        ),
        (
            PlaintextAuthError("refused"),
            RELAY,
            "Composer will not send your password to mail.example.com without encryption.",
            "STARTTLS or SSL/TLS",
        ),
        (
            smtplib.SMTPNotSupportedError("STARTTLS extension not supported by server."),
            RELAY,
            "mail.example.com does not offer STARTTLS, so the connection cannot be encrypted.",
            "SSL/TLS",
        ),
        (
            smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server."),
            RELAY,
            "mail.example.com does not offer to log in (no AUTH), so the user name and "
            "password cannot be used.",
            "Leave the user name empty",
        ),
        (
            SMTPUTF8RequiredError("김@example.com", "mail.example.com"),
            RELAY,
            "The address 김@example.com has letters beyond English before the @, and "
            "mail.example.com cannot take such addresses (no SMTPUTF8).",
            "English letters only",
        ),
        (
            certificate_error(62, "Hostname mismatch"),
            RELAY,
            "The server's certificate is not valid for the name mail.example.com.",
            "issued for",
        ),
        (
            certificate_error(10, "certificate has expired"),
            RELAY,
            "The certificate of mail.example.com has expired.",
            "clock",
        ),
        (
            certificate_error(19, "self-signed certificate in certificate chain"),
            RELAY,
            "The certificate of mail.example.com is not signed by an authority this computer "
            "trusts (self-signed certificate in certificate chain).",
            "Private CA",
        ),
        (
            tls_error("WRONG_VERSION_NUMBER"),
            RELAY,
            "mail.example.com port 587 does not speak SSL/TLS from the start.",
            "Choose STARTTLS",
        ),
        (
            socket.gaierror(-2, "Name or service not known"),
            RELAY,
            "The server name mail.example.com could not be found.",
            "spelling",
        ),
        (
            ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused"),
            RELAY,
            "Nothing accepted the connection at mail.example.com port 587 (connection refused).",
            "587 for STARTTLS",
        ),
        (
            TimeoutError("timed out"),
            RELAY,
            "mail.example.com port 587 did not answer within 20 seconds.",
            "firewall",
        ),
        (
            disconnected_by_timeout(),
            RELAY,
            "mail.example.com port 587 stopped answering.",
            "raise the timeout",
        ),
        (
            disconnected_by_timeout(),
            ServerInfo("mail.example.com", 465, "starttls"),
            "mail.example.com port 465 did not greet Composer; port 465 normally expects SSL/TLS.",
            "Choose SSL/TLS for port 465",
        ),
        (
            smtplib.SMTPServerDisconnected("Connection unexpectedly closed"),
            RELAY,
            "mail.example.com port 587 closed the connection unexpectedly.",
            "kind of encryption",
        ),
        (
            FileNotFoundError(errno.ENOENT, "No such file or directory", "/tmp/gone.pdf"),
            None,
            "The attachment /tmp/gone.pdf could not be read (No such file or directory).",
            "Attach the file again",
        ),
        (
            keyring.errors.KeyringLocked("locked"),
            None,
            "The keyring is locked, so Composer could not read the password.",
            "Unlock it",
        ),
        (
            RuntimeError("boom"),
            None,
            "Something unexpected went wrong (RuntimeError: boom).",
            "Composer developers",
        ),
    ],
)
def test_each_failure_has_its_words(
    exc: BaseException, server: ServerInfo | None, what: str, todo: str
) -> None:
    message = describe(exc, server)
    assert message.what == what
    assert todo in message.todo
    assert type(exc).__name__ in message.details  # "Copy details" says what it was


def test_a_providers_own_rules_are_the_advice() -> None:
    exc = smtplib.SMTPAuthenticationError(535, b"5.7.139 Authentication unsuccessful")
    outlook = describe(exc, ServerInfo("smtp-mail.outlook.com", 587, "starttls", "me@outlook.com"))
    assert outlook.what == "Outlook.com / Microsoft 365 refused the password for me@outlook.com."
    assert outlook.todo == provider_info(Provider.MICROSOFT).login
    # The user name's domain tells the provider behind a host that does not.
    naver = describe(exc, ServerInfo("127.0.0.1", 2525, "none", "kim@naver.com"))
    assert naver.todo == provider_info(Provider.NAVER).login


def test_without_a_server_the_words_still_read() -> None:
    message = describe(smtplib.SMTPAuthenticationError(535, b"no"))
    assert message.what == "The server refused the user name or password (535 no)."
    assert describe(TimeoutError()).what == "the mail server did not answer in time."


def test_composers_own_errors_keep_their_words() -> None:
    locked = KeyringIsLocked("The keyring is locked.", "Unlock it.")
    message = describe(locked, RELAY)
    assert (message.what, message.todo) == ("The keyring is locked.", "Unlock it.")
    assert "KeyringIsLocked" in message.details


@pytest.mark.parametrize(
    ("exc", "builtin"),
    [
        (ProfileError("There is no profile called 'x'."), ValueError),
        (PasswordNeeded("Work", "smtp://kim@mail.example.com:587"), LookupError),
        (LedgerBusy("The merge is open in another window."), RuntimeError),
        (Cancelled(), Exception),
    ],
)
def test_the_tree_keeps_what_callers_catch(exc: ComposerError, builtin: type) -> None:
    assert isinstance(exc, ComposerError)
    assert isinstance(exc, builtin)
    assert str(exc) == exc.message.text
    assert isinstance(exc.message, UserMessage)


@pytest.mark.parametrize(
    "exc",
    [
        PasswordNeeded("Work", "smtp://kim@mail.example.com:587"),
        ProfileFileError(Path("/tmp/profiles.toml"), "bad", 3),
        LedgerDamaged("The record of sent mail is damaged.", Path("/x")),
        KeyringIsLocked("locked", "unlock"),
    ],
)
def test_an_error_crosses_a_process_boundary_unchanged(exc: ComposerError) -> None:
    back = pickle.loads(pickle.dumps(exc))
    assert type(back) is type(exc)
    assert back.message == exc.message
    assert str(back) == str(exc)
    assert back.__dict__ == exc.__dict__


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EDQUOT, errno.EFBIG])
def test_a_write_with_no_room_is_about_the_disk_not_the_server(code: int) -> None:
    """A write that fails for room names no file; it must not read as a network failure."""
    message = describe(OSError(code, "no room"), ServerInfo(host="smtp.example.com"))
    assert "no room left to write on the disk" in message.what
    assert "Free some space" in message.todo
    assert "connection" not in message.what.lower()
