"""A full disk under the outbox: ``composer send --at`` refuses to queue, says so, and leaves
nothing half-written. The outbox folder is a small tmpfs (:mod:`small_disk`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from small_disk import SmallDisk

from composer.profiles.model import BackendKind, Profile, ProfileBook, Security
from composer.profiles.parts import SmtpSettings
from composer.profiles.store import ProfileStore

ROOT = Path(__file__).resolve().parents[2]


def composer(home: Path, prefix: tuple[str, ...], *args: str) -> tuple[int, str]:
    env = dict(os.environ, COMPOSER_HOME=str(home), PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [*prefix, sys.executable, "-m", "composer", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return proc.returncode, proc.stdout + proc.stderr


def test_a_full_disk_refuses_to_queue_and_says_so(composer_home: Path, tmp_path: Path) -> None:
    relay = SmtpSettings(host="127.0.0.1", port=2525, security=Security.NONE)
    ProfileStore().save(ProfileBook([Profile("Relay", backend=BackendKind.SMTP, smtp=relay)]))
    report = tmp_path / "report.pdf"
    report.write_bytes(os.urandom(600 * 1024))  # more than the disk holds
    outbox = composer_home / "data" / "outbox"
    with SmallDisk(outbox, size_kib=256) as disk:
        code, out = composer(
            composer_home, disk.prefix, "send", "--to", "lee@example.com",
            "--from", "kim@example.com", "--subject", "Report", "--body", "see attached",
            "--attach", str(report), "--at", "2099-01-01 09:00",
        )  # fmt: skip
        assert code == 1, out
        assert "composer send: The message was not queued: the disk is full." in out
        assert "Free some space, then send again" in out
        left = disk.python(f"import os; print(sorted(os.listdir({str(outbox)!r})))")
        assert left.strip() == "[]"  # no torn message, no leftover
        code, out = composer(composer_home, disk.prefix, "outbox", "list")
        assert code == 0
        assert "The outbox is empty." in out


def test_a_file_size_limit_refuses_to_queue_as_a_full_disk(
    composer_home: Path, tmp_path: Path
) -> None:
    """RLIMIT_FSIZE (a quota on file size) fails writes with EFBIG: the same refusal as a
    full disk, never "the connection to the mail server failed"."""
    import resource

    relay = SmtpSettings(host="127.0.0.1", port=2525, security=Security.NONE)
    ProfileStore().save(ProfileBook([Profile("Relay", backend=BackendKind.SMTP, smtp=relay)]))
    report = tmp_path / "report.pdf"
    report.write_bytes(os.urandom(200 * 1024))

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))

    env = dict(os.environ, COMPOSER_HOME=str(composer_home), PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [
            sys.executable, "-m", "composer", "send", "--to", "lee@example.com",
            "--from", "kim@example.com", "--subject", "Report", "--body", "see attached",
            "--attach", str(report), "--at", "2099-01-01 09:00",
        ],
        env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120,
        preexec_fn=small_files,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stderr
    assert "composer send: The message was not queued: the disk is full." in proc.stderr
    assert "connection" not in proc.stderr
    code, out = composer(composer_home, (), "outbox", "list")
    assert code == 0
    assert "The outbox is empty." in out
