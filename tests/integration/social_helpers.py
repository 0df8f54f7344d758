"""A complete light client for social tests (throwaway profile, network service, session and social service)
on a devnet, without Qt."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from etalonium_desktop.services.network import NetworkConfig, NetworkService
from etalonium_desktop.session import Session
from etalonium_desktop.social.service import SocialService
from etalonium_desktop.store import temporary_profile
from fullnode.devnet import Devnet

WAIT_S = 90.0


@dataclass
class Client:
    session: Session
    service: SocialService


@contextlib.asynccontextmanager
async def social_client(devnet: Devnet) -> AsyncIterator[Client]:
    """A funded client of every node of `devnet`, its social service started (and closed at the end)."""
    tasks: set[asyncio.Future[Any]] = set()

    def spawn(coro: Any) -> asyncio.Future[Any]:
        task: asyncio.Future[Any] = asyncio.ensure_future(coro)
        tasks.add(task)
        task.add_done_callback(tasks.discard)
        return task

    with temporary_profile() as profile:
        urls = tuple(devnet.api_url(i) for i in range(len(devnet.nodes)))
        config = NetworkConfig(nodes=urls, devnet=False, genesis_file=devnet.dir / "genesis.json")
        network = NetworkService(profile, config)
        await network.start()
        session = Session(profile, network, notify=lambda *_: None, spawn=spawn)
        spawn(session.run())
        try:
            await network.wait_ready(WAIT_S)
            await session.wait_funded(WAIT_S)
            service = SocialService(session)
            service.start()
            try:
                yield Client(session, service)
            finally:
                await service.aclose()
        finally:
            for task in list(tasks):
                task.cancel()
            for task in list(tasks):
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
            await network.aclose()
