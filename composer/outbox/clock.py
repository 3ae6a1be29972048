"""Time for the outbox: an injectable clock, the user's time zone, and times typed by users.

Due times are stored as instants (UTC). A time the user picks ("Monday 09:00") is read in the
time zone of this computer at that moment and kept as that instant: when the time zone
changes while a message waits, it still goes out at the instant chosen, shown in the new
zone's local time. A clock that jumps is read as it is: nothing waits longer than its own
backoff after the clock went back (:func:`composer.outbox.store.is_due`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Protocol

from composer.i18n import translate
from composer.storage.walltime import wall_to_instant

__all__ = [
    "Clock",
    "SystemClock",
    "TimeFormatError",
    "format_local",
    "parse_local",
    "quick_choices",
]


class Clock(Protocol):
    """What the outbox asks for the time; tests pass one they control."""

    def now(self) -> datetime:
        """The current instant, time-zone aware."""

    def monotonic(self) -> float:
        """Seconds from an arbitrary start that never jump (for durations: the Undo delay)."""


class SystemClock:
    """The computer's clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()


class TimeFormatError(ValueError):
    """A send time that could not be read; the text says what is expected."""


def local(when: datetime) -> datetime:
    """*when* in this computer's time zone as it is now (read anew at every call)."""
    return when.astimezone()


def parse_local(text: str, now: datetime | None = None) -> datetime:
    """``YYYY-MM-DD HH:MM`` (or ``YYYY-MM-DDTHH:MM``, optionally with ``+09:00``) as an
    instant; without an offset, in this computer's time zone.

    Raises:
        TimeFormatError: the text is not such a time.
    """
    cleaned = text.strip().replace("T", " ", 1)
    try:
        parsed = datetime.fromisoformat(cleaned)
    except ValueError:
        raise TimeFormatError(
            translate(
                "Outbox", "“{text}” is not a time; write it as YYYY-MM-DD HH:MM, e.g. {example}."
            ).format(text=text, example=local(now or datetime.now(UTC)).strftime("%Y-%m-%d 09:00"))
        ) from None
    if parsed.tzinfo is None:
        return wall_to_instant(parsed)
    return parsed.astimezone(UTC)


def format_local(when: datetime) -> str:
    """*when* as the user reads it: ``2026-12-07 09:00`` in this computer's time zone."""
    return local(when).strftime("%Y-%m-%d %H:%M")


def _at(day: datetime, hour: int) -> datetime:
    return day.replace(hour=hour, minute=0, second=0, microsecond=0)


def quick_choices(now: datetime) -> list[tuple[str, datetime]]:
    """The "Send later" shortcuts: in an hour, tomorrow morning (08:00), Monday 09:00 (the
    next Monday, a week on if today is Monday), in the user's time zone; as instants."""
    here = local(now)
    tomorrow = _at(here + timedelta(days=1), 8)
    days = (7 - here.weekday()) % 7 or 7
    monday = _at(here + timedelta(days=days), 9)
    words: list[tuple[str, Callable[[], datetime]]] = [
        (translate("Outbox", "In an hour"), lambda: now + timedelta(hours=1)),
        (translate("Outbox", "Tomorrow morning"), lambda: tomorrow),
        (translate("Outbox", "Monday 09:00"), lambda: monday),
    ]
    return [(label, make().astimezone(UTC)) for label, make in words]
