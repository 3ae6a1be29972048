#!/usr/bin/env bash
# install-linux.sh [--app DIST_DIR] [--uninstall]: put Composer on a Linux desktop.
#
# Installs the desktop entry, the AppStream metainfo and the application icon (every hicolor
# PNG size and the scalable SVG) under PREFIX (default: ~/.local, a per-user install; use
# PREFIX=/usr/local as root for every user). DESTDIR is honoured, for distribution packages.
#
# The desktop entry runs `composer`, so that command must be on PATH: either from
# `pip install composer-mail` (or scripts/setup.sh), or from a PyInstaller build given with
# --app (normally dist/composer), which is copied to PREFIX/lib/composer and linked as
# PREFIX/bin/composer.
#
#   packaging/build-pyinstaller.sh && packaging/install-linux.sh --app dist/composer
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
APP_ID="io.github.composermail.Composer"
PREFIX="${PREFIX:-$HOME/.local}"
DEST="${DESTDIR:-}$PREFIX"
SIZES=(16 24 32 48 64 128 256 512)

app_dir=""
uninstall=0
while [ $# -gt 0 ]; do
  case "$1" in
    --app) app_dir="${2:?--app needs the one-folder build, e.g. dist/composer}"; shift 2 ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install-linux.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

icons="$ROOT/composer/resources/icons/hicolor"
files=(
  "share/applications/$APP_ID.desktop"
  "share/metainfo/$APP_ID.metainfo.xml"
  "share/icons/hicolor/scalable/apps/$APP_ID.svg"
)
for size in "${SIZES[@]}"; do files+=("share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"); done

refresh_caches() {
  # Only for a real install: a staged DESTDIR tree is refreshed by the package's triggers.
  [ -z "${DESTDIR:-}" ] || return 0
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$DEST/share/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null && [ -f "$DEST/share/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$DEST/share/icons/hicolor" || true
  fi
}

if [ "$uninstall" = 1 ]; then
  for f in "${files[@]}"; do rm -f "$DEST/$f"; done
  if [ -L "$DEST/bin/composer" ] && [ "$(readlink "$DEST/bin/composer")" = "$PREFIX/lib/composer/composer" ]; then
    rm -f "$DEST/bin/composer"
    rm -rf "$DEST/lib/composer"
  fi
  refresh_caches
  echo "Removed Composer's desktop files from $DEST"
  exit 0
fi

install -Dm644 "$HERE/$APP_ID.desktop" "$DEST/share/applications/$APP_ID.desktop"
install -Dm644 "$HERE/$APP_ID.metainfo.xml" "$DEST/share/metainfo/$APP_ID.metainfo.xml"
install -Dm644 "$icons/scalable/apps/$APP_ID.svg" "$DEST/share/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in "${SIZES[@]}"; do
  install -Dm644 "$icons/${size}x${size}/apps/$APP_ID.png" \
    "$DEST/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done

if [ -n "$app_dir" ]; then
  [ -x "$app_dir/composer" ] || { echo "install-linux.sh: $app_dir/composer is not an executable" >&2; exit 1; }
  rm -rf "$DEST/lib/composer"
  mkdir -p "$DEST/lib" "$DEST/bin"
  cp -a "$app_dir" "$DEST/lib/composer"
  ln -sfn "$PREFIX/lib/composer/composer" "$DEST/bin/composer"
fi

refresh_caches
echo "Installed Composer's desktop entry, metainfo and icons under $DEST"
if [ -z "$app_dir" ] && ! command -v composer >/dev/null; then
  echo "Note: 'composer' is not on PATH; install the app (pip or --app dist/composer) so the menu entry starts." >&2
fi
