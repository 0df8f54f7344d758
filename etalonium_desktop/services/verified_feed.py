"""One verified-block source for every service of a network: each block fetched and checked once.

The social service and the assistant both read verified blocks (`social.discovery.LightClientSource`: a block
is accepted only when its hash is the light client's verified header at its height and its actions hash to that
header's actions root) and both follow the tip, so each new block was fetched and checked twice. The feed wraps
one `ChainSource`: concurrent requests for a height share one fetch, and the most recent blocks are kept, so a
second reader of the same heights costs nothing. Proofs (`get`, `cached`) go straight to the wrapped source:
they are proven at the latest height and the light client keeps its own cache of verified state.

`VerifiedBlockFeed.of(network)` is the network's feed (one per `NetworkService`); a failed fetch is not kept, so
the next reader tries again.
"""

from __future__ import annotations

import asyncio
import weakref
from collections import OrderedDict
from typing import Any, ClassVar, TypeVar

from etalonium_desktop.social.discovery import ChainSource, LightClientSource, VerifiedBlock
from lightnode.protocol.encoding import Struct
from lightnode.queries import Proven

V = TypeVar("V", bound=Struct)

#: Blocks kept after they were read: enough for two readers a few batches apart near the tip.
DEFAULT_CAPACITY = 512


class VerifiedBlockFeed:
    """A `ChainSource` that shares verified blocks between readers (see the module docstring)."""

    _of: ClassVar[weakref.WeakKeyDictionary[Any, VerifiedBlockFeed]] = weakref.WeakKeyDictionary()

    @classmethod
    def of(cls, network: Any) -> VerifiedBlockFeed:
        """The feed of `network` (a NetworkService), created on first use over its light client."""
        feed = cls._of.get(network)
        if feed is None:
            feed = cls._of[network] = cls(LightClientSource(network))
        return feed

    def __init__(self, source: ChainSource, capacity: int = DEFAULT_CAPACITY) -> None:
        if capacity < 1:
            raise ValueError("the feed keeps at least one block")
        self.source = source
        self.capacity = capacity
        self._kept: OrderedDict[int, VerifiedBlock] = OrderedDict()
        self._pending: dict[int, asyncio.Future[VerifiedBlock]] = {}
        #: Blocks fetched from the wrapped source, and requests answered without a fetch (for tests and tuning).
        self.fetched = 0
        self.shared = 0

    def verified_height(self) -> int:
        return self.source.verified_height()

    async def block(self, height: int) -> VerifiedBlock:
        kept = self._kept.get(height)
        if kept is not None:
            self._kept.move_to_end(height)
            self.shared += 1
            return kept
        pending = self._pending.get(height)
        if pending is not None:
            self.shared += 1
            return await asyncio.shield(pending)
        task = asyncio.ensure_future(self.source.block(height))
        self._pending[height] = task
        self.fetched += 1
        # Settled by the task itself: a reader that gives up waiting does not leave the height pending.
        task.add_done_callback(lambda done: self._settle(height, done))
        return await asyncio.shield(task)

    def _settle(self, height: int, task: asyncio.Future[VerifiedBlock]) -> None:
        self._pending.pop(height, None)
        if task.cancelled() or task.exception() is not None:
            return  # not kept: the next reader fetches again (and every waiter saw the failure)
        self._kept[height] = task.result()
        while len(self._kept) > self.capacity:
            self._kept.popitem(last=False)

    async def get(self, key: bytes, cls: type[V]) -> Proven[V]:
        return await self.source.get(key, cls)

    async def cached(self, key: bytes, cls: type[V]) -> Proven[V] | None:
        return await self.source.cached(key, cls)

    async def aclose(self) -> None:
        """Close the wrapped source (its HTTP session) when it has one."""
        for task in self._pending.values():
            task.cancel()
        self._pending.clear()
        self._kept.clear()
        close = getattr(self.source, "aclose", None)
        if close is not None:
            await close()
