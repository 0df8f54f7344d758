#!/usr/bin/env bash
# Installs the Debian packages that `make test` or `make run` need, when they are missing.
# As root with apt-get it installs them; otherwise it names exactly what is missing and how to add it.
set -euo pipefail

purpose=${1:-test}
case "$purpose" in
  test) want=(sqlcipher ffmpeg xvfb) ;;
  # Qt 6's xcb platform plugin loads these at start-up on a real X11 screen; a fresh Debian lacks them.
  run) want=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
             libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libegl1
             libgl1 libfontconfig1 libdbus-1-3) ;;
  bundle) want=(desktop-file-utils) ;;
  *) echo "usage: $0 test|run|bundle" >&2; exit 2 ;;
esac

missing=()
for pkg in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "These system packages are needed for 'make $purpose' and could not be checked or installed" >&2
  echo "(no apt-get here): ${missing[*]}" >&2
  [ "$purpose" = run ] && exit 0 || exit 1
fi
if [ "$(id -u)" != 0 ]; then
  echo "Missing system packages for 'make $purpose': ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
