#!/usr/bin/env bash
# Set up what the tests need (system libraries, CJK font, .venv) and run them all.
# Extra arguments go to pytest, e.g.  tools/run-tests.sh -k cli
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/tools/setup-env.sh" test
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
exec "$ROOT/.venv/bin/python" -m pytest -q "$@"
