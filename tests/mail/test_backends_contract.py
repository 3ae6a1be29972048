"""One contract, every backend: locmem, console, filebased and smtp (spec §9).

Each assertion re-parses what the backend produced with
``email.message_from_bytes(raw, policy=email.policy.default)``: for smtp the bytes the
aiosmtpd server received, for console the captured stream split on the 79-dash
separator, for filebased the file, for locmem ``message().as_bytes()`` of the outbox copy.
"""

from __future__ import annotations

import email
import email.policy
import io
from collections.abc import Iterator
from contextlib import redirect_stdout
from dataclasses import dataclass, field
from email.message import EmailMessage as StdMessage
from pathlib import Path
from typing import Any

import pytest
from helpers_mail import BARE_EOL, SEPARATOR, header_lines, split_console, split_file
from smtpserver import SMTPTestServer

import composer.mail as mail
from composer.mail.conf import override_settings

BACKENDS = ["locmem", "console", "filebased", "smtp"]


@dataclass
class Produced:
    raw: bytes
    mail_from: str | None = None
    rcpt_tos: list[str] | None = None

    @property
    def msg(self) -> StdMessage:
        parsed = email.message_from_bytes(self.raw, policy=email.policy.default)
        assert isinstance(parsed, StdMessage)
        return parsed


@dataclass
class Harness:
    """How to reach one backend and read back what it produced."""

    name: str
    tmp_path: Path
    server: SMTPTestServer | None = None
    stream: io.StringIO = field(default_factory=io.StringIO)

    @property
    def path(self) -> str:
        return f"composer.mail.backends.{self.name}.EmailBackend"

    def kwargs(self) -> dict[str, Any]:
        if self.name == "console":
            return {"stream": self.stream}
        if self.name == "filebased":
            return {"file_path": self.tmp_path / "mails"}
        if self.name == "smtp":
            assert self.server is not None
            return {"host": self.server.host, "port": self.server.port, "timeout": 10}
        return {}

    def settings(self) -> dict[str, Any]:
        values: dict[str, Any] = {"EMAIL_BACKEND": self.path}
        if self.name == "filebased":
            values["EMAIL_FILE_PATH"] = self.tmp_path / "mails"
        if self.name == "smtp":
            assert self.server is not None
            values.update(
                EMAIL_HOST=self.server.host, EMAIL_PORT=self.server.port, EMAIL_TIMEOUT=10
            )
        return values

    def connection(self, **kwargs: Any) -> Any:
        return mail.get_connection(self.path, **{**self.kwargs(), **kwargs})

    def produced(self) -> list[Produced]:
        if self.name == "locmem":
            return [Produced(m.message().as_bytes()) for m in getattr(mail, "outbox", [])]
        if self.name == "console":
            text = self.stream.getvalue()
            if not text:
                return []
            return [Produced(c.encode("utf-8", "surrogateescape")) for c in split_console(text)]
        if self.name == "filebased":
            folder = self.tmp_path / "mails"
            if not folder.exists():
                return []
            out = []
            for log in sorted(folder.iterdir(), key=lambda p: p.stat().st_mtime_ns):
                out.extend(Produced(c) for c in split_file(log.read_bytes()))
            return out
        assert self.server is not None
        return [Produced(m.data, m.mail_from, m.rcpt_tos) for m in self.server.messages]

    def log_files(self) -> list[Path]:
        folder = self.tmp_path / "mails"
        return sorted(folder.iterdir()) if folder.exists() else []


@pytest.fixture(params=BACKENDS)
def harness(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Harness]:
    mail.outbox = []
    if request.param == "smtp":
        with SMTPTestServer(smtputf8=True) as server:
            yield Harness("smtp", tmp_path, server)
    else:
        yield Harness(request.param, tmp_path)
    mail.outbox = []


def plain_message(**kwargs: Any) -> mail.EmailMessage:
    values: dict[str, Any] = {
        "subject": "Subject line",
        "body": "Hello,\nthis is the body.\n",
        "from_email": "Sender <sender@example.com>",
        "to": ["to@example.com"],
    }
    values.update(kwargs)
    return mail.EmailMessage(**values)


