"""Fixtures of the media tests: generated clips, and a qasync loop for widgets that drive coroutines."""

from __future__ import annotations

import asyncio
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_API", "pyside6")

from PySide6.QtCore import SignalInstance

from .nodes import collect_qt_garbage_here, make_clip

needs_ffmpeg = pytest.mark.skipif(
    shutil.which("ffmpeg") is None or shutil.which("ffprobe") is None,
    reason="the ffmpeg command line is not installed (make test installs it)",
)

#: Qt Multimedia looks for PipeWire/PulseAudio at first use and warns when a machine has no sound device.
QT_AUDIO_NOISE = (
    r"Couldn't (load|resolve) pipewire",
    r"PulseAudioService",
    r"No audio device detected",
    r"Using Qt multimedia with FFmpeg",
)


@pytest.fixture(scope="session")
def media_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("media")


@pytest.fixture(scope="session")
def clip(media_dir: Path) -> Path:
    """Two seconds of 320x240 test pattern at 25 fps with a 440 Hz tone."""
    return make_clip(media_dir / "clip.mp4", seconds=2.0, size="320x240")


@pytest.fixture(scope="session")
def clip_640(media_dir: Path) -> Path:
    """Three seconds of 640x360 (two renditions: 360p and, not upscaled, nothing above)."""
    return make_clip(media_dir / "clip640.mp4", seconds=3.0, size="640x360")


@pytest.fixture(scope="session")
def clip_720(media_dir: Path) -> Path:
    """Two and a half seconds of 1280x720: renditions 720p and 360p."""
    return make_clip(media_dir / "clip720.mp4", seconds=2.5, size="1280x720", rate=30)


__all__ = ["collect_qt_garbage_here"]


def expect(signal: SignalInstance) -> asyncio.Future[tuple[Any, ...]]:
    """A future of the arguments of the next emission of `signal`, connected now (before the action)."""
    future: asyncio.Future[tuple[Any, ...]] = asyncio.get_running_loop().create_future()

    def fire(*args: Any) -> None:
        signal.disconnect(fire)
        if not future.done():
            future.set_result(args)

    signal.connect(fire)
    return future


async def signalled(signal: SignalInstance, within: float = 30.0) -> tuple[Any, ...]:
    """Wait for the next emission of `signal` and return its arguments."""
    return await asyncio.wait_for(expect(signal), within)
