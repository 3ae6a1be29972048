"""``composer merge`` run again without its options continues the same merge the same way:
the earlier run's sheet, header row, grouping and advertising rules fill in what the command
leaves out. A real subprocess against aiosmtpd on 127.0.0.1."""

from __future__ import annotations

import datetime
import email
import email.policy
from pathlib import Path

from merge_cli_helpers import run_cli
from sheet_helpers import workbook
from smtpserver import SMTPTestServer

TEMPLATE = """\
From: 한빛서점 <news@hanbit.example>
To: {{ 이름 }} <{{ 이메일 }}>
Subject: (광고) {{ 이름 }}님 할인
Content-Type: text/plain; charset=utf-8

{% for row in rows %}{{ row.학번 }};{% endfor %}
한빛서점, 02-123-4567. 수신 거부: stop@hanbit.example
"""
HEADER = ["이름", "이메일", "학번", "동의한 날"]


def families(path: Path, extra: list[list[str]]) -> Path:
    recent = (datetime.date.today() - datetime.timedelta(days=30)).isoformat()
    rows = [
        ["김부모", "kim@school.example", "1", recent],
        ["이부모", "lee@school.example", "2", recent],
        ["김부모", "kim@school.example", "3", recent],
    ]
    extra = [[*row[:3], recent if row[3] == "recent" else row[3]] for row in extra]
    return workbook(
        path,
        {
            "교사": [HEADER, ["선생", "teacher@school.example", "T1", recent]],
            "가족": [["2027학년도 가족 명단"], HEADER, *rows, *extra],
        },
    )


def test_running_the_merge_again_without_its_options_sends_the_same_way(
    tmp_path: Path, composer_home: Path
) -> None:
    data = families(tmp_path / "명단.xlsx", [])
    letter = tmp_path / "ad.eml"
    letter.write_text(TEMPLATE, encoding="utf-8")
    with SMTPTestServer() as server:
        sending = ("--server", f"127.0.0.1:{server.port}", "--yes", "--skip-problems")
        code, out = run_cli(
            composer_home, str(data), str(letter), *sending,
            "--sheet", "가족", "--header-row", "2", "--group-by", "이메일",
            "--advertising", "--consent-column", "동의한 날",
            "--unsubscribe", "stop@hanbit.example",
        )  # fmt: skip
        assert code == 0, out
        assert sorted(m.rcpt_tos[0] for m in server.messages) == [
            "kim@school.example",
            "lee@school.example",
        ]
        families(
            data,
            [
                ["최부모", "choi@school.example", "4", "recent"],
                ["박부모", "park@school.example", "6", "2001-01-01"],
                ["최부모", "choi@school.example", "5", "recent"],
            ],
        )
        code, out = run_cli(composer_home, str(data), str(letter), *sending)
        assert code == 0, out
        assert "Continuing the earlier merge" in out
        assert "one message per “이메일”" in out
        assert "more than two years old" in out  # park: consent too old, not mailed
        (message,) = server.messages[2:]
    assert message.rcpt_tos == ["choi@school.example"]
    parsed = email.message_from_bytes(message.data, policy=email.policy.default)
    assert str(parsed["Subject"]).startswith("(광고) 최부모")
    assert "4;5;" in parsed.get_body().get_content()  # type: ignore[union-attr]
    assert "stop@hanbit.example" in str(parsed["List-Unsubscribe"])
