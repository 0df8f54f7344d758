"""Service nodes (blob store, relay, mailbox) on loopback for media tests, and small media generators."""

from __future__ import annotations

import contextlib
import gc
import subprocess
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from fullnode.services import (
    SERVICES_KEY,
    ChannelInfo,
    MemoryChainView,
    RateLimit,
    Services,
    ServicesConfig,
    StaticPeers,
    setup_services,
)
from lightnode.protocol.keys import PrivateKey

#: Generous limits (tests upload from one address), no fsync.
CONFIG = ServicesConfig(
    fsync_chunks=False,
    sweep_interval_s=0.5,
    client_rate=RateLimit(10_000.0, 10_000),
    owner_rate=RateLimit(10_000.0, 10_000),
    mailbox_deposit_rate=RateLimit(10_000.0, 10_000),
)
QUOTA = 512 * 1024 * 1024


@dataclass
class Node:
    data_dir: Path
    chain: MemoryChainView
    peers: StaticPeers
    runner: web.AppRunner | None = None
    url: str = ""
    app: web.Application = field(default_factory=web.Application)
    port: int = 0

    @property
    def services(self) -> Services:
        return self.app[SERVICES_KEY]

    async def start(self) -> None:
        self.app = web.Application(client_max_size=4 * 1024 * 1024)
        await setup_services(self.app, data_dir=self.data_dir, chain=self.chain, peers=self.peers, config=CONFIG)
        self.runner = web.AppRunner(self.app, handle_signals=False, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", self.port)
        await site.start()
        host, port = self.runner.addresses[0][:2]
        self.port = port
        self.url = f"http://{host}:{port}"

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()
            self.runner = None


def chain_for(owner: PrivateKey | None = None, channel: PrivateKey | None = None) -> MemoryChainView:
    quotas = {owner.actor_id: QUOTA} if owner is not None else {}
    channels = {}
    if channel is not None:
        actor = owner.actor_id if owner is not None else channel.actor_id
        channels[channel.public_key.raw] = ChannelInfo(actor, "test channel", True)
    return MemoryChainView(quotas=quotas, channels=channels)


@contextlib.asynccontextmanager
async def nodes(tmp_path: Path, count: int = 1, chain: MemoryChainView | None = None) -> AsyncIterator[list[Node]]:
    """`count` service nodes on 127.0.0.1 (ephemeral ports), each listing the others as peers."""
    shared = chain or MemoryChainView()
    started = [Node(tmp_path / f"node{i}", shared, StaticPeers()) for i in range(count)]
    try:
        for node in started:
            await node.start()
        for node in started:
            node.peers.urls[:] = [other.url for other in started if other is not node]
        yield started
    finally:
        for node in started:
            await node.stop()


@pytest.fixture(autouse=True)
def collect_qt_garbage_here() -> Iterator[None]:
    """Collect garbage on the main thread around each test (use it as an autouse fixture): Qt objects left
    in reference cycles by earlier tests must not be freed by a collection that happens to run on a decoder
    or encoder thread, which Qt does not allow."""
    gc.collect()
    yield
    gc.collect()


@contextlib.asynccontextmanager
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as s:
        yield s


def make_clip(path: Path, *, seconds: float = 3.0, size: str = "320x240", rate: int = 25, audio: bool = True) -> Path:
    """A generated test clip (test pattern and a tone) encoded by the ffmpeg command line."""
    args = ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi",
            "-i", f"testsrc2=size={size}:rate={rate}"]  # fmt: skip
    if audio:
        args += ["-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000"]
    args += ["-t", str(seconds), "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"]
    if audio:
        args += ["-c:a", "aac", "-shortest"]
    args.append(str(path))
    subprocess.run(args, check=True, timeout=120)
    return path
