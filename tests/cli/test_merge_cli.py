"""``composer merge`` end to end: a real subprocess against aiosmtpd on 127.0.0.1.

The crash test kills the command with SIGKILL at random moments, several times, then lets
it finish: the server's record must show every recipient exactly once, except rows the
ledger reports as in flight at a kill (each of those at most once).
"""

from __future__ import annotations

import os
import random
import signal
from pathlib import Path

import pytest
from merge_cli_helpers import (
    TEMPLATE,
    composer,
    ledger_rows,
    received,
    run_cli,
    wait_for_messages,
    write_inputs,
)
from smtpserver import SMTPTestServer


def test_help_lists_the_options() -> None:
    code, out = run_cli(Path("/nonexistent"), "--help")
    assert code == 0
    for option in ("--dry-run", "--limit", "--rate", "--connections", "--encoding", "--yes"):
        assert option in out


def test_dry_run_renders_everything_and_sends_nothing(tmp_path: Path, composer_home: Path) -> None:
    data, template = write_inputs(tmp_path, 30)
    with SMTPTestServer() as server:
        code, out = run_cli(
            composer_home,
            str(data),
            str(template),
            "--dry-run",
            "--server",
            f"127.0.0.1:{server.port}",
        )
        assert server.sessions == []
    assert code == 0, out
    assert "30 rows: 30 ready" in out
    assert "Dry run: 30 messages rendered and built" in out


def test_problems_stop_everything_until_skipped(tmp_path: Path, composer_home: Path) -> None:
    data, template = write_inputs(tmp_path, 10, bad={4})
    with SMTPTestServer() as server:
        srv = f"127.0.0.1:{server.port}"
        code, out = run_cli(composer_home, str(data), str(template), "--server", srv, "--yes")
        assert code == 2
        assert "Nothing was sent: 1 row has problems" in out
        assert "row 4 (line 5)" in out
        assert server.messages == []
        code, out = run_cli(
            composer_home, str(data), str(template), "--server", srv, "--yes", "--skip-problems"
        )
        assert code == 0, out
        assert len(received(server)) == 9


def test_needs_yes_without_a_terminal(tmp_path: Path, composer_home: Path) -> None:
    data, template = write_inputs(tmp_path, 3)
    with SMTPTestServer() as server:
        code, out = run_cli(
            composer_home, str(data), str(template), "--server", f"127.0.0.1:{server.port}"
        )
        assert code == 2
        assert "Pass --yes" in out
        assert server.messages == []


def test_failed_rows_exit_nonzero_and_are_exported(tmp_path: Path, composer_home: Path) -> None:
    data, template = write_inputs(tmp_path, 6)
    with SMTPTestServer() as server:
        server.rcpt_reply = lambda a: "550 5.1.1 No such member" if a == "m5@club.example" else None
        code, out = run_cli(
            composer_home, str(data), str(template), "--server", f"127.0.0.1:{server.port}", "--yes"
        )
        assert code == 1, out
        assert "Sent 5, failed 1" in out
        failed = tmp_path / "members.failed.csv"
        text = failed.read_text(encoding="utf-8-sig")
        assert text.splitlines()[0] == "name,email,year,status,reason"
        assert "m5@club.example" in text
        assert "550 5.1.1 No such member" in text
        # Running again retries only the failed row.
        server.rcpt_reply = None
        code, out = run_cli(
            composer_home, str(data), str(template), "--server", f"127.0.0.1:{server.port}", "--yes"
        )
        assert code == 0, out
        assert "Sent 1, failed 0" in out
        assert set(received(server).values()) == {1}


def test_unreachable_server_says_what_to_do(tmp_path: Path, composer_home: Path) -> None:
    from smtpserver import refused_port

    data, template = write_inputs(tmp_path, 2)
    code, out = run_cli(
        composer_home, str(data), str(template), "--server", f"127.0.0.1:{refused_port()}", "--yes"
    )
    assert code == 1
    assert "Nothing accepted the connection at 127.0.0.1 port" in out
    assert "Check the host name and port, and that the server is running." in out


