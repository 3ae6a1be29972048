"""The fast paths produce exactly what the standard library's slow paths produce.

Each shortcut in ``composer.mail.fastpath`` (and the address shortcut in ``message``) rests
on a claim about the ``email`` package; these tests check each claim against the package
itself, with generated inputs.
"""

from __future__ import annotations

import email.utils
import re
import smtplib
import string
import time
from email.generator import BytesGenerator
from email.header import Header
from io import BytesIO

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import composer.mail as mail
from composer.mail import fastpath
from composer.mail.conf import override_settings
from composer.mail.message import SafeMIMEText, envelope_address, sanitize_address

PRINTABLE = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=90)
HEADER_NAMES = st.sampled_from(["Subject", "To", "From", "X-Tag", "Message-ID", "X-Long-Name-Here"])
ANY_TEXT = st.lists(
    st.one_of(
        st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20),
        st.sampled_from(["\n", "\r\n", "\r", ".", "From ", " ", "x" * 120]),
    ),
    max_size=25,
).map("".join)


def generic_bytes(msg: object, linesep: str = "\n") -> bytes:
    fp = BytesIO()
    BytesGenerator(fp, mangle_from_=False).flatten(msg, linesep=linesep)  # type: ignore[arg-type]
    return fp.getvalue()


@given(name=HEADER_NAMES, value=PRINTABLE)
@example(name="Subject", value="")
@example(name="To", value="  leading and  double  spaces")
def test_short_printable_values_fold_to_themselves(name: str, value: str) -> None:
    """The claim behind the header fast path, checked against email.header.Header."""
    if fastpath._folds_to_itself(name, value):
        for linesep in ("\n", "\r\n"):
            assert Header(value, header_name=name).encode(linesep=linesep, maxlinelen=78) == value
    if name == "Subject" and fastpath.stores_verbatim(name, value):
        assert Header(value).encode() == value


@given(text=ANY_TEXT, subtype=st.sampled_from(["plain", "html"]))
@example(text="", subtype="plain")
@example(text="x" * 999, subtype="plain")
@example(text="é" * 500, subtype="plain")
def test_text_part_template_equals_mimetext(text: str, subtype: str) -> None:
    fast = fastpath.text_part(SafeMIMEText, text, subtype, "utf-8")
    slow = SafeMIMEText(text, subtype, "utf-8")
    if fast is None:
        # Only over-long lines (quoted-printable) take the slow path.
        assert fastpath.has_long_lines(text)
        return
    assert vars(fast) == vars(slow)
    assert fast.as_bytes() == generic_bytes(slow)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(
    subject=st.one_of(PRINTABLE, ANY_TEXT),
    body=ANY_TEXT,
    to=st.lists(st.sampled_from(["a@example.com", "Bé <b@example.com>", "c@öäü.com"]), max_size=3),
    extra=st.dictionaries(st.sampled_from(["X-A", "X-Long-" + "x" * 70, "Keywords"]), PRINTABLE),
    linesep=st.sampled_from(["\n", "\r\n"]),
)
def test_as_bytes_equals_the_generator(
    subject: str, body: str, to: list[str], extra: dict[str, str], linesep: str
) -> None:
    subject = re.sub("[\x00\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]", " ", subject)
    msg = mail.EmailMessage(subject, body, "from@example.com", to, headers=extra).message()
    assert msg.as_bytes(linesep=linesep) == generic_bytes(msg, linesep)


@given(
    words=st.lists(st.from_regex(r"[A-Za-z0-9_'+-]{1,12}", fullmatch=True), min_size=1, max_size=5),
    local=st.from_regex(
        r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]{1,10}(\.[A-Za-z0-9_-]{1,5})?", fullmatch=True
    ),
    domain=st.from_regex(r"[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?(\.[a-z]{2,6}){1,2}", fullmatch=True),
    named=st.booleans(),
)
def test_envelope_address_shortcut_equals_full_parse(
    words: list[str], local: str, domain: str, named: bool
) -> None:
    spec = f"{local}@{domain}"
    addr = f"{' '.join(words)} <{spec}>" if named else spec
    sanitized = sanitize_address(addr, "utf-8")
    assert envelope_address(addr, "utf-8") == (sanitized, smtplib.quoteaddr(sanitized)[1:-1])


@pytest.mark.parametrize(
    "addr",
    [
        '"to@other.com"@example.com',
        "Jörg <jörg@example.com>",
        ("Name", "user@öäü.com"),
        'A "quoted" name <a@example.com>',
        "=?utf-8?q?encoded?= <x@example.com>",
        "J. Doe <j@example.com>",
        "django",
    ],
)
def test_envelope_address_of_unusual_forms_equals_full_parse(addr: str | tuple[str, str]) -> None:
    sanitized = sanitize_address(addr, "utf-8")
    expected_spec = email.utils.parseaddr(sanitized)[1] if sanitized.isascii() else None
    got = envelope_address(addr, "utf-8")
    assert got[0] == sanitized
    if expected_spec is not None:
        assert got[1] == expected_spec


@pytest.mark.parametrize("localtime", [False, True])
def test_cached_date_is_formatdate_of_the_same_second(localtime: bool) -> None:
    for _ in range(3):
        before = int(time.time())
        value = fastpath.formatdate_now(localtime)
        after = int(time.time())
        candidates = {email.utils.formatdate(t, localtime=localtime) for t in (before, after)}
        assert value in candidates


def test_message_uses_localtime_setting_at_call_time() -> None:
    with override_settings(EMAIL_USE_LOCALTIME=False):
        utc = mail.EmailMessage("s", "b", "a@example.com", ["b@example.com"]).message()["Date"]
    assert utc.endswith("-0000")
    with override_settings(EMAIL_USE_LOCALTIME=True):
        local = mail.EmailMessage("s", "b", "a@example.com", ["b@example.com"]).message()["Date"]
    expected = email.utils.formatdate(
        email.utils.mktime_tz(email.utils.parsedate_tz(local)), localtime=True
    )
    assert local == expected


def test_text_part_declines_other_charsets_and_non_text() -> None:
    assert fastpath.text_part(SafeMIMEText, "x", "plain", "iso-8859-1") is None
    assert fastpath.text_part(SafeMIMEText, b"x", "plain", "utf-8") is None


def test_as_bytes_fast_path_handles_every_line_break_form() -> None:
    body = "one\r\ntwo\rthree\nfour" + string.ascii_letters
    msg = mail.EmailMessage("s", body, "a@example.com", ["b@example.com"]).message()
    assert msg.as_bytes(linesep="\r\n") == generic_bytes(msg, "\r\n")
    assert b"one\r\ntwo\r\nthree\r\nfour" in msg.as_bytes(linesep="\r\n")
