"""``composer send``: the compose window's send path from the command line."""

from __future__ import annotations

import email
import email.policy
import subprocess
import sys
from pathlib import Path

import pytest
from smtpserver import SMTPTestServer, refused_port

from composer.cli import _wants_gui, main
from composer.profiles.model import (
    BackendKind,
    Identity,
    Profile,
    ProfileBook,
    Security,
    SmtpSettings,
)
from composer.profiles.store import ProfileStore
from composer.storage.sentbox import SentBox


def use_profiles(*profiles: Profile) -> None:
    ProfileStore().save(ProfileBook(list(profiles)))


def relay(port: int, name: str = "Relay") -> Profile:
    return Profile(
        name,
        backend=BackendKind.SMTP,
        smtp=SmtpSettings(host="127.0.0.1", port=port, security=Security.NONE, timeout=10),
        identity=Identity(from_name="Kim", from_address="kim@example.com"),
    )


def test_send_with_html_and_attachment(
    smtp_server: SMTPTestServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    use_profiles(relay(smtp_server.port))
    html = tmp_path / "body.html"
    html.write_text("<p>Hello <b>there</b></p>", encoding="utf-8")
    data = tmp_path / "data.bin"
    data.write_bytes(bytes(range(256)) * 3)
    status = main(
        [
            "send", "--to", "a@example.com, 이영희 <lee@example.com>", "--cc", "c@example.com",
            "--bcc", "hidden@example.net", "--reply-to", "r@example.com", "--subject", "보고",
            "--body", "", "--html-file", str(html), "--attach", str(data),
        ]
    )  # fmt: skip
    out = capsys.readouterr()
    assert status == 0, out.err
    assert out.out.startswith("Sent to a@example.com, lee@example.com, c@example.com and 1 more")
    (received,) = smtp_server.messages
    assert sorted(received.rcpt_tos) == [
        "a@example.com", "c@example.com", "hidden@example.net", "lee@example.com",
    ]  # fmt: skip
    assert b"hidden@example.net" not in received.data
    msg = email.message_from_bytes(received.data, policy=email.policy.default)
    assert msg["From"] == "Kim <kim@example.com>"
    assert msg["Subject"] == "보고"
    body = msg.get_body(("plain",))
    assert body is not None
    assert body.get_content().strip() == "Hello *there*"
    (att,) = msg.iter_attachments()
    assert att.get_payload(decode=True) == data.read_bytes()
    assert len(SentBox().entries()) == 1


def test_invalid_address_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    use_profiles(relay(2525))
    status = main(["send", "--to", "bob@", "--subject", "s", "--body", "b"])
    err = capsys.readouterr().err
    assert status == 2
    assert "To: “bob@”: there is no domain after the @" in err
    assert "Correct the command line and run it again." in err


def test_dead_server_fails(capsys: pytest.CaptureFixture[str]) -> None:
    port = refused_port()
    use_profiles(relay(port))
    status = main(["send", "--to", "a@example.com", "--subject", "s", "--body", "b"])
    err = capsys.readouterr().err
    assert status == 1
    assert f"Nothing accepted the connection at 127.0.0.1 port {port}" in err
    assert SentBox().entries() == []


def test_refused_recipient_exits_3(
    smtp_server: SMTPTestServer, capsys: pytest.CaptureFixture[str]
) -> None:
    smtp_server.rcpt_reply = lambda a: "550 No such user" if a.startswith("x@") else None
    use_profiles(relay(smtp_server.port))
    status = main(["send", "--to", "a@example.com", "--to", "x@example.com",
                   "--subject", "s", "--body", "b"])  # fmt: skip
    out = capsys.readouterr().out
    assert status == 3
    assert "refused x@example.com: 550 No such user" in out


def test_named_profile_and_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    use_profiles(relay(2525), Profile("Discard", backend=BackendKind.DUMMY))
    status = main(["send", "--to", "a@example.com", "--subject", "s", "--body", "b",
                   "--profile", "Nope"])  # fmt: skip
    assert status == 2
    assert "There is no profile called 'Nope'." in capsys.readouterr().err
    status = main(["send", "--to", "a@example.com", "--subject", "s",
                   "--body-file", str(tmp_path / "missing.txt")])  # fmt: skip
    assert status == 2
    assert "missing.txt could not be read" in capsys.readouterr().err
    status = main(["send", "--to", "a@example.com", "--subject", "s", "--body", "b",
                   "--profile", "Discard"])  # fmt: skip
    assert status == 0
    assert capsys.readouterr().out.startswith("Not delivered: “Discard” only previews messages.")


def test_gui_is_chosen_only_for_no_arguments_or_a_file(tmp_path: Path) -> None:
    eml = tmp_path / "m.eml"
    eml.write_bytes(b"Subject: x\n\nbody")
    assert _wants_gui([])
    assert _wants_gui([str(eml)])
    assert _wants_gui(["missing.eml"])
    assert not _wants_gui(["send", "--to", "a@example.com"])
    assert not _wants_gui(["--help"])
    assert not _wants_gui(["sned"])  # a typo gets argparse's message, not a window


def test_cli_stays_free_of_qt_and_lists_send() -> None:
    code = (
        "import sys\nfrom composer.cli import build_parser\n"
        "help = build_parser().format_help()\n"
        "print('PySide6' in sys.modules, 'send' in help)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]


def test_no_sender_is_a_usage_error_and_nothing_is_sent(
    smtp_server: SMTPTestServer, capsys: pytest.CaptureFixture[str]
) -> None:
    nameless = relay(smtp_server.port)
    nameless.identity = Identity()
    use_profiles(nameless)
    status = main(["send", "--to", "a@example.com", "--subject", "s", "--body", "b"])
    err = capsys.readouterr().err
    assert status == 2
    assert "The message has no sender address." in err
    assert "--from" in err
    assert smtp_server.messages == []
    assert SentBox().entries() == []


def test_the_sent_copy_is_what_went_out(
    smtp_server: SMTPTestServer, capsys: pytest.CaptureFixture[str]
) -> None:
    use_profiles(relay(smtp_server.port))
    status = main(["send", "--to", "a@example.com", "--bcc", "b@example.net", "--from",
                   "Lee <lee@school.example>", "--subject", "s", "--body", "b"])  # fmt: skip
    assert status == 0, capsys.readouterr().err
    (received,) = smtp_server.messages
    assert received.mail_from == "lee@school.example"
    (entry,) = SentBox().entries()
    copy = SentBox().get_bytes(entry.key)
    head, _, body = copy.partition(b"\n\n")
    assert b"\nBcc: b@example.net" in head
    kept_head = b"\n".join(h for h in head.split(b"\n") if not h.startswith(b"Bcc: "))
    assert kept_head + b"\n\n" + body == received.data.replace(b"\r\n", b"\n")
    sent = email.message_from_bytes(received.data, policy=email.policy.default)
    assert sent["Message-ID"].endswith("@school.example>")
