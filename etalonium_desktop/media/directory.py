"""Which channels are live, from verified chain state only (no relay or node listing is trusted).

The chain keeps no list of channels, so the directory reads verified blocks (each checked against the light
client's verified headers by the chain source) for CHANNEL and STREAM actions, then proves the record of
every channel they name. A channel is shown live only while its proven record says so; a node can hide a
stream from us (by not serving blocks) but never make one up.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from lightnode.protocol import actions as A
from lightnode.protocol import state as S

log = logging.getLogger(__name__)

#: How many blocks back a new directory looks for channels.
DEFAULT_BACKFILL_BLOCKS = 2_000
#: Blocks fetched at once while catching up.
_BATCH = 16


class ChannelSource(Protocol):
    """Verified blocks and proven state (the social package's `LightClientSource` is one)."""

    def verified_height(self) -> int: ...

    async def block(self, height: int) -> Any: ...

    async def get(self, key: bytes, cls: Any) -> Any: ...


@dataclass(frozen=True, slots=True)
class LiveChannel:
    channel_key: bytes
    owner: bytes
    title: str
    description: str
    live: bool
    stream_title: str
    pinned_listings: tuple[bytes, ...]
    live_since_height: int
    #: The verified height the record was proven at.
    proven_height: int

    @property
    def shown_title(self) -> str:
        return self.stream_title or self.title


def channels_in(actions: Iterable[Any]) -> set[bytes]:
    """Channel keys named by the CHANNEL and STREAM actions of a block's signed actions."""
    keys: set[bytes] = set()
    for signed in actions:
        payload = signed.action.payload
        if isinstance(payload, A.Channel | A.Stream):
            keys.add(payload.channel_key)
    return keys


class LiveDirectory:
    """Follows the chain's channels; `live()` lists the ones on air, newest first."""

    def __init__(self, source: ChannelSource, *, backfill_blocks: int = DEFAULT_BACKFILL_BLOCKS) -> None:
        self.source = source
        self.backfill_blocks = backfill_blocks
        self.channels: dict[bytes, LiveChannel] = {}
        self.scanned_upto = 0
        self.error = ""
        self._listeners: list[Callable[[], None]] = []
        self._lock = asyncio.Lock()

    def on_change(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()

    def live(self) -> list[LiveChannel]:
        on_air = [c for c in self.channels.values() if c.live]
        return sorted(on_air, key=lambda c: (-c.live_since_height, c.channel_key))

    async def prove(self, channel_key: bytes) -> LiveChannel | None:
        """Prove one channel's record now (None: proven absent) and remember it."""
        proven = await self.source.get(S.channel_key(channel_key), S.ChannelRecord)
        record = proven.value
        if record is None:
            self.channels.pop(channel_key, None)
            return None
        channel = LiveChannel(
            channel_key,
            record.owner,
            record.title,
            record.description,
            bool(record.live),
            record.stream_title,
            tuple(record.pinned_listings),
            record.live_since_height,
            proven.height,
        )
        self.channels[channel_key] = channel
        return channel

    async def step(self) -> bool:
        """Read the verified blocks not read yet and prove the channels they touch; True if any changed."""
        async with self._lock:
            top = self.source.verified_height()
            if top <= self.scanned_upto:
                return False
            start = max(self.scanned_upto + 1, top - self.backfill_blocks + 1, 1)
            touched: set[bytes] = set()
            height = start
            while height <= top:
                heights = range(height, min(top, height + _BATCH - 1) + 1)
                blocks = await asyncio.gather(*(self.source.block(h) for h in heights))
                for block in blocks:
                    touched |= channels_in(block.actions)
                height = heights[-1] + 1
                self.scanned_upto = heights[-1]
            before = dict(self.channels)
            await asyncio.gather(*(self.prove(key) for key in touched))
            changed = self.channels != before
        if changed:
            self._changed()
        return changed

    async def run(self, wake: asyncio.Event, *, retry_s: float = 2.0) -> None:
        """Keep up with the chain: a step whenever `wake` is set (a new verified header)."""
        while True:
            try:
                await self.step()
                self.error = ""
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # a node down or lying: keep what was proven, try again later
                self.error = f"Live channels could not be read from the network ({exc})."
                log.info("live directory step failed: %s", exc)
                await asyncio.sleep(retry_s)
                continue
            wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(wake.wait(), 15.0)


async def gather_quietly(awaitables: Iterable[Awaitable[Any]]) -> None:
    """Await all, ignoring failures (closing several resources at shutdown)."""
    for awaitable in awaitables:
        with contextlib.suppress(Exception):
            await awaitable


__all__ = ["DEFAULT_BACKFILL_BLOCKS", "LiveChannel", "LiveDirectory", "channels_in", "gather_quietly"]
