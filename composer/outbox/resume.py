"""When a merge stopped by a daily limit resumes by itself, and the words for it.

A merge that reaches its daily cap (the user's, or the provider's known limit) or a
server's "daily limit" reply stops cleanly and schedules its own next run
(:mod:`composer.outbox.schedule`). That run is the same merge with the same ledger, so
nothing sent is sent again. It goes at the user's resume hour (09:00 by default) on the
next day, but never before the limit lets a whole day's share go again: limits count over
a rolling 24 hours (as the providers count them), so messages sent at 14:00 today free
their room at 14:00 tomorrow, not at midnight. No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING

from composer.i18n import plural, translate
from composer.outbox.clock import format_local, local
from composer.storage.walltime import wall_to_instant

if TYPE_CHECKING:
    from composer.merge import MergeLedger, MergePlan

__all__ = ["DEFAULT_RESUME_AT", "next_resume", "parse_hour", "plan_resumption", "resume_words"]

DEFAULT_RESUME_AT = "09:00"
_HOUR = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_WINDOW = timedelta(hours=24)


def parse_hour(text: str) -> time:
    """``HH:MM`` (24-hour clock) as a time of day.

    Raises:
        ValueError: with the words to show, when *text* is not such a time.
    """
    found = _HOUR.match(text.strip())
    if found is None:
        raise ValueError(
            translate(
                "Outbox", "“{text}” is not a time of day; write it as HH:MM, e.g. 09:00."
            ).format(text=text)
        )
    return time(int(found.group(1)), int(found.group(2)))


def next_resume(
    now: datetime,
    at: time,
    cap: int | None,
    sent_times: Sequence[float],
    remaining: int,
) -> datetime:
    """The instant a merge stopped at *now* by a daily limit runs again (UTC).

    *at* on the day after *now* (local time), or later when the limit is still full then:
    with a *cap* and the epoch times of the messages it counted (*sent_times*: those sent in
    the 24 hours before *now*), the first moment enough of them are 24 hours old for the
    next share (*remaining* rows, at most *cap*) to go, rounded up to the minute.
    """
    here = local(now)
    tomorrow = (here + timedelta(days=1)).date()
    # Read in the local zone as it will be tomorrow (a daylight-saving change included).
    when = wall_to_instant(datetime.combine(tomorrow, at))
    if cap:
        counted = sorted(t for t in sent_times if t > now.timestamp() - _WINDOW.total_seconds())
        share = min(cap, max(remaining, 1))
        must_age = len(counted) - (cap - share)  # this many of the oldest must drop out
        if must_age > 0:
            free = datetime.fromtimestamp(counted[must_age - 1], UTC) + _WINDOW
            free = (free + timedelta(minutes=1)).replace(second=0, microsecond=0)
            when = max(when, free)
    return when


def _day_words(now: datetime, when: datetime) -> str:
    days = (local(when).date() - local(now).date()).days
    hour = local(when).strftime("%H:%M")
    if days == 1:
        return translate("Outbox", "tomorrow at {time}").format(time=hour)
    return translate("Outbox", "on {time}").format(time=format_local(when))


def resume_words(
    now: datetime, when: datetime, sent_today: int, remaining: int, cap: int | None
) -> str:
    """The plan in plain words: "1,800 today, 1,200 tomorrow at 09:00 — the merge resumes by
    itself." (with more days when what is left passes the cap)."""
    day = _day_words(now, when)
    if cap and remaining > cap:
        days = -(-remaining // cap)
        text = plural(
            days,
            translate(
                "Outbox",
                "{sent} today, {left} more from {day} (at most {cap} a day, over {count} day) "
                "— the merge resumes by itself.",
            ),
            translate(
                "Outbox",
                "{sent} today, {left} more from {day} (at most {cap} a day, over {count} days) "
                "— the merge resumes by itself.",
            ),
        )
        return text.format(
            sent=f"{sent_today:,}", left=f"{remaining:,}", day=day, cap=f"{cap:,}", count=days
        )
    return translate("Outbox", "{sent} today, {left} {day} — the merge resumes by itself.").format(
        sent=f"{sent_today:,}", left=f"{remaining:,}", day=day
    )


def sent_times(ledger: MergeLedger, since: float, account: str | None = None) -> list[float]:
    """When each message since *since* (epoch seconds) went out through *account* (None:
    across merges): what the daily cap counts."""
    from composer.merge.record.accounts import sent_times as through

    return through(ledger, since, account)


def plan_resumption(
    plan: MergePlan, now: datetime, at: time, cap: int | None, sent_now: int
) -> tuple[datetime, str]:
    """When *plan*'s merge, stopped by a daily limit at *now* after sending *sent_now*,
    resumes (:func:`next_resume`), and the words for it (:func:`resume_words`)."""
    counts = plan.ledger.counts(plan.merge_id, plan.scan)
    remaining = counts["pending"] + counts["failed"]
    from composer.merge.record.accounts import account_of

    account = account_of(plan.ledger, plan.merge_id)
    times = sent_times(plan.ledger, (now - _WINDOW).timestamp(), account)
    when = next_resume(now, at, cap, times, remaining)
    return when, resume_words(now, when, sent_now, remaining, cap)
