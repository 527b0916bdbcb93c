#!/bin/sh
# Installs AMK Desktop for this user only (no administrator rights): the program under
# ~/.local/share/amk-desktop, the command ~/.local/bin/amk-desktop, the menu entry, the .amk
# file type and its icon, so that a double-click on a .amk file opens it. Run it from the
# unpacked tarball: sh install.sh. Remove it again with sh uninstall.sh.
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
BIN="$HOME/.local/bin"
APP="$DATA/amk-desktop"
ID=dk.amkdesktop.AmkDesktop

[ -x "$HERE/amk-desktop/amk-desktop" ] || { echo "install: run this from the unpacked AMK Desktop folder" >&2; exit 1; }

echo "Installing AMK Desktop in $APP"
rm -rf "$APP.new"
mkdir -p "$APP.new"
cp -a "$HERE/amk-desktop/." "$APP.new/"
rm -rf "$APP"
mv "$APP.new" "$APP"
mkdir -p "$BIN"
ln -sf "$APP/amk-desktop" "$BIN/amk-desktop"

# the menu entry, started from where the program now is (whatever PATH holds)
mkdir -p "$DATA/applications"
sed -e "s|^Exec=.*|Exec=\"$APP/amk-desktop\" %f|" -e "s|^TryExec=.*|TryExec=$APP/amk-desktop|" \
  "$HERE/share/$ID.desktop" >"$DATA/applications/$ID.desktop"
# the .amk file type and the icons of the program and of its files
mkdir -p "$DATA/mime/packages" "$DATA/icons/hicolor/scalable/apps" "$DATA/metainfo"
cp "$HERE/share/$ID-mime.xml" "$DATA/mime/packages/$ID.xml"
cp "$HERE/share/amk-desktop.svg" "$DATA/icons/hicolor/scalable/apps/$ID.svg"
cp "$HERE/share/$ID.metainfo.xml" "$DATA/metainfo/$ID.metainfo.xml"

# tell the desktop (each tool is optional: a minimal system may lack it)
if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$DATA/mime"; fi
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$DATA/applications"; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true; fi
if command -v xdg-mime >/dev/null 2>&1; then xdg-mime default "$ID.desktop" application/x-amk-session || true; fi

case ":$PATH:" in
  *":$BIN:"*) ;;
  *) echo "Note: $BIN is not on your PATH; the menu entry and double-click work all the same." ;;
esac
echo "Done. Start AMK Desktop from the menu, or double-click a .amk file."
