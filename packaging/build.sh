#!/usr/bin/env bash
# Builds the self-contained AMK Desktop bundle for the system this runs on (issue 11):
#   dist/amk-desktop/amk-desktop          Linux (and dist/amk-desktop-<version>-linux-<arch>.tar.gz)
#   dist/amk-desktop/amk-desktop.exe      Windows (with amk-desktop-cli.exe for the command line)
#   dist/AMK Desktop.app                  macOS
# then runs the bundle's --self-test. Needs Python 3.11+; on Debian/Ubuntu it installs what Qt
# needs (scripts/setup.sh, mode "bundle": the run-time packages and PyInstaller, in .venv).
# On Windows run it from Git Bash; the Inno Setup installer is built after it
# (packaging/windows/README.md); on macOS the .app is signed and packed after it
# (packaging/macos/README.md).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

case "$(uname -s)" in
  Linux*) SYSTEM=linux ;;
  Darwin*) SYSTEM=macos ;;
  MINGW* | MSYS* | CYGWIN*) SYSTEM=windows ;;
  *) echo "build: unknown system $(uname -s)" >&2; exit 1 ;;
esac

if [ "$SYSTEM" = linux ]; then
  AMK_SETUP_MODE=bundle source "$ROOT/scripts/setup.sh"
  PY="$VENV/bin/python"
else
  # Windows and macOS: a virtual environment of their own, no system packages needed
  VENV="${AMK_VENV:-$ROOT/.venv}"
  [ -d "$VENV" ] || "${PYTHON:-python3}" -m venv "$VENV"
  if [ "$SYSTEM" = windows ]; then PY="$VENV/Scripts/python.exe"; else PY="$VENV/bin/python"; fi
  "$PY" -m pip install -q --disable-pip-version-check -c constraints.txt -e ".[bundle]"
fi

VERSION="$("$PY" -c 'import amk_desktop; print(amk_desktop.__version__)')"
echo "build: AMK Desktop $VERSION for $SYSTEM"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" packaging/amk-desktop.spec

if [ "$SYSTEM" = linux ] && command -v strip >/dev/null 2>&1; then
  # PyInstaller's own strip would break NumPy's OpenBLAS (wheels' *.libs are left as they are);
  # the Python library and modules of a self-built Python carry debug symbols: 20 MB
  find "$ROOT/dist/amk-desktop/_internal" -type f \( -name "*.so" -o -name "*.so.*" \) \
    -not -path "*.libs/*" -print0 | while IFS= read -r -d '' library; do
      if readelf -S "$library" 2>/dev/null | grep -q '\.symtab'; then
        strip --strip-unneeded "$library"
      fi
    done
fi

case "$SYSTEM" in
  linux) PROGRAM="$ROOT/dist/amk-desktop/amk-desktop" ;;
  windows) PROGRAM="$ROOT/dist/amk-desktop/amk-desktop-cli.exe" ;;
  macos) PROGRAM="$ROOT/dist/AMK Desktop.app/Contents/MacOS/amk-desktop" ;;
esac

# the bundle checks itself with an empty environment: no venv, no Python on PATH
env -i HOME="$(mktemp -d)" LANG=C.UTF-8 "$PROGRAM" --version
env -i HOME="$(mktemp -d)" LANG=C.UTF-8 "$PROGRAM" --self-test

if [ "$SYSTEM" = linux ]; then
  # the tarball: the bundle, the per-user install script and the desktop integration
  ARCH="$(uname -m)"
  STAGE="$ROOT/build/amk-desktop-$VERSION"
  rm -rf "$STAGE"
  mkdir -p "$STAGE"
  cp -a "$ROOT/dist/amk-desktop" "$STAGE/amk-desktop"
  cp packaging/linux/install.sh packaging/linux/uninstall.sh "$STAGE/"
  mkdir -p "$STAGE/share"
  cp packaging/linux/dk.amkdesktop.AmkDesktop.desktop packaging/linux/dk.amkdesktop.AmkDesktop-mime.xml \
    packaging/linux/dk.amkdesktop.AmkDesktop.metainfo.xml resources/icons/amk-desktop.svg "$STAGE/share/"
  TARBALL="$ROOT/dist/amk-desktop-$VERSION-linux-$ARCH.tar.gz"
  tar -C "$ROOT/build" -czf "$TARBALL" "amk-desktop-$VERSION"
  echo "build: $TARBALL ($(du -sh "$ROOT/dist/amk-desktop" | cut -f1) unpacked)"
fi
