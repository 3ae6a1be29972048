"""composer.mail.mimescan finds the parts the standard library's parser finds.

The debugging server describes messages from a file with mimescan instead of parsing them
into memory; these tests hold its tree, decoded bodies and defects against
``email.message_from_bytes`` on the same bytes.
"""

from __future__ import annotations

import email
import email.policy
import io
from email.message import EmailMessage, Message

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import composer.mail as mail
from composer.mail import mimescan


def stdlib_tree(msg: Message) -> object:
    ctype = msg.get_content_type()
    if ctype.startswith("message/") and msg.is_multipart():
        (inner,) = msg.get_payload()  # type: ignore[misc]
        return (ctype, stdlib_tree(inner))
    if msg.get_content_maintype() == "multipart" and msg.is_multipart():
        return (ctype, [stdlib_tree(p) for p in msg.get_payload()])  # type: ignore[union-attr]
    payload = msg.get_payload(decode=True)
    return (ctype, payload if isinstance(payload, bytes) else b"")


def scanned_tree(fp: io.BytesIO, part: mimescan.Part) -> object:
    if part.inner is not None:
        return (part.content_type, scanned_tree(fp, part.inner))
    if part.is_container:
        return (part.content_type, [scanned_tree(fp, p) for p in part.children])
    return (part.content_type, b"".join(mimescan.decoded_chunks(fp, part)))


def stdlib_defects(msg: Message) -> list[str]:
    # Decoding registers payload defects (bad base64), as the server's listing does.
    for part in msg.walk():
        if not part.is_multipart():
            part.get_payload(decode=True)
    return [type(d).__name__ for part in msg.walk() for d in part.defects]


def compare(raw: bytes, broken_base64: bool = False) -> None:
    """The same tree, bodies, defects and top-level headers as the standard library's.

    With *broken_base64*, base64 bodies that are not base64 may decode differently (the
    standard library tries several ways in turn) and their defects are not compared.
    """
    expected = email.message_from_bytes(raw, policy=email.policy.default)
    fp = io.BytesIO(raw)
    root = mimescan.scan(fp)
    ours, theirs = scanned_tree(fp, root), stdlib_tree(expected)
    fresh = email.message_from_bytes(raw, policy=email.policy.default)
    our_defects = sorted(d for p in root.walk() for d in p.defects)
    their_defects = sorted(stdlib_defects(fresh))
    if broken_base64 and any("Base64" in d for d in their_defects + our_defects):
        ours, theirs = shape(ours), shape(theirs)
        our_defects = [d for d in our_defects if "Base64" not in d]
        their_defects = [d for d in their_defects if "Base64" not in d]
    assert ours == theirs
    assert our_defects == their_defects
    assert [str(v) for v in root.headers.values()] == [str(v) for v in expected.values()]


def shape(tree: object) -> object:
    ctype, content = tree  # type: ignore[misc]
    if isinstance(content, list):
        return (ctype, [shape(t) for t in content])
    if isinstance(content, tuple):
        return (ctype, shape(content))
    return ctype


def korean_message() -> bytes:
    msg = EmailMessage()
    msg["From"] = "홍길동 <hong@example.com>"
    msg["To"] = "kim@example.com"
    msg["Subject"] = "안녕하세요, 3분기 회의 자료입니다"
    msg.set_content("안녕하세요.\n첨부한 보고서를 확인해 주세요.\n", cte="quoted-printable")
    msg.add_alternative("<p>안녕하세요.</p>\n", subtype="html", cte="base64")
    msg.add_attachment(bytes(range(256)) * 40, maintype="application", subtype="pdf",
                       filename="보고서.pdf")  # fmt: skip
    inner = EmailMessage()
    inner["Subject"] = "지난 회의"
    inner.set_content("8비트\n", cte="8bit")
    msg.add_attachment(inner)
    return msg.as_bytes(policy=email.policy.SMTP)


