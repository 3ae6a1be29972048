"""Nothing a caller passes as data reaches the wire as syntax (issue 11.3).

An address can never add an ESMTP parameter, a recipient or a command to the SMTP
dialogue, and no header value can carry NUL, on every path: the message, the envelope
(from_email, to, cc, bcc), ``send_messages`` and ``send_message``, every form of address
(``str``, ``(name, address)`` tuples, ``email.headerregistry.Address``), attachment names.
The server is a real aiosmtpd on 127.0.0.1 that records every MAIL and RCPT line as
received.
"""

from __future__ import annotations

import email
import email.policy
import socket
from collections.abc import Callable
from email.headerregistry import Address
from typing import Any

import pytest
from smtpserver import SMTPTestServer

import composer.mail as mail
from composer.mail.backends.smtp import EmailBackend
from composer.mail.message import envelope_address, sanitize_address

# What an attacker appends to an address held in a CSV cell or typed into a form.
ESMTP_TAILS = [
    "> NOTIFY=NEVER RET=FULL",
    " NOTIFY=NEVER",
    ">NOTIFY=SUCCESS",
    "> ORCPT=rfc822;evil@example.net",
    "\x00",
    "\x00RCPT TO:<evil@example.net>",
    "\t NOTIFY=NEVER",
    "\x7f",
    "\u00a0NOTIFY=NEVER",  # a no-break space
    "\u200b",  # zero width space
]


def address_forms(tail: str) -> list[Any]:
    """The same poisoned address in every form the API takes."""
    return [
        ("", f"victim@example.org{tail}"),
        ("Victim", f"victim@example.org{tail}"),
        (f"Victim{tail}", "victim@example.org"),  # harmless in a name: never on the wire
        f"victim@example.org{tail}",
        f"Victim <victim@example.org{tail}>",
        f'"victim{tail}"@example.org',
        Address("Victim", "victim", f"example.org{tail}"),
    ]


CASES = [
    pytest.param(tail, form, id=f"{tail!r}-{index}")
    for tail in ESMTP_TAILS
    for index, form in enumerate(address_forms(tail))
]


def backend_for(server: SMTPTestServer) -> EmailBackend:
    return EmailBackend(host=server.host, port=server.port, timeout=10)


def assert_wire_is_clean(server: SMTPTestServer) -> None:
    """Every MAIL and RCPT line the server saw is one plain path, with no parameters
    beyond those the backend itself adds (SIZE, SMTPUTF8, BODY)."""
    for line in server.raw_commands:
        verb, _, arg = line.partition(" ")
        keyword = "FROM:" if verb == "MAIL" else "TO:"
        assert arg.startswith(keyword + "<"), line
        path, _, params = arg[len(keyword) + 1 :].partition(">")
        assert path.isprintable(), line
        assert " " not in path, line
        assert "<" not in path, line
        allowed = ("SIZE=", "SMTPUTF8", "BODY=8BITMIME") if verb == "MAIL" else ()
        for param in params.split():
            assert verb == "MAIL", line
            assert param.upper().startswith(allowed), line


def send_with(kind: str, server: SMTPTestServer, message: mail.EmailMessage) -> object:
    backend = backend_for(server)
    try:
        if kind == "send_messages":
            return backend.send_messages([message])
        return backend.send_message(message)
    finally:
        backend.close()


@pytest.mark.parametrize("kind", ["send_messages", "send_message"])
@pytest.mark.parametrize("field", ["to", "cc", "bcc", "from_email"])
@pytest.mark.parametrize(("tail", "form"), CASES)
def test_an_address_cannot_add_esmtp_parameters_or_recipients(
    smtp_server: SMTPTestServer, kind: str, field: str, tail: str, form: Any
) -> None:
    fields: dict[str, Any] = {"from_email": "office@example.com", "to": ["ok@example.com"]}
    if field == "from_email":
        fields["from_email"] = form
    else:
        fields[field] = [*fields.get(field, []), form]
    message = mail.EmailMessage("Hello", "Body\n", **fields)
    harmless = isinstance(form, tuple) and tail in form[0]
    try:
        result = send_with(kind, smtp_server, message)
    except ValueError:
        assert not harmless, "a display name never reaches the wire"
        assert smtp_server.messages == []
        assert not smtp_server.raw_commands, "refused before anything was sent"
        return
    assert harmless, f"{form!r} was sent"
    assert result in (1, True)
    assert_wire_is_clean(smtp_server)
    (got,) = smtp_server.messages
    assert "victim@example.org" in [got.mail_from, *got.rcpt_tos]


@pytest.mark.parametrize("tail", ESMTP_TAILS)
def test_envelope_address_never_returns_a_path_with_syntax(tail: str) -> None:
    for form in address_forms(tail):
        try:
            _sanitised, spec = envelope_address(form, "utf-8")
        except ValueError:
            continue
        assert spec == "victim@example.org", form


@pytest.mark.parametrize(
    "address",
    [
        '"john doe"@example.org',
        '"a<b"@example.org',
        '"a>b"@example.org',
        ("", "a b@example.org"),
        ("", "x@exa mple.org"),
        ("", "x@[1.2.3.4] NOTIFY=NEVER"),
    ],
)
def test_quoted_spaces_and_brackets_are_refused_with_a_clear_error(address: Any) -> None:
    # Legal inside quotes (RFC 5321), but a server splitting at the first space or ">"
    # would read the rest as parameters.
    with pytest.raises(ValueError, match="cannot contain spaces"):
        envelope_address(address, "utf-8")
    with pytest.raises(ValueError, match="cannot contain spaces"):
        sanitize_address(address, "utf-8")


