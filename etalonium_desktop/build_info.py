"""The version and build of this copy of the app, as `--version` and About show them."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from etalonium_desktop import __version__

#: Written by `tools/bundle.sh` into a bundle at build time (never committed); a source checkout has none.
BUILD_INFO_NAME = "build_info.json"


def build_info() -> dict[str, str]:
    """What the bundle was built from (`build`: git describe, `date`: UTC build date, ...); {} from source."""
    frozen = getattr(sys, "_MEIPASS", None)
    if not frozen:
        return {}
    try:
        data = json.loads((Path(frozen) / BUILD_INFO_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): str(v) for k, v in data.items()}


def build_text() -> str:
    """The build in a few words: 'v0.1.0-3-g85fe605, 2026-11-26' for a bundle, 'from source' otherwise."""
    info = build_info()
    if not info.get("build"):
        return "from source"
    return ", ".join(part for part in (info["build"], info.get("date", "")[:10]) if part)


def version_text() -> str:
    return f"Etalonium Desktop {__version__} (build {build_text()})"
