#!/usr/bin/env bash
# Shared by run-app.sh and run-tests.sh: system libraries Qt needs, a CJK font,
# and a virtual environment in .venv with the workbench installed (editable).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EXTRA="${1:-}"   # "test" to add the test dependencies

# Debian/Ubuntu packages: Qt's runtime libraries, a Chinese font, poppler for PDF checks.
APT_PACKAGES="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 fonts-wqy-zenhei poppler-utils sqlite3"
if command -v dpkg >/dev/null 2>&1; then
  missing=""
  for p in $APT_PACKAGES; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
  if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ]; then
      echo "Installing system packages:$missing"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    else
      echo "Please install these packages first (sudo apt-get install$missing)" >&2
    fi
  fi
fi

PY="${PYTHON:-python3}"
if [ ! -x "$ROOT/.venv/bin/python" ]; then
  "$PY" -m venv "$ROOT/.venv"
fi
stamp="$ROOT/.venv/.installed-$EXTRA-$(cksum < "$ROOT/pyproject.toml" | cut -d' ' -f1)"
if [ ! -f "$stamp" ]; then
  "$ROOT/.venv/bin/python" -m pip install -q --upgrade pip >/dev/null
  if [ "$EXTRA" = test ]; then
    "$ROOT/.venv/bin/python" -m pip install -q -e "$ROOT[test]"
  else
    "$ROOT/.venv/bin/python" -m pip install -q -e "$ROOT"
  fi
  touch "$stamp"
fi
