"""Live streaming without Qt: low-latency encoding into signed MPEG-TS parts, publishing and watching."""

from __future__ import annotations

# Publisher: a source pushes captured frames into `LiveEncoder` (libx264 with zero-latency tuning, no
# B-frames, a keyframe every second, AAC audio), whose MPEG-TS output is cut into parts of ~200 ms (a part
# starts at a keyframe, with the stream tables, every second); `LiveBroadcast` signs each part with the channel
# key and pushes it to the relay, merges the chat, reports health and can record the stream.
# Viewer: `LiveReceiver` watches the relay, checks every part's signature, takes the chat out, and feeds the
# media to a `Decoder` through a pipe.
import asyncio
import collections
import contextlib
import io
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any, cast

import aiohttp
import av
import numpy as np
from av.video.reformatter import VideoReformatter

from lightnode.mailbox_client import MailboxClient
from lightnode.protocol.errors import ProtocolError
from lightnode.protocol.keys import PrivateKey
from lightnode.protocol.services import StreamPart
from lightnode.services_client import ServiceClientError, StreamPublisher, StreamViewer

from .chat import ChatMessage, ChatPacketizer, chat_envelope, check_chat, extract_chat, make_chat
from .decoder import DecodedVideo, Decoder, Opener, open_stream
from .errors import MediaError, SourceUnavailableError, from_av_error

VIDEO_PID = 0x100
_TS = 188
_CLOCK = 90_000
AUDIO_RATE = 48_000


@dataclass(frozen=True, slots=True)
class LiveSettings:
    width: int = 1280
    height: int = 720
    fps: int = 30
    video_bitrate: int = 2_500_000
    audio_bitrate: int = 128_000
    #: Target duration of one part; parts end at frame boundaries.
    part_ms: int = 200
    #: A keyframe (and so a point where viewers can join) every this many seconds.
    gop_s: float = 1.0
    preset: str = "veryfast"
    audio: bool = True


@dataclass(frozen=True, slots=True)
class LivePart:
    media: bytes
    duration_ms: int
    keyframe: bool
    #: Wall-clock capture time of the part's first frame (Unix milliseconds).
    timestamp_ms: int


def now_ms() -> int:
    return time.time_ns() // 1_000_000


# ---------------------------------------------------------------------------------------------------------
# Time stamps carried in the picture (glass-to-glass latency)
# ---------------------------------------------------------------------------------------------------------

_STAMP_BITS = 48


