"""The idle lock: when the app should lock the profile, driven by a fake clock."""

from __future__ import annotations

import pytest

from etalonium_desktop.store import LockTimer


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_lock_is_due_once_after_the_idle_time() -> None:
    clock = FakeClock()
    timer = LockTimer(300, clock)
    clock.now += 299
    assert timer.remaining() == pytest.approx(1)
    assert not timer.poll()
    clock.now += 1
    assert timer.due()
    assert timer.poll()
    assert not timer.poll()  # once per idle period
    clock.now += 1000
    assert not timer.poll()


def test_activity_restarts_the_idle_period_and_rearms() -> None:
    clock = FakeClock()
    timer = LockTimer(60, clock)
    clock.now += 59
    timer.touch()
    clock.now += 59
    assert not timer.poll()
    clock.now += 1
    assert timer.poll()
    timer.touch()
    assert timer.remaining() == 60
    clock.now += 60
    assert timer.poll()


def test_a_long_task_suspends_the_lock() -> None:
    clock = FakeClock()
    timer = LockTimer(10, clock)
    with timer.suspended():
        clock.now += 100
        assert timer.remaining() is None
        assert not timer.poll()
    assert timer.remaining() == 10


def test_no_timeout_never_locks_and_bad_timeouts_are_refused() -> None:
    clock = FakeClock()
    timer = LockTimer(None, clock)
    clock.now += 10**9
    assert timer.remaining() is None
    assert not timer.poll()
    timer.timeout_s = 5
    assert timer.poll()
    with pytest.raises(ValueError, match="positive"):
        LockTimer(0, clock)
