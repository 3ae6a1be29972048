"""Side by side with Django 5.2: the same operations on both libraries, equal results.

Every scenario is a function of the mail module (``django.core.mail`` or
``composer.mail``); ``run`` executes it on both under the same settings and ``conform``
compares what spec §10 says is observable. Where spec §11a says composer deliberately
differs from Django, the test asserts composer's fixed behaviour explicitly instead.
"""

from __future__ import annotations

import copy
import email.utils
import io
import os
import pickle
import re
import smtplib
from collections.abc import Callable, Iterator
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.text import MIMEText
from pathlib import Path
from typing import Any

import django.core.mail.message as dj_message
import pytest
from helpers_mail import (
    backend_path,
    cm_mail,
    cm_override,
    conform,
    deep_norm,
    dj_mail,
    dj_override,
    fresh_outboxes,
    header_lines,
    parse,
    run,
    snapshot,
    split_console,
    split_file,
    wire_problems,
)
from oracle import outcome

import composer.mail.message as cm_message


@pytest.fixture(autouse=True)
def _outboxes() -> Iterator[None]:
    with fresh_outboxes():
        yield


# -- scenario building blocks ----------------------------------------------------------


def render(e: Any) -> Any:
    """The observable result of e.message(): the normalised tree and wire checks."""
    try:
        raw = e.message().as_bytes()
    except Exception as exc:
        return ("raised", type(exc).__name__)
    return ("ok", deep_norm(raw), wire_problems(raw))


