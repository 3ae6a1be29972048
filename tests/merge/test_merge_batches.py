"""The merge's cheaper paths record and decide exactly what the row-by-row ones did.

The check pass hands the ledger its rows in batches (:meth:`MergeLedger.scan_rows`), each
row's envelope is worked out once for both passes (:mod:`composer.merge.record.envelope`),
mailboxes of the plain form are read in one match, and a run draws its Message-IDs from
one random part (:mod:`composer.merge.sending.msgids`). Row keys are what stops a resumed
merge from sending twice, so they must come out the same, to the character.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import sqlite3
from pathlib import Path

import pytest
from engine_helpers import run
from hypothesis import given, settings
from hypothesis import strategies as st
from merge_helpers import make_plan, people
from smtpserver import SMTPTestServer

from composer.merge import MergeLedger
from composer.merge.record.envelope import envelope_of
from composer.merge.record.ledger import recipient_base
from composer.merge.record.suppression import SuppressionList, bare_address
from composer.merge.sending.msgids import MessageIds
from composer.merge.templates.render import RenderedMessage, simple_addresses

POOL = [
    "ann@example.org",
    "Ann <ANN@example.org>",
    "bob@example.org",
    "김철수 <kim@example.kr>",
    '"Doe, John" <john@example.org>',
    "carol@example.org",
]


def _reference_bare(address: str) -> str:
    """bare_address as it was before its one-match path (the parser's answer)."""
    if "<" not in address and "(" not in address and '"' not in address:
        return address.strip().lower()
    simple = simple_addresses(address)
    if simple is not None and len(simple) == 1:
        return simple[0][1].lower()
    return (email.utils.parseaddr(address)[1] or address).strip().lower()


def _rendered(to: list[str], cc: tuple[str, ...] = ()) -> RenderedMessage:
    return RenderedMessage(1, "s", "t", "", list(to), list(cc), [], [], [], [], {})


def _ledger_rows(path: Path) -> list[tuple[object, ...]]:
    db = sqlite3.connect(path)
    try:
        return db.execute(
            "SELECT row_key, row_number, scan, recipients, status FROM rows ORDER BY row_key"
        ).fetchall()
    finally:
        db.close()


rows_strategy = st.lists(
    st.lists(st.sampled_from(POOL), min_size=0, max_size=2), min_size=1, max_size=40
)


@given(
    first=rows_strategy,
    second=rows_strategy,
    sent=st.sets(st.integers(0, 39)),
    cuts=st.lists(st.integers(1, 7), min_size=1, max_size=5),
)
@settings(max_examples=25, deadline=None)
def test_batched_scan_gives_the_keys_and_states_of_row_by_row(
    tmp_path_factory: pytest.TempPathFactory,
    first: list[list[str]],
    second: list[list[str]],
    sent: set[int],
    cuts: list[int],
) -> None:
    """Two passes (the second after some rows were sent): the same keys, duplicates counted
    across batch ends, earlier states found, the same rows in the database."""
    folder = tmp_path_factory.mktemp("scan")
    results: dict[str, list[list[tuple[str, str, int]]]] = {}
    for how in ("one", "batch"):
        path = folder / how / "ledger.sqlite"
        with MergeLedger(path) as ledger:
            merge_id = ledger.open_merge("k", name="n", csv_path="c.csv", template="t")
            passes = []
            for number, rows in enumerate((first, second)):
                scan = ledger.begin_scan(merge_id)
                if how == "one":
                    got = [ledger.scan_row(merge_id, scan, i, r) for i, r in enumerate(rows, 1)]
                else:
                    got = []
                    items = [(i, r, None) for i, r in enumerate(rows, 1)]
                    at = 0
                    while at < len(items):
                        size = cuts[len(got) % len(cuts)]
                        got += ledger.scan_rows(merge_id, scan, items[at : at + size])
                        at += size
                ledger.end_scan(merge_id)
                passes.append(got)
                if number == 0:
                    for i, (key, _status, _n) in enumerate(got):
                        if i in sent:
                            ledger.mark_sent(merge_id, key, "250 ok")
            results[how] = passes
    assert results["batch"] == results["one"]
    assert _ledger_rows(folder / "batch" / "ledger.sqlite") == _ledger_rows(
        folder / "one" / "ledger.sqlite"
    )


mailbox_chars = st.characters(blacklist_categories=("Cs",))


@given(st.lists(st.one_of(st.sampled_from(POOL), st.text(mailbox_chars, max_size=30)), max_size=4))
@settings(max_examples=200)
def test_envelope_keys_rows_as_recipient_base_does(to: list[str]) -> None:
    envelope = envelope_of(_rendered(to))
    assert envelope.base == recipient_base(to)
    assert envelope.bare == tuple(bare_address(a) for a in to)
    assert envelope_of(_rendered(to)) == envelope


@given(
    st.text(mailbox_chars, max_size=20),
    st.text(mailbox_chars, min_size=1, max_size=20),
    st.text(mailbox_chars, min_size=1, max_size=20),
)
@settings(max_examples=500)
def test_plain_mailbox_match_reads_what_the_parser_reads(name: str, local: str, host: str) -> None:
    for box in (f"{name} <{local}@{host}>", f"{name.strip()} <{local}@{host}>"):
        assert bare_address(box) == _reference_bare(box)
    korean = f"김 {name.split(' ')[0] or 'x'} <{local}@{host}>"
    assert bare_address(korean) == _reference_bare(korean)


def test_suppressed_rows_are_found_from_the_kept_envelope(tmp_path: Path) -> None:
    suppression = SuppressionList(tmp_path / "suppression.txt")
    suppression.add("BOB@example.org")
    envelope = envelope_of(_rendered(["Ann <ann@example.org>"], ["Bob B <bob@example.org>"]))
    assert suppression.first_suppressed(envelope.recipients, envelope.bare) == (
        "Bob B <bob@example.org>"
    )
    assert SuppressionList(tmp_path / "empty.txt").first_suppressed(envelope.recipients) is None


def test_a_stopped_check_records_no_row_it_did_not_check(tmp_path: Path) -> None:
    data = people(tmp_path / "p.csv", 1300)
    with MergeLedger() as ledger:
        plan = make_plan(data, ledger=ledger)
        report = plan.validate(should_stop=lambda: True)
        assert report.total == 500
        assert not report.listed_all
        recorded = ledger.counts(plan.merge_id, report.scan)
        assert sum(recorded.values()) == 500


def test_message_ids_are_unique_across_rows_and_runs() -> None:
    first, second = MessageIds("school.example"), MessageIds("school.example")
    ids = [first.next() for _ in range(1000)] + [second.next() for _ in range(1000)]
    assert len(set(ids)) == 2000
    for mid in ids[:3] + ids[-3:]:
        assert mid.startswith("<")
        assert mid.endswith("@school.example>")
        assert email.utils.parseaddr(mid[1:-1])[1] == mid[1:-1]


def test_each_message_goes_out_with_its_own_message_id_as_recorded(tmp_path: Path) -> None:
    data = people(tmp_path / "p.csv", 30)
    with SMTPTestServer(pipelining=True) as server, MergeLedger() as ledger:
        result, engine = run(data, server, ledger)
        assert result.progress.sent == 30
        recorded = {r.message_id for r in ledger.rows(engine.plan.merge_id)}
        received = [
            email.message_from_bytes(m.data, policy=email.policy.default)["Message-ID"]
            for m in server.messages
        ]
        assert len(set(received)) == 30
        assert set(received) == recorded
        assert all(mid.endswith("@school.example>") for mid in received)
