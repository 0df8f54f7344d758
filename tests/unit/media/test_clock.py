"""The playback clock with audio as master, the per-frame sync decision and the audio timeline."""

from __future__ import annotations

import pytest

from etalonium_desktop.media.clock import AudioTimeline, Decision, MediaClock, decide


class FakeTime:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_clock_runs_pauses_and_seeks() -> None:
    t = FakeTime()
    clock = MediaClock(t)
    assert clock.position() == 0.0
    assert not clock.running
    clock.resume()
    t.now += 1.5
    assert clock.position() == pytest.approx(1.5)
    clock.pause()
    t.now += 10
    assert clock.position() == pytest.approx(1.5)
    clock.set(30.0)
    clock.resume()
    t.now += 0.25
    assert clock.position() == pytest.approx(30.25)


def test_the_clock_follows_the_audio_play_head_beyond_a_tolerance() -> None:
    t = FakeTime()
    clock = MediaClock(t, tolerance_s=0.02)
    clock.resume()
    t.now += 1.0
    clock.follow(1.01)  # within tolerance: keep the smooth extrapolation
    assert clock.position() == pytest.approx(1.0)
    assert clock.resyncs == 0
    clock.follow(0.9)  # the sound device runs slower: video follows it
    assert clock.position() == pytest.approx(0.9)
    assert clock.resyncs == 1


@pytest.mark.parametrize(
    ("pts", "next_pts", "clock", "decision", "late"),
    [
        (1.10, 1.14, 1.00, Decision.WAIT, False),  # early: wait
        (1.00, 1.04, 1.00, Decision.SHOW, False),  # due
        (1.00, 1.04, 1.03, Decision.SHOW, False),  # a little late, the next is not due yet
        (1.00, 1.04, 1.05, Decision.SHOW, True),  # one late tick: shown (late), the next follows at once
        (1.00, 1.04, 1.07, Decision.DROP, False),  # the next is overdue too: this one is dropped
        (1.00, None, 1.20, Decision.SHOW, True),  # very late but nothing newer: shown, counted late
    ],
)
def test_sync_decisions(pts: float, next_pts: float | None, clock: float, decision: Decision, late: bool) -> None:
    verdict = decide(pts, next_pts, clock, frame_duration=0.04)
    assert verdict.decision == decision
    assert verdict.late == late
    if decision == Decision.WAIT:
        assert verdict.wait_s == pytest.approx(pts - clock)


def test_the_audio_timeline_maps_the_play_head_to_media_time() -> None:
    timeline = AudioTimeline(bytes_per_second=48_000 * 4)
    assert timeline.position(0) is None
    timeline.wrote(2.0, 48_000 * 4)  # one second from 2.0 s
    timeline.wrote(3.0, 48_000 * 2)  # half a second from 3.0 s
    # Everything but the last 0.25 s has been played.
    assert timeline.position(48_000) == pytest.approx(3.25)
    assert timeline.position(48_000 * 4) == pytest.approx(2.5)
    timeline.reset()
    assert timeline.position(0) is None
