#!/usr/bin/env bash
# Set up (first time only) and run every check headless: lint, format, types, the whole test suite;
# under CI (CI=true) or with AMK_BUNDLE=1 also the Linux bundle (packaging/build.sh) and its self-test.
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
if [ "${CI:-}" = "true" ] || [ "${AMK_BUNDLE:-}" = "1" ]; then
  # CI (and AMK_BUNDLE=1): the self-contained Linux bundle is built and checks itself in an
  # empty environment; pytest then also runs the built bundle (tests/test_bundle.py)
  echo "== bundle";          bash "$ROOT/packaging/build.sh"
fi
echo "== pytest";            "$BIN/python" -m pytest --cov=amk_desktop --cov-report=term:skip-covered "$@"
