"""Video transcoding for upload: H.264/AAC fragmented MP4 renditions, aligned keyframes, HLS playlists."""

from __future__ import annotations

# One decoder thread feeds one encoder thread per rendition; scaling (`VideoFrame.reformat`, swscale), encoding
# and muxing all run in C with the GIL released, so the renditions encode in parallel and no pixel passes
# through Python. The original file is only read.
import contextlib
import math
import queue
import shutil
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import numpy as np
from av.video.reformatter import VideoReformatter

from .errors import DamagedMediaError, MediaCancelledError, MediaError, UnsupportedMediaError, from_av_error
from .hls import Fmp4Layout, Variant, avc_codec_string, fmp4_layout, master_playlist, media_playlist
from .photo import dominant_palette, encode_jpeg

AUDIO_RATE = 48_000
#: Fragmented MP4 as CMAF (a fragment per keyframe) with a global sidx, so players seek without scanning.
MP4_OPTIONS = {"movflags": "+cmaf+global_sidx"}
THUMBNAIL_LONG_EDGE = 640
#: Decoded frames waiting for a rendition's scaler, and scaled ones waiting for its encoder. Scaling has a
#: thread of its own: done by the encoder's thread it kept x264 waiting for input (benchmarks/media.py,
#: transcode_ratio against the ffmpeg command line: 0.90-0.93 then, 0.96-1.08 with the scaler apart).
_QUEUE_FRAMES = 8
_QUEUE_SCALED = 16


@dataclass(frozen=True, slots=True)
class RenditionSpec:
    label: str
    #: The short edge of the picture (height for landscape video): 1080 for "1080p".
    short_edge: int
    video_bitrate: int
    audio_bitrate: int = 128_000


DEFAULT_LADDER = (
    RenditionSpec("1080p", 1080, 5_000_000),
    RenditionSpec("720p", 720, 3_000_000),
    RenditionSpec("360p", 360, 800_000, 96_000),
)


@dataclass(frozen=True, slots=True)
class TranscodeSettings:
    ladder: tuple[RenditionSpec, ...] = DEFAULT_LADDER
    #: Every rendition has a keyframe exactly every this many seconds (HLS segment length).
    segment_seconds: float = 2.0
    preset: str = "veryfast"
    max_fps: float = 60.0
    thumbnail_samples: int = 24
    interpolation: str = "BICUBIC"


DEFAULT_TRANSCODE = TranscodeSettings()


@dataclass(frozen=True, slots=True)
class PlannedRendition:
    spec: RenditionSpec
    width: int
    height: int

    @property
    def label(self) -> str:
        return self.spec.label


@dataclass(frozen=True, slots=True)
class TranscodeProgress:
    #: 0..1 of the source's duration done.
    fraction: float
    elapsed_s: float
    #: Estimated seconds left; None until there is enough to go by.
    remaining_s: float | None


@dataclass(frozen=True, slots=True)
class RenditionOutput:
    label: str
    width: int
    height: int
    #: Peak bits per second over a segment (HLS BANDWIDTH).
    bandwidth: int
    path: Path
    playlist_path: Path
    layout: Fmp4Layout
    codecs: str


@dataclass(frozen=True, slots=True)
class TranscodeResult:
    duration_s: float
    width: int
    height: int
    frame_rate: float
    has_audio: bool
    renditions: tuple[RenditionOutput, ...]
    master_path: Path
    thumbnail_jpeg: bytes
    thumbnail_size: tuple[int, int]
    palette: tuple[int, ...]


