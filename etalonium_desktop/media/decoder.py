"""Decoding into display-ready frames and PCM on a worker thread, with FFmpeg threading and accurate seeks."""

from __future__ import annotations

# The decoder hands out video frames already converted to BGRA at the size they will be shown (a QImage can
# wrap the frame's plane without a copy) and audio as interleaved signed 16-bit PCM. Seeks are accurate:
# frames before the target are decoded but not delivered. Everything raised to callers is a MediaError.
import collections
import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any, cast

import av
from av.video.reformatter import VideoReformatter

from .errors import DamagedMediaError, MediaError, UnsupportedMediaError, from_av_error

Opener = Callable[[], av.container.InputContainer]
AUDIO_RATE = 48_000
#: Consecutive undecodable packets after which a file counts as damaged rather than glitchy.
_MAX_BAD_PACKETS = 64


def open_path(path: Path) -> Opener:
    """An opener of a local file."""

    def opener() -> av.container.InputContainer:
        try:
            return av.open(str(path), metadata_errors="ignore")
        except Exception as exc:
            raise from_av_error(exc, "The video", path) from exc

    return opener


def open_stream(fileobj: Any, *, format: str | None = None, options: dict[str, str] | None = None) -> Opener:
    """An opener of a file-like object (a blob being fetched, a live pipe)."""

    def opener() -> av.container.InputContainer:
        return cast(
            av.container.InputContainer,
            av.open(fileobj, format=format, options=options or {}, metadata_errors="ignore"),
        )

    return opener


@dataclass(frozen=True, slots=True)
class StreamInfo:
    #: Seconds, or None when unknown (live streams).
    duration: float | None
    width: int
    height: int
    frame_rate: float
    has_video: bool
    has_audio: bool
    live: bool
    video_codec: str = ""


@dataclass(slots=True)
class DecodedVideo:
    """A frame ready to show: BGRA (Qt's RGB32 on little-endian machines) at the display size."""

    pts: float
    frame: av.VideoFrame
    generation: int

    @property
    def width(self) -> int:
        return int(self.frame.width)

    @property
    def height(self) -> int:
        return int(self.frame.height)

    @property
    def stride(self) -> int:
        return int(self.frame.planes[0].line_size)

    def buffer(self) -> memoryview:
        """The pixels, without a copy (valid while this object lives)."""
        return memoryview(self.frame.planes[0])


@dataclass(slots=True)
class DecodedAudio:
    pts: float
    pcm: bytes
    generation: int


