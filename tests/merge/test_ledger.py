"""The ledger's states, its run lock, durability settings, and the suppression list."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from composer.merge import LedgerBusy, MergeLedger, SuppressionList, unsubscribe_header
from composer.merge.record.ledger import default_ledger_path, recipient_base

ROOT = Path(__file__).resolve().parents[2]


def scanned(
    ledger: MergeLedger, addresses: list[str], key: str = "k"
) -> tuple[int, int, list[str]]:
    merge_id = ledger.open_merge(key, name=f"merge {key}", csv_path="/x.csv", template="t")
    scan = ledger.begin_scan(merge_id)
    keys = [ledger.scan_row(merge_id, scan, i, [a])[0] for i, a in enumerate(addresses, 1)]
    ledger.end_scan(merge_id)
    return merge_id, scan, keys


def test_lives_in_the_data_dir(composer_home: Path) -> None:
    assert default_ledger_path() == composer_home / "data" / "merges" / "ledger.sqlite"


def test_row_keys_follow_recipients_not_line_numbers() -> None:
    assert recipient_base(["Ann <ANN@example.org>"]) == recipient_base(["ann@example.org"])
    assert recipient_base(["a@example.org", "b@example.org"]) == recipient_base(
        ["b@example.org", "a@example.org"]
    )
    with MergeLedger() as ledger:
        merge_id, _scan, keys = scanned(ledger, ["a@example.org", "b@example.org", "a@example.org"])
        assert keys[0].endswith(":0")
        assert keys[2].endswith(":1")
        assert keys[0].split(":")[0] == keys[2].split(":")[0]
        ledger.mark_sent(merge_id, keys[1], "250 ok")
        # The file is re-sorted: b is now row 1 and keeps its "sent" state.
        scan = ledger.begin_scan(merge_id)
        key, status, occurrence = ledger.scan_row(merge_id, scan, 1, ["b@example.org"])
        ledger.end_scan(merge_id)
        assert (key, status, occurrence) == (keys[1], "sent", 0)
        assert ledger.planned(merge_id, scan, 1) == (keys[1], "sent")


def test_states_and_marks() -> None:
    with MergeLedger() as ledger:
        merge_id, _scan, keys = scanned(ledger, ["a@example.org", "b@example.org"])
        ledger.mark_sending(merge_id, keys[0], "<1@x>", "a@example.org")
        ledger.mark_sent(merge_id, keys[0], "250 queued", message_id="<1@x>")
        ledger.mark_sending(merge_id, keys[1], "<2@x>", "b@example.org")
        first = ledger.row(merge_id, keys[0])
        assert first is not None
        assert (first.status, first.reply, first.message_id) == ("sent", "250 queued", "<1@x>")
        # The "sending" mark is a journal line; the database learns of it at the next run.
        assert ledger.settle_interrupted(merge_id) == 1
        second = ledger.row(merge_id, keys[1])
        assert second is not None
        assert (second.status, second.message_id) == ("unknown", "<2@x>")
        counts = ledger.counts(merge_id)
        assert (counts["sent"], counts["unknown"]) == (1, 1)


def test_a_new_run_finds_rows_left_sending_and_calls_them_in_doubt() -> None:
    with MergeLedger() as ledger:
        merge_id, _scan, keys = scanned(ledger, ["a@example.org", "b@example.org"])
        ledger.mark_sending(merge_id, keys[0], "<1@x>")
    with MergeLedger() as ledger:
        ledger.acquire(merge_id)
        row = ledger.row(merge_id, keys[0])
        assert row is not None
        assert row.status == "unknown"
        assert "most likely delivered" in row.reason
        assert ledger.release_unknown(merge_id) == 1
        assert ledger.row(merge_id, keys[0]).status == "pending"  # type: ignore[union-attr]
        ledger.mark_unknown(merge_id, keys[1], "timed out")
        assert ledger.mark_unknown_sent(merge_id) == 1
        ledger.release(merge_id)


def test_one_process_at_a_time_per_merge() -> None:
    with MergeLedger() as first, MergeLedger() as second:
        merge_id = first.open_merge("k", name="n", csv_path="/x", template="t")
        first.acquire(merge_id)
        first.acquire(merge_id)  # re-entrant within one ledger
        with pytest.raises(LedgerBusy, match=r"since \d\d:\d\d \(process \d+\)"):
            second.acquire(merge_id)
        first.release(merge_id)
        second.acquire(merge_id)
        second.release(merge_id)


def test_a_killed_writer_leaves_its_last_commit(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite"
    with MergeLedger(db) as ledger:
        merge_id, _scan, keys = scanned(ledger, ["a@example.org", "b@example.org"])
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from composer.merge import MergeLedger\n"
        f"l = MergeLedger(Path({str(db)!r}))\n"
        f"l.mark_sending({merge_id}, {keys[0]!r}, '<1@x>')\n"
        f"l.mark_sent({merge_id}, {keys[0]!r}, '250 ok')\n"
        f"l.mark_sending({merge_id}, {keys[1]!r}, '<2@x>')\n"
        "os.kill(os.getpid(), 9)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], env=dict(os.environ, PYTHONPATH=str(ROOT)), check=False
    )
    assert proc.returncode == -9
    with MergeLedger(db) as ledger:
        ledger.acquire(merge_id)
        assert ledger.row(merge_id, keys[0]).status == "sent"  # type: ignore[union-attr]
        second = ledger.row(merge_id, keys[1])
        assert second is not None
        assert (second.status, second.message_id) == ("unknown", "<2@x>")


@pytest.mark.parametrize(("durability", "level"), [("process", 1), ("full", 2)])
def test_durability_levels(tmp_path: Path, durability: str, level: int) -> None:
    with MergeLedger(tmp_path / "l.sqlite", durability=durability) as ledger:  # type: ignore[arg-type]
        assert ledger._db.execute("PRAGMA synchronous").fetchone()[0] == level
        assert ledger._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_merges_are_listed_newest_first_with_counts() -> None:
    clock = iter(range(1_000, 2_000, 10))
    with MergeLedger() as ledger:
        ledger._time = lambda: float(next(clock))  # each change a moment after the last
        oldest, _scan, old_keys = scanned(ledger, ["a@example.org", "b@example.org"], "old")
        middle, _scan, mid_keys = scanned(ledger, ["c@example.org"], "middle")
        scanned(ledger, ["d@example.org"], "new")
        ledger.mark_failed(oldest, old_keys[0], "550 no")
        ledger.mark_sent(middle, mid_keys[0], "250 ok")
        assert [m.key for m in ledger.merges()] == ["new", "middle", "old"]
        ledger.set_outcome(oldest, "finished")  # run again just now: listed first
        merges = ledger.merges()
        assert [m.key for m in merges] == ["old", "new", "middle"]
        assert [(m.counts["failed"], m.counts["pending"], m.counts["sent"]) for m in merges] == [
            (1, 1, 0),
            (0, 1, 0),
            (0, 0, 1),
        ]
        assert [m.last_outcome for m in merges] == ["finished", "", ""]
        ledger.delete_merge(oldest)
        assert [m.key for m in ledger.merges()] == ["new", "middle"]


def test_suppression_list_is_a_readable_file(composer_home: Path) -> None:
    path = composer_home / "data" / "suppression.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("# asked to leave\nBob@Example.org\n\n", encoding="utf-8")
    sup = SuppressionList()
    assert "Bob <bob@example.org>" in sup
    assert "bob@example.com" not in sup
    sup.add("Ann <ann@example.org>")
    assert SuppressionList().addresses() == ["ann@example.org", "bob@example.org"]
    sup.remove("BOB@example.org")
    assert "bob@example.org" not in SuppressionList()
    assert path.read_text(encoding="utf-8").startswith("# ")


def test_unsubscribe_header() -> None:
    assert unsubscribe_header("Leave <Leave@Club.example>") == {
        "List-Unsubscribe": "<mailto:leave@club.example?subject=unsubscribe>"
    }


def test_the_merge_engine_and_cli_load_without_qt() -> None:
    code = (
        "import sys\n"
        "import composer.merge, composer.cli.merge\n"
        "from composer.cli import build_parser\n"
        "build_parser()\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
