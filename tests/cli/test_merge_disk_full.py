"""A full disk under the ledger: the merge stops within seconds, says so, and resumes cleanly.

The ledger's folder is a small tmpfs (:mod:`small_disk`). The server holds the merge at one
row while the test fills that disk to the last byte, then lets it go on: the merge runs
into the full disk for real (the journal and SQLite both get ENOSPC). Once the filler is
removed, running the merge again sends every remaining row, and nobody gets a message
twice or is left in doubt.
"""

from __future__ import annotations

import json
import subprocess
import threading
from pathlib import Path

import pytest
from merge_cli_helpers import composer, received, run_cli, write_inputs
from small_disk import SmallDisk
from smtpserver import SMTPTestServer


@pytest.mark.parametrize("connections", [1, 3])
def test_a_full_disk_stops_the_merge_and_it_resumes_once_space_is_back(
    tmp_path: Path, composer_home: Path, connections: int
) -> None:
    n = 1500
    data, template = write_inputs(tmp_path, n)
    merges = composer_home / "data" / "merges"
    with SmallDisk(merges, size_kib=2048) as disk, SMTPTestServer() as server:
        reached, release = threading.Event(), threading.Event()

        def rcpt_reply(rcpt: str) -> str | None:
            if rcpt == "m40@club.example" and not release.is_set():
                reached.set()
                release.wait(60)  # the server (and so the merge) waits here
            return None

        server.rcpt_reply = rcpt_reply
        args = (
            str(data),
            str(template),
            "--server",
            f"127.0.0.1:{server.port}",
            "--yes",
            "--connections",
            str(connections),
        )
        proc = composer(composer_home, *args, prefix=disk.prefix)
        try:
            assert reached.wait(60), "the merge never got to row 40"
            assert disk.fill() > 0
        finally:
            release.set()
        try:
            out, err = proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            raise AssertionError("the merge hung on a full disk") from None
        text = out + err
        assert proc.returncode == 1, text
        assert "The disk is full" in text
        assert str(merges) in text
        assert "Traceback" not in text
        sent_before = sum(received(server).values())
        assert sent_before < n

        disk.free()
        code, text = run_cli(composer_home, *args, prefix=disk.prefix)
        assert code == 0, text
        got = received(server)
        assert len(got) == n
        assert set(got.values()) == {1}
        assert set(disk.statuses(merges / "ledger.sqlite").values()) == {"sent"}


def test_a_journal_line_the_full_disk_cut_short_is_taken_back(tmp_path: Path) -> None:
    """A full disk that takes only part of a "sending" line and its reserved slot must not
    leave the line behind: the message never went out, so it must not be in doubt."""
    folder = tmp_path / "journal"
    with SmallDisk(folder, size_kib=256) as disk:
        found = disk.python(
            "import json, os\n"
            "from pathlib import Path\n"
            "from composer.merge.record.journal import (\n"
            "    SLOT, MergeJournals, read_tail, sending_line)\n"
            "from composer.merge.record.ledgerfile import LedgerFull\n"
            f"folder = Path({str(folder)!r})\n"
            "journals = MergeJournals(folder)\n"
            "header = lambda: {'key': 'k'}\n"
            "journals.append('k', header, b'')\n"
            "line = sending_line('row:0', '<1@example.com>', 'a@example.com', 1.0)\n"
            "page = os.sysconf('SC_PAGE_SIZE')\n"
            "size = journals.path('k').stat().st_size\n"
            # The journal's last page keeps room for the line, but not for its whole slot.
            "pad = (page - size % page - len(line) - SLOT // 2) % page\n"
            "if pad:\n"
            "    journals.append('k', header, b' ' * (pad - 1) + b'\\n')\n"
            "before = journals.path('k').stat().st_size\n"
            "fd = os.open(folder / 'filler', os.O_WRONLY | os.O_CREAT | os.O_APPEND)\n"
            "chunk = 65536\n"
            "while chunk:\n"
            "    try:\n"
            "        os.write(fd, b'x' * chunk)\n"
            "    except OSError:\n"
            "        chunk //= 2\n"
            "try:\n"
            "    journals.append('k', header, line, reserve=True)\n"
            "    outcome = 'written'\n"
            "except LedgerFull:\n"
            "    outcome = 'full'\n"
            "os.remove(folder / 'filler')\n"
            "journals.close()\n"
            "traces, _end = read_tail(journals.path('k'), 0)\n"
            "after = journals.path('k').stat().st_size\n"
            "print(json.dumps([outcome, sorted(traces), after - before]))\n"
        )
    outcome, traces, grown = json.loads(found)
    assert outcome == "full"
    assert traces == []
    assert grown == 0
