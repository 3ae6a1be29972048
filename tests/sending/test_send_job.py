"""The shared send path against a real SMTP server on 127.0.0.1."""

from __future__ import annotations

import email
import email.policy
import stat
import threading
from pathlib import Path

import pytest
from smtpserver import SMTPTestServer, refused_port

from composer import mail
from composer.compose.message import Attachment, ComposedMessage
from composer.errors import CancelToken
from composer.errors.describe import ServerInfo, describe
from composer.sending.job import SendStatus, send_composed
from composer.storage.sentbox import SentBox


def smtp(server_port: int) -> object:
    return mail.get_connection(
        "composer.mail.backends.smtp.EmailBackend", host="127.0.0.1", port=server_port, timeout=10
    )


def message(**kw: object) -> ComposedMessage:
    fields: dict[str, object] = {
        "from_addr": "Me <me@example.com>",
        "to": ["a@example.com"],
        "cc": ["c@example.com"],
        "bcc": ["hidden@example.com"],
        "subject": "Hello",
        "text": "Body",
    }
    fields.update(kw)
    return ComposedMessage(**fields)  # type: ignore[arg-type]


def test_sent_reports_recipients_progress_and_keeps_a_copy(
    smtp_server: SMTPTestServer, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    box = SentBox(tmp_path / "Sent")
    result = send_composed(
        message(),
        smtp(smtp_server.port),
        profile="Work",
        progress=lambda d, t: seen.append((d, t)),
        sentbox=box,
    )
    assert result.status is SendStatus.SENT, result
    assert result.message.what == (
        "Sent to a@example.com, c@example.com, hidden@example.com through “Work”."
    )
    (received,) = smtp_server.messages
    assert sorted(received.rcpt_tos) == ["a@example.com", "c@example.com", "hidden@example.com"]
    assert b"hidden@example.com" not in received.data
    assert seen
    assert seen[-1] == (1, 1)
    assert result.sent_key is not None
    assert not result.copy_lost
    copy = box.get_bytes(result.sent_key)
    kept = email.message_from_bytes(copy, policy=email.policy.default)
    sent = email.message_from_bytes(received.data, policy=email.policy.default)
    assert kept["Bcc"] == "hidden@example.com"
    for name in ("Date", "Message-ID", "From", "To", "Cc", "Subject"):
        assert kept[name] == sent[name], name
    assert sent["Message-ID"].endswith("@example.com>")  # the sender's domain


def without_bcc(data: bytes) -> bytes:
    head, _, body = data.partition(b"\n\n")
    lines = [line for line in head.split(b"\n") if not line.startswith(b"Bcc: ")]
    return b"\n".join(lines) + b"\n\n" + body


@pytest.mark.parametrize("size", [10, 700_000])  # small, and big enough to be streamed
def test_the_sent_copy_is_the_message_that_went_out(
    smtp_server: SMTPTestServer, tmp_path: Path, size: int
) -> None:
    box = SentBox(tmp_path / "Sent")
    msg = message(
        from_addr="김철수 <kim@bücher.example>",
        html="<p>Hello <b>you</b></p>",
        attachments=[
            Attachment.from_bytes("data.bin", bytes(range(256)) * (size // 256 + 1)),
            Attachment.from_bytes("보고서.txt", "첫 줄\r\n.둘째 줄\n".encode()),
        ],
    )
    result = send_composed(msg, smtp(smtp_server.port), profile="Work", sentbox=box)
    assert result.status is SendStatus.SENT, result.message
    (received,) = smtp_server.messages
    assert result.sent_key is not None
    copy = box.get_bytes(result.sent_key)
    assert without_bcc(copy) == received.data.replace(b"\r\n", b"\n")
    assert b"\nBcc: hidden@example.com\n" in copy.partition(b"\n\n")[0] + b"\n"
    assert received.mail_from == "kim@xn--bcher-kva.example"
    parsed = email.message_from_bytes(received.data, policy=email.policy.default)
    assert parsed["Message-ID"].endswith("@xn--bcher-kva.example>")


def test_sent_copy_and_its_folder_are_private(smtp_server: SMTPTestServer, tmp_path: Path) -> None:
    box = SentBox(tmp_path / "Sent")
    result = send_composed(message(), smtp(smtp_server.port), sentbox=box)
    assert result.sent_key is not None
    (path,) = (tmp_path / "Sent" / "cur").iterdir()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    for folder in ("", "cur", "new", "tmp"):
        assert stat.S_IMODE((tmp_path / "Sent" / folder).stat().st_mode) == 0o700, folder


def test_a_copy_that_cannot_be_kept_is_no_failure(
    smtp_server: SMTPTestServer, tmp_path: Path
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the Sent folder should be")
    result = send_composed(message(), smtp(smtp_server.port), sentbox=SentBox(blocked))
    assert result.status is SendStatus.SENT
    assert result.copy_lost
    assert result.message.todo.startswith("Its copy could not be kept in the Sent folder")
    assert result.message.todo.endswith("do not send it again.")
    assert len(smtp_server.messages) == 1


def test_a_real_send_needs_a_sender(smtp_server: SMTPTestServer) -> None:
    result = send_composed(message(from_addr=""), smtp(smtp_server.port), profile="Work")
    assert result.status is SendStatus.FAILED
    assert result.message.what == "The message has no sender address."
    assert smtp_server.messages == []  # never as webmaster@localhost


def test_dead_server_is_one_sentence_and_advice() -> None:
    port = refused_port()
    server = ServerInfo("127.0.0.1", port)
    result = send_composed(message(), smtp(port), profile="Work", server=server)
    assert result.status is SendStatus.FAILED
    assert result.message.what == (
        f"Nothing accepted the connection at 127.0.0.1 port {port} (connection refused)."
    )
    assert "port" in result.message.todo
    assert "ConnectionRefusedError" in result.message.details


def test_all_recipients_refused(smtp_server: SMTPTestServer) -> None:
    smtp_server.rcpt_reply = lambda addr: "550 5.1.1 No such user"
    result = send_composed(message(cc=[], bcc=[]), smtp(smtp_server.port), profile="Work")
    assert result.status is SendStatus.FAILED
    assert result.message.what.startswith("The server refused every recipient: a@example.com (550")


def test_some_recipients_refused(smtp_server: SMTPTestServer) -> None:
    smtp_server.rcpt_reply = lambda addr: "550 5.1.1 No such user" if "c@" in addr else None
    result = send_composed(message(), smtp(smtp_server.port), profile="Work")
    assert result.status is SendStatus.PARTIAL, result
    assert result.refused == {"c@example.com": (550, "5.1.1 No such user")}
    assert result.accepted == ["a@example.com", "hidden@example.com"]
    assert "refused c@example.com" in result.message.what


def test_vanished_attachment(tmp_path: Path, smtp_server: SMTPTestServer) -> None:
    path = tmp_path / "gone.pdf"
    path.write_bytes(b"x")
    msg = message(attachments=[Attachment.from_path(path)])
    path.unlink()
    result = send_composed(msg, smtp(smtp_server.port), profile="Work")
    assert result.status is SendStatus.FAILED
    assert result.message.what.startswith(f"The attachment {path} could not be read")
    assert smtp_server.messages == []


def test_cancel_while_the_server_stalls(smtp_server: SMTPTestServer) -> None:
    smtp_server.data_behaviour = "stall"
    smtp_server.stall_seconds = 20
    token = CancelToken()
    started = threading.Event()
    outcome: list[object] = []

    def progress(done: int, total: int) -> None:
        started.set()

    def run() -> None:
        msg = message(attachments=[Attachment.from_bytes("big.bin", b"\0" * 2_000_000)])
        outcome.append(send_composed(msg, smtp(smtp_server.port), progress=progress, token=token))

    worker = threading.Thread(target=run)
    worker.start()
    assert started.wait(10)
    assert token.cancel()
    worker.join(10)
    assert not worker.is_alive()
    (result,) = outcome
    assert result.status is SendStatus.CANCELLED  # type: ignore[attr-defined]


def test_preview_profile_says_not_delivered() -> None:
    mail.outbox = []
    conn = mail.get_connection("composer.mail.backends.locmem.EmailBackend")
    result = send_composed(message(), conn, profile="Outbox", delivers=False)
    assert result.status is SendStatus.SENT
    assert result.message.what == "Not delivered: “Outbox” only previews messages."
    assert len(mail.outbox) == 1


def test_an_unexpected_error_is_one_sentence_and_the_details() -> None:
    message = describe(RuntimeError("boom"))
    assert message.what == "Something unexpected went wrong (RuntimeError: boom)."
    assert message.todo == "Copy the details and report them to the Composer developers."
    assert "RuntimeError: boom" in message.details


def test_a_connection_lost_after_the_end_of_data_is_in_doubt(
    smtp_server: SMTPTestServer, tmp_path: Path
) -> None:
    smtp_server.data_behaviour = "store_then_drop"  # stored, and the reply never leaves
    box = SentBox(tmp_path / "Sent")
    result = send_composed(message(), smtp(smtp_server.port), profile="Work", sentbox=box)
    assert result.status is SendStatus.IN_DOUBT
    assert not result.ok  # nothing to start over from: the window keeps the message
    assert result.message.what.startswith(
        "The message went out, but the server's confirmation never came"
    )
    assert result.message.todo.startswith("It was most likely delivered: do not send it again")
    assert len(smtp_server.messages) == 1
    assert box.entries() == []


class _NoticedCommit(CancelToken):
    def __init__(self) -> None:
        super().__init__()
        self.reached = threading.Event()

    def commit(self) -> None:
        super().commit()
        self.reached.set()


def test_after_the_end_of_data_went_out_cancel_is_too_late(smtp_server: SMTPTestServer) -> None:
    smtp_server.data_behaviour = "store_then_stall"  # the reply to the end of data waits
    smtp_server.stall_seconds = 2
    token = _NoticedCommit()
    outcome: list[object] = []
    worker = threading.Thread(
        target=lambda: outcome.append(send_composed(message(), smtp(smtp_server.port), token=token))
    )
    worker.start()
    assert token.reached.wait(10)
    assert token.cancel() is False  # the server may have the message: no "cancelled" lie
    worker.join(20)
    (result,) = outcome
    assert result.status is SendStatus.SENT  # type: ignore[attr-defined]
    assert len(smtp_server.messages) == 1
