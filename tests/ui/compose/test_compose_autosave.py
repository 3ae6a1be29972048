"""Autosave while the user keeps typing, driven with an injected clock (no sleeping)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_compose_window import make_window

from composer.compose.message import ComposedMessage, from_eml
from composer.profiles.model import BackendKind, Profile

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)


def test_a_draft_is_saved_every_few_seconds_while_typing_never_pauses(qtbot: QtBot) -> None:
    window = make_window(qtbot, Profile("Outbox", backend=BackendKind.LOCMEM))
    keeper = window.drafts
    now = [1000.0]
    keeper.clock = lambda: now[0]
    snapshots: list[int] = []  # how many characters were typed when a save began
    take = keeper._snapshot

    def snapshot() -> ComposedMessage:
        msg = take()
        snapshots.append(len(msg.text))
        return msg

    keeper._snapshot = snapshot
    window.editor.setFocus()
    with qtbot.waitSignal(keeper.saved, timeout=10000) as saved:
        for _ in range(65):  # 45 s of typing, a key every 0.7 s
            qtbot.keyClicks(window.editor, "x")
            # the 0.7 s between two keys: the event loop runs and a save under way ends
            qtbot.waitUntil(lambda: keeper._saving is None, timeout=10000)
            now[0] += 0.7
    assert snapshots, "no autosave while typing"
    assert snapshots[0] <= 4  # due 2 s after the first change, whatever followed
    assert len(snapshots) >= 10  # and again every few seconds
    draft = from_eml(Path(saved.args[0]).read_bytes())
    assert draft.text.startswith("x" * snapshots[0])


def test_loading_a_message_cancels_the_pending_autosave(qtbot: QtBot) -> None:
    window = make_window(qtbot, Profile("Outbox", backend=BackendKind.LOCMEM))
    keeper = window.drafts
    now = [0.0]
    keeper.clock = lambda: now[0]
    qtbot.keyClicks(window.editor, "typed")
    assert keeper.timer.isActive()
    window.load_message(ComposedMessage(subject="Loaded"))
    assert not keeper.timer.isActive()
    now[0] += 10
    qtbot.keyClicks(window.header.subject, "!")  # a fresh change: a fresh deadline
    assert keeper.timer.isActive()
