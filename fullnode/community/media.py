"""Generated media for the simulated community: images (PNG, or JPEG with PyAV), clips and live parts."""

from __future__ import annotations

import io
import logging
import random
import struct
import zlib
from collections.abc import Sequence
from fractions import Fraction
from typing import Any

log = logging.getLogger(__name__)

try:  # PyAV and numpy are optional: without them images are PNG and there are no clips or live parts.
    import av
    import numpy as np

    HAVE_AV = True
except ImportError:  # pragma: no cover - depends on the environment
    HAVE_AV = False


def _rgb(colour: int) -> tuple[int, int, int]:
    return (colour >> 16) & 0xFF, (colour >> 8) & 0xFF, colour & 0xFF


def _pattern_rows(rng: random.Random, palette: Sequence[int], width: int, height: int) -> list[bytes]:
    """Rows of RGB pixels: bands and a soft diagonal in the palette's colours (a stand-in for a photo)."""
    colours = [_rgb(c) for c in palette] or [(128, 128, 128)]
    bands = rng.randint(3, 7)
    tilt = rng.uniform(-0.6, 0.6)
    rows: list[bytes] = []
    for y in range(height):
        row = bytearray()
        for x in range(0, width, 4):
            band = int(((y + tilt * x) / height) * bands) % len(colours)
            r, g, b = colours[band]
            shade = 0.85 + 0.15 * (x / width)
            pixel = bytes((int(r * shade), int(g * shade), int(b * shade)))
            row += pixel * min(4, width - x)
        rows.append(bytes(row))
    return rows


def png(rows: list[bytes], width: int, height: int) -> bytes:
    """A minimal RGB PNG (no dependencies beyond zlib)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + row for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def make_image(rng: random.Random, palette: Sequence[int], width: int = 240, height: int = 300) -> tuple[bytes, str]:
    """A small generated picture in the palette's colours, as (bytes, media type)."""
    rows = _pattern_rows(rng, palette, width, height)
    if HAVE_AV:
        try:
            return _jpeg(rows, width, height), "image/jpeg"
        except Exception as exc:  # an encoder missing from this FFmpeg build
            log.debug("JPEG encoding failed (%s); using PNG", exc)
    return png(rows, width, height), "image/png"


def _frame_array(rows: list[bytes], width: int, height: int) -> Any:
    return np.frombuffer(b"".join(rows), dtype=np.uint8).reshape(height, width, 3)


def _jpeg(rows: list[bytes], width: int, height: int) -> bytes:
    codec = av.CodecContext.create("mjpeg", "w")
    codec.width, codec.height = width, height
    codec.pix_fmt = "yuvj420p"
    codec.time_base = Fraction(1, 25)
    frame = av.VideoFrame.from_ndarray(_frame_array(rows, width, height), format="rgb24").reformat(format="yuvj420p")
    frame.pts = 0
    packets = [*codec.encode(frame), *codec.encode(None)]
    return b"".join(bytes(p) for p in packets)


def _moving_frames(
    rng: random.Random, palette: Sequence[int], width: int, height: int, count: int, start: int = 0
) -> list[Any]:
    base = _frame_array(_pattern_rows(rng, palette, width, height), width, height)
    frames = []
    for i in range(start, start + count):
        shifted = np.roll(base, shift=(i * 3) % width, axis=1)
        frames.append(av.VideoFrame.from_ndarray(np.ascontiguousarray(shifted), format="rgb24"))
    return frames


def make_clip(rng: random.Random, palette: Sequence[int], seconds: float = 2.0) -> tuple[bytes, str] | None:
    """A short H.264 MP4 clip (a slowly panning pattern), or None without PyAV."""
    if not HAVE_AV:
        return None
    width, height, fps = 160, 200, 15
    out = io.BytesIO()
    with av.open(out, "w", format="mp4", options={"movflags": "frag_keyframe+empty_moov"}) as container:
        stream = container.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        stream.options = {"preset": "ultrafast", "crf": "30"}
        for frame in _moving_frames(rng, palette, width, height, int(seconds * fps)):
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    return out.getvalue(), "video/mp4"


class LiveSource:
    """A live test picture as MPEG-TS parts of half a second, each starting with a keyframe."""

    FPS = 24
    FRAMES_PER_PART = 12

    def __init__(self, rng: random.Random, palette: Sequence[int], width: int = 192, height: int = 240) -> None:
        self.rng = random.Random(rng.random())
        self.palette = palette
        self.width, self.height = width, height
        self.frame_index = 0

    @property
    def part_ms(self) -> int:
        return 1000 * self.FRAMES_PER_PART // self.FPS

    def next_part(self) -> bytes:
        """The next half second; timestamps continue from the previous part."""
        out = io.BytesIO()
        with av.open(out, "w", format="mpegts") as container:
            stream = container.add_stream("libx264", rate=self.FPS)
            stream.width, stream.height, stream.pix_fmt = self.width, self.height, "yuv420p"
            stream.options = {"preset": "ultrafast", "tune": "zerolatency", "g": str(self.FRAMES_PER_PART)}
            stream.codec_context.time_base = Fraction(1, self.FPS)
            frames = _moving_frames(
                self.rng, self.palette, self.width, self.height, self.FRAMES_PER_PART, self.frame_index
            )
            for frame in frames:
                frame.pts = self.frame_index
                frame.time_base = Fraction(1, self.FPS)
                self.frame_index += 1
                container.mux(stream.encode(frame))
            container.mux(stream.encode(None))
        return out.getvalue()
