#!/usr/bin/env bash
# `make bundle`: builds the one-folder PyInstaller bundle dist/etalonium/ from build/etalonium.spec and, on
# Linux, packs the tarball people download: dist/etalonium-VERSION-linux-ARCH.tar.gz holding the bundle, the
# desktop entry, the icons and install.sh. Generated files go to dist/ only (dist/.work for PyInstaller's
# work folder, which also keeps its cache between builds); build/ holds recipes and nothing generated.
#
#   tools/bundle.sh            bundle + tarball
#   tools/bundle.sh --no-tar   bundle only
#
# Environment: PY (default .venv/bin/python, which needs PyInstaller: pip install -e '.[bundle]'),
# SOURCE_DATE_EPOCH (pins the build date and the tarball's file times), ETALONIUM_BUILD_ID (overrides git describe).
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PY:-.venv/bin/python}
DIST=dist
WORK=$DIST/.work
tarball=yes
case "${1:-}" in
  "") ;;
  --no-tar) tarball=no ;;
  *) echo "usage: $0 [--no-tar]" >&2; exit 2 ;;
esac

if ! "$PY" -c 'import PyInstaller' 2>/dev/null; then
  echo "PyInstaller is missing from $PY: install the bundle extra with  $PY -m pip install -e '.[bundle]'" >&2
  exit 1
fi

start=$(date +%s)
echo "== PyInstaller: build/etalonium.spec -> $DIST/etalonium/"
# Qt renders the icons at build time without a screen.
QT_QPA_PLATFORM=offscreen "$PY" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" build/etalonium.spec
echo "   $(du -sh "$DIST/etalonium" | cut -f1) in $DIST/etalonium/ ($(($(date +%s) - start)) s)"

[ "$tarball" = yes ] || exit 0
if [ "$(uname -s)" != Linux ]; then
  echo "(no tarball: that is the Linux package; see docs/INSTALL.md for this platform's installer)"
  exit 0
fi

version=$("$PY" -c 'from etalonium_desktop import __version__; print(__version__)')
base=etalonium-$version-linux-$(uname -m)
stage=$WORK/tarball/$base
rm -rf "$WORK/tarball"
mkdir -p "$stage/icons"
# Hard links: the stage costs no copy of the ~600 MB bundle.
cp -al "$DIST/etalonium" "$stage/etalonium"
cp -r "$WORK/etalonium/icons/hicolor" "$stage/icons/hicolor"
cp build/linux/etalonium.desktop "$stage/etalonium.desktop"
install -m 755 build/linux/install.sh "$stage/install.sh"
cat >"$stage/README.txt" <<EOF
Etalonium Desktop $version for Linux ($(uname -m))

Install for yourself (no root needed):   ./install.sh
Then start Etalonium from your applications menu. Remove it with: ./install.sh --uninstall

Or run it in place without installing:   ./etalonium/etalonium
No Python is needed. See docs/INSTALL.md in the source for details.
EOF

echo "== tarball: $DIST/$base.tar.gz"
mtime=${SOURCE_DATE_EPOCH:+@$SOURCE_DATE_EPOCH}
tar -C "$WORK/tarball" --sort=name --owner=0 --group=0 --numeric-owner ${mtime:+--mtime="$mtime"} \
  -cf - "$base" | gzip -n -6 >"$DIST/$base.tar.gz.tmp"
mv "$DIST/$base.tar.gz.tmp" "$DIST/$base.tar.gz"
rm -rf "$WORK/tarball"
echo "   $(du -h "$DIST/$base.tar.gz" | cut -f1) ($(($(date +%s) - start)) s in all)"
