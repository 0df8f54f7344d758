"""Fixtures of the media tests: generated clips, and a qasync loop for widgets that drive coroutines."""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_API", "pyside6")

import qasync
from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QApplication

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


_KEPT_LOOPS: list[asyncio.AbstractEventLoop] = []
__all__ = ["collect_qt_garbage_here"]


@pytest.fixture
def qasync_loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync loop on the test's QApplication (pytest-qt does not drive asyncio): run scenarios with
    `loop.run_until_complete`; exceptions escaping into the loop or sys.excepthook fail the test."""
    qapp.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(qapp)
    errors: list[Any] = []
    loop.set_exception_handler(lambda _loop, context: errors.append(context))
    old_hook = sys.excepthook
    sys.excepthook = lambda *info: errors.append(info)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        sys.excepthook = old_hook
        loop.run_until_complete(asyncio.sleep(0))
        loop.close()
        asyncio.set_event_loop(None)
        # qasync's executor threads and timers are QObjects that outlive the loop (aiohttp applications and
        # callbacks still refer to it). Were they freed by the garbage collector, that could happen on any
        # thread (a decoder thread), which Qt does not allow and which crashes the process: keep them.
        _KEPT_LOOPS.append(loop)
    assert errors == []


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
