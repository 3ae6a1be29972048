"""``composer merge`` with a workbook as the data file, as a real subprocess over real SMTP."""

from __future__ import annotations

import datetime
import email
import email.policy
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
from sheet_helpers import SHEETS, workbook
from smtpserver import SMTPTestServer

ROOT = Path(__file__).resolve().parents[2]

TEMPLATE = """\
From: 행정실 <office@school.example>
To: {{ 이름 }} <{{ 이메일 }}>
Subject: {{ 이름 }} 학생 ({{ 학번 }}) 안내
Content-Type: text/plain; charset=utf-8

{{ 이름 }} 학부모님, 생일 {{ 생일 }}, 전화 {{ 전화 }}, 금액 {{ 금액 }}원.
"""


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


def digest(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def test_a_workbook_sheet_is_merged_and_the_results_are_a_copy(
    tmp_path: Path, composer_home: Path
) -> None:
    data = workbook(
        tmp_path / "명단.xlsx",
        {
            "표지": [["2027학년도"]],
            "명단": [
                ["이름", "이메일", "학번", "전화", "생일", "금액"],
                ["김철수", "kim@school.example", "00123", 1012345678,
                 datetime.date(2011, 3, 5), 1234],
                ["이영희", "broken", "00456", "010-9876-5432", datetime.date(2012, 1, 2), 0.5],
                ["박민수", "park@school.example", "=HYPERLINK(\"x\")", "02", "2012.07.08", 3000],
                [],
            ],
        },
    )  # fmt: skip
    # The cell written as text that starts with "=" (openpyxl would make it a formula).
    book = openpyxl.load_workbook(data)
    book["명단"]["C4"].data_type = "s"
    book.save(data)
    template = tmp_path / "letter.eml"
    template.write_text(TEMPLATE, encoding="utf-8")
    before = digest(data)
    results = tmp_path / "out" / "results.xlsx"
    results.parent.mkdir()
    with SMTPTestServer() as server:
        # The results file must never be the user's own file.
        code, out = run_cli(composer_home, str(data), str(template), "--results", str(data))
        assert code == 2, out
        assert "would replace the data file" in out
        code, out = run_cli(
            composer_home,
            str(data),
            str(template),
            "--sheet",
            "명단",
            "--server",
            f"127.0.0.1:{server.port}",
            "--yes",
            "--skip-problems",
            "--results",
            str(results),
        )
        assert code == 0, out
        assert "sheet “명단” (column names on row 1, 6 columns)" in out
        assert "“생일” writes its dates in 2 ways" in out
        assert "Traceback" not in out
        got = {
            m.rcpt_tos[0]: email.message_from_bytes(m.data, policy=email.policy.default)
            for m in server.messages
        }
    assert sorted(got) == ["kim@school.example", "park@school.example"]
    kim = got["kim@school.example"]
    assert kim["Subject"] == "김철수 학생 (00123) 안내"
    body = kim.get_body().get_content()  # type: ignore[union-attr]
    assert "생일 2011-03-05, 전화 1012345678, 금액 1234원." in body
    assert digest(data) == before  # the user's workbook is untouched
    sheet = openpyxl.load_workbook(results).active
    assert sheet is not None
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == ["이름", "이메일", "학번", "전화", "생일", "금액", "status", "time",
                       "Message-ID", "reason"]  # fmt: skip
    assert rows[1][:7] == ["김철수", "kim@school.example", "00123", 1012345678,
                           datetime.datetime(2011, 3, 5), 1234, "sent"]  # fmt: skip
    assert isinstance(rows[1][7], datetime.datetime)
    assert rows[1][8] == kim["Message-ID"]
    assert rows[2][6] == "skipped"
    assert rows[2][8] is None
    assert rows[3][2] == '=HYPERLINK("x")'  # text, never a formula in the results
    assert sheet["C4"].data_type == "s"
    assert len(rows) == 4


def test_an_ods_and_an_xls_file_are_checked_from_the_command_line(
    tmp_path: Path, composer_home: Path
) -> None:
    template = tmp_path / "letter.eml"
    template.write_text(TEMPLATE, encoding="utf-8")
    for name in ("people.ods", "people.xls"):
        code, out = run_cli(composer_home, str(SHEETS / name), str(template), "--dry-run")
        assert code == 0, out
        assert f"Checking {name}, sheet “명단”" in out
        assert "2 rows: 2 ready" in out
    code, out = run_cli(
        composer_home, str(SHEETS / "people.ods"), str(template), "--sheet", "없음", "--dry-run"
    )
    assert code == 2, out
    assert "has no sheet named “없음”. Choose one of: 명단, Other" in out


def test_group_by_sends_one_message_per_address(tmp_path: Path, composer_home: Path) -> None:
    data = workbook(
        tmp_path / "family.xlsx",
        {
            "s": [
                ["보호자", "email", "학생"],
                ["김부모", "kim@family.example", "김하나"],
                ["이부모", "lee@family.example", "이셋"],
                ["김부모", "kim@family.example", "김둘"],
            ]
        },
    )
    template = tmp_path / "letter.eml"
    template.write_text(
        "From: School <office@school.example>\nTo: {{ 보호자 }} <{{ email }}>\n"
        "Subject: {{ rows | length }}\nContent-Type: text/plain; charset=utf-8\n\n"
        "{% for row in rows %}{{ row.학생 }};{% endfor %}\n",
        encoding="utf-8",
    )
    with SMTPTestServer() as server:
        srv = f"127.0.0.1:{server.port}"
        code, out = run_cli(composer_home, str(data), str(template), "--server", srv, "--yes")
        assert code == 2, out  # ungrouped: {{ rows }} is no column, and kim twice
        assert "“rows”" in out
        args = (str(data), str(template), "--server", srv, "--yes", "--group-by", "email")
        code, out = run_cli(composer_home, *args)
        assert code == 0, out
        code, out = run_cli(composer_home, *args)  # again: nothing left to send
        assert code == 0, out
        got = sorted((m.rcpt_tos[0], m.data) for m in server.messages)
    assert [to for to, _ in got] == ["kim@family.example", "lee@family.example"]
    kim = email.message_from_bytes(got[0][1], policy=email.policy.default)
    assert kim["Subject"] == "2"
    assert "김하나;김둘;" in kim.get_body().get_content()  # type: ignore[union-attr]


def test_a_csv_list_gets_its_results_as_csv(tmp_path: Path, composer_home: Path) -> None:
    """``--results results.csv`` for a CSV list: the same table, as CSV Excel reads (BOM),
    with each row's status and Message-ID; the user's file is untouched."""
    import csv

    data = tmp_path / "명단.csv"
    data.write_text(
        "이름,email,학번\n김철수,kim@school.example,00123\n이영희,broken,00456\n", encoding="utf-8"
    )
    template = tmp_path / "t.eml"
    template.write_text(
        "From: office@school.example\nTo: {{ 이름 }} <{{ email }}>\nSubject: {{ 학번 }}\n\nHi\n",
        encoding="utf-8",
    )
    before = digest(data)
    results = tmp_path / "results.csv"
    with SMTPTestServer() as server:
        code, out = run_cli(composer_home, str(data), str(template), "--server",
                            f"127.0.0.1:{server.port}", "--yes", "--skip-problems",
                            "--results", str(results))  # fmt: skip
        assert code == 0, out
        (sent,) = server.messages
    assert digest(data) == before
    raw = results.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["이름", "email", "학번", "status", "time", "Message-ID", "reason"]
    assert rows[1][:4] == ["김철수", "kim@school.example", "00123", "sent"]
    message = email.message_from_bytes(sent.data, policy=email.policy.default)
    assert rows[1][5] == message["Message-ID"]
    assert rows[2][3] == "skipped"
    assert len(rows) == 3
