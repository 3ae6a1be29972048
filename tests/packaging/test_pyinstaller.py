"""The PyInstaller one-folder build: it builds offline, starts, and carries its resources.

Builds ``packaging/composer.spec`` into a temporary folder (about 25 s on a 2-core machine)
and runs ``packaging/smoke.py``'s checks on the frozen executable.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_smoke() -> ModuleType:
    spec = importlib.util.spec_from_file_location("composer_smoke", ROOT / "packaging" / "smoke.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def built_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail("PyInstaller is not installed: pip install 'pyinstaller>=6.10' (test extra)")
    work = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "packaging" / "composer.spec"),
        ],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return work / "dist" / "composer"


def test_version(built_app: Path) -> None:
    assert load_smoke().check_version(built_app) == "composer 0.1.0"


def test_gui_starts_paints_and_quits_offscreen(built_app: Path) -> None:
    assert load_smoke().check_gui_start(built_app).startswith("first-paint ")


def test_icons_are_bundled_as_package_data(built_app: Path) -> None:
    assert load_smoke().check_bundled_resources(built_app) == 20


def test_test_only_packages_stay_out(built_app: Path) -> None:
    internal = built_app / "_internal"
    for name in ("django", "pytest", "hypothesis", "mypy", "tkinter"):
        assert not (internal / name).exists(), name


def test_smoke_check_fails_on_a_broken_build(tmp_path: Path) -> None:
    smoke = load_smoke()
    with pytest.raises(smoke.SmokeFailure, match="does not exist"):
        smoke.check_version(tmp_path)
    (tmp_path / "_internal" / "composer").mkdir(parents=True)
    with pytest.raises(smoke.SmokeFailure, match="missing from the bundle"):
        smoke.check_bundled_resources(tmp_path)