def message_scenario(build: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """Scenario: build a message with the module, then snapshot and render it."""

    def scenario(m: Any) -> Any:
        try:
            e = build(m)
        except Exception as exc:
            return ("raised@build", type(exc).__name__)
        return (snapshot(e), render(e))

    return scenario


def check(build: Callable[[Any], Any], raises: str | None = None, **settings: Any) -> None:
    """Build, snapshot and render a message with both libraries; the results must be equal.

    A message that cannot be built leaves nothing to compare but the exception's class, so
    that outcome is accepted only where the test expects it (*raises*, a class name).
    """
    dj, cm = run(message_scenario(build), **settings)
    conform(dj, cm)
    if raises is None:
        assert dj[0] != "raised@build", f"building raised {dj[1]} on both sides"
    else:
        assert dj == ("raised@build", raises), dj


# -- §5.1 constructor ------------------------------------------------------------------

LIST_ARGS = ["to", "cc", "bcc", "reply_to"]
CLASSES = ["EmailMessage", "EmailMultiAlternatives"]


@pytest.mark.parametrize("cls", CLASSES)
@pytest.mark.parametrize("arg", LIST_ARGS)
def test_str_list_argument_raises_type_error(cls: str, arg: str) -> None:
    def scenario(m: Any) -> Any:
        return outcome(lambda: getattr(m, cls)(**{arg: "a@example.com"}))

    dj, cm = run(scenario)
    conform(dj, cm)
    assert cm == ("raised", "TypeError")
    with pytest.raises(TypeError, match=f'"{arg}" argument must be a list or tuple'):
        getattr(cm_mail, cls)(**{arg: "a@example.com"})


LIST_VALUES: dict[str, Callable[[], Any]] = {
    "none": lambda: None,
    "empty-list": lambda: [],
    "empty-tuple": lambda: (),
    "list": lambda: ["a@example.com", "b@example.com"],
    "tuple": lambda: ("a@example.com", "b@example.com"),
    "generator": lambda: (x for x in ["a@example.com", "b@example.com"]),
    "dict-keys": lambda: {"a@example.com": 1, "b@example.com": 2}.keys(),
    "with-empty": lambda: ["a@example.com", "", None, "b@example.com"],
    "duplicates": lambda: ["a@example.com", "a@example.com"],
    "named": lambda: ["Ann <a@example.com>", '"Doe, John" <j@example.com>'],
}


@pytest.mark.parametrize("cls", CLASSES)
@pytest.mark.parametrize("arg", LIST_ARGS)
@pytest.mark.parametrize("value", list(LIST_VALUES))
def test_list_argument_forms(cls: str, arg: str, value: str) -> None:
    check(lambda m: getattr(m, cls)("S", "B", "f@example.com", **{arg: LIST_VALUES[value]()}))


def test_list_argument_is_copied() -> None:
    def scenario(m: Any) -> Any:
        to = ["a@example.com"]
        e = m.EmailMessage(to=to)
        to.append("b@example.com")
        return e.to, e.to is to

    dj, cm = run(scenario)
    conform(dj, cm)


@pytest.mark.parametrize("from_email", [None, "", "me@example.com", "Me <me@example.com>"])
def test_from_email_default_resolved_at_construction(from_email: str | None) -> None:
    def scenario(m: Any) -> Any:
        with (dj_override if m is dj_mail else cm_override)(DEFAULT_FROM_EMAIL="x@example.com"):
            e = m.EmailMessage("s", "b", from_email, ["t@example.com"])
        return e.from_email, render(e)

    dj, cm = run(scenario, DEFAULT_FROM_EMAIL="later@example.com")
    conform(dj, cm)


@pytest.mark.parametrize("body", [None, "", "text", 0])
def test_body_falsy_becomes_empty_string(body: Any) -> None:
    check(lambda m: m.EmailMessage("s", body, "f@example.com", ["t@example.com"]))


def test_positional_order_email_message() -> None:
    def build(m: Any) -> Any:
        return m.EmailMessage(
            "Subj",
            "Body",
            "from@example.com",
            ["to@example.com"],
            ["bcc@example.com"],
            None,
            [("a.txt", "attached", "text/plain")],
            {"X-Tag": "1"},
            ["cc@example.com"],
            ["reply@example.com"],
        )

    check(build)


def test_positional_order_multi_alternatives() -> None:
    def build(m: Any) -> Any:
        return m.EmailMultiAlternatives(
            "Subj",
            "Body",
            "from@example.com",
            ["to@example.com"],
            ["bcc@example.com"],
            None,
            [("a.txt", "attached", "text/plain")],
            {"X-Tag": "1"},
            [("<p>hi</p>", "text/html")],
            ["cc@example.com"],
            ["reply@example.com"],
        )

    check(build)
    e = build(cm_mail)
    assert e.alternatives == [("<p>hi</p>", "text/html")]
    assert isinstance(e.alternatives[0], cm_mail.EmailAlternative)
    assert e.cc == ["cc@example.com"]
    assert e.reply_to == ["reply@example.com"]


def test_email_message_rejects_eleven_positional_arguments() -> None:
    def scenario(m: Any) -> Any:
        return outcome(lambda: m.EmailMessage(*(["s", "b", "f@x.com", ["t@x.com"]] + [None] * 7)))

    dj, cm = run(scenario)
    conform(dj, cm)
    assert cm == ("raised", "TypeError")


def test_ninth_positional_of_email_message_is_cc() -> None:
    check(
        lambda m: m.EmailMessage(
            "s", "b", "f@x.com", ["t@x.com"], None, None, None, None, ["c@x.com"]
        )
    )


ATTACHMENT_ARGS: dict[str, Callable[[], Any]] = {
    "2-tuple-txt": lambda: [("a.txt", "hello")],
    "2-tuple-bin": lambda: [("a.bin", b"\x00\x01\xff")],
    "3-tuple": lambda: [("a.dat", b"xyz", "application/x-thing")],
    "1-tuple": lambda: [("a.txt",)],
    "4-tuple": lambda: [("a.txt", "x", "text/plain", "extra")],
    "mimebase": lambda: [MIMEText("inline text")],
    "mixed": lambda: [MIMEText("t"), ("b.txt", b"bytes text")],
    "named-tuple": lambda: [cm_mail.EmailAttachment("c.txt", "c", "text/plain")],
    "none-content": lambda: [("a.txt", None)],
    "generator": lambda: (x for x in [("g.txt", "g")]),
}


# What attach(*item) raises for the items that are not an attachment.
ATTACHMENT_ERRORS = {"1-tuple": "ValueError", "4-tuple": "TypeError", "none-content": "ValueError"}


@pytest.mark.parametrize("cls", CLASSES)
@pytest.mark.parametrize("value", list(ATTACHMENT_ARGS))
def test_attachments_argument(cls: str, value: str) -> None:
    check(
        lambda m: getattr(m, cls)(
            "s", "b", "f@x.com", ["t@x.com"], attachments=ATTACHMENT_ARGS[value]()
        ),
        raises=ATTACHMENT_ERRORS.get(value),
    )


def test_headers_argument_is_the_same_object() -> None:
    def scenario(m: Any) -> Any:
        headers = {"X-A": "1"}
        e = m.EmailMessage(headers=headers)
        e.message()
        return e.extra_headers is headers, headers

    dj, cm = run(scenario)
    conform(dj, cm)
    assert cm == (True, {"X-A": "1"})


@pytest.mark.parametrize("cls", CLASSES)
def test_class_attributes_and_defaults(cls: str) -> None:
    def scenario(m: Any) -> Any:
        e = getattr(m, cls)()
        return snapshot(e), e.connection

    dj, cm = run(scenario)
    conform(dj, cm)


@pytest.mark.parametrize("cls", CLASSES)
def test_pickle_and_deepcopy(cls: str) -> None:
    def scenario(m: Any) -> Any:
        e = getattr(m, cls)(
            "s", "b", "f@x.com", ["t@x.com"], ["b@x.com"], headers={"X-A": "1"}, cc=["c@x.com"]
        )
        e.attach("a.txt", "text")
        e.attach(MIMEText("mime"))
        if hasattr(e, "attach_alternative"):
            e.attach_alternative("<b>x</b>", "text/html")
        p = pickle.loads(pickle.dumps(e))
        d = copy.deepcopy(e)
        return snapshot(p), snapshot(d), render(p), render(d)

    dj, cm = run(scenario)
    conform(dj, cm)


@pytest.mark.parametrize(
    "attr", ["content_subtype", "mixed_subtype", "encoding", "subject", "body"]
)
def test_instance_attributes_changed_before_message(attr: str) -> None:
    values = {
        "content_subtype": "html",
        "mixed_subtype": "related",
        "encoding": "iso-8859-1",
        "subject": "Changed",
        "body": "Changed body é",
    }

    def build(m: Any) -> Any:
        e = m.EmailMessage("s", "b", "f@x.com", ["t@x.com"], attachments=[("a.txt", "x")])
        setattr(e, attr, values[attr])
        return e

    check(build)


def test_alternative_subtype_changed() -> None:
    def build(m: Any) -> Any:
        e = m.EmailMultiAlternatives("s", "b", "f@x.com", ["t@x.com"])
        e.attach_alternative("<p>x</p>", "text/html")
        e.alternative_subtype = "related"
        return e

    check(build)


# -- §5.2 recipients -------------------------------------------------------------------

RECIPIENT_CASES: dict[str, dict[str, Any]] = {
    "to-only": {"to": ["a@x.com"]},
    "all": {"to": ["a@x.com"], "cc": ["c@x.com"], "bcc": ["b@x.com"], "reply_to": ["r@x.com"]},
    "order": {"bcc": ["3@x.com"], "cc": ["2@x.com"], "to": ["1@x.com"]},
    "dups": {"to": ["a@x.com"], "cc": ["a@x.com"], "bcc": ["a@x.com"]},
    "falsy": {"to": ["", None, "a@x.com"], "cc": [None], "bcc": [""]},
    "reply-only": {"reply_to": ["r@x.com"]},
    "none": {},
    "named": {"to": ["Ann <a@x.com>"], "bcc": [("B", "b@x.com")]},
}


@pytest.mark.parametrize("case", list(RECIPIENT_CASES))
@pytest.mark.parametrize("cls", CLASSES)
def test_recipients(case: str, cls: str) -> None:
    def scenario(m: Any) -> Any:
        return getattr(m, cls)(**RECIPIENT_CASES[case]).recipients()

    dj, cm = run(scenario)
    conform(dj, cm)


@pytest.mark.parametrize("attr", ["to", "cc", "bcc"])
def test_recipients_with_tuple_assigned_later_raises(attr: str) -> None:
    def scenario(m: Any) -> Any:
        e = m.EmailMessage(to=["a@x.com"], cc=["c@x.com"], bcc=["b@x.com"])
        setattr(e, attr, ("z@x.com",))
        return outcome(e.recipients)

    dj, cm = run(scenario)
    conform(dj, cm)
    assert cm == ("raised", "TypeError")


def test_recipients_with_list_assigned_later() -> None:
    def scenario(m: Any) -> Any:
        e = m.EmailMessage(to=["a@x.com"])
        e.to = ["n@x.com"]
        e.bcc.append("b@x.com")
        return e.recipients(), render(e)

    dj, cm = run(scenario)
    conform(dj, cm)


# -- §5.4 attach -----------------------------------------------------------------------

ATTACH_CALLS: dict[str, tuple[tuple[Any, ...], dict[str, Any]]] = {
    "txt-str": (("a.txt", "hello\n"), {}),
    "txt-utf8-bytes": (("a.txt", "héllo".encode()), {}),
    "txt-latin1-bytes": (("a.txt", "héllo".encode("latin-1")), {}),
    "txt-bytes-explicit": (("a", b"plain bytes", "text/plain"), {}),
    "csv-bytes": (("t.csv", b"a,b\n1,2\n"), {}),
    "html-bytes": (("p.html", "<p>é</p>".encode()), {}),
    "html-bad-bytes": (("p.html", b"\xff\xfe<p>"), {}),
    "pdf-bytes": (("r.pdf", b"%PDF-1.4\x00\xff"), {}),
    "png-bytes": (("i.png", b"\x89PNG\r\n\x1a\n\x00"), {}),
    "unknown-ext": (("file.zzzunknown", b"\x00\x01"), {}),
    "no-ext": (("README", b"abc"), {}),
    "no-ext-str": (("README", "abc é"), {}),
    "explicit-type": (("x.txt", b"\x00", "application/x-custom"), {}),
    "explicit-text-bad": (("x.bin", b"\xff\xff", "text/x-foo"), {}),
    "json": (("d.json", b'{"a": 1}'), {}),
    "json-str": (("d.json", '{"a": "é"}'), {}),
    "str-binary-type": (("b.bin", "abc\u00e9\u00ff", "application/octet-stream"), {}),
    "empty-bytes": (("e.bin", b""), {}),
    "empty-str-text": (("e.txt", ""), {}),
    "none-filename-with-type": ((None, "inline", "text/plain"), {}),
    "empty-filename": (("", b"x", "application/octet-stream"), {}),
    "non-ascii-filename": (("résumé 한글.pdf", b"%PDF"), {}),
    "spaces-filename": (("my file (1).txt", "x"), {}),
    "quote-filename": (('say "hi".txt', "x"), {}),
    "long-filename": (("n" * 120 + ".txt", "x"), {}),
    "kwargs": ((), {"filename": "k.txt", "content": "kw", "mimetype": "text/plain"}),
    "content-none": (("a.txt", None), {}),
    "content-none-kw": ((), {"filename": "a.txt"}),
    "no-args": ((), {}),
    "mimebase": ((MIMEText("m"),), {}),
    "mimebase-image": ((MIMEImage(b"GIF89a\x01\x00\x01\x00", "gif"),), {}),
    "mimebase-with-content": ((MIMEText("m"), "c"), {}),
    "mimebase-with-mimetype": ((MIMEText("m"),), {"mimetype": "text/plain"}),
    "mimetype-no-slash": (("a.txt", "x", "textplain"), {}),
    "bytearray": (("b.bin", bytearray(b"\x00\x01")), {}),
    "text-calendar": (("invite.ics", "BEGIN:VCALENDAR\nEND:VCALENDAR\n"), {}),
    "text-long-line": (("long.txt", "y" * 2000), {}),
    "xml-str": (("a.xml", "<a/>"), {}),
    "path-filename": ((Path("doc.txt"), "from a Path"), {}),
    "mimetype-params": (("f.txt", "flowed", "text/plain; format=flowed"), {}),
    "mimetype-upper": (("f.txt", b"upper", "TEXT/PLAIN"), {}),
    "bytes-filename": ((b"raw.bin", b"x", "application/octet-stream"), {}),
}


@pytest.mark.parametrize("cls", CLASSES)
@pytest.mark.parametrize("call", list(ATTACH_CALLS))
def test_attach(cls: str, call: str) -> None:
    args, kwargs = ATTACH_CALLS[call]

    def scenario(m: Any) -> Any:
        e = getattr(m, cls)("s", "body", "f@x.com", ["t@x.com"])
        res = outcome(lambda: e.attach(*args, **kwargs))
        return res, snapshot(e), render(e)

    dj, cm = run(scenario)
    conform(dj, cm)


@pytest.mark.parametrize("call", ["txt-latin1-bytes", "html-bad-bytes", "explicit-text-bad"])
def test_attach_undecodable_text_becomes_octet_stream(call: str) -> None:
    args, _ = ATTACH_CALLS[call]
    e = cm_mail.EmailMessage()
    e.attach(*args)
    assert e.attachments == [(args[0], args[1], "application/octet-stream")]
    assert isinstance(e.attachments[0], cm_mail.EmailAttachment)


def test_attach_bytes_transported_exactly() -> None:
    data = bytes(range(256)) * 64
    e = cm_mail.EmailMessage("s", "b", "f@x.com", ["t@x.com"])
    e.attach("blob.bin", data)
    parsed = parse(e.message().as_bytes())
    parts = list(parsed.iter_attachments())  # type: ignore[attr-defined]
    assert parts[0].get_payload(decode=True) == data
    assert parts[0]["Content-Transfer-Encoding"] == "base64"


FILES: dict[str, bytes] = {
    "note.txt": "Grüße\n".encode(),
    "latin.txt": "Grüße\n".encode("latin-1"),
    "data.bin": bytes(range(256)),
    "pic.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 20,
    "page.html": b"<html><body>hi</body></html>",
    "noext": b"just bytes",
    "파일.txt": "내용".encode(),
}


@pytest.mark.parametrize("name", list(FILES))
@pytest.mark.parametrize("as_path", [False, True], ids=["str", "pathlike"])
@pytest.mark.parametrize("mimetype", [None, "application/x-forced"])
def test_attach_file(tmp_path: Path, name: str, as_path: bool, mimetype: str | None) -> None:
    path = tmp_path / name
    path.write_bytes(FILES[name])

    def scenario(m: Any) -> Any:
        e = m.EmailMessage("s", "b", "f@x.com", ["t@x.com"])
        res = outcome(lambda: e.attach_file(path if as_path else str(path), mimetype))
        return res, snapshot(e), render(e)

    dj, cm = run(scenario)
    conform(dj, cm)


def test_attach_file_missing(tmp_path: Path) -> None:
    def scenario(m: Any) -> Any:
        e = m.EmailMessage()
        return outcome(lambda: e.attach_file(tmp_path / "missing.txt")), e.attachments

    dj, cm = run(scenario)
    conform(dj, cm)
    assert cm == (("raised", "FileNotFoundError"), [])


# -- §5.8 message/rfc822 -------------------------------------------------------------

RFC822_SOURCES: dict[str, Callable[[Any], Any]] = {
    "email-message": lambda m: m.EmailMessage("Inner", "inner body", "i@x.com", ["j@x.com"]),
    "email-message-utf8": lambda m: m.EmailMessage("Innér", "ïnner bödy", "i@x.com", ["j@x.com"]),
    "email-message-attach": lambda m: m.EmailMessage(
        "Inner", "b", "i@x.com", ["j@x.com"], attachments=[("x.bin", b"\x00\x01")]
    ),
    "stdlib-message": lambda m: email.message_from_string(
        "From: a@x.com\nTo: b@x.com\nSubject: plain\n\nhello\n"
    ),
    "str": lambda m: "From: a@x.com\nSubject: from str\n\nstr body\n",
    "bytes": lambda m: b"From: a@x.com\nSubject: from bytes\n\nbytes body\n",
    "bytes-8bit": lambda m: (
        b"From: a@x.com\nSubject: 8bit\nContent-Type: text/plain; charset=utf-8\n"
        b"Content-Transfer-Encoding: 8bit\n\n\xc3\xa9t\xc3\xa9\n"
    ),
    "str-non-ascii": lambda m: (
        "From: a@x.com\nSubject: x\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\nétè\n"
    ),
    "multipart-str": lambda m: (
        'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="BB"\n'
        "Subject: mp\n\n--BB\nContent-Type: text/plain\n\none\n--BB--\n"
    ),
}


@pytest.mark.parametrize("source", list(RFC822_SOURCES))
@pytest.mark.parametrize("filename", [None, "fwd.eml"])
@pytest.mark.parametrize("body", ["", "see attached"])
def test_rfc822_attachment(source: str, filename: str | None, body: str) -> None:
    def scenario(m: Any) -> Any:
        e = m.EmailMessage("outer", body, "f@x.com", ["t@x.com"])
        e.attach(filename, RFC822_SOURCES[source](m), "message/rfc822")
        try:
            raw = e.message().as_bytes()
        except Exception as exc:
            return ("raised", type(exc).__name__)
        parsed = parse(raw)
        parts = [p for p in parsed.walk() if p.get_content_type() == "message/rfc822"]
        ctes = [str(p.get("Content-Transfer-Encoding", "")).lower() for p in parts]
        return deep_norm(raw), len(parts), all(c in ("", "7bit", "8bit", "binary") for c in ctes)

    dj, cm = run(scenario)
    conform(dj, cm)
    assert cm[1] == 1
    assert cm[2] is True


def test_rfc822_attach_content_only() -> None:
    def build(m: Any) -> Any:
        e = m.EmailMessage("s", "b", "f@x.com", ["t@x.com"])
        e.attach(
            content=m.EmailMessage("inner", "x", "a@x.com", ["b@x.com"]), mimetype="message/rfc822"
        )
        return e

    check(build)


# -- §5.6 / §6 structure ---------------------------------------------------------------

STRUCT_BODIES = {"body": "Body text\n", "nobody": ""}
STRUCT_ALTS: dict[str, list[tuple[Any, str]]] = {
    "noalt": [],
    "html": [("<p>Body</p>", "text/html")],
    "html+md": [("<p>Body</p>", "text/html"), ("*Body*", "text/markdown")],
    "bin-alt": [(b"\x00\x01", "application/x-bin")],
    "rfc822-alt": [("From: a@x.com\n\nx\n", "message/rfc822")],
}
STRUCT_ATTS: dict[str, list[tuple[Any, ...]]] = {
    "noatt": [],
    "file": [("a.pdf", b"%PDF-1.4", "application/pdf")],
    "two": [("a.txt", "first"), ("b.bin", b"\x00")],
}


@pytest.mark.parametrize("body", list(STRUCT_BODIES))
@pytest.mark.parametrize("alts", list(STRUCT_ALTS))
@pytest.mark.parametrize("atts", list(STRUCT_ATTS))
def test_structure_multi_alternatives(body: str, alts: str, atts: str) -> None:
    def build(m: Any) -> Any:
        e = m.EmailMultiAlternatives("s", STRUCT_BODIES[body], "f@x.com", ["t@x.com"])
        for content, mimetype in STRUCT_ALTS[alts]:
            e.attach_alternative(content, mimetype)
        for att in STRUCT_ATTS[atts]:
            e.attach(*att)
        return e

    check(build)


@pytest.mark.parametrize("body", list(STRUCT_BODIES))
@pytest.mark.parametrize("atts", list(STRUCT_ATTS))
@pytest.mark.parametrize("subtype", ["plain", "html"])
def test_structure_email_message(body: str, atts: str, subtype: str) -> None:
    def build(m: Any) -> Any:
        e = m.EmailMessage("s", STRUCT_BODIES[body], "f@x.com", ["t@x.com"])
        e.content_subtype = subtype
        for att in STRUCT_ATTS[atts]:
            e.attach(*att)
        return e

    check(build)


SPEC_TABLE = [
    ("yes", None, None, "text/plain", []),
    ("yes", "html", None, "multipart/alternative", ["text/plain", "text/html"]),
    ("yes", "html", "file", "multipart/mixed", ["multipart/alternative", "application/pdf"]),
    ("no", "html", None, "multipart/alternative", ["text/html"]),
    ("no", "html", "file", "multipart/mixed", ["multipart/alternative", "application/pdf"]),
    ("no", None, None, "text/plain", []),
]


@pytest.mark.parametrize(("body", "alt", "att", "top", "children"), SPEC_TABLE)
def test_structure_table_rows(
    body: str, alt: str | None, att: str | None, top: str, children: list[str]
) -> None:
    e = cm_mail.EmailMultiAlternatives("s", "Body" if body == "yes" else "", "f@x.com", ["t@x.com"])
    if alt:
        e.attach_alternative("<p>Body</p>", "text/html")
    if att:
        e.attach("a.pdf", b"%PDF", "application/pdf")
    parsed = parse(e.message().as_bytes())
    assert parsed.get_content_type() == top
    if children:
        assert [p.get_content_type() for p in parsed.iter_parts()] == children  # type: ignore[attr-defined]
    if alt and att:
        inner = next(parsed.iter_parts())  # type: ignore[attr-defined]
        expected = ["text/plain", "text/html"] if body == "yes" else ["text/html"]
        assert [p.get_content_type() for p in inner.iter_parts()] == expected


@pytest.mark.parametrize(
    ("alternatives", "text", "expected"),
    [
        ([], "Body", True),
        ([("<p>Body</p>", "text/html")], "Body", True),
        ([("<p>Other</p>", "text/html")], "Body", False),
        ([(b"Body", "application/x-bin")], "Body", True),
        ([(b"zz", "application/x-bin")], "Body", True),
        ([("Body", "text/plain"), ("nope", "text/html")], "Body", False),
        ([], "missing", False),
    ],
)
def test_body_contains(alternatives: list[Any], text: str, expected: bool) -> None:
    def scenario(m: Any) -> Any:
        return m.EmailMultiAlternatives(
            "s", "A Body here", alternatives=alternatives
        ).body_contains(text)

    dj, cm = run(scenario)
    conform(dj, cm)
    assert cm is expected


@pytest.mark.parametrize(
    ("content", "mimetype"), [(None, "text/html"), ("<p>", None), (None, None), ("", "text/html")]
)
def test_attach_alternative_arguments(content: Any, mimetype: Any) -> None:
    def scenario(m: Any) -> Any:
        e = m.EmailMultiAlternatives("s", "b", "f@x.com", ["t@x.com"])
        return outcome(lambda: e.attach_alternative(content, mimetype)), snapshot(e), render(e)

    dj, cm = run(scenario)
    conform(dj, cm)


# -- §5.7 charsets and transfer encodings --------------------------------------------

BODIES: dict[str, str] = {
    "empty": "",
    "ascii": "Hello,\nthis is plain.\n",
    "no-trailing-nl": "abc",
    "crlf": "line1\r\nline2\r\n",
    "cr-only": "a\rb",
    "from-line": "From the desk of\nFrom me\n>From quoted\n",
    "dot-lines": ".\n..\n.x\n",
    "latin": "Grüße aus Köln, ½ price\n",
    "korean": "안녕하세요.\n보고서를 확인해 주세요.\n",
    "cyrillic": "Привет, мир\n",
    "japanese": "こんにちは世界\n",
    "chinese-trad": "繁體中文測試\n",
    "emoji": "party 😀\n",
    "ascii-998": "a" * 998,
    "ascii-999": "a" * 999 + "\nshort",
    "cyr-499": "ж" * 499,
    "cyr-500": "ж" * 500,
    "cyr-840": "ж" * 840 + "\n",
    "long-multiline": ("x" * 80 + "\n") * 50,
    "trailing-ws": "a  \nb\t\n",
    "nbsp": "a\u00a0b",
    "equals": "a=b\n=3D\n",
    "tabs-long": "\t" * 1000,
    "mixed-long-utf8": "é" * 300 + "\n" + "a" * 990,
}

ENCODINGS: list[str | None] = [
    None,
    "utf-8",
    "UTF-8",
    "utf8",
    "iso-8859-1",
    "latin-1",
    "iso-8859-15",
    "windows-1252",
    "us-ascii",
    "ascii",
    "euc-kr",
    "koi8-r",
    "big5",
    "shift_jis",
    "iso-2022-jp",
    "gb2312",
    "euc-jp",
    "utf-16",
    "no-such-codec",
]

SHORT_BODIES = ["empty", "ascii", "latin", "korean", "cyrillic", "japanese", "ascii-999", "crlf"]


@pytest.mark.parametrize("body", list(BODIES))
def test_utf8_body(body: str) -> None:
    check(lambda m: m.EmailMessage("s", BODIES[body], "f@x.com", ["t@x.com"]))


@pytest.mark.parametrize("encoding", ENCODINGS, ids=str)
@pytest.mark.parametrize("body", SHORT_BODIES)
def test_body_encoding(encoding: str | None, body: str) -> None:
    def build(m: Any) -> Any:
        e = m.EmailMessage("s", BODIES[body], "f@x.com", ["t@x.com"])
        e.encoding = encoding
        return e

    check(build)


@pytest.mark.parametrize(
    "encoding", ["utf-8", "iso-8859-1", "koi8-r", "shift_jis", "no-such-codec"]
)
@pytest.mark.parametrize("body", ["ascii", "latin", "cyrillic", "japanese"])
def test_default_charset_setting(encoding: str, body: str) -> None:
    check(
        lambda m: m.EmailMessage("s", BODIES[body], "f@x.com", ["t@x.com"]),
        DEFAULT_CHARSET=encoding,
    )


@pytest.mark.parametrize("charset", ["utf-8", "iso-8859-1", "koi8-r"])
@pytest.mark.parametrize("body", ["ascii", "latin", "cyrillic", "ascii-999"])
def test_charset_object_as_encoding(charset: str, body: str) -> None:
    from email.charset import Charset

    def build(m: Any) -> Any:
        e = m.EmailMessage("Sübject", BODIES[body], "Jörg <j@x.com>", ["t@x.com"])
        e.encoding = Charset(charset)
        e.attach("t.txt", BODIES[body], "text/plain")
        return e

    check(build)


@pytest.mark.parametrize("encoding", [None, "iso-8859-1", "koi8-r", "euc-kr", "shift_jis"], ids=str)
@pytest.mark.parametrize("where", ["attachment", "alternative"])
@pytest.mark.parametrize("text", ["ascii", "latin", "cyrillic", "korean", "ascii-999", "cyr-500"])
def test_text_parts_follow_body_rules(encoding: str | None, where: str, text: str) -> None:
    def build(m: Any) -> Any:
        e = m.EmailMultiAlternatives("s", "body", "f@x.com", ["t@x.com"])
        e.encoding = encoding
        if where == "attachment":
            e.attach("t.txt", BODIES[text], "text/plain")
        else:
            e.attach_alternative(BODIES[text], "text/html")
        return e

    check(build)


@pytest.mark.parametrize(
    ("body", "cte"),
    [
        ("ascii", "7bit"),
        ("latin", "8bit"),
        ("ascii-998", "7bit"),
        ("ascii-999", "quoted-printable"),
        ("cyr-499", "8bit"),
        ("cyr-500", "quoted-printable"),
        ("cyr-840", "quoted-printable"),
        ("empty", "7bit"),
    ],
)
def test_utf8_transfer_encoding_rule(body: str, cte: str) -> None:
    msg = cm_mail.EmailMessage("s", BODIES[body], "f@x.com", ["t@x.com"]).message()
    assert msg["Content-Transfer-Encoding"] == cte
    assert msg.get_content_charset() == "utf-8"
    raw = msg.as_bytes()
    assert parse(raw).get_payload(decode=True) == BODIES[body].encode()
    assert all(len(line) <= 998 for line in raw.split(b"\n"))


def test_unknown_codec_raises_lookup_error() -> None:
    e = cm_mail.EmailMessage("s", "b", "f@x.com", ["t@x.com"])
    e.encoding = "no-such-codec"
    with pytest.raises(LookupError):
        e.message()


@pytest.mark.parametrize("body", ["From me\n", "x\nFrom here\n"])
def test_from_lines_are_not_mangled(body: str) -> None:
    e = cm_mail.EmailMessage("s", body, "f@x.com", ["t@x.com"])
    assert b">From" not in e.message().as_bytes()
    assert ">From" not in e.message().as_string()


def test_body_no_trailing_newline_added_and_crlf_normalised() -> None:
    e = cm_mail.EmailMessage("s", "a\r\nb", "f@x.com", ["t@x.com"])
    raw = e.message().as_bytes()
    assert raw.endswith(b"\n\na\nb")


# -- §5.6 header encoding --------------------------------------------------------------

SUBJECTS: dict[str, Any] = {
    "empty": "",
    "short": "Hello",
    "long-ascii": "word " * 40,
    "long-ascii-nospace": "x" * 200,
    "non-ascii": "Grüße",
    "long-non-ascii": "Привет мир " * 15,
    "korean": "안녕하세요, 3분기 회의 자료입니다",
    "encoded-word-literal": "=?utf-8?q?not_decoded?=",
    "tab": "a\tb",
    "int": 42,
    "none": None,
    "mixed": "Re: [list] Ünïcode and ascii " * 3,
    "emoji": "🎉 launch",
    "leading-space": "  spaced",
    "newline": "a\nBcc: evil@x.com",
    "cr": "a\rb",
    "crlf": "a\r\n b",
}


@pytest.mark.parametrize("subject", list(SUBJECTS))
@pytest.mark.parametrize("encoding", [None, "iso-8859-1"], ids=str)
def test_subject(subject: str, encoding: str | None) -> None:
    def build(m: Any) -> Any:
        e = m.EmailMessage(SUBJECTS[subject], "b", "f@x.com", ["t@x.com"])
        e.encoding = encoding
        return e

    check(build)


@pytest.mark.parametrize("subject", ["long-ascii", "long-ascii-nospace", "mixed"])
def test_long_ascii_subject_folded(subject: str) -> None:
    value = SUBJECTS[subject]
    raw = cm_mail.EmailMessage(value, "b", "f@x.com", ["t@x.com"]).message().as_bytes()
    lines = header_lines(raw)
    start = next(i for i, line in enumerate(lines) if line.startswith(b"Subject:"))
    block = [lines[start]]
    for line in lines[start + 1 :]:
        if not line[:1].isspace():
            break
        block.append(line)
    if value.isascii() and " " in value.strip():
        assert len(block) > 1
        assert all(len(line) <= 78 for line in block)
    assert " ".join(str(parse(raw)["Subject"]).split()) == " ".join(value.split())


ADDRESSES: dict[str, Any] = {
    "plain": "a@example.com",
    "named": "Ann Example <ann@example.com>",
    "quoted-name": '"Doe, John" <john@example.com>',
    "non-ascii-name": "Jörg Müller <joerg@example.com>",
    "korean-name": "홍길동 <hong@example.com>",
    "idn": "user@öäü.com",
    "idn-named": "Zoë <zoe@bücher.example>",
    "idn-2008": "user@xn--4ca9at.com",
    "invalid-ascii": "to@other.com@example.com",
    "invalid-ascii-2": "to@other.com <to@example.com>",
    "invalid-nonascii": "Jörg <to@other.com@example.com>",
    "quoted-local": '"to@other.com"@example.com',
    "no-domain": "django",
    "at-only": "@",
    "tuple": ("Ann", "ann@example.com"),
    "long-name": "A Very Long Display Name That Goes On And On Forever <long@example.com>",
    "non-ascii-long-name": "Ünïcödé " * 12 + "<u@example.com>",
    "comment": "ann@example.com (Ann)",
    "group-ish": "undisclosed-recipients:;",
    "newline": "a@example.com\nBcc: evil@example.com",
    "cr": "a@example.com\rX: y",
}


@pytest.mark.parametrize("field", ["to", "cc", "reply_to", "from_email"])
@pytest.mark.parametrize("address", list(ADDRESSES))
def test_address_header(field: str, address: str) -> None:
    value = ADDRESSES[address]

    def build(m: Any) -> Any:
        kwargs: dict[str, Any] = {"to": ["t@example.com"]}
        kwargs[field] = value if field == "from_email" else [value]
        return m.EmailMessage("s", "b", **kwargs)

    check(build)


@pytest.mark.parametrize("address", ["non-ascii-name", "idn", "idn-named", "korean-name", "plain"])
@pytest.mark.parametrize("encoding", ["iso-8859-1", "utf-8", "koi8-r"])
def test_address_header_encodings(address: str, encoding: str) -> None:
    def build(m: Any) -> Any:
        e = m.EmailMessage("s", "b", "f@x.com", [ADDRESSES[address]], cc=["Ñoño <n@x.com>"])
        e.encoding = encoding
        return e

    check(build)


def test_idn_domains_are_punycoded_in_headers() -> None:
    e = cm_mail.EmailMessage("s", "b", "Zoë <zoe@bücher.example>", ["user@öäü.com"])
    raw = e.message().as_bytes()
    assert b"xn--4ca9at.com" in raw
    assert b"xn--bcher-kva.example" in raw
    assert raw.isascii()


# -- extra headers ---------------------------------------------------------------------

EXTRA_HEADERS: dict[str, dict[str, Any]] = {
    "x-custom": {"X-Custom": "value"},
    "x-int": {"X-Count": 3},
    "x-none": {"X-None": None},
    "x-float": {"X-Float": 1.5},
    "x-object": {"X-Path": Path("/tmp/x")},
    "x-non-ascii": {"X-Note": "Grüße"},
    "x-long": {"X-Long": "word " * 50},
    "date-given": {"Date": "Tue, 01 Jan 2030 00:00:00 -0000"},
    "date-lower": {"date": "Tue, 01 Jan 2030 00:00:00 -0000"},
    "msgid-given": {"Message-ID": "<given@example.com>"},
    "msgid-upper": {"MESSAGE-ID": "<given@example.com>"},
    "reply-to": {"Reply-To": "override@example.com"},
    "to-override": {"To": "Visible <visible@example.com>"},
    "cc-override": {"Cc": "shown@example.com"},
    "from-override": {"From": "Shown <shown@example.com>"},
    "from-override-non-ascii": {"From": "Shöwn <shown@example.com>"},
    "sender": {"Sender": "Säender <s@example.com>"},
    "list-unsubscribe": {"List-Unsubscribe": "<mailto:u@example.com>"},
    "two-x": {"X-A": "1", "X-B": "2"},
    "newline-value": {"X-Evil": "a\nBcc: e@example.com"},
    "cr-value": {"X-Evil": "a\rb"},
    "resent-to": {"Resent-To": "Rë <r@example.com>"},
    "comments": {"Comments": "first"},
    "in-reply-to": {"In-Reply-To": "<a@b>", "References": "<a@b> <c@d>"},
    "auto-submitted": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
}


@pytest.mark.parametrize("headers", list(EXTRA_HEADERS))
@pytest.mark.parametrize("cls", CLASSES)
def test_extra_headers(headers: str, cls: str) -> None:
    def build(m: Any) -> Any:
        return getattr(m, cls)(
            "s",
            "b",
            "from@example.com",
            ["to@example.com"],
            cc=["cc@example.com"],
            reply_to=["r@example.com"],
            headers=dict(EXTRA_HEADERS[headers]),
        )

    check(build)


@pytest.mark.parametrize("header", ["Date", "Message-ID"])
@pytest.mark.parametrize("given", [False, True])
def test_generated_vs_given_date_and_message_id(header: str, given: bool) -> None:
    value = {"Date": "Tue, 01 Jan 2030 00:00:00 -0000", "Message-ID": "<given@example.com>"}[header]

    def scenario(m: Any) -> Any:
        headers = {header: value} if given else {}
        e = m.EmailMessage("s", "b", "f@x.com", ["t@x.com"], headers=headers)
        one, two = e.message(), e.message()
        return [str(one[header]) == value, one[header] == two[header], len(one.get_all(header))]

    dj, cm = run(scenario)
    conform(dj, cm)


def test_message_id_domain_and_date_format() -> None:
    def scenario(m: Any) -> Any:
        msg = m.EmailMessage("s", "b", "f@x.com", ["t@x.com"]).message()
        msgid = email.utils.parseaddr(msg["Message-ID"])[1]
        date = msg["Date"]
        return (
            msgid.rsplit("@", 1)[1],
            bool(
                re.fullmatch(
                    r"[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} -0000", date
                )
            ),
            abs(email.utils.parsedate_to_datetime(date).timestamp() - __import__("time").time())
            < 120,
        )

    dj, cm = run(scenario)
    conform(dj, cm)
    assert cm[0] == str(cm_mail.DNS_NAME)


def test_localtime_date() -> None:
    def scenario(m: Any) -> Any:
        date = m.EmailMessage("s", "b", "f@x.com", ["t@x.com"]).message()["Date"]
        return date[-5:], email.utils.parsedate_to_datetime(date).utcoffset()

    dj, cm = run(scenario, EMAIL_USE_LOCALTIME=True)
    conform(dj, cm)


def test_extra_header_values_are_not_mutated() -> None:
    def scenario(m: Any) -> Any:
        headers = {"X-A": 1, "Reply-To": "r@x.com"}
        e = m.EmailMessage("s", "b", "f@x.com", ["t@x.com"], headers=headers)
        e.message()
        return headers

    dj, cm = run(scenario)
    conform(dj, cm)


def test_same_x_header_in_two_spellings_emits_both() -> None:
    # Not a single-instance header: spec §5.6 item 7 ("every other extra_headers item").
    def scenario(m: Any) -> Any:
        e = m.EmailMessage("s", "b", "f@x.com", ["t@x.com"], headers={"X-Tag": "a", "x-tag": "b"})
        return render(e)

    dj, cm = run(scenario)
    conform(dj, cm)


# -- §11a: composer's deliberate fixes -------------------------------------------------


@pytest.mark.parametrize("key", ["Bcc", "bcc", "BCC"])
def test_fixed_bcc_header_raises_value_error(key: str) -> None:
    e = cm_mail.EmailMessage("s", "b", "f@x.com", ["t@x.com"], headers={key: "hidden@x.com"})
    with pytest.raises(ValueError, match=r"(?i)bcc") as info:
        e.message()
    assert not isinstance(info.value, TypeError)
    # Django 5.2 emits it (the quirk composer fixes):
    dj = dj_mail.EmailMessage("s", "b", "f@x.com", ["t@x.com"], headers={key: "hidden@x.com"})
    assert b"hidden@x.com" in dj.message().as_bytes()


@pytest.mark.parametrize("backend", ["locmem", "smtp-like-console"])
def test_fixed_bcc_header_never_reaches_a_backend(backend: str) -> None:
    e = cm_mail.EmailMessage("s", "b", "f@x.com", ["t@x.com"], headers={"Bcc": "hidden@x.com"})
    if backend == "locmem":
        conn = cm_mail.get_connection(
            "composer.mail.backends.locmem.EmailBackend", fail_silently=True
        )
        with pytest.raises(ValueError, match=r"(?i)bcc"):
            conn.send_messages([e])
        assert cm_mail.outbox == []
    else:
        stream = io.StringIO()
        conn = cm_mail.get_connection("composer.mail.backends.console.EmailBackend", stream=stream)
        with pytest.raises(ValueError, match=r"(?i)bcc"):
            conn.send_messages([e])
        assert "hidden@x.com" not in stream.getvalue()


@pytest.mark.parametrize(
    ("key", "header"),
    [
        ("to", "To"),
        ("TO", "To"),
        ("cc", "Cc"),
        ("reply-to", "Reply-To"),
        ("REPLY-TO", "Reply-To"),
        ("from", "From"),
    ],
)
def test_fixed_case_insensitive_overrides(key: str, header: str) -> None:
    e = cm_mail.EmailMessage(
        "s",
        "b",
        "real-from@x.com",
        ["real-to@x.com"],
        cc=["real-cc@x.com"],
        reply_to=["real-rt@x.com"],
        headers={key: "Override <override@x.com>"},
    )
    msg = parse(e.message().as_bytes())
    assert msg.get_all(header) is not None
    assert len(msg.get_all(header)) == 1
    assert msg[header].addresses[0].addr_spec == "override@x.com"
    assert e.recipients() == ["real-to@x.com", "real-cc@x.com"]


def test_fixed_exact_spelling_wins_over_other_spelling() -> None:
    e = cm_mail.EmailMessage(
        "s", "b", "f@x.com", ["t@x.com"], headers={"to": "lower@x.com", "To": "exact@x.com"}
    )
    msg = parse(e.message().as_bytes())
    assert len(msg.get_all("To")) == 1
    assert msg["To"].addresses[0].addr_spec == "exact@x.com"


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("Subject", "Replaced"),
        ("subject", "Replaced"),
        ("MIME-Version", "1.0"),
        ("mime-version", "1.0"),
        ("Date", "Tue, 01 Jan 2030 00:00:00 -0000"),
        ("date", "Tue, 01 Jan 2030 00:00:00 -0000"),
        ("Message-ID", "<given@x.com>"),
        ("message-id", "<given@x.com>"),
    ],
)
@pytest.mark.parametrize("cls", CLASSES)
@pytest.mark.parametrize("attach", [False, True])
def test_fixed_single_instance_headers_replace(
    key: str, value: str, cls: str, attach: bool
) -> None:
    e = getattr(cm_mail, cls)("Original", "b", "f@x.com", ["t@x.com"], headers={key: value})
    if attach:
        e.attach("a.bin", b"\x00")
    raw = e.message().as_bytes()
    msg = parse(raw)
    assert len(msg.get_all(key)) == 1, header_lines(raw)
    assert str(msg[key]) == value


