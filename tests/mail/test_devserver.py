"""``composer devserver``: the real server in a subprocess, spoken to with smtplib."""

from __future__ import annotations

import base64
import email
import email.policy
import os
import queue
import re
import signal
import smtplib
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path

import pytest

from composer.mail.devserver import ReceivedMail, format_message, save_message

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 30.0  # generous for slow CI machines; a healthy run takes well under a second

SUBJECT = "안녕하세요, 3분기 회의 자료입니다"
SENDER_NAME = "홍길동"
PLAIN = "안녕하세요.\n첨부한 보고서를 확인해 주세요.\n"
HTML = "<html><body><p>안녕하세요.</p><p>첨부한 <b>보고서</b>를 확인해 주세요.</p></body></html>\n"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"
PDF_NAME = "보고서 3분기.pdf"


class DevServer:
    """``python -m composer devserver`` on a free port, with its output read line by line."""

    def __init__(self, *args: str, encoding: str = "utf-8") -> None:
        # The child writes UTF-8 whatever this machine's locale, so the test reads it reliably.
        env = {**os.environ, "PYTHONIOENCODING": encoding}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "composer", "devserver", "--port", "0", *args],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._stderr: list[str] = []
        assert self.proc.stdout is not None
        assert self.proc.stderr is not None
        stdout, stderr = self.proc.stdout, self.proc.stderr
        self._threads = [
            threading.Thread(target=self._pump, args=(stdout,)),
            threading.Thread(target=lambda: self._stderr.extend(stderr)),
        ]
        for thread in self._threads:
            thread.daemon = True
            thread.start()
        self.banner = self.next_line()
        match = re.search(r"EMAIL_PORT=(\d+)", self.banner)
        assert match, self.banner
        self.port = int(match.group(1))

    def _pump(self, stream: Iterator[str]) -> None:
        for line in stream:
            self._lines.put(line)
        self._lines.put(None)  # end of output

    def next_line(self) -> str:
        """The next line of standard output; fails if the server exits or goes quiet."""
        try:
            line = self._lines.get(timeout=TIMEOUT)
        except queue.Empty:
            pytest.fail(f"devserver printed nothing for {TIMEOUT} s")
        if line is None:
            self.proc.wait(timeout=TIMEOUT)
            pytest.fail(f"devserver exited ({self.proc.returncode}): {''.join(self._stderr)}")
        return line

    def read_message(self, number: int = 1) -> str:
        """Everything printed up to the end of message *number*."""
        lines: list[str] = []
        while not (line := self.next_line()).startswith(f"========== end of message #{number} "):
            lines.append(line)
        return "".join(lines)

    def stop(self, signum: int = signal.SIGINT) -> tuple[int, str, str]:
        """Send *signum*; return the exit status, the rest of stdout and all of stderr."""
        self.proc.send_signal(signum)
        status = self.proc.wait(timeout=TIMEOUT)
        for thread in self._threads:
            thread.join(timeout=TIMEOUT)
        rest: list[str] = []
        while (line := self._lines.get_nowait()) is not None:
            rest.append(line)
        return status, "".join(rest), "".join(self._stderr)

    def smtp(self) -> smtplib.SMTP:
        return smtplib.SMTP("127.0.0.1", self.port, timeout=TIMEOUT)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=TIMEOUT)
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture
def start_devserver() -> Iterator[Callable[..., DevServer]]:
    """Start devservers with extra arguments; each is killed at the end if still running."""
    servers: list[DevServer] = []

    def start(*args: str) -> DevServer:
        server = DevServer(*args)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.kill()


@pytest.fixture
def devserver(start_devserver: Callable[..., DevServer]) -> DevServer:
    return start_devserver()


def korean_message(subject: str = SUBJECT) -> EmailMessage:
    """Korean subject and sender name, text + HTML alternatives, a PDF-ish attachment."""
    msg = EmailMessage()
    msg["From"] = Address(SENDER_NAME, "hong", "example.com")
    msg["To"] = Address("김철수", "kim", "example.com")
    msg["Cc"] = "lee@example.com"
    msg["Subject"] = subject
    msg["Message-ID"] = "<devserver-test@example.com>"
    msg.set_content(PLAIN, cte="quoted-printable")
    msg.add_alternative(HTML, subtype="html", cte="base64")
    msg.add_attachment(PDF, maintype="application", subtype="pdf", filename=PDF_NAME)
    return msg


