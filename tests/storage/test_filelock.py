"""The file lock behind "one window or command at a time": held by an open file, gone with
the process that held it, however it ended."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

from composer.storage.filelock import lock, try_lock, unlock

ROOT = Path(__file__).resolve().parents[2]
HOLDER = """
import subprocess, sys
from composer.storage.filelock import try_lock
fh = open(sys.argv[1], "ab")
if not try_lock(fh):
    print("busy", flush=True)
    sys.exit(0)
if len(sys.argv) > 2:  # start a child of our own, which must not keep the lock alive
    child = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"],
                             stdin=subprocess.PIPE)
    print("child", child.pid, flush=True)
print("locked", flush=True)
sys.stdin.read()  # hold it until told to stop (stdin closed) or killed
"""


def holder(path: Path, *extra: str) -> subprocess.Popen[str]:
    """Another process that takes the lock on *path*; it says "locked" (or "busy")."""
    return subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), *extra],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def stop(proc: subprocess.Popen[str]) -> None:
    assert proc.stdin is not None
    proc.stdin.close()
    proc.wait(timeout=30)
    assert proc.stdout is not None
    proc.stdout.close()


def test_one_holder_at_a_time(tmp_path: Path) -> None:
    path = tmp_path / "merge-abc.lock"
    with path.open("ab") as fh:
        assert try_lock(fh)
        other = holder(path)
        assert other.stdout is not None
        assert other.stdout.readline().strip() == "busy"
        stop(other)
        unlock(fh)
        other = holder(path)
        assert other.stdout is not None
        assert other.stdout.readline().strip() == "locked"
        try:
            assert not try_lock(fh)
        finally:
            stop(other)
        assert try_lock(fh)


def test_a_killed_holder_leaves_no_stale_lock(tmp_path: Path) -> None:
    path = tmp_path / "merge-abc.lock"
    other = holder(path)
    assert other.stdout is not None
    assert other.stdout.readline().strip() == "locked"
    with path.open("ab") as fh:
        assert not try_lock(fh)
        other.send_signal(signal.SIGKILL)
        other.wait(timeout=30)
        other.stdout.close()
        assert other.stdin is not None
        other.stdin.close()
        assert try_lock(fh)


def test_a_child_of_the_holder_does_not_keep_the_lock(tmp_path: Path) -> None:
    path = tmp_path / "merge-abc.lock"
    other = holder(path, "with-child")
    assert other.stdout is not None
    child_pid = int(other.stdout.readline().split()[1])
    assert other.stdout.readline().strip() == "locked"
    other.send_signal(signal.SIGKILL)
    other.wait(timeout=30)
    try:
        os.kill(child_pid, 0)  # the child still runs (its stdin is a pipe the holder had)
        with path.open("ab") as fh:
            assert try_lock(fh)
    finally:
        other.stdout.close()
        assert other.stdin is not None
        other.stdin.close()
        with contextlib.suppress(ProcessLookupError):
            os.kill(child_pid, signal.SIGKILL)


def test_lock_waits_for_the_holder_to_let_go(tmp_path: Path) -> None:
    path = tmp_path / "journal.lock"
    other = holder(path)
    assert other.stdout is not None
    assert other.stdout.readline().strip() == "locked"
    taken = threading.Event()
    with path.open("ab") as fh:

        def wait_for_it() -> None:
            lock(fh)
            taken.set()

        waiter = threading.Thread(target=wait_for_it)
        waiter.start()
        assert not taken.wait(0.2)  # still held by the other process
        stop(other)
        waiter.join(timeout=30)
        assert taken.is_set()
        unlock(fh)
