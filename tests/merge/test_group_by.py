"""One message per recipient (``--group-by``): a parent with two children gets one mail
listing both, with both report cards, sent exactly once across runs (aiosmtpd on 127.0.0.1)."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from pathlib import Path

import pytest
from merge_helpers import write_csv
from sheet_helpers import workbook
from smtpserver import SMTPTestServer

from composer.mail import get_connection
from composer.merge import (
    EngineSettings,
    MergeEngine,
    MergeLedger,
    MergeOptions,
    MergePlan,
    MergeTemplate,
)
from composer.merge.data.opening import open_data, row_index
from composer.merge.preview import preview_row
from composer.merge.results import write_results

TEMPLATE = MergeTemplate(
    subject="{{ 보호자 }}님, 자녀 {{ rows | length }}명의 성적표",
    text=(
        "{{ 보호자 }}님,\n{% for row in rows %}- {{ row.학생 }}: {{ row['성적'] }}\n{% endfor %}"
    ),
    to="{{ 보호자 }} <{{ email }}>",
    from_email="School <office@school.example>",
)


@pytest.fixture
def family(tmp_path: Path) -> Path:
    folder = tmp_path / "cards"
    folder.mkdir()
    for name in ("a1", "a2", "b1", "c1"):
        (folder / f"{name}.pdf").write_bytes(b"%PDF-1.4 " + name.encode())
    return write_csv(
        folder / "class.csv",
        ["보호자", "email", "학생", "성적", "files"],
        [
            ["김부모", "kim@family.example", "김하나", "A", "a1.pdf"],
            ["이부모", "lee@family.example", "이셋", "B", "b1.pdf"],
            ["김부모", " KIM@family.example", "김둘", "A+", "a2.pdf"],  # same parent
            ["박부모", "park@family.example", "박넷", "C", "c1.pdf"],
        ],
    )


@pytest.fixture
def server() -> Iterator[SMTPTestServer]:
    with SMTPTestServer() as srv:
        yield srv


def plan_for(path: Path, ledger: MergeLedger, group_by: str | None = "email") -> MergePlan:
    return MergePlan(
        open_data(path, group_by=group_by), TEMPLATE, ledger, MergeOptions(allow_duplicates=False)
    )


def send(plan: MergePlan, server: SMTPTestServer, limit: int | None = None) -> None:
    plan.validate()
    MergeEngine(
        plan,
        lambda: get_connection(
            "composer.mail.backends.smtp.EmailBackend", host=server.host, port=server.port
        ),
        EngineSettings(connections=1, limit=limit),
    ).run()


def test_one_message_per_parent_with_every_child_and_file(
    family: Path, server: SMTPTestServer, composer_home: Path
) -> None:
    with MergeLedger() as ledger:
        plan = plan_for(family, ledger)
        report = plan.validate()
        assert report.template_problems == []
        assert report.total == 3  # three parents, four rows
        assert report.counts["ready"] == 3
        # A run that stops after one message, then a second run: each parent once.
        send(plan, server, limit=1)
        assert len(server.messages) == 1
        send(plan_for(family, ledger), server)
        send(plan_for(family, ledger), server)  # nothing left: nothing sent
        (merge,) = ledger.merges()
        assert merge.counts["sent"] == 3  # the ledger counts messages, one per group
    got = {
        m.rcpt_tos[0]: email.message_from_bytes(m.data, policy=email.policy.default)
        for m in server.messages
    }
    assert sorted(got) == ["kim@family.example", "lee@family.example", "park@family.example"]
    assert len(server.messages) == 3
    kim = got["kim@family.example"]
    assert kim["Subject"] == "김부모님, 자녀 2명의 성적표"
    body = kim.get_body().get_content().replace("\r\n", "\n")  # type: ignore[union-attr]
    assert "- 김하나: A\n- 김둘: A+\n" in body
    assert [p.get_filename() for p in kim.iter_attachments()] == ["a1.pdf", "a2.pdf"]
    lee = got["lee@family.example"]
    assert [p.get_filename() for p in lee.iter_attachments()] == ["b1.pdf"]


def test_without_grouping_the_loop_names_no_column_and_the_parent_repeats(
    family: Path, composer_home: Path
) -> None:
    with MergeLedger() as ledger:
        report = plan_for(family, ledger, group_by=None).validate()
    assert any("“rows”" in p for p in report.template_problems)


def test_preview_and_results_show_groups(family: Path, server: SMTPTestServer, tmp_path: Path,
                                         composer_home: Path) -> None:  # fmt: skip
    import openpyxl

    with MergeLedger() as ledger:
        plan = plan_for(family, ledger)
        send(plan, server)
        index = row_index(plan.source)
        assert index.row_count() == 3
        preview = preview_row(plan, index, 1)
        assert preview.error == ""
        assert "- 김둘: A+" in preview.text
        assert [a.name for a in preview.attachments] == ["a1.pdf", "a2.pdf"]
        out = tmp_path / "results.xlsx"
        assert write_results(ledger, plan.merge_id, plan.scan, plan.source, out) == 4
    rows = [[c.value for c in r] for r in openpyxl.load_workbook(out).active.iter_rows()]
    # Every row of the list, in its order, with its family's message.
    assert [r[2] for r in rows[1:]] == ["김하나", "이셋", "김둘", "박넷"]
    assert [r[5] for r in rows[1:]] == ["sent"] * 4
    assert rows[1][7] == rows[3][7]  # the same Message-ID for both of Kim's rows
    assert rows[1][7] != rows[2][7]


def test_a_workbook_groups_too_and_an_unknown_column_is_named(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "g.xlsx",
        {"s": [["email", "n"], ["a@x.example", 1], ["b@x.example", 2], ["a@x.example", 3]]},
    )
    source = open_data(path, group_by="email")
    assert [[m["n"] for m in r.group] for r in source.rows()] == [["1", "3"], ["2"]]
    with pytest.raises(Exception, match="no column “부모” to group the rows by"):
        open_data(path, group_by="부모")


def test_a_file_several_rows_of_a_group_name_is_attached_once(
    tmp_path: Path, server: SMTPTestServer, composer_home: Path
) -> None:
    """Two children's rows both name the school's notice: their parent gets it once, beside
    each child's own file."""
    folder = tmp_path / "cards"
    folder.mkdir()
    for name in ("notice", "a1", "a2"):
        (folder / f"{name}.pdf").write_bytes(b"%PDF-1.4 " + name.encode())
    data = write_csv(
        folder / "class.csv",
        ["보호자", "email", "학생", "성적", "files"],
        [
            ["김부모", "kim@family.example", "김하나", "A", "notice.pdf;a1.pdf"],
            ["김부모", "kim@family.example", "김둘", "B", "./notice.pdf; a2.pdf"],
        ],
    )
    with MergeLedger() as ledger:
        send(plan_for(data, ledger), server)
    (sent,) = server.messages
    parsed = email.message_from_bytes(sent.data, policy=email.policy.default)
    assert [p.get_filename() for p in parsed.iter_attachments()] == [
        "notice.pdf", "a1.pdf", "a2.pdf"
    ]  # fmt: skip