def wire_bytes(msg: EmailMessage) -> bytes:
    """The message as smtplib puts it on the wire (CRLF line ends), minus dot-stuffing."""
    return msg.as_bytes(policy=email.policy.SMTP)


def test_banner_says_where_to_point_composer_and_how_to_stop(devserver: DevServer) -> None:
    banner = devserver.banner
    assert banner.count("\n") == 1
    assert f"listening on 127.0.0.1:{devserver.port}" in banner
    assert f"EMAIL_HOST=127.0.0.1 EMAIL_PORT={devserver.port}" in banner
    assert "Ctrl+C" in banner


def test_message_is_printed_decoded(devserver: DevServer) -> None:
    msg = korean_message()
    raw = wire_bytes(msg)
    assert SUBJECT.encode() not in raw  # the subject really travels RFC 2047-encoded
    with devserver.smtp() as smtp:
        refused = smtp.sendmail(
            "hong@example.com", ["kim@example.com", "lee@example.com", "boss@example.com"], raw
        )
    assert refused == {}

    out = devserver.read_message()
    # The envelope.
    assert re.search(r"^Peer: +127\.0\.0\.1:\d+ \(EHLO ", out, re.M)
    assert "MAIL FROM: <hong@example.com>" in out
    assert "RCPT TO:   <kim@example.com>\n" in out
    assert "RCPT TO:   <lee@example.com>\n" in out
    assert "RCPT TO:   <boss@example.com>  (Bcc: not in To or Cc)" in out
    # Headers, decoded.
    assert f"Subject: {SUBJECT}\n" in out
    assert f"From: {SENDER_NAME} <hong@example.com>\n" in out
    assert "To: 김철수 <kim@example.com>\n" in out
    assert "=?utf-8?" not in out
    # Both alternatives, decoded from quoted-printable and base64.
    assert "multipart/mixed [multipart/alternative [text/plain, text/html], application/pdf]" in out
    assert PLAIN in out
    assert HTML in out
    # The attachment: name, type and decoded size.
    assert f"{PDF_NAME} (application/pdf, {len(PDF):,} bytes; attachment)" in out
    assert "Problems" not in out


def test_8bit_and_smtputf8_are_accepted(devserver: DevServer) -> None:
    msg = EmailMessage()
    msg["From"] = Address("보내는이", "보내는이", "example.com")
    msg["To"] = "받는이@example.com"
    msg["Subject"] = "유니코드 주소"
    msg.set_content("8비트 본문입니다.\n", cte="8bit")
    with devserver.smtp() as smtp:
        smtp.ehlo()
        assert smtp.has_extn("smtputf8")
        assert smtp.has_extn("8bitmime")
        smtp.send_message(msg)  # non-ASCII addresses make smtplib use SMTPUTF8

    out = devserver.read_message()
    # smtplib declares the size too, now that the server announces its limit.
    assert re.search(r"MAIL FROM: <보내는이@example.com> SIZE=\d+ SMTPUTF8 BODY=8BITMIME\n", out)
    assert "RCPT TO:   <받는이@example.com>\n" in out
    assert "Subject: 유니코드 주소\n" in out
    assert "8비트 본문입니다.\n" in out
    assert "without BODY=8BITMIME" not in out


def test_undeclared_8bit_data_is_pointed_out(devserver: DevServer) -> None:
    raw = "Subject: plain\r\n\r\n8비트\r\n".encode()
    with devserver.smtp() as smtp:
        smtp.sendmail("a@example.com", ["b@example.com"], raw)  # no BODY=8BITMIME
    assert "(8-bit data sent without BODY=8BITMIME)" in devserver.read_message()


def test_a_terminal_that_cannot_show_korean_gets_escapes_not_a_crash() -> None:
    server = DevServer(encoding="ascii")
    try:
        with server.smtp() as smtp:
            smtp.sendmail("hong@example.com", ["kim@example.com"], wire_bytes(korean_message()))
        out = server.read_message()
    finally:
        server.kill()
    assert "Subject: \\uc548\\ub155" in out  # 안녕, backslash-escaped
    assert f"(application/pdf, {len(PDF):,} bytes; attachment)" in out