@pytest.mark.parametrize("where", ["to", "cc", "reply_to", "from_email"])
def test_fixed_non_ascii_local_part_kept_as_utf8(where: str) -> None:
    kwargs: dict[str, Any] = {"to": ["t@x.com"], "from_email": "f@x.com"}
    addr = "Jörg <jörg@exämple.com>"
    kwargs[where] = addr if where == "from_email" else [addr]
    raw = cm_mail.EmailMessage("s", "b", **kwargs).message().as_bytes()
    assert "jörg@xn--exmple-cua.com".encode() in raw
    assert b"=?utf-8?b?asO2cmc=?=@" not in raw
    parsed = parse(raw)
    header = {"to": "To", "cc": "Cc", "reply_to": "Reply-To", "from_email": "From"}[where]
    username = parsed[header].addresses[0].username
    assert username.encode("utf-8", "surrogateescape").decode("utf-8") == "jörg"
    # Django 5.2 RFC 2047-encodes the local part (the quirk composer fixes):
    dj_kwargs = dict(kwargs)
    assert (
        b"=?utf-8?b?asO2cmc=?=@" in dj_mail.EmailMessage("s", "b", **dj_kwargs).message().as_bytes()
    )


def test_fixed_sanitize_keeps_non_ascii_local_part() -> None:
    assert cm_message.sanitize_address("jörg@example.com", "utf-8") == "jörg@example.com"
    assert (
        dj_message.sanitize_address("jörg@example.com", "utf-8")
        == "=?utf-8?b?asO2cmc=?=@example.com"
    )


