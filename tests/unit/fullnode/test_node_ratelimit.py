"""Per-client token buckets."""

from __future__ import annotations

import pytest

from fullnode.ratelimit import TokenBucketLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_burst_is_allowed_then_the_rate_applies() -> None:
    clock = Clock()
    limiter = TokenBucketLimiter(rate=2, burst=3, clock=clock)
    assert [limiter.allow("a") for _ in range(4)] == [True, True, True, False]
    assert limiter.retry_after("a") == pytest.approx(0.5)
    clock.now = 0.5
    assert limiter.allow("a")
    assert not limiter.allow("a")


def test_clients_have_separate_buckets() -> None:
    limiter = TokenBucketLimiter(rate=1, burst=1, clock=Clock())
    assert limiter.allow("a")
    assert not limiter.allow("a")
    assert limiter.allow("b")


def test_costly_requests_take_more_tokens() -> None:
    limiter = TokenBucketLimiter(rate=1, burst=10, clock=Clock())
    assert limiter.allow("a", cost=8)
    assert not limiter.allow("a", cost=3)
    assert limiter.allow("a", cost=2)


def test_the_number_of_tracked_clients_is_bounded() -> None:
    limiter = TokenBucketLimiter(rate=1, burst=1, max_clients=3, clock=Clock())
    for client in "abcdef":
        limiter.allow(client)
    assert len(limiter._buckets) == 3


def test_nonsense_limits_are_refused() -> None:
    with pytest.raises(ValueError, match="positive"):
        TokenBucketLimiter(rate=0, burst=1)
