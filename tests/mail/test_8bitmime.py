"""8-bit content and servers with and without 8BITMIME (issue 10.16, beyond Django).

Where the server announces 8BITMIME, 8-bit content goes out as is with ``BODY=8BITMIME``
declared. Where it does not, the SMTP backend re-encodes every 8-bit part (text as
quoted-printable, anything else as base64): the server receives 7-bit data that decodes
to the same text. The 7-bit server here is aiosmtpd in its ``decode_data`` mode, which
does not announce 8BITMIME and refuses 8-bit data ("500 Error: strict ASCII mode").
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable
from email.message import EmailMessage as StdMessage
from email.mime.text import MIMEText
from typing import Any

import pytest
from smtpserver import SMTPTestServer

import composer.mail as mail
from composer.mail import fastpath, sevenbit
from composer.mail.backends.smtp import EmailBackend

KOREAN = "안녕하세요.\n첨부한 보고서를 확인해 주세요…\n줄 끝의 공백 \n\t탭과 CR\r\n끝"
LONG_KOREAN = "가" * 400 + "\n"  # 1,200 octets: quoted-printable already


def backend_for(server: SMTPTestServer, **kwargs: Any) -> EmailBackend:
    return EmailBackend(host=server.host, port=server.port, timeout=10, **kwargs)


def plain() -> mail.EmailMessage:
    return mail.EmailMessage("회의 자료", KOREAN, "office@example.kr", ["team@example.kr"])


def alternatives() -> mail.EmailMessage:
    msg = mail.EmailMultiAlternatives("회의", KOREAN, "office@example.kr", ["team@example.kr"])
    msg.attach_alternative(f"<p>{KOREAN}</p>", "text/html")
    return msg


def attachments() -> mail.EmailMessage:
    msg = plain()
    msg.attach("메모.txt", "메모 내용\n둘째 줄\n", "text/plain")
    msg.attach("long.txt", LONG_KOREAN, "text/plain")
    msg.attach("데이터.bin", bytes(range(256)), "application/octet-stream")
    user_part = MIMEText("", "plain", "utf-8")  # a ready part whose body is raw 8-bit
    user_part.replace_header("Content-Transfer-Encoding", "8bit")
    user_part.set_payload("사용자 파트\n".encode().decode("ascii", "surrogateescape"))
    msg.attach(user_part)
    return msg


def forwarded() -> mail.EmailMessage:
    msg = plain()
    msg.attach(None, alternatives(), "message/rfc822")
    raw = "Subject: =?utf-8?b?7J2066aE?=\r\nFrom: a@example.kr\r\n\r\n8비트 본문\r\n".encode()
    msg.attach(None, raw, "message/rfc822")
    return msg


def latin1() -> mail.EmailMessage:
    msg = mail.EmailMessage("Grüße", "Grüße aus Köln\n", "a@example.de", ["b@example.de"])
    msg.encoding = "iso-8859-1"
    return msg


MESSAGES: dict[str, Callable[[], mail.EmailMessage]] = {
    "plain": plain,
    "alternatives": alternatives,
    "attachments": attachments,
    "forwarded": forwarded,
    "latin1": latin1,
}


def leaves(raw: bytes) -> list[tuple[str, str | None, object]]:
    """Every leaf as (type, file name, decoded content), attached messages opened up."""
    out: list[tuple[str, str | None, object]] = []

    def walk(part: StdMessage) -> None:
        if part.get_content_type() == "message/rfc822":
            (inner,) = part.iter_parts()
            out.append(("message/rfc822", None, str(inner["Subject"])))
            walk(inner)  # type: ignore[arg-type]
        elif part.is_multipart():
            for child in part.iter_parts():
                walk(child)  # type: ignore[arg-type]
        elif part.get_content_maintype() == "text":
            text = part.get_content()
            out.append((part.get_content_type(), part.get_filename(), text.replace("\r\n", "\n")))
        else:
            out.append((part.get_content_type(), part.get_filename(), part.get_content()))

    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, StdMessage)
    walk(msg)
    return out


@pytest.mark.parametrize("pipelining", [False, True])
@pytest.mark.parametrize("name", list(MESSAGES))
def test_a_server_without_8bitmime_gets_7bit_that_decodes_to_the_same_text(
    make_smtp_server: Any, name: str, pipelining: bool
) -> None:
    eight = make_smtp_server(pipelining=pipelining)
    seven = make_smtp_server(pipelining=pipelining, eightbitmime=False)
    build = MESSAGES[name]
    for server in (eight, seven):
        backend = backend_for(server)
        assert backend.send_messages([build(), build()]) == 2  # two: the announced path too
        backend.close()

    wide, narrow = eight.messages[0], seven.messages[0]
    # Latin-1 text is quoted-printable already (Django's charset rules): 7-bit everywhere.
    eight_bit = name != "latin1"
    assert wide.data.isascii() is not eight_bit
    # Declared when the data is 8-bit, as RFC 6152 asks; not otherwise.
    assert ("BODY=8BITMIME" in wide.mail_options) is eight_bit
    assert [m.data.isascii() for m in seven.messages] == [True, True]
    assert "BODY=8BITMIME" not in narrow.mail_options
    assert leaves(narrow.data) == leaves(wide.data)
    body = build().body.replace("\r\n", "\n")
    assert any(str(content).startswith(body) for _type, _name, content in leaves(narrow.data))


def test_korean_text_is_quoted_printable_and_readable(make_smtp_server: Any) -> None:
    seven = make_smtp_server(eightbitmime=False)
    backend = backend_for(seven)
    assert backend.send_messages([plain()]) == 1
    backend.close()
    (got,) = seven.messages
    parsed = email.message_from_bytes(got.data, policy=email.policy.default)
    assert parsed["Content-Transfer-Encoding"] == "quoted-printable"
    assert parsed.get_content().replace("\r\n", "\n") == KOREAN.replace("\r\n", "\n") + "\n"
    assert b"=EC=95=88" in got.data  # the octets of 안, quoted
    assert b"=20\r\n" in got.data  # the space before a line break survives


def test_the_message_object_is_not_changed(make_smtp_server: Any) -> None:
    # The backend converts a copy: a ready part the caller attached keeps its 8-bit body.
    seven = make_smtp_server(eightbitmime=False)
    msg = attachments()
    user_part = msg.attachments[-1]
    before = user_part.as_bytes()
    backend = backend_for(seven)
    assert backend.send_messages([msg]) == 1
    backend.close()
    assert user_part.as_bytes() == before
    assert user_part["Content-Transfer-Encoding"] == "8bit"


def test_smtputf8_without_8bitmime_keeps_utf8_headers_and_encodes_the_body(
    make_smtp_server: Any,
) -> None:
    server = make_smtp_server(smtputf8=True, eightbitmime=False)
    msg = mail.EmailMessage("제목", KOREAN, "보내는이@example.kr", ["받는이@example.kr"])
    backend = backend_for(server)
    assert backend.send_messages([msg]) == 1
    backend.close()
    (got,) = server.messages
    assert "SMTPUTF8" in got.mail_options
    assert "BODY=8BITMIME" not in got.mail_options
    head, _, body = got.data.partition(b"\r\n\r\n")
    assert "보내는이@example.kr".encode() in head  # RFC 6532 headers, allowed by SMTPUTF8
    assert body.isascii()
    parsed = email.message_from_bytes(got.data, policy=email.policy.default)
    # The line break that ends DATA is part of the text, as with any SMTP message.
    assert parsed.get_content().replace("\r\n", "\n") == KOREAN.replace("\r\n", "\n") + "\n"


def test_large_attachments_still_stream_to_a_7bit_server(make_smtp_server: Any) -> None:
    seven = make_smtp_server(eightbitmime=False)
    msg = plain()
    data = bytes(range(256)) * (fastpath.STREAM_THRESHOLD // 256 + 8)
    msg.attach("big.bin", data)
    backend = backend_for(seven)
    assert backend.send_messages([msg]) == 1
    backend.close()
    (got,) = seven.messages
    parsed = email.message_from_bytes(got.data, policy=email.policy.default)
    (part,) = parsed.iter_attachments()
    assert part.get_content() == data
    # The big file is still encoded slice by slice on the way out, from the caller's bytes.
    segments = sevenbit.seven_bit_segments(msg.message(), smtputf8=False)
    (streamed,) = [s for s in segments if isinstance(s, fastpath.Base64Segment)]
    assert streamed.data is msg.attachments[0].content or streamed.data == data


def test_raw_8bit_headers_of_a_forwarded_message_become_encoded_words(
    make_smtp_server: Any,
) -> None:
    seven = make_smtp_server(eightbitmime=False)
    msg = plain()
    msg.attach(
        None, "Subject: 지난 회의\r\nFrom: a@example.kr\r\n\r\n본문\r\n".encode(), "message/rfc822"
    )
    backend = backend_for(seven)
    assert backend.send_messages([msg]) == 1
    backend.close()
    (got,) = seven.messages
    assert got.data.isascii()
    parsed = email.message_from_bytes(got.data, policy=email.policy.default)
    (attached,) = parsed.iter_attachments()
    (inner,) = attached.iter_parts()
    assert str(inner["Subject"]) == "지난 회의"
    # No charset is declared in there: the octets arrive as they were.
    assert inner.get_payload(decode=True).replace(b"\r\n", b"\n") == "본문\n".encode()
