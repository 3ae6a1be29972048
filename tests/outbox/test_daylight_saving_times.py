"""Send times typed on a night the clocks change (New York rules, no tz database needed)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from datetime import time as clock_time

import pytest

from composer.merge.sendtime import row_send_time
from composer.outbox.clock import format_local, parse_local
from composer.outbox.resume import next_resume

NEW_YORK = "EST5EDT,M3.2.0,M11.1.0"  # the same rules as America/New_York since 2007


@pytest.fixture
def new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", NEW_YORK)
    time.tzset()
    try:
        yield
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.usefixtures("new_york")
@pytest.mark.parametrize("read", [parse_local, row_send_time])
def test_a_skipped_time_goes_out_after_the_jump_never_an_hour_early(
    read: Callable[[str], datetime | None],
) -> None:
    # 02:30 does not exist on 2027-03-14: 02:00 EST became 03:00 EDT (07:00 UTC).
    when = read("2027-03-14 02:30")
    assert when == datetime(2027, 3, 14, 7, 30, tzinfo=UTC)
    assert format_local(when) == "2027-03-14 03:30"
    # Either side of the gap is read as written.
    assert read("2027-03-14 01:59") == datetime(2027, 3, 14, 6, 59, tzinfo=UTC)
    assert read("2027-03-14 03:00") == datetime(2027, 3, 14, 7, 0, tzinfo=UTC)


@pytest.mark.usefixtures("new_york")
def test_a_time_that_happens_twice_is_its_first_occurrence() -> None:
    # 01:30 happens at 05:30 UTC (EDT) and again at 06:30 UTC (EST) on 2027-11-07.
    assert parse_local("2027-11-07 01:30") == datetime(2027, 11, 7, 5, 30, tzinfo=UTC)
    assert parse_local("2027-11-07 02:00") == datetime(2027, 11, 7, 7, 0, tzinfo=UTC)
    assert parse_local("2027-07-01 09:00") == datetime(2027, 7, 1, 13, 0, tzinfo=UTC)


@pytest.mark.usefixtures("new_york")
def test_a_merge_resumed_at_a_skipped_time_waits_for_it() -> None:
    stopped = datetime(2027, 3, 13, 20, 0, tzinfo=UTC)  # 15:00 on the day before
    when = next_resume(stopped, clock_time(2, 30), None, [], 0)
    assert when == datetime(2027, 3, 14, 7, 30, tzinfo=UTC)
