"""The language chosen in Spelling ▸ Language of this message comes back with its draft:
the real compose window, the real dictionaries, the draft file on disk."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_spelling_window import ready_window

from composer.compose.message import ComposedMessage, to_eml
from composer.ui.compose.spelling import AUTOMATIC

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)
ENGLISH = "Hello all, the meeting is tomorrow at three in the main room."


def test_a_reopened_draft_is_checked_in_its_chosen_language(qtbot: QtBot) -> None:
    window = ready_window(qtbot)
    window.header.subject.setText("회의 안내")
    window.editor.setPlainText(ENGLISH)
    qtbot.waitUntil(lambda: window.spelling.language() == "en_US", timeout=5000)
    with qtbot.waitSignal(window.drafts.saved, timeout=10_000) as saved:
        window.drafts.save()
    # Choosing the language alone is a change of the message: its draft is saved again.
    window.spelling._fill_language_menu()
    (korean,) = [a for a in window.spelling.language_menu.actions() if a.data() == "ko_KR"]
    with qtbot.waitSignal(window.drafts.saved, timeout=10_000):
        korean.trigger()
        window.drafts.save()
    path = Path(saved.args[0])
    window.drafts.close()
    other = ready_window(qtbot)
    reopened = other.open_file(path)
    assert reopened is other
    assert other.editor.toPlainText() == ENGLISH
    assert other.spelling.choice == "ko_KR"  # not detected from the English text
    assert other.spelling.language() == "ko_KR"
    other.spelling._fill_language_menu()
    (checked,) = [a for a in other.spelling.language_menu.actions() if a.isChecked()]
    assert checked.data() == "ko_KR"


def test_a_draft_kept_before_opens_in_the_automatic_language(qtbot: QtBot, tmp_path: Path) -> None:
    old = tmp_path / "old.eml"
    old.write_bytes(to_eml(ComposedMessage(subject="예전 초안", text=ENGLISH)))
    window = ready_window(qtbot)
    window.spelling.set_language("ko_KR")  # what the window showed before must not stick
    assert window.open_file(old) is window
    assert window.spelling.choice == AUTOMATIC
    qtbot.waitUntil(lambda: window.spelling.language() == "en_US", timeout=5000)
