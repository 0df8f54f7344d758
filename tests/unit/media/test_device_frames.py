"""What a camera and a microphone hand over, turned into what the live encoder takes, without the devices
(there are none on the test machine): Qt video frames into BGRA pictures, microphone reads (which may end inside
a sample frame) into audio frames that lose no byte. Both are encoded into live parts and decoded back."""

from __future__ import annotations

import io

import av
import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtMultimedia import QVideoFrame

from etalonium_desktop.media.capture import MIC_RATE, camera_picture, microphone_frame
from etalonium_desktop.media.live import LiveEncoder, LivePart, LiveSettings

from .conftest import needs_ffmpeg

# Qt converts a video frame on the GPU when it can; this machine has none, and Qt says so.
pytestmark = [needs_ffmpeg, pytest.mark.qt_log_ignore("No RHI backend")]


def test_camera_frames_and_microphone_reads_become_a_live_stream() -> None:
    image = QImage(320, 240, QImage.Format.Format_RGB32)
    image.fill(QColor(200, 40, 90))
    picture = camera_picture(QVideoFrame(image))
    assert picture is not None
    assert picture.shape == (240, 320, 4)
    assert picture[120, 160, :3].tolist() == [90, 40, 200]  # BGR
    assert camera_picture(QVideoFrame()) is None

    # One second of a 440 Hz tone, read in pieces that cut sample frames (4 bytes) apart.
    t = np.arange(MIC_RATE) / MIC_RATE
    tone = (np.sin(2 * np.pi * 440 * t) * 8000).astype(np.int16)
    pcm = np.repeat(tone, 2).tobytes()
    reads = [pcm[i : i + 3_843] for i in range(0, len(pcm), 3_843)]
    frames: list[av.AudioFrame] = []
    rest = b""
    for data in reads:
        frame, rest = microphone_frame(rest + data)
        assert len(rest) < 4
        if frame is not None:
            frames.append(frame)
    assert rest == b""
    assert sum(f.samples for f in frames) == MIC_RATE
    assert b"".join(bytes(f.planes[0]) for f in frames) == pcm

    parts: list[LivePart] = []
    settings = LiveSettings(width=320, height=240, fps=10, video_bitrate=300_000, preset="ultrafast", audio=True)
    encoder = LiveEncoder(settings, parts.append, queue_frames=1000)
    encoder.start()
    start = 1000.0
    played = 0
    for i in range(10):
        assert encoder.push_video(picture, start + i / 10)
        while played < len(frames) and played * 0.1 <= i / 10 + 0.1:  # the sound that goes with the picture
            encoder.push_audio(frames[played], start + sum(f.samples for f in frames[:played]) / MIC_RATE)
            played += 1
    encoder.close()
    assert encoder.error is None
    with av.open(io.BytesIO(b"".join(p.media for p in parts)), format="mpegts") as container:
        assert {s.type for s in container.streams} == {"video", "audio"}
        pictures = [f.to_ndarray(format="rgb24") for f in container.decode(video=0)]
    assert len(pictures) == 10
    assert np.abs(pictures[5][120, 160].astype(int) - [200, 40, 90]).max() < 12
