"""Wall-clock times of this computer's time zone as instants, daylight saving included.

``naive.astimezone()`` leaves a time the clocks skip to the C library, which may read it an
hour early; the outbox's send times and a merge's per-row send times are read here instead.
"""

from __future__ import annotations

from datetime import UTC, datetime

__all__ = ["wall_to_instant"]


def wall_to_instant(wall: datetime) -> datetime:
    """The instant a clock of this computer's time zone shows *wall* (naive) at.

    Daylight saving makes some wall times happen twice and some never. A time that happens
    twice (the hour the clocks go back) is its first occurrence: the earlier is the one the
    user can still change their mind about. A time that never happens (the hour skipped
    when the clocks go forward: 02:30 on that night) is read with the offset before the
    jump, so it is the later instant (03:30 after the jump), never an hour early.
    """
    naive = wall.replace(tzinfo=None, fold=0)
    as_utc = (naive - _EPOCH).total_seconds()
    # The offsets in force within a day of that time: the two sides of any transition.
    offsets = {_offset(as_utc + hours * 3600) for hours in range(-26, 27, 2)}
    matching = sorted(as_utc - off for off in offsets if _wall_of(as_utc - off) == naive)
    if matching:
        return datetime.fromtimestamp(matching[0], UTC)
    return datetime.fromtimestamp(max(as_utc - off for off in offsets), UTC)


_EPOCH = datetime(1970, 1, 1)


def _offset(instant: float) -> float:
    offset = datetime.fromtimestamp(instant, UTC).astimezone().utcoffset()
    return offset.total_seconds() if offset is not None else 0.0


def _wall_of(instant: float) -> datetime:
    return datetime.fromtimestamp(instant, UTC).astimezone().replace(tzinfo=None)
