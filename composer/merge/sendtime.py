"""A row's own send time: a column of the data file (``--send-at-column``).

A cell holds ``YYYY-MM-DD HH:MM`` (optionally with seconds or an offset such as ``+09:00``),
read in this computer's time zone when it has no offset; an empty cell means "now". A cell
is data: anything else is a problem of that row, never a guess.
"""

from __future__ import annotations

from datetime import UTC, datetime

from composer.i18n import translate
from composer.storage.walltime import wall_to_instant

__all__ = ["row_send_time"]


def row_send_time(text: str) -> datetime | None:
    """The instant *text* names, or None for an empty cell.

    Raises:
        ValueError: the cell is not such a time (the message says what is expected).
    """
    cleaned = text.strip()
    if not cleaned:
        return None
    try:
        parsed = datetime.fromisoformat(cleaned.replace("T", " ", 1))
    except ValueError:
        raise ValueError(
            translate("MergeSendTime", "“{text}” is not a send time (YYYY-MM-DD HH:MM)").format(
                text=cleaned
            )
        ) from None
    if parsed.tzinfo is None:
        return wall_to_instant(parsed)
    return parsed.astimezone(UTC)
