#!/usr/bin/env bash
# Set up (first time only) and start the workbench window.
#   tools/run-app.sh --demo        a demo database with realistic cases
#   tools/run-app.sh --db FILE     your own database file
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/tools/setup-env.sh"
exec "$ROOT/.venv/bin/python" "$ROOT/main.py" "$@"
