"""Properties of composer.mail messages, checked with hypothesis.

* No value the API accepts (subject, from_email, to, cc, reply_to, extra header names and
  values, attachment file names and mimetypes; addresses as strings and as (name, address)
  tuples) can add a header line, an envelope recipient or an ESMTP parameter: the API
  raises BadHeaderError/ValueError, or the serialised message has exactly the expected
  header lines and, sent over SMTP, exactly the expected RCPT TOs, each a bare path.
* fastpath.wire_segments(msg), expanded, equals msg.as_bytes(linesep="\\r\\n"), and
  iter_dot_stuffed() equals the dot-stuffed wire form.
* envelope_address()'s fast path equals the full parse (and Django's sanitize_address).
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import re
import smtplib
from collections.abc import Iterator
from email.message import Message
from typing import Any

import django.core.mail.message as dj_message
import pytest
from helpers_mail import header_block
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from smtpserver import SMTPTestServer

import composer.mail as mail
from composer.mail import fastpath
from composer.mail.message import envelope_address, sanitize_address

# Characters that str.splitlines() (and so email.header.Header.encode) treats as line
# breaks, plus the header syntax characters an attacker would use.
BREAKS = ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
SYNTAX = [":", " ", "\t", "<", ">", "@", ",", ";", '"', "=?", "?=", "--", "."]
NON_ASCII = ["é", "ж", "한", "😀", "ß"]

text_chars = st.one_of(
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.sampled_from(BREAKS + SYNTAX + NON_ASCII),
)
header_text = st.lists(text_chars, max_size=30).map("".join)
injection = st.sampled_from(
    [
        "",
        "\nBcc: evil@example.com",
        "\r\nX-Injected: 1",
        "\x0bX-Injected: 1",
        "\x0cinjected",
        "\x1cBcc: evil@example.com",
        "\u2028X-Injected: 1",
        "\x85x",
        "\rRCPT TO:<evil@example.com>",
        "\x00X-Injected: 1",
        "\x00RCPT TO:<evil@example.com>",
        "> NOTIFY=NEVER RET=FULL",
        " NOTIFY=NEVER",
        ">ORCPT=rfc822;evil@example.com",
        "\u00a0NOTIFY=NEVER",
        "\u00ad",
    ]
)

atext = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~-"
atom = st.text(st.sampled_from(atext), min_size=1, max_size=8)
local_part = st.lists(atom, min_size=1, max_size=3).map(".".join)
label = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?", fullmatch=True)
domain = st.lists(label, min_size=1, max_size=3).map(".".join)
simple_address = st.builds(lambda lp, d: f"{lp}@{d}", local_part, domain)
display_name = st.text(
    st.one_of(st.characters(min_codepoint=0x20, max_codepoint=0x7E), st.sampled_from(NON_ASCII)),
    max_size=12,
)


@st.composite
def address(draw: st.DrawFn) -> tuple[str | tuple[str, str], str | None]:
    """(address as given to the API, the addr-spec expected on the wire or None if bad)."""
    spec = draw(simple_address)
    name = draw(display_name)
    bad = draw(injection)
    if name.strip():
        quoted = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        value = f"{quoted} <{spec}>"
    else:
        value = spec
    where = draw(st.sampled_from(["end", "name", "local", "quoted", "tuple"]))
    if where == "tuple":
        # Django's (name, address) form: the address is taken as it is, split at its last @.
        return (name, spec + bad), (None if bad else spec)
    if bad:
        if where == "end":
            value = value + bad
        elif where == "name":
            value = bad + value
        elif where == "local":
            value = value.replace("@", bad + "@", 1)
        else:
            local, _, host = spec.partition("@")
            escaped = (local + bad).replace("\\", "\\\\").replace('"', '\\"')
            value = f'"{escaped}"@{host}'
        return value, None
    return value, spec


HEADER_NAME_CHARS = st.one_of(
    st.characters(min_codepoint=0x21, max_codepoint=0x7E),
    st.sampled_from([" ", ":", "\n", "\r", "é", "\x0b"]),
)
header_name = st.one_of(
    st.sampled_from(["X-Custom", "X-Tag", "Comments", "Keywords", "List-Id", "Sender"]),
    st.text(HEADER_NAME_CHARS, min_size=1, max_size=12),
)
RESERVED = {"bcc", "from", "to", "cc", "reply-to"}


@st.composite
def message_inputs(draw: st.DrawFn) -> dict[str, Any]:
    to = draw(st.lists(address(), max_size=3))
    cc = draw(st.lists(address(), max_size=2))
    bcc = draw(st.lists(address(), max_size=2))
    reply_to = draw(st.lists(address(), max_size=2))
    sender = draw(address())
    headers = draw(
        st.dictionaries(
            header_name.filter(lambda n: n.lower() not in RESERVED),
            st.one_of(header_text, st.builds(lambda a, b: a + b, header_text, injection)),
            max_size=3,
        )
    )
    attachments = draw(
        st.lists(
            st.tuples(
                st.one_of(st.none(), st.builds(lambda a, b: a + b, header_text, injection)),
                st.sampled_from(
                    [
                        "application/octet-stream",
                        "text/plain",
                        "image/png",
                        "application/x-a\nBcc: evil@example.com",
                        "text/x-b\x0bX: y",
                        "application/pdf; name=x",
                    ]
                ),
            ),
            max_size=2,
        )
    )
    subject = draw(st.one_of(header_text, st.builds(lambda a, b: a + b, header_text, injection)))
    return {
        "subject": subject,
        "from": sender,
        "to": to,
        "cc": cc,
        "bcc": bcc,
        "reply_to": reply_to,
        "headers": headers,
        "attachments": attachments,
    }


def build(inputs: dict[str, Any]) -> mail.EmailMessage:
    e = mail.EmailMessage(
        inputs["subject"],
        "Body\n",
        inputs["from"][0],
        [a for a, _ in inputs["to"]],
        [a for a, _ in inputs["bcc"]],
        headers=dict(inputs["headers"]),
        cc=[a for a, _ in inputs["cc"]],
        reply_to=[a for a, _ in inputs["reply_to"]],
    )
    for filename, mimetype in inputs["attachments"]:
        e.attach(filename, b"\x00\x01data", mimetype)
    return e


def expected_top_headers(e: mail.EmailMessage) -> set[str]:
    names = {"content-type", "mime-version", "subject", "from", "date", "message-id"}
    if not e.attachments:
        names.add("content-transfer-encoding")
    for attr, header in (("to", "to"), ("cc", "cc"), ("reply_to", "reply-to")):
        if getattr(e, attr):
            names.add(header)
    names.update(k.lower() for k in e.extra_headers)
    return names


def top_level_lines(raw: bytes) -> list[bytes]:
    return [line for line in header_block(raw).split(b"\n") if line and not line[:1].isspace()]


def check_serialisation(e: mail.EmailMessage, raw: bytes) -> None:
    expected = expected_top_headers(e)
    lines = top_level_lines(raw)
    names = {line.split(b":", 1)[0].decode("ascii", "replace").lower() for line in lines}
    assert all(b":" in line for line in lines), lines
    assert names == expected, lines
    assert len(lines) == len(expected), lines
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert {k.lower() for k in parsed} == expected
    assert not parsed.defects, parsed.defects
    parts = list(parsed.walk())
    expected_parts = 1 if not e.attachments else 2 + len(e.attachments)
    assert len(parts) == expected_parts
    for part, attachment in zip(parts[2:], e.attachments, strict=True):
        allowed = {"content-type", "mime-version", "content-transfer-encoding"}
        if attachment[0]:
            allowed.add("content-disposition")
        part_names = {k.lower() for k in part}
        assert part_names == allowed, part.items()
        assert not part.defects, part.defects
    for _name, value in e.extra_headers.items():
        assert "evil@example.com" not in str(value) or b"\nBcc:" not in raw


ACCEPTABLE = (mail.BadHeaderError, ValueError)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(message_inputs())
@example(
    {
        "subject": "a\x0bb",
        "from": ("f@example.com", "f@example.com"),
        "to": [("t@example.com", "t@example.com")],
        "cc": [],
        "bcc": [],
        "reply_to": [],
        "headers": {},
        "attachments": [],
    }
)
@example(
    {
        "subject": "s",
        "from": ("f@example.com", "f@example.com"),
        "to": [("t@example.com", "t@example.com")],
        "cc": [],
        "bcc": [],
        "reply_to": [],
        "headers": {"X-Custom": "a\x0cX-Injected: 1"},
        "attachments": [],
    }
)
@example(
    {
        "subject": "s",
        "from": ("f@example.com\x0cinjected", None),
        "to": [("t@example.com", "t@example.com")],
        "cc": [],
        "bcc": [],
        "reply_to": [],
        "headers": {},
        "attachments": [],
    }
)
@example(
    {
        "subject": "s",
        "from": ("f@example.com", "f@example.com"),
        "to": [("t@example.com", "t@example.com")],
        "cc": [],
        "bcc": [],
        "reply_to": [],
        "headers": {},
        "attachments": [("a.txt", "text/x-b\x0bX: y")],
    }
)
def test_no_header_line_can_be_added(inputs: dict[str, Any]) -> None:
    try:
        e = build(inputs)
        raw = e.message().as_bytes()
    except ACCEPTABLE:
        return
    check_serialisation(e, raw)


@pytest.fixture(scope="module")
def module_server() -> Iterator[SMTPTestServer]:
    with SMTPTestServer(smtputf8=True, pipelining=True) as server:
        yield server


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(inputs=message_inputs())
@example(
    inputs={
        "subject": "s",
        "from": ("f@example.com", "f@example.com"),
        "to": [("t@example.com", "t@example.com")],
        "cc": [],
        "bcc": [("b@example.com\rRCPT TO:<evil@example.com>", None)],
        "reply_to": [],
        "headers": {},
        "attachments": [],
    }
)
@example(
    inputs={
        "subject": "s",
        "from": ("f@example.com", "f@example.com"),
        "to": [("t@example.com", "t@example.com")],
        "cc": [],
        "bcc": [],
        "reply_to": [],
        "headers": {},
        "attachments": [("a.txt", "text/x-b\x0bX: y")],
    }
)
def test_no_envelope_recipient_can_be_added(
    module_server: SMTPTestServer, inputs: dict[str, Any]
) -> None:
    start = len(module_server.messages)
    commands_before = len(module_server.raw_commands)
    backend = mail.get_connection(
        "composer.mail.backends.smtp.EmailBackend",
        host=module_server.host,
        port=module_server.port,
        timeout=10,
    )
    try:
        e = build(inputs)
        sent = backend.send_messages([e])
    except ACCEPTABLE:
        assert len(module_server.messages) == start
        return
    finally:
        backend.close()
    received = module_server.messages[start:]
    # Every MAIL and RCPT line is a bare path: no ESMTP parameter came from the data.
    for line in module_server.raw_commands[commands_before:]:
        allowed = r"(?i:SIZE=\d+|SMTPUTF8|BODY=8BITMIME)" if line.startswith("MAIL") else "(?!)"
        assert re.fullmatch(rf"(MAIL FROM|RCPT TO):<[^\s<>]*>( {allowed})*", line), line
    recipients = inputs["to"] + inputs["cc"] + inputs["bcc"]
    if not recipients:
        assert sent == 0
        assert received == []
        return
    assert sent == 1
    (got,) = received
    # Exactly one RCPT per recipient; a clean address goes out as given. An address with
    # injected text that was accepted anyway (the text ended up in a display name) must
    # still yield one plain addr-spec, never a second recipient or a command.
    assert len(got.rcpt_tos) == len(recipients)
    for rcpt, (_value, spec) in zip(got.rcpt_tos, recipients, strict=True):
        if spec is not None:
            assert rcpt == spec
        assert not re.search(r"[\x00-\x1f\x7f\x85\u2028\u2029<>]|evil|RCPT", rcpt), rcpt
    if inputs["from"][1] is not None:
        assert got.mail_from == inputs["from"][1]
    check_serialisation(e, got.data.replace(b"\r\n", b"\n"))


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(addr=address(), field=st.sampled_from(["from_email", "to", "cc", "bcc"]))
@example(addr=(("", "v@example.com> NOTIFY=NEVER RET=FULL"), None), field="to")
@example(addr=('"v> NOTIFY=NEVER"@example.com', None), field="bcc")
@example(addr=("v@example.com\x00", None), field="from_email")
@example(addr=(("", "v@exam\u00adple.com"), None), field="cc")
def test_one_poisoned_address_cannot_reach_the_wire_as_syntax(
    module_server: SMTPTestServer, addr: tuple[Any, str | None], field: str
) -> None:
    """Everything else clean, one address (any form, any field) carries the attack."""
    value, spec = addr
    fields: dict[str, Any] = {"from_email": "f@example.com", "to": ["t@example.com"]}
    fields[field] = value if field == "from_email" else [value]
    message = mail.EmailMessage("s", "Body\n", **fields)
    start, commands_before = len(module_server.messages), len(module_server.raw_commands)
    backend = mail.get_connection(
        "composer.mail.backends.smtp.EmailBackend",
        host=module_server.host,
        port=module_server.port,
        timeout=10,
    )
    try:
        sent = backend.send_messages([message])
    except ACCEPTABLE:
        assert module_server.raw_commands[commands_before:] == []
        return
    finally:
        backend.close()
    lines = module_server.raw_commands[commands_before:]
    (mail_line, *rcpt_lines) = lines
    assert re.fullmatch(r"MAIL FROM:<[^\s<>]*>( (?i:SIZE=\d+|SMTPUTF8|BODY=8BITMIME))*", mail_line)
    assert all(re.fullmatch(r"RCPT TO:<[^\s<>]*>", line) for line in rcpt_lines), lines
    assert len(rcpt_lines) == len(message.recipients())
    assert sent == 1
    (got,) = module_server.messages[start:]
    if spec is not None:
        assert spec in [got.mail_from, *got.rcpt_tos]


# -- wire segments ---------------------------------------------------------------------

body_text = st.lists(
    st.one_of(
        st.sampled_from(["\n", "\r\n", "\r", ".", "..", "From ", "--", " ", "=", "é", "😀"]),
        st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    ),
    max_size=200,
).map("".join)
blob = st.one_of(
    st.binary(max_size=300),
    st.integers(0, 3000).map(lambda n: bytes(range(256)) * (n // 256) + bytes(n % 256)),
)


@st.composite
def message_tree(draw: st.DrawFn) -> Message:
    cls = draw(st.sampled_from([mail.EmailMessage, mail.EmailMultiAlternatives]))
    # Given Message-IDs: make_msgid() uses the random module, which hypothesis forbids.
    e = cls(
        draw(header_text.filter(lambda s: not any(b in s for b in BREAKS))),
        draw(body_text),
        "from@example.com",
        ["to@example.com"],
        headers={"Message-ID": "<outer@composer.test>"},
    )
    if cls is mail.EmailMultiAlternatives:
        for _ in range(draw(st.integers(0, 2))):
            e.attach_alternative(draw(body_text), draw(st.sampled_from(["text/html", "text/x-md"])))
        if draw(st.booleans()):
            e.attach_alternative(draw(blob), "application/x-bin")
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(["bin", "text", "rfc822"]))
        if kind == "bin":
            e.attach(
                draw(st.sampled_from([None, "a.bin", "é.bin"])),
                draw(blob),
                "application/octet-stream",
            )
        elif kind == "text":
            e.attach("t.txt", draw(body_text), "text/plain")
        else:
            inner = mail.EmailMessage(
                "inner",
                draw(body_text),
                "a@example.com",
                ["b@example.com"],
                headers={"Message-ID": "<inner@composer.test>"},
            )
            if draw(st.booleans()):
                inner.attach("i.bin", draw(blob))
            e.attach(None, inner, "message/rfc822")
    e.encoding = draw(st.sampled_from([None, "utf-8", "iso-8859-1"]))
    try:
        msg = e.message()
    except UnicodeEncodeError:
        assume(False)
    if msg.is_multipart():
        ascii_text = body_text.filter(str.isascii)
        if draw(st.booleans()):
            msg.preamble = draw(ascii_text)
        if draw(st.booleans()):
            msg.epilogue = draw(ascii_text)
    return msg


def expand(segments: list[Any]) -> bytes:
    out = []
    for seg in segments:
        if isinstance(seg, fastpath.Base64Segment):
            data = b"".join(seg.chunks())
            assert len(seg) == len(data)
            out.append(data)
        else:
            assert isinstance(seg, bytes)
            out.append(seg)
    return b"".join(out)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(msg=message_tree(), threshold=st.sampled_from([1, 64, 1000, fastpath.STREAM_THRESHOLD]))
def test_wire_segments_equal_as_bytes(msg: Message, threshold: int) -> None:
    expected = msg.as_bytes(linesep="\r\n")  # fixes the boundaries before streaming
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(fastpath, "STREAM_THRESHOLD", threshold)
        segments = fastpath.wire_segments(msg)
        stuffed = b"".join(fastpath.iter_dot_stuffed(segments))
    wire = expand(segments)
    assert wire == expected
    assert msg.as_bytes(linesep="\r\n") == expected  # streaming did not change the tree
    assert stuffed == re.sub(rb"(?m)^\.", b"..", expected)


def test_wire_segments_rfc822_with_large_attachment() -> None:
    # A forwarded message (message/rfc822) that itself carries a large attachment.
    inner = mail.EmailMessage("inner", "b", "a@example.com", ["b@example.com"])
    inner.attach("big.bin", b"\x01" * (fastpath.STREAM_THRESHOLD + 10))
    e = mail.EmailMessage("s", "b", "f@example.com", ["t@example.com"])
    e.attach(None, inner, "message/rfc822")
    msg = e.message()
    expected = msg.as_bytes(linesep="\r\n")
    assert expand(fastpath.wire_segments(msg)) == expected
    assert msg.as_bytes(linesep="\r\n") == expected


def test_wire_segments_stream_large_attachment() -> None:
    e = mail.EmailMessage("s", "b", "f@example.com", ["t@example.com"])
    e.attach("big.bin", bytes(range(256)) * 2048)
    msg = e.message()
    segments = fastpath.wire_segments(msg)
    assert any(isinstance(s, fastpath.Base64Segment) for s in segments)
    assert expand(segments) == msg.as_bytes(linesep="\r\n")


# -- envelope addresses ----------------------------------------------------------------


@settings(max_examples=500, deadline=None)
@given(simple_address)
@example("a@b")
@example("x" * 64 + "@" + "y" * 63 + ".com")
@example("a@1.2.3.4")
def test_envelope_fast_path_equals_full_parse(addr: str) -> None:
    fast = envelope_address(addr, "utf-8")
    # A subclass of str is not fast-pathed: the full parse runs.
    slow = envelope_address(type("S", (str,), {})(addr), "utf-8")
    assert fast == slow
    assert fast[0] == sanitize_address(addr, "utf-8")
    django = dj_message.sanitize_address(addr, "utf-8")
    assert fast[0] == django
    assert fast[1] == smtplib.quoteaddr(django)[1:-1]


@settings(max_examples=300, deadline=None)
@given(name=display_name, spec=simple_address)
def test_envelope_named_address_matches_django_wire(name: str, spec: str) -> None:
    value = f'"{name}" <{spec}>' if name and '"' not in name and "\\" not in name else spec
    try:
        django = dj_message.sanitize_address(value, "utf-8")
    except ValueError:
        with pytest.raises(ValueError, match=r"(?i)invalid"):
            envelope_address(value, "utf-8")
        return
    ours = envelope_address(value, "utf-8")
    assert ours[0] == django
    assert ours[1] == smtplib.quoteaddr(django)[1:-1] == spec


# -- differential: composer against Django on random well-formed input -----------------

plain_word = st.text(
    st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'+-"),
    min_size=1,
    max_size=10,
)
plain_name = st.lists(plain_word, min_size=1, max_size=10).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(name=plain_name, spec=simple_address)
@example(name="A" * 76, spec="a@example.com")
@example(name="A" * 77, spec="a@example.com")
@example(name="Ann-Marie O'Neil+1", spec="a@example.com")
def test_envelope_unquoted_name_matches_django_wire(name: str, spec: str) -> None:
    value = f"{name} <{spec}>"
    django = dj_message.sanitize_address(value, "utf-8")
    ours = envelope_address(value, "utf-8")
    assert ours[0] == django
    assert ours[1] == smtplib.quoteaddr(django)[1:-1]
    assert ours == envelope_address(type("S", (str,), {})(value), "utf-8")


safe_text = st.lists(
    st.one_of(
        st.characters(min_codepoint=0x20, max_codepoint=0x7E),
        st.sampled_from(["é", "ж", "한", "😀", "\t", "  ", "=?", "?="]),
    ),
    max_size=90,
).map("".join)
ascii_mailbox = st.one_of(
    simple_address,
    st.builds(lambda n, s: f"{n} <{s}>", plain_name, simple_address),
    st.builds(
        lambda n, s: f'"{n}" <{s}>',
        display_name.filter(lambda n: '"' not in n and "\\" not in n),
        simple_address,
    ),
)


@st.composite
def differential_case(draw: st.DrawFn) -> dict[str, Any]:
    headers = draw(
        st.dictionaries(
            st.sampled_from(
                ["X-Custom", "Keywords", "Comments", "X-Priority", "Sender", "List-Id"]
            ),
            safe_text,
            max_size=3,
        )
    )
    return {
        "subject": draw(safe_text),
        "body": draw(st.one_of(body_text, safe_text)),
        "from_email": draw(ascii_mailbox),
        "to": draw(st.lists(ascii_mailbox, max_size=3)),
        "cc": draw(st.lists(ascii_mailbox, max_size=2)),
        "reply_to": draw(st.lists(ascii_mailbox, max_size=2)),
        "headers": headers,
        "encoding": draw(st.sampled_from([None, "utf-8", "iso-8859-1", "koi8-r"])),
        "html": draw(st.one_of(st.none(), safe_text)),
        "attach": draw(st.booleans()),
    }


def _render_case(m: Any, case: dict[str, Any]) -> Any:
    from helpers_mail import deep_norm

    try:
        e = m.EmailMultiAlternatives(
            case["subject"],
            case["body"],
            case["from_email"],
            case["to"],
            headers=dict(case["headers"], **{"Message-ID": "<fixed@composer.test>"}),
            cc=case["cc"],
            reply_to=case["reply_to"],
        )
        e.encoding = case["encoding"]
        if case["html"] is not None:
            e.attach_alternative(case["html"], "text/html")
        if case["attach"]:
            e.attach("a.txt", case["body"])
            e.attach("b.bin", b"\x00\xff")
        msg = e.message()
        raw = msg.as_bytes()
        read_back = {
            k: str(msg[k])
            for k in ["Subject", "From", "To", "Cc", "Reply-To", *case["headers"]]
            if msg[k] is not None
        }
    except Exception as exc:
        return ("raised", type(exc).__name__)
    return ("ok", deep_norm(raw), read_back, e.recipients())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(differential_case())
def test_differential_against_django(case: dict[str, Any]) -> None:
    import django.core.mail as dj_mail
    from helpers_mail import conform

    # A non-ASCII local part in an address header is a deliberate difference (spec 11a:
    # kept as UTF-8, not RFC 2047-encoded); test_conformance.py's
    # test_fixed_non_ascii_local_part_kept_as_utf8 checks composer's behaviour for it.
    sender = case["headers"].get("Sender", "")
    assume(
        not any(
            not addr.rpartition("@")[0].isascii()
            for _name, addr in email.utils.getaddresses([sender])
        )
    )
    conform(_render_case(dj_mail, case), _render_case(mail, case))
