#!/bin/sh
# Removes what install.sh put in place for this user. Session files are never touched.
set -eu
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
ID=dk.amkdesktop.AmkDesktop
rm -rf "$DATA/amk-desktop"
[ -L "$HOME/.local/bin/amk-desktop" ] && rm -f "$HOME/.local/bin/amk-desktop"
rm -f "$DATA/applications/$ID.desktop" "$DATA/mime/packages/$ID.xml" \
  "$DATA/icons/hicolor/scalable/apps/$ID.svg" "$DATA/metainfo/$ID.metainfo.xml"
if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$DATA/mime"; fi
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$DATA/applications"; fi
echo "AMK Desktop is removed. Your .amk session files are where you left them."
