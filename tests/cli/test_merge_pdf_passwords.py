"""``composer merge --pdf-password-column``: each row's PDF leaves encrypted with AES-256
under that row's password, which is found nowhere afterwards: not in any file under
COMPOSER_HOME (ledger, journal, logs, kept template), not in the terminal output with
--verbose, not in the results copy, not in what the server received."""

from __future__ import annotations

import email
import email.policy
import io
import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from smtpserver import SMTPTestServer

ROOT = Path(__file__).resolve().parents[2]
PASSWORDS = {"kim@school.example": "Kim-19900305-비밀", "lee@school.example": "Lee-20011231-q7"}

TEMPLATE = """\
From: 행정실 <office@school.example>
To: {{ name }} <{{ email }}>
Subject: 성적표 {{ name }}
Content-Type: text/plain; charset=utf-8

{{ name }}님, 첨부한 성적표는 생년월일로 열 수 있습니다.
"""


def pdf(title: str) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.add_metadata({"/Title": title})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def run_cli(home: Path, *args: str) -> tuple[int, str]:
    proc = subprocess.run(
        [sys.executable, "-m", "composer", "merge", *args],
        env=dict(os.environ, COMPOSER_HOME=str(home), PYTHONPATH=str(ROOT)),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return proc.returncode, proc.stdout + proc.stderr


def test_pdfs_go_out_encrypted_and_the_password_is_nowhere(
    tmp_path: Path, composer_home: Path
) -> None:
    folder = tmp_path / "cards"
    folder.mkdir()
    (folder / "kim.pdf").write_bytes(pdf("Report of Kim"))
    (folder / "lee.pdf").write_bytes(pdf("Report of Lee"))
    (folder / "park.pdf").write_bytes(pdf("Report of Park"))
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    data = folder / "class.csv"
    data.write_text(
        "name,email,files,생년월일\n"
        f"Kim,kim@school.example,kim.pdf,{PASSWORDS['kim@school.example']}\n"
        f"Lee,lee@school.example,lee.pdf,{PASSWORDS['lee@school.example']}\n"
        "Park,park@school.example,park.pdf,\n"
        "Cho,cho@school.example,broken.pdf,Cho-0000-zz\n",
        encoding="utf-8",
    )
    template = tmp_path / "letter.eml"
    template.write_text(TEMPLATE, encoding="utf-8")
    results = tmp_path / "results.xlsx"
    with SMTPTestServer() as server:
        code, out = run_cli(
            composer_home,
            str(data),
            str(template),
            "--pdf-password-column",
            "생년월일",
            "--server",
            f"127.0.0.1:{server.port}",
            "--yes",
            "--skip-problems",
            "--results",
            str(results),
            "--verbose",
        )
        # Park's PDF would go out unprotected: a problem of that row, skipped.
        assert "“생년월일” is empty in this row" in out
        assert code == 1, out  # Cho's row failed:
        failed = (folder / "class.failed.csv").read_text(encoding="utf-8-sig")
        assert "broken.pdf cannot be protected: it is not a PDF file" in failed
        received = {m.rcpt_tos[0]: m.data for m in server.messages}
    assert sorted(received) == ["kim@school.example", "lee@school.example"]
    for rcpt, raw in received.items():
        message = email.message_from_bytes(raw, policy=email.policy.default)
        (part,) = message.iter_attachments()
        reader = PdfReader(io.BytesIO(part.get_content()))
        assert reader.is_encrypted
        assert reader.decrypt("wrong") == 0
        assert reader.decrypt(PASSWORDS[rcpt]) != 0
        assert reader.metadata is not None
        assert reader.metadata.title == f"Report of {rcpt[:3].title()}"
        assert "/AESV3" in str(reader.trailer["/Encrypt"]["/CF"])  # AES-256
    # The report, and the rows to fix saved from it (the export Earlier merges uses too).
    code, report = run_cli(
        composer_home, str(data), str(template), "--pdf-password-column", "생년월일",
        "--report", "--failed-csv", str(tmp_path / "fix.csv"),
    )  # fmt: skip
    assert code == 0, report
    assert "row 4 Cho <cho@school.example>: failed: cannot build the message: broken.pdf" in report
    assert "1 row to fix, with the reason, is in" in report
    fix = (tmp_path / "fix.csv").read_text(encoding="utf-8-sig")
    assert fix.splitlines()[0] == "name,email,files,status,reason"
    assert "Cho,cho@school.example,broken.pdf,failed," in fix
    # A merge kept for later stores its options, never a cell.
    code, later = run_cli(
        composer_home, str(data), str(template), "--pdf-password-column", "생년월일",
        "--server", f"127.0.0.1:{server.port}", "--at", "2099-01-01 09:00",
    )  # fmt: skip
    assert code == 0, later
    assert list((composer_home / "data" / "scheduled-merges").iterdir())
    out += report + later
    secrets = [p.encode() for p in PASSWORDS.values()] + [b"Cho-0000-zz"]
    exported = [results, folder / "class.failed.csv", tmp_path / "fix.csv"]
    for path in [*composer_home.rglob("*"), *exported]:
        if path.is_file():
            content = path.read_bytes()
            for secret in secrets:
                assert secret not in content, path
    for secret in secrets:
        assert secret.decode() not in out
        assert all(secret not in raw for raw in received.values())
    # The originals on disk are untouched.
    assert PdfReader(folder / "kim.pdf").is_encrypted is False