def test_pipelining_is_advertised_and_works(devserver: DevServer) -> None:
    with socket.create_connection(("127.0.0.1", devserver.port), timeout=TIMEOUT) as sock:
        replies = sock.makefile("rb")
        assert replies.readline().startswith(b"220 ")
        sock.sendall(b"EHLO client.example\r\n")
        ehlo = [replies.readline()]
        while ehlo[-1][3:4] == b"-":
            ehlo.append(replies.readline())
        assert b"250-PIPELINING\r\n" in ehlo
        # One write, several commands, then the replies in order (RFC 2920).
        sock.sendall(
            b"MAIL FROM:<a@example.com>\r\nRCPT TO:<b@example.com>\r\n"
            b"RCPT TO:<c@example.com>\r\nDATA\r\n"
        )
        assert [replies.readline()[:3] for _ in range(4)] == [b"250", b"250", b"250", b"354"]
        sock.sendall(b"Subject: pipelined\r\n\r\nbody\r\n.\r\nQUIT\r\n")
        assert replies.readline().startswith(b"250 ")
        assert replies.readline().startswith(b"221 ")
    out = devserver.read_message()
    assert "Subject: pipelined\n" in out
    assert "RCPT TO:   <c@example.com>" in out


@pytest.mark.parametrize("mechanism", ["PLAIN", "LOGIN"])
def test_any_login_is_accepted_and_the_password_never_shown(
    devserver: DevServer, mechanism: str
) -> None:
    password = "s3cret-Pa55word"
    with devserver.smtp() as smtp:
        smtp.ehlo()
        smtp.user, smtp.password = "alice@example.com", password
        code, _ = smtp.auth(mechanism, getattr(smtp, f"auth_{mechanism.lower()}"))
        assert code == 235
        smtp.sendmail("alice@example.com", ["b@example.com"], b"Subject: hi\r\n\r\nhi\r\n")
    out = devserver.read_message()
    status, rest, err = devserver.stop()

    assert status == 130
    assert f"AUTH {mechanism} accepted for 'alice@example.com'" in out
    assert "Login:     alice@example.com\n" in out
    everything = out + rest + err
    assert password not in everything
    assert base64.b64encode(password.encode()).decode() not in everything
    assert base64.b64encode(f"\0alice@example.com\0{password}".encode()).decode() not in everything


def ehlo_features(server: DevServer) -> dict[str, str]:
    with server.smtp() as smtp:
        smtp.ehlo()
        return dict(smtp.esmtp_features)


def test_default_size_limit_is_announced(devserver: DevServer) -> None:
    assert "messages up to 104,857,600 bytes" in devserver.banner
    assert ehlo_features(devserver)["size"] == "104857600"


def raw_session(port: int, *commands: bytes) -> list[bytes]:
    """Speak SMTP by hand (smtplib would declare the size); the replies, one per command."""
    with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) as sock:
        replies = sock.makefile("rb")
        assert replies.readline().startswith(b"220 ")
        out = []
        for command in commands:
            sock.sendall(command)
            line = replies.readline()
            while line[3:4] == b"-":
                line = replies.readline()
            out.append(line)
        return out


def test_a_message_over_max_size_gets_552_and_the_session_goes_on(
    start_devserver: Callable[..., DevServer], tmp_path: Path
) -> None:
    server = start_devserver("--max-size", "1M", "--save", str(tmp_path))
    assert ehlo_features(server)["size"] == str(1024 * 1024)
    with server.smtp() as smtp:
        smtp.ehlo()
        code, _reply = smtp.mail("a@example.com", ["SIZE=2000000"])
    assert code == 552  # refused before any data is sent
    big = b"Subject: big\r\n\r\n" + (b"x" * 998 + b"\r\n") * 2000  # 2 MB, size undeclared
    replies = raw_session(
        server.port,
        b"EHLO client.example\r\n",
        b"MAIL FROM:<a@example.com>\r\n",
        b"RCPT TO:<b@example.com>\r\n",
        b"DATA\r\n",
        big + b".\r\n",
        b"MAIL FROM:<a@example.com>\r\n",
        b"RCPT TO:<b@example.com>\r\n",
        b"DATA\r\n",
        b"Subject: small\r\n\r\nfits\r\n.\r\n",
        b"QUIT\r\n",
    )
    assert replies[4].startswith(b"552 5.3.4 Message too big: 2,000,016 bytes")
    assert b"--max-size" in replies[4]
    assert replies[8].startswith(b"250 ")
    refused = server.next_line()
    assert "refused a message of 2,000,016 bytes" in refused
    assert "over the limit of 1,048,576 bytes (--max-size)" in refused
    out = server.read_message(1)
    assert "Subject: small\n" in out
    assert [p.read_bytes() for p in tmp_path.iterdir()] == [b"Subject: small\r\n\r\nfits\r\n"]


