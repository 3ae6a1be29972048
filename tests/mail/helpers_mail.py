"""Shared helpers for the composer.mail tests: normalising, comparing, wire checks.

``deep_norm`` is the oracle's ``normalise`` plus a descent into ``message/rfc822`` parts
(the oracle only notes that such a part exists); ``conform`` compares a Django result with
a composer result, tolerating ``BadHeaderError`` where Django raises a plain ``ValueError``
(spec §10).
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from email.message import Message
from typing import Any

from oracle import cm_mail, cm_override, dj_mail, dj_override

ADDRESS_HEADERS = {"from", "to", "cc", "reply-to", "sender", "bcc"}
VOLATILE = {"date", "message-id"}
SEPARATOR = "-" * 79

# A line ending that is not CRLF: a bare LF or a bare CR.
BARE_EOL = re.compile(rb"(?<!\r)\n|\r(?!\n)")


def parse(raw: bytes) -> Message:
    """Re-parse serialised bytes the way a modern client would."""
    return email.message_from_bytes(raw, policy=email.policy.default)


def _header_value(name: str, value: Any) -> Any:
    if name.lower() in ADDRESS_HEADERS:
        return tuple(email.utils.getaddresses([str(value)]))
    return str(value)


def _part(part: Message) -> Any:
    headers: list[Any] = []
    is_rfc822 = part.get_content_type() == "message/rfc822"
    for name, raw in part.raw_items():
        try:
            value = part.policy.header_fetch_parse(name, raw)
        except (IndexError, ValueError):
            # The stdlib's modern parser crashes on a few odd values (e.g. a lone '"' in
            # an address header); compare those as the raw text both sides produced.
            value = raw
        low = name.lower()
        if low in VOLATILE:
            headers.append((low, "<generated>"))
        elif low == "content-type":
            params = dict(part.get_params() or [])
            params.pop("boundary", None)
            headers.append((low, part.get_content_type(), tuple(sorted(params.items()))))
        elif low == "content-disposition":
            headers.append((low, part.get_content_disposition(), part.get_filename()))
        elif low == "content-transfer-encoding" and is_rfc822:
            continue  # not compared (spec §10)
        else:
            headers.append((low, _header_value(name, value)))
    headers.sort(key=repr)
    if part.is_multipart():
        payload = part.get_payload()
        assert isinstance(payload, list)
        body: Any = [_part(p) for p in payload]
        if is_rfc822:
            body = ("rfc822", body)
    else:
        body = part.get_payload(decode=True)
    return (tuple(headers), body)


def deep_norm(raw: bytes) -> Any:
    """What the conformance contract compares, descending into message/rfc822 parts."""
    return _part(parse(raw))


def header_block(raw: bytes) -> bytes:
    """The top-level header block (without the blank line)."""
    end = raw.find(b"\n\n")
    if end < 0:
        end = raw.find(b"\r\n\r\n")
    return raw if end < 0 else raw[:end]


def header_lines(raw: bytes) -> list[bytes]:
    return header_block(raw).replace(b"\r\n", b"\n").split(b"\n")


def wire_problems(raw: bytes, *, allow_utf8_headers: bool = False) -> list[str]:
    """Violations of 'headers are ASCII-only with lines <= 998' in *raw* (spec §10)."""
    problems = []
    for line in header_lines(raw):
        if not allow_utf8_headers and not line.isascii():
            problems.append(f"non-ASCII header line {line!r}")
        if len(line) > 998:
            problems.append(f"header line longer than 998 octets: {line[:60]!r}...")
    return problems


def _tolerate(dj: Any, cm: Any) -> Any:
    """*cm* with BadHeaderError results replaced where Django raised a plain ValueError."""
    if (
        isinstance(dj, tuple)
        and isinstance(cm, tuple)
        and len(dj) == len(cm) == 2
        and isinstance(dj[0], str)
        and dj[0] == cm[0]
        and dj[0].startswith("raised")
        and dj[1] == "ValueError"
        and cm[1] == "BadHeaderError"
    ):
        return dj
    if isinstance(dj, (tuple, list)) and type(dj) is type(cm) and len(dj) == len(cm):
        return type(cm)(_tolerate(a, b) for a, b in zip(dj, cm, strict=True))
    if isinstance(dj, dict) and isinstance(cm, dict) and dj.keys() == cm.keys():
        return {k: _tolerate(dj[k], cm[k]) for k in cm}
    return cm


def _first_difference(dj: Any, cm: Any, path: str = "") -> str:
    if isinstance(dj, (tuple, list)) and isinstance(cm, (tuple, list)):
        for i, (a, b) in enumerate(zip(dj, cm, strict=False)):
            if a != b:
                return _first_difference(a, b, f"{path}[{i}]")
        if len(dj) != len(cm):
            return (
                f"at {path}: length django={len(dj)} composer={len(cm)}\n"
                f" django={dj!r}\n composer={cm!r}"
            )
    if isinstance(dj, dict) and isinstance(cm, dict):
        for k in list(dj) + [k for k in cm if k not in dj]:
            if dj.get(k, "<missing>") != cm.get(k, "<missing>"):
                return _first_difference(
                    dj.get(k, "<missing>"), cm.get(k, "<missing>"), f"{path}[{k!r}]"
                )
    return f"at {path or '<top>'}:\n django  ={dj!r}\n composer={cm!r}"


def conform(dj: Any, cm: Any) -> None:
    """Assert a composer result equals Django's (BadHeaderError for ValueError is fine)."""
    cm = _tolerate(dj, cm)
    if dj != cm:
        raise AssertionError("composer differs from Django " + _first_difference(dj, cm))


