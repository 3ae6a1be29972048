"""The failed-rows file, written by the one export of the CLI, the merge window and Earlier
merges: never the PDF password column, every data row of a group whose message failed, and
the results copy marking every row of that group (aiosmtpd on 127.0.0.1 refusing a parent)."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
from merge_helpers import write_csv
from pypdf import PdfWriter
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
from composer.merge.data.csvsource import CsvSource
from composer.merge.data.opening import open_data
from composer.merge.export import export_merge_failures, export_plan_failures
from composer.merge.results import write_results

TEMPLATE = MergeTemplate(
    subject="{{ 보호자 }}님, 성적표",
    text="{% for row in rows %}- {{ row.학생 }}\n{% endfor %}",
    to="{{ 보호자 }} <{{ email }}>",
    from_email="School <office@school.example>",
)
SECRETS = ("Kim-20100301-a", "Kim-20120715-b", "Lee-20110909-c", "Park-20130101-d")


def pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_failed_group_exports_every_row_and_never_the_password(
    tmp_path: Path, composer_home: Path
) -> None:
    folder = tmp_path / "cards"
    folder.mkdir()
    for name in ("a1", "a2", "b1", "c1"):
        (folder / f"{name}.pdf").write_bytes(pdf())
    data = write_csv(
        folder / "class.csv",
        ["보호자", "email", "학생", "files", "생년월일"],
        [
            ["김부모", "kim@family.example", "김하나", "a1.pdf", SECRETS[0]],
            ["이부모", "lee@family.example", "이셋", "b1.pdf", SECRETS[2]],
            ["김부모", "kim@family.example", "김둘", "a2.pdf", SECRETS[1]],
            ["박부모", "park@family.example", "박넷", "c1.pdf", SECRETS[3]],
        ],
    )
    options = MergeOptions(pdf_password_column="생년월일")
    with SMTPTestServer() as server, MergeLedger() as ledger:
        server.rcpt_reply = lambda a: "550 5.1.1 no such user" if a.startswith("kim@") else None
        plan = MergePlan(open_data(data, group_by="email"), TEMPLATE, ledger, options)
        plan.validate()
        factory = lambda: get_connection(  # noqa: E731
            "composer.mail.backends.smtp.EmailBackend", host=server.host, port=server.port
        )
        MergeEngine(plan, factory, EngineSettings(connections=1)).run()
        assert sorted(r for m in server.messages for r in m.rcpt_tos) == [
            "lee@family.example", "park@family.example",
        ]  # fmt: skip
        from_window = tmp_path / "from-window.csv"
        assert export_plan_failures(plan, from_window) == 2
        results = tmp_path / "results.xlsx"
        write_results(ledger, plan.merge_id, plan.scan, plan.source, results, hide=["생년월일"])
    # Earlier merges: another ledger object, knowing only what the ledger recorded.
    with MergeLedger() as ledger:
        (merge,) = ledger.merges()
        from_history = tmp_path / "from-history.csv"
        assert export_merge_failures(ledger, merge, from_history) == 2
    for exported in (from_window, from_history):
        rows = list(CsvSource(exported).rows())
        header = ("보호자", "email", "학생", "files", "status", "reason")
        assert CsvSource(exported).columns == header
        # Both of Kim's children, in the file's order, each with the reason.
        assert [r.values["학생"] for r in rows] == ["김하나", "김둘"]
        assert {r.values["status"] for r in rows} == {"failed"}
        assert all("550 5.1.1 no such user" in r.values["reason"] for r in rows)
    sheet = openpyxl.load_workbook(results).active
    table = [[c.value for c in r] for r in sheet.iter_rows()]
    assert "생년월일" not in table[0]
    status = table[0].index("status")
    assert [(r[2], r[status]) for r in table[1:]] == [
        ("김하나", "failed"), ("이셋", "sent"), ("김둘", "failed"), ("박넷", "sent"),
    ]  # fmt: skip
    assert all("550 5.1.1" in str(r[-1]) for r in table[1:] if r[status] == "failed")
    for path in [*composer_home.rglob("*"), from_window, from_history, results]:
        if path.is_file():
            content = path.read_bytes()
            assert not [s for s in SECRETS if s.encode() in content], path


def test_results_take_each_row_s_own_record_after_the_file_changed(
    tmp_path: Path, composer_home: Path
) -> None:
    """A row dropped from the file keeps its old line number in the ledger: the results
    copy must not give its Message-ID and time to the row now on that line."""
    plain = MergeTemplate(
        subject="Hi {{ name }}", text="Hi", to="{{ email }}", from_email="club@sender.test"
    )
    data = tmp_path / "list.csv"
    with SMTPTestServer() as server, MergeLedger() as ledger:
        factory = lambda: get_connection(  # noqa: E731
            "composer.mail.backends.smtp.EmailBackend", host=server.host, port=server.port
        )
        sent: dict[str, str] = {}
        for people in (["ann", "bo", "cy"], ["bo", "cy", "dee"]):
            write_csv(data, ["name", "email"], [[p, f"{p}@x.example"] for p in people])
            plan = MergePlan(open_data(data), plain, ledger, MergeOptions())
            plan.validate()
            MergeEngine(plan, factory, EngineSettings(connections=1)).run()
            sent.update({r.recipients: r.message_id for r in ledger.rows(plan.merge_id)})
        results = tmp_path / "results.xlsx"
        write_results(ledger, plan.merge_id, plan.scan, plan.source, results)
    table = [[c.value for c in r] for r in openpyxl.load_workbook(results).active.iter_rows()]
    column = table[0].index("Message-ID")
    assert [(r[1], r[column]) for r in table[1:]] == [
        (f"{p}@x.example", sent[f"{p}@x.example"]) for p in ("bo", "cy", "dee")
    ]
