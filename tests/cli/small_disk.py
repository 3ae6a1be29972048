"""A really small disk for the ledger: a tmpfs in a private mount namespace.

Mounting needs no privilege the tests would leave behind: the tmpfs exists only in a
mount namespace held open by a helper process (``unshare``), and commands run inside it
with ``nsenter``. As root the namespace is a plain mount namespace; otherwise a user
namespace comes with it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


class SmallDisk:
    """A *size_kib* tmpfs mounted over *folder*, visible only to :attr:`prefix` commands."""

    def __init__(self, folder: Path, size_kib: int) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        root = os.geteuid() == 0
        unshare = ["unshare", "--mount", "--propagation", "private"]
        if not root:
            unshare[1:1] = ["--user", "--map-root-user"]
        script = (
            f"mount -t tmpfs -o size={size_kib}k tmpfs {_quote(folder)} && echo ready && exec cat"
        )
        self._holder = subprocess.Popen(
            [*unshare, "sh", "-c", script],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._holder.stdout is not None
        ready = self._holder.stdout.readline().strip()
        assert ready == "ready", "could not mount a tmpfs in a private mount namespace"
        self.prefix: tuple[str, ...] = (
            "nsenter",
            f"--target={self._holder.pid}",
            "--mount",
            *(() if root else ("--user", "--preserve-credentials")),
            "--",
        )

    def python(self, code: str) -> str:
        """Run Python *code* inside the namespace; returns its output."""
        proc = subprocess.run(
            [*self.prefix, sys.executable, "-c", code],
            env=dict(os.environ, PYTHONPATH=str(ROOT)),
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        return proc.stdout

    def fill(self) -> int:
        """Fill the disk to the last byte; returns how many bytes that took."""
        filler = self.folder / "filler"
        return int(
            self.python(
                "import os\n"
                f"fd = os.open({str(filler)!r}, os.O_WRONLY | os.O_CREAT | os.O_APPEND)\n"
                "n, size = 0, 65536\n"
                "while size:\n"
                "    try:\n"
                "        n += os.write(fd, b'x' * size)\n"
                "    except OSError:\n"
                "        size //= 2\n"
                "os.close(fd)\n"
                "print(n)\n"
            )
        )

    def free(self) -> None:
        self.python(f"import os; os.remove({str(self.folder / 'filler')!r})")

    def statuses(self, ledger: Path) -> dict[str, str]:
        """Recipient -> row status of the only merge in the ledger on this disk."""
        out = self.python(
            "import json\n"
            "from pathlib import Path\n"
            "from composer.merge import MergeLedger\n"
            f"with MergeLedger(Path({str(ledger)!r})) as ledger:\n"
            "    (merge,) = ledger.merges()\n"
            "    print(json.dumps({r.recipients.split('<')[-1].rstrip('>'): r.status\n"
            "                      for r in ledger.rows(merge.id)}))\n"
        )
        found: dict[str, str] = json.loads(out)
        return found

    def close(self) -> None:
        assert self._holder.stdin is not None
        self._holder.stdin.close()  # cat ends, the namespace and its tmpfs with it
        self._holder.wait(timeout=30)
        if self._holder.stdout is not None:
            self._holder.stdout.close()

    def __enter__(self) -> SmallDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _quote(path: Path) -> str:
    return "'" + str(path).replace("'", "'\\''") + "'"
