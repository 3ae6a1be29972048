"""The PyInstaller one-folder build: it builds offline, starts, and carries its resources.

Builds ``packaging/composer.spec`` into a temporary folder (about 25 s on a 2-core machine)
and runs ``packaging/smoke.py``'s checks on the frozen executable.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

import composer

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


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def test_version(built_app: Path) -> None:
    # The version the package is published under is what the built app says.
    assert composer.__version__ == project_version()
    assert load_smoke().check_version(built_app) == f"composer {project_version()}"


def test_gui_starts_paints_and_quits_offscreen(built_app: Path) -> None:
    assert load_smoke().check_gui_start(built_app).startswith("first-paint ")


def test_icons_are_bundled_as_package_data(built_app: Path) -> None:
    assert load_smoke().check_bundled_resources(built_app) == 20


def bundled_modules(app: Path) -> set[str]:
    """The Python modules in the PYZ archives inside the executable (pure-Python ones
    live there, compressed, not as files in ``_internal``)."""
    from PyInstaller.archive.readers import PKG_ITEM_PYZ, CArchiveReader

    package = CArchiveReader(str(app / "composer"))
    found: set[str] = set()
    for name, entry in package.toc.items():
        if entry[-1] == PKG_ITEM_PYZ:
            found.update(package.open_embedded_archive(name).toc)
    return found


def test_test_only_packages_stay_out(built_app: Path) -> None:
    test_only = ("django", "pytest", "_pytest", "hypothesis", "mypy", "trustme", "tkinter")
    modules = bundled_modules(built_app)
    assert {"composer.app", "composer.mail.message", "jinja2"} <= modules  # the reader works
    assert sorted(m for m in modules if m.split(".")[0] in test_only) == []
    internal = built_app / "_internal"
    for name in test_only:
        assert not (internal / name).exists(), name


def test_smoke_check_fails_on_a_broken_build(tmp_path: Path) -> None:
    smoke = load_smoke()
    with pytest.raises(smoke.SmokeFailure, match="does not exist"):
        smoke.check_version(tmp_path)
    (tmp_path / "_internal" / "composer").mkdir(parents=True)
    with pytest.raises(smoke.SmokeFailure, match="missing from the bundle"):
        smoke.check_bundled_resources(tmp_path)
