"""Service nodes on loopback for tests: an aiohttp app with only the services, on an ephemeral port."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
from aiohttp import web

from fullnode.services import (
    SERVICES_KEY,
    MemoryChainView,
    Services,
    ServicesConfig,
    StaticPeers,
    setup_services,
)

#: Test defaults: no fsync (tmpfs-like speed), quick sweeps.
TEST_CONFIG = ServicesConfig(fsync_chunks=False, sweep_interval_s=0.2)


@dataclass
class ServiceNode:
    data_dir: Path
    chain: MemoryChainView
    peers: StaticPeers
    config: ServicesConfig
    runner: web.AppRunner | None = None
    url: str = ""
    app: web.Application = field(default_factory=web.Application)

    @property
    def services(self) -> Services:
        return self.app[SERVICES_KEY]

    async def start(self) -> None:
        self.app = web.Application()
        await setup_services(self.app, data_dir=self.data_dir, chain=self.chain, peers=self.peers, config=self.config)
        self.runner = web.AppRunner(self.app, handle_signals=False)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        host, port = self.runner.addresses[0][:2]
        self.url = f"http://{host}:{port}"

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()
            self.runner = None


@contextlib.asynccontextmanager
async def service_nodes(
    tmp_path: Path, count: int = 1, config: ServicesConfig = TEST_CONFIG, chain: MemoryChainView | None = None
) -> AsyncIterator[list[ServiceNode]]:
    """`count` service nodes sharing one chain view, each listing all the others as peers."""
    shared = chain or MemoryChainView()
    nodes = [ServiceNode(tmp_path / f"node{i}", shared, StaticPeers(), config) for i in range(count)]
    try:
        for node in nodes:
            await node.start()
        for node in nodes:
            node.peers.urls[:] = [other.url for other in nodes if other is not node]
        yield nodes
    finally:
        for node in nodes:
            await node.stop()


@contextlib.asynccontextmanager
async def client_session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session:
        yield session
