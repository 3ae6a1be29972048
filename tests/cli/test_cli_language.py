"""The command line speaks the user's language (Korean or English) without Qt.

The window's Korean comes from Qt's translator; the command line reads the same catalogue
itself (:mod:`composer.cli.language`). These tests run the real ``composer`` command in a
child process, as a person at a terminal would, and check the reader against Qt's own.
"""

from __future__ import annotations

import os
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from composer import i18n
from composer.cli import main
from composer.cli.language import language_for, read_catalogue


def _composer(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    environ.update(COMPOSER_HOME=str(home), **env)
    return subprocess.run(
        [sys.executable, "-m", "composer", *args],
        capture_output=True,
        text=True,
        env=environ,
        timeout=60,
        check=False,
    )


def _set_language(home: Path, language: str) -> None:
    (home / "config").mkdir(parents=True, exist_ok=True)
    (home / "config" / "settings.toml").write_text(
        f'[general]\nlanguage = "{language}"\n', encoding="utf-8"
    )


def test_korean_system_language_gives_korean_messages_and_help(tmp_path: Path) -> None:
    failed = _composer(tmp_path, "outbox", "cancel", "nosuch", LANG="ko_KR.UTF-8")
    assert failed.returncode == 2
    assert "보낼 편지함에 ID가 “nosuch”인 메시지가 없습니다." in failed.stderr
    assert "composer outbox list" in failed.stderr
    helped = _composer(tmp_path, "merge", "--help", LANG="ko_KR.UTF-8")
    assert "모든 행을 만들어 검사만 하고 보내지 않기" in helped.stdout  # --dry-run


def test_the_preferences_language_wins_over_the_system_one(tmp_path: Path) -> None:
    _set_language(tmp_path, "en")
    english = _composer(tmp_path, "outbox", "cancel", "nosuch", LANG="ko_KR.UTF-8")
    assert "No message in the outbox has the id “nosuch”." in english.stderr
    _set_language(tmp_path, "ko")
    korean = _composer(tmp_path, "outbox", "cancel", "nosuch", LANG="C.UTF-8")
    assert "ID가 “nosuch”인 메시지가 없습니다" in korean.stderr


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "ko_KR.UTF-8"}, "ko"),
        ({"LANG": "ko_KR.UTF-8", "LC_ALL": "en_US.UTF-8"}, "en"),
        ({"LC_MESSAGES": "ko_KR.eucKR", "LANG": "en_GB.UTF-8"}, "ko"),
        ({"LANG": "C.UTF-8", "LANGUAGE": "ko:en"}, "ko"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_system_language_is_read_as_the_window_reads_it(
    environ: dict[str, str], expected: str
) -> None:
    assert language_for("system", environ) == expected
    assert language_for("en", {"LANG": "ko_KR.UTF-8"}) == "en"


def test_the_catalogue_reads_as_qt_reads_it() -> None:
    from PySide6.QtCore import QTranslator

    data = (
        resources.files("composer")
        .joinpath("resources", "translations", "composer_core_ko.qm")
        .read_bytes()
    )
    ours = read_catalogue(data)
    qt = QTranslator()
    assert qt.load(data)
    assert len(ours) > 500
    for (context, source, comment), text in ours.items():
        assert qt.translate(context, source, comment or None) == text, (context, source)


def test_a_command_run_in_process_puts_the_earlier_language_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COMPOSER_HOME", str(tmp_path))
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    before = i18n.current()
    assert main(["outbox", "list"]) == 0
    assert i18n.current() is before
