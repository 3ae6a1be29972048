#!/usr/bin/env bash
# setup.sh [--test]: install what Composer needs on a fresh Debian/Ubuntu machine.
#
# Installs the system packages (fonts for Latin and Hangul, the libraries Qt's xcb plugin
# needs, Enchant with the English and Korean Hunspell dictionaries for spell checking) and creates ./.venv with Composer installed. With --test it also installs what the
# test suite needs: Xvfb, a D-Bus session bus, gnome-keyring and secret-tool (a real Secret
# Service), Postfix's smtp-sink (benchmarks), desktop-file-utils and appstream (packaging
# checks), Dovecot (a real IMAP server on 127.0.0.1), and the Python test extra.
set -euo pipefail
cd "$(dirname "$0")/.."

want_tests=0
[ "${1:-}" = "--test" ] && want_tests=1

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

apt_packages=(
  python3 python3-venv python3-pip
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libegl1 libgl1
  libfontconfig1 libdbus-1-3 fontconfig fonts-dejavu-core fonts-nanum
  libenchant-2-2 hunspell-en-us hunspell-ko
)
if [ "$want_tests" = 1 ]; then
  apt_packages+=(xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools postfix
                 desktop-file-utils appstream dovecot-imapd)
fi

missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  # Postfix is there only for its smtp-sink/smtp-source tools: no mail daemon is configured.
  echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

PYTHON="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ "$want_tests" = 1 ]; then
  .venv/bin/python -m pip install -q -e ".[test]"
else
  .venv/bin/python -m pip install -q -e .
fi
