"""``composer merge`` with hostile or awkward data and templates, as a real subprocess.

Each test runs the command against aiosmtpd on 127.0.0.1 and asserts on what the server
received: only the row's own address, only files from the chosen folder, and for templates
that are wrong a sentence and exit status 2, never a traceback.
"""

from __future__ import annotations

import base64
import email
import email.policy
import os
import subprocess
import sys
from pathlib import Path

import pytest
from smtpserver import SMTPTestServer

from composer.compose.message import ComposedMessage, to_eml
from composer.merge import MergeLedger

ROOT = Path(__file__).resolve().parents[2]

TEMPLATE = """\
From: Club Secretary <secretary@club.example>
To: {{ name }} <{{ email }}>
Subject: Membership for {{ name }}
Content-Type: text/plain; charset=utf-8

Dear {{ name }},
welcome.
"""


def run_cli(home: Path, *args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    full_env = dict(os.environ, COMPOSER_HOME=str(home), PYTHONPATH=str(ROOT), **(env or {}))
    proc = subprocess.run(
        [sys.executable, "-m", "composer", "merge", *args],
        env=full_env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return proc.returncode, proc.stdout + proc.stderr


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding, newline="")
    return path


def merges(home: Path) -> list[str]:
    path = home / "data" / "merges" / "ledger.sqlite"
    if not path.exists():
        return []
    with MergeLedger(path) as ledger:
        return [m.name for m in ledger.merges()]


def test_cells_that_look_like_addresses_reach_nobody_else(
    tmp_path: Path, composer_home: Path
) -> None:
    data = write(
        tmp_path / "members.csv",
        "name,email\n"
        '"Evil <evil@attacker.test>, Kim",kim@club.example\n'
        '"Lee\r\nBcc: evil@attacker.test",lee@club.example\n'
        '"Park, Jisoo",park@club.example\n'
        'Cho,"cho@club.example, evil@attacker.test"\n'
        "Esc,\x1b]0;pwned\x07\x1b[2Jesc@club.example\n",
    )
    template = write(tmp_path / "letter.eml", TEMPLATE)
    with SMTPTestServer() as server:
        srv = f"127.0.0.1:{server.port}"
        code, out = run_cli(composer_home, str(data), str(template), "--dry-run")
        assert code == 2, out
        assert "5 rows: 2 ready, 3 with problems" in out
        assert "“cho@club.example, evil@attacker.test” in To is more than one address" in out
        assert "holds a line break" in out
        assert "Traceback" not in out
        assert "\x1b" not in out  # a cell never drives the terminal
        code, out = run_cli(
            composer_home, str(data), str(template), "--server", srv, "--yes", "--skip-problems"
        )
        assert code == 0, out
        envelopes = sorted(m.rcpt_tos for m in server.messages)
    assert envelopes == [["kim@club.example"], ["park@club.example"]]


SECRET = b"PRIVATE KEY of the user running composer"


def test_attachments_only_from_the_chosen_folder_and_listed(
    tmp_path: Path, composer_home: Path
) -> None:
    home = tmp_path / "home"
    (home / ".ssh").mkdir(parents=True)
    (home / ".ssh" / "id_ed25519").write_bytes(SECRET)
    (tmp_path / "hostname").write_bytes(SECRET)
    folder = tmp_path / "class"
    (folder / "reports").mkdir(parents=True)
    (folder / "reports" / "ann.pdf").write_bytes(b"%PDF-1.4 ann's report")
    data = write(
        folder / "class.csv",
        "name,email,files\n"
        "Ann,ann@club.example,reports/ann.pdf\n"
        "Bo,bo@club.example,~/.ssh/id_ed25519\n"
        "Cy,cy@club.example,/etc/passwd\n"
        "Di,di@club.example,../hostname\n",
    )
    template = write(tmp_path / "letter.eml", TEMPLATE)
    with SMTPTestServer() as server:
        code, out = run_cli(
            composer_home, str(data), str(template), "--dry-run", env={"HOME": str(home)}
        )
        assert code == 2, out
        assert "4 rows: 1 ready, 3 with problems" in out
        assert "Per-row attachments: the files named in column “files”" in out
        assert str(folder.resolve()) in out
        assert "row 1 Ann <ann@club.example> attaches: reports/ann.pdf (21 bytes)" in out
        assert out.count("is not inside the attachments folder") == 3
        code, out = run_cli(
            composer_home,
            str(data),
            str(template),
            "--server",
            f"127.0.0.1:{server.port}",
            "--yes",
            "--skip-problems",
            env={"HOME": str(home)},
        )
        assert code == 0, out
        assert [m.rcpt_tos for m in server.messages] == [["ann@club.example"]]
        parsed = email.message_from_bytes(server.messages[0].data, policy=email.policy.default)
        assert [p.get_filename() for p in parsed.iter_attachments()] == ["ann.pdf"]
        assert not any(SECRET in m.data for m in server.messages)


def test_attachments_dir_option(tmp_path: Path, composer_home: Path) -> None:
    chosen = tmp_path / "reports"
    chosen.mkdir()
    (chosen / "ann.pdf").write_bytes(b"%PDF chosen")
    data = write(tmp_path / "d.csv", "name,email,첨부\nAnn,ann@club.example,ann.pdf\n")
    template = write(tmp_path / "letter.eml", TEMPLATE)
    code, out = run_cli(composer_home, str(data), str(template), "--dry-run")
    assert code == 2
    assert "attachment file not found" in out
    code, out = run_cli(
        composer_home, str(data), str(template), "--dry-run", "--attachments-dir", str(chosen)
    )
    assert code == 0, out
    assert "attaches: ann.pdf (11 bytes)" in out
    code, out = run_cli(
        composer_home, str(data), str(template), "--dry-run", "--attachments-column", "none"
    )
    assert code == 0, out
    assert "Per-row attachments" not in out
    code, out = run_cli(
        composer_home, str(data), str(template), "--dry-run", "--attachments-dir", "/nowhere"
    )
    assert code == 2
    assert "The attachments folder /nowhere does not exist" in out


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("{{ name|shout }}", "letter.eml: The text body has a placeholder error on line 1"),
        ("Hi\n{% include 'footer.txt' %}", "uses {% include %} on line 2"),
        ("{{ range(10 ** 9)|length }}", "text body, line 1: Range too big"),
        ("{{ lipsum(5) }}", "no column “lipsum”"),
        (
            "{% for a in range(99999) %}{% for b in range(99999) %}.{% endfor %}{% endfor %}",
            "loops take more than",
        ),
        ("{{ name * 10 ** 9 }}", "a value grew too large"),
    ],
)
def test_template_errors_are_sentences_with_exit_2(
    tmp_path: Path, composer_home: Path, body: str, expected: str
) -> None:
    data = write(tmp_path / "d.csv", "name,email\nAnn,ann@club.example\n")
    template = write(tmp_path / "letter.eml", TEMPLATE.replace("Dear {{ name }},\nwelcome.", body))
    code, out = run_cli(composer_home, str(data), str(template), "--dry-run")
    assert code == 2, out
    assert expected in out
    assert "Traceback" not in out


