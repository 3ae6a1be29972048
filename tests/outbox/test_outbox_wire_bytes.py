"""A queued message goes out as the very bytes queued: the same Date, Message-ID, MIME
boundaries and folding, never a message built again at sending time (which would differ
from the ``message.eml`` the user saw waiting). The server's record is compared byte for
byte (its line ends are CRLF; the file's LF), and the Sent copy is the queued file itself.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from outbox_helpers import ManualClock, accounts, letter, relay
from smtpserver import SMTPTestServer

from composer.compose.message import Attachment, InlineImage
from composer.outbox.item import State
from composer.outbox.runner import send_due
from composer.outbox.store import OutboxStore
from composer.storage.sentbox import SentBox


def test_the_server_receives_the_queued_bytes_exactly(
    smtp_server: SMTPTestServer, tmp_path: Path
) -> None:
    big = bytes(range(256)) * 1300  # over the size streamed in slices when sent
    msg = letter(
        subject="2026년 12월 회의록과 결산 자료를 보내 드립니다 — 긴 제목이라 여러 줄로 접힙니다",
        to="이영희 과장님 <lee@example.com>",
        cc=['"Park, Chulsoo (Accounting Department)" <park@example.org>'],
        bcc=["boss@example.com"],
        html='<p>회의록입니다.</p><p>.a line starting with a dot</p><img src="cid:logo">',
        attachments=[
            Attachment("결산 2026.pdf", "application/pdf", len(big), content=big),
            Attachment("notes.txt", "text/plain", 9, content=b".\nnotes\n"),
        ],
        inline_images=[InlineImage("logo", "logo.png", "image/png", b"\x89PNG fake")],
    )
    clock, store = ManualClock(), OutboxStore()
    item = store.add(msg, "Relay", clock.now() + timedelta(minutes=5), clock.now())
    queued = store.eml(item.id)
    assert b"\nBcc: boss@example.com\n" in queued  # kept for Undo and Edit, never sent
    clock.advance(minutes=5)
    (outcome,) = send_due(
        store, accounts(relay(smtp_server.port)), clock, sent_folder=tmp_path / "Sent"
    )
    assert outcome.item.state is State.SENT
    (received,) = smtp_server.messages
    assert sorted(received.rcpt_tos) == ["boss@example.com", "lee@example.com", "park@example.org"]
    expected = queued.replace(b"Bcc: boss@example.com\n", b"", 1).replace(b"\n", b"\r\n")
    assert received.data == expected
    (kept,) = SentBox(tmp_path / "Sent").entries()
    assert SentBox(tmp_path / "Sent").get_bytes(kept.key) == queued
