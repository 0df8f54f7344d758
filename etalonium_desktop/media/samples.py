"""Generated sample media (FFmpeg test sources through PyAV), for screenshots, tests and benchmarks."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np

from .photo import encode_jpeg


def make_test_clip(
    path: Path,
    *,
    seconds: float = 2.0,
    size: tuple[int, int] = (1280, 720),
    rate: int = 30,
    audio: bool = True,
    preset: str = "ultrafast",
) -> Path:
    """An H.264/AAC MP4 of FFmpeg's `testsrc2` pattern and a 440 Hz tone, made without the command line."""
    width, height = size
    with av.open(str(path), "w") as out:
        video = out.add_stream("libx264", rate=rate, options={"preset": preset})
        video.width, video.height, video.pix_fmt = width, height, "yuv420p"
        sound = None
        if audio:
            sound = out.add_stream("aac", rate=48_000, layout="stereo")
        with av.open(f"testsrc2=size={width}x{height}:rate={rate}:duration={seconds}", format="lavfi") as src:
            for frame in src.decode(video=0):
                out.mux(video.encode(frame))
        out.mux(video.encode(None))
        if sound is not None:
            resampler = av.AudioResampler(format="fltp", layout="stereo", rate=48_000)
            spec = f"sine=frequency=440:sample_rate=48000:duration={seconds}"
            with av.open(spec, format="lavfi") as tone:
                for sample in tone.decode(audio=0):
                    for chunk in resampler.resample(sample):
                        out.mux(sound.encode(chunk))
            out.mux(sound.encode(None))
    return path


def pattern_frame(size: tuple[int, int] = (1280, 720), at: float = 1.0) -> np.ndarray:
    """One BGR frame of `testsrc2` at time `at`."""
    width, height = size
    spec = f"testsrc2=size={width}x{height}:rate=30:duration={at + 0.1}"
    frame = None
    with av.open(spec, format="lavfi") as src:
        for frame in src.decode(video=0):
            if frame.time is not None and frame.time >= at:
                break
    assert frame is not None
    return frame.to_ndarray(format="bgr24")


def fashion_photo(size: tuple[int, int] = (1600, 1200)) -> bytes:
    """A synthetic 'photo' with a few dominant colours (linen, navy, terracotta) as JPEG bytes."""
    width, height = size
    image = np.empty((height, width, 3), np.uint8)
    image[:] = (196, 222, 233)  # linen, BGR
    image[:, width // 3 : 2 * width // 3] = (92, 48, 30)  # navy
    image[height // 2 :, 2 * width // 3 :] = (60, 90, 200)  # terracotta
    yy, xx = np.mgrid[0:height, 0:width]
    image[((xx - width // 2) ** 2 + (yy - height // 3) ** 2) < (min(size) // 8) ** 2] = (40, 170, 220)
    return encode_jpeg(image, 90)


__all__ = ["fashion_photo", "make_test_clip", "pattern_frame"]
