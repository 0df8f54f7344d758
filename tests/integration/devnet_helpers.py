"""Helpers for tests on a real devnet: an API client, a WebSocket-fed chain watcher, action signing."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from fullnode.devnet import Devnet
from lightnode.protocol.actions import Action, Payload, SignedAction
from lightnode.protocol.chain import LightBlock
from lightnode.protocol.encoding import decode_list
from lightnode.protocol.keys import PrivateKey

FEE = 10**15
TIMEOUT = 60.0


class ApiFailure(Exception):
    def __init__(self, status: int, doc: Any) -> None:
        super().__init__(f"HTTP {status}: {doc}")
        self.status = status
        self.doc = doc


@dataclass
class Client:
    """A thin client of one node's /v1 API."""

    session: aiohttp.ClientSession
    base: str

    async def get_json(self, path: str) -> Any:
        async with self.session.get(self.base + path) as response:
            doc = await response.json()
            if response.status >= 400:
                raise ApiFailure(response.status, doc)
            return doc

    async def get_bytes(self, path: str) -> bytes:
        async with self.session.get(self.base + path) as response:
            if response.status >= 400:
                raise ApiFailure(response.status, await response.json())
            return await response.read()

    async def status(self) -> dict[str, Any]:
        doc: dict[str, Any] = await self.get_json("/v1/status")
        return doc

    async def light_block(self, height: int) -> LightBlock:
        return LightBlock.decode(await self.get_bytes(f"/v1/light_blocks/{height}"))

    async def light_blocks(self, first: int, last: int) -> list[LightBlock]:
        data = await self.get_bytes(f"/v1/light_blocks?from={first}&to={last}")
        return decode_list(LightBlock, data, max_items=100)

    async def submit(self, signed: SignedAction) -> str:
        async with self.session.post(self.base + "/v1/actions", data=signed.encode()) as response:
            doc = await response.json()
            if response.status != 202:
                raise ApiFailure(response.status, doc)
            return str(doc["id"])

    async def submit_raw(self, body: bytes, path: str = "/v1/actions") -> tuple[int, Any]:
        async with self.session.post(self.base + path, data=body) as response:
            return response.status, await response.json()

    async def action(self, action_id: str) -> dict[str, Any]:
        doc: dict[str, Any] = await self.get_json(f"/v1/actions/{action_id}")
        return doc

    async def account(self, address: str) -> dict[str, Any]:
        doc: dict[str, Any] = await self.get_json(f"/v1/accounts/{address}")
        return doc


@dataclass
class Watcher:
    """Follows one node's committed blocks through its WebSocket subscription (no polling)."""

    session: aiohttp.ClientSession
    base: str
    height: int = 0
    results: dict[str, tuple[int, bool, str]] = field(default_factory=dict)
    times: dict[int, float] = field(default_factory=dict)
    _changed: asyncio.Condition = field(default_factory=asyncio.Condition)
    _task: asyncio.Task[None] | None = None

    async def start(self) -> Watcher:
        ws = await self.session.ws_connect(self.base.replace("http", "ws") + "/v1/ws?topics=actions")
        self._task = asyncio.ensure_future(self._run(ws))
        return self

    async def _run(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        try:
            async for msg in ws:
                if msg.type != aiohttp.WSMsgType.TEXT:
                    continue
                doc = json.loads(msg.data)
                if doc.get("type") != "actions":
                    continue
                async with self._changed:
                    self.height = max(self.height, doc["height"])
                    self.times[doc["height"]] = time.monotonic()
                    for action_id, ok, reason in doc["results"]:
                        self.results[action_id] = (doc["height"], ok, reason)
                    self._changed.notify_all()
        finally:
            await ws.close()

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task

    async def wait_for(self, predicate: Callable[[], bool], within: float = TIMEOUT) -> None:
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(predicate), within)

    async def wait_height(self, height: int, within: float = TIMEOUT) -> None:
        await self.wait_for(lambda: self.height >= height, within)

    async def wait_actions(self, ids: list[str], within: float = TIMEOUT) -> dict[str, tuple[int, bool, str]]:
        await self.wait_for(lambda: all(i in self.results for i in ids), within)
        return {i: self.results[i] for i in ids}


class Signer:
    """Signs actions for known keys with their next nonces (tracked locally, starting from the chain's)."""

    def __init__(self, chain_id: str) -> None:
        self.chain_id = chain_id
        self.nonces: dict[bytes, int] = {}

    def sign(
        self,
        key: PrivateKey,
        payload: Payload,
        *,
        fee: int = FEE,
        expiry: int = 10**9,
        nonce: int | None = None,
    ) -> SignedAction:
        if nonce is None:
            nonce = self.nonces.get(key.actor_id, 0)
            self.nonces[key.actor_id] = nonce + 1
        return Action(self.chain_id, key.public_key.raw, nonce, fee, expiry, payload).sign(key)


async def wait_all_heights(devnet: Devnet, session: aiohttp.ClientSession, height: int, nodes: list[int]) -> None:
    """Wait until every listed node has committed `height` (each through its own subscription)."""
    watchers = [await Watcher(session, devnet.api_url(i)).start() for i in nodes]
    try:
        await asyncio.gather(*(w.wait_height(height) for w in watchers))
    finally:
        for w in watchers:
            await w.stop()
