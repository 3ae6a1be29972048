"""Start Postfix's smtp-sink on 127.0.0.1 for benchmarks (a fast C SMTP sink)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def find_smtp_sink() -> str:
    path = shutil.which("smtp-sink") or "/usr/sbin/smtp-sink"
    if not os.path.exists(path):
        raise SystemExit(
            "smtp-sink not found: install Postfix's tools (scripts/setup.sh --test does)."
        )
    return path


@contextmanager
def smtp_sink(*extra: str) -> Iterator[int]:
    """Run smtp-sink with *extra* options; yield its port; stop it afterwards."""
    port = _free_port()
    cmd = [find_smtp_sink()]
    if os.geteuid() == 0:
        cmd += ["-u", "nobody"]
    cmd += [*extra, f"127.0.0.1:{port}", "1000"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise SystemExit(f"smtp-sink did not start: {' '.join(cmd)}") from None
                time.sleep(0.02)
        yield port
    finally:
        proc.terminate()
        proc.wait(timeout=10)
