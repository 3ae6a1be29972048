#!/usr/bin/env bash
# run-tests.sh [PYTEST ARGS...]: lint, type-check and run the whole test suite.
#
# The suite runs inside a private D-Bus session with a real, unlocked gnome-keyring
# (scripts/with-keyring.sh) and with Qt's offscreen platform, so it needs no display.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
export PATH="$PWD/$VENV/bin:$PATH"
export QT_QPA_PLATFORM=offscreen
ruff check .
ruff format --check composer tests bench
mypy
exec scripts/with-keyring.sh python -m pytest "$@"