def stamp_time(frame: av.VideoFrame, ms: int) -> None:
    """Draw `ms` as a row of 48 black/white cells across the top of a yuv420p frame's luma (in place)."""
    plane = frame.planes[0]
    luma = np.frombuffer(cast(Any, plane), np.uint8).reshape(-1, plane.line_size)
    cell = max(2, frame.width // _STAMP_BITS)
    bits = [(ms >> (_STAMP_BITS - 1 - i)) & 1 for i in range(_STAMP_BITS)]
    row = np.repeat(np.array(bits, np.uint8) * 219 + 16, cell)
    luma[: 2 * cell, : row.size] = row


def read_stamp(picture: np.ndarray, encoded_width: int) -> int | None:
    """The time stamp drawn by `stamp_time`, read back from a decoded picture (gray, BGR or BGRA),
    which may have been scaled since it was encoded at `encoded_width`."""
    scale = picture.shape[1] / encoded_width
    cell = max(2, encoded_width // _STAMP_BITS) * scale
    y = int(cell)
    if y >= picture.shape[0]:
        return None
    row = picture[y, :, :3].mean(axis=1) if picture.ndim == 3 else picture[y]
    value = 0
    for i in range(_STAMP_BITS):
        x = int((i + 0.5) * cell)
        if x >= row.shape[0]:
            return None
        value = (value << 1) | int(row[x] > 128)
    return value


# ---------------------------------------------------------------------------------------------------------
# Cutting the MPEG-TS output into parts
# ---------------------------------------------------------------------------------------------------------


class TsCutter:
    """Splits the muxer's MPEG-TS output into parts at video frame boundaries.

    A part ends as soon as the video frame that completes its duration has been written entirely (the PES
    lengths are explicit), so it leaves without waiting for the next frame. Before a keyframe the cut waits
    for the PAT/PMT the muxer writes just ahead of it, so that a keyframe part starts with the stream
    tables and a viewer (or an HLS segment) can begin there. Keyframes come every `gop` frames.
    """

    def __init__(self, part_ms: int, gop: int = 0, frame_ticks: int = 3000) -> None:
        self.part_ms = part_ms
        self.gop = gop
        self.frame_ticks = frame_ticks
        self._buf = bytearray()
        self._scanned = 0
        self._part_pts: int | None = None
        self._part_key = False
        self._part_frame = 0
        #: A part was cut after its last frame; the next part's first frame has not started yet.
        self._open = False
        self._frames = 0
        self._tables_at: int | None = None
        self._pes_left: int | None = None
        self._last_pts: int | None = None

    def feed(self, data: bytes) -> list[tuple[bytes, int, bool, int]]:
        """New muxer output; returns finished parts as (media, duration in 90 kHz, keyframe, frame index)."""
        self._buf += data
        out: list[tuple[bytes, int, bool, int]] = []
        while self._scanned + _TS <= len(self._buf):
            pos = self._scanned
            packet = self._buf[pos : pos + _TS]
            self._scanned += _TS
            if packet[0] != 0x47:
                continue
            pid = ((packet[1] & 0x1F) << 8) | packet[2]
            if pid in (0x0000, 0x1000, 0x0011):  # PAT, PMT, SDT: keep the run together
                if self._tables_at is None:
                    self._tables_at = pos
                continue
            start_here = self._tables_at
            self._tables_at = None
            if pid != VIDEO_PID:
                continue
            payload = _payload_size(packet)
            if packet[1] & 0x40:
                key, pts, pes_length = _pes_start(packet)
                self._pes_left = 6 + pes_length - payload if pes_length else None
                if self._last_pts is not None:
                    step = (pts - self._last_pts) & ((1 << 33) - 1)
                    if 0 < step < _CLOCK:
                        self.frame_ticks = step
                self._last_pts = pts
                frame = self._frames
                self._frames += 1
                if self._part_pts is None:
                    self._part_pts, self._part_key, self._part_frame = pts, key, frame
                    self._open = False
                else:
                    elapsed = (pts - self._part_pts) & ((1 << 33) - 1)
                    if key or self._long_enough(elapsed):
                        cut = start_here if key and start_here is not None else pos
                        out.append(self._cut(cut, elapsed))
                        self._part_pts, self._part_key, self._part_frame = pts, key, frame
            elif self._pes_left is not None:
                self._pes_left -= payload
            if self._pes_left is not None and self._pes_left <= 0 and self._part_pts is not None:
                self._pes_left = None
                assert self._last_pts is not None
                elapsed = ((self._last_pts - self._part_pts) & ((1 << 33) - 1)) + self.frame_ticks
                next_is_key = self.gop > 0 and self._frames % self.gop == 0
                if self._long_enough(elapsed) and not next_is_key:
                    out.append(self._cut(self._scanned, elapsed))
                    self._part_pts = None
                    self._open = True
        return out

    def _long_enough(self, elapsed: int) -> bool:
        return elapsed * 1000 >= self.part_ms * _CLOCK - _CLOCK // 200

    def _cut(self, at: int, duration: int) -> tuple[bytes, int, bool, int]:
        media = bytes(self._buf[:at])
        del self._buf[:at]
        self._scanned -= at
        if self._tables_at is not None:
            self._tables_at -= at
        return media, duration, self._part_key, self._part_frame

    def flush(self, last_duration: int) -> tuple[bytes, int, bool, int] | None:
        if self._part_pts is None or not self._buf:
            return None
        assert self._last_pts is not None
        duration = ((self._last_pts - self._part_pts) & ((1 << 33) - 1)) + last_duration
        media = bytes(self._buf)
        self._buf.clear()
        self._scanned = 0
        return media, duration, self._part_key, self._part_frame


def _payload_size(packet: bytes | bytearray) -> int:
    if packet[3] & 0x20:
        return max(0, _TS - 5 - packet[4]) if packet[3] & 0x10 else 0
    return _TS - 4 if packet[3] & 0x10 else 0


def _pes_start(packet: bytes | bytearray) -> tuple[bool, int, int]:
    """(random access, PTS, PES packet length) of a TS packet starting a PES."""
    pos = 4
    key = False
    if packet[3] & 0x20:  # adaptation field
        length = packet[4]
        if length > 0:
            key = bool(packet[5] & 0x40)
        pos = 5 + length
    if packet[pos : pos + 3] != b"\x00\x00\x01" or pos + 14 > len(packet):
        return key, 0, 0
    pes_length = (packet[pos + 4] << 8) | packet[pos + 5]
    flags = packet[pos + 7]
    if not flags & 0x80:
        return key, 0, pes_length
    p = packet[pos + 9 : pos + 14]
    pts = ((p[0] >> 1) & 0x07) << 30 | p[1] << 22 | (p[2] >> 1) << 15 | p[3] << 7 | (p[4] >> 1)
    return key, pts, pes_length


# ---------------------------------------------------------------------------------------------------------
# The encoder
# ---------------------------------------------------------------------------------------------------------


@dataclass
class EncoderStats:
    frames_in: int = 0
    frames_encoded: int = 0
    #: Frames the encoder could not take in time (it fell behind the source): dropped before encoding.
    dropped_frames: int = 0
    bytes_out: int = 0
    parts: int = 0
    encode_seconds: float = 0.0


class _Sink:
    def __init__(self, on_data: Callable[[bytes], None]) -> None:
        self.on_data = on_data

    def write(self, data: bytes) -> int:
        self.on_data(bytes(data))
        return len(data)


class LiveEncoder:
    """Encodes pushed frames into live parts on its own thread; `on_part` is called on that thread."""

    def __init__(
        self,
        settings: LiveSettings,
        on_part: Callable[[LivePart], None],
        *,
        stamp: bool = False,
        queue_frames: int = 8,
        preview_size: tuple[int, int] | None = None,
    ) -> None:
        self.settings = settings
        #: When set, every other frame is also scaled to this size as BGRA for the streamer's preview.
        self.preview_size = preview_size
        self.preview: DecodedVideo | None = None
        self.on_part = on_part
        self.stamp = stamp
        self.stats = EncoderStats()
        self._queue: queue.Queue[tuple[str, Any, float, int] | None] = queue.Queue(queue_frames)
        self._thread = threading.Thread(target=self._run, name="live-encoder", daemon=True)
        self.error: MediaError | None = None
        self._t0: float | None = None
        self._capture_ms: collections.deque[int] = collections.deque()
        self._first_index = 0
        self._closed = False

    def start(self) -> None:
        self._thread.start()

    def push_video(self, frame: av.VideoFrame | np.ndarray, captured: float | None = None) -> bool:
        """Hand over a captured frame (an av.VideoFrame, or BGR/BGRA pixels); False if it was dropped."""
        if self._closed:
            return False
        self.stats.frames_in += 1
        now = time.monotonic()
        captured = now if captured is None else captured
        wall = now_ms() - round((now - captured) * 1000)
        try:
            self._queue.put_nowait(("v", frame, captured, wall))
        except queue.Full:
            self.stats.dropped_frames += 1
            return False
        return True

    def push_audio(self, frame: av.AudioFrame, captured: float | None = None) -> None:
        if self._closed or not self.settings.audio:
            return
        captured = time.monotonic() if captured is None else captured
        with contextlib.suppress(queue.Full):
            self._queue.put(("a", frame, captured, 0), timeout=0.1)

    def close(self, timeout: float = 10.0) -> None:
        """Encode what is queued, emit the last part, and stop."""
        if self._closed:
            return
        self._closed = True
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join(timeout)

    def _run(self) -> None:
        try:
            self._encode()
        except Exception as exc:
            self.error = from_av_error(exc, "The live stream")

    def _encode(self) -> None:
        s = self.settings
        gop = max(1, round(s.fps * s.gop_s))
        cutter = TsCutter(s.part_ms, gop, _CLOCK // s.fps)
        pending: list[tuple[bytes, int, bool, int]] = []

        def collect(data: bytes) -> None:
            self.stats.bytes_out += len(data)
            pending.extend(cutter.feed(data))

        out = av.open(
            _Sink(collect),
            "w",
            format="mpegts",
            options={
                "mpegts_start_pid": str(VIDEO_PID),
                # Explicit PES lengths let the viewer's demuxer hand out a frame as soon as it is complete.
                "omit_video_pes_length": "0",
                "pes_payload_size": "0",
                "flush_packets": "1",
                "max_interleave_delta": "1",
            },
        )
        video = out.add_stream(
            "libx264",
            rate=s.fps,
            options={
                "preset": s.preset,
                "tune": "zerolatency",
                "g": str(gop),
                "keyint_min": str(gop),
                "sc_threshold": "0",
                "bf": "0",
                "maxrate": str(s.video_bitrate),
                "bufsize": str(s.video_bitrate // 2),
            },
        )
        video.width, video.height, video.pix_fmt = s.width, s.height, "yuv420p"
        video.bit_rate = s.video_bitrate
        video.codec_context.time_base = Fraction(1, _CLOCK)
        sound = None
        resampler = None
        if s.audio:
            sound = out.add_stream("aac", rate=AUDIO_RATE, layout="stereo")
            sound.bit_rate = s.audio_bitrate
            sound.codec_context.time_base = Fraction(1, AUDIO_RATE)
            resampler = av.AudioResampler(format="fltp", layout="stereo", rate=AUDIO_RATE, frame_size=1024)
        scaler = VideoReformatter()
        preview_scaler = VideoReformatter()
        last_pts = -1
        audio_next: int | None = None
        frame_ticks = _CLOCK // s.fps

        def emit() -> None:
            while pending:
                media, duration, key, index = pending.pop(0)
                stamp = self._capture_ms[index - self._first_index] if self._capture_ms else now_ms()
                self.stats.parts += 1
                self.on_part(LivePart(media, max(1, round(duration / 90)), key, stamp))
            # Forget capture times of frames already in emitted parts.
            while len(self._capture_ms) > 4 * gop:
                self._capture_ms.popleft()
                self._first_index += 1

        try:
            while True:
                item = self._queue.get()
                if item is None:
                    break
                kind, payload, captured, wall_ms = item
                if self._t0 is None:
                    self._t0 = captured
                started = time.perf_counter()
                if kind == "v":
                    frame = _as_video_frame(payload)
                    picture = scaler.reformat(frame, s.width, s.height, "yuv420p", interpolation="BILINEAR")
                    if picture is frame:
                        picture = frame.reformat(format="yuv420p")  # a copy we may draw on
                    pts = max(last_pts + 1, round((captured - self._t0) * _CLOCK))
                    # Snap to the frame grid when close, which keeps part durations regular.
                    grid = round(pts / frame_ticks) * frame_ticks
                    if grid > last_pts and abs(grid - pts) < frame_ticks // 2:
                        pts = grid
                    last_pts = pts
                    picture.pts, picture.time_base = pts, Fraction(1, _CLOCK)
                    if self.stamp:
                        stamp_time(picture, wall_ms)
                    self._capture_ms.append(wall_ms)
                    if self.preview_size is not None and self.stats.frames_encoded % 2 == 0:
                        shown = preview_scaler.reformat(picture, *self.preview_size, "bgra")
                        self.preview = DecodedVideo(pts / _CLOCK, shown, 0)
                    out.mux(video.encode(picture))
                    self.stats.frames_encoded += 1
                elif sound is not None and resampler is not None:
                    assert isinstance(payload, av.AudioFrame)
                    payload.pts = None
                    for chunk in resampler.resample(payload):
                        if audio_next is None:
                            audio_next = round((captured - self._t0) * AUDIO_RATE)
                        chunk.pts, chunk.time_base = audio_next, Fraction(1, AUDIO_RATE)
                        audio_next += chunk.samples
                        out.mux(sound.encode(chunk))
                self.stats.encode_seconds += time.perf_counter() - started
                emit()
            out.mux(video.encode(None))
            if sound is not None:
                out.mux(sound.encode(None))
        finally:
            out.close()
        last = cutter.flush(frame_ticks)
        if last is not None:
            pending.append(last)
        emit()


def _as_video_frame(payload: Any) -> av.VideoFrame:
    if isinstance(payload, av.VideoFrame):
        return payload
    if isinstance(payload, np.ndarray):
        if payload.ndim == 3 and payload.shape[2] == 4:
            return av.VideoFrame.from_ndarray(payload, format="bgra")
        return av.VideoFrame.from_ndarray(payload, format="bgr24")
    raise MediaError("A live source handed over something that is not a picture.")


# ---------------------------------------------------------------------------------------------------------
# Sources without Qt
# ---------------------------------------------------------------------------------------------------------


class FileLoopSource:
    """A video file played in a loop at its real pace, as a live source (picture and sound)."""

    def __init__(self, path: Path, *, loop: bool = True, audio: bool = True) -> None:
        self.path = path
        self.loop = loop
        self.audio = audio
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.error: MediaError | None = None
        self.loops = 0

    def check(self) -> None:
        """Raise a MediaError now if the file cannot be streamed."""
        try:
            with av.open(str(self.path), metadata_errors="ignore") as probe:
                if not probe.streams.video:
                    raise SourceUnavailableError("The file has no picture to stream.")
        except MediaError:
            raise
        except Exception as exc:
            raise from_av_error(exc, "The file to stream") from exc

    def start(self, encoder: LiveEncoder) -> None:
        self._thread = threading.Thread(target=self._run, args=(encoder,), name="live-file", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)

    def _run(self, encoder: LiveEncoder) -> None:
        try:
            self._play(encoder)
        except Exception as exc:
            self.error = from_av_error(exc, "The file to stream")

    def _play(self, encoder: LiveEncoder) -> None:
        t0 = time.monotonic()
        offset = 0.0
        while not self._stop.is_set():
            with av.open(str(self.path), metadata_errors="ignore") as container:
                video = container.streams.video[0]
                video.thread_type = "AUTO"
                streams = [video, *(container.streams.audio[:1] if self.audio else [])]
                origin: float | None = None
                last = 0.0
                for frame in container.decode(*streams):
                    if self._stop.is_set():
                        return
                    if not isinstance(frame, av.VideoFrame | av.AudioFrame) or frame.pts is None:
                        continue
                    t = float(frame.time or 0.0)
                    if origin is None:
                        origin = t
                    rel = t - origin
                    last = max(last, rel)
                    due = t0 + offset + rel
                    delay = due - time.monotonic()
                    if delay > 0:
                        self._stop.wait(delay)
                    if isinstance(frame, av.VideoFrame):
                        encoder.push_video(frame, max(due, t0))
                    else:
                        encoder.push_audio(frame, max(due, t0))
                offset += last + 1.0 / float(video.average_rate or 30)
            self.loops += 1
            if not self.loop:
                return


# ---------------------------------------------------------------------------------------------------------
# Publishing
# ---------------------------------------------------------------------------------------------------------


@dataclass
class LiveHealth:
    live: bool = False
    uptime_s: float = 0.0
    #: Media bits per second over the last few seconds.
    bitrate_bps: float = 0.0
    fps: float = 0.0
    dropped_frames: int = 0
    parts_sent: int = 0
    parts_refused: int = 0
    viewers: int = 0
    last_error: str = ""


@dataclass
class _ChatState:
    pending: list[bytes] = field(default_factory=list)
    seen: set[bytes] = field(default_factory=set)


class LiveBroadcast:
    """Publishes one channel: encoder → signed parts → relay, with chat, health and optional recording.

    Use on the app's event loop: `await broadcast.start(source)`, `await broadcast.stop()`.
    """

    def __init__(
        self,
        session: aiohttp.ClientSession,
        relay_url: str,
        channel_key: PrivateKey,
        *,
        settings: LiveSettings = LiveSettings(),
        record_to: Path | None = None,
        stamp_frames: bool = False,
        on_chat: Callable[[ChatMessage], None] | None = None,
        listen_chat: bool = True,
        preview_size: tuple[int, int] | None = None,
    ) -> None:
        self.session = session
        self.relay_url = relay_url
        self.key = channel_key
        self.channel_key = channel_key.public_key.raw
        self.settings = settings
        self.record_to = record_to
        self.on_chat = on_chat
        self.listen_chat = listen_chat
        self.encoder = LiveEncoder(settings, self._from_encoder, stamp=stamp_frames, preview_size=preview_size)
        self.health_state = LiveHealth()
        self.chat_log: list[ChatMessage] = []
        self._chat = _ChatState()
        self._packetizer = ChatPacketizer()
        self._parts: asyncio.Queue[LivePart | None] = asyncio.Queue()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._publisher: StreamPublisher | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._source: Any = None
        self._record: io.BufferedWriter | None = None
        self._sequence = 0
        self._started = 0.0
        self._window: collections.deque[tuple[float, int]] = collections.deque()
        #: Called on the loop with every part as sent (tests and the benchmark watch it).
        self.on_part_sent: Callable[[StreamPart], None] | None = None
        #: The relay's refusals of parts, as it sent them ({"error", "reason"}).
        self.refusals: asyncio.Queue[dict[str, Any]] = asyncio.Queue()

    async def start(self, source: Any) -> None:
        """Connect to the relay (raising a MediaError with a sentence if it refuses) and go live."""
        self._loop = asyncio.get_running_loop()
        publisher = StreamPublisher(self.session, self.relay_url, self.key)
        try:
            await publisher.__aenter__()
        except ServiceClientError as exc:
            if exc.status == 404:
                raise MediaError(
                    "This channel is not announced on chain yet; create the channel first, then go live."
                ) from exc
            raise MediaError(f"The relay refused the stream: {exc.reason or exc.code}.") from exc
        except (aiohttp.ClientError, OSError) as exc:
            raise MediaError("The relay cannot be reached; check the network and try again.") from exc
        self._publisher = publisher
        if self.record_to is not None:
            self.record_to.parent.mkdir(parents=True, exist_ok=True)
            self._record = self.record_to.open("wb")
        self._started = time.monotonic()
        self.health_state.live = True
        self.encoder.start()
        self._source = source
        source.start(self.encoder)
        self._tasks.append(asyncio.create_task(self._send_loop()))
        if self.listen_chat:
            self._tasks.append(asyncio.create_task(self._chat_loop()))

    def _from_encoder(self, part: LivePart) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._parts.put_nowait, part)

    async def _send_loop(self) -> None:
        while True:
            part = await self._parts.get()
            if part is None:
                return
            media = part.media
            if self._chat.pending:
                chat, self._chat.pending = self._chat.pending, []
                media += b"".join(self._packetizer.packets(m) for m in chat)
            self._sequence = max(self._sequence + 1, part.timestamp_ms)
            signed = StreamPart.create(
                self.key, self._sequence, part.timestamp_ms, part.duration_ms, part.keyframe, media
            )
            if self._record is not None:
                self._record.write(part.media)
            publisher = self._publisher
            if publisher is None:
                continue
            try:
                await publisher.send(signed)
            except (ConnectionError, aiohttp.ClientError, RuntimeError) as exc:
                self.health_state.last_error = f"The connection to the relay dropped ({exc}); reconnecting."
                await self._reconnect()
                continue
            self.health_state.parts_sent += 1
            now = time.monotonic()
            self._window.append((now, len(part.media)))
            while self._window and now - self._window[0][0] > 3.0:
                self._window.popleft()
            self._drain_refusals(publisher)
            if self.on_part_sent is not None:
                self.on_part_sent(signed)

    def _drain_refusals(self, publisher: StreamPublisher) -> None:
        while not publisher.errors.empty():
            error = publisher.errors.get_nowait()
            self.health_state.parts_refused += 1
            self.health_state.last_error = str(error.get("reason", error.get("error", "")))
            self.refusals.put_nowait(error)

    async def send_raw(self, data: bytes) -> None:
        """Send bytes to the relay as they are (tests of the relay's checks)."""
        assert self._publisher is not None, "the broadcast is not live"
        await self._publisher.send_raw(data)

    async def _reconnect(self) -> None:
        old, self._publisher = self._publisher, None
        if old is not None:
            with contextlib.suppress(Exception):
                await old.__aexit__(None, None, None)
        for delay in (0.2, 0.5, 1.0, 2.0, 4.0):
            await asyncio.sleep(delay)
            publisher = StreamPublisher(self.session, self.relay_url, self.key)
            try:
                await publisher.__aenter__()
            except (ServiceClientError, aiohttp.ClientError, OSError):
                continue
            self._publisher = publisher
            self.health_state.last_error = ""
            return

    async def _chat_loop(self) -> None:
        mailbox = MailboxClient(self.session, self.relay_url)
        while True:
            try:
                async with mailbox.listen(self.key) as inbox:
                    while True:
                        envelope = await inbox.receive()
                        self.accept_chat(envelope.ciphertext)
                        await inbox.ack([envelope.id()])
            except asyncio.CancelledError:
                raise
            except (ServiceClientError, aiohttp.ClientError, OSError, ProtocolError):
                await asyncio.sleep(1.0)

    def accept_chat(self, data: bytes) -> ChatMessage | None:
        """Check a viewer's chat message and, if genuine and new, show it and put it into the stream."""
        try:
            message = check_chat(data, self.channel_key)
        except ProtocolError:
            return None
        if message.signature in self._chat.seen:
            return None
        self._chat.seen.add(message.signature)
        self._chat.pending.append(message.encode())
        self.chat_log.append(message)
        if self.on_chat is not None:
            self.on_chat(message)
        return message

    def send_chat(self, author: PrivateKey, text: str) -> ChatMessage:
        """The streamer's own message: signed and put straight into the stream."""
        message = make_chat(author, self.channel_key, text)
        accepted = self.accept_chat(message.encode())
        return accepted or message

    def health(self) -> LiveHealth:
        h = self.health_state
        if h.live:
            h.uptime_s = time.monotonic() - self._started
        stats = self.encoder.stats
        h.dropped_frames = stats.dropped_frames
        if len(self._window) >= 2:
            span = self._window[-1][0] - self._window[0][0]
            if span > 0:
                h.bitrate_bps = 8 * sum(n for _t, n in list(self._window)[1:]) / span
        h.fps = stats.frames_encoded / h.uptime_s if h.uptime_s > 0 else 0.0
        if self._publisher is not None:
            h.viewers = sum(self._publisher.viewers.values())
        if self.encoder.error is not None:
            h.last_error = str(self.encoder.error)
        return h

    async def stop(self) -> Path | None:
        """End the stream: stop the source, flush the encoder, tell the relay, close the recording."""
        if self._source is not None:
            await asyncio.to_thread(self._source.stop)
        await asyncio.to_thread(self.encoder.close)
        await asyncio.sleep(0)  # let the encoder's last parts reach the queue
        self._parts.put_nowait(None)
        if self._tasks:
            with contextlib.suppress(asyncio.CancelledError, TimeoutError):
                await asyncio.wait_for(self._tasks[0], 10)  # the sender: let it send the last parts
        for task in self._tasks[1:]:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks.clear()
        if self._publisher is not None:
            with contextlib.suppress(Exception):
                await self._publisher.end()
                await self._publisher.__aexit__(None, None, None)
            self._publisher = None
        self.health_state.live = False
        if self._record is not None:
            self._record.close()
            self._record = None
            return self.record_to
        return None


# ---------------------------------------------------------------------------------------------------------
# Watching
# ---------------------------------------------------------------------------------------------------------


class LivePipe(io.RawIOBase):
    """Bytes handed from the network to the decoder's thread; reads wait for data (a non-seekable file)."""

    def __init__(self) -> None:
        super().__init__()
        self._chunks: collections.deque[bytes] = collections.deque()
        self._cond = threading.Condition()
        self._ended = False
        self.received = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def feed(self, data: bytes) -> None:
        with self._cond:
            self._chunks.append(data)
            self.received += len(data)
            self._cond.notify_all()

    def end(self) -> None:
        with self._cond:
            self._ended = True
            self._cond.notify_all()

    def read(self, size: int = -1) -> bytes:
        with self._cond:
            while not self._chunks and not self._ended:
                self._cond.wait(0.5)
            if not self._chunks:
                return b""
            data = self._chunks.popleft()
            if 0 <= size < len(data):
                self._chunks.appendleft(data[size:])
                data = data[:size]
            return data

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


@dataclass
class ReceiverStats:
    parts: int = 0
    bytes: int = 0
    #: Parts whose signature or channel did not check out: never decoded.
    rejected: int = 0
    skips: int = 0
    #: Milliseconds from a part's capture time to its arrival here, for the latest part.
    last_part_delay_ms: int = 0
    chat_rejected: int = 0


class LiveReceiver:
    """Watches a channel on a relay: verified parts into a pipe for the decoder, and the chat."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        relay_url: str,
        channel_key: bytes,
        *,
        on_chat: Callable[[ChatMessage], None] | None = None,
    ) -> None:
        self.session = session
        self.relay_url = relay_url
        self.channel_key = channel_key
        self.on_chat = on_chat
        self.pipe = LivePipe()
        self.stats = ReceiverStats()
        self.chat_log: list[ChatMessage] = []
        self.ended = asyncio.Event()
        self.first_part = asyncio.Event()
        self._viewer: StreamViewer | None = None
        self._task: asyncio.Task[None] | None = None
        self.error: MediaError | None = None

    async def start(self) -> None:
        viewer = StreamViewer(self.session, self.relay_url, self.channel_key)
        try:
            await viewer.__aenter__()
        except (aiohttp.ClientError, OSError) as exc:
            raise MediaError("The stream cannot be reached; check the network and try again.") from exc
        self._viewer = viewer
        self._task = asyncio.create_task(self._receive(viewer))

    async def _receive(self, viewer: StreamViewer) -> None:
        try:
            async for part in viewer.parts():
                self.handle_part(part)
            self.stats.rejected = max(self.stats.rejected, viewer.rejected)
        except (aiohttp.ClientError, ConnectionError) as exc:
            self.error = MediaError(f"The stream connection dropped ({exc}).")
        finally:
            self.stats.rejected = max(self.stats.rejected, viewer.rejected)
            self.stats.skips = viewer.skips
            self.pipe.end()
            self.ended.set()

    def handle_part(self, part: StreamPart) -> bool:
        """Check one part (signature, channel) and pass its media on; False if it was rejected."""
        try:
            if part.channel_key != self.channel_key:
                raise ProtocolError("the part belongs to another channel")
            part.verify()
        except ProtocolError:
            self.stats.rejected += 1
            return False
        messages, media = extract_chat(part.media)
        for raw in messages:
            try:
                message = check_chat(raw, self.channel_key)
            except ProtocolError:
                self.stats.chat_rejected += 1
                continue
            self.chat_log.append(message)
            if self.on_chat is not None:
                self.on_chat(message)
        self.stats.parts += 1
        self.stats.bytes += len(media)
        self.stats.last_part_delay_ms = now_ms() - part.timestamp_ms
        self.pipe.feed(media)
        self.first_part.set()
        return True

    def opener(self) -> Opener:
        """For `Decoder(receiver.opener(), live=True)`."""
        return open_stream(self.pipe, format="mpegts", options={"probesize": "262144", "analyzeduration": "400000"})

    def decoder(self, *, output_size: tuple[int, int] = (1280, 720), want_audio: bool = True) -> Decoder:
        return Decoder(
            self.opener(),
            live=True,
            output_size=output_size,
            want_audio=want_audio,
            max_video_frames=30,
            what="The live stream",
        )

    async def viewers(self) -> int:
        """How many watch now (WebSocket and HLS), as the relay counts them."""
        url = f"{self.relay_url.rstrip('/')}/v1/streams/{self.channel_key.hex()}"
        async with self.session.get(url) as r:
            if r.status != 200:
                return 0
            body = await r.json()
        counts = body.get("viewers", {})
        return int(counts.get("websocket", 0)) + int(counts.get("hls", 0))

    async def send_chat(self, author: PrivateKey, text: str) -> ChatMessage:
        """Sign a chat message and leave it in the streamer's mailbox; it comes back inside the stream."""
        message = make_chat(author, self.channel_key, text)
        try:
            await MailboxClient(self.session, self.relay_url).deposit(chat_envelope(message))
        except ServiceClientError as exc:
            raise MediaError(f"The message was not sent: {exc.reason or exc.code}.") from exc
        except (aiohttp.ClientError, OSError) as exc:
            raise MediaError("The message was not sent: the node cannot be reached.") from exc
        return message

    async def stop(self) -> None:
        if self._viewer is not None:
            # A relay that does not answer the close handshake must not hold the page up.
            with contextlib.suppress(TimeoutError, aiohttp.ClientError, ConnectionError):
                await asyncio.wait_for(self._viewer.__aexit__(None, None, None), 2.0)
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self.pipe.end()


def hls_url(relay_url: str, channel_key: bytes) -> str:
    """The relay's LL-HLS playlist of a channel, for ordinary players (ffplay, VLC)."""
    return f"{relay_url.rstrip('/')}/v1/streams/{channel_key.hex()}/live.m3u8"


__all__ = [
    "FileLoopSource",
    "LiveBroadcast",
    "LiveEncoder",
    "LiveHealth",
    "LivePart",
    "LivePipe",
    "LiveReceiver",
    "LiveSettings",
    "TsCutter",
    "hls_url",
    "read_stamp",
    "stamp_time",
]
