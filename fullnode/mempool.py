"""The mempool: admitted actions waiting for a block, in arrival order, with per-sender nonce chains."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from lightnode.protocol.actions import SignedAction


@dataclass(frozen=True, slots=True)
class Entry:
    id: bytes
    raw: bytes
    signed: SignedAction
    #: The sender's actor id.
    sender: bytes
    nonce: int
    expiry_height: int
    received: float


class MempoolFullError(Exception):
    """The mempool holds as many actions (or bytes) as it may; the sender should retry later."""


class Mempool:
    """Admitted, not yet committed actions. Each sender's actions form a gap-free nonce chain, so the
    arrival order is also a valid execution order."""

    def __init__(self, max_actions: int = 100_000, max_bytes: int = 256 * 1024 * 1024) -> None:
        self.max_actions = max_actions
        self.max_bytes = max_bytes
        self._entries: OrderedDict[bytes, Entry] = OrderedDict()
        self._by_sender: dict[bytes, dict[int, bytes]] = {}
        self._bytes = 0
        #: Ids of recently committed actions, so late gossip of them is dropped without work.
        self._committed: OrderedDict[bytes, None] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, action_id: object) -> bool:
        return action_id in self._entries

    @property
    def size_bytes(self) -> int:
        return self._bytes

    def get(self, action_id: bytes) -> Entry | None:
        return self._entries.get(action_id)

    def recently_committed(self, action_id: bytes) -> bool:
        return action_id in self._committed

    def pending_nonce(self, sender: bytes) -> int | None:
        """The nonce the sender's next action must carry, if the mempool already holds some of its actions."""
        chain = self._by_sender.get(sender)
        return None if not chain else max(chain) + 1

    def entries_of(self, sender: bytes) -> list[Entry]:
        """The sender's queued actions in nonce order."""
        chain = self._by_sender.get(sender, {})
        return [self._entries[chain[n]] for n in sorted(chain)]

    def add(self, entry: Entry) -> None:
        if len(self._entries) >= self.max_actions or self._bytes + len(entry.raw) > self.max_bytes:
            raise MempoolFullError("the node's mempool is full; try again in a few seconds")
        self._entries[entry.id] = entry
        self._by_sender.setdefault(entry.sender, {})[entry.nonce] = entry.id
        self._bytes += len(entry.raw)

    def _drop(self, action_id: bytes) -> Entry | None:
        entry = self._entries.pop(action_id, None)
        if entry is None:
            return None
        self._bytes -= len(entry.raw)
        chain = self._by_sender.get(entry.sender)
        if chain is not None:
            chain.pop(entry.nonce, None)
            if not chain:
                del self._by_sender[entry.sender]
        return entry

    def select(self, max_actions: int, max_bytes: int) -> list[Entry]:
        """Actions for the next block, oldest first, within the limits."""
        out: list[Entry] = []
        size = 0
        for entry in self._entries.values():
            if len(out) >= max_actions or size + len(entry.raw) > max_bytes:
                break
            out.append(entry)
            size += len(entry.raw)
        return out

    def remove(self, action_id: bytes) -> None:
        self._drop(action_id)

    def remove_committed(self, ids: Iterable[bytes]) -> set[bytes]:
        """Drop actions a block committed; return the senders they came from."""
        senders: set[bytes] = set()
        for action_id in ids:
            entry = self._drop(action_id)
            if entry is not None:
                senders.add(entry.sender)
            self._committed[action_id] = None
        while len(self._committed) > 200_000:
            self._committed.popitem(last=False)
        return senders

    def remove_with_successors(self, action_id: bytes) -> list[Entry]:
        """Drop an action and the same sender's later actions (their nonces can no longer apply)."""
        entry = self._entries.get(action_id)
        if entry is None:
            return []
        chain = self._by_sender.get(entry.sender, {})
        doomed = sorted(n for n in chain if n >= entry.nonce)
        dropped = [self._drop(chain[n]) for n in doomed]
        return [d for d in dropped if d is not None]

    def recheck(self, senders: Iterable[bytes], check: Callable[[Entry, int | None], None]) -> list[Entry]:
        """Re-admit the queued actions of `senders` after a block; drop those that no longer pass.

        `check(entry, pending_nonce)` raises when the action is no longer admissible.
        """
        dropped: list[Entry] = []
        for sender in senders:
            chain = self._by_sender.get(sender)
            if not chain:
                continue
            pending: int | None = None
            for nonce in sorted(chain):
                entry = self._entries[chain[nonce]]
                try:
                    check(entry, pending)
                except Exception:
                    dropped.extend(self.remove_with_successors(entry.id))
                    break
                pending = nonce + 1
        return dropped

    def expire(self, height: int) -> list[Entry]:
        """Drop actions whose expiry height is below `height` (with their senders' later actions)."""
        expired = [e.id for e in self._entries.values() if e.expiry_height < height]
        dropped: list[Entry] = []
        for action_id in expired:
            dropped.extend(self.remove_with_successors(action_id))
        return dropped

    def stale(self, max_age_s: float) -> list[bytes]:
        now = time.monotonic()
        return [e.id for e in self._entries.values() if now - e.received > max_age_s]
