"""The message model: MIME structure of what is sent, and .eml round trips."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage as StdMessage
from pathlib import Path

import pytest
from smtpserver import SMTPTestServer

from composer.compose.message import (
    Attachment,
    ComposedMessage,
    InlineImage,
    build_email,
    from_eml,
    to_eml,
)
from composer.mail import BadHeaderError
from composer.mail.backends.base import BaseEmailBackend
from composer.sending.job import SendStatus, send_composed

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))


def parse(raw: bytes) -> StdMessage:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, StdMessage)
    return msg


def structure(part: StdMessage) -> object:
    if part.is_multipart():
        return (part.get_content_type(), [structure(p) for p in part.iter_parts()])  # type: ignore[arg-type]
    return part.get_content_type()


def sample(tmp_path: Path) -> ComposedMessage:
    data = tmp_path / "report.pdf"
    data.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 10)
    notes = tmp_path / "노트.txt"
    notes.write_bytes(b"one\r\ntwo\n\xea\xb0\x80")
    msg = ComposedMessage.formatted(
        '<p>Hello <b>김철수</b></p><p><img src="cid:img1@composer" /></p>',
        from_addr="Me <me@example.com>",
        to=["김철수 <kim@bücher.de>", "bob@example.org"],
        cc=["Carol <carol@example.com>"],
        bcc=["secret@example.com"],
        reply_to=["replies@example.com"],
        subject="안녕하세요, 보고서",
    )
    msg.inline_images.append(InlineImage("img1@composer", "chart.png", "image/png", PNG))
    msg.attachments += [Attachment.from_path(data), Attachment.from_path(notes)]
    return msg


def test_plain_message_is_text_only() -> None:
    msg = ComposedMessage(to=["a@example.com"], subject="Hi", text="Just text")
    out = parse(build_email(msg).message().as_bytes())
    assert structure(out) == "text/plain"
    assert out.get_content().rstrip("\n") == "Just text"  # type: ignore[attr-defined]


def test_formatted_message_is_alternative_with_readable_text() -> None:
    msg = ComposedMessage.formatted("<p>Hi <b>there</b></p>", to=["a@example.com"])
    out = parse(build_email(msg).message().as_bytes())
    assert structure(out) == ("multipart/alternative", ["text/plain", "text/html"])
    text = out.get_body(("plain",))
    assert text is not None
    assert text.get_content().strip() == "Hi *there*"


def test_inline_images_without_attachments(tmp_path: Path) -> None:
    msg = sample(tmp_path)
    msg.attachments.clear()
    out = parse(build_email(msg).message().as_bytes())
    assert structure(out) == (
        "multipart/alternative",
        ["text/plain", ("multipart/related", ["text/html", "image/png"])],
    )


def test_full_structure_bytes_and_no_bcc(tmp_path: Path) -> None:
    msg = sample(tmp_path)
    raw = build_email(msg).message().as_bytes()
    out = parse(raw)
    assert structure(out) == (
        "multipart/mixed",
        [
            (
                "multipart/alternative",
                ["text/plain", ("multipart/related", ["text/html", "image/png"])],
            ),
            "application/pdf",
            "text/plain",
        ],
    )
    assert b"secret@example.com" not in raw
    assert "Bcc" not in out
    html = out.get_body(("html",))
    assert html is not None
    assert 'src="cid:img1@composer"' in html.get_content()
    image = next(p for p in out.walk() if p.get_content_type() == "image/png")
    assert image["Content-ID"] == "<img1@composer>"
    assert image.get_payload(decode=True) == PNG
    files = list(out.iter_attachments())
    assert [f.get_filename() for f in files] == ["report.pdf", "노트.txt"]
    for part, att in zip(files, msg.attachments, strict=True):
        assert part.get_payload(decode=True) == att.read()
    assert str(out["To"]) == "김철수 <kim@xn--bcher-kva.de>, bob@example.org"
    assert str(out["Subject"]) == "안녕하세요, 보고서"


def test_draft_round_trip_keeps_everything(tmp_path: Path) -> None:
    msg = sample(tmp_path)
    raw = to_eml(msg)
    assert b"Bcc: secret@example.com" in raw
    back = from_eml(raw)
    assert back.from_addr == msg.from_addr
    assert back.to == msg.to
    assert back.cc == msg.cc
    assert back.bcc == msg.bcc
    assert back.reply_to == msg.reply_to
    assert back.subject == msg.subject
    assert back.html is not None
    assert back.html.strip() == (msg.html or "").strip()
    assert back.text.strip() == msg.text.strip()
    assert [(a.filename, a.mimetype, a.read()) for a in back.attachments] == [
        (a.filename, a.mimetype, a.read()) for a in msg.attachments
    ]
    assert back.inline_images == msg.inline_images


def test_plain_round_trip_stays_plain() -> None:
    msg = ComposedMessage(to=["a@example.com"], subject="s", text="line 1\nline 2")
    back = from_eml(to_eml(msg))
    assert back.html is None
    assert back.text == "line 1\nline 2"


def test_unused_inline_images_are_not_sent() -> None:
    msg = ComposedMessage.formatted("<p>no image any more</p>", to=["a@example.com"])
    msg.inline_images.append(InlineImage("gone@composer", "x.png", "image/png", PNG))
    out = parse(build_email(msg).message().as_bytes())
    assert structure(out) == ("multipart/alternative", ["text/plain", "text/html"])


def test_vanished_attachment_raises(tmp_path: Path) -> None:
    path = tmp_path / "gone.bin"
    path.write_bytes(b"x")
    msg = ComposedMessage(to=["a@example.com"], text="t", attachments=[Attachment.from_path(path)])
    path.unlink()
    with pytest.raises(FileNotFoundError):
        build_email(msg)


def test_attachments_size_and_emptiness() -> None:
    msg = ComposedMessage()
    assert msg.is_empty()
    msg.attachments.append(Attachment.from_bytes("a.bin", b"12345"))
    assert not msg.is_empty()
    assert msg.attachments_size() == 5
    assert msg.attachments[0].mimetype == "application/octet-stream"


def test_draft_keeps_half_typed_addresses_next_to_korean_names() -> None:
    msg = ComposedMessage(
        from_addr="이영희 <lee@example.kr>",
        to=["bob@example.org", "carol@", "Dave <dave@example>", "김 <kim@bücher.de>"],
        bcc=["bad"],
        subject="초안",
        text="t",
    )
    raw = to_eml(msg)  # the mail library would refuse these addresses; a draft must not
    back = from_eml(raw)
    assert back.to == msg.to
    assert back.bcc == ["bad"]
    assert back.from_addr == msg.from_addr
    parsed = parse(raw)
    assert parsed["To"] == "bob@example.org, 김 <kim@xn--bcher-kva.de>"


@pytest.mark.parametrize(
    "raw",
    [
        # Thunderbird: the display name as an RFC 2047 word, the placeholder raw.
        b"To: =?UTF-8?B?e3sg7J2066aEIH19?= <{{ \xec\x9d\xb4\xeb\xa9\x94\xec\x9d\xbc }}>,\r\n"
        b' "{{ last }}, {{ first }}" <{{ email }}>\r\n'
        b"Subject: =?UTF-8?B?e3sg7J2066aEIH19IOyViOuCtA==?=\r\n\r\nHi\r\n",
        # By hand, in UTF-8.
        '"{{ last }}, {{ first }}" <{{ email }}>'.join(
            ["To: {{ 이름 }} <{{ 이메일 }}>, ", "\nSubject: {{ 이름 }} 안내\n\nHi\n"]
        ).encode(),
    ],
)
def test_placeholders_in_address_headers_read_as_written(raw: bytes) -> None:
    msg = from_eml(raw)
    assert msg.to == ["{{ 이름 }} <{{ 이메일 }}>", '"{{ last }}, {{ first }}" <{{ email }}>']
    assert msg.subject == "{{ 이름 }} 안내"
    again = from_eml(to_eml(msg))
    assert (again.to, again.subject) == (msg.to, msg.subject)


# -- file names never become MIME header lines (issue 11.4) ---------------------------------

# Everything Python's email package would start a new header line with, and NUL.
BREAKERS = ["\n", "\r", "\r\n", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\x00"]


def backend_for(server: SMTPTestServer) -> BaseEmailBackend:
    from composer.mail.backends.smtp import EmailBackend

    return EmailBackend(host=server.host, port=server.port, timeout=10)


def attached(tmp_path: Path, name: str, content: bytes) -> Attachment:
    if "\x00" in name:  # no file system allows NUL: such a name comes from an .eml file
        return Attachment.from_bytes(name, content)
    path = tmp_path / name
    path.write_bytes(content)
    return Attachment.from_path(path)


@pytest.mark.parametrize("ext", [".txt", ".csv", ".html", ".pdf"])
@pytest.mark.parametrize("brk", BREAKERS, ids=repr)
def test_a_file_name_cannot_add_a_mime_header(
    tmp_path: Path, smtp_server: SMTPTestServer, brk: str, ext: str
) -> None:
    name = f"report{brk}Content-Transfer-Encoding : quoted-printable{ext}"
    msg = ComposedMessage(from_addr="me@example.com", to=["a@example.com"], text="see file")
    msg.attachments.append(attached(tmp_path, name, b"one\r\ntwo\n"))
    with pytest.raises(BadHeaderError):
        build_email(msg, connection=backend_for(smtp_server)).send()
    assert smtp_server.messages == []
    # The send path reports it as a sentence, not a traceback.
    result = send_composed(msg, backend_for(smtp_server), profile="Work")
    assert result.status is SendStatus.FAILED
    assert "could not be built" in result.message.what
    assert smtp_server.messages == []
    # A draft keeps the file (and the words), its name made safe.
    back = from_eml(to_eml(msg))
    assert back.text.strip() == "see file"
    (kept,) = back.attachments
    assert kept.read() == b"one\r\ntwo\n"
    assert "\n" not in kept.filename
    assert "\x00" not in kept.filename


@pytest.mark.parametrize("brk", BREAKERS, ids=repr)
def test_an_inline_image_name_or_id_cannot_add_a_mime_header(brk: str) -> None:
    for cid, filename in ((f"img{brk}X-Injected: yes", "chart.png"), ("img1", f"c{brk}X: y.png")):
        msg = ComposedMessage.formatted(
            f'<p><img src="cid:{cid}" /></p>', from_addr="me@example.com", to=["a@example.com"]
        )
        msg.inline_images.append(InlineImage(cid, filename, "image/png", PNG))
        with pytest.raises(BadHeaderError):
            build_email(msg).message()
        back = from_eml(to_eml(msg))
        (image,) = back.used_inline_images()
        assert image.content == PNG


@pytest.mark.parametrize(
    ("name", "mimetype"),
    [("보고서 3분기.txt", "text/plain"), ("명단.csv", "text/csv"), ("안내문.html", "text/html")],
)
def test_korean_text_file_names_arrive_rfc2231_encoded_and_byte_for_byte(
    tmp_path: Path, smtp_server: SMTPTestServer, name: str, mimetype: str
) -> None:
    content = "첫 줄\r\n둘째 줄\n".encode() + b"\xff raw byte"
    msg = ComposedMessage(from_addr="me@example.com", to=["a@example.com"], text="자료")
    msg.attachments.append(attached(tmp_path, name, content))
    assert msg.attachments[0].mimetype == mimetype
    assert build_email(msg, connection=backend_for(smtp_server)).send() == 1
    (received,) = smtp_server.messages
    header_block = received.data.split(b"\r\n\r\n--")[0]
    assert header_block.isascii()
    assert b"filename*=utf-8''" in received.data
    out = parse(received.data)
    (part,) = out.iter_attachments()
    assert part.get_filename() == name
    assert part.get_content_type() == mimetype
    assert part.get_payload(decode=True) == content


@pytest.mark.parametrize("brk", BREAKERS, ids=repr)
def test_a_draft_keeps_a_subject_or_address_the_library_would_refuse(brk: str) -> None:
    # Pasted text can carry NUL or a line break; sending refuses it, keeping must not.
    msg = ComposedMessage(
        from_addr="me@example.com",
        to=[f"kim{brk}@example.com", "ok@example.com"],
        subject=f"회의{brk}자료",
        text="본문은 그대로",
    )
    with pytest.raises(BadHeaderError):
        build_email(msg).message()
    back = from_eml(to_eml(msg))
    assert back.text == "본문은 그대로"
    assert back.subject.replace(" ", "") == "회의자료"
    assert "ok@example.com" in back.to
