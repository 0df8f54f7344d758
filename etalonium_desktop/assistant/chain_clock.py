"""Which moment each verified block stands for in the assistant's data.

On a real network that is the block header's time. The demo devnet's simulated community lives through weeks
in minutes of blocks (`fullnode.community`: a simulated week is `ticks_per_week` of its activities), so there
the assistant follows the community's calendar instead: its ground truth file records, for every simulated
week, the block height at which the week began (`observed_weeks[].first_height`) and how far the community
has got (`tick` / `ticks_per_week` weeks). Heights map to simulated time piecewise linearly through those
points, counted from the community's start (`start_ms`); a height the file does not cover yet keeps the last
known simulated moment (no activity is known to have happened since), and a height before the first week is
one second before the next (the community's set-up blocks, at the devnet's real pace).
"""

from __future__ import annotations

import asyncio
import bisect
import json
import logging
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger(__name__)

WEEK_MS = 7 * 24 * 3_600_000
#: Before the community's first week, each block counts as one second (the devnet's block interval).
PRE_COMMUNITY_BLOCK_MS = 1_000
#: While the ground truth file changed this recently, the community is taken to be running: blocks above the
#: height it covers wait for its next update (it is written at least every 20 activities and every week).
LIVE_FILE_S = 30.0


class ChainClock(Protocol):
    """Maps a verified block to the time the assistant files its events under."""

    @property
    def label(self) -> str: ...

    def time_ms(self, height: int, block_time_ms: int) -> int:
        """The time of the block at `height` (whose header says `block_time_ms`)."""
        ...

    def ready_height(self, tip: int) -> int:
        """The highest height whose time is known now (blocks above wait for the clock to catch up)."""
        ...

    async def refresh(self) -> None:
        """Re-read whatever the clock follows (off the GUI thread)."""
        ...


class BlockTimeClock:
    """A real network's clock: the verified header's time."""

    label = "block time"

    def time_ms(self, height: int, block_time_ms: int) -> int:
        return block_time_ms

    def ready_height(self, tip: int) -> int:
        return tip

    async def refresh(self) -> None:
        return None


@dataclass(frozen=True, slots=True)
class SimulatedCalendar:
    """Block heights to simulated Unix milliseconds, piecewise linear through (height, weeks) points."""

    origin_ms: int
    #: Strictly increasing heights and their non-decreasing simulated weeks since `origin_ms`.
    heights: tuple[int, ...]
    weeks: tuple[float, ...]

    @property
    def known_height(self) -> int:
        return self.heights[-1]

    def time_ms(self, height: int) -> int:
        heights, weeks = self.heights, self.weeks
        if height <= heights[0]:
            return int(self.origin_ms + weeks[0] * WEEK_MS) - (heights[0] - height) * PRE_COMMUNITY_BLOCK_MS
        if height >= heights[-1]:
            return int(self.origin_ms + weeks[-1] * WEEK_MS)
        i = bisect.bisect_right(heights, height)
        h0, h1, w0, w1 = heights[i - 1], heights[i], weeks[i - 1], weeks[i]
        week = w0 + (w1 - w0) * (height - h0) / (h1 - h0)
        return int(self.origin_ms + week * WEEK_MS)


class CalendarError(ValueError):
    """A ground truth document without a usable calendar."""


def calendar_from_ground_truth(doc: Mapping[str, Any]) -> SimulatedCalendar:
    """The calendar of the devnet community's `community_ground_truth.json` (parsed)."""
    try:
        origin = int(doc["start_ms"])
        per_week = int(doc["ticks_per_week"])
        tick = int(doc.get("tick", 0))
        observed = [(int(w["first_height"]), int(w["last_height"]), int(w["week"])) for w in doc["observed_weeks"]]
    except (KeyError, TypeError, ValueError) as exc:
        raise CalendarError(f"the ground truth has no calendar of simulated weeks: {exc!r}") from exc
    if per_week < 1 or not observed:
        raise CalendarError("the ground truth has no simulated weeks yet")
    points: list[tuple[int, float]] = [(first, float(week)) for first, _, week in observed]
    last_first, last_height, last_week = observed[-1]
    # How far the community got into its current week (it keeps going at the plan's last week once done).
    points.append((max(last_height, last_first), max(float(last_week), tick / per_week)))
    heights: list[int] = []
    weeks: list[float] = []
    for height, week in sorted(points, key=lambda p: (p[0], p[1])):
        if weeks and week < weeks[-1]:
            continue  # a week cannot start before the one before it: an inconsistent line is skipped
        if heights and height == heights[-1]:
            # Several weeks began at one height (many activities per block): the block after it already
            # holds the later week's activity.
            weeks[-1] = week
            continue
        heights.append(height)
        weeks.append(week)
    return SimulatedCalendar(origin, tuple(heights), tuple(weeks))


class DemoClock:
    """The demo devnet's clock: simulated time from the community's ground truth file at `path` (block time
    until the file exists)."""

    label = "simulated weeks of the demo community"

    def __init__(self, path: Path, *, live_file_s: float = LIVE_FILE_S) -> None:
        self.path = path
        self.live_file_s = live_file_s
        self.calendar: SimulatedCalendar | None = None
        self._stamp: tuple[int, int] | None = None
        self._modified = 0.0

    def time_ms(self, height: int, block_time_ms: int) -> int:
        if self.calendar is None:
            return block_time_ms
        return self.calendar.time_ms(height)

    def ready_height(self, tip: int) -> int:
        if self.calendar is None:
            return tip
        if time.time() - self._modified > self.live_file_s:
            return tip  # the community is not running: nothing more will be known about these blocks
        return min(tip, self.calendar.known_height)

    async def refresh(self) -> None:
        await asyncio.to_thread(self.reload)

    def reload(self) -> None:
        """Read the file again if it changed (blocking: call from a worker thread)."""
        try:
            st = os.stat(self.path)
        except OSError:
            return
        stamp = (st.st_mtime_ns, st.st_size)
        self._modified = st.st_mtime
        if stamp == self._stamp:
            return
        try:
            doc = json.loads(self.path.read_text(encoding="utf-8"))
            calendar = calendar_from_ground_truth(doc)
        except (OSError, ValueError) as exc:  # CalendarError is a ValueError; so is bad JSON
            log.info("the demo community's calendar is not readable yet: %s", exc)
            return
        self._stamp = stamp
        self.calendar = calendar


def clock_for(network: Any) -> ChainClock:
    """The demo devnet's calendar when the app embeds the devnet (whose community writes its ground truth
    beside it), else block time."""
    devnet = getattr(network, "devnet", None)
    path = getattr(devnet, "ground_truth_file", None)
    if isinstance(path, Path):
        return DemoClock(path)
    return BlockTimeClock()
