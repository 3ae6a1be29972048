"""The merge renders each row once: the send pass takes the messages the check rendered,
unless the data file changed on disk in between (then it reads and checks it again)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from merge_helpers import letter, make_plan, people

from composer.mail import get_connection
from composer.merge import EngineSettings, MergeEngine, MergeLedger


def counting(plan: Any) -> list[int]:
    calls: list[int] = []
    render = plan.compiled.render

    def counted(number: int, *args: Any) -> Any:
        calls.append(number)
        return render(number, *args)

    plan.compiled.render = counted
    return calls


def dummy() -> Any:
    return get_connection("composer.mail.backends.locmem.EmailBackend")


def test_check_then_send_renders_every_row_once(tmp_path: Path, composer_home: Path) -> None:
    data = people(tmp_path / "p.csv", 50)
    with MergeLedger() as ledger:
        plan = make_plan(data, letter(), ledger)
        calls = counting(plan)
        assert plan.validate().counts["ready"] == 50
        result = MergeEngine(plan, dummy, EngineSettings(connections=1)).run()
    assert result.progress.sent == 50
    assert sorted(calls) == list(range(1, 51))


def test_a_file_changed_after_the_check_is_read_again(tmp_path: Path, composer_home: Path) -> None:
    data = people(tmp_path / "p.csv", 5)
    with MergeLedger() as ledger:
        plan = make_plan(data, letter(), ledger)
        calls = counting(plan)
        plan.validate()
        text = data.read_text(encoding="utf-8").replace("p3@", "someone.else@")
        data.write_text(text, encoding="utf-8")
        os.utime(data, ns=(1, 1))
        result = MergeEngine(plan, dummy, EngineSettings(connections=1)).run()
    assert len(calls) > 5  # read and rendered again
    assert result.outcome == "stopped"
    assert "changed after it was checked (row 3)" in result.message
    assert result.progress.sent < 3  # nothing from the changed row on
