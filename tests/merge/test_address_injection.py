"""A data cell never adds a recipient: what the server received, row by row.

The To, Cc and Bcc templates are split into entries before rendering; a cell's content is a
display name (one quoted phrase) or one address, never address-list syntax or a header
line. Every test sends a real merge to aiosmtpd on 127.0.0.1 and compares each envelope
with the one address the row meant.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from merge_helpers import write_csv
from smtpserver import SMTPTestServer

from composer.mail import get_connection
from composer.merge import EngineSettings, MergeEngine, MergeLedger, MergeOptions, MergePlan
from composer.merge import MergeTemplate as Template
from composer.merge.data.csvsource import CsvSource

ATTACKER = "attacker.test"


def factory(server: SMTPTestServer) -> Callable[[], Any]:
    return lambda: get_connection(
        "composer.mail.backends.smtp.EmailBackend", host=server.host, port=server.port, timeout=10
    )


def merge(
    csv_path: Path, server: SMTPTestServer, ledger: MergeLedger, **fields: str
) -> tuple[MergePlan, dict[int, str]]:
    """Check and send with problem rows skipped; returns the plan and row -> status."""
    template = Template(
        **{
            "subject": "Row {{ id }}",
            "text": "Hello {{ name }}",
            "to": "{{ name }} <{{ email }}>",
            "from_email": "office@school.example",
            **fields,
        }
    )
    plan = MergePlan(CsvSource(csv_path), template, ledger, MergeOptions(skip_problems=True))
    report = plan.validate()
    assert not report.blocked, report.template_problems
    statuses = {r.row_number: r.status for r in report.rows}
    MergeEngine(plan, factory(server), EngineSettings(connections=1)).run()
    return plan, statuses


def delivered(server: SMTPTestServer) -> dict[str, tuple[list[str], email.message.EmailMessage]]:
    """Row id (from the subject) -> (envelope recipients, parsed message)."""
    out = {}
    for m in server.messages:
        parsed = email.message_from_bytes(m.data, policy=email.policy.default)
        row_id = str(parsed["Subject"]).removeprefix("Row ")
        assert row_id not in out, f"row {row_id} delivered twice"
        out[row_id] = (m.rcpt_tos, parsed)
    return out


def header_addresses(parsed: email.message.EmailMessage, name: str) -> list[str]:
    header = parsed.get(name)
    return [a.addr_spec for a in header.addresses] if header is not None else []


ATTACK_NAMES = [
    f"Evil <evil@{ATTACKER}>, Kim",
    f"Kim\r\nBcc: evil@{ATTACKER}",
    f"Kim\nBcc: evil@{ATTACKER}",
    f"Kim\x00Cc: evil@{ATTACKER}",
    f"Kim\u2028Bcc: evil@{ATTACKER}",
    f'Kim" <evil@{ATTACKER}>, "x',
    f"evil@{ATTACKER}",
    f"Kim; evil@{ATTACKER}",
    f"=?utf-8?q?evil=40{ATTACKER}?=",
]


def test_the_reported_cells_reach_only_the_rows_address(
    tmp_path: Path, smtp_server: SMTPTestServer
) -> None:
    rows = [[str(i), name, f"row{i}@example.org"] for i, name in enumerate(ATTACK_NAMES, 1)]
    n = len(rows)
    rows += [
        [str(n + 1), "Kim", f"v@example.org, evil@{ATTACKER}"],
        [str(n + 2), "Kim", f"v@example.org\r\nBcc: evil@{ATTACKER}"],
        [str(n + 3), "Kim", f"v@example.org>, <evil@{ATTACKER}"],
        [str(n + 4), "Kim, Chulsoo", "kim@example.kr"],
        [str(n + 5), "김철수", "chulsoo@example.kr"],
    ]
    data = write_csv(tmp_path / "d.csv", ["id", "name", "email"], rows)
    with MergeLedger() as ledger:
        _plan, statuses = merge(data, smtp_server, ledger)
    got = delivered(smtp_server)
    for envelope, _parsed in got.values():
        assert not any(ATTACKER in r for r in envelope)
    # Names holding line breaks or NUL are problems; the others are one quoted phrase.
    clean = {"1", "6", "7", "8", "9"}
    assert set(got) == clean | {str(n + 4), str(n + 5)}
    for row_id in clean:
        envelope, parsed = got[row_id]
        assert envelope == [f"row{row_id}@example.org"]
        assert header_addresses(parsed, "To") == [f"row{row_id}@example.org"]
        assert parsed["Cc"] is None
        assert parsed["Bcc"] is None
    assert str(got["1"][1]["To"].addresses[0].display_name) == f"Evil <evil@{ATTACKER}>, Kim"
    # "Kim, Chulsoo" (Last, First) is one person, not two.
    envelope, parsed = got[str(n + 4)]
    assert envelope == ["kim@example.kr"]
    assert parsed["To"].addresses[0].display_name == "Kim, Chulsoo"
    assert got[str(n + 5)][0] == ["chulsoo@example.kr"]
    for row in (2, 3, 4, 5, n + 1, n + 2, n + 3):
        assert statuses[row] == "problem", row


def test_an_address_cell_with_two_addresses_is_a_problem_the_check_names(
    tmp_path: Path,
) -> None:
    data = write_csv(
        tmp_path / "d.csv",
        ["id", "name", "email", "parent"],
        [
            ["1", "Ann", f"ann@example.org, evil@{ATTACKER}", ""],
            ["2", "Bo", "bo@example.org", f"Mum <mum@example.org>; evil@{ATTACKER}"],
            ["3", "Cy", "cy@example.org", "Dad <dad@example.org>"],
        ],
    )
    with MergeLedger() as ledger:
        plan = MergePlan(
            CsvSource(data),
            Template(
                to="{{ email }}", cc="{{ parent }}", subject="x", from_email="o@school.example"
            ),
            ledger,
        )
        report = plan.validate()
    by_row = {r.row_number: r for r in report.rows}
    assert by_row[1].status == "problem"
    assert "is more than one address" in by_row[1].problems[0]
    assert by_row[2].status == "problem"
    assert by_row[3].status == "ready"
    assert by_row[3].recipients == "cy@example.org, Dad <dad@example.org>"


def test_a_subject_cell_with_a_line_break_is_a_problem_not_a_header(
    tmp_path: Path, smtp_server: SMTPTestServer
) -> None:
    data = write_csv(
        tmp_path / "d.csv",
        ["id", "name", "email"],
        [
            ["1\r\nBcc: evil@attacker.test", "Ann", "ann@example.org"],
            ["2\x00X-Evil: 1", "Bo", "bo@example.org"],
            ["3\u2028Bcc: evil@attacker.test", "Cy", "cy@example.org"],
            ["4", "Di", "di@example.org"],
        ],
    )
    with MergeLedger() as ledger:
        _plan, statuses = merge(data, smtp_server, ledger)
    assert [statuses[i] for i in (1, 2, 3, 4)] == ["problem", "problem", "problem", "ready"]
    assert [m.rcpt_tos for m in smtp_server.messages] == [["di@example.org"]]


local = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyz0123456789._+-", min_size=1, max_size=10
).filter(lambda s: not s.startswith(".") and not s.endswith(".") and ".." not in s)
injections = st.sampled_from(
    [", ", "; ", ",", "\r\n", "\n", "\r", "\x00", "\u2028", "\u0085", ">, <", '", "', " ", ""]
)
attack_tail = st.builds(
    lambda sep, extra, kind: f"{sep}{kind}evil{extra}@{ATTACKER}",
    injections,
    st.integers(0, 9),
    st.sampled_from(["", "Bcc: ", "Cc: ", "To: ", "Evil <", '"x" <']),
)
any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=15)
names = st.one_of(
    any_text,
    st.builds(lambda a, b: a + b, any_text, attack_tail),
    st.sampled_from([*ATTACK_NAMES, "Kim, Chulsoo", "김철수", '"Quoted"', "O'Brien", ""]),
)


@st.composite
def rows(draw: st.DrawFn) -> list[tuple[str, str, str | None]]:
    """(name cell, email cell, the one address the row means or None if the cell is bad)."""
    out = []
    for i in range(draw(st.integers(1, 6))):
        good = f"r{i}.{draw(local)}@example.org"
        if draw(st.booleans()):
            out.append((draw(names), good, good))
        else:
            tail = draw(attack_tail)
            out.append((draw(names), good + tail if draw(st.booleans()) else tail + good, None))
    return out


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=rows(), cc_template=st.sampled_from(["", "{{ email }}", "{{ name }} <{{ email }}>"]))
def test_every_envelope_is_exactly_the_rows_address(
    tmp_path_factory: Any, smtp_server: SMTPTestServer, data: list[Any], cc_template: str
) -> None:
    folder = tmp_path_factory.mktemp("rows")
    csv_path = write_csv(
        folder / "d.csv",
        ["id", "name", "email"],
        [[str(i), name, cell] for i, (name, cell, _meant) in enumerate(data, 1)],
    )
    with smtp_server.lock:
        smtp_server.messages.clear()
    with MergeLedger(folder / "ledger.sqlite") as ledger:
        _plan, statuses = merge(csv_path, smtp_server, ledger, bcc=cc_template)
    got = delivered(smtp_server)
    for row_id, (envelope, parsed) in got.items():
        _name, _cell, meant = data[int(row_id) - 1]
        assert meant is not None, (row_id, envelope)
        assert set(envelope) == {meant}, (row_id, envelope)
        assert header_addresses(parsed, "To") == [meant]
        assert parsed["Cc"] is None
        assert parsed["Bcc"] is None
    for i, (name, _cell, meant) in enumerate(data, 1):
        # A row is sent exactly when its address cell is one address and its name has no
        # line break; the check said so before anything was sent.
        name_ok = not any((ord(c) < 32 and c != "\t") or c in "\x7f\x85\u2028\u2029" for c in name)
        should_go = meant is not None and name_ok
        assert (str(i) in got) == should_go, (i, name, _cell)
        assert (statuses[i] == "ready") == should_go, (i, statuses[i])


label = st.text(alphabet="abcxyz019-é김", min_size=1, max_size=8)
address_text = st.one_of(
    st.builds(lambda a, d, t: f"{a}@{d}.{t}", local, label, st.sampled_from(["org", "kr", "한국"])),
    st.text(alphabet=st.sampled_from(list("abcXYZ09.-_+@,;<>\"'() \\é김\u2028\x00")), max_size=20),
)


@settings(max_examples=500)
@given(name=any_text, address=address_text)
def test_a_built_mailbox_is_one_address_to_the_mail_library(name: str, address: str) -> None:
    from composer.mail.message import envelope_address
    from composer.merge.templates.addresses import format_mailbox, has_control, is_addr_spec

    if not is_addr_spec(address) or has_control(name):
        return
    mailbox = format_mailbox(name, address)
    _sanitised, spec = envelope_address(mailbox, "utf-8")
    local, _, domain = address.rpartition("@")
    assert spec.rpartition("@")[0] == local
    assert spec.rpartition("@")[2] == domain.encode("idna").decode("ascii")
    parsed = email.utils.getaddresses([mailbox])
    assert len(parsed) == 1
    assert parsed[0][1] == address


ascii_address = st.text(alphabet=st.sampled_from(list("ab09.-_+@!#%'")), min_size=1, max_size=16)


@settings(max_examples=500)
@given(text=st.one_of(ascii_address, st.builds(lambda a, b: f"{a}@{b}.org", local, local)))
def test_the_fast_ascii_check_agrees_with_the_general_one(text: str) -> None:
    from composer.merge.templates import addresses

    assert addresses.is_addr_spec(text) == addresses.general_is_addr_spec(text)


def test_an_unsubscribe_address_is_one_address(tmp_path: Path) -> None:
    data = write_csv(tmp_path / "d.csv", ["id", "name", "email"], [["1", "Ann", "a@example.org"]])
    for mailto, ok in (
        ("leave@school.example", True),
        ("leave@school.example>, <mailto:evil@attacker.test", False),
        ("leave@school.example\r\nBcc: evil@attacker.test", False),
    ):
        with MergeLedger() as ledger:
            plan = MergePlan(
                CsvSource(data),
                Template(to="{{ email }}", subject="x", from_email="o@school.example"),
                ledger,
                MergeOptions(unsubscribe_mailto=mailto),
            )
            assert (plan.validate().template_problems == []) == ok, mailto


def test_a_cell_that_looks_like_an_encoded_word_reads_as_written(
    tmp_path: Path, smtp_server: SMTPTestServer
) -> None:
    """A cell holding ``=?utf-8?b?...?=`` is text, not header syntax: the recipient's mail
    reader (which decodes encoded words, even inside quotes) shows the cell's characters,
    in the display name and in the subject, never what they would spell."""
    sneaky = "=?utf-8?b?7ZWt6rO1?="  # would read as 항공
    long_one = "x" * 50 + f" =?utf-8?q?evil=40{ATTACKER}?= " + "y" * 50
    data = write_csv(
        tmp_path / "d.csv",
        ["id", "name", "email", "topic"],
        [["1", sneaky, "one@example.org", sneaky], ["2", long_one, "two@example.org", long_one]],
    )
    with MergeLedger() as ledger:
        merge(data, smtp_server, ledger, subject="Row {{ id }}: {{ topic }}")
    by_rcpt = {
        m.rcpt_tos[0]: email.message_from_bytes(m.data, policy=email.policy.default)
        for m in smtp_server.messages
    }
    for address, cell, row in (("one@example.org", sneaky, 1), ("two@example.org", long_one, 2)):
        parsed = by_rcpt[address]
        assert parsed["To"].addresses[0].display_name == cell
        assert parsed["To"].addresses[0].addr_spec == address
        assert str(parsed["Subject"]) == f"Row {row}: {cell}"
    assert all(len(line) <= 998 for m in smtp_server.messages for line in m.data.split(b"\r\n"))
