"""When to lock the profile after the user has been idle: pure logic on a clock the app drives."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator


class LockTimer:
    """Tells when `timeout_s` seconds have passed since the last user activity.

    The app calls `touch()` on input events, asks `remaining()` to schedule its next check, and locks the
    profile when `poll()` returns True (once per idle period; `touch()` re-arms it). `suspended()` holds the
    timer while a long task the user started runs. A timeout of None never locks.
    """

    def __init__(self, timeout_s: float | None, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._timeout_s: float | None = None
        self.timeout_s = timeout_s
        self._last_activity = clock()
        self._fired = False
        self._suspensions = 0

    @property
    def timeout_s(self) -> float | None:
        return self._timeout_s

    @timeout_s.setter
    def timeout_s(self, value: float | None) -> None:
        if value is not None and value <= 0:
            raise ValueError("The idle timeout must be positive, or None to never lock.")
        self._timeout_s = value

    def touch(self) -> None:
        """Record user activity now; it restarts the idle period and re-arms the timer."""
        self._last_activity = self._clock()
        self._fired = False

    def remaining(self) -> float | None:
        """Seconds until the lock is due (0 when due), or None when it never will be."""
        if self._timeout_s is None or self._suspensions:
            return None
        return max(0.0, self._last_activity + self._timeout_s - self._clock())

    def due(self) -> bool:
        remaining = self.remaining()
        return remaining is not None and remaining <= 0.0

    def poll(self) -> bool:
        """True the first time the lock is due in this idle period; False otherwise."""
        if self._fired or not self.due():
            return False
        self._fired = True
        return True

    @contextlib.contextmanager
    def suspended(self) -> Iterator[None]:
        """Do not lock while the block runs; its end counts as activity."""
        self._suspensions += 1
        try:
            yield
        finally:
            self._suspensions -= 1
            self.touch()