def test_templates_that_are_not_usable_messages(tmp_path: Path, composer_home: Path) -> None:
    data = write(tmp_path / "d.csv", "name,email\nAnn,ann@club.example\n")
    nested = tmp_path / "nested.eml"
    nested.write_text(
        "Subject: deep\n"
        + "".join(
            f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n' for i in range(3000)
        ),
        encoding="ascii",
    )
    odd = tmp_path / "odd.eml"
    odd.write_bytes(
        b"To: {{ email }}\nSubject: x\nContent-Type: text/plain; charset=klingon\n\nHi\n"
    )
    for path, expected in ((nested, "nested too deeply"), (odd, "“klingon”")):
        code, out = run_cli(composer_home, str(data), str(path), "--dry-run")
        assert code == 2, out
        assert expected in out
        assert "Traceback" not in out


STUDENTS = '이름,이메일\n김철수,kim@school.example\n"Lee, Younghee",lee@school.example\n'


def thunderbird_template() -> bytes:
    def b64(text: str) -> str:
        return "=?UTF-8?B?" + base64.b64encode(text.encode()).decode() + "?="

    return (
        "X-Mozilla-Status: 0001\r\n"
        "Message-ID: <6c2b1d1e-1@school.example>\r\n"
        "Date: Mon, 2 Mar 2026 09:00:00 +0900\r\n"
        "MIME-Version: 1.0\r\n"
        "User-Agent: Mozilla Thunderbird\r\n"
        "Content-Language: ko-KR\r\n"
        f"To: {b64('{{ 이름 }}')} <{{{{ 이메일 }}}}>\r\n"
        "From: Office <office@school.example>\r\n"
        f"Subject: {b64('{{ 이름 }} 학생 안내')}\r\n"
        "X-Mozilla-Draft-Info: internal/draft; vcard=0; receipt=0; DSN=0; uuencode=0;\r\n"
        " attachmentreminder=0; deliveryformat=1\r\n"
        "Content-Type: text/plain; charset=UTF-8; format=flowed\r\n"
        "Content-Transfer-Encoding: 8bit\r\n"
        "\r\n"
        "{{ 이름 }} 학부모님께, \r\n"
        "안내드립니다.\r\n"
    ).encode()