class CancelToken:
    """Set from any thread to stop a transcode or upload at the next frame or chunk."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


def _even(value: float) -> int:
    return max(2, round(value / 2) * 2)


def plan_renditions(
    width: int, height: int, ladder: tuple[RenditionSpec, ...] = DEFAULT_LADDER
) -> list[PlannedRendition]:
    """The renditions a source allows: every ladder step not above its size (never upscaled), best first.

    A source between steps also keeps its own size when it is well above the best step it reaches, and a
    source below every step gets one rendition at its own size.
    """
    short = min(width, height)
    steps = sorted(ladder, key=lambda s: -s.short_edge)
    chosen = [s for s in steps if s.short_edge <= short]
    if not chosen:
        smallest = steps[-1]
        ratio = short / smallest.short_edge
        chosen = [RenditionSpec(f"{short}p", short, max(200_000, int(smallest.video_bitrate * ratio)), 96_000)]
    elif short > chosen[0].short_edge * 1.2 and steps[0].short_edge > short:
        above = next(s for s in reversed(steps) if s.short_edge > short)
        below = chosen[0]
        t = (short - below.short_edge) / (above.short_edge - below.short_edge)
        bitrate = int(below.video_bitrate + t * (above.video_bitrate - below.video_bitrate))
        chosen.insert(0, RenditionSpec(f"{short}p", short, bitrate, below.audio_bitrate))
    planned = []
    for spec in chosen:
        scale = spec.short_edge / short
        planned.append(PlannedRendition(spec, _even(width * scale), _even(height * scale)))
    return planned


def gop_frames(frame_rate: float, segment_seconds: float) -> int:
    return max(1, round(frame_rate * segment_seconds))


def x264_options(spec: RenditionSpec, gop: int, preset: str) -> dict[str, str]:
    """libx264 settings shared by every rendition: a fixed GOP without scene cuts, so keyframes align."""
    return {
        "preset": preset,
        "profile": "high",
        "g": str(gop),
        "keyint_min": str(gop),
        "sc_threshold": "0",
        "maxrate": str(int(spec.video_bitrate * 1.1)),
        "bufsize": str(spec.video_bitrate * 2),
    }


_Item = tuple[str, av.VideoFrame | av.AudioFrame] | None


class _RenditionWriter(threading.Thread):
    """Encodes and muxes one rendition from the frames the decoder hands it, scaled on a thread of its own."""

    def __init__(
        self,
        planned: PlannedRendition,
        path: Path,
        time_base: Fraction,
        frame_rate: Fraction,
        audio: bool,
        settings: TranscodeSettings,
    ) -> None:
        super().__init__(name=f"encode-{planned.label}", daemon=True)
        self.planned = planned
        self.path = path
        self.time_base = time_base
        self.frame_rate = frame_rate
        self.audio = audio
        self.settings = settings
        self.frames: queue.Queue[_Item] = queue.Queue(_QUEUE_FRAMES)
        self._scaled: queue.Queue[_Item] = queue.Queue(_QUEUE_SCALED)
        self._scaler = threading.Thread(target=self._scale, name=f"scale-{planned.label}", daemon=True)
        self.error: BaseException | None = None
        self.codecs = ""
        self.abort = threading.Event()

    def start(self) -> None:
        self._scaler.start()
        super().start()

    def join(self, timeout: float | None = None) -> None:
        super().join(timeout)
        self._scaler.join(timeout)

    def put(self, item: _Item) -> None:
        while True:
            if self.error is not None or not self.is_alive():
                raise MediaError(f"The {self.planned.label} rendition failed: {self.error}.")
            try:
                self.frames.put(item, timeout=0.2)
                return
            except queue.Full:
                continue

    def _scale(self) -> None:
        """Decoded frames to the rendition's size and pixel format, in order; audio passes through."""
        p = self.planned
        interpolation = self.settings.interpolation
        # A reformatter of its own: a frame's built-in one is shared by every thread holding the frame.
        scaler = VideoReformatter()
        try:
            while True:
                item = self.frames.get()
                if item is not None and item[0] == "v" and not self.abort.is_set():
                    frame = item[1]
                    assert isinstance(frame, av.VideoFrame)
                    item = ("v", scaler.reformat(frame, p.width, p.height, "yuv420p", interpolation=interpolation))
                self._hand_on(item)
                if item is None or self.abort.is_set():
                    return
        except BaseException as exc:  # reported to the decoder thread, which raises it
            self.error = self.error or exc
            self.abort.set()
            self._hand_on(None)

    def _hand_on(self, item: _Item) -> None:
        while True:
            try:
                self._scaled.put(item, timeout=0.2)
                return
            except queue.Full:
                if self.abort.is_set() or not self.is_alive():
                    return

    def run(self) -> None:
        try:
            self._encode()
        except BaseException as exc:  # reported to the decoder thread, which raises it
            self.error = self.error or exc
            self.abort.set()
        finally:
            # Drain so that a blocked producer (the decoder, the scaler) notices.
            for waiting in (self.frames, self._scaled):
                with contextlib.suppress(queue.Empty):
                    while True:
                        waiting.get_nowait()

    def _encode(self) -> None:
        p = self.planned
        gop = gop_frames(float(self.frame_rate), self.settings.segment_seconds)
        with av.open(str(self.path), "w", format="mp4", options=MP4_OPTIONS) as out:
            video = out.add_stream(
                "libx264", rate=self.frame_rate, options=x264_options(p.spec, gop, self.settings.preset)
            )
            video.width, video.height, video.pix_fmt = p.width, p.height, "yuv420p"
            video.bit_rate = p.spec.video_bitrate
            video.time_base = self.time_base
            video.codec_context.time_base = self.time_base
            sound = None
            if self.audio:
                sound = out.add_stream("aac", rate=AUDIO_RATE, layout="stereo")
                sound.bit_rate = p.spec.audio_bitrate
            while True:
                item = self._scaled.get()
                if item is None or self.abort.is_set():
                    break
                kind, frame = item
                if kind == "v":
                    assert isinstance(frame, av.VideoFrame)
                    out.mux(video.encode(frame))
                elif sound is not None:
                    assert isinstance(frame, av.AudioFrame)
                    out.mux(sound.encode(frame))
            if self.abort.is_set():
                return
            out.mux(video.encode(None))
            if sound is not None:
                out.mux(sound.encode(None))
            self.codecs = avc_codec_string(video.codec_context.extradata)
            if sound is not None:
                self.codecs += ",mp4a.40.2"


