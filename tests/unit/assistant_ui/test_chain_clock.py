"""The assistant's clock: block time on a real network; on the demo devnet, block heights mapped to the
community's simulated weeks through its ground truth file."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from etalonium_desktop.assistant import BlockTimeClock, DemoClock, calendar_from_ground_truth, clock_for
from etalonium_desktop.assistant.chain_clock import PRE_COMMUNITY_BLOCK_MS, WEEK_MS, CalendarError

START = 1_750_000_000_000


def truth(weeks: list[tuple[int, int, int]], tick: int, per_week: int = 100) -> dict[str, object]:
    """A ground truth document shaped like the community's: (week, first_height, last_height) rows."""
    return {
        "version": 1,
        "start_ms": START,
        "ticks_per_week": per_week,
        "tick": tick,
        "observed_weeks": [{"week": w, "first_height": f, "last_height": last} for w, f, last in weeks],
        "trends": [],
    }


def test_heights_map_to_simulated_weeks_between_the_recorded_week_starts() -> None:
    calendar = calendar_from_ground_truth(truth([(0, 10, 20), (1, 20, 40), (2, 40, 45)], tick=250))
    assert calendar.time_ms(10) == START
    assert calendar.time_ms(20) == START + WEEK_MS
    assert calendar.time_ms(30) == START + WEEK_MS + WEEK_MS // 2  # halfway through week 1's blocks
    assert calendar.time_ms(40) == START + 2 * WEEK_MS
    # The current week is as far along as the community's activities: 250 of 300 ticks → 2.5 weeks at 45.
    assert calendar.time_ms(45) == START + int(2.5 * WEEK_MS)
    assert calendar.known_height == 45


def test_heights_beyond_the_file_keep_the_last_known_moment_and_earlier_ones_go_at_block_pace() -> None:
    calendar = calendar_from_ground_truth(truth([(0, 10, 20), (1, 20, 30)], tick=150))
    assert calendar.time_ms(31) == calendar.time_ms(30) == calendar.time_ms(500)
    assert calendar.time_ms(7) == START - 3 * PRE_COMMUNITY_BLOCK_MS
    times = [calendar.time_ms(h) for h in range(1, 60)]
    assert times == sorted(times)


def test_weeks_that_began_in_one_block_keep_the_later_week() -> None:
    # Hundreds of activities per block: weeks 1 and 2 both began at height 20.
    calendar = calendar_from_ground_truth(truth([(0, 10, 20), (1, 20, 20), (2, 20, 30)], tick=300))
    assert calendar.heights == (10, 20, 30)
    assert calendar.time_ms(20) == START + 2 * WEEK_MS


@pytest.mark.parametrize(
    "doc",
    [{}, {"start_ms": 1, "ticks_per_week": 40, "observed_weeks": []}, {"start_ms": "x", "ticks_per_week": 40}],
)
def test_a_file_without_weeks_has_no_calendar(doc: dict[str, object]) -> None:
    with pytest.raises(CalendarError):
        calendar_from_ground_truth(doc)


@pytest.mark.asyncio
async def test_the_demo_clock_follows_the_file_and_holds_back_blocks_it_does_not_cover(tmp_path: Path) -> None:
    path = tmp_path / "community_ground_truth.json"
    clock = DemoClock(path, live_file_s=30.0)
    await clock.refresh()
    assert clock.time_ms(5, 123) == 123  # no file yet: block time
    assert clock.ready_height(50) == 50
    path.write_text(json.dumps(truth([(0, 10, 20)], tick=50)))
    await clock.refresh()
    assert clock.time_ms(10, 123) == START
    # The community is running (the file is fresh): blocks above what it covers wait.
    assert clock.ready_height(50) == 20
    path.write_text(json.dumps(truth([(0, 10, 20), (1, 20, 35)], tick=150)))
    await clock.refresh()
    assert clock.ready_height(50) == 35
    # The community stopped long ago: nothing more will be known, every block is ready.
    old = time.time() - 120
    os.utime(path, (old, old))
    await clock.refresh()
    assert clock.ready_height(50) == 50
    # A damaged file keeps the last good calendar.
    path.write_text("{not json")
    await clock.refresh()
    assert clock.calendar is not None
    assert clock.calendar.known_height == 35


def test_the_embedded_devnet_gets_the_demo_clock_and_configured_nodes_block_time(tmp_path: Path) -> None:
    devnet = SimpleNamespace(ground_truth_file=tmp_path / "community_ground_truth.json")
    clock = clock_for(SimpleNamespace(devnet=devnet))
    assert isinstance(clock, DemoClock)
    assert clock.path == devnet.ground_truth_file
    assert isinstance(clock_for(SimpleNamespace(devnet=None)), BlockTimeClock)
    assert isinstance(clock_for(None), BlockTimeClock)
