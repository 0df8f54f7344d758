"""A video attachment's poster frame and duration, made on the sender's side before encryption (PyAV)."""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass

import av
import numpy as np

from etalonium_desktop.media.transcode import sharpness

log = logging.getLogger(__name__)

#: Frames looked at for the poster: the first seconds only (an early frame tells what the clip is about).
POSTER_WINDOW_S = 3.0
POSTER_MAX_FRAMES = 90
POSTER_EDGE = 320
POSTER_MAX_BYTES = 15 * 1024


@dataclass(frozen=True, slots=True)
class VideoPoster:
    jpeg: bytes
    width: int
    height: int
    duration_ms: int


def _fit(width: int, height: int, edge: int) -> tuple[int, int]:
    scale = min(1.0, edge / max(width, height))
    return max(2, int(width * scale) // 2 * 2), max(2, int(height * scale) // 2 * 2)


def _encode(image: np.ndarray) -> bytes:
    import cv2  # OpenCV is loaded when first needed, not at app start (see media/photo.py)

    frame = image
    while min(frame.shape[:2]) >= 24:
        for quality in (75, 60, 45):
            ok, encoded = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, quality])
            if ok and len(encoded) <= POSTER_MAX_BYTES:
                return bytes(encoded.tobytes())
        frame = cv2.resize(frame, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    return b""


def video_poster(data: bytes) -> VideoPoster | None:
    """The sharpest well-exposed frame of the first seconds as a small JPEG, the video's size and duration;
    None when the data is not a video PyAV can decode (it is then sent as a plain file)."""
    import cv2  # as in _encode

    try:
        with av.open(io.BytesIO(data), mode="r", metadata_errors="ignore") as container:
            if not container.streams.video:
                return None
            stream = container.streams.video[0]
            stream.thread_type = "AUTO"
            width, height = stream.codec_context.width, stream.codec_context.height
            if width <= 0 or height <= 0:
                return None
            duration = 0.0
            if stream.duration and stream.time_base:
                duration = float(stream.duration * stream.time_base)
            elif container.duration:
                duration = container.duration / av.time_base
            small_w, small_h = _fit(width, height, POSTER_EDGE)
            best: np.ndarray | None = None
            first: np.ndarray | None = None
            best_score = -1.0
            last_time = 0.0
            for seen, frame in enumerate(container.decode(stream), start=1):
                image = frame.to_ndarray(width=small_w, height=small_h, format="bgr24")
                if first is None:
                    first = image
                if frame.time is not None:
                    last_time = float(frame.time)
                gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
                # Fades and flashes make poor posters, however sharp.
                if 24.0 <= float(gray.mean()) <= 232.0:
                    score = sharpness(gray)
                    if score > best_score:
                        best, best_score = image, score
                if seen >= POSTER_MAX_FRAMES or last_time >= POSTER_WINDOW_S:
                    break
    except (av.error.FFmpegError, ValueError, OSError) as exc:
        log.info("no poster for a video attachment: %s", exc)
        return None
    chosen = best if best is not None else first
    if chosen is None:
        return None
    return VideoPoster(_encode(chosen), width, height, round(duration * 1000))
