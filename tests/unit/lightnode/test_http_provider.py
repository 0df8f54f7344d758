"""HttpProvider against a loopback server in the node's API format, and against hostile answers."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
from aiohttp import web

from lightnode.errors import (
    BadResponseError,
    LightBlockNotFoundError,
    ProviderUnavailableError,
    RequestRejectedError,
)
from lightnode.http_provider import HttpProvider
from lightnode.protocol import state as S
from lightnode.protocol.actions import Action, Transfer
from lightnode.protocol.encoding import ONE_EXC
from lightnode.provider import ChainEvent, InclusionState, NewHeader
from lightnode.queries import Queries
from lightnode.store import OutboxStatus
from lightnode.submitter import ActionSubmitter
from lightnode.testing import ChainGenerator, LoopbackServer, MemoryProvider, SimulatedNode, key_from

from .helpers import make_client

pytestmark = pytest.mark.asyncio

ALICE, BOB = key_from("alice"), key_from("bob")


def chain() -> tuple[ChainGenerator, SimulatedNode]:
    gen = ChainGenerator(4, accounts=[(ALICE.actor_id, 10 * ONE_EXC)])
    node = SimulatedNode(gen)
    node.produce(3)
    return gen, node


async def test_everything_the_client_needs_goes_over_http() -> None:
    gen, node = chain()
    async with LoopbackServer(MemoryProvider(node)) as server:
        http = HttpProvider(server.url)
        status = await http.status()
        assert (status.chain_id, status.genesis_hash, status.height) == (gen.chain_id, gen.genesis_hash, 3)
        assert (await http.genesis()).hash() == gen.genesis_hash
        assert await http.light_block(2) == gen.light_block(2)
        assert (await http.light_block(None)).height == 3
        assert await http.light_blocks(1, 3) == [gen.light_block(h) for h in (1, 2, 3)]
        with pytest.raises(LightBlockNotFoundError):
            await http.light_block(9)
        client = make_client(gen, http)
        sub = ActionSubmitter(client)
        report = await sub.send(ALICE, Transfer(BOB.actor_id, ONE_EXC, ""))
        assert report.status is OutboxStatus.SUBMITTED
        assert (await http.action_status(report.action_id)).state is InclusionState.PENDING
        assert (await http.action_status(b"\x01" * 32)).state is InclusionState.UNKNOWN
        node.produce()
        status_report = await http.action_status(report.action_id)
        assert (status_report.state, status_report.height, status_report.index) == (
            InclusionState.INCLUDED,
            4,
            0,
        )
        assert (await sub.wait(report.action_id, timeout_s=5)).status is OutboxStatus.INCLUDED
        assert await Queries(client).balance(BOB.actor_id) == (ONE_EXC, 4)
        assert (await Queries(client).account(key_from("nobody").actor_id)).value == S.EMPTY_ACCOUNT
        with pytest.raises(RequestRejectedError, match="already committed"):
            await http.submit_action(node.raw[report.action_id])
        await client.aclose()


async def test_subscription_pushes_headers_with_their_light_blocks_and_events() -> None:
    gen, node = chain()
    async with LoopbackServer(MemoryProvider(node)) as server:
        http = HttpProvider(server.url)
        notes: list[object] = []

        async def listen() -> None:
            async for note in http.subscribe([BOB.actor_id]):
                notes.append(note)
                if isinstance(note, ChainEvent):
                    return

        task = asyncio.create_task(listen())
        await node.wait_for_subscriber()
        action = Action(gen.chain_id, ALICE.public_key.raw, 0, 10**15, 100, Transfer(BOB.actor_id, 5, ""))
        node.submit(action.sign(ALICE).encode())
        node.produce()
        await asyncio.wait_for(task, 5)
        header, event = notes
        assert isinstance(header, NewHeader)
        assert header.light_block == gen.light_block(4)
        assert isinstance(event, ChainEvent)
        assert event.actors == (ALICE.actor_id, BOB.actor_id)
        await http.aclose()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_a_node_that_is_down_is_unavailable() -> None:
    http = HttpProvider(f"http://127.0.0.1:{_free_port()}", timeout_s=1)
    with pytest.raises(ProviderUnavailableError, match="did not answer"):
        await http.status()
    with pytest.raises(ProviderUnavailableError):
        async for _ in http.subscribe():
            pass
    await http.aclose()


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@contextlib.asynccontextmanager
async def hostile(handler: Handler) -> AsyncIterator[str]:
    """A server that answers every request with `handler`."""
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handler)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]
    finally:
        await runner.cleanup()


@pytest.mark.parametrize(
    ("status", "body", "error", "match"),
    [
        (200, b"\xc1garbage", BadResponseError, "does not decode"),
        (200, b"", BadResponseError, "does not decode"),
        (200, b"\x00" * (200 * 1024), BadResponseError, "more than"),
        (500, b'{"error": "disk full"}', ProviderUnavailableError, "disk full"),
        (404, b'{"error": "no block at height 5"}', LightBlockNotFoundError, "no block at height 5"),
        (400, b'{"error": "bad height"}', RequestRejectedError, "bad height"),
    ],
)
async def test_hostile_answers_become_clear_errors(
    status: int, body: bytes, error: type[Exception], match: str
) -> None:
    async def handler(request: web.Request) -> web.Response:
        return web.Response(body=body, status=status)

    async with hostile(handler) as url:
        http = HttpProvider(url)
        with pytest.raises(error, match=match):
            await http.light_block(5)
        await http.aclose()


async def test_a_light_block_of_another_height_is_a_bad_response() -> None:
    chain_gen = ChainGenerator(4, tip=10)

    async def handler(request: web.Request) -> web.Response:
        return web.Response(body=chain_gen.light_block(7).encode())

    async with hostile(handler) as url:
        http = HttpProvider(url)
        with pytest.raises(BadResponseError, match="height 7"):
            await http.light_block(5)
        await http.aclose()
