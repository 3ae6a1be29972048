#!/usr/bin/env bash
# update_translations.sh: refresh the .ts sources from the code, then compile the .qm files.
#
# Two catalogues, each with an English (numerus forms) and a Korean .ts in
# resources/translations/:
#   composer_ui_*    windows and dialogs: composer/ui/ and composer/app.py
#   composer_core_*  the Qt-free modules: every other composer/**/*.py except composer/mail/
# lupdate keeps existing translations and marks changed strings unfinished; translate those,
# then run this again so lrelease writes composer/resources/translations/*.qm (shipped as
# package data). tests/ui/test_translations.py fails while a .ts or .qm is out of date.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
LUPDATE="${LUPDATE:-$VENV/bin/pyside6-lupdate}"
LRELEASE="${LRELEASE:-$VENV/bin/pyside6-lrelease}"
SRC=resources/translations
OUT=composer/resources/translations
LANGS=(en ko)
mkdir -p "$SRC" "$OUT"

ui_sources() { find composer/ui -name '*.py' | sort; echo composer/app.py; }
core_sources() {
  find composer -name '*.py' -not -path 'composer/ui/*' -not -path 'composer/mail/*' \
    -not -path composer/app.py | sort
}

update() {  # update NAME SOURCES...
  local name=$1; shift
  local ts=()
  for lang in "${LANGS[@]}"; do ts+=("$SRC/${name}_${lang}.ts"); done
  "$LUPDATE" -locations none -no-obsolete -source-language en "$@" -ts "${ts[@]}"
  for lang in "${LANGS[@]}"; do
    # lupdate writes the target language only into a new file; keep it right.
    sed -i -E "s/<TS version=\"2\\.1\"( language=\"[^\"]*\")?( sourcelanguage=\"[^\"]*\")?>/<TS version=\"2.1\" language=\"${lang}\" sourcelanguage=\"en\">/" \
      "$SRC/${name}_${lang}.ts"
    "$LRELEASE" -silent "$SRC/${name}_${lang}.ts" -qm "$OUT/${name}_${lang}.qm"
  done
}

mapfile -t ui < <(ui_sources)
mapfile -t core < <(core_sources)
update composer_ui "${ui[@]}"
update composer_core "${core[@]}"
