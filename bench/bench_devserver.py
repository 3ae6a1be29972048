"""Benchmark ``composer devserver``: its peak memory while it receives one large message.

Run: ``.venv/bin/python bench/bench_devserver.py [--mb 143] [--save]``

Starts the real server in a child process (port 0), sends it one message of about
``--mb`` megabytes (a short Korean text and a random attachment, base64 on the wire) with
``smtplib``, waits until the server has printed it, and reports the child's peak resident
memory (VmHWM) above its resident memory before the message, from ``/proc``.
"""

from __future__ import annotations

import argparse
import os
import queue
import re
import smtplib
import subprocess
import sys
import tempfile
import threading
import time
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _kib(pid: int, field: str) -> int:
    with open(f"/proc/{pid}/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(field)


def big_message(megabytes: float) -> bytes:
    """About *megabytes* MB on the wire: the attachment travels base64-encoded."""
    msg = EmailMessage()
    msg["From"] = "hong@example.com"
    msg["To"] = "kim@example.com"
    msg["Subject"] = "큰 첨부 파일"
    msg.set_content("자료를 첨부합니다.\n")
    size = int(megabytes * 1_000_000 * 57 / 78)  # 57 bytes make a 76-character line + CRLF
    msg.add_attachment(os.urandom(size), maintype="application", subtype="octet-stream",
                       filename="data.bin")  # fmt: skip
    return msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))


def measure(megabytes: float, save: bool) -> None:
    help_text = subprocess.run(
        [sys.executable, "-m", "composer", "devserver", "--help"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    args = ["--port", "0"]
    if "--max-size" in help_text:
        args += ["--max-size", "0"]  # no limit: measure the memory, not the refusal
    with tempfile.TemporaryDirectory() as tmp:
        if save:
            args += ["--save", tmp]
        proc = subprocess.Popen(
            [sys.executable, "-m", "composer", "devserver", *args],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        )
        lines: queue.Queue[str] = queue.Queue()
        assert proc.stdout is not None
        stdout = proc.stdout
        threading.Thread(target=lambda: [lines.put(line) for line in stdout], daemon=True).start()
        try:
            banner = lines.get(timeout=30)
            match = re.search(r"EMAIL_PORT=(\d+)", banner)
            assert match, banner
            port = int(match.group(1))
            data = big_message(megabytes)
            baseline = _kib(proc.pid, "VmRSS")
            start = time.perf_counter()
            with smtplib.SMTP("127.0.0.1", port, timeout=600) as smtp:
                smtp.sendmail("hong@example.com", ["kim@example.com"], data)
            while not lines.get(timeout=600).startswith("========== end of message #1"):
                pass
            seconds = time.perf_counter() - start
            peak = _kib(proc.pid, "VmHWM")
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    above = (peak - baseline) / 1024
    print(
        f"{len(data) / 1e6:7.1f} MB message{' (--save)' if save else '':9}: "
        f"peak {above:7.1f} MiB above the idle server = {above * 1024 * 1024 / len(data):5.2f} x "
        f"the message; received and shown in {seconds:5.1f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=143.0, help="message size in MB")
    parser.add_argument("--save", action="store_true", help="also run with --save DIR")
    args = parser.parse_args()
    print(f"composer devserver memory, Python {sys.version.split()[0]}")
    measure(args.mb, save=False)
    if args.save:
        measure(args.mb, save=True)


if __name__ == "__main__":
    main()
