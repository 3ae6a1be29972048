"""``composer merge --report``: what a merge sent and what failed, from the ledger, sending
nothing; a merge that does not exist is a sentence and exit 2."""

from __future__ import annotations

from pathlib import Path

from merge_cli_helpers import run_cli, write_inputs
from smtpserver import SMTPTestServer


def test_the_report_of_a_merge_and_of_the_latest_one(tmp_path: Path, composer_home: Path) -> None:
    data, template = write_inputs(tmp_path, 4)
    with SMTPTestServer() as server:
        server.rcpt_reply = lambda a: (
            "550 5.1.1 mailbox unavailable" if a == "m3@club.example" else None
        )
        code, out = run_cli(composer_home, str(data), str(template), "--server",
                            f"127.0.0.1:{server.port}", "--yes")  # fmt: skip
        assert code == 1, out
        delivered = len(server.messages)
        for args in ((str(data), str(template)), ()):
            code, shown = run_cli(composer_home, *args, "--report")
            assert code == 0, shown
            assert "4 rows: 3 sent, 1 failed, 0 in doubt, 0 not sent yet, 0 skipped." in shown
            assert "row 3 Member 3 <m3@club.example>: failed: " in shown
            assert "550 5.1.1 mailbox unavailable" in shown
        assert len(server.messages) == delivered  # a report sends nothing
    other = tmp_path / "other.csv"
    other.write_text("name,email,year\nX,x@club.example,2027\n", encoding="utf-8")
    code, shown = run_cli(composer_home, str(other), str(template), "--report")
    assert code == 2
    assert "No merge of these files has been sent yet." in shown
    assert "Traceback" not in shown
    code, shown = run_cli(composer_home, str(data), "--report")
    assert code == 2
    assert "Name both the data file and the template" in shown
