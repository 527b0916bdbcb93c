#!/usr/bin/env bash
# Set up (first time only) and run every check headless: lint, format, types, the whole test suite.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
AMK_SETUP_MODE=test source "$ROOT/scripts/setup.sh"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
BIN="$ROOT/.venv/bin"
echo "== ruff check";        "$BIN/ruff" check .
echo "== ruff format";       "$BIN/ruff" format --check .
echo "== mypy";              "$BIN/mypy"
echo "== import contracts";  "$BIN/lint-imports" --no-cache
echo "== pytest";            "$BIN/python" -m pytest --cov=amk_desktop --cov-report=term:skip-covered "$@"
