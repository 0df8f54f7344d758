"""The live encoder: short MPEG-TS parts, joinable keyframe parts, time stamps carried in the picture."""

from __future__ import annotations

import io
import time
from pathlib import Path

import av
import numpy as np
import pytest

from etalonium_desktop.media.live import LiveEncoder, LivePart, LiveSettings, read_stamp

from .conftest import needs_ffmpeg

pytestmark = needs_ffmpeg

SETTINGS = LiveSettings(width=320, height=240, fps=25, video_bitrate=600_000, part_ms=200, preset="ultrafast")


def _encode(clip: Path, *, stamp: bool = False) -> tuple[list[LivePart], list[int]]:
    parts: list[LivePart] = []
    encoder = LiveEncoder(SETTINGS, parts.append, stamp=stamp, queue_frames=1000)
    encoder.start()
    stamps: list[int] = []
    t0 = time.monotonic()
    with av.open(str(clip)) as container:
        for frame in container.decode(*container.streams):
            captured = t0 + float(frame.time or 0.0)
            if isinstance(frame, av.VideoFrame):
                assert encoder.push_video(frame, captured)
            else:
                encoder.push_audio(frame, captured)
    encoder.close()
    assert encoder.error is None
    stamps = list(encoder._capture_ms)
    return parts, stamps


def _pids(ts: bytes) -> list[int]:
    return [((ts[i + 1] & 0x1F) << 8) | ts[i + 2] for i in range(0, len(ts), 188)]


def test_parts_are_short_and_start_at_keyframes_every_second(clip: Path) -> None:
    parts, _ = _encode(clip)
    assert parts[0].keyframe
    assert all(len(p.media) % 188 == 0 and p.media[0] == 0x47 for p in parts)
    keyframes = [i for i, p in enumerate(parts) if p.keyframe]
    assert keyframes[:2] == [0, 5]  # 25 frames per second, 5 frames per part
    assert all(p.duration_ms == 200 for p in parts[:-1])
    for i in keyframes:
        pids = _pids(parts[i].media)
        first_video = pids.index(0x100)
        assert 0x0000 in pids[:first_video]
        assert 0x1000 in pids[:first_video]
        assert pids[0] in (0x0000, 0x0011)
    # 2 s at 25 fps: every frame made it out, and the whole decodes.
    whole = b"".join(p.media for p in parts)
    with av.open(io.BytesIO(whole), format="mpegts") as container:
        frames = sum(1 for _ in container.decode(video=0))
    assert frames == 50
    # Joining at the second keyframe part works too.
    late = b"".join(p.media for p in parts[keyframes[1] :])
    with av.open(io.BytesIO(late), format="mpegts") as container:
        assert sum(1 for _ in container.decode(video=0)) == 25
    assert parts[1].timestamp_ms - parts[0].timestamp_ms == pytest.approx(200, abs=40)


def test_capture_time_stamps_survive_encoding_and_scaling(clip: Path) -> None:
    parts, stamps = _encode(clip, stamp=True)
    whole = b"".join(p.media for p in parts)
    read: list[int | None] = []
    with av.open(io.BytesIO(whole), format="mpegts") as container:
        for frame in container.decode(video=0):
            picture = frame.reformat(160, 120, "bgra").to_ndarray()
            read.append(read_stamp(picture, SETTINGS.width))
    assert read[: len(stamps)][-10:] == stamps[-10:]
    assert all(isinstance(value, int) and value > 1_600_000_000_000 for value in read)
    assert np.all(np.diff([v for v in read if v is not None]) >= 0)