@dataclass
class _Thumbnail:
    """Keeps the sharpest well-exposed frame seen so far (variance of the Laplacian)."""

    width: int
    height: int
    score: float = -1.0
    image: np.ndarray | None = None
    candidates: int = 0
    fallback: np.ndarray | None = field(default=None, repr=False)
    scaler: VideoReformatter = field(default_factory=VideoReformatter, repr=False)

    def offer(self, frame: av.VideoFrame) -> None:
        self.candidates += 1
        gray = self.scaler.reformat(frame, self.width, self.height, "gray").to_ndarray()
        brightness = float(gray.mean())
        if self.fallback is None:
            self.fallback = self.scaler.reformat(frame, self.width, self.height, "bgr24").to_ndarray()
        if not 24.0 <= brightness <= 232.0:
            return  # a black or white frame (fades, flashes) is never a good cover
        import cv2  # as in photo.py: not loaded at app start

        score = float(cv2.Laplacian(gray, cv2.CV_64F).var())
        if score > self.score:
            self.score = score
            self.image = self.scaler.reformat(frame, self.width, self.height, "bgr24").to_ndarray()

    def best(self) -> np.ndarray:
        if self.image is not None:
            return self.image
        if self.fallback is not None:
            return self.fallback
        return np.zeros((self.height, self.width, 3), np.uint8)


def sharpness(bgr_or_gray: np.ndarray) -> float:
    """Variance of the Laplacian: higher is sharper (blurred and flat frames score low)."""
    import cv2  # as in photo.py: not loaded at app start

    gray = bgr_or_gray if bgr_or_gray.ndim == 2 else cv2.cvtColor(bgr_or_gray, cv2.COLOR_BGR2GRAY)
    return float(cv2.Laplacian(gray, cv2.CV_64F).var())


def _open_input(source: Path) -> av.container.InputContainer:
    try:
        return av.open(str(source), metadata_errors="ignore")
    except Exception as exc:
        raise from_av_error(exc, "The video", source) from exc


