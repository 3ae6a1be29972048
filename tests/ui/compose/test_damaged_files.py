"""Damaged ``.eml`` files in the app: ``composer FILE.eml``, the Outbox and Sent views."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import damaged_messages as damaged
import pytest
from pytestqt.qtbot import QtBot

from composer.ui.widgets.message_view import MessageView

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

FILES = {
    "truncated.eml": damaged.TRUNCATED,
    "bad-charset.eml": damaged.BAD_CHARSET,
    "broken-base64.eml": damaged.BROKEN_BASE64,
    "bad-header.eml": damaged.BAD_ADDRESS_HEADER,
    "recursive.eml": damaged.recursive_rfc822(),
    "nested.eml": damaged.nested_multipart(),
}
UNREADABLE = {"recursive.eml", "nested.eml"}


@pytest.mark.parametrize("name", sorted(FILES))
def test_composer_opens_a_damaged_file_without_crashing(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(FILES[name])
    env = dict(
        os.environ,
        COMPOSER_HOME=str(tmp_path / "home"),
        COMPOSER_BENCH_FIRST_PAINT="1",  # quit once the window has painted
        QT_QPA_PLATFORM="offscreen",
    )
    out = subprocess.run(
        [sys.executable, "-m", "composer", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("first-paint ")  # the window opened
    assert "Traceback" not in out.stderr
    if name in UNREADABLE:
        assert f"“{name}” could not be opened: its parts are nested too deeply" in out.stderr


@pytest.mark.parametrize("name", sorted(FILES))
def test_the_message_view_shows_a_damaged_message(qtbot: QtBot, name: str) -> None:
    view = MessageView()
    qtbot.addWidget(view)
    view.set_raw(FILES[name])
    assert view.source.toPlainText()  # the source is always there to copy from
    if name in UNREADABLE:
        assert "cannot be shown" in view.text.toPlainText()
    else:
        assert view.text.toPlainText() or view.rendered.toPlainText()
