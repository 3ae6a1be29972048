"""A group of the address book as a merge's data: the same rows a CSV file gives, and a real
``composer merge`` of it sends to exactly the group's members."""

from __future__ import annotations

import email
import email.policy
import os
import subprocess
import sys
from pathlib import Path

from smtpserver import SMTPTestServer

from composer.compose.contacts.model import Contact
from composer.compose.contacts.store import ContactStore
from composer.merge.data.contactsource import ContactSource
from composer.merge.data.csvsource import CsvSource

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = """\
From: 담임 <teacher@school.example>
To: {{ name }} <{{ email }}>
Subject: {{ name }}님께 가정통신문
Content-Type: text/plain; charset=utf-8

{{ name }}님, 안녕하세요.
"""


def members(home: Path) -> list[Contact]:
    store = ContactStore()
    store.save(
        [
            Contact("김철수", ["kim@example.kr", "kim2@example.kr"], "한빛", groups=["학부모"]),
            Contact(
                'Lee, "Young"', ["lee@example.kr"], notes="두 줄\n메모, 쉼표", groups=["학부모"]
            ),
            Contact("Other", ["other@example.kr"], groups=["동호회"]),
        ]
    )
    return ContactStore().groups()["학부모"]


def test_the_rows_are_what_a_csv_file_gives(composer_home: Path, tmp_path: Path) -> None:
    group = members(composer_home)
    source = ContactSource(group)
    assert source.count_rows() == 2
    path = tmp_path / "group.csv"
    source.write_csv(path)
    from_file = CsvSource(path)
    assert from_file.columns == source.columns
    assert [r.values for r in from_file.rows()] == [r.values for r in source.rows()]
    every = ContactSource(group, every_address=True)
    assert [r.values["email"] for r in every.rows()] == [
        "lee@example.kr",
        "kim@example.kr",
        "kim2@example.kr",
    ]


def test_a_group_is_merged_to_its_members(
    composer_home: Path, tmp_path: Path, smtp_server: SMTPTestServer
) -> None:
    data = tmp_path / "학부모.csv"
    ContactSource(members(composer_home)).write_csv(data)
    template = tmp_path / "letter.eml"
    template.write_text(TEMPLATE, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "composer", "merge", str(data), str(template), "--yes",
         "--server", f"127.0.0.1:{smtp_server.port}"],
        env=dict(os.environ, COMPOSER_HOME=str(composer_home), PYTHONPATH=str(ROOT)),
        stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr
    got = {
        m.rcpt_tos[0]: email.message_from_bytes(m.data, policy=email.policy.default)
        for m in smtp_server.messages
    }
    assert sorted(got) == ["kim@example.kr", "lee@example.kr"]
    assert got["kim@example.kr"]["Subject"] == "김철수님께 가정통신문"
    lee = got["lee@example.kr"]
    assert lee["To"].addresses[0].display_name == 'Lee, "Young"'
    assert lee["To"].addresses[0].addr_spec == "lee@example.kr"
