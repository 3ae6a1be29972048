"""The database's "sent" marks go in batches; the journal keeps a kill from resending.

A real subprocess sends a merge over SMTP to aiosmtpd on 127.0.0.1 and is killed with
SIGKILL right after it journalled the next row's "sending", while the "sent" marks of the
rows before are in the journal but not yet committed to the database. Opening the ledger
must show those rows "sent" (with their Message-IDs), the row that was going out stays in
doubt, and a resume sends none of them again: the server's record says so.
"""

from __future__ import annotations

import collections
import os
import signal
import subprocess
import sys
from email import message_from_bytes
from pathlib import Path

from engine_helpers import factory, received_to, statuses
from merge_helpers import letter, make_plan, people
from smtpserver import SMTPTestServer

from composer.merge import EngineSettings, MergeEngine, MergeLedger
from composer.merge.record.sentbatch import BATCH_ROWS

ROOT = Path(__file__).resolve().parents[2]

# The child: sends the merge, and at the (KILL_AT)th "sending" mark reports how many rows
# the database has as sent (from its own connection) and kills itself with SIGKILL.
CHILD = """
import os, signal, sqlite3, sys
from pathlib import Path
sys.path.insert(0, sys.argv[5])
from merge_helpers import letter, make_plan
from composer.mail import get_connection
from composer.merge import EngineSettings, MergeEngine, MergeLedger

ledger_path, csv_path, port, kill_at = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
ledger = MergeLedger(Path(ledger_path))
ledger.sent_batch.seconds = 3600.0  # only the batch's size commits it: the kill lands first
plan = make_plan(Path(csv_path), letter(), ledger)
plan.validate()
marked = 0
mark_sending = ledger.mark_sending

def mark(*args, **kw):
    global marked
    mark_sending(*args, **kw)
    marked += 1
    if marked == kill_at:
        db = sqlite3.connect(ledger_path)
        (n,) = db.execute("SELECT COUNT(*) FROM rows WHERE status='sent'").fetchone()
        print(n, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)

ledger.mark_sending = mark
MergeEngine(
    plan,
    lambda: get_connection(
        "composer.mail.backends.smtp.EmailBackend", host="127.0.0.1", port=port, timeout=5
    ),
    EngineSettings(connections=1),
).run()
"""


def _message_ids(server: SMTPTestServer) -> dict[str, str]:
    with server.lock:
        return {
            m.rcpt_tos[0]: str(message_from_bytes(m.data)["Message-ID"]) for m in server.messages
        }


def test_a_kill_before_the_batch_commit_resends_nothing(tmp_path: Path) -> None:
    n, kill_at = 120, 51  # rows 1-50 sent, row 51 going out: all inside one batch
    assert kill_at < BATCH_ROWS
    csv_path = people(tmp_path / "people.csv", n)
    ledger_path = tmp_path / "ledger" / "ledger.sqlite"
    with SMTPTestServer(pipelining=True) as server:
        proc = subprocess.run(
            [
                sys.executable,
                "-c",
                CHILD,
                str(ledger_path),
                str(csv_path),
                str(server.port),
                str(kill_at),
                str(Path(__file__).parent),
            ],
            env=dict(os.environ, PYTHONPATH=str(ROOT)),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert proc.returncode == -signal.SIGKILL, proc.stderr
        # The kill landed between the journal's "sent" lines and the database's commit.
        assert int(proc.stdout) == 0
        got = received_to(server)
        assert len(got) == kill_at - 1  # row 51's end of data never went out
        ids = _message_ids(server)

        with MergeLedger(ledger_path) as ledger:
            (merge,) = ledger.merges()
            # Opening the ledger is enough: no run needed to see what went out.
            rows = {r.recipients.split("<")[-1].rstrip(">"): r for r in ledger.rows(merge.id)}
            sent = {a for a, r in rows.items() if r.status == "sent"}
            assert sent == set(got)
            for address in sent:
                assert rows[address].message_id == ids[address]

            plan = make_plan(csv_path, letter(), ledger)
            plan.validate()
            result = MergeEngine(plan, factory(server), EngineSettings(connections=1)).run()
            final = statuses(ledger, merge.id)

        # Row 51 was "sending" with no "sent": in doubt, not resent.
        assert result.progress.unknown == 1
        assert final["p51@example.org"] == "unknown"
        assert collections.Counter(final.values()) == {"sent": n - 1, "unknown": 1}
        got = received_to(server)
        assert "p51@example.org" not in got
        assert set(got.values()) == {1}
        assert len(got) == n - 1


def test_sent_marks_are_in_the_database_for_any_reader(tmp_path: Path) -> None:
    """Marks kept back are committed before a read, at a pause's end of run, at close."""
    csv_path = people(tmp_path / "people.csv", 30)
    ledger_path = tmp_path / "ledger.sqlite"
    with SMTPTestServer() as server, MergeLedger(ledger_path) as ledger:
        ledger.sent_batch.seconds = 3600.0
        plan = make_plan(csv_path, letter(), ledger)
        plan.validate()
        seen: list[int] = []

        def on_event(event: object) -> None:
            if getattr(event, "kind", "") == "sent" and not seen:
                # The same process reads: the row just sent is there.
                seen.append(ledger.counts(plan.merge_id)["sent"])

        MergeEngine(plan, factory(server), EngineSettings(connections=1), on_event=on_event).run()
        assert seen == [1]
        # Another connection (another process would use one) sees every row: the run's
        # end committed the last batch.
        import sqlite3

        other = sqlite3.connect(ledger_path)
        try:
            (count,) = other.execute("SELECT COUNT(*) FROM rows WHERE status='sent'").fetchone()
        finally:
            other.close()
        assert count == 30


def test_opening_copies_journalled_sent_rows_without_waiting_for_a_busy_database(
    tmp_path: Path,
) -> None:
    """A database that missed "sent" commits gets them from the journal when opened; while
    another process holds its write lock (a long check pass) opening does not wait."""
    import sqlite3

    csv_path = people(tmp_path / "people.csv", 8)
    ledger_path = tmp_path / "ledger.sqlite"
    with SMTPTestServer() as server, MergeLedger(ledger_path) as ledger:
        plan = make_plan(csv_path, letter(), ledger)
        plan.validate()
        MergeEngine(plan, factory(server), EngineSettings(connections=1)).run()
        merge_id = plan.merge_id
    # What a kill before the batch commit leaves: the journal says sent, the database not.
    db = sqlite3.connect(ledger_path, isolation_level=None)
    db.execute("UPDATE rows SET status='pending', message_id=''")
    db.execute("DELETE FROM journal_seen")
    db.execute("BEGIN IMMEDIATE")  # another process writing at length
    ledger = MergeLedger(ledger_path)
    try:
        assert set(statuses(ledger, merge_id).values()) == {"pending"}
    finally:
        db.execute("ROLLBACK")
        db.close()
        ledger.close()  # (its closing checkpoint would wait for the lock)
    with MergeLedger(ledger_path) as ledger:
        rows = ledger.rows(merge_id)
        assert {r.status for r in rows} == {"sent"}
        assert all(r.message_id.startswith("<") for r in rows)
