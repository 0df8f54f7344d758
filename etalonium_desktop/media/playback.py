"""The player's logic without Qt: play, pause, seek, A/V sync against the master clock, statistics."""

from __future__ import annotations

# A view calls `tick()` from a timer and shows the frame it returns; an audio output calls `read_audio()` and
# `audio_played()`. The same object drives the widget, the tests and the benchmark.
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from .clock import AudioTimeline, Decision, MediaClock, decide
from .decoder import DecodedAudio, DecodedVideo, Decoder, StreamInfo
from .errors import MediaError

#: Live playback skips forward at once when more than this is buffered ahead of the clock (a burst after a
#: stall), to LIVE_TARGET_BUFFER_S; smaller excesses are trimmed each second (see LIVE_LOW_WATER_S).
LIVE_MAX_BUFFER_S = 0.5
LIVE_TARGET_BUFFER_S = 0.3
#: Live playback re-anchors when it runs this far behind (after a stall), instead of dropping everything.
LIVE_RESYNC_S = 0.35
#: Live playback shows frames this long after the first one arrived, to absorb network jitter.
LIVE_JITTER_S = 0.06
#: The least a live buffer should hold just before the next part arrives (network jitter allowance).
LIVE_LOW_WATER_S = 0.06
#: Live sound is handed to the device at most this far ahead of the picture's clock (its buffer's length).
LIVE_AUDIO_AHEAD_S = 0.2


class State(Enum):
    LOADING = "loading"
    PLAYING = "playing"
    PAUSED = "paused"
    ENDED = "ended"
    FAILED = "failed"


@dataclass
class PlaybackStats:
    presented: int = 0
    dropped: int = 0
    late: int = 0
    #: Frames decoded (including those decoded only to reach a seek target).
    decoded: int = 0
    #: Decoding + scaling throughput of the decoder thread, frames per second of its busy time.
    decode_fps: float = 0.0
    audio_resyncs: int = 0


@dataclass(frozen=True, slots=True)
class Tick:
    #: A frame to put on screen now, or None to keep the current one.
    frame: DecodedVideo | None
    #: When to call tick() again, in seconds.
    next_s: float
    ended: bool = False
    error: MediaError | None = None


