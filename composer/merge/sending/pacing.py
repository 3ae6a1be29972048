"""How fast a merge may send: the rate limit, the daily cap, the wait before a retry.

Every connection thread asks for its turn, so the limits hold for the run as a whole, not
per connection. Waits go through the engine's ``sleep``, which wakes early when the run is
paused or cancelled (and which tests replace, so they run at full speed).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from composer.i18n import translate
from composer.merge.sending.failures import Failure

__all__ = ["Pacer"]


class Pacer:
    """The limits of one run; thread-safe.

    Args:
        rate_per_minute: at most this many messages a minute in total (None: no limit).
        daily_cap: at most this many accepted messages in any 24 hours (None: no cap).
        backoff: seconds to wait before the 1st, 2nd, ... retry of a row (the last repeats).
        clock: monotonic seconds.
        sleep: waits a number of seconds.
    """

    def __init__(
        self,
        rate_per_minute: float | None,
        daily_cap: int | None,
        backoff: tuple[float, ...],
        clock: Callable[[], float],
        sleep: Callable[[float], None],
    ) -> None:
        self.rate_per_minute = rate_per_minute
        self.daily_cap = daily_cap
        self.backoff_delays = backoff or (0.0,)
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._next_slot = 0.0
        #: Messages accepted in the last 24 hours, across merges (set when a run starts).
        self.sent_24h = 0

    def wait_turn(self, stopping: Callable[[], bool]) -> bool:
        """Wait until the rate limit lets the next message go; False if the run stops first."""
        rate = self.rate_per_minute
        if not rate or rate <= 0:
            return True
        with self._lock:
            slot = max(self._clock(), self._next_slot)
            self._next_slot = slot + 60.0 / rate
        while (wait := slot - self._clock()) > 0:
            self._sleep(wait)
            if stopping():
                return False
        return True

    def count_sent(self) -> None:
        """A server accepted one more message."""
        with self._lock:
            self.sent_24h += 1

    def cap_reached(self) -> Failure | None:
        """The daily cap's pause, once this run reached it; else None."""
        cap = self.daily_cap
        if cap is None:
            return None
        with self._lock:
            if self.sent_24h < cap:
                return None
        return Failure(
            "daily_limit",
            0,
            translate("MergeEngine", "daily cap of {cap} reached").format(cap=cap),
            translate(
                "MergeEngine",
                "This merge reached the daily cap of {cap} messages. "
                "It is paused; resume it tomorrow and it continues where it stopped.",
            ).format(cap=cap),
        )

    def backoff(self, attempt: int) -> None:
        """Wait before retry number *attempt* of a row."""
        delays = self.backoff_delays
        delay = delays[min(attempt - 1, len(delays) - 1)]
        if delay > 0:
            self._sleep(delay)
