"""One merge, one process: a second ``composer merge`` of the same files is refused.

The first command is held in the middle of its run by the server (it answers one RCPT only
when the test says so), so the second one certainly starts while the first is sending.
The second (a real send, a dry run, or a check from another window) must be refused before
it touches the ledger, and the first must finish undisturbed. A lock left by a killed
process must not refuse anyone.
"""

from __future__ import annotations

import re
import signal
import threading
from pathlib import Path

import pytest
from merge_cli_helpers import (
    composer,
    ledger_rows,
    received,
    run_cli,
    wait_for_messages,
    write_inputs,
)
from smtpserver import SMTPTestServer

from composer.merge import CsvSource, LedgerBusy, MergeLedger, MergePlan, MergeTemplate


def _hold_at(server: SMTPTestServer, address: str) -> tuple[threading.Event, threading.Event]:
    """The server stops answering at RCPT *address* until the returned event is set."""
    reached, release = threading.Event(), threading.Event()

    def rcpt_reply(rcpt: str) -> str | None:
        if rcpt == address and not release.is_set():
            reached.set()
            release.wait(60)
        return None

    server.rcpt_reply = rcpt_reply
    return reached, release


def test_a_second_merge_of_the_same_files_is_refused_and_the_first_is_undisturbed(
    tmp_path: Path, composer_home: Path
) -> None:
    n = 300
    data, template = write_inputs(tmp_path, n)
    with SMTPTestServer() as server:
        reached, release = _hold_at(server, "m120@club.example")
        args = (str(data), str(template), "--server", f"127.0.0.1:{server.port}", "--yes")
        first = composer(composer_home, *args, "--connections", "1")
        try:
            assert reached.wait(60), "the first merge never got to row 120"
            for extra in ((), ("--dry-run",)):
                code, out = run_cli(composer_home, *args, *extra)
                assert code == 2, out
                assert re.search(
                    r"running in another “composer merge” command since \d\d:\d\d "
                    rf"\(process {first.pid}\)",
                    out,
                ), out
                assert "Traceback" not in out
            # The same check from this process (as the merge window runs it).
            with MergeLedger(composer_home / "data" / "merges" / "ledger.sqlite") as ledger:
                scans = [m.scan for m in ledger.merges()]
                plan = MergePlan(CsvSource(data), MergeTemplate.from_eml(template), ledger)
                with pytest.raises(LedgerBusy, match="running in another"):
                    plan.validate()
                assert [m.scan for m in ledger.merges()] == scans  # nothing renumbered
        finally:
            release.set()
        out, err = first.communicate(timeout=120)
        assert first.returncode == 0, out + err
        assert f"Sent {n}, failed 0" in out
        got = received(server)
        assert len(got) == n
        assert set(got.values()) == {1}


def test_a_killed_merge_leaves_no_lock_behind(tmp_path: Path, composer_home: Path) -> None:
    data, template = write_inputs(tmp_path, 50)
    with SMTPTestServer() as server:
        args = (str(data), str(template), "--server", f"127.0.0.1:{server.port}", "--yes")
        first = composer(composer_home, *args, "--connections", "1", "--rate", "600")
        wait_for_messages(server, 5, first)
        first.send_signal(signal.SIGKILL)
        first.communicate(timeout=30)
        code, out = run_cli(composer_home, *args)
        assert code in (0, 3), out  # 3: the row the kill caught in flight is in doubt
        statuses = ledger_rows(composer_home)
        assert set(statuses.values()) <= {"sent", "unknown"}
        got = received(server)
        assert len(got) >= 49
        assert set(got.values()) == {1}
