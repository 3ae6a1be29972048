"""Durable, atomic file writes for files the user cares about.

A file is written to a temporary name in the same folder, flushed, fsynced and renamed over
the target, and the folder is fsynced, so a crash or a full disk leaves either the old file or
the new one, never a torn mix.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_bytes_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace *path* with *data* atomically and durably.

    Raises:
        OSError: the folder is not writable, the disk is full, ...; the old file is intact.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    fsync_dir(path.parent)


def write_text_atomic(path: Path, text: str, mode: int = 0o600) -> None:
    """Replace *path* with UTF-8 *text* atomically and durably."""
    write_bytes_atomic(path, text.encode("utf-8"), mode)


def fsync_dir(folder: Path) -> None:
    """Make a rename in *folder* durable (a no-op where folders cannot be opened)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def private_folder(folder: Path, mode: int = 0o700) -> Path:
    """Create *folder* (and missing parents) readable by the user alone, and tighten an
    existing one this user owns (older versions made them world-readable)."""
    folder.mkdir(mode=mode, parents=True, exist_ok=True)
    if os.name == "posix":
        stat = folder.stat()
        if stat.st_mode & 0o777 != mode and stat.st_uid == os.getuid():
            os.chmod(folder, mode)
    return folder