@pytest.mark.parametrize("connections", [1, 3])
def test_sigkill_at_random_moments_then_resume_sends_each_row_once(
    tmp_path: Path, composer_home: Path, connections: int
) -> None:
    n = 2000
    data, template = write_inputs(tmp_path, n)
    rng = random.Random(20261125 + connections)
    kills = 0
    with SMTPTestServer(pipelining=True) as server:
        args = (
            str(data),
            str(template),
            "--server",
            f"127.0.0.1:{server.port}",
            "--yes",
            "--connections",
            str(connections),
        )
        for _attempt in range(4):
            before = len(server.messages)
            target = before + rng.randint(1, 350)
            proc = composer(composer_home, *args)
            wait_for_messages(server, target, proc)
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                kills += 1
            proc.communicate(timeout=60)
        assert kills >= 3
        code, out = run_cli(composer_home, *args)
        assert code in (0, 3), out
        got = received(server)
        statuses = ledger_rows(composer_home)
        assert len(statuses) == n
        assert set(statuses.values()) <= {"sent", "unknown"}
        unknown = [a for a, s in statuses.items() if s == "unknown"]
        assert len(unknown) <= kills * connections
        for address, status in statuses.items():
            if status == "sent":
                assert got[address] == 1, address
            else:
                assert got[address] <= 1, address
        assert sum(got.values()) >= n - len(unknown)
        if unknown:
            assert code == 3
            assert "most likely delivered" in out
            assert "--mark-unknown-sent" in out
            # A row is in doubt only while its reply was on the way: the server has it.
            delivered = [a for a in unknown if got[a] == 1]
            assert len(delivered) >= len(unknown) - kills  # at most a kill's instant apart
            # The recommended answer records them as delivered and sends nothing.
            before = sum(got.values())
            code, out = run_cli(composer_home, *args, "--mark-unknown-sent")
            assert code == 0, out
            assert sum(received(server).values()) == before
            assert set(ledger_rows(composer_home).values()) == {"sent"}


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_or_sigterm_stops_cleanly(
    tmp_path: Path, composer_home: Path, sig: signal.Signals
) -> None:
    data, template = write_inputs(tmp_path, 600)
    with SMTPTestServer() as server:
        args = (
            str(data),
            str(template),
            "--server",
            f"127.0.0.1:{server.port}",
            "--yes",
            "--connections",
            "1",
        )
        proc = composer(composer_home, *args)
        wait_for_messages(server, 50, proc)
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 130, out + err
        assert "Traceback" not in err
        assert "Run it again to send them" in out
        statuses = ledger_rows(composer_home)
        assert "unknown" not in statuses.values()  # Ctrl+C finishes the message in flight
        code, out = run_cli(composer_home, *args)
        assert code == 0, out
        got = received(server)
        assert len(got) == 600
        assert set(got.values()) == {1}


def _save_profiles(port: int) -> None:
    from composer.profiles.model import Identity, Profile, ProfileBook, Security, SmtpSettings
    from composer.profiles.store import ProfileStore

    school = Profile(
        "School",
        smtp=SmtpSettings(host="127.0.0.1", port=port, security=Security.NONE),
        identity=Identity(from_name="Office", from_address="office@school.example"),
    )
    preview = Profile(
        "Preview", smtp=SmtpSettings(host="127.0.0.1", port=1, security=Security.NONE)
    )
    store = ProfileStore()
    store.read()
    store.save(ProfileBook([preview, school], active="Preview"))


def test_profile_option_sends_through_that_profile(tmp_path: Path, composer_home: Path) -> None:
    data, template = write_inputs(tmp_path, 4)
    template.write_text(TEMPLATE.replace("From: Club Secretary <secretary@club.example>\n", ""))
    with SMTPTestServer() as server:
        _save_profiles(server.port)
        code, out = run_cli(composer_home, str(data), str(template), "--profile", "School", "--yes")
        assert code == 0, out
        assert len(received(server)) == 4
        assert {m.mail_from for m in server.messages} == {"office@school.example"}
        code, out = run_cli(composer_home, str(data), str(template), "--profile", "Nobody", "--yes")
        assert code == 2
        assert "There is no profile called 'Nobody'" in out