def _clock(seconds: float) -> str:
    total = int(seconds)
    return f"{total // 60}:{total % 60:02d}"


def transcode_video(
    source: Path,
    out_dir: Path,
    settings: TranscodeSettings = DEFAULT_TRANSCODE,
    *,
    progress: Callable[[TranscodeProgress], None] | None = None,
    cancel: CancelToken | None = None,
) -> TranscodeResult:
    """Transcode `source` into HLS renditions in `out_dir` (blocking: run it in a worker thread).

    Writes `<label>.mp4` and `<label>.m3u8` per rendition, `master.m3u8` and `thumbnail.jpg`. Raises
    MediaError subclasses with a sentence for a file that is not a video, is damaged or truncated, or when
    `cancel` is set (the partial outputs are deleted).
    """
    started = time.monotonic()
    inp = _open_input(source)
    writers: list[_RenditionWriter] = []
    try:
        if not inp.streams.video:
            raise UnsupportedMediaError("The file has no video track, so it cannot be posted as a video.")
        video = inp.streams.video[0]
        audio = inp.streams.audio[0] if inp.streams.audio else None
        video.thread_type = "AUTO"
        ctx = video.codec_context
        if not ctx.width or not ctx.height:
            raise DamagedMediaError("The video track has no picture size: the file is damaged.")
        rate = video.average_rate or video.guessed_rate or Fraction(30)
        if float(rate) > settings.max_fps or float(rate) <= 0:
            rate = Fraction(30)
        time_base = video.time_base or Fraction(1, 90_000)
        duration = _duration(inp, video)
        planned = plan_renditions(ctx.width, ctx.height, settings.ladder)
        out_dir.mkdir(parents=True, exist_ok=True)
        for p in planned:
            writer = _RenditionWriter(p, out_dir / f"{p.label}.mp4", time_base, rate, audio is not None, settings)
            writer.start()
            writers.append(writer)
        long_edge = max(ctx.width, ctx.height)
        scale = min(1.0, THUMBNAIL_LONG_EDGE / long_edge)
        thumb = _Thumbnail(_even(ctx.width * scale), _even(ctx.height * scale))
        total_frames = max(1.0, duration * float(rate)) if duration else 300.0
        sample_every = max(1, int(total_frames / max(1, settings.thumbnail_samples)))
        resampler = av.AudioResampler(format="fltp", layout="stereo", rate=AUDIO_RATE, frame_size=1024)
        video_start = video.start_time or 0
        audio_shift = round(float(video_start * time_base) * AUDIO_RATE)
        last_time = 0.0
        frames = 0
        last_report = 0.0
        streams = [s for s in (video, audio) if s is not None]
        for packet in _demux(inp, streams):
            if cancel is not None and cancel.cancelled:
                raise MediaCancelledError("The video processing was cancelled.")
            for frame in _decode(packet):
                if isinstance(frame, av.VideoFrame):
                    if frame.pts is None:
                        continue
                    frame.pts -= video_start
                    frames += 1
                    last_time = float(frame.pts * time_base)
                    if frames % sample_every == 1 or sample_every == 1:
                        thumb.offer(frame)
                    for writer in writers:
                        writer.put(("v", frame))
                    now = time.monotonic()
                    if progress is not None and duration and now - last_report > 0.2:
                        last_report = now
                        progress(_progress(last_time / duration, now - started))
                elif isinstance(frame, av.AudioFrame):
                    for chunk in resampler.resample(frame):
                        _shift_audio(chunk, audio_shift)
                        for writer in writers:
                            writer.put(("a", chunk))
        if audio is not None:
            for chunk in resampler.resample(None):
                _shift_audio(chunk, audio_shift)
                for writer in writers:
                    writer.put(("a", chunk))
        if frames == 0:
            raise DamagedMediaError("The video has no picture that can be decoded: the file is damaged.")
        frame_time = 1.0 / float(rate)
        if duration and last_time + frame_time < duration * 0.9 - 0.5:
            raise DamagedMediaError(
                f"The video stops at {_clock(last_time)} of {_clock(duration)}: the file is incomplete. "
                "Copy it again from its source."
            )
        for writer in writers:
            writer.put(None)
        for writer in writers:
            writer.join()
            if writer.error is not None:
                raise from_av_error(_as_exception(writer.error), f"The {writer.planned.label} rendition")
    except BaseException:
        for writer in writers:
            writer.abort.set()
            with contextlib.suppress(queue.Full):
                writer.frames.put_nowait(None)
        for writer in writers:
            writer.join(timeout=10)
        for writer in writers:
            writer.path.unlink(missing_ok=True)
        raise
    finally:
        inp.close()
    outputs = _finish(writers, out_dir, float(rate))
    cover = thumb.best()
    jpeg = encode_jpeg(cover, 85)
    (out_dir / "thumbnail.jpg").write_bytes(jpeg)
    if progress is not None:
        progress(TranscodeProgress(1.0, time.monotonic() - started, 0.0))
    return TranscodeResult(
        duration_s=max(last_time + frame_time, max(o.layout.duration for o in outputs)),
        width=outputs[0].width,
        height=outputs[0].height,
        frame_rate=float(rate),
        has_audio=audio is not None,
        renditions=tuple(outputs),
        master_path=out_dir / "master.m3u8",
        thumbnail_jpeg=jpeg,
        thumbnail_size=(cover.shape[1], cover.shape[0]),
        palette=dominant_palette(cover),
    )