@pytest.mark.parametrize(
    "addr", ["to@exa\rmple.com", "to@exa\u00admple.com", "to@exa\u200bmple.com", "t\x00o@x.com"]
)
def test_fixed_invisible_characters_in_an_address_raise(addr: str) -> None:
    # Spec §7: a CR anywhere in the domain is a ValueError. Django 5.2's parser drops it (and
    # the IDNA codec drops U+00AD), so the address it sends is not the one it was given;
    # NUL it sends as is.
    with pytest.raises(ValueError, match="Invalid address"):
        cm_message.sanitize_address(addr, "utf-8")
    django = dj_message.sanitize_address(addr, "utf-8")
    assert django != addr or "\x00" in django


# -- §7 sanitize_address ---------------------------------------------------------------

SANITIZE_CASES: dict[str, Any] = {
    "plain": "to@example.com",
    "named": "Name <to@example.com>",
    "name-needs-quotes": "Doe, John <j@example.com>",
    "quoted-name": '"Doe, John" <j@example.com>',
    "non-ascii-name": "Jörg <j@example.com>",
    "korean-name": "홍길동 <h@example.com>",
    "idn": "to@öäü.com",
    "idn-2008": "to@xn--4ca9at.com",
    "idn-upper": "to@ÖÄÜ.COM",
    "quoted-local": '"to@other.com"@example.com',
    "quoted-local-named": 'Name <"to@other.com"@example.com>',
    "double-at": "to@other.com@example.com",
    "trailing": "to@other.com <to@example.com>",
    "at": "@",
    "to-at": "to@",
    "at-domain": "@example.com",
    "no-domain": "django",
    "empty": "",
    "tuple": ("Name", "to@example.com"),
    "tuple-non-ascii": ("Jörg", "j@öäü.com"),
    "tuple-empty": ("", ""),
    "tuple-no-at": ("Name", "nodomain"),
    "tuple-double-at": ("", "a@b@example.com"),
    "tuple-newline": ("Na\nme", "to@example.com"),
    "newline-in-name": '"Na\nme" <to@example.com>',
    "newline-local": "to\n@example.com",
    "comment": "to@example.com (comment)",
    "angle-only": "<to@example.com>",
    "spaces": "  to@example.com  ",
    "ip-literal": "to@[127.0.0.1]",
    "long-name": "Q" * 100 + " <q@example.com>",
    "special-local": "a+b.c_d@example.com",
    "dot-dot": "a..b@example.com",
    "bytes": b"to@example.com",
}


@pytest.mark.parametrize("case", list(SANITIZE_CASES))
@pytest.mark.parametrize("encoding", ["utf-8", "iso-8859-1"])
def test_sanitize_address(case: str, encoding: str) -> None:
    addr = SANITIZE_CASES[case]
    dj = outcome(lambda: dj_message.sanitize_address(addr, encoding))
    cm = outcome(lambda: cm_message.sanitize_address(addr, encoding))
    conform(dj, cm)


