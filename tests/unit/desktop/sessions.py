"""What the wallet tests share: waiting for a condition, catching up, and an app's session (Qt aside) on nodes."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from etalonium_desktop.services.network import NetworkConfig, NetworkService
from etalonium_desktop.session import Session
from etalonium_desktop.store import Profile

#: Generous (a loaded two-core machine, devnets in the integration tests): waits end as soon as the event comes.
WAIT_S = 90.0


async def until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT_S
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


async def caught_up(session: Session, height: int) -> None:
    """Catch up (as the app does on start, after being offline and every few blocks) until `height`."""
    await session.network.wait_ready(WAIT_S)
    chain_id = session.network.state.chain_id
    deadline = time.monotonic() + WAIT_S
    while session.profile.wallet_history.known_to(chain_id) < height:
        if time.monotonic() > deadline:
            raise AssertionError(f"the catch-up did not reach height {height}")
        await session.catch_up()
        await asyncio.sleep(0.02)


@asynccontextmanager
async def session_on(
    profile: Profile,
    nodes: tuple[str, ...],
    genesis_file: Path,
    *,
    notify: Callable[[str, str], None] = lambda _title, _text: None,
) -> AsyncIterator[Session]:
    """The app's network service and session on `nodes` (the first is the primary), started and running; its
    tasks are cancelled and the network closed on the way out."""
    tasks: set[asyncio.Future[Any]] = set()

    def spawn(coro: Any) -> asyncio.Future[Any]:
        task = asyncio.ensure_future(coro)
        tasks.add(task)
        task.add_done_callback(tasks.discard)
        return task

    network = NetworkService(profile, NetworkConfig(nodes=nodes, devnet=False, genesis_file=genesis_file))
    session = Session(profile, network, notify=notify, spawn=spawn)
    await network.start()
    spawn(session.run())
    try:
        yield session
    finally:
        for task in list(tasks):
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await network.aclose()
