"""Message-IDs for a run's messages, made cheaply.

:func:`email.utils.make_msgid` asks the clock, the process id (a system call) and the random
generator for every message; on a 10,000-row merge that was a noticeable part of the send
loop. A run draws its random part once and counts: ``<TIME.RANDOM.N@domain>``, unique
across runs and machines by the 64 random bits, within the run by the counter.
"""

from __future__ import annotations

import itertools
import secrets
import time

__all__ = ["MessageIds"]


class MessageIds:
    """Unique Message-IDs ``<...@domain>`` for the messages of one run."""

    def __init__(self, domain: str) -> None:
        self._prefix = f"<{int(time.time() * 1000)}.{secrets.token_hex(8)}."
        self._suffix = f"@{domain}>"
        self._count = itertools.count(1)

    def next(self) -> str:
        return f"{self._prefix}{next(self._count)}{self._suffix}"