def run(
    scenario: Callable[[Any], Any], backend: str | None = None, **settings: Any
) -> tuple[Any, Any]:
    """Run scenario(mail_module) on Django and on composer under the same settings.

    *backend* names a backend module (``"locmem"``...) translated to each library's path.
    """
    dj_kw = dict(settings)
    cm_kw = dict(settings)
    if backend is not None:
        dj_kw["EMAIL_BACKEND"] = f"django.core.mail.backends.{backend}.EmailBackend"
        cm_kw["EMAIL_BACKEND"] = f"composer.mail.backends.{backend}.EmailBackend"
    with dj_override(**dj_kw):
        dj = scenario(dj_mail)
    with cm_override(**cm_kw):
        cm = scenario(cm_mail)
    return dj, cm


def backend_path(m: Any, name: str) -> str:
    """The dotted path of backend *name* for the library module *m*."""
    return f"{m.__name__}.backends.{name}.EmailBackend"


def snapshot(e: Any) -> dict[str, Any]:
    """The comparable attributes of an EmailMessage (spec §5.1, §6, §9.3)."""
    from email.mime.base import MIMEBase

    snap: dict[str, Any] = {
        "class": type(e).__name__,
        "subject": e.subject,
        "body": e.body,
        "from_email": e.from_email,
        "to": e.to,
        "cc": e.cc,
        "bcc": e.bcc,
        "reply_to": e.reply_to,
        "attachments": [
            ("MIMEBase", a.get_content_type()) if isinstance(a, MIMEBase) else _attachment(a)
            for a in e.attachments
        ],
        "extra_headers": dict(e.extra_headers),
        "content_subtype": e.content_subtype,
        "mixed_subtype": e.mixed_subtype,
        "encoding": e.encoding,
        "recipients": e.recipients(),
        "connection": None
        if e.connection is None
        else type(e.connection).__module__.rsplit(".", 1)[-1],
    }
    if hasattr(e, "alternatives"):
        snap["alternatives"] = [tuple(a) for a in e.alternatives]
        snap["alternative_subtype"] = e.alternative_subtype
    return snap


def _attachment(a: Any) -> Any:
    filename, content, mimetype = a
    if hasattr(content, "message") and hasattr(content, "recipients"):
        content = ("EmailMessage", snapshot(content))
    elif isinstance(content, Message):
        content = ("Message", content.as_bytes())
    return (filename, content, mimetype)


@contextmanager
def fresh_outboxes() -> Iterator[None]:
    dj_mail.outbox = []
    cm_mail.outbox = []
    yield
    dj_mail.outbox = []
    cm_mail.outbox = []


def split_console(text: str) -> list[str]:
    """Split console output into the messages it holds (spec §9.4 framing)."""
    marker = "\n" + SEPARATOR + "\n"
    assert text.endswith(marker), text[-200:]
    chunks = text.split(marker)
    assert chunks[-1] == ""
    return [c for c in chunks[:-1]]


def split_file(data: bytes) -> list[bytes]:
    """Split a filebased log into its messages (spec §9.5 framing)."""
    if not data:
        return []  # opened, then the first message failed: an empty file, as in Django
    marker = b"\n" + SEPARATOR.encode() + b"\n"
    assert data.endswith(marker), data[-200:]
    chunks = data.split(marker)
    assert chunks[-1] == b""
    return chunks[:-1]


__all__ = [
    "BARE_EOL",
    "SEPARATOR",
    "backend_path",
    "cm_mail",
    "cm_override",
    "conform",
    "deep_norm",
    "dj_mail",
    "dj_override",
    "fresh_outboxes",
    "header_block",
    "header_lines",
    "parse",
    "run",
    "snapshot",
    "split_console",
    "split_file",
    "wire_problems",
]
