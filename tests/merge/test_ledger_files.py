"""The ledger's files: a damaged ledger is refused (never recreated), the journal rebuilds
it without resending anything, and everything is readable by the user alone."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from engine_helpers import received_to, run, statuses
from merge_helpers import people
from smtpserver import SMTPTestServer

from composer.merge import EngineSettings, LedgerDamaged, LedgerError, MergeLedger
from composer.merge.record.journal import journal_folder
from composer.merge.record.ledger import default_ledger_path
from composer.merge.record.repair import repair_ledger

ROOT = Path(__file__).resolve().parents[2]


def sent_merge(tmp_path: Path, server: SMTPTestServer, n: int = 8) -> tuple[Path, dict[str, str]]:
    """A merge of *n* rows sent through *server*; returns the data file and row states."""
    data = people(tmp_path / "p.csv", n)
    with MergeLedger() as ledger:
        result, engine = run(data, server, ledger)
        assert result.outcome == "finished"
        return data, statuses(ledger, engine.plan.merge_id)


def _damage(path: Path, how: str) -> str:
    """Damage the ledger *how*; returns words the refusal must contain."""
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    if how == "empty":
        path.write_bytes(b"")
        return "empty"
    if how == "truncated":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
        return "cut short"
    if how == "garbage":
        path.write_bytes(os.urandom(8192))
        return "not a SQLite database"
    if how == "folder":
        path.unlink()
        path.mkdir()
        return "folder"
    if how == "missing":
        path.unlink()
        return "missing"
    if how == "foreign":
        import sqlite3

        path.unlink()
        db = sqlite3.connect(path)
        db.execute("CREATE TABLE notes(x)")
        db.commit()
        db.close()
        return "not a Composer merge record"
    raise AssertionError(how)


@pytest.mark.parametrize("how", ["empty", "truncated", "garbage", "folder", "missing", "foreign"])
def test_a_damaged_ledger_is_refused_then_rebuilt_without_resending(
    tmp_path: Path, how: str
) -> None:
    with SMTPTestServer() as server:
        data, before = sent_merge(tmp_path, server)
        path = default_ledger_path()
        words = _damage(path, how)
        with pytest.raises(LedgerDamaged) as refused:
            MergeLedger()
        text = str(refused.value)
        assert words in text
        assert str(path) in text
        assert "composer merge --repair-ledger" in text
        assert "could send messages twice" in text
        report = repair_ledger()
        assert (report.merges, report.sent, report.in_doubt) == (1, 8, 0)
        if how != "missing":
            assert report.kept_as is not None
            assert report.kept_as.name.startswith("ledger.sqlite.damaged-")
        with MergeLedger() as ledger:
            again, engine = run(data, server, ledger)
            assert again.progress.total == 0  # nothing is sent again
            assert statuses(ledger, engine.plan.merge_id) == before
        assert set(received_to(server).values()) == {1}


def test_a_ledger_damaged_inside_stops_the_run_with_a_message(tmp_path: Path) -> None:
    with SMTPTestServer() as server:
        data, _before = sent_merge(tmp_path, server, n=400)
        path = default_ledger_path()
        raw = bytearray(path.read_bytes())
        page = int.from_bytes(raw[16:18], "big")
        for offset in range(page * 2, len(raw), page):  # every page but the first
            raw[offset : offset + 64] = b"\xee" * 64
        path.write_bytes(bytes(raw))
        with pytest.raises(LedgerError, match="cannot be read"), MergeLedger() as ledger:
            run(data, server, ledger)
        assert sum(received_to(server).values()) == 400


def test_the_repair_keeps_rows_in_doubt_in_doubt(tmp_path: Path) -> None:
    data = people(tmp_path / "p.csv", 6)
    with SMTPTestServer() as server:
        server.data_behaviour = lambda e: (
            "store_then_drop" if e.rcpt_tos == ["p3@example.org"] else None
        )
        with MergeLedger() as ledger:
            result, _engine = run(data, server, ledger)
            assert result.progress.in_flight == 1
        _damage(default_ledger_path(), "empty")
        report = repair_ledger()
        assert (report.sent, report.in_doubt) == (5, 1)
        with MergeLedger() as ledger:
            again, engine = run(data, server, ledger)
            assert again.progress.total == 0
            assert statuses(ledger, engine.plan.merge_id)["p3@example.org"] == "unknown"
        assert set(received_to(server).values()) == {1}


def test_no_repair_of_a_readable_ledger_nor_without_a_journal(tmp_path: Path) -> None:
    with SMTPTestServer() as server:
        sent_merge(tmp_path, server)
    with pytest.raises(LedgerError, match="nothing to repair"):
        repair_ledger()
    other = tmp_path / "other" / "ledger.sqlite"
    other.parent.mkdir()
    other.write_bytes(b"")
    with pytest.raises(LedgerDamaged, match=r"Restore .* from a backup"):
        MergeLedger(other)
    with pytest.raises(LedgerError, match="no journal to rebuild it from"):
        repair_ledger(other)


def test_a_ledger_from_before_journals_gets_them_when_first_opened(tmp_path: Path) -> None:
    with SMTPTestServer() as server:
        data, _before = sent_merge(tmp_path, server)
        folder = journal_folder(default_ledger_path())
        for p in folder.iterdir():
            p.unlink()  # as an older Composer left it: no journals at all
        folder.rmdir()
        MergeLedger().close()
        (journal,) = folder.glob("*.jsonl")
        lines = [json.loads(x) for x in journal.read_text().splitlines()]
        assert lines[0]["e"] == "merge"
        assert sum(1 for x in lines if x["e"] == "sent") == 8
        _damage(default_ledger_path(), "garbage")
        assert repair_ledger().sent == 8
        with MergeLedger() as ledger:
            again, _engine = run(data, server, ledger)
            assert again.progress.total == 0


def test_a_crash_while_the_ledger_is_created_leaves_no_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "new" / "ledger.sqlite"
    code = (
        "import os, sqlite3\n"
        "from pathlib import Path\n"
        "from composer.merge.record import ledgerfile\n"
        "real = sqlite3.connect\n"
        "def dying(*a, **k):\n"
        "    db = real(*a, **k)\n"
        "    os.kill(os.getpid(), 9)\n"
        "sqlite3.connect = dying\n"
        "from composer.merge import MergeLedger\n"
        f"MergeLedger(Path({str(path)!r}))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], env=dict(os.environ, PYTHONPATH=str(ROOT)), check=False
    )
    assert proc.returncode == -9
    assert not path.exists()  # only a temporary file, never an empty ledger
    with MergeLedger(path) as ledger:
        assert ledger.merges() == []


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_ledger_is_readable_by_the_user_alone(tmp_path: Path) -> None:
    with SMTPTestServer() as server:
        data, _ = sent_merge(tmp_path, server)
        path = default_ledger_path()
        folder = path.parent
        journals = journal_folder(path)

        def files() -> list[Path]:
            return [p for p in (*folder.iterdir(), *journals.iterdir()) if p.is_file()]

        def check() -> None:
            assert _mode(folder) == 0o700
            assert _mode(journals) == 0o700
            found = files()
            assert {p.name for p in found} >= {"ledger.sqlite", "complete"}
            assert any(p.suffix == ".jsonl" for p in found)
            assert any(p.suffix == ".lock" for p in found)
            for p in found:
                assert _mode(p) == 0o600, p

        with MergeLedger() as ledger:  # open: the -wal and -shm files exist too
            run(data, server, ledger)
            check()
        # Made wider by another program (or an older Composer): narrowed again.
        for p in files():
            p.chmod(0o644)
        folder.chmod(0o755)
        journals.chmod(0o755)
        with MergeLedger() as ledger:
            run(data, server, ledger, settings=EngineSettings(connections=2))
            check()