def window_template() -> bytes:
    return to_eml(
        ComposedMessage(
            from_addr="Office <office@school.example>",
            to=["{{ 이름 }} <{{ 이메일 }}>"],
            subject="{{ 이름 }} 학생 안내",
            text="{{ 이름 }} 학부모님께, 안내드립니다.\n",
        )
    )


def handwritten_template() -> bytes:
    return (
        "From: Office <office@school.example>\n"
        "To: {{ 이름 }} <{{ 이메일 }}>\n"
        "Subject: {{ 이름 }} 학생 안내\n\n"
        "{{ 이름 }} 학부모님께, 안내드립니다.\n"
    ).encode()


@pytest.mark.parametrize(
    "make", [window_template, handwritten_template, thunderbird_template], ids=lambda f: f.__name__
)
def test_templates_from_the_window_by_hand_and_from_thunderbird_merge_alike(
    tmp_path: Path, composer_home: Path, make: object
) -> None:
    data = write(tmp_path / "students.csv", STUDENTS)
    template = tmp_path / "letter.eml"
    template.write_bytes(make())  # type: ignore[operator]
    with SMTPTestServer() as server:
        code, out = run_cli(composer_home, str(data), str(template), "--dry-run")
        assert code == 0, out
        assert "2 rows: 2 ready" in out
        code, out = run_cli(
            composer_home, str(data), str(template), "--server", f"127.0.0.1:{server.port}", "--yes"
        )
        assert code == 0, out
        got = {m.rcpt_tos[0]: m for m in server.messages}
    assert sorted(got) == ["kim@school.example", "lee@school.example"]
    parsed = email.message_from_bytes(got["kim@school.example"].data, policy=email.policy.default)
    assert parsed["Subject"] == "김철수 학생 안내"
    assert parsed["To"].addresses[0].display_name == "김철수"
    assert parsed.get_body(("plain",)).get_content().startswith("김철수 학부모님께, 안내드립니다.")
    lee = email.message_from_bytes(got["lee@school.example"].data, policy=email.policy.default)
    assert lee["To"].addresses[0].display_name == "Lee, Younghee"


def test_dry_runs_and_unsent_runs_leave_no_earlier_merge(
    tmp_path: Path, composer_home: Path
) -> None:
    data = write(tmp_path / "d.csv", "name,email\nAnn,ann@club.example\nBo,broken\n")
    template = write(tmp_path / "letter.eml", TEMPLATE)
    with SMTPTestServer() as server:
        srv = f"127.0.0.1:{server.port}"
        code, _out = run_cli(composer_home, str(data), str(template), "--dry-run")
        assert code == 2
        assert merges(composer_home) == []
        code, _out = run_cli(composer_home, str(data), str(template), "--server", srv, "--yes")
        assert code == 2  # a row has problems: nothing sent
        assert merges(composer_home) == []
        code, out = run_cli(
            composer_home, str(data), str(template), "--server", srv, "--yes", "--skip-problems"
        )
        assert code == 0, out
        assert merges(composer_home) == ["d.csv: Membership for {{ name }}"]
        code, _out = run_cli(composer_home, str(data), str(template), "--dry-run")
        assert merges(composer_home) == ["d.csv: Membership for {{ name }}"]  # kept: it ran


def test_garbled_rows_wait_for_consent(tmp_path: Path, composer_home: Path) -> None:
    data = tmp_path / "d.csv"
    data.write_bytes(
        b"name,email,note\n"
        b'Kim,kim@club.example,"see you\nLee,lee@club.example,hi\n'
        b'Park,park@club.example,yo"\n'
        b"Cho,cho@club.example,ok\n"
    )
    template = write(tmp_path / "letter.eml", TEMPLATE.replace("welcome.", "{{ note }}"))
    with SMTPTestServer() as server:
        srv = f"127.0.0.1:{server.port}"
        code, out = run_cli(composer_home, str(data), str(template), "--server", srv, "--yes")
        assert code == 2
        assert "a closing quote" in out
        assert "--accept-suspect-rows" in out
        assert server.messages == []
        code, out = run_cli(
            composer_home, str(data), str(template), "--server", srv, "--yes", "--skip-problems"
        )
        assert code == 0, out
        assert [m.rcpt_tos for m in server.messages] == [["cho@club.example"]]
        assert not any(b"lee@club.example" in m.data for m in server.messages)
        code, out = run_cli(
            composer_home,
            str(data),
            str(template),
            "--server",
            srv,
            "--yes",
            "--accept-suspect-rows",
        )
        assert code == 0, out
        assert [m.rcpt_tos for m in server.messages][1:] == [["kim@club.example"]]
