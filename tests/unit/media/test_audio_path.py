"""The sound path without a sound device: decoding and resampling to the sink's format, audio as the master
clock, and the A/V sync decisions (wait, drop) made against a sink that plays at the real rate.

This machine has no sound device, so `RealRateSink` stands in for QAudioSink: it has the push-mode surface the
player's AudioOutput uses (start → a writable device, bytesFree, bufferSize) and plays what was written at
`speed` × the format's byte rate of an injected clock, reporting its play head in device periods, as a sound
card does. Everything else is the real code: PyAV decoding, the resampler, Playback, MediaClock, AudioOutput.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import av
import numpy as np
import pytest

from etalonium_desktop.media.decoder import Decoder, open_path
from etalonium_desktop.media.playback import Playback, State
from etalonium_desktop.media.player_widget import AudioOutput

from .conftest import QT_AUDIO_NOISE, needs_ffmpeg
from .nodes import make_clip

pytestmark = [needs_ffmpeg, pytest.mark.qt_log_ignore(*QT_AUDIO_NOISE)]

RATE = 48_000
BYTES_PER_SECOND = RATE * 2 * 2  # 48 kHz, stereo, 16-bit: the sink's format


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class RealRateSink:
    """A test double of QAudioSink in push mode (see the module docstring)."""

    def __init__(
        self,
        now: Callable[[], float],
        *,
        speed: float = 1.0,
        buffer_bytes: int = BYTES_PER_SECOND // 5,
        period_s: float = 0.01,
        skip: tuple[float, float] | None = None,
    ) -> None:
        self.now = now
        self.speed = speed
        self.buffer_bytes = buffer_bytes
        self.period_bytes = round(BYTES_PER_SECOND * period_s) // 4 * 4
        self.written = 0
        self.played = 0.0
        self.underruns = 0
        self._last: float | None = None
        self._running = False
        #: (when, seconds): at that time the device throws away that much of its buffer (an xrun recovery).
        self.skip = skip

    # What AudioOutput calls

    def start(self) -> RealRateSink:
        self._running = True
        self._last = self.now()
        return self

    def write(self, data: bytes) -> int:
        self._advance()
        n = min(len(data), self.bytesFree())
        self.written += n
        return n

    def bufferSize(self) -> int:
        return self.buffer_bytes

    def bytesFree(self) -> int:
        self._advance()
        return self.buffer_bytes - (self.written - self.reported())

    def stop(self) -> None:
        self._running = False

    def suspend(self) -> None:
        self._advance()
        self._running = False

    def resume(self) -> None:
        self._running = True
        self._last = self.now()

    def reset(self) -> None:
        self.written = 0
        self.played = 0.0

    def setVolume(self, volume: float) -> None:
        self.volume = volume

    # The device

    def _advance(self) -> None:
        now = self.now()
        if self._running and self._last is not None:
            budget = (now - self._last) * self.speed * BYTES_PER_SECOND
            queued = self.written - self.played
            if budget > queued:
                self.underruns += queued < self.buffer_bytes // 2 and budget - queued > self.period_bytes
            self.played += min(budget, queued)  # with nothing queued the device plays silence
            if self.skip is not None and now >= self.skip[0]:
                self.played += min(self.skip[1] * BYTES_PER_SECOND, self.written - self.played)
                self.skip = None
        self._last = now

    def reported(self) -> int:
        """The play head as the device reports it: whole periods only."""
        whole = int(self.played) // self.period_bytes * self.period_bytes
        return min(self.written, whole)


def tone_file(path: Path, *, rate: int, layout: str, frequency: int, seconds: float) -> Path:
    """An AAC file with a pure tone at `rate` Hz in `layout`, made with PyAV."""
    with av.open(str(path), "w") as out:
        stream = out.add_stream("aac", rate=rate, layout=layout)
        resampler = av.AudioResampler(format="fltp", layout=layout, rate=rate)
        spec = f"sine=frequency={frequency}:sample_rate={rate}:duration={seconds}"
        with av.open(spec, format="lavfi") as source:
            for frame in source.decode(audio=0):
                for chunk in resampler.resample(frame):
                    out.mux(stream.encode(chunk))
        out.mux(stream.encode(None))
    return path


def drain_audio(decoder: Decoder, timeout_s: float = 30.0) -> bytes:
    pcm = bytearray()
    waited = 0.0
    while True:
        chunk = decoder.pop_audio()
        if chunk is not None:
            pcm += chunk.pcm
            continue
        if decoder.eof or decoder.error is not None:
            chunk = decoder.pop_audio()
            if chunk is None:
                return bytes(pcm)
            pcm += chunk.pcm
            continue
        decoder.frame_queued.wait(0.05)  # the decoder wakes it for video; audio-only input is polled
        waited += 0.05
        assert waited < timeout_s, "the decoder stalled"


@pytest.mark.parametrize(("rate", "layout"), [(44_100, "mono"), (22_050, "stereo"), (48_000, "stereo")])
def test_decoded_sound_is_resampled_to_the_sinks_format_without_changing_its_pitch(
    tmp_path: Path, rate: int, layout: str
) -> None:
    source = tone_file(tmp_path / f"tone-{rate}.m4a", rate=rate, layout=layout, frequency=1000, seconds=1.0)
    decoder = Decoder(open_path(source), want_audio=True)
    decoder.start()
    try:
        pcm = drain_audio(decoder)
    finally:
        decoder.close()
    assert decoder.error is None
    assert decoder.bytes_per_second == BYTES_PER_SECOND
    samples = np.frombuffer(pcm, np.int16).reshape(-1, 2)
    # One second of sound at 48 kHz (the AAC encoder adds a little padding).
    assert 0.98 * RATE <= len(samples) <= 1.06 * RATE
    assert np.array_equal(samples[:, 0], samples[:, 1]) or layout == "stereo"
    middle = samples[len(samples) // 4 : 3 * len(samples) // 4, 0].astype(np.float64)
    spectrum = np.abs(np.fft.rfft(middle * np.hanning(len(middle))))
    peak_hz = np.argmax(spectrum) * RATE / len(middle)
    assert abs(peak_hz - 1000) < 5, f"the tone came out at {peak_hz:.1f} Hz"
    assert np.max(np.abs(middle)) > 1000, "the tone is audible, not silence"


def play_against(
    sink: Callable[[FakeTime], RealRateSink], clip: Path, *, play_s: float = 2.5, step_s: float = 0.005
) -> tuple[Playback, RealRateSink, list[tuple[float, float]]]:
    """Play `clip` with audio as master through a RealRateSink; returns the playback, the sink and, for each
    frame shown, (frame time, media time at the sound's play head)."""
    t = FakeTime()
    decoder = Decoder(open_path(clip), want_audio=True, output_size=(160, 120))
    playback = Playback(decoder, audio_output=True, now=t)
    device = sink(t)
    output = AudioOutput(sink=device)
    shown: list[tuple[float, float]] = []
    playback.start()
    try:
        assert decoder.ready.wait(30)
        playback.play()
        output.start()
        while t.now < play_s and playback.state != State.ENDED:
            # The fake clock must not overtake decoding, which is many times faster than real time here: wait
            # (on the decoder's event) until it has a few frames ready, as it has when it keeps up.
            waited = 0.0
            while decoder.video_queued() < 4 and not decoder.eof and decoder.error is None:
                decoder.frame_queued.clear()
                decoder.frame_queued.wait(0.2)
                waited += 0.2
                assert waited < 30, "the decoder stalled"
            output.feed(playback)
            tick = playback.tick()
            if tick.frame is not None:
                head = playback.timeline.position(device.bufferSize() - device.bytesFree())
                if head is not None:  # None: the first frame, shown as the sound starts
                    shown.append((tick.frame.pts, head))
            t.now += step_s
    finally:
        playback.close()
    assert decoder.error is None
    return playback, device, shown


@pytest.fixture(scope="module")
def av_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_clip(tmp_path_factory.mktemp("audio") / "av.mp4", seconds=2.0, size="160x120", rate=25)


def test_at_the_real_rate_every_frame_is_shown_in_step_with_the_sound(av_clip: Path) -> None:
    playback, sink, shown = play_against(RealRateSink, av_clip)
    assert playback.state == State.ENDED
    assert playback.stats.dropped == 0
    assert len(shown) >= 49  # 2 s at 25 fps
    assert sink.underruns == 0
    skew = [abs(pts - head) for pts, head in shown[2:]]
    # Within a frame (40 ms) plus the device's 10 ms period: the picture follows the sound's play head.
    assert max(skew) <= 0.05, f"picture and sound drifted apart by {max(skew) * 1000:.0f} ms"


def test_a_slow_sound_card_holds_the_picture_back(av_clip: Path) -> None:
    playback, _sink, shown = play_against(lambda t: RealRateSink(t, speed=0.8), av_clip, play_s=1.5)
    # 1.5 s of wall time at 0.8×: about 1.2 s of media played; video waited for the sound rather than run ahead.
    assert 1.1 <= playback.position <= 1.3
    assert playback.stats.audio_resyncs > 0
    assert playback.stats.dropped == 0
    skew = [abs(pts - head) for pts, head in shown[2:]]
    assert max(skew) <= 0.05
    assert shown[-1][0] <= 1.3


def test_when_the_sound_jumps_ahead_the_picture_drops_frames_to_catch_up(av_clip: Path) -> None:
    # At 0.8 s the device throws away 150 ms of buffered sound: the picture is behind and must catch up.
    playback, sink, shown = play_against(lambda t: RealRateSink(t, skip=(0.8, 0.15)), av_clip, play_s=1.5)
    assert sink.skip is None, "the skip happened"
    assert 1.6 <= playback.position <= 1.7  # 1.5 s played + 0.15 s skipped
    # The frames of those 150 ms that would only flash by are dropped; the last of them is shown, late.
    assert 2 <= playback.stats.dropped <= 4
    after = [abs(pts - head) for pts, head in shown if pts > 1.05]
    assert after
    assert max(after) <= 0.05, "back in step with the sound after the jump"
