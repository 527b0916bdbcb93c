#!/usr/bin/env bash
# Set up (first time only) and start AMK Desktop. Arguments are passed on, e.g. a session file.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
AMK_SETUP_MODE=run source "$ROOT/scripts/setup.sh"
exec "$ROOT/.venv/bin/amk-desktop" "$@"