CASES = {
    "korean": korean_message(),
    "plain": b"Subject: hi\r\n\r\nbody\r\nline two\r\n",
    "no body": b"Subject: hi\r\n",
    "no headers": b"\r\njust a body\r\n",
    "missing separator": b"Subject: hi\r\nthis is no header\r\nmore\r\n",
    "no boundary": b"Content-Type: multipart/mixed\r\n\r\nhello\r\n",
    "start not found": b'Content-Type: multipart/mixed; boundary="b"\r\n\r\nno parts\r\n',
    "close not found": (
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        b"Content-Type: text/plain\r\n\r\none\r\n--b\r\n\r\ntwo\r\n"
    ),
    "double boundary and epilogue": (
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\npreamble\r\n--b\r\n--b\r\n'
        b"Content-Type: text/plain\r\n\r\none\r\n\r\n--b--  \r\nepilogue\r\n"
    ),
    "nested": (
        b'Content-Type: multipart/mixed; boundary="o"\r\n\r\n--o\r\n'
        b'Content-Type: multipart/alternative; boundary="i"\r\n\r\n--i\r\n\r\nplain\r\n'
        b"--i\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n--o\r\n"
        b"Content-Type: application/x-a\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        b"AAEC\r\nAw==\r\n--o--\r\n"
    ),
    "bad base64": (
        b"Content-Type: application/x-a\r\nContent-Transfer-Encoding: base64\r\n\r\nAA*EC\r\nAw\r\n"
    ),
    "qp soft breaks": (
        b"Content-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        b"=EC=95=88=\r\n=EB=85=95 x=20\r\nend=\r\n"
    ),
    "header only part": (
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nX-A: 1\r\n--b--\r\n'
    ),
    "lf only": b'Content-Type: multipart/mixed; boundary="b"\n\n--b\n\none\n--b--\n',
}


@pytest.mark.parametrize("name", list(CASES))
def test_same_tree_bodies_and_defects_as_the_standard_library(name: str) -> None:
    compare(CASES[name])


body_text = st.lists(
    st.one_of(
        st.sampled_from(["\n", "\r\n", "\r", ".", "--", " ", "=", "é", "가", "--b"]),
        st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    ),
    max_size=120,
).map("".join)


@st.composite
def library_message(draw: st.DrawFn) -> tuple[Message, str]:
    e = mail.EmailMultiAlternatives(
        "s", draw(body_text), "a@example.com", ["b@example.com"], headers={"Message-ID": "<x@y>"}
    )
    for _ in range(draw(st.integers(0, 2))):
        e.attach_alternative(draw(body_text), "text/html")
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(["bin", "text", "rfc822"]))
        if kind == "bin":
            e.attach("a.bin", draw(st.binary(max_size=200)), "application/octet-stream")
        elif kind == "text":
            e.attach("t.txt", draw(body_text), "text/plain")
        else:
            inner = mail.EmailMessage(
                "i",
                draw(body_text),
                "a@example.com",
                ["b@example.com"],
                headers={"Message-ID": "<i@y>"},
            )
            e.attach(None, inner, "message/rfc822")
    # Serialised in the test: choosing boundaries uses the random module.
    return e.message(), draw(st.sampled_from(["\n", "\r\n"]))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(built=library_message())
def test_messages_the_library_builds(built: tuple[Message, str]) -> None:
    msg, linesep = built
    compare(msg.as_bytes(linesep=linesep))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lines=st.lists(
        st.sampled_from(
            [
                b'Content-Type: multipart/mixed; boundary="b"',
                b'Content-Type: multipart/alternative; boundary="c"',
                b"Content-Type: message/rfc822",
                b"Content-Type: text/plain",
                b"Content-Transfer-Encoding: base64",
                b"Content-Transfer-Encoding: quoted-printable",
                b"--b",
                b"--b--",
                b"--c",
                b"--c--",
                b"",
                b"AAEC",
                b"=C3=A9=",
                b"text",
                b"X-A: 1",
            ]
        ),
        max_size=30,
    ),
    linesep=st.sampled_from([b"\r\n", b"\n"]),
)
def test_arbitrary_structures(lines: list[bytes], linesep: bytes) -> None:
    compare(linesep.join(lines) + linesep, broken_base64=True)


def test_limits_keep_memory_bounded() -> None:
    many = b"".join(b"--b\r\n\r\nx\r\n" for _ in range(mimescan.MAX_PARTS + 10))
    raw = b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n' + many + b"--b--\r\n"
    root = mimescan.scan(io.BytesIO(raw))
    assert len(list(root.walk())) <= mimescan.MAX_PARTS + 1
    assert any("the rest is not described" in d for p in root.walk() for d in p.defects)
    huge = b"X-A: " + b"a" * 1000 + b"\r\n"
    raw = huge * (mimescan.MAX_HEADER_BYTES // len(huge) + 5) + b"\r\nbody\r\n"
    root = mimescan.scan(io.BytesIO(raw))
    assert any("not shown" in d for d in root.defects)
    assert b"".join(mimescan.decoded_chunks(io.BytesIO(raw), root)) == b"body\r\n"
