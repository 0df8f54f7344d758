"""What the services need from the chain and from the peer list: small protocols, with simple versions."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

import aiohttp

from lightnode.protocol.encoding import unpack
from lightnode.protocol.errors import ProtocolError
from lightnode.protocol.state import Account, ChannelRecord, account_key
from lightnode.protocol.state import channel_key as state_channel_key


@dataclass(frozen=True, slots=True)
class ChannelInfo:
    """A live channel as announced on chain (the CHANNEL and STREAM actions)."""

    owner: bytes
    title: str
    live: bool


class ChainView(Protocol):
    """The node's committed state, read-only, as the services see it.

    The node implements it over its state store; every method reads the latest committed state.
    """

    def height(self) -> int:
        """The latest committed height."""
        ...

    async def storage_quota(self, actor: bytes) -> int:
        """The blob-store quota in bytes that `actor` (a 20-byte actor id) has bought by fuelling."""
        ...

    async def channel(self, channel_key: bytes) -> ChannelInfo | None:
        """The channel announced with this 32-byte channel key, or None if there is none."""
        ...


class PeerSet(Protocol):
    """The other nodes whose services this node replicates with."""

    def service_urls(self) -> Sequence[str]:
        """Base URLs of peer nodes' public APIs, such as ``http://127.0.0.1:2233``."""
        ...


@dataclass
class MemoryChainView:
    """A ChainView held in memory, for tests and standalone service nodes."""

    quotas: dict[bytes, int] = field(default_factory=dict)
    channels: dict[bytes, ChannelInfo] = field(default_factory=dict)
    started: float = field(default_factory=time.monotonic)

    def height(self) -> int:
        return 1 + int(time.monotonic() - self.started)

    async def storage_quota(self, actor: bytes) -> int:
        return self.quotas.get(actor, 0)

    async def channel(self, channel_key: bytes) -> ChannelInfo | None:
        return self.channels.get(channel_key)


@dataclass
class StaticPeers:
    """A fixed (but editable) list of peer base URLs."""

    urls: list[str] = field(default_factory=list)

    def service_urls(self) -> Sequence[str]:
        return tuple(self.urls)


class ApiChainView:
    """A ChainView read from a node's public API (`/v1/status`, `/v1/state/…`), for running the services
    beside a node they are not built into (tests, a separate service process). Values are not proof-checked:
    use it only with a node you run yourself."""

    def __init__(self, session: aiohttp.ClientSession, base_url: str) -> None:
        self.session = session
        self.base = base_url.rstrip("/")
        self._height = 0

    def height(self) -> int:
        return self._height

    async def _state(self, key: bytes) -> bytes | None:
        """The value under `key` (None if absent, or if the node cannot be asked: nothing is granted)."""
        try:
            async with self.session.get(f"{self.base}/v1/state/{key.hex()}") as r:
                if r.status != 200:
                    return None
                # Absent values are nil, which the strict type check refuses; shapes are checked here.
                wire = unpack(await r.read(), check_types=False)
        except (aiohttp.ClientError, TimeoutError, ProtocolError):
            return None
        if type(wire) is not list or len(wire) != 6 or type(wire[1]) is not int:
            return None
        self._height = max(self._height, int(wire[1]))
        value = wire[3]
        return value if type(value) is bytes else None

    async def storage_quota(self, actor: bytes) -> int:
        value = await self._state(account_key(actor))
        try:
            return 0 if value is None else Account.decode(value).storage_quota
        except ProtocolError:
            return 0

    async def channel(self, channel_key: bytes) -> ChannelInfo | None:
        value = await self._state(state_channel_key(channel_key))
        if value is None:
            return None
        try:
            record = ChannelRecord.decode(value)
        except ProtocolError:
            return None
        return ChannelInfo(record.owner, record.title, bool(record.live))