def test_max_size_0_accepts_any_size_and_keeps_every_byte(
    start_devserver: Callable[..., DevServer], tmp_path: Path
) -> None:
    server = start_devserver("--max-size", "0", "--save", str(tmp_path))
    assert "messages of any size" in server.banner
    assert "size" not in ehlo_features(server)  # no limit to announce
    # Over aiosmtpd's 32 MiB default, with lines that SMTP dot-stuffs.
    body = ("x" * 990 + "\r\n" + ".leading dot\r\n") * (33 * 1024 * 1024 // 1006 + 1)
    raw = f"Subject: big\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n{body}".encode()
    with server.smtp() as smtp:
        smtp.ehlo()
        assert smtp.mail("a@example.com", ["SIZE=4294967296"])[0] == 250
        smtp.rset()
        assert smtp.sendmail("a@example.com", ["b@example.com"], raw) == {}
    out = server.read_message()
    assert "Message #1 received " in out
    assert f"({len(raw):,} bytes)" in out
    assert out.count("\n.leading dot\n") == body.count(".leading dot")
    (saved,) = tmp_path.iterdir()
    assert saved.read_bytes() == raw


@pytest.mark.parametrize("size", ["lots", "1T", "-5", "1.5M"])
def test_a_bad_max_size_is_one_line_and_status_2(size: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "composer", "devserver", "--port", "0", "--max-size", size],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert result.returncode == 2
    assert f"not a size (a number, optionally with K, M or G): {size!r}" in result.stderr


def test_cli_default_matches_the_server_default() -> None:
    from composer.cli import devserver as cli
    from composer.mail import devserver as server

    assert cli.DEFAULT_MAX_SIZE == server.DEFAULT_MAX_SIZE


def test_save_writes_each_message_as_an_eml_file(
    start_devserver: Callable[..., DevServer], tmp_path: Path
) -> None:
    folder = tmp_path / "new" / "mail"
    server = start_devserver("--save", str(folder))
    assert str(folder) in server.banner
    sent = [wire_bytes(korean_message(f"{SUBJECT} #{n}")) for n in range(1, 4)]
    with server.smtp() as smtp:
        for raw in sent:
            smtp.sendmail("hong@example.com", ["kim@example.com"], raw)
    outputs = [server.read_message(n) for n in range(1, 4)]
    server.stop()

    files = sorted(folder.iterdir())
    assert [f.suffix for f in files] == [".eml"] * 3  # and no temporary files left behind
    for path, raw, out in zip(files, sent, outputs, strict=True):  # sorted by name = by arrival
        assert f"Saved to:  {path}\n" in out
        saved = path.read_bytes()
        assert saved == raw
        reparsed = email.message_from_bytes(saved, policy=email.policy.SMTP)
        assert reparsed.as_bytes() == raw
        assert (
            reparsed["Subject"]
            == email.message_from_bytes(raw, policy=email.policy.SMTP)["Subject"]
        )


def test_unusable_save_folder_is_one_line_and_status_1(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x")
    result = subprocess.run(
        [sys.executable, "-m", "composer", "devserver", "--port", "0", "--save", str(not_a_folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 2  # what happened, what to do
    assert "is not a folder" in result.stderr
    assert "--save" in result.stderr


def test_port_in_use_is_one_line_on_stderr_and_status_1() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "composer", "devserver", "--port", str(port)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 2  # what happened, what to do
    assert f"127.0.0.1:{port} is already in use" in result.stderr
    assert "--port" in result.stderr


def test_ctrl_c_stops_cleanly_even_with_a_client_connected(devserver: DevServer) -> None:
    with devserver.smtp() as smtp:
        smtp.sendmail("a@example.com", ["b@example.com"], b"Subject: one\r\n\r\n1\r\n")
        devserver.read_message()
        status, rest, err = devserver.stop(signal.SIGINT)
        # The connected client is told the server is going away.
        assert smtp.noop()[0] == 421
    assert status == 130
    assert rest == "composer devserver: stopped (1 message received).\n"
    assert err == ""


def test_sigterm_stops_cleanly(devserver: DevServer) -> None:
    status, rest, err = devserver.stop(signal.SIGTERM)
    assert status == 128 + signal.SIGTERM
    assert rest == "composer devserver: stopped (0 messages received).\n"
    assert err == ""


def test_cli_and_library_do_not_import_aiosmtpd_until_the_server_runs() -> None:
    code = (
        "import sys, composer.cli, composer.mail, composer.mail.devserver\n"
        "composer.cli.build_parser()\n"
        "print('aiosmtpd' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT
    )
    assert (result.stdout, result.stderr) == ("False\n", "")


def received(data: bytes, **envelope: object) -> ReceivedMail:
    fields: dict[str, object] = {
        "number": 7,
        "received_at": datetime.now().astimezone(),
        "peer": "127.0.0.1:5000",
        "helo": "client.example",
        "login": None,
        "mail_from": "a@example.com",
        "mail_options": (),
        "rcpt_tos": ("b@example.com",),
    }
    fields.update(envelope)
    return ReceivedMail.from_bytes(data, **fields)


def test_control_characters_cannot_reach_the_terminal() -> None:
    raw = b"Subject: =?utf-8?q?red=1B[31m?=\r\n\r\nbell\x07 and a lone\rCR\r\n"
    out = format_message(received(raw))
    assert "\x1b" not in out
    assert "\x07" not in out
    assert "\r" not in out
    assert "Subject: red\\x1b[31m\n" in out
    assert "bell\\x07 and a lone\\x0dCR\n" in out


def test_html_is_previewed_and_bad_charsets_are_flagged() -> None:
    html = "".join(f"<p>line {n}</p>\n" for n in range(100))
    msg = EmailMessage()
    msg["Subject"] = "preview"
    msg.set_content("plain", cte="8bit")
    msg.add_alternative(html, subtype="html")
    out = format_message(received(msg.as_bytes()))
    assert "<p>line 39</p>\n" in out
    assert "<p>line 40</p>" not in out
    assert "first 40 of 100 lines shown" in out

    mislabelled = b"Content-Type: text/plain; charset=utf-8\r\n\r\n\xff\xfe oops\r\n"
    assert "not valid utf-8" in format_message(received(mislabelled))
    unknown = b"Content-Type: text/plain; charset=x-nonsense\r\n\r\nhello\r\n"
    out = format_message(received(unknown))
    assert "unknown charset 'x-nonsense'" in out
    assert "hello\n" in out


def test_save_never_replaces_an_existing_file(tmp_path: Path) -> None:
    (tmp_path / "first.eml").write_bytes(b"older message")
    path = save_message(tmp_path, b"new message", iter(["first.eml", "second.eml"]))
    assert path == tmp_path / "second.eml"
    assert path.read_bytes() == b"new message"
    assert (tmp_path / "first.eml").read_bytes() == b"older message"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first.eml", "second.eml"]


def test_a_line_longer_than_a_piece_is_shown_whole_and_crlf_split_anywhere() -> None:
    # Written out in pieces (memory stays small); the text must come out unchanged.
    long_line = "가나다" * 30_000  # quoted-printable below, one line of 90,000 characters
    text = f"{long_line}\r\nsecond\r\n"
    msg = EmailMessage()
    msg["Subject"] = "long"
    msg.set_content(text, cte="quoted-printable")
    out = format_message(received(msg.as_bytes(policy=email.policy.SMTP)))
    assert f"\n{long_line}\nsecond\n" in out
    assert "\\x0d" not in out  # every CR belonged to a CRLF, whatever the piece boundaries


def test_attached_messages_are_listed_with_their_subject() -> None:
    inner = EmailMessage()
    inner["Subject"] = "지난 회의"
    inner.set_content("본문\n")
    msg = korean_message()
    msg.add_attachment(inner)
    out = format_message(received(wire_bytes(msg)))
    assert "message/rfc822" in out
    assert "subject '지난 회의'" in out
    assert "Problems" not in out
