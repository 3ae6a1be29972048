"""Shared pieces of the ``composer merge`` tests: inputs, a real subprocess, what arrived."""

from __future__ import annotations

import collections
import os
import subprocess
import sys
from pathlib import Path

from smtpserver import SMTPTestServer

from composer.merge import MergeLedger

ROOT = Path(__file__).resolve().parents[2]

TEMPLATE = """\
From: Club Secretary <secretary@club.example>
To: {{ name }} <{{ email }}>
Subject: Membership {{ year }} for {{ name }}
Content-Type: text/plain; charset=utf-8

Dear {{ name }},
your membership for {{ year }} is confirmed.
"""


def write_inputs(tmp_path: Path, n: int, bad: set[int] = frozenset()) -> tuple[Path, Path]:  # type: ignore[assignment]
    data = tmp_path / "members.csv"
    with data.open("w", encoding="utf-8", newline="") as fh:
        fh.write("name,email,year\n")
        for i in range(1, n + 1):
            addr = "broken" if i in bad else f"m{i}@club.example"
            fh.write(f"Member {i},{addr},2027\n")
    template = tmp_path / "letter.eml"
    template.write_text(TEMPLATE, encoding="utf-8")
    return data, template


def composer(
    home: Path, *args: str, prefix: tuple[str, ...] = (), **kw: object
) -> subprocess.Popen[str]:
    """``composer merge ARGS`` in a subprocess (*prefix*: e.g. ``nsenter ...``)."""
    env = dict(os.environ, COMPOSER_HOME=str(home), PYTHONPATH=str(ROOT))
    options: dict[str, object] = {
        "stdin": subprocess.DEVNULL,
        "stdout": subprocess.PIPE,
        "stderr": subprocess.PIPE,
        "text": True,
        **kw,
    }
    return subprocess.Popen(  # type: ignore[call-overload, no-any-return]
        [*prefix, sys.executable, "-m", "composer", "merge", *args], env=env, **options
    )


def run_cli(home: Path, *args: str, prefix: tuple[str, ...] = ()) -> tuple[int, str]:
    proc = composer(home, *args, prefix=prefix)
    out, err = proc.communicate(timeout=120)
    return proc.returncode, out + err


def received(server: SMTPTestServer) -> collections.Counter[str]:
    with server.lock:
        return collections.Counter(r for m in server.messages for r in m.rcpt_tos)


def ledger_rows(home: Path) -> dict[str, str]:
    with MergeLedger(home / "data" / "merges" / "ledger.sqlite") as ledger:
        (merge,) = ledger.merges()
        return {r.recipients.split("<")[-1].rstrip(">"): r.status for r in ledger.rows(merge.id)}


def wait_for_messages(server: SMTPTestServer, count: int, proc: subprocess.Popen[str]) -> None:
    """Block until the server has *count* messages or the process ended (no sleeping)."""
    while True:
        with server.lock:
            if len(server.messages) >= count:
                return
            server.message_event.clear()
        if proc.poll() is not None:
            return
        server.message_event.wait(0.5)
