#!/usr/bin/env bash
# Installs what AMK Desktop needs on a Debian/Ubuntu machine, idempotently. Two modes
# (AMK_SETUP_MODE, set by the script that sources this one):
#   run     the system libraries Qt needs and the program with its run-time packages;
#   test    also Xvfb, the PDF and desktop-file validators and the test tools (pytest, ruff, mypy);
#   bundle  the run-time packages and PyInstaller (packaging/build.sh).
# Steps: 1. system packages (only what is missing; needs root or sudo), 2. a virtual environment
# in .venv with the pinned Python packages (constraints.txt), 3. the project in editable mode.
# Sourced by scripts/run.sh and scripts/test.sh; safe to run again at any time.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${AMK_VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"
MODE="${AMK_SETUP_MODE:-test}"

# Libraries the PySide6 wheels link against (offscreen and xcb) and fonts so text renders.
SYSTEM_PACKAGES=(
  libegl1 libgl1 libopengl0 libglib2.0-0 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3
  libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  fonts-dejavu-core
  # Qt's print support (its CUPS plugin) links the machine's CUPS client library; the bundle
  # uses the machine's too (docs/decisions.md, D21)
  libcups2
)
if [ "$MODE" = "test" ]; then
  SYSTEM_PACKAGES+=(
    # Xvfb for headless screenshots, poppler-utils to look at exported PDFs,
    # the PDF and desktop-integration validators the tests run
    xvfb xauth poppler-utils qpdf desktop-file-utils appstream
  )
fi

install_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || { echo "setup: not a Debian system; install Qt's runtime libraries yourself" >&2; return 0; }
  local missing=() pkg
  "$PYTHON" -c 'import venv, ensurepip' >/dev/null 2>&1 || missing+=(python3-venv)
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "setup: please install as root: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  echo "setup: installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=300 update -qq
  "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}" ca-certificates >/dev/null
}

install_python_packages() {
  if [ ! -x "$VENV/bin/python" ]; then
    echo "setup: creating $VENV"
    "$PYTHON" -m venv "$VENV"
  fi
  local stamp="$VENV/.amk-installed-$MODE" want target="$ROOT"
  [ "$MODE" = "test" ] && target="$ROOT[dev]"
  [ "$MODE" = "bundle" ] && target="$ROOT[bundle]"
  want="$(cat "$ROOT/pyproject.toml" "$ROOT/setup.py" "$ROOT/constraints.txt" | sha256sum | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    return 0
  fi
  echo "setup: installing Python packages ($MODE) into $VENV"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -c "$ROOT/constraints.txt" -e "$target"
  echo "$want" >"$stamp"
}

install_system_packages
install_python_packages
