#!/usr/bin/env bash
# with-keyring.sh CMD...: run CMD in a private D-Bus session with an unlocked gnome-keyring
# and a throwaway HOME, so tests use a real Secret Service and never touch the user's own.
set -eu
KHOME=$(mktemp -d)
trap 'rm -rf "$KHOME"' EXIT
export HOME="$KHOME" XDG_DATA_HOME="$KHOME/.local/share" XDG_CONFIG_HOME="$KHOME/.config" \
       XDG_CACHE_HOME="$KHOME/.cache" XDG_STATE_HOME="$KHOME/.local/state" \
       XDG_RUNTIME_DIR="$KHOME/run"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
dbus-run-session -- bash -c '
  eval "$(printf %s test-keyring-pass | gnome-keyring-daemon --unlock --components=secrets)"
  export GNOME_KEYRING_CONTROL
  exec "$@"' with-keyring "$@"
