"""Per-client token buckets: each remote address gets `rate` tokens a second, bursting up to `burst`."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable


class TokenBucketLimiter:
    """A token bucket per key (the client's address), forgetting the least recently seen keys beyond a cap."""

    def __init__(
        self,
        rate: float,
        burst: float,
        *,
        max_clients: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if rate <= 0 or burst <= 0:
            raise ValueError("a rate limit needs a positive rate and burst")
        self.rate = rate
        self.burst = burst
        self.max_clients = max_clients
        self._clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def allow(self, key: str, cost: float = 1.0) -> bool:
        """Take `cost` tokens from `key`'s bucket if it holds them."""
        now = self._clock()
        tokens, last = self._buckets.pop(key, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        allowed = tokens >= cost
        if allowed:
            tokens -= cost
        self._buckets[key] = (tokens, now)
        if len(self._buckets) > self.max_clients:
            self._buckets.popitem(last=False)
        return allowed

    def retry_after(self, key: str, cost: float = 1.0) -> float:
        """Seconds until `key` could spend `cost` tokens."""
        tokens, _ = self._buckets.get(key, (self.burst, self._clock()))
        return max(0.0, (cost - tokens) / self.rate)