def _as_exception(error: BaseException) -> Exception:
    return error if isinstance(error, Exception) else MediaError(str(error))


def _shift_audio(frame: av.AudioFrame, shift: int) -> None:
    if frame.pts is not None and shift:
        frame.pts -= shift


def _duration(inp: av.container.InputContainer, video: av.VideoStream) -> float:
    if video.duration and video.time_base:
        return float(video.duration * video.time_base)
    if inp.duration:
        return inp.duration / av.time_base
    return 0.0


def _demux(inp: av.container.InputContainer, streams: Sequence[av.stream.Stream]) -> Iterator[av.Packet[Any]]:
    """Packets of the chosen streams; a read error past the start ends the input (it is truncated)."""
    try:
        yield from inp.demux(streams)
    except (av.error.InvalidDataError, av.error.EOFError, OSError):
        return


def _decode(packet: av.Packet[Any]) -> list[av.VideoFrame | av.AudioFrame]:
    try:
        return [f for f in packet.decode() if isinstance(f, av.VideoFrame | av.AudioFrame)]
    except av.error.InvalidDataError:
        return []  # one damaged packet: skip it, as players do


def _progress(fraction: float, elapsed: float) -> TranscodeProgress:
    fraction = min(1.0, max(0.0, fraction))
    remaining = elapsed * (1 - fraction) / fraction if fraction > 0.02 else None
    return TranscodeProgress(fraction, elapsed, remaining)


def _finish(writers: list[_RenditionWriter], out_dir: Path, rate: float) -> list[RenditionOutput]:
    outputs: list[RenditionOutput] = []
    for writer in writers:
        layout = fmp4_layout(writer.path)
        playlist = out_dir / f"{writer.planned.label}.m3u8"
        playlist.write_text(media_playlist(writer.path.name, layout), encoding="utf-8")
        peak = max((f.size * 8 / f.duration for f in layout.fragments if f.duration > 0), default=0.0)
        outputs.append(
            RenditionOutput(
                label=writer.planned.label,
                width=writer.planned.width,
                height=writer.planned.height,
                bandwidth=math.ceil(peak),
                path=writer.path,
                playlist_path=playlist,
                layout=layout,
                codecs=writer.codecs,
            )
        )
    variants = [Variant(o.playlist_path.name, o.bandwidth, o.width, o.height, o.codecs, rate) for o in outputs]
    (out_dir / "master.m3u8").write_text(master_playlist(variants), encoding="utf-8")
    return outputs


def remove_outputs(out_dir: Path) -> None:
    """Delete a transcode's working directory (never the source)."""
    shutil.rmtree(out_dir, ignore_errors=True)