def fit_size(width: int, height: int, box_w: int, box_h: int, sar: float = 1.0) -> tuple[int, int]:
    """The largest size inside the box with the picture's display aspect ratio (even width and height)."""
    display_w = width * (sar if sar > 0 else 1.0)
    scale = min(box_w / display_w, box_h / height)
    w = max(2, int(display_w * scale) // 2 * 2)
    h = max(2, int(height * scale) // 2 * 2)
    return w, h


class Decoder:
    """Decodes one input on its own thread into bounded queues of display-ready video and audio.

    `thread_type="AUTO"` lets FFmpeg decode with frame and slice threads; live input uses slice threads
    only, since frame threading holds back one frame per thread (latency).
    """

    def __init__(
        self,
        opener: Opener,
        *,
        live: bool = False,
        want_audio: bool = True,
        audio_rate: int = AUDIO_RATE,
        audio_channels: int = 2,
        output_size: tuple[int, int] = (1280, 720),
        max_video_frames: int = 8,
        audio_target_s: float = 0.6,
        what: str = "The video",
    ) -> None:
        self._opener = opener
        self.live = live
        self.want_audio = want_audio
        self.audio_rate = audio_rate
        self.audio_channels = audio_channels
        self.bytes_per_second = audio_rate * audio_channels * 2
        self._box = output_size
        self.max_video_frames = max_video_frames
        self.audio_target_s = audio_target_s
        self.what = what
        self.info: StreamInfo | None = None
        self.error: MediaError | None = None
        self.ready = threading.Event()
        #: Set whenever a video frame is queued (cleared by whoever waits on it).
        self.frame_queued = threading.Event()
        self.eof = False
        self.generation = 0
        self.frames_decoded = 0
        self.decode_seconds = 0.0
        self.bad_packets = 0
        self._video: collections.deque[DecodedVideo] = collections.deque()
        self._audio: collections.deque[DecodedAudio] = collections.deque()
        self._audio_bytes = 0
        self._cond = threading.Condition()
        self._stop = False
        self._seek_to: float | None = None
        self._thread = threading.Thread(target=self._run, name="media-decoder", daemon=True)
        self._container: av.container.InputContainer | None = None
        #: The time of the first frame in the input (subtracted, so positions start at 0).
        self._origin: float | None = None
        self.last_pts = 0.0
        self._sar = 1.0

    # Control (any thread)

    def start(self) -> None:
        self._thread.start()

    def close(self, timeout: float = 1.0) -> None:
        with self._cond:
            self._stop = True
            self._cond.notify_all()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout)

    def seek(self, seconds: float) -> int:
        """Jump to `seconds`; frames of earlier generations are dropped. Returns the new generation."""
        with self._cond:
            self.generation += 1
            self._seek_to = max(0.0, seconds)
            self._video.clear()
            self._audio.clear()
            self._audio_bytes = 0
            self.eof = False
            self._cond.notify_all()
            return self.generation

    def set_output_size(self, width: int, height: int) -> None:
        """The box frames are scaled to fit (the widget's size in device pixels)."""
        self._box = (max(16, width), max(16, height))

    # Consumption (the player's thread)

    def peek_video(self, index: int = 0) -> DecodedVideo | None:
        with self._cond:
            return self._video[index] if len(self._video) > index else None

    def pop_video(self) -> DecodedVideo | None:
        with self._cond:
            frame = self._video.popleft() if self._video else None
            self._cond.notify_all()
            return frame

    def video_queued(self) -> int:
        with self._cond:
            return len(self._video)

    def pop_audio(self) -> DecodedAudio | None:
        with self._cond:
            if not self._audio:
                return None
            chunk = self._audio.popleft()
            self._audio_bytes -= len(chunk.pcm)
            self._cond.notify_all()
            return chunk

    def push_back_audio(self, chunk: DecodedAudio) -> None:
        """Return the unread tail of a chunk to the front of the queue."""
        with self._cond:
            if chunk.generation == self.generation:
                self._audio.appendleft(chunk)
                self._audio_bytes += len(chunk.pcm)

    def audio_queued_s(self) -> float:
        with self._cond:
            return self._audio_bytes / self.bytes_per_second

    def drained(self) -> bool:
        with self._cond:
            return self.eof and not self._video and not self._audio

    # The thread

    def _run(self) -> None:
        try:
            container = self._opener()
        except Exception as exc:
            self._fail(from_av_error(exc, self.what))
            return
        self._container = container
        try:
            self._decode(container)
        except MediaError as exc:
            self._fail(exc)
        except Exception as exc:
            self._fail(from_av_error(exc, self.what))
        finally:
            with contextlib.suppress(Exception):
                container.close()

    def _fail(self, error: MediaError) -> None:
        with self._cond:
            if not self._stop:
                self.error = error
            self.eof = True
            self._cond.notify_all()
        self.ready.set()
        self.frame_queued.set()

    def _decode(self, container: av.container.InputContainer) -> None:
        video = container.streams.video[0] if container.streams.video else None
        audio = container.streams.audio[0] if container.streams.audio and self.want_audio else None
        if video is None and audio is None:
            raise UnsupportedMediaError(f"{self.what} has neither picture nor sound that can be played.")
        if video is not None:
            video.thread_type = "SLICE" if self.live else "AUTO"
        duration = None
        if not self.live:
            if container.duration:
                duration = container.duration / av.time_base
            elif video is not None and video.duration and video.time_base:
                duration = float(video.duration * video.time_base)
        rate = 30.0
        if video is not None:
            guessed = video.average_rate or video.guessed_rate
            if guessed and 1 <= float(guessed) <= 240:
                rate = float(guessed)
        ctx = video.codec_context if video is not None else None
        if ctx is not None and ctx.sample_aspect_ratio:
            self._sar = float(ctx.sample_aspect_ratio)
        self.info = StreamInfo(
            duration=duration,
            width=ctx.width if ctx is not None else 0,
            height=ctx.height if ctx is not None else 0,
            frame_rate=rate,
            has_video=video is not None,
            has_audio=audio is not None,
            live=self.live,
            video_codec=ctx.name if ctx is not None else "",
        )
        if not self.live and container.start_time is not None:
            self._origin = container.start_time / av.time_base
        self.ready.set()
        resampler = None
        if audio is not None:
            layout = "stereo" if self.audio_channels == 2 else "mono"
            resampler = av.AudioResampler(format="s16", layout=layout, rate=self.audio_rate)
        scaler = VideoReformatter()
        streams = [s for s in (video, audio) if s is not None]
        packets: Iterator[av.Packet[Any]] = container.demux(streams)
        target: float | None = None
        generation = self.generation
        while True:
            with self._cond:
                while not self._stop and self._seek_to is None and (self.eof or self._full(video, audio)):
                    self._cond.wait(0.5)
                if self._stop:
                    return
                seek_to, self._seek_to = self._seek_to, None
                generation = self.generation
            if seek_to is not None:
                target = self._do_seek(container, video, audio, seek_to)
                packets = container.demux(streams)
                if resampler is not None:
                    layout = "stereo" if self.audio_channels == 2 else "mono"
                    resampler = av.AudioResampler(format="s16", layout=layout, rate=self.audio_rate)
            try:
                packet = next(packets)
            except StopIteration:
                self._end(video, audio, resampler, generation)
                continue
            except (av.error.InvalidDataError, av.error.EOFError, OSError) as exc:
                if self.frames_decoded == 0:
                    raise from_av_error(exc, self.what) from exc
                self._end(video, audio, resampler, generation)  # a read error past the start: truncated
                continue
            started = time.perf_counter()
            try:
                frames = packet.decode()
                self.bad_packets = 0
            except av.error.InvalidDataError:
                self.bad_packets += 1
                if self.bad_packets >= _MAX_BAD_PACKETS:
                    raise DamagedMediaError(
                        f"{self.what} is damaged: too many parts of it cannot be decoded."
                    ) from None
                continue
            for frame in frames:
                if isinstance(frame, av.VideoFrame):
                    out = self._video_out(frame, scaler, target, generation)
                    if out is not None:
                        target = None
                        with self._cond:
                            if generation == self.generation:
                                self._video.append(out)
                                self.frame_queued.set()
                elif isinstance(frame, av.AudioFrame) and resampler is not None:
                    for chunk in resampler.resample(frame):
                        out_audio = self._audio_out(chunk, target, generation)
                        if out_audio is not None:
                            with self._cond:
                                if generation == self.generation:
                                    self._audio.append(out_audio)
                                    self._audio_bytes += len(out_audio.pcm)
            self.decode_seconds += time.perf_counter() - started

    def _full(self, video: av.VideoStream | None, audio: av.AudioStream | None) -> bool:
        """Whether to wait for the player. Video waits only once enough audio is queued, and vice versa,
        so that neither starves the other (the audio clock stops when its queue runs dry)."""
        video_full = video is None or len(self._video) >= self.max_video_frames
        audio_full = audio is None or self._audio_bytes >= self.audio_target_s * self.bytes_per_second
        hard_cap = video is not None and len(self._video) >= 3 * self.max_video_frames
        return (video_full and audio_full) or hard_cap

    def _do_seek(
        self,
        container: av.container.InputContainer,
        video: av.VideoStream | None,
        audio: av.AudioStream | None,
        seconds: float,
    ) -> float:
        origin = self._origin or 0.0
        stream = video if video is not None else audio
        assert stream is not None
        time_base = stream.time_base or Fraction(1, av.time_base)
        try:
            container.seek(int((seconds + origin) / time_base), stream=stream, backward=True)
        except (av.error.FFmpegError, OSError) as exc:
            raise MediaError(f"{self.what} cannot be moved to that position: {exc}.") from exc
        for s in (video, audio):
            if s is not None:
                s.codec_context.flush_buffers()
        return seconds

    def _end(
        self,
        video: av.VideoStream | None,
        audio: av.AudioStream | None,
        resampler: av.AudioResampler | None,
        generation: int,
    ) -> None:
        if resampler is not None:
            for chunk in resampler.resample(None):
                out = self._audio_out(chunk, None, generation)
                if out is not None:
                    with self._cond:
                        if generation == self.generation:
                            self._audio.append(out)
                            self._audio_bytes += len(out.pcm)
        info = self.info
        if (
            info is not None
            and info.duration
            and video is not None
            and self.frames_decoded > 0
            and self.last_pts + 1.0 / info.frame_rate < info.duration * 0.9 - 0.5
        ):
            raise DamagedMediaError(
                f"{self.what} stops at {_clock(self.last_pts)} of {_clock(info.duration)}: the file is "
                "incomplete. Copy it again from its source."
            )
        with self._cond:
            if generation == self.generation:
                self.eof = True
            self._cond.notify_all()
        self.frame_queued.set()

    def _relative(self, t: float) -> float:
        if self._origin is None:
            self._origin = t
        return t - self._origin

    def _video_out(
        self, frame: av.VideoFrame, scaler: VideoReformatter, target: float | None, generation: int
    ) -> DecodedVideo | None:
        if frame.pts is None:
            return None
        pts = self._relative(float(frame.time))
        self.frames_decoded += 1
        self.last_pts = max(self.last_pts, pts) if target is None else pts
        if target is not None and pts < target - 0.001:
            return None  # decoded from the keyframe before the seek target, not shown
        w, h = fit_size(frame.width, frame.height, *self._box, sar=self._sar)
        shown = scaler.reformat(frame, w, h, "bgra", interpolation="BILINEAR")
        return DecodedVideo(pts, shown, generation)

    def _audio_out(self, chunk: av.AudioFrame, target: float | None, generation: int) -> DecodedAudio | None:
        if chunk.pts is None or chunk.samples == 0:
            return None
        pts = self._relative(float(chunk.pts) / self.audio_rate)
        data = bytes(chunk.planes[0])[: chunk.samples * self.audio_channels * 2]
        if target is not None and pts < target:
            skip = int((target - pts) * self.audio_rate) * self.audio_channels * 2
            if skip >= len(data):
                return None
            data, pts = data[skip:], target
        return DecodedAudio(pts, data, generation)


def _clock(seconds: float) -> str:
    total = int(max(0.0, seconds))
    return f"{total // 60}:{total % 60:02d}"
