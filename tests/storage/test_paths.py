"""Where Composer keeps its files: one module decides, and tests point it anywhere."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from composer.storage import paths


def test_everything_lives_below_the_chosen_base(composer_home: Path) -> None:
    assert paths.config_dir() == composer_home / "config"
    assert paths.data_dir() == composer_home / "data"
    assert paths.cache_dir() == composer_home / "cache"
    assert paths.log_dir() == composer_home / "log"
    assert paths.documents_dir() == composer_home / "documents"
    for folder in (paths.config_dir(), paths.data_dir(), paths.log_dir()):
        assert folder.is_dir()
    assert stat.S_IMODE(paths.log_dir().stat().st_mode) == 0o700  # the log names people


def test_an_override_nests_and_always_gives_way_again(tmp_path: Path, composer_home: Path) -> None:
    seen: list[Path] = []

    def fail_inside() -> None:
        with paths.override_base(tmp_path / "inner"):
            seen.append(paths.data_dir())
            raise RuntimeError("a test failing inside")

    with paths.override_base(tmp_path / "outer"):
        with pytest.raises(RuntimeError):
            fail_inside()
        assert seen == [tmp_path / "inner" / "data"]
        assert paths.data_dir() == tmp_path / "outer" / "data"
    assert paths.data_dir() == composer_home / "data"


def test_composer_home_moves_everything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "_override", None)
    monkeypatch.setenv("COMPOSER_HOME", str(tmp_path / "portable"))
    assert paths.config_dir() == tmp_path / "portable" / "config"
    assert paths.log_dir() == tmp_path / "portable" / "log"
    assert paths.documents_dir() == tmp_path / "portable" / "documents"


def test_without_a_base_the_platform_folders_are_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paths, "_override", None)
    monkeypatch.delenv("COMPOSER_HOME", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    assert paths.config_dir() == tmp_path / "xdg-config" / "composer"
    assert paths.data_dir() == tmp_path / "xdg-data" / "composer"
    assert paths.cache_dir() == tmp_path / "xdg-cache" / "composer"
    assert paths.log_dir() == tmp_path / "xdg-state" / "composer" / "log"
    assert paths.documents_dir() is None  # the GUI asks the platform for it
