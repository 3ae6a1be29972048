"""What a send run reports: per-row events, running counts, and how the run ended."""

from __future__ import annotations

from dataclasses import dataclass, field

from composer.i18n import plural, translate
from composer.merge.sending.failures import Failure

__all__ = ["Progress", "RowEvent", "RunResult", "duration_text"]


@dataclass(frozen=True)
class RowEvent:
    """Something that happened to one row (or to the run, row_number 0)."""

    kind: str  # sent, failed, skipped, unknown, retry, paused, resumed, stopped, progress
    row_number: int = 0
    recipients: str = ""
    detail: str = ""


@dataclass
class Progress:
    """Counts of the current run, for progress bars.

    ``total`` is the rows this run intends to send; ``done_before`` were sent by earlier runs;
    ``unknown`` rows were in flight when a run stopped (``in_flight`` of them in this run).
    """

    total: int = 0
    sent: int = 0
    failed: int = 0
    skipped: int = 0
    done_before: int = 0
    unknown: int = 0
    in_flight: int = 0
    state: str = "idle"  # idle, running, paused, stopping, done
    reason: str = ""
    rate_per_minute: float = 0.0
    started: float = 0.0

    @property
    def processed(self) -> int:
        return self.sent + self.failed + self.skipped + self.in_flight

    @property
    def remaining(self) -> int:
        return max(0, self.total - self.processed)

    @property
    def seconds_left(self) -> float | None:
        if self.rate_per_minute <= 0:
            return None
        return self.remaining / self.rate_per_minute * 60.0


@dataclass
class RunResult:
    """How a run ended.

    outcome: ``finished`` (every row handled), ``cancelled``, ``stopped`` (a failure that
    would hit every row; ``message`` says which), ``daily_limit``, ``limit`` (``--limit``
    reached), ``paused`` is never an outcome: a paused run is still running.
    """

    outcome: str
    message: str = ""
    progress: Progress = field(default_factory=Progress)
    failure: Failure | None = None

    @classmethod
    def cancelled(cls, progress: Progress) -> RunResult:
        """A run the user stopped, with the rows it did not send yet."""
        count = progress.remaining
        message = plural(
            count,
            translate(
                "MergeEngine",
                "The merge was stopped with {count} row not sent. "
                "Run it again to send it; nobody gets a message twice.",
            ),
            translate(
                "MergeEngine",
                "The merge was stopped with {count} rows not sent. "
                "Run it again to send them; nobody gets a message twice.",
            ),
        )
        return cls("cancelled", message.format(count=count), progress)


def duration_text(seconds: float | None, unknown: str = "—") -> str:
    """A run's elapsed or remaining time as a clock shows it: ``75`` -> ``"1:15"``,
    ``3700`` -> ``"1:01:40"``; *unknown* when there is no estimate yet."""
    if seconds is None:
        return unknown
    h, rest = divmod(int(seconds), 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
