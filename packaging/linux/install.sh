#!/bin/sh
# Install Samenwerk for this user: a launcher, the icon, and the .samenwerk file type.
# Run from the unpacked build folder: ./install.sh  (./install.sh --uninstall removes it again)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$bin/samenwerk" "$data/applications/samenwerk.desktop" "$data/mime/packages/samenwerk-mime.xml"
    for s in 16 24 32 48 64 128 256 512; do rm -f "$data/icons/hicolor/${s}x${s}/apps/samenwerk.png"; done
    rm -f "$data/icons/hicolor/scalable/apps/samenwerk.svg"
else
    mkdir -p "$bin" "$data/applications" "$data/mime/packages"
    ln -sf "$here/samenwerk" "$bin/samenwerk"
    sed "s|^Exec=.*|Exec=\"$here/samenwerk\" %f|" "$here/share/samenwerk.desktop" > "$data/applications/samenwerk.desktop"
    cp "$here/share/samenwerk-mime.xml" "$data/mime/packages/"
    for png in "$here"/share/icons/*/samenwerk.png; do
        size=$(basename "$(dirname "$png")")
        mkdir -p "$data/icons/hicolor/$size/apps"
        cp "$png" "$data/icons/hicolor/$size/apps/samenwerk.png"
    done
    mkdir -p "$data/icons/hicolor/scalable/apps"
    cp "$here/share/icons/samenwerk.svg" "$data/icons/hicolor/scalable/apps/samenwerk.svg"
fi
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$data/icons/hicolor" || true
echo "Samenwerk is installed for $(id -un). Double-click a .samenwerk file to open it."
