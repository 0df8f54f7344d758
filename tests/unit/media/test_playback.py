"""The player's logic without Qt: A/V sync against a clock, drops when behind, seeking, live catch-up."""

from __future__ import annotations

from pathlib import Path

import av
import pytest

from etalonium_desktop.media.clock import MediaClock
from etalonium_desktop.media.decoder import DecodedAudio, DecodedVideo, Decoder, open_path
from etalonium_desktop.media.playback import LIVE_MAX_BUFFER_S, Playback, State

from .conftest import needs_ffmpeg


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class FakeDecoder:
    """A decoder whose queue the test fills: 25 fps video, optional audio."""

    def __init__(self, frames: int = 50, *, live: bool = False, audio: bool = False) -> None:
        from etalonium_desktop.media.decoder import StreamInfo

        self.live = live
        self.bytes_per_second = 48_000 * 4
        self.audio_channels = 2
        self.generation = 0
        self.frames_decoded = frames
        self.decode_seconds = 0.1
        self.error = None
        self.eof = True
        self.info = StreamInfo(2.0, 64, 48, 25.0, True, audio, live)
        picture = av.VideoFrame(64, 48, "bgra")
        self.video = [DecodedVideo(i / 25, picture, 0) for i in range(frames)]
        self.audio = [DecodedAudio(i * 0.1, bytes(19_200), 0) for i in range(20)] if audio else []

    def start(self) -> None: ...

    def close(self) -> None: ...

    def peek_video(self, index: int = 0) -> DecodedVideo | None:
        return self.video[index] if len(self.video) > index else None

    def pop_video(self) -> DecodedVideo | None:
        return self.video.pop(0) if self.video else None

    def video_queued(self) -> int:
        return len(self.video)

    def pop_audio(self) -> DecodedAudio | None:
        return self.audio.pop(0) if self.audio else None

    def audio_queued_s(self) -> float:
        return sum(len(a.pcm) for a in self.audio) / self.bytes_per_second

    def drained(self) -> bool:
        return self.eof and not self.video and not self.audio

    def seek(self, seconds: float) -> int:
        self.generation += 1
        return self.generation


def _playback(decoder: FakeDecoder, t: FakeTime, **kwargs: object) -> Playback:
    playback = Playback(decoder, clock=MediaClock(t), now=t, **kwargs)  # type: ignore[arg-type]
    playback.play()
    return playback


def test_frames_are_shown_on_time_and_playback_ends() -> None:
    t = FakeTime()
    playback = _playback(FakeDecoder(), t)
    shown = []
    while True:
        tick = playback.tick()
        if tick.frame is not None:
            shown.append(tick.frame.pts)
        if tick.ended:
            break
        t.now += min(tick.next_s, 0.01)
    assert len(shown) == 50
    assert playback.stats.dropped == 0
    assert playback.stats.late == 0
    assert playback.state == State.ENDED


def test_a_stall_drops_the_frames_that_are_already_past() -> None:
    t = FakeTime()
    playback = _playback(FakeDecoder(), t)
    assert playback.tick().frame is not None  # frame 0 at t=0
    t.now += 0.5  # the app froze for half a second
    tick = playback.tick()
    assert tick.frame is not None
    assert tick.frame.pts == pytest.approx(0.48)
    assert playback.stats.dropped == 11  # frames 1..11 would have been on screen for no time


def test_audio_is_the_master_clock() -> None:
    t = FakeTime()
    decoder = FakeDecoder(audio=True)
    playback = _playback(decoder, t, audio_output=True)
    playback.tick()
    pcm = playback.read_audio(48_000 * 4)  # one second handed to the sound device
    assert len(pcm) == 48_000 * 4
    # The device has played 0.3 s (0.7 s still buffered) while the wall clock says 0.5 s: video follows audio.
    t.now = 0.5
    playback.audio_played(int(0.7 * 48_000 * 4))
    assert playback.position == pytest.approx(0.3, abs=0.001)
    assert playback.stats.audio_resyncs == 1


def test_pause_keeps_the_picture_and_stops_the_clock() -> None:
    t = FakeTime()
    playback = _playback(FakeDecoder(), t)
    playback.tick()
    playback.pause()
    t.now += 5
    assert playback.position == 0.0
    assert playback.tick().frame is None
    playback.play()
    t.now += 0.04
    assert playback.tick().frame is not None


def test_live_playback_skips_ahead_when_too_much_is_buffered() -> None:
    t = FakeTime()
    decoder = FakeDecoder(frames=50, live=True)
    decoder.eof = False
    playback = _playback(decoder, t)
    playback.tick()
    # Two seconds of frames arrived at once (after a stall): latency must not grow by two seconds.
    assert playback.clock.position() >= 2.0 - LIVE_MAX_BUFFER_S - 0.05


@needs_ffmpeg
def test_a_real_decoder_seeks_accurately(clip: Path) -> None:
    decoder = Decoder(open_path(clip), output_size=(160, 120), want_audio=False)
    t = FakeTime()
    playback = Playback(decoder, clock=MediaClock(t), now=t)
    playback.start()
    try:
        assert decoder.ready.wait(10)
        playback.seek(1.2)
        decoder.frame_queued.clear()
        while decoder.peek_video() is None:
            assert decoder.error is None
            decoder.frame_queued.wait(5)
        tick = playback.tick()
        assert tick.frame is not None
        assert tick.frame.pts == pytest.approx(1.2, abs=0.001)
        assert (tick.frame.width, tick.frame.height) == (160, 120)
    finally:
        playback.close()
