#!/bin/sh
# Installs Etalonium Desktop for the current user, from the unpacked tarball this script sits in:
#   the app         ~/.local/share/etalonium/app/            (replaced whole on an upgrade)
#   the menu entry  ~/.local/share/applications/etalonium.desktop
#   the icons       ~/.local/share/icons/hicolor/<size>/apps/etalonium.png (and scalable/…/etalonium.svg)
# (~/.local/share is $XDG_DATA_HOME when that is set.) No root, no Python, nothing outside those places.
#
#   ./install.sh               install or upgrade
#   ./install.sh --uninstall   remove the app, the menu entry and the icons; profiles and wallets stay
set -eu

name=etalonium
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-${HOME:?HOME is not set}/.local/share}
home_dir=$data/$name
app_dir=$home_dir/app
desktop_file=$data/applications/$name.desktop
icons=$data/icons/hicolor

refresh_menus() {
    # Menus and docks notice a new entry or icon by these; both tools are optional.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$data/applications" 2>/dev/null || true
    fi
    [ -d "$icons" ] && touch "$icons"
    return 0
}

uninstall() {
    rm -rf "$app_dir" "$app_dir.new" "$desktop_file"
    for icon in "$icons"/*/apps/$name.png "$icons"/*/apps/$name.svg; do
        [ -e "$icon" ] && rm -f "$icon"
    done
    rmdir "$home_dir" 2>/dev/null || true
    refresh_menus
    echo "Etalonium is uninstalled. Your profiles and wallets are kept (in $data/etalonium-desktop);"
    echo "delete that folder yourself only if you have your recovery phrase written down."
}

# A path inside a desktop entry's Exec key: quoted, with ", \`, $ and \ escaped for the quoting, then every \
# doubled for the string (Desktop Entry Specification, "The Exec key"), and % written %%.
exec_quote() {
    printf '"%s"' "$(printf '%s' "$1" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g' -e 's/%/%%/g')"
}
string_escape() {
    printf '%s' "$1" | sed -e 's/\\/\\\\/g'
}
sed_escape() {
    printf '%s' "$1" | sed -e 's/[\\|&]/\\&/g'
}

install() {
    if [ ! -x "$here/$name/$name" ] || [ ! -f "$here/$name.desktop" ]; then
        echo "install.sh: run me from the unpacked Etalonium tarball (no $here/$name/$name here)." >&2
        exit 1
    fi
    mkdir -p "$home_dir" "$data/applications"
    # Copy beside the old version first, then swap: an interrupted upgrade leaves the old app working.
    rm -rf "$app_dir.new"
    cp -R "$here/$name" "$app_dir.new"
    rm -rf "$app_dir"
    mv "$app_dir.new" "$app_dir"

    for dir in "$here"/icons/hicolor/*/apps; do
        size=$(basename "$(dirname "$dir")")
        mkdir -p "$icons/$size/apps"
        for icon in "$dir"/$name.*; do
            cp "$icon" "$icons/$size/apps/"
            chmod 644 "$icons/$size/apps/$(basename "$icon")"
        done
    done

    binary=$app_dir/$name
    sed -e "s|@EXEC@|$(sed_escape "$(exec_quote "$binary")")|" \
        -e "s|@TRYEXEC@|$(sed_escape "$(string_escape "$binary")")|" \
        "$here/$name.desktop" >"$desktop_file.tmp"
    chmod 644 "$desktop_file.tmp"
    mv "$desktop_file.tmp" "$desktop_file"
    refresh_menus

    echo "Installed $("$binary" --version 2>/dev/null || echo Etalonium) into $app_dir."
    echo "Start it from your applications menu (Etalonium), or run: $binary"
}

case "${1:-}" in
    "") install ;;
    --uninstall) uninstall ;;
    -h | --help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' ;;
    *) echo "usage: $0 [--uninstall]" >&2; exit 2 ;;
esac
