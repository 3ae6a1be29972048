"""Ctrl+C (SIGINT) and SIGTERM stop ``composer merge`` promptly in every state of a run.

Each test drives a real subprocess into one state (checking the rows, waiting for a
stalled server's reply, waiting on the rate limit, connecting to a server that never
greets), sends real signals and requires the command to end (a hang fails through the
``communicate`` timeout), with exit status 130, no traceback, and a ledger that the next
run resumes from.
"""

from __future__ import annotations

import signal
import socket
import subprocess
from pathlib import Path
from typing import Any

import pytest
from merge_cli_helpers import composer, ledger_rows, received, run_cli, wait_for_messages
from smtpserver import SMTPTestServer


def members(tmp_path: Path, n: int) -> tuple[Path, Path]:
    from merge_cli_helpers import write_inputs

    return write_inputs(tmp_path, n)


def wait_for_line(proc: subprocess.Popen[str], text: str) -> list[str]:
    """Read the command's stderr until a line containing *text*; returns the lines read."""
    assert proc.stderr is not None
    lines = []
    for line in proc.stderr:
        lines.append(line)
        if text in line:
            return lines
    raise AssertionError(f"{text!r} never came: {''.join(lines)}")


def finish(proc: subprocess.Popen[str], before: list[str] = ()) -> tuple[int, str]:  # type: ignore[assignment]
    try:
        out, err = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise AssertionError("the command did not stop") from None
    text = "".join(before) + out + err
    assert "Traceback" not in text, text
    return proc.returncode, text


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_while_checking_stops_before_anything_is_sent(
    tmp_path: Path, composer_home: Path, sig: signal.Signals
) -> None:
    data, template = members(tmp_path, 150_000)  # a check pass of a few seconds
    with SMTPTestServer() as server:
        args = (str(data), str(template), "--server", f"127.0.0.1:{server.port}", "--yes")
        proc = composer(composer_home, *args)
        seen = wait_for_line(proc, "Checking members.csv")
        proc.send_signal(sig)
        code, out = finish(proc, seen)
        assert code == 130, out
        assert "nothing was sent" in out
        assert server.messages == []
        # The record is intact: the next run checks again and sends.
        code, out = run_cli(composer_home, *args, "--limit", "5")
        assert code == 0, out
        assert len(received(server)) == 5


@pytest.mark.parametrize("connections", [1, 3])
@pytest.mark.parametrize("how", ["SIGINT twice", "SIGTERM once"])
def test_a_stalled_server_does_not_hold_a_stop_hostage(
    tmp_path: Path, composer_home: Path, how: str, connections: int
) -> None:
    data, template = members(tmp_path, 40)
    with SMTPTestServer() as server:
        server.stall_seconds = 120.0  # far longer than the client's 30 s timeout
        server.data_behaviour = lambda e: (
            "store_then_stall" if e.rcpt_tos == ["m3@club.example"] else None
        )
        args = (
            str(data),
            str(template),
            "--server",
            f"127.0.0.1:{server.port}",
            "--yes",
            "--connections",
            str(connections),
            "--rate",
            "6000",  # the other connections go on slowly while m3 hangs
        )
        proc = composer(composer_home, *args)
        count = 1
        while "m3@club.example" not in received(server):
            wait_for_messages(server, count, proc)
            count += 1
            assert proc.poll() is None
        if how == "SIGINT twice":
            proc.send_signal(signal.SIGINT)
            seen = wait_for_line(proc, "Stopping after the messages in flight")
            proc.send_signal(signal.SIGINT)
        else:
            proc.send_signal(signal.SIGTERM)  # cut after a grace period
            seen = []
        code, out = finish(proc, seen)
        assert code == 130, out
        statuses = ledger_rows(composer_home)
        # Its end of data went out and the reply never came: in doubt, not resent.
        assert statuses["m3@club.example"] == "unknown"
        server.data_behaviour = None
        code, out = run_cli(composer_home, *args[:-2])
        assert code == 3, out  # the row in doubt needs a decision
        got = received(server)
        assert len(got) == 40
        assert set(got.values()) == {1}


def test_a_stop_while_waiting_for_the_rate_limit_is_immediate(
    tmp_path: Path, composer_home: Path
) -> None:
    data, template = members(tmp_path, 5)
    with SMTPTestServer() as server:
        args = (str(data), str(template), "--server", f"127.0.0.1:{server.port}", "--yes")
        proc = composer(composer_home, *args, "--rate", "1", "--connections", "1")
        wait_for_messages(server, 1, proc)
        proc.send_signal(signal.SIGTERM)  # the next message is a minute away
        code, out = finish(proc)
        assert code == 130, out
        assert "Run it again to send them" in out
        assert list(ledger_rows(composer_home).values()).count("sent") == 1
        code, out = run_cli(composer_home, *args)
        assert code == 0, out
        assert set(received(server).values()) == {1}
        assert len(received(server)) == 5


def test_a_stop_while_connecting_to_a_silent_server(tmp_path: Path, composer_home: Path) -> None:
    data, template = members(tmp_path, 5)
    with socket.create_server(("127.0.0.1", 0)) as silent:
        port = silent.getsockname()[1]
        args = (str(data), str(template), "--server", f"127.0.0.1:{port}", "--yes")
        proc = composer(composer_home, *args, "--connections", "2")
        held: list[Any] = []
        conn, _addr = silent.accept()  # connected; the greeting never comes
        held.append(conn)
        proc.send_signal(signal.SIGINT)
        seen = wait_for_line(proc, "Stopping after the messages in flight")
        proc.send_signal(signal.SIGINT)
        code, out = finish(proc, seen)
        for c in held:
            c.close()
    assert code == 130, out
    assert set(ledger_rows(composer_home).values()) == {"pending"}
