"""Sessions for the assistant service without the app: a profile (or none), an actor, and spawn."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any


class TestSession:
    """What the service and the page need of a Session; `network` stays None (no chain unless a source is
    given to the service)."""

    __test__ = False
    network = None

    def __init__(self, actor: bytes, profile: Any = None) -> None:
        self.actor = actor
        self.profile = profile
        self.tasks: set[asyncio.Future[Any]] = set()

    def spawn(self, coro: Awaitable[Any]) -> asyncio.Future[Any]:
        task = asyncio.ensure_future(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return task

    async def aclose(self) -> None:
        for task in list(self.tasks):
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
