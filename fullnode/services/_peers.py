"""Talking to peers' services: pushing replicas in the background and asking peers for what is missing."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Mapping

import aiohttp

from .chain_view import PeerSet

log = logging.getLogger(__name__)

#: A request carrying this header came from a peer replicating: it is not passed on again.
REPLICA_HEADER = "X-ExC-Replica"


class PeerLink:
    """One HTTP session for every request to peers, and the background tasks that push replicas."""

    def __init__(self, peers: PeerSet, timeout_s: float) -> None:
        self.peers = peers
        self.timeout = aiohttp.ClientTimeout(total=timeout_s)
        self._session: aiohttp.ClientSession | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.failures = 0

    async def start(self) -> None:
        self._session = aiohttp.ClientSession(timeout=self.timeout)

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self._session is not None:
            await self._session.close()
            self._session = None

    @property
    def session(self) -> aiohttp.ClientSession:
        if self._session is None:
            raise RuntimeError("the peer link is not started")
        return self._session

    def push(self, path: str, body: bytes, *, content_type: str, attempts: int = 5) -> None:
        """Send `body` to every peer in the background, retrying a peer that is down a few times."""
        for url in self.peers.service_urls():
            task = asyncio.create_task(self._push_one(url + path, body, content_type, attempts))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _push_one(self, url: str, body: bytes, content_type: str, attempts: int) -> None:
        delay = 0.2
        headers = {REPLICA_HEADER: "1", "Content-Type": content_type}
        for attempt in range(attempts):
            try:
                async with self.session.post(url, data=body, headers=headers) as response:
                    # A 4xx is the peer's considered refusal (full, expired, malformed): retrying won't help.
                    if response.status < 500 and response.status != 429:
                        return
            except (aiohttp.ClientError, TimeoutError) as exc:
                log.debug("replica to %s failed (attempt %d): %s", url, attempt + 1, exc)
            await asyncio.sleep(delay)
            delay *= 3
        self.failures += 1
        log.info("gave up replicating to %s", url)

    async def fetch_first(self, path: str, limit: int, headers: Mapping[str, str] | None = None) -> bytes | None:
        """The body (at most `limit` bytes) of the first peer that answers `GET path` with 200, or None."""
        merged = {REPLICA_HEADER: "1", **(headers or {})}
        for url in self.peers.service_urls():
            try:
                async with self.session.get(url + path, headers=merged) as response:
                    if response.status == 200 and (response.content_length or 0) <= limit:
                        body = await response.content.read(limit + 1)
                        while len(body) <= limit and not response.content.at_eof():
                            more = await response.content.read(limit + 1 - len(body))
                            if not more:
                                break
                            body += more
                        if len(body) <= limit:
                            return body
            except (aiohttp.ClientError, TimeoutError) as exc:
                log.debug("asking %s for %s failed: %s", url, path, exc)
        return None

    async def wait_idle(self) -> None:
        """Wait until every background push has finished (tests and orderly shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)
