"""Restoring each sender's order on the receiving side, and back-off delays for retries."""

from __future__ import annotations

import random
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)


@dataclass
class _Held(Generic[T]):
    item: T | None
    since: float


@dataclass
class ReorderBuffer(Generic[K, T]):
    """Releases items of each key in sequence order. An item whose predecessors are missing waits until they
    arrive or until it has waited `wait_s`; then everything held for that key is released in order."""

    wait_s: float
    #: The highest sequence number released per key (items at or below it are released at once).
    released: dict[K, int] = field(default_factory=dict)
    _held: dict[K, dict[int, _Held[T]]] = field(default_factory=dict)

    def offer(self, key: K, seq: int, item: T | None, now: float) -> list[T]:
        """Items to release now, in order (`item` None marks a sequence number with nothing to announce)."""
        if seq <= 0:
            return [item] if item is not None else []
        last = self.released.get(key, 0)
        if seq <= last:
            return [item] if item is not None else []
        held = self._held.setdefault(key, {})
        held[seq] = _Held(item, now)
        return self._drain(key, last)

    def _drain(self, key: K, last: int) -> list[T]:
        held = self._held.get(key, {})
        out: list[T] = []
        while last + 1 in held:
            last += 1
            entry = held.pop(last)
            if entry.item is not None:
                out.append(entry.item)
        self.released[key] = last
        if not held:
            self._held.pop(key, None)
        return out

    def expire(self, now: float) -> list[T]:
        """Release what has waited too long (with everything held after it for the same key)."""
        out: list[T] = []
        for key in list(self._held):
            held = self._held[key]
            if min(h.since for h in held.values()) + self.wait_s > now:
                continue
            for seq in sorted(held):
                entry = held.pop(seq)
                if entry.item is not None:
                    out.append(entry.item)
                self.released[key] = max(self.released.get(key, 0), seq)
            del self._held[key]
        return out

    def waiting(self) -> int:
        return sum(len(h) for h in self._held.values())

    def next_deadline(self) -> float | None:
        times = [h.since for held in self._held.values() for h in held.values()]
        return min(times) + self.wait_s if times else None


@dataclass
class Backoff:
    """Exponential back-off with jitter: `initial`, doubling up to `maximum` seconds."""

    initial: float = 0.5
    maximum: float = 60.0
    jitter: float = 0.2
    rng: random.Random = field(default_factory=random.Random)
    attempts: int = 0

    def delay(self, attempts: int) -> float:
        base = min(self.maximum, self.initial * 2.0 ** max(0, attempts))
        return base * (1 + self.jitter * (2 * self.rng.random() - 1))

    def next(self) -> float:
        value = self.delay(self.attempts)
        self.attempts += 1
        return value

    def reset(self) -> None:
        self.attempts = 0
