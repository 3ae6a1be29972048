"""The IMAP client on its own: mailbox names, the Sent folder, no downgrade to plain text."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from composer.mailbox.client import ImapClient, ImapServer
from composer.mailbox.errors import ImapNoSentFolder, ImapNotEncrypted
from composer.mailbox.folders import choose_sent, parse_list
from composer.mailbox.utf7 import decode_mailbox, encode_mailbox

if TYPE_CHECKING:
    from servers.dovecot import DovecotServer
    from smtpserver import TestPKI


def test_korean_names_in_modified_utf7() -> None:
    assert encode_mailbox("보낸편지함") == "&vPSwuNO4ycDVaA-"
    assert decode_mailbox("&vPSwuNO4ycDVaA-") == "보낸편지함"
    assert encode_mailbox("R&D/보고") == "R&-D/&vPSs4A-"


@given(st.text())
def test_any_name_survives_the_round_trip_and_stays_ascii(name: str) -> None:
    wire = encode_mailbox(name)
    assert wire.isascii()
    assert decode_mailbox(wire) == name


@given(st.text())
def test_decoding_anything_a_server_sends_never_fails(wire: str) -> None:
    decode_mailbox(wire)


def test_a_shift_with_letters_that_are_not_ascii_stays_as_the_server_sent_it() -> None:
    assert decode_mailbox("Sent &é- box") == "Sent &é- box"


def test_the_sent_folder_by_special_use_then_by_name() -> None:
    gmail = parse_list(
        [
            b'(\\HasNoChildren) "/" "INBOX"',
            b'(\\HasChildren \\Noselect) "/" "[Gmail]"',
            b'(\\HasNoChildren \\Sent) "/" "[Gmail]/Sent Mail"',
            b'(\\HasNoChildren) "/" "Sent"',  # a label someone made: not the real one
        ]
    )
    found = choose_sent(gmail)
    assert found is not None
    assert (found[0].name, found[1]) == ("[Gmail]/Sent Mail", True)
    korean = parse_list(
        [b'(\\HasNoChildren) "." INBOX', (b'(\\HasNoChildren) "." {16}', b"&vPSwuNO4ycDVaA-")]
    )
    found = choose_sent(korean)
    assert found is not None
    assert (found[0].name, found[0].wire, found[1]) == ("보낸편지함", "&vPSwuNO4ycDVaA-", False)
    assert choose_sent(parse_list([b'(\\HasNoChildren) "/" INBOX', b"garbage", None])) is None


def test_a_folder_the_profile_names_in_korean(
    dovecot_plain_names: DovecotServer, pki: TestPKI
) -> None:
    user, password = "korean@imap.test", "pw-korean"
    dovecot_plain_names.add_user(user, password)
    server = ImapServer(
        "127.0.0.1", dovecot_plain_names.imaps_port, "ssl", user, 10, str(pki.ca_file)
    )
    raw = b"Message-ID: <k@imap.test>\r\nSubject: k\r\n\r\nbody\r\n"
    with ImapClient(server) as imap:
        imap.login(_Password(password))
        folder = imap.find_sent("보낸편지함")
        imap.append(folder, raw)
        assert imap.has_message_id(folder, "<k@imap.test>")
        assert not imap.has_message_id(folder, "<other@imap.test>")
        with pytest.raises(ImapNoSentFolder) as missing:
            imap.find_sent("Archive")
    assert "Sent Items" in missing.value.message.details
    assert [m.wire for m in dovecot_plain_names.messages(user, "보낸편지함")] == [raw]


class _Password:
    def __init__(self, password: str) -> None:
        self.password = password


@pytest.fixture
def no_starttls_server() -> Iterator[int]:
    """A server that greets like IMAP and offers no STARTTLS: a downgrade, were it used."""
    listener = socket.create_server(("127.0.0.1", 0))
    seen: list[bytes] = []

    def serve() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.sendall(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n")
            for line in conn.makefile("rb"):
                seen.append(line)
                tag = line.split(b" ", 1)[0]
                if b"CAPABILITY" in line.upper():
                    conn.sendall(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n" + tag + b" OK done\r\n")
                    continue
                if b"LOGOUT" in line.upper():
                    conn.sendall(b"* BYE\r\n" + tag + b" OK bye\r\n")
                    return
                conn.sendall(tag + b" BAD no\r\n")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    thread.join(10)
    listener.close()
    assert not any(b"LOGIN" in s.upper() or b"AUTHENTICATE" in s.upper() for s in seen)


def test_starttls_missing_is_refused_before_any_password(no_starttls_server: int) -> None:
    server = ImapServer("127.0.0.1", no_starttls_server, "starttls", "kim", 5)
    with pytest.raises(ImapNotEncrypted) as refused:
        ImapClient(server).connect()
    assert refused.value.message.what == (
        "Composer will not send your password to 127.0.0.1 without encryption."
    )
