"""Reading damaged ``.eml`` files: keep every readable word, or say clearly why not."""

from __future__ import annotations

import damaged_messages as damaged
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from composer.compose.message import (
    Attachment,
    ComposedMessage,
    UnreadableMessage,
    from_eml,
    to_eml,
)


def test_a_truncated_message_keeps_what_arrived() -> None:
    msg = from_eml(damaged.TRUNCATED)
    assert msg.subject == "Cut off"
    assert msg.from_addr == "Kim <kim@example.com>"
    assert msg.text.startswith("Hello wor")


def test_an_unknown_charset_still_shows_the_words() -> None:
    msg = from_eml(damaged.BAD_CHARSET)
    assert msg.text.startswith("Hello ")
    assert msg.text.rstrip().endswith("world")
    assert msg.to == ["lee@example.com"]


def test_broken_base64_is_read_as_well_as_it_can_be() -> None:
    msg = from_eml(damaged.BROKEN_BASE64)
    assert msg.subject == "Broken base64"
    assert msg.text.startswith("Hello")


def test_a_header_that_trips_pythons_parser_is_read_as_text() -> None:
    msg = from_eml(damaged.BAD_ADDRESS_HEADER)
    assert msg.subject == "Odd sender"
    assert msg.to[0] == "lee@example.com"
    assert "Kim" in msg.from_addr
    assert msg.text == "Hello\n"


@pytest.mark.parametrize("data", [damaged.recursive_rfc822(), damaged.nested_multipart()])
def test_nesting_deeper_than_the_parser_can_go_is_explained(data: bytes) -> None:
    with pytest.raises(UnreadableMessage, match="nested too deeply"):
        from_eml(data)


_SEED = to_eml(
    ComposedMessage.formatted(
        "<p>Hello <b>there</b></p>",
        from_addr="Kim <kim@example.com>",
        to=["Lee <lee@example.com>", "park@bücher.de"],
        subject="보고서",
        attachments=[Attachment.from_bytes("a.pdf", b"%PDF" * 40)],
    )
)
_NASTY = [b"\n", b"=?", b"?=", b"<", b'"', b"\\", b";", b":", b"@", b"\x00", b"=\n", b"--"]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.integers(0, len(_SEED)),
            st.integers(0, 30),
            st.one_of(st.sampled_from(_NASTY), st.binary(max_size=3)),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_any_damage_gives_a_message_or_unreadable_message(
    edits: list[tuple[int, int, bytes]],
) -> None:
    data = bytearray(_SEED)
    for position, cut, insert in edits:
        data[position : position + cut] = insert
    try:
        result: ComposedMessage | str = from_eml(bytes(data))
    except UnreadableMessage as exc:
        result = str(exc)
    assert result  # a message, or a reason in words: never another exception