# -- §4 convenience functions (locmem) -------------------------------------------------


def outbox_view(m: Any) -> Any:
    return [(snapshot(e), render(e)) for e in getattr(m, "outbox", [])]


SEND_MAIL_CASES: dict[str, Callable[[Any], Any]] = {
    "basic": lambda m: m.send_mail("Subj", "Body", "f@x.com", ["t@x.com"]),
    "from-none": lambda m: m.send_mail("Subj", "Body", None, ["t@x.com"]),
    "empty-list": lambda m: m.send_mail("Subj", "Body", "f@x.com", []),
    "str-list": lambda m: m.send_mail("Subj", "Body", "f@x.com", "t@x.com"),
    "tuple-list": lambda m: m.send_mail("Subj", "Body", "f@x.com", ("t@x.com", "u@x.com")),
    "html": lambda m: m.send_mail("Subj", "Body", "f@x.com", ["t@x.com"], html_message="<p>B</p>"),
    "html-empty": lambda m: m.send_mail("Subj", "Body", "f@x.com", ["t@x.com"], html_message=""),
    "html-no-body": lambda m: m.send_mail(
        "Subj", "", "f@x.com", ["t@x.com"], html_message="<p>B</p>"
    ),
    "fail-silently-positional": lambda m: m.send_mail("S", "B", "f@x.com", ["t@x.com"], True),
    "auth": lambda m: m.send_mail(
        "S", "B", "f@x.com", ["t@x.com"], auth_user="u", auth_password="p"
    ),
    "bad-header": lambda m: m.send_mail("S\nBcc: x@x.com", "B", "f@x.com", ["t@x.com"]),
    "bad-header-silent": lambda m: m.send_mail(
        "S\nX", "B", "f@x.com", ["t@x.com"], fail_silently=True
    ),
    "non-ascii": lambda m: m.send_mail("Grüße", "Körper", "Jörg <j@x.com>", ["Zoë <z@öäü.com>"]),
    "invalid-nonascii-addr": lambda m: m.send_mail("S", "B", "f@x.com", ["Jö <a@b@c.com>"], True),
    "explicit-connection": lambda m: m.send_mail(
        "S", "B", "f@x.com", ["t@x.com"], connection=m.get_connection(backend_path(m, "locmem"))
    ),
    "explicit-dummy-connection": lambda m: m.send_mail(
        "S", "B", "f@x.com", ["t@x.com"], connection=m.get_connection(backend_path(m, "dummy"))
    ),
    "none-in-list": lambda m: m.send_mail("S", "B", "f@x.com", [None, "t@x.com"]),
}


@pytest.mark.parametrize("case", list(SEND_MAIL_CASES))
def test_send_mail(case: str) -> None:
    def scenario(m: Any) -> Any:
        res = outcome(lambda: SEND_MAIL_CASES[case](m))
        return res, outbox_view(m)

    dj, cm = run(scenario, backend="locmem")
    conform(dj, cm)


def test_send_mail_returns_int_one() -> None:
    with cm_override(EMAIL_BACKEND="composer.mail.backends.locmem.EmailBackend"):
        result = cm_mail.send_mail("S", "B", "f@x.com", ["t@x.com"])
    assert result == 1
    assert type(result) is int
    assert type(cm_mail.outbox[0]) is cm_mail.EmailMultiAlternatives


SEND_MASS_CASES: dict[str, Callable[[Any], Any]] = {
    "two": lambda m: m.send_mass_mail(
        [("S1", "B1", "f@x.com", ["a@x.com"]), ("S2", "B2", None, ["b@x.com", "c@x.com"])]
    ),
    "empty": lambda m: m.send_mass_mail([]),
    "no-recipients-counted": lambda m: m.send_mass_mail([("S", "B", "f@x.com", [])]),
    "generator": lambda m: m.send_mass_mail(x for x in [("S", "B", "f@x.com", ["a@x.com"])]),
    "str-recipients": lambda m: m.send_mass_mail([("S", "B", "f@x.com", "a@x.com")]),
    "bad-header-second": lambda m: m.send_mass_mail(
        [("S", "B", "f@x.com", ["a@x.com"]), ("S\n", "B", "f@x.com", ["b@x.com"])],
        fail_silently=True,
    ),
    "three-tuple": lambda m: m.send_mass_mail([("S", "B", "f@x.com")]),
    "dummy-connection": lambda m: m.send_mass_mail(
        [("S", "B", "f@x.com", ["a@x.com"])] * 3,
        connection=m.get_connection(backend_path(m, "dummy")),
    ),
}


@pytest.mark.parametrize("case", list(SEND_MASS_CASES))
def test_send_mass_mail(case: str) -> None:
    def scenario(m: Any) -> Any:
        res = outcome(lambda: SEND_MASS_CASES[case](m))
        return res, outbox_view(m)

    dj, cm = run(scenario, backend="locmem")
    conform(dj, cm)


def test_send_mass_mail_builds_plain_email_messages() -> None:
    with cm_override(EMAIL_BACKEND="composer.mail.backends.locmem.EmailBackend"):
        cm_mail.send_mass_mail([("S", "B", "f@x.com", ["a@x.com"])])
    assert type(cm_mail.outbox[0]) is cm_mail.EmailMessage


ADMIN_SETTINGS: dict[str, Any] = {
    "empty": [],
    "none": None,
    "one": [("Admin", "admin@x.com")],
    "two": [("A", "a@x.com"), ("B", "b@x.com")],
    "lists": [["A", "a@x.com"]],
    "tuple-of-tuples": (("A", "a@x.com"),),
    "strings": ["a@x.com"],
    "string": "a@x.com",
    "three-tuple": [("A", "a@x.com", "extra")],
    "one-tuple": [("a@x.com",)],
    "mixed": [("A", "a@x.com"), "b@x.com"],
    "non-ascii-name": [("Jörg", "j@x.com")],
}


@pytest.mark.parametrize("func", ["mail_admins", "mail_managers"])
@pytest.mark.parametrize("case", list(ADMIN_SETTINGS))
@pytest.mark.parametrize("html", [None, "<p>h</p>"])
def test_mail_admins_and_managers(func: str, case: str, html: str | None) -> None:
    setting = "ADMINS" if func == "mail_admins" else "MANAGERS"

    def scenario(m: Any) -> Any:
        res = outcome(lambda: getattr(m, func)("Subject", "Message", html_message=html))
        return res, outbox_view(m)

    dj, cm = run(
        scenario,
        backend="locmem",
        **{setting: ADMIN_SETTINGS[case]},
        EMAIL_SUBJECT_PREFIX="[Pfx] ",
        SERVER_EMAIL="server@x.com",
    )
    conform(dj, cm)


@pytest.mark.parametrize("func", ["mail_admins", "mail_managers"])
def test_mail_admins_empty_creates_no_connection(func: str) -> None:
    def scenario(m: Any) -> Any:
        return outcome(lambda: getattr(m, func)("S", "M"))

    dj, cm = run(scenario, EMAIL_BACKEND="no.such.module.Backend", ADMINS=[], MANAGERS=[])
    conform(dj, cm)
    assert cm == ("ok", None)
    dj, cm = run(
        scenario,
        EMAIL_BACKEND="no.such.module.Backend",
        ADMINS=[("a", "a@x")],
        MANAGERS=[("a", "a@x")],
    )
    conform(dj, cm)
    assert cm[0] == "raised"


@pytest.mark.parametrize("func", ["mail_admins", "mail_managers"])
def test_mail_admins_bad_setting_message(func: str) -> None:
    setting = "ADMINS" if func == "mail_admins" else "MANAGERS"
    with cm_override(**{setting: ["a@x.com"]}), pytest.raises(ValueError, match="2-tuples") as info:
        getattr(cm_mail, func)("S", "M")
    assert str(info.value) == f"The {setting} setting must be a list of 2-tuples."


# -- settings read at call time, override_settings ------------------------------------


def test_settings_defaults_match_django() -> None:
    import django.conf.global_settings as g

    from composer.mail.conf import DEFAULTS, Settings

    fresh = Settings()
    for name in [
        "EMAIL_HOST",
        "EMAIL_PORT",
        "EMAIL_HOST_USER",
        "EMAIL_HOST_PASSWORD",
        "EMAIL_USE_TLS",
        "EMAIL_USE_SSL",
        "EMAIL_SSL_CERTFILE",
        "EMAIL_SSL_KEYFILE",
        "EMAIL_TIMEOUT",
        "EMAIL_USE_LOCALTIME",
        "EMAIL_SUBJECT_PREFIX",
        "DEFAULT_CHARSET",
        "DEFAULT_FROM_EMAIL",
        "SERVER_EMAIL",
        "ADMINS",
        "MANAGERS",
    ]:
        assert getattr(fresh, name) == getattr(g, name), name
        assert DEFAULTS[name] == getattr(g, name), name
    assert fresh.EMAIL_BACKEND == "composer.mail.backends.smtp.EmailBackend"
    assert fresh.EMAIL_FILE_PATH is None
    from composer.mail.conf import settings

    assert settings.EMAIL_BACKEND == "composer.mail.backends.smtp.EmailBackend"


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("DEFAULT_FROM_EMAIL", "changed@x.com"),
        ("EMAIL_SUBJECT_PREFIX", "[New] "),
        ("SERVER_EMAIL", "srv@x.com"),
        ("DEFAULT_CHARSET", "iso-8859-1"),
    ],
)
def test_settings_read_at_call_time(setting: str, value: str) -> None:
    def scenario(m: Any) -> Any:
        override = dj_override if m is dj_mail else cm_override
        with override(**{setting: value}):
            m.send_mail("S é", "B é", None, ["t@x.com"])
            m.mail_admins("A é", "M é")
            m.EmailMessage("late", "é", None, ["t@x.com"])
        return outbox_view(m)

    dj, cm = run(scenario, backend="locmem", ADMINS=[("a", "a@x.com")])
    conform(dj, cm)


def test_default_charset_read_when_message_is_built() -> None:
    def scenario(m: Any) -> Any:
        e = m.EmailMessage("s", "é", "f@x.com", ["t@x.com"])
        with (dj_override if m is dj_mail else cm_override)(DEFAULT_CHARSET="iso-8859-1"):
            return render(e)

    dj, cm = run(scenario)
    conform(dj, cm)


def test_override_settings_context_manager_nested_and_restored_on_exception() -> None:
    from composer.mail.conf import settings

    before = settings.DEFAULT_FROM_EMAIL
    with cm_override(DEFAULT_FROM_EMAIL="one@x.com", ADMINS=[("a", "a@x.com")]):
        assert settings.DEFAULT_FROM_EMAIL == "one@x.com"
        with cm_override(DEFAULT_FROM_EMAIL="two@x.com"):
            assert settings.DEFAULT_FROM_EMAIL == "two@x.com"
            assert cm_mail.EmailMessage().from_email == "two@x.com"
            assert settings.ADMINS == [("a", "a@x.com")]
        assert settings.DEFAULT_FROM_EMAIL == "one@x.com"
        with pytest.raises(RuntimeError), cm_override(DEFAULT_FROM_EMAIL="three@x.com"):
            raise RuntimeError("boom")
        assert settings.DEFAULT_FROM_EMAIL == "one@x.com"
    assert before == settings.DEFAULT_FROM_EMAIL
    assert settings.ADMINS == []


def test_override_settings_same_instance_reentered() -> None:
    from composer.mail.conf import settings

    ov = cm_override(EMAIL_SUBJECT_PREFIX="[X] ")
    with ov:
        with ov:
            assert settings.EMAIL_SUBJECT_PREFIX == "[X] "
        assert settings.EMAIL_SUBJECT_PREFIX == "[X] "
    assert settings.EMAIL_SUBJECT_PREFIX == "[Django] "


def test_override_settings_decorator() -> None:
    from composer.mail.conf import settings

    calls: list[Any] = []

    @cm_override(DEFAULT_FROM_EMAIL="deco@x.com", EMAIL_FILE_PATH=Path("/tmp/deco"))
    def func(x: int) -> str:
        calls.append((settings.DEFAULT_FROM_EMAIL, settings.EMAIL_FILE_PATH))
        if x:
            raise KeyError(x)
        return cm_mail.EmailMessage().from_email

    assert settings.DEFAULT_FROM_EMAIL == "webmaster@localhost"
    assert func(0) == "deco@x.com"
    assert settings.DEFAULT_FROM_EMAIL == "webmaster@localhost"
    with pytest.raises(KeyError):
        func(1)
    assert settings.DEFAULT_FROM_EMAIL == "webmaster@localhost"
    assert settings.EMAIL_FILE_PATH is None
    assert calls == [("deco@x.com", Path("/tmp/deco"))] * 2
    assert func.__name__ == "func"


