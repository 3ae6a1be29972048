"""What the merge window shows, computed without Qt: the opened file, its placeholders,
one row's preview, and the failed rows saved to CSV."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from merge_helpers import letter, make_plan, people, write_csv

from composer.merge import CsvError, EngineSettings, MergeEngine, MergeLedger, MergeTemplate
from composer.merge.export import export_merge_failures, export_plan_failures
from composer.merge.loading import attachment_column_for, load_data
from composer.merge.preview import preview_row
from composer.merge.templates.placeholders import Filled, describe_placeholders

# -- opening the data file ---------------------------------------------------------------------


def test_load_reads_the_first_rows_and_guesses_the_attachment_column(tmp_path: Path) -> None:
    rows = [[f"P{i}", f"p{i}@example.org", f"p{i}.pdf"] for i in range(1, 251)]
    data = write_csv(tmp_path / "c.csv", ["name", "email", "첨부"], rows, encoding="cp949")
    loaded = load_data(data)
    assert loaded.source.encoding == "cp949"
    assert loaded.encoding_detected
    assert len(loaded.sample) == 100
    assert loaded.sample[0] == {"name": "P1", "email": "p1@example.org", "첨부": "p1.pdf"}
    assert loaded.attachment_column == "첨부"
    # The index reaches any row; the sample did not read past what it shows.
    row = loaded.index.row(250)
    assert row is not None
    assert row.values["name"] == "P250"


def test_a_chosen_attachment_column_is_kept_when_the_new_file_has_it(tmp_path: Path) -> None:
    data = write_csv(tmp_path / "c.csv", ["name", "email", "files", "report"], [])
    assert load_data(data, attachment_column="report").attachment_column == "report"
    assert load_data(data, attachment_column="gone").attachment_column == "files"
    assert attachment_column_for(["name", "email"], "files") is None


def test_a_chosen_encoding_is_not_called_detected(tmp_path: Path) -> None:
    data = people(tmp_path / "p.csv", 3)
    loaded = load_data(data, "utf-8", ";")
    assert not loaded.encoding_detected
    assert loaded.source.delimiter == ";"


def test_a_file_that_cannot_be_opened_says_so(tmp_path: Path) -> None:
    with pytest.raises(CsvError, match="does not exist"):
        load_data(tmp_path / "nope.csv")


# -- placeholders ------------------------------------------------------------------------------


def test_placeholders_say_what_fills_them() -> None:
    template = letter(text="{{ name }} {{ grade }} {{ row['E-mail'] }} {{ note }}")
    report = describe_placeholders(template, ["Name", "E-mail", "Note", "Mark"], {"grade": "Mark"})
    assert report.error == ""
    filled = {p.name: (p.filled, p.column) for p in report.placeholders}
    assert filled == {
        "name": (Filled.BY_NAME, ""),
        "email": (Filled.BY_NAME, ""),
        "E-mail": (Filled.BY_NAME, ""),
        "grade": (Filled.BY_CHOICE, "Mark"),
        "note": (Filled.BY_NAME, ""),
        "row": (Filled.BY_NAME, ""),  # row[...] itself, as the window always listed it
    }
    # A chooser for every placeholder no column is named after, chosen or not.
    assert report.unmatched == ["grade"]


def test_a_placeholder_without_a_column_is_missing() -> None:
    report = describe_placeholders(letter(text="{{ grade }}"), ["name", "email"], {})
    assert [(p.name, p.filled) for p in report.placeholders if p.name == "grade"] == [
        ("grade", Filled.MISSING)
    ]
    assert report.unmatched == ["grade"]
    # A chosen column the file does not have fills nothing.
    again = describe_placeholders(letter(text="{{ grade }}"), ["name", "email"], {"grade": "x"})
    assert {p.name: p.filled for p in again.placeholders}["grade"] is Filled.MISSING


def test_before_a_file_is_chosen_placeholders_are_only_listed() -> None:
    report = describe_placeholders(letter(), None, {})
    assert {p.filled for p in report.placeholders} == {Filled.NO_DATA}
    assert report.unmatched == []


def test_a_template_that_does_not_compile_says_why() -> None:
    report = describe_placeholders(letter(text="{{ name "), ["name", "email"], {})
    assert report.error
    assert report.placeholders == []


# -- one row's preview -------------------------------------------------------------------------


def test_preview_of_a_far_row_is_the_message_that_row_sends(tmp_path: Path) -> None:
    plan = make_plan(people(tmp_path / "p.csv", 1000), unsubscribe_mailto="out@school.example")
    loaded = load_data(plan.source.path)
    shown = preview_row(plan, loaded.index, 777)
    assert shown.error == ""
    assert shown.row is not None
    assert shown.fields["to"] == "Person 777 <p777@example.org>"
    assert shown.fields["subject"] == "Hello Person 777"
    assert shown.fields["from"] == "teacher@school.example"
    assert shown.text == "Dear Person 777,\nsee you."
    assert not shown.blocked
    assert "List-Unsubscribe: <mailto:out@school.example?subject=unsubscribe>" in shown.headers
    assert "Message-ID: <" in shown.headers


def test_preview_of_a_row_beyond_the_end_or_with_problems(tmp_path: Path) -> None:
    data = write_csv(
        tmp_path / "c.csv", ["name", "email"], [["Ann", "ann@example.org"], ["Bo", "not-mail"]]
    )
    plan = make_plan(data)
    index = load_data(data).index
    assert preview_row(plan, index, 3).error == "The data file has no row 3."
    bad = preview_row(plan, index, 2)
    assert bad.blocked
    assert bad.problems
    assert bad.error == ""


def test_preview_of_a_row_that_cannot_render(tmp_path: Path) -> None:
    data = write_csv(tmp_path / "c.csv", ["name", "email"], [["Ann", "ann@example.org"]])
    plan = make_plan(data, letter(text="{{ name | truncate(-1, killwords=1) }}"))
    shown = preview_row(plan, load_data(data).index, 1)
    assert shown.error.startswith("Row 1 cannot be rendered")


def test_preview_lists_the_template_files_and_the_rows_own(tmp_path: Path) -> None:
    (tmp_path / "ann.pdf").write_bytes(b"%PDF-ann")
    data = write_csv(
        tmp_path / "c.csv", ["name", "email", "files"], [["Ann", "ann@example.org", "ann.pdf"]]
    )
    template = MergeTemplate(
        subject="Hi",
        text="Hello",
        to="{{ email }}",
        from_email="t@school.example",
        attachments=[("rules.txt", b"1234", "text/plain")],
    )
    shown = preview_row(make_plan(data, template), load_data(data).index, 1)
    assert [(a.name, a.size, a.every_row) for a in shown.attachments] == [
        ("rules.txt", 4, True),
        ("ann.pdf", 8, False),
    ]


# -- failed rows -------------------------------------------------------------------------------


def test_failed_rows_are_saved_with_their_reason(tmp_path: Path, smtp_server: object) -> None:
    from smtpserver import SMTPTestServer

    from composer.mail import get_connection

    server = smtp_server
    assert isinstance(server, SMTPTestServer)
    server.rcpt_reply = lambda a: "550 5.1.1 No such pupil" if a == "p2@example.org" else None
    data = people(tmp_path / "p.csv", 3)
    with MergeLedger() as ledger:
        plan = make_plan(data, ledger=ledger)
        plan.validate()
        MergeEngine(
            plan,
            lambda: get_connection(
                "composer.mail.backends.smtp.EmailBackend", host=server.host, port=server.port
            ),
            EngineSettings(connections=1),
        ).run()
        out = tmp_path / "failed.csv"
        assert export_plan_failures(plan, out) == 1
        with out.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
        assert rows[0] == ["name", "email", "status", "reason"]
        assert rows[1][:3] == ["Person 2", "p2@example.org", "failed"]
        assert "550 5.1.1 No such pupil" in rows[1][3]
        (merge,) = ledger.merges()
        again = tmp_path / "again.csv"
        assert export_merge_failures(ledger, merge, again) == 1
        assert again.read_bytes() == out.read_bytes()
        data.unlink()
        with pytest.raises(CsvError):
            export_merge_failures(ledger, merge, again)
