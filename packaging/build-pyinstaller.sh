#!/usr/bin/env bash
# build-pyinstaller.sh [DIST_DIR]: build the one-folder app with PyInstaller and smoke-check it.
#
# Installs PyInstaller into the venv (from PyPI, the only network access; the build itself
# runs offline), builds packaging/composer.spec into DIST_DIR/composer (default: dist/composer)
# with its work files in build/pyinstaller, then runs packaging/smoke.py on the result.
# VENV selects the virtual environment (default: .venv, as made by scripts/setup.sh).
# The same spec builds on Windows and macOS (run the two commands below by hand there).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
DIST="${1:-dist}"
PY="$VENV/bin/python"
[ -x "$PY" ] || { echo "build-pyinstaller.sh: no venv at $VENV; run scripts/setup.sh first" >&2; exit 1; }

"$PY" -m pip install -q "pyinstaller>=6.10"
start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath build/pyinstaller packaging/composer.spec
echo "built $DIST/composer in $(( $(date +%s) - start )) s ($(du -sh "$DIST/composer" | cut -f1))"
"$PY" packaging/smoke.py "$DIST/composer"
