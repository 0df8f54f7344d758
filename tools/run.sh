#!/usr/bin/env bash
# Launches the desktop app from the project's virtualenv, after checking that Qt can reach a screen.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${QT_QPA_PLATFORM:-}" ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  cat >&2 <<'MSG'
No screen to show the app on: neither DISPLAY (X11) nor WAYLAND_DISPLAY is set.
  - On a desktop, run `make run` from a terminal inside your graphical session.
  - On a headless machine, start a virtual screen:  xvfb-run -a make run   (Debian package: xvfb)
  - To check that everything starts without any screen:  QT_QPA_PLATFORM=offscreen make run
MSG
  exit 1
fi
exec .venv/bin/python -m etalonium_desktop "$@"
