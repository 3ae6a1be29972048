"""A run's time reads the same in the merge window and the terminal."""

from __future__ import annotations

import pytest

from composer.merge.sending.progress import duration_text


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(0, "0:00"), (5.9, "0:05"), (75, "1:15"), (3599, "59:59"), (3700, "1:01:40")],
)
def test_a_duration_reads_as_a_clock(seconds: float, shown: str) -> None:
    assert duration_text(seconds) == shown


def test_no_estimate_yet_is_said_by_the_caller() -> None:
    assert duration_text(None) == "—"
    assert duration_text(None, "--:--") == "--:--"
