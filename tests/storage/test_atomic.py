"""Atomic, durable file writes: a reader sees the old file or the new one, never a mix."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from composer.storage.atomic import (
    fsync_dir,
    private_folder,
    write_bytes_atomic,
    write_text_atomic,
)

ROOT = Path(__file__).resolve().parents[2]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_file_is_replaced_private_and_its_folder_made(tmp_path: Path) -> None:
    target = tmp_path / "new" / "deeper" / "profiles.toml"
    write_text_atomic(target, "first = 1\n")
    write_text_atomic(target, "한글 = '두 번째'\n")
    assert target.read_text(encoding="utf-8") == "한글 = '두 번째'\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    write_bytes_atomic(target, b"shared", mode=0o644)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert leftovers(target.parent) == []


def test_a_failed_write_keeps_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "draft.eml"
    write_bytes_atomic(target, b"the old words")
    (tmp_path / "in-the-way").mkdir()
    with pytest.raises(IsADirectoryError):  # the rename fails, after the data was written
        write_bytes_atomic(tmp_path / "in-the-way", b"new words")
    assert target.read_bytes() == b"the old words"
    assert leftovers(tmp_path) == []


def test_a_reader_never_sees_a_half_written_file(tmp_path: Path) -> None:
    target = tmp_path / "ledger-copy.bin"
    one, two = b"1" * 65536, b"2" * 131072
    write_bytes_atomic(target, one)
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from pathlib import Path\n"
            "from composer.storage.atomic import write_bytes_atomic\n"
            "path = Path(sys.argv[1])\n"
            "for i in range(150):\n"
            "    write_bytes_atomic(path, (b'2' * 131072) if i % 2 == 0 else (b'1' * 65536))\n",
            str(target),
        ],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    reads = 0
    try:
        while writer.poll() is None:
            assert target.read_bytes() in (one, two)
            reads += 1
    finally:
        writer.wait(timeout=120)
    assert writer.returncode == 0
    assert reads > 0
    assert target.read_bytes() == one  # the last write won
    assert leftovers(tmp_path) == []


def test_folders_are_made_private_and_older_ones_tightened(tmp_path: Path) -> None:
    fresh = private_folder(tmp_path / "a" / "b")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o700
    older = tmp_path / "older"
    older.mkdir(mode=0o755)
    os.chmod(older, 0o755)  # as an older version made it
    assert private_folder(older) == older
    assert stat.S_IMODE(older.stat().st_mode) == 0o700
    shared = private_folder(tmp_path / "shared", mode=0o750)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o750
    fsync_dir(shared)  # a folder can be synced after a rename in it
    with pytest.raises(FileNotFoundError):
        fsync_dir(tmp_path / "gone")
