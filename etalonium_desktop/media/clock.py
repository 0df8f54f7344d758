"""The playback clock (audio as master when there is sound) and the A/V sync decision for each frame."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum


class MediaClock:
    """Media time in seconds: runs with the monotonic clock, and follows the audio output when told to.

    The audio device's play head moves in steps (buffer periods), so the clock extrapolates between
    reports and only snaps to the audio position when they drift apart by more than `tolerance_s`.
    """

    def __init__(self, now: Callable[[], float] = time.monotonic, tolerance_s: float = 0.02) -> None:
        self._now = now
        self.tolerance_s = tolerance_s
        self._base = 0.0
        self._since: float | None = None
        self.resyncs = 0

    @property
    def running(self) -> bool:
        return self._since is not None

    def position(self) -> float:
        if self._since is None:
            return self._base
        return self._base + (self._now() - self._since)

    def set(self, position: float) -> None:
        self._base = position
        if self._since is not None:
            self._since = self._now()

    def pause(self) -> None:
        self._base = self.position()
        self._since = None

    def resume(self) -> None:
        if self._since is None:
            self._since = self._now()

    def follow(self, audio_position: float) -> None:
        """The audio output reports where its play head is: that is the master."""
        if abs(self.position() - audio_position) > self.tolerance_s:
            self.resyncs += 1
            self.set(audio_position)


class Decision(Enum):
    WAIT = "wait"
    SHOW = "show"
    DROP = "drop"


@dataclass(frozen=True, slots=True)
class SyncVerdict:
    decision: Decision
    #: For WAIT: seconds until the frame is due.
    wait_s: float = 0.0
    #: For SHOW: the frame is shown later than one frame's duration after it was due.
    late: bool = False


def decide(
    frame_pts: float, next_pts: float | None, clock: float, frame_duration: float, *, early_s: float = 0.002
) -> SyncVerdict:
    """What to do with the oldest queued frame at media time `clock`.

    A frame is shown once it is due. When its successor is overdue by more than half a frame as well, this
    one would only flash by: it is dropped (how playback catches up after decoding or painting fell behind).
    A single late timer tick (less than that) shows both frames in quick succession instead of dropping one.
    """
    ahead = frame_pts - clock
    if ahead > early_s:
        return SyncVerdict(Decision.WAIT, ahead)
    if next_pts is not None and clock - next_pts > frame_duration / 2:
        return SyncVerdict(Decision.DROP)
    return SyncVerdict(Decision.SHOW, late=-ahead > max(frame_duration, 0.02))


class AudioTimeline:
    """Maps bytes written to the audio output back to media time, so the play head can be known.

    The output reports how many bytes it still buffers; the byte being played is `written - buffered`,
    and the chunk that byte came from carries its media time.
    """

    def __init__(self, bytes_per_second: int) -> None:
        self.bytes_per_second = bytes_per_second
        self.written = 0
        self._chunks: deque[tuple[int, float, int]] = deque()  # (start byte, pts, length)

    def reset(self) -> None:
        self.written = 0
        self._chunks.clear()

    def wrote(self, pts: float, length: int) -> None:
        if length <= 0:
            return
        self._chunks.append((self.written, pts, length))
        self.written += length
        while len(self._chunks) > 256:
            self._chunks.popleft()

    def position(self, buffered: int) -> float | None:
        """Media time at the play head, or None before anything was written."""
        if not self._chunks:
            return None
        head = max(0, self.written - max(0, buffered))
        for start, pts, length in reversed(self._chunks):
            if start <= head:
                return pts + min(head - start, length) / self.bytes_per_second
        start, pts, _ = self._chunks[0]
        return pts
