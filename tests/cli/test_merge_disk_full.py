"""A full disk under the ledger: the merge stops within seconds, says so, and resumes cleanly.

The ledger's folder is a small tmpfs (:mod:`small_disk`). The server holds the merge at one
row while the test fills that disk to the last byte, then lets it go on: the merge runs
into the full disk for real (the journal and SQLite both get ENOSPC). Once the filler is
removed, running the merge again sends every remaining row, and nobody gets a message
twice or is left in doubt.
"""

from __future__ import annotations

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
