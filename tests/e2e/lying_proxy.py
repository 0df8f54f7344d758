"""A node that lies: an HTTP and WebSocket proxy in front of an honest node that can inflate proven balances."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from types import TracebackType

import aiohttp
import msgpack
from aiohttp import web

from lightnode.protocol import state as S
from lightnode.protocol.errors import ProtocolError


class LyingProxy:
    """Forwards everything to `upstream`; with `lie_about_state` set, answers state queries for accounts with
    a balance a thousand times larger than the proof allows (and counts the lies)."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream.rstrip("/")
        self.lie_about_state = False
        self.lies_told = 0
        self.url = ""
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> LyingProxy:
        self._session = aiohttp.ClientSession()
        app = web.Application(client_max_size=32 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._forward)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
        if self._session is not None:
            await self._session.close()

    async def _forward(self, request: web.Request) -> web.StreamResponse:
        assert self._session is not None
        target = f"{self.upstream}{request.rel_url}"
        if request.headers.get("Upgrade", "").lower() == "websocket":
            return await self._forward_ws(request, target)
        body = await request.read()
        headers = {k: v for k, v in request.headers.items() if k.lower() not in ("host", "content-length")}
        async with self._session.request(request.method, target, data=body, headers=headers) as upstream:
            data = await upstream.read()
            if self.lie_about_state and request.path.startswith("/v1/state/") and upstream.status == 200:
                data = self._inflate(data)
            return web.Response(status=upstream.status, body=data, content_type=upstream.content_type)

    def _inflate(self, data: bytes) -> bytes:
        wire = msgpack.unpackb(data, raw=False)
        key, value = wire[2], wire[3]
        if isinstance(key, bytes) and key.startswith(b"acct/") and isinstance(value, bytes):
            with contextlib.suppress(ProtocolError):
                account = S.Account.decode(value)
                lie = dataclasses.replace(account, balance=account.balance * 1000 + 10**21)
                wire[3] = lie.encode()
                self.lies_told += 1
        return msgpack.packb(wire, use_bin_type=True)

    async def _forward_ws(self, request: web.Request, target: str) -> web.StreamResponse:
        assert self._session is not None
        client = web.WebSocketResponse()
        await client.prepare(request)
        async with self._session.ws_connect(target.replace("http://", "ws://", 1)) as upstream:

            async def pump(src: aiohttp.ClientWebSocketResponse | web.WebSocketResponse, dst: object) -> None:
                async for message in src:
                    if message.type == aiohttp.WSMsgType.TEXT:
                        await dst.send_str(message.data)  # type: ignore[attr-defined]
                    elif message.type == aiohttp.WSMsgType.BINARY:
                        await dst.send_bytes(message.data)  # type: ignore[attr-defined]
                    else:
                        break

            tasks = [asyncio.ensure_future(pump(client, upstream)), asyncio.ensure_future(pump(upstream, client))]
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
            for task in tasks:
                task.cancel()
        await client.close()
        return client
