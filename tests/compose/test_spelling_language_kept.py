"""The spelling language chosen for a message is kept in its draft, never sent (nor queued
in the Outbox, which keeps the bytes that go out), and a draft from before (or a header that
is not a language) means automatic."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from composer.compose.message import ComposedMessage, build_email, from_eml, to_eml
from composer.merge.templates.customheaders import template_headers
from composer.outbox.store import OutboxStore


def message(language: str = "") -> ComposedMessage:
    return ComposedMessage(
        from_addr="kim@example.kr",
        to=["lee@example.kr"],
        subject="회의",
        text="Hello all, the meeting is at three.",
        spelling_language=language,
    )


def test_a_draft_keeps_its_language() -> None:
    assert from_eml(to_eml(message("ko_KR"))).spelling_language == "ko_KR"


def test_an_older_draft_opens_in_the_automatic_language() -> None:
    kept = to_eml(message())
    assert b"Spelling" not in kept
    assert from_eml(kept).spelling_language == ""


@pytest.mark.parametrize("value", ["../../etc", "ko_KR; rm", "", "x" * 40, "한국어"])
def test_a_header_that_is_no_language_means_automatic(value: str) -> None:
    kept = to_eml(message()).replace(
        b"\n\n", f"\nX-Composer-Spelling-Language: {value}\n\n".encode(), 1
    )
    assert from_eml(kept).spelling_language == ""
    assert b"../" not in to_eml(message(value))


def test_the_language_is_never_sent() -> None:
    sent = build_email(message("ko_KR")).message().as_bytes()
    assert b"Spelling" not in sent
    assert b"ko_KR" not in sent


def test_a_message_queued_in_the_outbox_goes_without_it(tmp_path: Path) -> None:
    # The Outbox keeps the exact bytes that will be sent: the language has no place there.
    store = OutboxStore(tmp_path / "outbox")
    now = datetime.datetime.now(datetime.UTC)
    item = store.add(message("ko_KR"), "Office", now + datetime.timedelta(minutes=5), now)
    assert b"Spelling" not in store.eml(item.id)


def test_a_draft_used_as_a_merge_template_sends_without_it() -> None:
    headers, _named = template_headers(to_eml(message("ko_KR")))
    assert not [name for name in headers if "spelling" in name.lower()]
