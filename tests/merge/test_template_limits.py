"""A template that is wrong or does too much gets a sentence naming the field and line.

Never a traceback and never a hang: unknown filters, ``{% include %}``, macros, recursion,
ranges beyond the sandbox's, nested loops, exponentials and strings grown without end.
The hang checks render on a worker thread and give it a generous deadline: a bounded
template finishes in well under a second, an unbounded one would never.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from merge_helpers import letter, make_plan, people

from composer.merge import CompiledTemplate, MergeTemplate, RenderError, TemplateSyntaxProblem


def render_text(text: str, **values: str) -> str:
    compiled = CompiledTemplate(letter(text=text), ["name", "email"])
    return compiled.render(1, {"name": "Kim", "email": "k@example.org", **values}).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hi\n{{ name|no_such_filter }}", "text body has a placeholder error on line 2"),
        ("{% include 'other.html' %}", "uses {% include %} on line 1"),
        ("{% import 'x' as x %}", "uses {% import %} on line 1"),
        ("{% extends 'base' %}", "uses {% extends %} on line 1"),
        ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "uses {% macro %}"),
        ("{% for c in name recursive %}{{ loop(name) }}{% endfor %}", "recursive"),
        ("{{ name ", "placeholder error on line 1"),
    ],
)
def test_template_errors_are_one_sentence(text: str, expected: str) -> None:
    with pytest.raises(
        TemplateSyntaxProblem, match=expected.replace("{", r"\{").replace("(", r"\(")
    ):
        CompiledTemplate(letter(text=text), ["name", "email"])


WORK = [
    "line 1\n{% for a in range(100000) %}{% for b in range(100000) %}x{% endfor %}{% endfor %}",
    "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}",
    "{{ range(10 ** 10) }}",
    "{{ 10 ** (10 ** 10) }}",
    "{{ name * 1000000000 }}",
    "{{ (name * 1000) * 1000000 }}",
    "{% set ns = namespace(s=name) %}{% for i in range(64) %}{% set ns.s = ns.s ~ ns.s %}"
    "{% endfor %}{{ ns.s|length }}",
    "{% set ns = namespace(s=name) %}{% for i in range(64) %}{% set ns.s = ns.s + ns.s %}"
    "{% endfor %}{{ ns.s|length }}",
    "{% set ns = namespace(l=[1]) %}{% for i in range(64) %}{% set ns.l = [ns.l, ns.l] %}"
    "{% endfor %}{{ ns.l }}",
    "{% set ns = namespace(l=[1]) %}{% for i in range(64) %}{% set ns.l = [ns.l, ns.l] %}"
    "{% endfor %}{{ ns.l|tojson }}",
    "{{ name|center(10 ** 9) }}",
    "{{ name.ljust(10 ** 9) }}",
    "{{ '{:>999999999}'.format(name) }}",
    "{{ '%999999999s'|format(name) }}",
    "{{ (name * 10000)|replace('', name * 10000) }}",
    "{{ lipsum(100000) }}",
    "{% for i in range(100000) %}{{ name * 100000 }}{% endfor %}",
]


@pytest.mark.parametrize("text", WORK)
def test_work_without_end_is_a_row_problem_not_a_hang(text: str) -> None:
    outcome: list[BaseException | str] = []

    def render() -> None:
        try:
            outcome.append(render_text(text))
        except (RenderError, TemplateSyntaxProblem) as exc:
            outcome.append(exc)

    worker = threading.Thread(target=render, daemon=True)
    worker.start()
    worker.join(30)
    assert not worker.is_alive(), "the template is still rendering"
    (result,) = outcome
    assert isinstance(result, RenderError | TemplateSyntaxProblem), len(str(result))


def test_a_render_error_names_the_field_and_the_line() -> None:
    with pytest.raises(RenderError, match=r"text body, line 3: .*too large"):
        render_text("one\ntwo\n{{ name.center(10 ** 7) }}")
    with pytest.raises(RenderError, match=r"text body, line 2: Range too big"):
        render_text("one\n{{ range(10 ** 6)|list }}")
    with pytest.raises(RenderError, match=r"Subject.*undefined"):
        CompiledTemplate(
            letter(subject="{{ row['nope'] if false else missing_thing }}"), ["name", "email"]
        ).render(1, {"name": "x", "email": "x@example.org"})


def test_ordinary_logic_still_works() -> None:
    text = (
        "{% for item in name.split(',') %}- {{ item|trim|upper }}\n{% endfor %}"
        "{{ '{:,}'.format(1500000) }} {{ (1500000 * 3)|string }} {{ 'ab' * 3 }}"
        "{% if name|length > 2 %} long{% endif %} {{ name ~ '!' }}"
    )
    assert render_text(text, name="a, b") == "- A\n- B\n1,500,000 4500000 ababab long a, b!"


def test_every_row_with_a_failing_template_is_a_problem(tmp_path: Path) -> None:
    plan = make_plan(people(tmp_path / "p.csv", 3), letter(text="{{ range(10 ** 6) }}"))
    report = plan.validate()
    assert report.counts["problem"] == 3
    assert "cannot render: text body, line 1: Range too big" in report.rows[0].problems[0]


def test_templates_that_are_not_messages(tmp_path: Path) -> None:
    nested = tmp_path / "nested.eml"
    depth = 3000
    parts = [f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n' for i in range(depth)]
    nested.write_text("Subject: deep\n" + "".join(parts) + "\n", encoding="ascii")
    with pytest.raises(TemplateSyntaxProblem, match="nested"):
        MergeTemplate.from_eml(nested)
    odd = tmp_path / "odd.eml"
    odd.write_bytes(
        b"Subject: Hi {{ name }}\nTo: {{ email }}\n"
        b"Content-Type: text/plain; charset=x-no-such-charset\n\nHello {{ name }}\n"
    )
    with pytest.raises(TemplateSyntaxProblem, match="x-no-such-charset"):
        MergeTemplate.from_eml(odd)


def test_an_attachment_with_a_broken_content_type_still_builds(tmp_path: Path) -> None:
    eml = tmp_path / "t.eml"
    eml.write_bytes(
        b'To: {{ email }}\nSubject: x\nContent-Type: multipart/mixed; boundary="q"\n\n'
        b"--q\nContent-Type: text/plain\n\nHi\n"
        b'--q\nContent-Type: text\x0c/plain\nContent-Disposition: attachment; filename="a\rb"\n\n'
        b"abc\n--q--\n"
    )
    template = MergeTemplate.from_eml(eml)
    ((name, _content, mimetype),) = template.attachments
    assert mimetype == "application/octet-stream"
    assert "\r" not in name
    rendered = CompiledTemplate(template, ["email"]).render(1, {"email": "a@example.org"})
    assert (
        b"Content-Type: application/octet-stream"
        in rendered.to_email("o@example.org").message().as_bytes()
    )
