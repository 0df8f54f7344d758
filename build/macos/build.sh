#!/usr/bin/env bash
# Builds the macOS app and disk image: dist/Etalonium.app and dist/etalonium-VERSION-macos-ARCH.dmg.
# Needs Python 3.11 (python.org universal2 installer or Homebrew) and Xcode's command line tools (codesign,
# hdiutil). Not buildable on Linux; see docs/INSTALL.md. Run from the repository root: build/macos/build.sh
#
# Signing and notarization (needed for Gatekeeper to open a downloaded app without a warning) are done when
#   ETALONIUM_CODESIGN_IDENTITY="Developer ID Application: NAME (TEAMID)"  and
#   ETALONIUM_NOTARY_PROFILE=<a profile saved with `xcrun notarytool store-credentials`>  are set.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "$(uname -s)" = Darwin ] || { echo "build/macos/build.sh runs on macOS" >&2; exit 1; }

[ -d .venv ] || python3.11 -m venv .venv
PY=.venv/bin/python
"$PY" -m pip install --quiet --upgrade pip
"$PY" -m pip install --quiet -e '.[bundle]'

# The spec signs every binary with ETALONIUM_CODESIGN_IDENTITY (hardened runtime) when it is set.
QT_QPA_PLATFORM=offscreen "$PY" -m PyInstaller --noconfirm --log-level WARN \
  --distpath dist --workpath dist/.work build/etalonium.spec

# The app must start on its own before it is packed.
QT_QPA_PLATFORM=offscreen dist/Etalonium.app/Contents/MacOS/etalonium --temp-profile --self-test

version=$("$PY" -c 'from etalonium_desktop import __version__; print(__version__)')
dmg=dist/etalonium-$version-macos-$(uname -m).dmg
stage=dist/.work/dmg
rm -rf "$stage" "$dmg"
mkdir -p "$stage"
cp -R dist/Etalonium.app "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "Etalonium $version" -srcfolder "$stage" -ov -format UDZO "$dmg"
rm -rf "$stage"

if [ -n "${ETALONIUM_CODESIGN_IDENTITY:-}" ]; then
  codesign --force --sign "$ETALONIUM_CODESIGN_IDENTITY" "$dmg"
  if [ -n "${ETALONIUM_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$dmg" --keychain-profile "$ETALONIUM_NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
  fi
fi
echo "$dmg"
