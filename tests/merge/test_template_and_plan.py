"""Templates (sandboxed, strict) and the validation pass: one status per row."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest
from merge_helpers import letter, make_plan, people, write_csv

from composer.mail import EmailMultiAlternatives
from composer.merge import (
    CompiledTemplate,
    MergeLedger,
    MergeTemplate,
    RenderError,
    SuppressionList,
    TemplateSyntaxProblem,
)


def test_placeholders_everywhere_and_html_is_escaped() -> None:
    t = MergeTemplate(
        subject="Hi {{ name }}",
        text="Dear {{ row['First Name'] }} / {{ first_name }}",
        html="<p>{{ name }}</p>",
        to="{{ email }}",
        cc="{{ parent }}",
        bcc="",
        reply_to="{{ teacher }}",
    )
    c = CompiledTemplate(t, ["name", "email", "First Name", "parent", "teacher"])
    assert c.missing_columns() == []
    r = c.render(
        3,
        {
            "name": "<Tom & Jerry>",
            "email": "t@example.org",
            "First Name": "Tom",
            "parent": "Mum <mum@example.org>",
            "teacher": "t2@example.org",
        },
    )
    assert r.subject == "Hi <Tom & Jerry>"
    assert r.text == "Dear Tom / Tom"
    assert r.html == "<p>&lt;Tom &amp; Jerry&gt;</p>"
    assert r.to == ["t@example.org"]
    assert r.cc == ["Mum <mum@example.org>"]
    assert r.reply_to == ["t2@example.org"]


def test_missing_columns_found_before_rendering() -> None:
    t = letter(text="{{ name }} {{ row['Last Name'] }} {{ grade }}")
    c = CompiledTemplate(t, ["name", "email"])
    assert c.missing_columns() == ["Last Name", "grade"]


def test_sandbox_blocks_python_internals() -> None:
    t = letter(text="{{ name.__class__.__mro__ }}")
    c = CompiledTemplate(t, ["name", "email"])
    with pytest.raises(RenderError, match="text body"):
        c.render(1, {"name": "x", "email": "x@example.org"})


def test_syntax_error_names_the_field() -> None:
    with pytest.raises(TemplateSyntaxProblem, match="Subject has a placeholder error"):
        CompiledTemplate(letter(subject="Hi {{ name "), ["name", "email"])


def test_template_from_message_and_eml_round_trip(tmp_path: Path) -> None:
    msg = EmailMultiAlternatives(
        "Grades for {{ name }}",
        "Dear {{ name }}",
        "Teacher <teacher@school.example>",
        ["{{ email }}"],
        cc=["office@school.example"],
    )
    msg.attach_alternative("<p>Dear {{ name }}</p>", "text/html")
    msg.attach("rules.txt", "Be kind.", "text/plain")
    t = MergeTemplate.from_message(msg)
    assert (t.subject, t.to, t.cc, t.html) == (
        "Grades for {{ name }}",
        "{{ email }}",
        "office@school.example",
        "<p>Dear {{ name }}</p>",
    )
    eml = tmp_path / "t.eml"
    eml.write_bytes(msg.message().as_bytes())
    t2 = MergeTemplate.from_eml(eml)
    assert (t2.subject, t2.to, t2.text, t2.html.strip()) == (
        t.subject,
        t.to,
        t.text,
        t.html,
    )
    assert [a[0] for a in t2.attachments] == ["rules.txt"]
    r = CompiledTemplate(t2, ["name", "email"]).render(1, {"name": "Jo", "email": "jo@x.org"})
    built = email.message_from_bytes(
        r.to_email("teacher@school.example", message_id="<m1@school.example>").message().as_bytes(),
        policy=email.policy.default,
    )
    assert built["Subject"] == "Grades for Jo"
    assert built["Message-ID"] == "<m1@school.example>"
    assert [p.get_filename() for p in built.iter_attachments()] == ["rules.txt"]


def test_eml_that_is_not_a_message(tmp_path: Path) -> None:
    with pytest.raises(TemplateSyntaxProblem, match="cannot be read"):
        MergeTemplate.from_eml(tmp_path / "missing.eml")


def test_validation_statuses_per_row(tmp_path: Path) -> None:
    (tmp_path / "report-ann.pdf").write_bytes(b"%PDF")
    data = write_csv(
        tmp_path / "class.csv",
        ["name", "email", "attachment"],
        [
            ["Ann", "ann@example.org", "report-ann.pdf"],
            ["Bo", "not-an-address", ""],
            ["Cy", "", ""],
            ["Di", "ann@example.org", ""],
            ["Ed", "ed@example.org", "missing.pdf"],
            ["Flo", "flo@example.org", ""],
        ],
    )
    SuppressionList().add("flo@example.org")
    plan = make_plan(data)
    assert plan.attachment_column == "attachment"
    report = plan.validate()
    assert report.total == 6
    assert report.counts == {"ready": 1, "problem": 4, "suppressed": 1, "sent": 0, "unknown": 0}
    by_row = {r.row_number: r for r in report.rows}
    assert "invalid address “not-an-address” in To" in by_row[2].problems
    assert by_row[3].problems == ("no address for “Cy” in To",)
    assert by_row[4].problems == ("same recipients as an earlier row (duplicate)",)
    assert by_row[5].problems[0].startswith("attachment file not found")
    assert by_row[6].status == "suppressed"
    assert not report.can_send(plan.options)
    plan.options.skip_problems = True
    assert report.can_send(plan.options)


def test_missing_column_blocks_the_merge(tmp_path: Path) -> None:
    plan = make_plan(people(tmp_path / "p.csv", 3), letter(subject="{{ grade }}"))
    report = plan.validate()
    assert report.blocked
    assert "no column “grade”" in report.template_problems[0]
    plan.options.skip_problems = True
    assert not report.can_send(plan.options)


def test_fixed_cc_to_every_row_needs_consent(tmp_path: Path) -> None:
    plan = make_plan(people(tmp_path / "p.csv", 3), letter(cc="boss@example.org"))
    report = plan.validate()
    assert report.shared_copies
    assert "boss@example.org" in report.shared_copies[0]
    assert not report.can_send(plan.options)
    plan.options.allow_shared_copies = True
    assert report.can_send(plan.options)


def test_oversized_rows(tmp_path: Path) -> None:
    plan = make_plan(people(tmp_path / "p.csv", 2), letter(text="x" * 5000), size_limit=4000)
    report = plan.validate()
    assert report.counts["problem"] == 2
    assert "over the" in report.rows[0].problems[0]


def test_duplicates_allowed_by_choice_get_distinct_ledger_keys(tmp_path: Path) -> None:
    data = write_csv(
        tmp_path / "d.csv",
        ["name", "email"],
        [["Kid A", "mum@example.org"], ["Kid B", "MUM@example.org"]],
    )
    with MergeLedger() as ledger:
        plan = make_plan(data, ledger=ledger, allow_duplicates=True)
        report = plan.validate()
        assert report.counts["ready"] == 2
        keys = [r.row_key for r in ledger.rows(plan.merge_id)]
        assert len(set(keys)) == 2
        assert keys[0].split(":")[0] == keys[1].split(":")[0]


def test_a_message_without_sender_takes_the_profiles() -> None:
    msg = EmailMultiAlternatives("Hi {{ name }}", "Hello", None, ["{{ email }}"])
    assert msg.from_email == "webmaster@localhost"  # the library's default
    assert MergeTemplate.from_message(msg).from_email == ""


def test_column_map_fills_placeholders_from_other_columns() -> None:
    t = letter(subject="{{ grade }} / {{ row['grade'] }}", to="{{ email }}")
    unmapped = CompiledTemplate(t, ["name", "mail", "Note"])
    assert unmapped.missing_columns() == ["email", "grade"]
    c = CompiledTemplate(t, ["name", "mail", "Note"], column_map={"grade": "Note", "email": "mail"})
    assert c.missing_columns() == []
    r = c.render(1, {"name": "Ann", "mail": "ann@example.org", "Note": "A+"})
    assert (r.subject, r.to) == ("A+ / A+", ["ann@example.org"])
    ignored = CompiledTemplate(t, ["name", "mail"], column_map={"grade": "missing"})
    assert "grade" in ignored.missing_columns()


def test_column_names_match_loosely() -> None:
    c = CompiledTemplate(
        letter(to="{{ email }}", text="{{ firstname }} {{ first_name }}"),
        ["name", "E-mail", "First Name"],
    )
    assert c.missing_columns() == []
    r = c.render(1, {"name": "A", "E-mail": "a@example.org", "First Name": "Ann"})
    assert (r.to, r.text) == (["a@example.org"], "Ann Ann")


def test_two_checks_of_one_ledger_at_once_take_turns(tmp_path: Path) -> None:
    import threading

    data = people(tmp_path / "p.csv", 3000)
    with MergeLedger() as ledger:
        plans = [make_plan(data, ledger=ledger), make_plan(data, letter(subject="x"), ledger)]
        reports: list[object] = []
        errors: list[BaseException] = []

        def check(plan: object) -> None:
            try:
                reports.append(plan.validate())  # type: ignore[attr-defined]
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=check, args=(p,)) for p in plans]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert errors == []
        assert [r.total for r in reports] == [3000, 3000]  # type: ignore[attr-defined]
