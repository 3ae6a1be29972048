"""The fast paths give exactly what the general ones give (property tests)."""

from __future__ import annotations

import email.utils

import jinja2
from hypothesis import given, settings
from hypothesis import strategies as st
from jinja2.sandbox import SandboxedEnvironment

from composer.merge.record.suppression import bare_address
from composer.merge.templates.addresses import has_control
from composer.merge.templates.render import CompiledTemplate, MergeTemplate, simple_addresses

atom = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789._+-", min_size=1, max_size=12)
domain = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=10),
    min_size=2,
    max_size=3,
).map(".".join)
address = st.builds(lambda a, d: f"{a}@{d}", atom, domain)
name = st.text(
    alphabet=st.characters(
        blacklist_characters='<>@,;:"()[]\\\r\n', blacklist_categories=("Cc", "Cs")
    ),
    max_size=20,
)
mailbox = st.one_of(address, st.builds(lambda n, a: f"{n} <{a}>", name, address))


@given(st.lists(mailbox, min_size=1, max_size=4))
@settings(max_examples=300)
def test_simple_addresses_agree_with_the_rfc5322_parser(boxes: list[str]) -> None:
    value = ", ".join(boxes)
    fast = simple_addresses(value)
    assert fast is not None
    slow = email.utils.getaddresses([value])
    assert [a for _n, a in fast] == [a for _n, a in slow]
    assert [" ".join(n.split()) for n, _a in fast] == [" ".join(n.split()) for n, _a in slow]


@given(mailbox)
def test_bare_address_agrees_with_parseaddr(box: str) -> None:
    assert bare_address(box) == (email.utils.parseaddr(box)[1] or box).strip().lower()


def test_forms_that_need_the_full_parser_are_handed_over() -> None:
    assert simple_addresses('"Doe, John" <j@example.org>') is None
    assert simple_addresses("j@example.org (John)") is None
    assert simple_addresses("team: a@example.org, b@example.org;") is None


text = st.text(
    alphabet=st.characters(blacklist_characters="{}%#", blacklist_categories=("Cs",)), max_size=30
)
values = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20)


@given(text, text, values, values)
@settings(max_examples=300)
def test_plain_placeholders_render_like_jinja(a: str, b: str, v1: str, v2: str) -> None:
    source = f"{a}{{{{ name }}}}{b}{{{{ row['Last Name'] }}}}{a}"
    template = MergeTemplate(subject=source, text=source, html=source, to="{{ email }}")
    compiled = CompiledTemplate(template, ["name", "Last Name", "email"])
    assert {"subject", "text", "html"} <= set(compiled._plain)
    values_ = {"name": v1, "Last Name": v2, "email": "x@example.org"}
    rendered = compiled.render(1, values_)
    ctx = {"name": v1, "last_name": v2, "email": "x@example.org", "row": values_}
    plain_env = SandboxedEnvironment(undefined=jinja2.StrictUndefined)
    html_env = SandboxedEnvironment(undefined=jinja2.StrictUndefined, autoescape=True)
    expected_text = plain_env.from_string(source).render(ctx)
    assert rendered.text == expected_text
    assert rendered.html == html_env.from_string(source).render(ctx)
    # A subject is one line: a data value that breaks it is a problem of the row.
    assert rendered.subject == expected_text.replace("\t", " ")
    assert bool(rendered.problems) == has_control(expected_text)


def test_templates_with_logic_still_use_jinja() -> None:
    template = MergeTemplate(
        text="{% if grade == 'A' %}Well done{% else %}Keep going{% endif %}, {{ name|upper }}",
        to="{{ email }}",
    )
    compiled = CompiledTemplate(template, ["name", "grade", "email"])
    assert "text" not in compiled._plain
    out = compiled.render(1, {"name": "jo", "grade": "A", "email": "j@example.org"})
    assert out.text == "Well done, JO"
