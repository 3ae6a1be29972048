"""An exclusive lock on an open file, on POSIX and on Windows.

Used to make sure only one process sends a given merge at a time. The lock belongs to the
open file: it is released when the file is closed or the process dies, so a crash (even a
SIGKILL) never leaves a stale lock behind. Files are opened non-inheritable (Python's
default), so a child process never keeps a lock alive after its parent died.
"""

from __future__ import annotations

import sys
from typing import IO


def try_lock(fh: IO[bytes]) -> bool:
    """Take an exclusive lock on *fh* without waiting; False if another process holds it."""
    if sys.platform == "win32":
        import msvcrt

        try:
            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def lock(fh: IO[bytes]) -> None:
    """Take an exclusive lock on *fh*, waiting for another process to release it."""
    if sys.platform == "win32":
        import msvcrt

        while True:
            try:
                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_LOCK, 1)  # retries for 10 s
                return
            except OSError:
                continue
    import fcntl

    fcntl.flock(fh.fileno(), fcntl.LOCK_EX)


def unlock(fh: IO[bytes]) -> None:
    """Release the lock taken by :func:`try_lock` or :func:`lock`."""
    if sys.platform == "win32":
        import msvcrt

        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