def test_map_fills_a_placeholder_from_another_column(tmp_path: Path, composer_home: Path) -> None:
    data = tmp_path / "d.csv"
    data.write_text("name,mail,year\nAnn,ann@club.example,2027\n", encoding="utf-8")
    template = tmp_path / "t.eml"
    template.write_text(TEMPLATE, encoding="utf-8")
    with SMTPTestServer() as server:
        srv = f"127.0.0.1:{server.port}"
        code, out = run_cli(composer_home, str(data), str(template), "--server", srv, "--yes")
        assert code == 2
        assert "no column “email”" in out
        code, out = run_cli(
            composer_home, str(data), str(template), "--server", srv, "--yes", "--map", "email=nope"
        )
        assert code == 2
        assert "Write --map PLACEHOLDER=COLUMN with one of: name, mail, year" in out
        code, out = run_cli(
            composer_home, str(data), str(template), "--server", srv, "--yes", "--map", "email=mail"
        )
        assert code == 0, out
        assert [m.rcpt_tos for m in server.messages] == [["ann@club.example"]]


def test_an_emptied_ledger_is_refused_then_repaired_without_resending(
    tmp_path: Path, composer_home: Path
) -> None:
    data, template = write_inputs(tmp_path, 20)
    ledger = composer_home / "data" / "merges" / "ledger.sqlite"
    with SMTPTestServer() as server:
        args = (str(data), str(template), "--server", f"127.0.0.1:{server.port}", "--yes")
        code, out = run_cli(composer_home, *args)
        assert code == 0, out
        ledger.write_bytes(b"")  # e.g. a sync tool or a full disk emptied it
        for extra in ((), ("--dry-run",)):
            code, out = run_cli(composer_home, *args, *extra)
            assert code == 2, out
            assert "cannot be read: the file is empty" in out
            assert "composer merge --repair-ledger" in out
            assert "Traceback" not in out
        assert sum(received(server).values()) == 20
        code, out = run_cli(composer_home, "--repair-ledger")
        assert code == 0, out
        assert "1 merge, 20 messages sent, 0 in doubt" in out
        assert "ledger.sqlite.damaged-" in out
        code, out = run_cli(composer_home, *args)
        assert code == 0, out
        assert "20 already sent" in out
        assert sum(received(server).values()) == 20  # nobody got a second copy


def _read_until(fd: int, text: str, seen: list[str]) -> None:
    """Read a terminal's output until *text* appears (a hang fails through the select timeout)."""
    import select

    while text not in "".join(seen):
        ready, _w, _x = select.select([fd], [], [], 60)
        assert ready, f"{text!r} never came: {''.join(seen)}"
        seen.append(os.read(fd, 4096).decode("utf-8", "replace"))


def test_in_a_terminal_enter_records_rows_in_doubt_as_delivered(
    tmp_path: Path, composer_home: Path
) -> None:
    import pty

    data, template = write_inputs(tmp_path, 10)
    with SMTPTestServer() as server:
        server.data_behaviour = lambda e: (
            "store_then_drop" if e.rcpt_tos == ["m4@club.example"] else None
        )
        args = (str(data), str(template), "--server", f"127.0.0.1:{server.port}")
        code, out = run_cli(composer_home, *args, "--yes")
        assert code == 3, out
        server.data_behaviour = None
        primary, secondary = pty.openpty()
        proc = composer(composer_home, *args, stdin=secondary, stdout=secondary, stderr=secondary)
        os.close(secondary)
        seen: list[str] = []
        try:
            _read_until(primary, "Your choice [D/r/l]:", seen)
            assert "most likely delivered" in "".join(seen)
            os.write(primary, b"\n")  # the default answer
            _read_until(primary, "Recorded 1 message in doubt as delivered.", seen)
            assert proc.wait(timeout=60) == 0  # nothing was left to send
        finally:
            os.close(primary)
        assert ledger_rows(composer_home)["m4@club.example"] == "sent"
        got = received(server)
        assert len(got) == 10
        assert set(got.values()) == {1}