class Playback:
    """Plays one decoder's output against a MediaClock (audio master when an audio output is attached)."""

    def __init__(
        self,
        decoder: Decoder,
        *,
        clock: MediaClock | None = None,
        audio_output: bool = False,
        now: Callable[[], float] = time.monotonic,
        on_frame_shown: Callable[[DecodedVideo, float], None] | None = None,
        paced: bool = True,
    ) -> None:
        self.decoder = decoder
        self.clock = clock or MediaClock(now)
        self._now = now
        self.audio_output = audio_output
        self.timeline = AudioTimeline(decoder.bytes_per_second)
        self.stats = PlaybackStats()
        self.state = State.LOADING
        self._want_play = False
        self._generation = decoder.generation
        self._anchored = False
        self._ended_reported = False
        self._error_reported = False
        self._pending_audio: DecodedAudio | None = None
        self.current: DecodedVideo | None = None
        self.on_frame_shown = on_frame_shown
        self.live = decoder.live
        #: False shows every frame as soon as it is decoded (measuring decode + render throughput).
        self.paced = paced
        self._low_water = float("inf")
        self._window_start: float | None = None

    # Control

    def start(self) -> None:
        self.decoder.start()

    def close(self) -> None:
        self.decoder.close()

    @property
    def info(self) -> StreamInfo | None:
        return self.decoder.info

    @property
    def duration(self) -> float | None:
        info = self.decoder.info
        return None if info is None else info.duration

    @property
    def position(self) -> float:
        return max(0.0, self.clock.position())

    def play(self) -> None:
        self._want_play = True
        if self.state == State.ENDED:
            self.seek(0.0)
        if self.state in (State.PAUSED, State.LOADING) and self._anchored:
            self.state = State.PLAYING
            self.clock.resume()

    def pause(self) -> None:
        self._want_play = False
        if self.state == State.PLAYING:
            self.state = State.PAUSED
            self.clock.pause()

    @property
    def playing(self) -> bool:
        return self.state == State.PLAYING

    def seek(self, seconds: float) -> None:
        if self.live:
            return
        duration = self.duration
        if duration:
            seconds = min(seconds, max(0.0, duration - 0.05))
        self._generation = self.decoder.seek(max(0.0, seconds))
        self.clock.pause()
        self.clock.set(max(0.0, seconds))
        self.timeline.reset()
        self._pending_audio = None
        self._anchored = False
        self._ended_reported = False
        if self.state != State.FAILED:
            self.state = State.LOADING

    # Audio side

    def read_audio(self, max_bytes: int) -> bytes:
        """PCM for the audio output, at most `max_bytes` (whole samples); empty when paused or starved."""
        if not self.audio_output or self.state != State.PLAYING or max_bytes <= 0:
            return b""
        frame_bytes = self.decoder.audio_channels * 2
        max_bytes -= max_bytes % frame_bytes
        out = bytearray()
        rate = self.decoder.bytes_per_second
        while len(out) < max_bytes:
            chunk = self._pending_audio or self.decoder.pop_audio()
            self._pending_audio = None
            if chunk is None:
                break
            if chunk.generation != self._generation:
                continue
            if self.live:
                # Live: the latency logic moves the clock, so sound follows the picture rather than lead it.
                clock = self.clock.position()
                if chunk.pts + len(chunk.pcm) / rate < clock:
                    continue  # already past: skipped, as the picture was
                if chunk.pts > clock + LIVE_AUDIO_AHEAD_S:
                    self._pending_audio = chunk  # too early for the device's buffer: later
                    break
            room = max_bytes - len(out)
            piece = chunk.pcm[:room]
            self.timeline.wrote(chunk.pts, len(piece))
            out += piece
            if len(piece) < len(chunk.pcm):
                rest = chunk.pcm[len(piece) :]
                self._pending_audio = DecodedAudio(
                    chunk.pts + len(piece) / self.decoder.bytes_per_second, rest, chunk.generation
                )
        return bytes(out)

    def audio_played(self, buffered_bytes: int) -> None:
        """The audio output still holds `buffered_bytes` unplayed: its play head is the master clock."""
        if not self.audio_output or self.state != State.PLAYING or self.live:
            return
        position = self.timeline.position(buffered_bytes)
        if position is not None and self.timeline.written > buffered_bytes:
            before = self.clock.resyncs
            self.clock.follow(position)
            self.stats.audio_resyncs += self.clock.resyncs - before

    # Video side

    def tick(self) -> Tick:
        decoder = self.decoder
        if not self.audio_output:
            while decoder.pop_audio() is not None:
                pass  # nowhere to play it: the clock is the monotonic one
        self.stats.decoded = decoder.frames_decoded
        if decoder.decode_seconds > 0:
            self.stats.decode_fps = decoder.frames_decoded / decoder.decode_seconds
        if decoder.error is not None:
            self.state = State.FAILED
            error = None if self._error_reported else decoder.error
            self._error_reported = True
            return Tick(None, 0.25, error=error)
        info = decoder.info
        if info is None:
            return Tick(None, 0.01)
        frame_duration = 1.0 / info.frame_rate
        if not self._anchored:
            first = decoder.peek_video()
            if first is not None and first.generation == self._generation:
                self._anchor(first.pts)
            elif (not info.has_video and (decoder.audio_queued_s() > 0.05 or decoder.eof)) or decoder.drained():
                self._anchor(self.clock.position())
            else:
                return Tick(None, 0.005)
        if self.state == State.PAUSED:
            if self.current is None or self.current.generation != self._generation:
                first = decoder.peek_video()
                if first is not None and first.generation == self._generation:
                    still = decoder.pop_video()
                    return Tick(self._show(still), 0.02) if still is not None else Tick(None, 0.02)
            return Tick(None, 0.02)
        if self.state != State.PLAYING:
            return Tick(None, 0.02)
        if self.live:
            self._live_catch_up(frame_duration)
        shown: DecodedVideo | None = None
        wait = 0.01
        while True:
            frame = decoder.peek_video()
            if frame is None:
                break
            if frame.generation != self._generation:
                decoder.pop_video()
                continue
            if not self.paced:
                decoder.pop_video()
                self.clock.set(frame.pts)
                shown = self._show(frame)
                wait = 0.0
                break
            following = decoder.peek_video(1)
            same = following is not None and following.generation == frame.generation
            next_pts = following.pts if following is not None and same else None
            verdict = decide(frame.pts, next_pts, self.clock.position(), frame_duration)
            if verdict.decision == Decision.WAIT:
                wait = verdict.wait_s
                break
            decoder.pop_video()
            if verdict.decision == Decision.DROP:
                self.stats.dropped += 1
                continue
            if verdict.late:
                self.stats.late += 1
            shown = self._show(frame)
            nxt = decoder.peek_video()
            wait = frame_duration if nxt is None else max(0.0, nxt.pts - self.clock.position())
            break
        if decoder.drained() and self._pending_audio is None:
            if self.audio_output and info.has_audio and self.timeline.written:
                position = self.clock.position()
                end_of_audio = self.timeline.position(0)
                if end_of_audio is not None and position < end_of_audio:
                    return Tick(shown, min(0.05, end_of_audio - position))
            self.state = State.ENDED
            self.clock.pause()
            ended = not self._ended_reported
            self._ended_reported = True
            return Tick(shown, 0.1, ended=ended)
        return Tick(shown, min(max(wait, 0.001), 0.02))

    def _anchor(self, pts: float) -> None:
        self._anchored = True
        self.clock.set(pts - LIVE_JITTER_S if self.live else pts)
        if self._want_play:
            self.state = State.PLAYING
            self.clock.resume()
        else:
            self.state = State.PAUSED

    def _show(self, frame: DecodedVideo) -> DecodedVideo:
        self.current = frame
        self.stats.presented += 1
        if self.on_frame_shown is not None:
            self.on_frame_shown(frame, self._now())
        return frame

    def _live_catch_up(self, frame_duration: float) -> None:
        """Keep live latency low and bounded.

        Parts arrive whole, so the buffer ahead of the clock saws between a part's length and a low point
        just before the next part. Each second the low point is checked: if it stayed above LIVE_LOW_WATER_S
        the clock moves ahead by the excess (latency drops without risking an empty buffer). A burst after
        a stall (more than LIVE_MAX_BUFFER_S ahead) is skipped at once; after a stall the clock re-anchors.
        """
        decoder = self.decoder
        clock = self.clock.position()
        newest_index = decoder.video_queued() - 1
        newest = decoder.peek_video(newest_index) if newest_index >= 0 else None
        if newest is not None:
            ahead = newest.pts - clock
        elif self.current is not None:
            ahead = self.current.pts + frame_duration - clock
        else:
            return
        self._low_water = min(self._low_water, ahead)
        now = self._now()
        if self._window_start is None:
            self._window_start = now
        elif now - self._window_start >= 1.0:
            if self._low_water > LIVE_LOW_WATER_S + 0.02:
                self.clock.set(clock + self._low_water - LIVE_LOW_WATER_S)
            self._low_water = float("inf")
            self._window_start = now
        if newest is None:
            return
        oldest = decoder.peek_video()
        if ahead > LIVE_MAX_BUFFER_S + frame_duration:
            # A burst after a stall, or the stream restarted with new timestamps: follow the newest.
            self.clock.set(newest.pts - LIVE_TARGET_BUFFER_S)
            self._low_water = float("inf")
        elif oldest is not None and clock - oldest.pts > LIVE_RESYNC_S:
            self.clock.set(oldest.pts)
            self._low_water = float("inf")
