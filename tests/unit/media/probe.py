"""ffprobe helpers for media tests."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any


def ffprobe(target: Path | str, *args: str) -> dict[str, Any]:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-of", "json", *args, str(target)],
        check=True, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def streams(target: Path | str) -> list[dict[str, Any]]:
    return list(ffprobe(target, "-show_entries", "stream=codec_name,codec_type,width,height")["streams"])


def keyframe_times(target: Path) -> list[float]:
    data = ffprobe(target, "-select_streams", "v:0", "-skip_frame", "nokey", "-show_entries", "frame=pts_time")
    return [round(float(f["pts_time"]), 3) for f in data["frames"]]