def test_international_addresses_still_pass() -> None:
    assert envelope_address("Jörg <jörg@example.com>", "utf-8")[1] == "jörg@example.com"
    punycoded = "예시.한국".encode("idna").decode("ascii")
    assert punycoded.startswith("xn--")
    assert envelope_address(("", "홍길동@예시.한국"), "utf-8")[1] == f"홍길동@{punycoded}"
    assert envelope_address("홍길동\u00a0선생님 <hong@example.kr>", "utf-8")[1] == "hong@example.kr"
    assert envelope_address('"to@other.com"@example.com', "utf-8")[1] == (
        '"to@other.com"@example.com'
    )


NUL_SETTERS: dict[str, Callable[[mail.EmailMessage], None]] = {
    "subject": lambda m: setattr(m, "subject", "t3\x00X-Injected: yes"),
    "extra header": lambda m: m.extra_headers.update({"X-Tag": "a\x00X-Injected: yes"}),
    "Message-ID": lambda m: m.extra_headers.update({"Message-ID": "<a@b>\x00X-Injected: yes"}),
    "Reply-To": lambda m: setattr(m, "reply_to", ["r@example.com\x00X-Injected: yes"]),
    "To header": lambda m: m.extra_headers.update({"To": "t@example.com\x00X-Injected: yes"}),
    "non-ASCII subject": lambda m: setattr(m, "subject", "회의\x00X-Injected: yes"),
    "file name": lambda m: m.attach("a\x00X-Injected: yes.bin", b"x"),
    "Korean file name": lambda m: m.attach("보고서\x00.txt", "x"),
    "mimetype": lambda m: m.attach("a.bin", b"x", "application/x\x00X-Injected: yes"),
}


@pytest.mark.parametrize("where", list(NUL_SETTERS))
def test_nul_in_a_header_value_is_refused(smtp_server: SMTPTestServer, where: str) -> None:
    message = mail.EmailMessage("Hello", "Body\n", "office@example.com", ["to@example.com"])
    NUL_SETTERS[where](message)
    with pytest.raises(mail.BadHeaderError, match="NUL"):
        message.message()
    with pytest.raises(mail.BadHeaderError, match="NUL"):
        send_with("send_messages", smtp_server, message)
    with pytest.raises(mail.BadHeaderError, match="NUL"):
        send_with("send_message", smtp_server, message)
    assert smtp_server.messages == []
    outbox = mail.get_connection("composer.mail.backends.locmem.EmailBackend")
    with pytest.raises(mail.BadHeaderError, match="NUL"):
        outbox.send_messages([message])


def test_a_clean_message_still_goes_out_unchanged(smtp_server: SMTPTestServer) -> None:
    message = mail.EmailMessage(
        "회의 자료",
        "본문\n",
        "김민수 <minsu@example.kr>",
        ["Team <team@example.kr>", ("Boss", "boss@example.kr")],
        bcc=[Address("Archive", "archive", "example.kr")],
    )
    message.attach("보고서 3분기.txt", "내용\n")
    assert send_with("send_messages", smtp_server, message) == 1
    assert_wire_is_clean(smtp_server)
    (got,) = smtp_server.messages
    assert got.rcpt_tos == ["team@example.kr", "boss@example.kr", "archive@example.kr"]
    parsed = email.message_from_bytes(got.data, policy=email.policy.default)
    assert [p.get_filename() for p in parsed.iter_attachments()] == ["보고서 3분기.txt"]


@pytest.mark.parametrize(
    "answer",
    ["evil\r\nRCPT TO:<x@evil.example>", "has space.example", "a" * 64 + ".example", "x>y"],
)
def test_a_resolver_answer_that_is_no_host_name_never_reaches_ehlo_or_message_id(
    smtp_server: SMTPTestServer, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    # The host name comes from /etc/hosts or DNS; the library cannot trust its syntax.
    from composer.mail.utils import DNS_NAME

    monkeypatch.delattr(DNS_NAME, "_fqdn", raising=False)
    monkeypatch.setattr(socket, "getfqdn", lambda name="": answer)
    message = mail.EmailMessage("Hello", "Body\n", "office@example.com", ["to@example.com"])
    assert send_with("send_messages", smtp_server, message) == 1
    (got,) = smtp_server.messages
    assert got.session.ehlo_name == "localhost"
    parsed = email.message_from_bytes(got.data, policy=email.policy.default)
    assert str(parsed["Message-ID"]).endswith("@localhost>")
    assert_wire_is_clean(smtp_server)


def test_a_real_host_name_is_used_as_is(monkeypatch: pytest.MonkeyPatch) -> None:
    from composer.mail.utils import DNS_NAME

    monkeypatch.delattr(DNS_NAME, "_fqdn", raising=False)
    monkeypatch.setattr(socket, "getfqdn", lambda name="": "mail-1.bücher.example")
    assert DNS_NAME.get_fqdn() == "mail-1.xn--bcher-kva.example"
