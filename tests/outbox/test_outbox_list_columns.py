"""``composer outbox list`` keeps its columns in line in Korean (Hangul takes two cells)."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path

import pytest
from outbox_helpers import letter

from composer.cli.language import install
from composer.cli.outbox import run_list
from composer.cli.textwidth import display_width, pad
from composer.outbox.item import State
from composer.outbox.store import OutboxStore


def test_cells_of_english_hangul_and_combining_marks() -> None:
    assert display_width("Waiting") == 7
    assert display_width("대기 중") == 7
    assert display_width("e\u0301") == 1
    assert display_width(pad("실패", 10)) == 10
    assert pad("In doubt (most likely delivered)", 10) == "In doubt (most likely delivered)"


def test_the_korean_list_is_in_line(
    composer_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = OutboxStore()
    now = datetime(2099, 1, 1, tzinfo=UTC)
    store.add(letter("회의"), "Relay", datetime(2099, 1, 5, tzinfo=UTC), now)
    failed = store.add(letter("Minutes"), "Relay", datetime(2099, 1, 6, tzinfo=UTC), now)
    with store.claim(failed.id) as item:
        assert item is not None
        item.state = State.FAILED
        store.save(item)
    restore = install({"LANG": "ko_KR.UTF-8"})
    try:
        assert run_list(argparse.Namespace(all=False)) == 0
    finally:
        restore()
    lines = [line for line in capsys.readouterr().out.splitlines() if "2099-01" in line]
    assert len(lines) == 2
    assert any("대기 중" in line for line in lines)
    assert any("실패" in line for line in lines)
    # The time column starts at the same cell on both lines.
    starts = {display_width(line[: line.index("2099-01")]) for line in lines}
    assert len(starts) == 1