class TestBackendContract:
    def send_one(self, harness: Harness, message: Any, **kwargs: Any) -> Produced:
        assert harness.connection(**kwargs).send_messages([message]) == 1
        produced = harness.produced()
        assert len(produced) == 1
        return produced[0]

    def test_plain_text(self, harness: Harness) -> None:
        got = self.send_one(harness, plain_message())
        msg = got.msg
        assert msg["Subject"] == "Subject line"
        assert msg["From"].addresses[0].addr_spec == "sender@example.com"
        assert msg["From"].addresses[0].display_name == "Sender"
        assert [a.addr_spec for a in msg["To"].addresses] == ["to@example.com"]
        assert msg.get_content_type() == "text/plain"
        assert msg.get_content_charset() == "utf-8"
        assert msg["MIME-Version"] == "1.0"
        assert msg["Message-ID"] is not None
        assert msg["Date"] is not None
        assert msg.get_content().replace("\r\n", "\n") == "Hello,\nthis is the body.\n"
        if harness.name == "smtp":
            assert got.mail_from == "sender@example.com"
            assert got.rcpt_tos == ["to@example.com"]
            assert BARE_EOL.search(got.raw) is None

    def test_unicode_everywhere(self, harness: Harness) -> None:
        message = plain_message(
            subject="Grüße – 회의 자료",
            body="Körper ✓\n안녕하세요\n",
            from_email="Jörg Müller <joerg@example.com>",
            to=["Zoë <zoe@bücher.example>"],
        )
        got = self.send_one(harness, message)
        msg = got.msg
        assert msg["Subject"] == "Grüße – 회의 자료"
        assert msg["From"].addresses[0].display_name == "Jörg Müller"
        assert msg["To"].addresses[0].display_name == "Zoë"
        assert msg["To"].addresses[0].addr_spec == "zoe@xn--bcher-kva.example"
        assert msg.get_content().replace("\r\n", "\n") == "Körper ✓\n안녕하세요\n"
        assert all(line.isascii() for line in header_lines(got.raw))
        assert all(len(line) <= 998 for line in got.raw.splitlines())
        if harness.name == "smtp":
            assert got.rcpt_tos == ["zoe@xn--bcher-kva.example"]

    def test_cc_bcc_reply_to(self, harness: Harness) -> None:
        message = plain_message(
            cc=["cc@example.com"], bcc=["hidden@example.com"], reply_to=["reply@example.com"]
        )
        got = self.send_one(harness, message)
        msg = got.msg
        assert [a.addr_spec for a in msg["Cc"].addresses] == ["cc@example.com"]
        assert [a.addr_spec for a in msg["Reply-To"].addresses] == ["reply@example.com"]
        assert msg["Bcc"] is None
        assert b"hidden@example.com" not in got.raw
        if harness.name == "smtp":
            assert got.rcpt_tos == ["to@example.com", "cc@example.com", "hidden@example.com"]

    def test_header_overrides(self, harness: Harness) -> None:
        message = plain_message(
            headers={
                "To": "Everyone <list@example.com>",
                "Message-ID": "<given@composer.test>",
                "Date": "Tue, 01 Jan 2030 00:00:00 -0000",
                "X-Mailer": "Composer",
            }
        )
        got = self.send_one(harness, message)
        msg = got.msg
        assert [a.addr_spec for a in msg["To"].addresses] == ["list@example.com"]
        assert msg["Message-ID"] == "<given@composer.test>"
        assert msg["Date"] == "Tue, 01 Jan 2030 00:00:00 -0000"
        assert msg["X-Mailer"] == "Composer"
        assert len(msg.get_all("Message-ID")) == 1
        if harness.name == "smtp":
            assert got.rcpt_tos == ["to@example.com"]

    def test_alternatives_and_attachments(self, harness: Harness) -> None:
        blob = bytes(range(256)) * 8
        inner = plain_message(subject="Inner message", body="inner body\n")
        message = mail.EmailMultiAlternatives(
            "With parts", "Plain body\n", "sender@example.com", ["to@example.com"]
        )
        message.attach_alternative("<p>HTML body</p>", "text/html")
        message.attach("data.bin", blob, "application/octet-stream")
        message.attach("notes.txt", "Notizen: Grüße\n")
        message.attach("보고서 3분기.pdf", b"%PDF-1.4\n%%EOF\n")
        message.attach(None, inner, "message/rfc822")
        msg = self.send_one(harness, message).msg
        assert msg.get_content_type() == "multipart/mixed"
        parts = list(msg.iter_parts())
        assert [p.get_content_type() for p in parts] == [
            "multipart/alternative",
            "application/octet-stream",
            "text/plain",
            "application/pdf",
            "message/rfc822",
        ]
        alt = list(parts[0].iter_parts())
        assert [p.get_content_type() for p in alt] == ["text/plain", "text/html"]
        assert alt[1].get_content().strip() == "<p>HTML body</p>"
        assert parts[1].get_filename() == "data.bin"
        assert parts[1].get_payload(decode=True) == blob
        assert parts[2].get_content().replace("\r\n", "\n") == "Notizen: Grüße\n"
        assert parts[3].get_filename() == "보고서 3분기.pdf"
        assert parts[3].get_payload(decode=True).replace(b"\r\n", b"\n") == b"%PDF-1.4\n%%EOF\n"
        assert parts[4].get_content_disposition() is None
        assert str(parts[4].get("Content-Transfer-Encoding", "7bit")).lower() != "base64"
        embedded = parts[4].get_payload()[0]
        assert embedded["Subject"] == "Inner message"

    def test_long_lines_and_special_lines(self, harness: Harness) -> None:
        body = "From the start\n.\n..leading dots\n" + "ж" * 600 + "\n" + "x" * 1200 + "\nend"
        msg = self.send_one(harness, plain_message(body=body)).msg
        assert msg["Content-Transfer-Encoding"] == "quoted-printable"
        assert msg.get_content().replace("\r\n", "\n").rstrip("\n") == body

    def test_large_attachment(self, harness: Harness) -> None:
        blob = bytes((i * 31) % 251 for i in range(300 * 1024))
        message = plain_message()
        message.attach("big.bin", blob)
        msg = self.send_one(harness, message).msg
        (att,) = list(msg.iter_attachments())
        assert att.get_payload(decode=True) == blob

    def test_count_and_order(self, harness: Harness) -> None:
        conn = harness.connection()
        messages = [plain_message(subject=f"Message {i}") for i in range(3)]
        assert conn.send_messages(messages) == 3
        assert [p.msg["Subject"] for p in harness.produced()] == [f"Message {i}" for i in range(3)]

    def test_empty_list_returns_zero(self, harness: Harness) -> None:
        result = harness.connection().send_messages([])
        assert result == 0
        assert type(result) is int
        assert harness.produced() == []
        assert harness.log_files() == []

    def test_message_without_recipients(self, harness: Harness) -> None:
        result = harness.connection().send_messages([plain_message(to=[])])
        expected = 0 if harness.name == "smtp" else 1
        assert result == expected
        assert len(harness.produced()) == expected

    @pytest.mark.parametrize("fail_silently", [False, True])
    @pytest.mark.parametrize(
        "bad",
        [
            {"subject": "Hi\nBcc: victim@example.com"},
            {"to": ["to@example.com\nBcc: victim@example.com"]},
            {"headers": {"X-Evil": "a\r\nBcc: victim@example.com"}},
            {"from_email": "from@example.com\rX: y"},
        ],
    )
    def test_header_injection(
        self, harness: Harness, fail_silently: bool, bad: dict[str, Any]
    ) -> None:
        conn = harness.connection(fail_silently=fail_silently)
        good = plain_message(subject="before")
        silenced = fail_silently and harness.name in ("console", "filebased")
        # The SMTP backend checks envelope addresses first: a newline there is a
        # ValueError ("address parts cannot contain newlines"), as in Django.
        address = "to" in bad or "from_email" in bad
        expected = ValueError if harness.name == "smtp" and address else mail.BadHeaderError
        if silenced:
            assert conn.send_messages([good, plain_message(**bad)]) == 1
        else:
            with pytest.raises(expected):
                conn.send_messages([good, plain_message(**bad)])
        conn.close()  # the leak after an error is test_nothing_left_open_after_error's job
        subjects = [p.msg["Subject"] for p in harness.produced()]
        assert subjects == ["before"]
        for produced in harness.produced():
            assert b"victim@example.com" not in produced.raw
        if harness.name == "smtp":
            assert harness.server is not None
            assert all(m.rcpt_tos == ["to@example.com"] for m in harness.server.messages)

    def test_bcc_header_refused(self, harness: Harness) -> None:
        message = plain_message(headers={"Bcc": "victim@example.com"})
        conn = harness.connection()
        with pytest.raises(ValueError, match=r"(?i)bcc"):
            conn.send_messages([message])
        leaked = harness.name == "filebased" and conn.stream is not None
        conn.close()
        assert harness.produced() == []
        assert not leaked, "the log file is left open after the error"

    def test_nothing_left_open_after_error(self, harness: Harness) -> None:
        conn = harness.connection()
        with pytest.raises(mail.BadHeaderError):
            conn.send_messages([plain_message(), plain_message(subject="a\nb")])
        if harness.name == "filebased":
            leaked = conn.stream is not None
        elif harness.name == "smtp":
            leaked = conn.connection is not None
        else:
            leaked = False
        conn.close()
        assert not leaked, "send_messages() opened a resource and left it open after the error"
        assert harness.stream.closed is False

    def test_send_mail_through_settings(self, harness: Harness) -> None:
        # A console backend made from settings writes to sys.stdout as it is then.
        with override_settings(**harness.settings()), redirect_stdout(harness.stream):
            sent = mail.send_mail(
                "Via send_mail", "Body", None, ["to@example.com"], html_message="<b>Body</b>"
            )
            mail.mail_admins("Alert", "Admin body")
        assert sent == 1
        produced = harness.produced()
        first = produced[0].msg
        assert first["Subject"] == "Via send_mail"
        assert first["From"].addresses[0].addr_spec == "webmaster@localhost"
        assert first.get_content_type() == "multipart/alternative"
        assert len(produced) == 1  # ADMINS is empty: nothing sent

    def test_mail_admins_from_server_email(self, harness: Harness) -> None:
        with (
            override_settings(
                **harness.settings(),
                ADMINS=[("Ann", "ann@example.com"), ("Bob", "bob@example.com")],
                SERVER_EMAIL="server@example.com",
                EMAIL_SUBJECT_PREFIX="[App] ",
            ),
            redirect_stdout(harness.stream),
        ):
            assert mail.mail_admins("Alert", "Admin body") is None
        (got,) = harness.produced()
        msg = got.msg
        assert msg["Subject"] == "[App] Alert"
        assert msg["From"].addresses[0].addr_spec == "server@example.com"
        assert [a.addr_spec for a in msg["To"].addresses] == ["ann@example.com", "bob@example.com"]
        if harness.name == "smtp":
            assert got.mail_from == "server@example.com"

    def test_message_send_with_connection(self, harness: Harness) -> None:
        conn = harness.connection()
        message = plain_message(connection=conn)
        assert message.send() == 1
        assert message.send() == 1
        assert len(harness.produced()) == 2

    def test_non_ascii_local_part_kept_utf8(self, harness: Harness) -> None:
        message = plain_message(to=["Jörg <jörg@example.com>"])
        got = self.send_one(harness, message)
        assert "jörg@example.com".encode() in got.raw
        assert b"=?utf-8?b?asO2cmc=?=" not in got.raw
        if harness.name == "smtp":
            assert got.rcpt_tos == ["jörg@example.com"]

    def test_framing(self, harness: Harness) -> None:
        harness.connection().send_messages([plain_message(), plain_message()])
        if harness.name == "console":
            text = harness.stream.getvalue()
            assert text.count("\n" + SEPARATOR + "\n") == 2
            assert not harness.stream.closed
        elif harness.name == "filebased":
            (log,) = harness.log_files()
            assert log.read_bytes().count(b"\n" + SEPARATOR.encode() + b"\n") == 2
            assert b"\r" not in log.read_bytes()
        assert len(harness.produced()) == 2