def test_override_settings_unknown_setting_removed_afterwards() -> None:
    from composer.mail.conf import settings

    with cm_override(MY_CUSTOM_SETTING=1):
        assert settings.MY_CUSTOM_SETTING == 1
    assert not hasattr(settings, "MY_CUSTOM_SETTING")


def test_backend_created_inside_override_uses_overridden_values(tmp_path: Path) -> None:
    with cm_override(
        EMAIL_HOST="h.example", EMAIL_PORT=2525, EMAIL_TIMEOUT=3, EMAIL_FILE_PATH=tmp_path
    ):
        smtp = cm_mail.get_connection("composer.mail.backends.smtp.EmailBackend")
        fb = cm_mail.get_connection("composer.mail.backends.filebased.EmailBackend")
    assert (smtp.host, smtp.port, smtp.timeout) == ("h.example", 2525, 3)
    assert fb.file_path == str(tmp_path)


# -- §3 get_connection ----------------------------------------------------------------

GET_CONNECTION_CASES: dict[str, Callable[[Any], Any]] = {
    "default-setting": lambda m: type(m.get_connection()).__module__.rsplit(".", 1)[-1],
    "locmem": lambda m: type(m.get_connection(backend_path(m, "locmem"))).__name__,
    "fail-silently-positional": lambda m: (
        m.get_connection(backend_path(m, "locmem"), True).fail_silently
    ),
    "fail-silently-kw": lambda m: (
        m.get_connection(backend_path(m, "dummy"), fail_silently=True).fail_silently
    ),
    "unknown-kwargs": lambda m: (
        m.get_connection(backend_path(m, "locmem"), foo=1, bar="x").fail_silently
    ),
    "unknown-kwargs-smtp": lambda m: m.get_connection(backend_path(m, "smtp"), foo=1).host,
    "unknown-kwargs-console": lambda m: (
        m.get_connection(backend_path(m, "console"), foo=1).fail_silently
    ),
    "missing-module": lambda m: m.get_connection("no.such.module.EmailBackend"),
    "missing-class": lambda m: m.get_connection(f"{m.__name__}.backends.locmem.NoSuchBackend"),
    "no-dots": lambda m: m.get_connection("nodots"),
    "empty-string": lambda m: type(m.get_connection("")).__module__.rsplit(".", 1)[-1],
    "none": lambda m: type(m.get_connection(None)).__module__.rsplit(".", 1)[-1],
    "extra-positional": lambda m: m.get_connection(backend_path(m, "locmem"), False, "extra"),
    "smtp-args": lambda m: vars_of(
        m.get_connection(backend_path(m, "smtp"), host="h", port=26, username="u")
    ),
}


def vars_of(backend: Any) -> Any:
    return {
        k: getattr(backend, k)
        for k in [
            "host",
            "port",
            "username",
            "password",
            "use_tls",
            "use_ssl",
            "timeout",
            "ssl_keyfile",
            "ssl_certfile",
            "fail_silently",
            "connection",
        ]
    }


@pytest.mark.parametrize("case", list(GET_CONNECTION_CASES))
def test_get_connection(case: str) -> None:
    dj, cm = run(lambda m: outcome(lambda: GET_CONNECTION_CASES[case](m)), backend="locmem")
    conform(dj, cm)


def test_get_connection_import_errors_are_import_errors() -> None:
    for path in ["no.such.module.EmailBackend", "composer.mail.backends.locmem.Nope", "nodots"]:
        with pytest.raises(ImportError):
            cm_mail.get_connection(path)


# -- §9.1 base, §9.2 dummy, §9.3 locmem ----------------------------------------------


def test_base_backend() -> None:
    def scenario(m: Any) -> Any:
        base_mod = __import__(f"{m.__name__}.backends.base", fromlist=["BaseEmailBackend"])
        b = base_mod.BaseEmailBackend(fail_silently=True, whatever=1)
        return b.fail_silently, b.open(), b.close(), outcome(lambda: b.send_messages([]))

    dj, cm = run(scenario)
    conform(dj, cm)
    assert cm == (True, None, None, ("raised", "NotImplementedError"))


def test_base_backend_context_manager_closes_when_open_fails() -> None:
    def scenario(m: Any) -> Any:
        base_mod = __import__(f"{m.__name__}.backends.base", fromlist=["BaseEmailBackend"])
        log: list[str] = []

        class Failing(base_mod.BaseEmailBackend):  # type: ignore[name-defined,misc]
            def open(self) -> None:
                log.append("open")
                raise OSError("nope")

            def close(self) -> None:
                log.append("close")

        class Fine(base_mod.BaseEmailBackend):  # type: ignore[name-defined,misc]
            def open(self) -> bool:
                log.append("open")
                return True

            def close(self) -> None:
                log.append("close")

        def use_failing() -> None:
            with Failing():
                log.append("body")

        def use_fine() -> Any:
            with Fine():
                log.append("body")
                raise KeyError("x")

        return outcome(use_failing), outcome(use_fine), log

    dj, cm = run(scenario)
    conform(dj, cm)
    assert cm[2] == ["open", "close", "open", "body", "close"]


DUMMY_INPUTS: dict[str, Callable[[Any], Any]] = {
    "empty": lambda m: [],
    "two": lambda m: [m.EmailMessage(to=["a@x.com"]), m.EmailMessage()],
    "bad-header": lambda m: [m.EmailMessage("a\nb", to=["a@x.com"])],
    "iterator": lambda m: iter([m.EmailMessage(), m.EmailMessage()]),
    "tuple": lambda m: (m.EmailMessage(),),
}


@pytest.mark.parametrize("case", list(DUMMY_INPUTS))
def test_dummy_backend(case: str) -> None:
    def scenario(m: Any) -> Any:
        conn = m.get_connection(backend_path(m, "dummy"))
        return outcome(lambda: conn.send_messages(DUMMY_INPUTS[case](m))), conn.open(), conn.close()

    dj, cm = run(scenario)
    conform(dj, cm)


def test_dummy_send_returns_one() -> None:
    def scenario(m: Any) -> Any:
        return m.EmailMessage(
            "s", "b", "f@x.com", ["t@x.com"], connection=m.get_connection(backend_path(m, "dummy"))
        ).send()

    dj, cm = run(scenario)
    conform(dj, cm)
    assert cm == 1


LOCMEM_INPUTS: dict[str, Callable[[Any], Any]] = {
    "empty": lambda m: [],
    "one": lambda m: [m.EmailMessage("s", "b", "f@x.com", ["a@x.com"])],
    "no-recipients": lambda m: [m.EmailMessage("s", "b", "f@x.com")],
    "bcc-only": lambda m: [m.EmailMessage("s", "b", "f@x.com", bcc=["h@x.com"])],
    "iterator": lambda m: iter([m.EmailMessage(to=["a@x.com"]), m.EmailMessage(to=["b@x.com"])]),
    "bad-second": lambda m: [
        m.EmailMessage("ok", "b", "f@x.com", ["a@x.com"]),
        m.EmailMessage("bad\nsubject", "b", "f@x.com", ["a@x.com"]),
        m.EmailMessage("third", "b", "f@x.com", ["a@x.com"]),
    ],
    "invalid-ascii-address": lambda m: [
        m.EmailMessage("s", "b", "f@x.com", ["to@other.com@example.com"])
    ],
    "invalid-nonascii-address": lambda m: [m.EmailMessage("s", "b", "f@x.com", ["Jö <a@b@c.com>"])],
    "newline-in-bcc": lambda m: [
        m.EmailMessage("s", "b", "f@x.com", ["a@x.com"], ["h@x.com\nX: y"])
    ],
    "multi": lambda m: [
        m.EmailMultiAlternatives(
            "s", "b", "f@x.com", ["a@x.com"], alternatives=[("<p>", "text/html")]
        )
    ],
}


@pytest.mark.parametrize("case", list(LOCMEM_INPUTS))
@pytest.mark.parametrize("fail_silently", [False, True])
def test_locmem_send_messages(case: str, fail_silently: bool) -> None:
    def scenario(m: Any) -> Any:
        conn = m.get_connection(backend_path(m, "locmem"), fail_silently=fail_silently)
        return outcome(lambda: conn.send_messages(LOCMEM_INPUTS[case](m))), outbox_view(m)

    dj, cm = run(scenario)
    conform(dj, cm)


def test_locmem_outbox_created_on_instantiation_and_never_reset() -> None:
    def scenario(m: Any) -> Any:
        if hasattr(m, "outbox"):
            del m.outbox
        had_before = hasattr(m, "outbox")
        conn = m.get_connection(backend_path(m, "locmem"))
        created = hasattr(m, "outbox") and m.outbox == []
        conn.send_messages([m.EmailMessage(to=["a@x.com"])])
        m.get_connection(backend_path(m, "locmem"))  # a second instance must not reset
        other = m.get_connection(backend_path(m, "locmem"))
        other.send_messages([m.EmailMessage(to=["b@x.com"])])
        return had_before, created, [e.to for e in m.outbox]

    dj, cm = run(scenario)
    conform(dj, cm)
    assert cm == (False, True, [["a@x.com"], ["b@x.com"]])


def test_locmem_outbox_holds_deep_copies() -> None:
    def scenario(m: Any) -> Any:
        e = m.EmailMultiAlternatives("s", "b", "f@x.com", ["a@x.com"], headers={"X-A": "1"})
        e.attach_alternative("<p>x</p>", "text/html")
        e.attach("a.txt", "x")
        m.get_connection(backend_path(m, "locmem")).send_messages([e])
        e.to.append("later@x.com")
        e.alternatives.append(("late", "text/plain"))
        e.extra_headers["X-B"] = "2"
        e.subject = "changed"
        e.attachments.clear()
        copy_ = m.outbox[0]
        return copy_ is e, snapshot(copy_)

    dj, cm = run(scenario)
    conform(dj, cm)
    assert cm[0] is False


def test_locmem_send_through_message_send() -> None:
    def scenario(m: Any) -> Any:
        e = m.EmailMessage("s", "b", "f@x.com", ["a@x.com"])
        first = e.send()
        conn = e.connection
        second = e.send()
        none = m.EmailMessage("s", "b", "f@x.com").send()
        return (
            first,
            second,
            e.connection is conn,
            type(conn).__module__.rsplit(".", 1)[-1],
            none,
            len(m.outbox),
        )

    dj, cm = run(scenario, backend="locmem")
    conform(dj, cm)
    assert cm == (1, 1, True, "locmem", 0, 2)


def test_send_without_recipients_creates_no_connection() -> None:
    def scenario(m: Any) -> Any:
        e = m.EmailMessage("s", "b", "f@x.com", bcc=[""], cc=[None])
        return outcome(e.send), e.connection

    dj, cm = run(scenario, EMAIL_BACKEND="no.such.Backend")
    conform(dj, cm)
    assert cm == (("ok", 0), None)


def test_send_fail_silently_passed_to_new_connection_only() -> None:
    def scenario(m: Any) -> Any:
        e = m.EmailMessage("s", "b", "f@x.com", ["a@x.com"])
        e.send(fail_silently=True)
        first = e.connection.fail_silently
        e2 = m.EmailMessage(
            "s", "b", "f@x.com", ["a@x.com"], connection=m.get_connection(backend_path(m, "locmem"))
        )
        e2.send(fail_silently=True)
        return first, e2.connection.fail_silently

    dj, cm = run(scenario, backend="locmem")
    conform(dj, cm)
    assert cm == (True, False)


# -- §9.4 console, §9.5 filebased ----------------------------------------------------

