"""The checks before sending and the signature rule, without a window."""

from __future__ import annotations

import pytest

from composer.compose.checks import SendingProfile, Stop, check_before_sending
from composer.compose.message import Attachment, ComposedMessage
from composer.compose.signature import body_for_signature, is_untouched, signature_block

WORK = SendingProfile("Work", delivers=True, identity="Kim <kim@example.com>")
PREVIEW = SendingProfile("Outbox", delivers=False)


def message(**fields: object) -> ComposedMessage:
    defaults: dict[str, object] = {"to": ["lee@example.com"], "subject": "Hello", "text": "Hi"}
    defaults.update(fields)
    return ComposedMessage(**defaults)  # type: ignore[arg-type]


def test_a_complete_message_may_be_sent() -> None:
    check = check_before_sending(message(from_addr="kim@example.com"), [], WORK)
    assert check.ok
    assert not check.use_identity


def test_the_checks_come_in_order_and_say_what_to_do() -> None:
    # Everything is wrong at once: the invalid address is named first.
    everything = message(to=[], text="see the attached file")
    check = check_before_sending(everything, ["To: kim@ — no domain"], None)
    assert check.stop is Stop.ADDRESSES
    assert check.message.what == "Some addresses are not valid: To: kim@ — no domain."
    assert check.message.todo == "Correct the highlighted entries, then send again."
    check = check_before_sending(everything, [], None)
    assert check.stop is Stop.NO_RECIPIENTS
    assert "To, Cc or Bcc" in check.message.todo
    check = check_before_sending(message(text="see the attached file"), [], None)
    assert check.stop is Stop.ATTACHMENT
    check = check_before_sending(message(), [], None)
    assert check.stop is Stop.NO_PROFILE
    assert check.message.todo == "Add one in Tools ▸ Preferences."


def test_bcc_alone_is_enough_recipients() -> None:
    assert check_before_sending(message(to=[], bcc=["b@example.com"]), [], PREVIEW).ok


@pytest.mark.parametrize("text", ["첨부 파일 확인 부탁드립니다", "Please see the attached report"])
def test_a_mentioned_attachment_is_asked_about_once(text: str) -> None:
    msg = message(text=text)
    assert check_before_sending(msg, [], PREVIEW).stop is Stop.ATTACHMENT
    assert check_before_sending(msg, [], PREVIEW, attachment_confirmed=True).ok
    attached = message(text=text, attachments=[Attachment.from_bytes("r.pdf", b"%PDF")])
    assert check_before_sending(attached, [], PREVIEW).ok


def test_an_empty_from_takes_the_profiles_address_for_a_real_send() -> None:
    check = check_before_sending(message(from_addr=""), [], WORK)
    assert check.ok
    assert check.use_identity
    nobody = SendingProfile("Relay", delivers=True)
    check = check_before_sending(message(from_addr=""), [], nobody)
    assert check.stop is Stop.NO_SENDER
    assert "the profile “Relay”" in check.message.todo
    # A preview needs no sender.
    assert check_before_sending(message(from_addr=""), [], PREVIEW).ok


def test_the_signature_goes_into_an_untouched_body_only() -> None:
    block = signature_block("Kim\n010-1234-5678")
    assert block == "\n\n-- \nKim\n010-1234-5678"
    assert signature_block("") == ""
    empty = ComposedMessage()
    assert body_for_signature(empty, "", "Kim") == "\n\n-- \nKim"
    shown = ComposedMessage(text=block)
    assert is_untouched(shown, block)
    # A switch to another profile replaces the signature while nothing else was written.
    assert body_for_signature(shown, block, "Lee") == "\n\n-- \nLee"
    assert body_for_signature(shown, block, "") == ""
    assert body_for_signature(shown, block, "Kim\n010-1234-5678") is None  # already there
    written = ComposedMessage(text="Dear Lee," + block)
    assert not is_untouched(written, block)
    assert body_for_signature(written, block, "Lee") is None
    addressed = ComposedMessage(to=["lee@example.com"], text=block)
    assert body_for_signature(addressed, block, "Lee") is None
