#!/usr/bin/env python3
"""Smoke check of a built one-folder app: ``python packaging/smoke.py dist/composer``.

Runs the frozen ``composer`` executable, never the source tree:

1. ``composer --version`` prints the version;
2. ``composer`` starts the GUI on Qt's offscreen platform, paints the compose window once
   and closes it, through the start-up hook that already exists for the GUI benchmark
   (``COMPOSER_BENCH_FIRST_PAINT=1`` in :mod:`composer.app`), with every Composer path in a
   throwaway folder (``COMPOSER_HOME``), and leaves no error in its log;
3. the icons are in the bundle as package data, where ``importlib.resources`` looks.

Exits 0 when all pass; prints what failed otherwise. Uses only the standard library.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

APP_ID = "io.github.composermail.Composer"
TIMEOUT = 120  # seconds; a start takes about one on a 2-core machine


class SmokeFailure(Exception):
    """The built app failed a check."""


def executable(dist: Path) -> Path:
    name = "composer.exe" if sys.platform == "win32" else "composer"
    path = dist / name
    if not path.is_file():
        raise SmokeFailure(f"{path} does not exist: build with packaging/build-pyinstaller.sh")
    return path


def project_version() -> str:
    """The version in ``pyproject.toml``: what the build must say it is."""
    with (Path(__file__).resolve().parents[1] / "pyproject.toml").open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def check_version(dist: Path) -> str:
    result = subprocess.run(  # noqa: S603  (the app this build just made)
        [str(executable(dist)), "--version"],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    out = result.stdout.strip()
    if result.returncode != 0 or out != f"composer {project_version()}":
        raise SmokeFailure(f"--version: exit {result.returncode}, {out!r} {result.stderr!r}")
    return out


def check_gui_start(dist: Path) -> str:
    with tempfile.TemporaryDirectory(prefix="composer-smoke-") as home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "COMPOSER_HOME": home,
            "COMPOSER_BENCH_FIRST_PAINT": "1",
        }
        result = subprocess.run(  # noqa: S603  (the app this build just made)
            [str(executable(dist))],
            capture_output=True,
            text=True,
            env=env,
            timeout=TIMEOUT,
            check=False,
        )
        log_file = Path(home) / "log" / "composer.log"
        log = log_file.read_text(encoding="utf-8") if log_file.exists() else ""
    painted = [line for line in result.stdout.splitlines() if line.startswith("first-paint ")]
    if result.returncode != 0 or not painted:
        raise SmokeFailure(
            f"GUI start: exit {result.returncode}, no first paint\n"
            f"stdout: {result.stdout}\nstderr: {result.stderr}\nlog: {log}"
        )
    bad = [line for line in log.splitlines() if " ERROR " in line or " CRITICAL " in line]
    if bad or "Traceback" in result.stderr:
        raise SmokeFailure("GUI start logged errors:\n" + "\n".join(bad) + result.stderr)
    if "Composer 0.1.0 started" not in log:
        raise SmokeFailure(f"GUI start: the log does not say the app started\n{log}")
    return painted[0]


def check_bundled_resources(dist: Path) -> int:
    # PyInstaller >= 6 keeps everything but the executable in _internal/ (one-folder build).
    package = next((p for p in (dist / "_internal" / "composer", dist / "composer") if p.is_dir()),
                   None)  # fmt: skip
    if package is None:
        raise SmokeFailure(f"no composer package data in {dist}")
    icons = package / "resources" / "icons"
    expected = [icons / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"]
    expected += [
        icons / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png"
        for n in (16, 24, 32, 48, 64, 128, 256, 512)
    ]
    expected += [icons / "actions" / "mail-send.svg", package / "py.typed"]
    missing = [str(p.relative_to(dist)) for p in expected if not p.is_file()]
    if missing:
        raise SmokeFailure("missing from the bundle: " + ", ".join(missing))
    return len(list((icons / "actions").glob("*.svg")))


def main(argv: list[str]) -> int:
    dist = Path(argv[0] if argv else "dist/composer")
    try:
        print(f"version:   {check_version(dist)}")
        print(f"resources: ok, {check_bundled_resources(dist)} action icons")
        print(f"gui start: ok, {check_gui_start(dist)}")
    except (SmokeFailure, subprocess.TimeoutExpired) as exc:
        print(f"smoke check FAILED: {exc}", file=sys.stderr)
        return 1
    print("smoke check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