CONSOLE_INPUTS: dict[str, Callable[[Any], Any]] = {
    "empty": lambda m: [],
    "one": lambda m: [m.EmailMessage("s", "body", "f@x.com", ["a@x.com"])],
    "two": lambda m: [
        m.EmailMessage("s1", "b1", "f@x.com", ["a@x.com"]),
        m.EmailMessage("s2", "b2", "f@x.com", ["b@x.com"]),
    ],
    "utf8-8bit": lambda m: [m.EmailMessage("Grüße", "Körper ✓", "f@x.com", ["a@x.com"])],
    "shift_jis": lambda m: [
        enc(m.EmailMessage("s", "こんにちは", "f@x.com", ["a@x.com"]), "shift_jis")
    ],
    "latin1": lambda m: [enc(m.EmailMessage("s", "Grüße", "f@x.com", ["a@x.com"]), "iso-8859-1")],
    "koi8": lambda m: [enc(m.EmailMessage("s", "Привет", "f@x.com", ["a@x.com"]), "koi8-r")],
    "multipart": lambda m: [
        m.EmailMessage("s", "b ✓", "f@x.com", ["a@x.com"], attachments=[("a.bin", b"\x00\xff")])
    ],
    "no-recipients": lambda m: [m.EmailMessage("s", "b", "f@x.com")],
    "bad-second": lambda m: [
        m.EmailMessage("ok", "b", "f@x.com", ["a@x.com"]),
        m.EmailMessage("bad\nsubject", "b", "f@x.com", ["a@x.com"]),
        m.EmailMessage("third", "b", "f@x.com", ["a@x.com"]),
    ],
    "iterator": lambda m: iter([m.EmailMessage("s", "b", "f@x.com", ["a@x.com"])]),
}


def enc(e: Any, encoding: str) -> Any:
    e.encoding = encoding
    return e


def console_view(text: str) -> Any:
    if not text:
        return []
    return [deep_norm(chunk.encode("utf-8", "surrogateescape")) for chunk in split_console(text)]


@pytest.mark.parametrize("case", list(CONSOLE_INPUTS))
@pytest.mark.parametrize("fail_silently", [False, True])
def test_console_backend(case: str, fail_silently: bool) -> None:
    def scenario(m: Any) -> Any:
        stream = io.StringIO()
        conn = m.get_connection(
            backend_path(m, "console"), fail_silently=fail_silently, stream=stream
        )
        res = outcome(lambda: conn.send_messages(CONSOLE_INPUTS[case](m)))
        return res, console_view(stream.getvalue()), stream.closed

    dj, cm = run(scenario)
    if case == "empty":
        assert dj[0] == ("ok", None)
        assert cm == (("ok", 0), [], False)  # §11a: 0, not None
        return
    conform(dj, cm)


def test_console_8bit_text_appears_as_characters() -> None:
    stream = io.StringIO()
    conn = cm_mail.get_connection("composer.mail.backends.console.EmailBackend", stream=stream)
    assert conn.send_messages([cm_mail.EmailMessage("s", "Körper ✓", "f@x.com", ["a@x.com"])]) == 1
    assert "Körper ✓" in stream.getvalue()
    assert stream.getvalue().endswith("\n" + "-" * 79 + "\n")


def test_console_default_stream_is_stdout_at_construction(monkeypatch: pytest.MonkeyPatch) -> None:
    def scenario(m: Any) -> Any:
        first = io.StringIO()
        monkeypatch.setattr("sys.stdout", first)
        conn = m.get_connection(backend_path(m, "console"))
        later = io.StringIO()
        monkeypatch.setattr("sys.stdout", later)
        n = conn.send_messages([m.EmailMessage("s", "b", "f@x.com", ["a@x.com"])])
        return n, len(split_console(first.getvalue())), later.getvalue()

    dj, cm = run(scenario)
    conform(dj, cm)
    assert cm == (1, 1, "")


class BrokenStream(io.StringIO):
    def __init__(self, fail_at: int) -> None:
        super().__init__()
        self.writes = 0
        self.fail_at = fail_at

    def write(self, s: str) -> int:
        self.writes += 1
        if self.writes == self.fail_at:
            raise OSError("disk full")
        return super().write(s)


@pytest.mark.parametrize("fail_silently", [False, True])
@pytest.mark.parametrize("fail_at", [1, 4, 7])
def test_console_stream_errors(fail_silently: bool, fail_at: int) -> None:
    def scenario(m: Any) -> Any:
        stream = BrokenStream(fail_at)
        conn = m.get_connection(
            backend_path(m, "console"), fail_silently=fail_silently, stream=stream
        )
        msgs = [m.EmailMessage(f"s{i}", "b", "f@x.com", ["a@x.com"]) for i in range(3)]
        return outcome(lambda: conn.send_messages(msgs)), stream.getvalue().count("-" * 79)

    dj, cm = run(scenario)
    conform(dj, cm)


def file_view(folder: Path) -> Any:
    files = sorted(folder.iterdir())
    return [
        (
            bool(re.fullmatch(r"\d{8}-\d{6}-\d+\.log", f.name)),
            [deep_norm(c) for c in split_file(f.read_bytes())],
        )
        for f in files
    ]


@pytest.mark.parametrize("case", list(CONSOLE_INPUTS))
@pytest.mark.parametrize("fail_silently", [False, True])
def test_filebased_backend(tmp_path: Path, case: str, fail_silently: bool) -> None:
    def scenario(m: Any) -> Any:
        folder = tmp_path / m.__name__
        conn = m.get_connection(
            backend_path(m, "filebased"), fail_silently=fail_silently, file_path=folder
        )
        res = outcome(lambda: conn.send_messages(CONSOLE_INPUTS[case](m)))
        conn.close()  # both libraries leave the log open after an error
        return res, file_view(folder)

    dj, cm = run(scenario)
    if case == "empty":
        assert dj == (("ok", None), [])
        assert cm == (("ok", 0), [])  # §11a: 0, not None; still no file
        return
    conform(dj, cm)


def test_filebased_one_file_per_instance(tmp_path: Path) -> None:
    def scenario(m: Any) -> Any:
        folder = tmp_path / m.__name__
        override = dj_override if m is dj_mail else cm_override
        with override(EMAIL_FILE_PATH=str(folder)):
            conn = m.get_connection(backend_path(m, "filebased"))
        after_init = sorted(p.name for p in folder.iterdir())
        r1 = conn.send_messages([m.EmailMessage("1", "b", "f@x.com", ["a@x.com"])])
        r2 = conn.send_messages(
            [
                m.EmailMessage("2", "b", "f@x.com", ["a@x.com"]),
                m.EmailMessage("3", "b", "f@x.com", ["a@x.com"]),
            ]
        )
        o1 = conn.open()
        o2 = conn.open()
        conn.close()
        conn.close()
        r3 = conn.send_messages([m.EmailMessage("4", "b", "f@x.com", ["a@x.com"])])
        conn2 = m.get_connection(backend_path(m, "filebased"), file_path=folder)
        r4 = conn2.send_messages([m.EmailMessage("5", "b", "f@x.com", ["a@x.com"])])
        view = file_view(folder)
        subjects = sorted(
            sorted(str(parse(c)["Subject"]) for c in split_file(f.read_bytes()))
            for f in folder.iterdir()
        )
        return after_init, r1, r2, o1, o2, r3, r4, len(view), subjects, all(v[0] for v in view)

    dj, cm = run(scenario)
    conform(dj, cm)
    assert cm == ([], 1, 2, True, False, 1, 1, 2, [["1", "2", "3", "4"], ["5"]], True)


def test_filebased_message_bytes_are_raw_lf(tmp_path: Path) -> None:
    conn = cm_mail.get_connection(
        "composer.mail.backends.filebased.EmailBackend", file_path=tmp_path
    )
    e = cm_mail.EmailMessage("s", "Körper\r\nzwei", "f@x.com", ["a@x.com"])
    conn.send_messages([e])
    (log,) = tmp_path.iterdir()
    data = log.read_bytes()
    assert b"\r" not in data
    assert "Körper\nzwei".encode() in data
    assert data.endswith(b"\n" + b"-" * 79 + b"\n")


def _unwritable_dir(tmp_path: Path) -> Path:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    if os.access(ro, os.W_OK):  # root ignores mode bits; a read-only mount does not
        ro = Path("/proc/sys")
    assert not os.access(ro, os.W_OK)
    return ro


FILEBASED_ERRORS: dict[str, Callable[[Path], Any]] = {
    "is-a-file": lambda t: (t / "file").write_text("x") and t / "file",
    "component-is-file": lambda t: (t / "file2").write_text("x") and t / "file2" / "sub",
    "not-writable": _unwritable_dir,
    "created-with-parents": lambda t: t / "a" / "b" / "c",
    "relative": lambda t: Path(os.path.relpath(t / "rel", Path.cwd())),
    "pathlike-setting": lambda t: t / "p",
}


@pytest.mark.parametrize("case", list(FILEBASED_ERRORS))
@pytest.mark.parametrize("via", ["argument", "setting"])
def test_filebased_construction(tmp_path: Path, case: str, via: str) -> None:
    path = FILEBASED_ERRORS[case](tmp_path)

    def scenario(m: Any) -> Any:
        kwargs = {"file_path": path} if via == "argument" else {}
        override = dj_override if m is dj_mail else cm_override
        with override(EMAIL_FILE_PATH=path if via == "setting" else None):
            res = outcome(
                lambda: m.get_connection(backend_path(m, "filebased"), fail_silently=True, **kwargs)
            )
        if res[0] == "ok":
            conn = res[1]
            made = os.path.isdir(conn.file_path) and conn.file_path == os.path.abspath(path)
            return "ok", made, os.path.isabs(conn.file_path)
        return res

    dj, cm = run(scenario)
    conform(dj, cm)


@pytest.mark.parametrize("path_setting", [None, "unset"])
def test_fixed_filebased_without_path_raises_improperly_configured(
    path_setting: str | None,
) -> None:
    from composer.mail.conf import settings

    def make() -> Any:
        return cm_mail.get_connection(
            "composer.mail.backends.filebased.EmailBackend", fail_silently=True
        )

    if path_setting == "unset":
        saved = settings.EMAIL_FILE_PATH
        del settings.__dict__["EMAIL_FILE_PATH"]
        try:
            with pytest.raises(cm_mail.ImproperlyConfigured) as info:
                make()
        finally:
            settings.EMAIL_FILE_PATH = saved
    else:
        with cm_override(EMAIL_FILE_PATH=None), pytest.raises(cm_mail.ImproperlyConfigured) as info:
            make()
    assert "EMAIL_FILE_PATH" in str(info.value)
    assert "file_path" in str(info.value)
    # Django 5.2 raises TypeError from abspath(None):
    with dj_override(EMAIL_FILE_PATH=None), pytest.raises(TypeError):
        dj_mail.get_connection("django.core.mail.backends.filebased.EmailBackend")


def test_improperly_configured_is_plain_exception() -> None:
    from composer.mail.conf import ImproperlyConfigured

    assert cm_mail.ImproperlyConfigured is ImproperlyConfigured
    assert not issubclass(ImproperlyConfigured, (ValueError, OSError))
    assert issubclass(ImproperlyConfigured, Exception)
    assert issubclass(cm_mail.BadHeaderError, ValueError)
    assert cm_mail.DEFAULT_ATTACHMENT_MIME_TYPE == "application/octet-stream"


# -- side by side over SMTP: envelope and data ---------------------------------------

SMTP_CASES: dict[str, Callable[[Any], Any]] = {
    "plain": lambda m: m.EmailMessage("s", "b", "f@x.com", ["t@x.com"]),
    "named": lambda m: m.EmailMessage(
        "s", "b", "Me <f@x.com>", ["You <t@x.com>"], cc=["C <c@x.com>"], bcc=["h@x.com"]
    ),
    "non-ascii-names": lambda m: m.EmailMessage("Grüße", "ü", "Jörg <f@x.com>", ["Zoë <t@x.com>"]),
    "idn": lambda m: m.EmailMessage("s", "b", "f@bücher.example", ["t@öäü.com"]),
    "quoted-local": lambda m: m.EmailMessage("s", "b", "f@x.com", ['"to@other.com"@example.com']),
    "no-domain": lambda m: m.EmailMessage("s", "b", "f@x.com", ["django"]),
    "tuple-recipient": lambda m: m.EmailMessage("s", "b", "f@x.com", [("Name", "t@x.com")]),
    "invalid-double-at": lambda m: m.EmailMessage(
        "s", "b", "f@x.com", ["to@other.com@example.com"]
    ),
    "invalid-at": lambda m: m.EmailMessage("s", "b", "f@x.com", ["@"]),
    "invalid-to-at": lambda m: m.EmailMessage("s", "b", "f@x.com", ["to@"]),
    "invalid-empty-tuple": lambda m: m.EmailMessage("s", "b", "f@x.com", [("", "")]),
    "invalid-sender": lambda m: m.EmailMessage("s", "b", "f@other.com@x.com", ["t@x.com"]),
    "newline-bcc": lambda m: m.EmailMessage(
        "s", "b", "f@x.com", ["t@x.com"], ["h@x.com\nRCPT TO:<e@x.com>"]
    ),
    "header-override": lambda m: m.EmailMessage(
        "s", "b", "f@x.com", ["real@x.com"], headers={"To": "shown@x.com"}
    ),
    "no-recipients": lambda m: m.EmailMessage("s", "b", "f@x.com"),
    "bad-header": lambda m: m.EmailMessage("s\nX: y", "b", "f@x.com", ["t@x.com"]),
    "dots": lambda m: m.EmailMessage("s", ".\n..\n.x\nend", "f@x.com", ["t@x.com"]),
    "attachment": lambda m: m.EmailMessage(
        "s", "b", "f@x.com", ["t@x.com"], attachments=[("a.bin", bytes(range(256)) * 10)]
    ),
    "tuple-sender": lambda m: m.EmailMessage("s", "b", ("Me", "f@x.com"), ["t@x.com"]),
    "int-recipient": lambda m: m.EmailMessage("s", "b", "f@x.com", ["t@x.com", 5]),
    "bcc-only": lambda m: m.EmailMessage("s", "b", "f@x.com", bcc=["h@x.com"]),
    "non-ascii-idn-named": lambda m: m.EmailMessage(
        "s", "b", "Jörg <j@bücher.example>", ["Zoë <z@öäü.com>"], reply_to=["Ré <r@x.com>"]
    ),
    "charset-latin1": lambda m: enc(
        m.EmailMessage("Grüße", "Grüße", "Jörg <j@x.com>", ["t@x.com"]), "iso-8859-1"
    ),
    "duplicates": lambda m: m.EmailMessage(
        "s", "b", "f@x.com", ["t@x.com"], cc=["t@x.com"], bcc=["t@x.com"]
    ),
}


@pytest.mark.parametrize("case", list(SMTP_CASES))
@pytest.mark.parametrize("fail_silently", [False, True])
def test_smtp_side_by_side(smtp_server: Any, case: str, fail_silently: bool) -> None:
    def scenario(m: Any) -> Any:
        start = len(smtp_server.messages)
        conn = m.get_connection(
            backend_path(m, "smtp"),
            host=smtp_server.host,
            port=smtp_server.port,
            fail_silently=fail_silently,
        )
        res = outcome(lambda: conn.send_messages([SMTP_CASES[case](m)]))
        got = [
            (r.mail_from, r.rcpt_tos, deep_norm(r.data), r.session.ehlo_name)
            for r in smtp_server.messages[start:]
        ]
        return res, got, conn.connection

    dj, cm = run(scenario)
    conform(dj, cm)


def test_smtp_send_mass_mail_side_by_side(smtp_server: Any) -> None:
    def scenario(m: Any) -> Any:
        start_m, start_s = len(smtp_server.messages), len(smtp_server.sessions)
        conn = m.get_connection(
            backend_path(m, "smtp"), host=smtp_server.host, port=smtp_server.port
        )
        res = m.send_mass_mail(
            [
                ("a", "b", "f@x.com", ["1@x.com"]),
                ("c", "d", None, []),
                ("e", "f", "f@x.com", ["2@x.com", "3@x.com"]),
            ],
            connection=conn,
        )
        msgs = smtp_server.messages[start_m:]
        return res, len(smtp_server.sessions) - start_s, [(r.mail_from, r.rcpt_tos) for r in msgs]

    dj, cm = run(scenario)
    conform(dj, cm)
    assert cm == (2, 1, [("f@x.com", ["1@x.com"]), ("f@x.com", ["2@x.com", "3@x.com"])])


def test_smtp_send_mail_fail_silently_with_refused_connection() -> None:
    from smtpserver import refused_port

    port = refused_port()

    def scenario(m: Any) -> Any:
        silent = outcome(lambda: m.send_mail("s", "b", "f@x.com", ["t@x.com"], fail_silently=True))
        loud = outcome(lambda: m.send_mail("s", "b", "f@x.com", ["t@x.com"]))
        return silent, loud

    dj, cm = run(scenario, backend="smtp", EMAIL_HOST="127.0.0.1", EMAIL_PORT=port)
    conform(dj, cm)
    assert cm == (("ok", 0), ("raised", "ConnectionRefusedError"))


def test_smtp_explicit_connection_ignores_fail_silently() -> None:
    from smtpserver import refused_port

    port = refused_port()

    def scenario(m: Any) -> Any:
        conn = m.get_connection(backend_path(m, "smtp"), host="127.0.0.1", port=port)
        return outcome(
            lambda: m.send_mail(
                "s", "b", "f@x.com", ["t@x.com"], fail_silently=True, connection=conn
            )
        )

    dj, cm = run(scenario)
    conform(dj, cm)
    assert cm == ("raised", "ConnectionRefusedError")


def test_smtp_quirk_ascii_header_not_validated_but_envelope_is() -> None:
    # message() emits an ASCII invalid address verbatim; the SMTP backend refuses it.
    raw = (
        cm_mail.EmailMessage("s", "b", "f@x.com", ["to@other.com@example.com"]).message().as_bytes()
    )
    assert b"To: to@other.com@example.com" in raw
    with pytest.raises(ValueError, match="Invalid address"):
        cm_message.sanitize_address("to@other.com@example.com", "utf-8")


def test_smtp_utf8_sanity_of_wire_problems_helper() -> None:
    raw = cm_mail.EmailMessage("s", "b", "f@x.com", ["t@x.com"]).message().as_bytes()
    assert wire_problems(raw) == []
    assert wire_problems(b"Subject: \xc3\xa9\n\nx")
    assert isinstance(smtplib.SMTPException(), OSError)
    assert MIMEBase  # imported for attachment cases


# -- what the convenience functions pass to a backend (custom backends by dotted path) --

CALLS: list[tuple[str, str, dict[str, Any], int]] = []


def _recording(base: type) -> type:
    class Recording(base):  # type: ignore[valid-type,misc]
        def __init__(self, fail_silently: bool = False, **kwargs: Any) -> None:
            super().__init__(fail_silently=fail_silently, **kwargs)
            CALLS.append(
                ("init", type(self).__module__, {"fail_silently": fail_silently, **kwargs}, 0)
            )

        def send_messages(self, email_messages: Any) -> int:
            msgs = list(email_messages)
            CALLS.append(
                (
                    "send",
                    type(self).__module__,
                    {"classes": [type(m).__name__ for m in msgs]},
                    len(msgs),
                )
            )
            return len(msgs)

    return Recording


from django.core.mail.backends.base import BaseEmailBackend as _DjBase  # noqa: E402

from composer.mail.backends.base import BaseEmailBackend as _CmBase  # noqa: E402

CmRecording = _recording(_CmBase)
DjRecording = _recording(_DjBase)

RECORDED_CALLS: dict[str, Callable[[Any], Any]] = {
    "send_mail": lambda m: m.send_mail("s", "b", "f@x.com", ["t@x.com"]),
    "send_mail-auth": lambda m: m.send_mail("s", "b", None, ["t@x.com"], True, "user", "pw"),
    "send_mail-empty": lambda m: m.send_mail("s", "b", None, []),
    "send_mass_mail": lambda m: m.send_mass_mail(
        [("a", "b", "f@x.com", ["1@x.com"]), ("c", "d", None, []), ("e", "f", None, ["2@x.com"])],
        auth_user="u",
        auth_password="p",
    ),
    "send_mass_mail-empty": lambda m: m.send_mass_mail([], fail_silently=True),
    "mail_admins": lambda m: m.mail_admins("s", "b", fail_silently=True),
    "mail_managers": lambda m: m.mail_managers("s", "b", html_message="<p>"),
    "message-send": lambda m: m.EmailMessage("s", "b", "f@x.com", ["t@x.com"]).send(True),
    "get_connection": lambda m: m.get_connection(None, True, host="h", anything=1),
}


@pytest.mark.parametrize("case", list(RECORDED_CALLS))
def test_convenience_functions_backend_calls(case: str) -> None:
    def scenario(m: Any) -> Any:
        CALLS.clear()
        path = "test_conformance.DjRecording" if m is dj_mail else "test_conformance.CmRecording"
        override = dj_override if m is dj_mail else cm_override
        with override(EMAIL_BACKEND=path, ADMINS=[("a", "a@x.com")], MANAGERS=[("m", "m@x.com")]):
            res = outcome(lambda: RECORDED_CALLS[case](m))
        if res[0] == "ok" and not isinstance(res[1], (int, type(None))):
            res = ("ok", type(res[1]).__name__)
        return res, [(kind, kwargs, n) for kind, _module, kwargs, n in CALLS]

    dj, cm = run(scenario)
    conform(dj, cm)


class FlushCountingStream(io.StringIO):
    def __init__(self) -> None:
        super().__init__()
        self.flushes = 0
        self.marks: list[int] = []

    def flush(self) -> None:
        self.flushes += 1
        self.marks.append(self.getvalue().count("-" * 79))
        super().flush()


def test_console_flushes_after_each_message() -> None:
    def scenario(m: Any) -> Any:
        stream = FlushCountingStream()
        conn = m.get_connection(backend_path(m, "console"), stream=stream)
        n = conn.send_messages(
            [m.EmailMessage(f"s{i}", "b", "f@x.com", ["t@x.com"]) for i in range(3)]
        )
        return n, stream.marks, stream.closed

    dj, cm = run(scenario)
    conform(dj, cm)
    assert cm == (3, [1, 2, 3], False)


def test_dns_name_lazy_cached_and_punycoded(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    import django.core.mail.utils as dj_utils

    import composer.mail.utils as cm_utils

    def scenario(module: Any) -> Any:
        calls: list[int] = []

        def fake_getfqdn(name: str = "") -> str:
            calls.append(1)
            return "bücher.example"

        monkeypatch.setattr(socket, "getfqdn", fake_getfqdn)
        dns = module.CachedDnsName()
        created = len(calls)
        values = [str(dns), dns.get_fqdn(), str(dns)]
        return created, values, len(calls)

    dj = scenario(dj_utils)
    cm = scenario(cm_utils)
    conform(dj, cm)
    assert cm == (0, ["xn--bcher-kva.example"] * 3, 1)


def test_named_tuples_compare_equal_to_tuples() -> None:
    assert cm_mail.EmailAttachment("a", "b", "c") == ("a", "b", "c")
    assert cm_mail.EmailAlternative("x", "text/html") == ("x", "text/html")
    assert cm_mail.EmailAttachment._fields == ("filename", "content", "mimetype")
    assert cm_mail.EmailAlternative._fields == ("content", "mimetype")


@pytest.mark.parametrize(
    "body", ["ascii", "latin", "korean", "ascii-999", "from-line", "dot-lines"]
)
@pytest.mark.parametrize("encoding", [None, "iso-8859-1", "koi8-r", "shift_jis"], ids=str)
@pytest.mark.parametrize("attach", [False, True])
def test_as_string(body: str, encoding: str | None, attach: bool) -> None:
    def scenario(m: Any) -> Any:
        e = m.EmailMessage("Sübject", BODIES[body], "Jörg <j@x.com>", ["t@x.com"])
        e.encoding = encoding
        if attach:
            e.attach("a.bin", b"\x00\xff")
        try:
            text = e.message().as_string()
        except Exception as exc:
            return ("raised", type(exc).__name__)
        return ("ok", deep_norm(text.encode("utf-8", "surrogateescape")), ">From" in text)

    dj, cm = run(scenario)
    conform(dj, cm)


WRONG_TYPES: dict[str, Callable[[Any], Any]] = {
    "bytes-body-short": lambda m: m.EmailMessage("s", b"body", "f@x.com", ["t@x.com"]),
    "bytes-body-long": lambda m: m.EmailMessage("s", b"x" * 400, "f@x.com", ["t@x.com"]),
    "int-body": lambda m: m.EmailMessage("s", 5, "f@x.com", ["t@x.com"]),
    "bytes-subject": lambda m: m.EmailMessage(b"subj", "b", "f@x.com", ["t@x.com"]),
    "int-text-attachment": lambda m: m.EmailMessage(
        "s", "b", "f@x.com", ["t@x.com"], attachments=[("a.txt", 5, "text/plain")]
    ),
    "bytes-alternative-text": lambda m: m.EmailMultiAlternatives(
        "s", "b", "f@x.com", ["t@x.com"], alternatives=[(b"<p>x</p>", "text/html")]
    ),
    "bytes-header-value": lambda m: m.EmailMessage(
        "s", "b", "f@x.com", ["t@x.com"], headers={"X-A": b"x"}
    ),
}


@pytest.mark.parametrize("case", list(WRONG_TYPES))
def test_wrong_value_types(case: str) -> None:
    check(WRONG_TYPES[case])
