"""The services mounted in every devnet node, and the demo community, on real devnets on loopback."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import time
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from fullnode.community import make_cast
from fullnode.community.media import HAVE_AV
from fullnode.community.process import CommunityProcess
from fullnode.community.trends import TrendPlan
from fullnode.devnet import Devnet
from lightnode.mailbox_client import MailboxClient
from lightnode.protocol import actions as A
from lightnode.protocol.address import encode_address
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.keys import PrivateKey
from lightnode.protocol.services import CHUNK_SIZE, Envelope, StreamPart
from lightnode.services_client import BlobClient, ServiceClientError, StreamViewer

from .devnet_helpers import Client, Signer, Watcher

pytestmark = [pytest.mark.integration, pytest.mark.slow]

SEED = 7


@pytest.mark.asyncio
async def test_two_nodes_share_mailboxes_and_blobs_and_read_quotas_from_the_chain(tmp_path: Path) -> None:
    devnet = Devnet(2, tmp_path / "devnet", in_process=True, fresh=True, chain_id="exc-services")
    async with devnet, aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as session:
        # The nodes learn each other's API address when they connect, and replicate to it.
        await devnet.wait_connected()
        a, b = devnet.api_url(0), devnet.api_url(1)
        peers = (await Client(session, a).status())["peers"]
        assert [p["api"] for p in peers] == [b]

        # An envelope left on one node reaches its owner listening on the other.
        owner = PrivateKey.generate()
        async with MailboxClient(session, b).listen(owner) as inbox:
            expiry = time.time_ns() // 1_000_000 + 60_000
            sent = await MailboxClient(session, a).deposit(Envelope(owner.public_key.raw, expiry, b"across"))
            assert (await asyncio.wait_for(inbox.receive(), 30)).id() == sent

        # The blob store's quota is what the actor fuelled on chain.
        alice = devnet.demo_keys["alice"]
        data = os.urandom(CHUNK_SIZE + 4321)
        with pytest.raises(ServiceClientError) as unfuelled:
            await BlobClient(session, a).upload(alice, data, "video/mp4")
        assert (unfuelled.value.status, unfuelled.value.code) == (402, "quota_exceeded")
        watcher = await Watcher(session, a).start()
        try:
            fuel = await Client(session, a).submit(Signer("exc-services").sign(alice, A.Fuel(ONE_EXC)))
            [(_, ok, reason)] = (await watcher.wait_actions([fuel])).values()
            assert ok, reason
        finally:
            await watcher.stop()
        assert (await BlobClient(session, a).usage(alice.actor_id))["quota"] > len(data)
        manifest = await BlobClient(session, a).upload(alice, data, "video/mp4")
        # The other node fetches it from its peer on demand, verified, and serves it.
        assert (await BlobClient(session, b).download(manifest.id()))[1] == data
        assert (
            await BlobClient(session, b).read_range(manifest.id(), CHUNK_SIZE - 2, CHUNK_SIZE + 2)
            == (data[CHUNK_SIZE - 2 : CHUNK_SIZE + 2])
        )
        # Service errors and chain errors have one shape.
        async with session.get(f"{b}/v1/blobs/manifests/{'00' * 32}") as r:
            assert (r.status, await r.json()) == (
                404,
                {"error": "unknown_manifest", "reason": await _reason(r)},
            )
        async with session.get(f"{b}/v1/blobs/no/such/path") as r:
            assert (r.status, (await r.json())["error"]) == (404, "not_found")


async def _reason(response: aiohttp.ClientResponse) -> str:
    reason: str = (await response.json())["reason"]
    assert reason
    return reason


@contextlib.asynccontextmanager
async def _events(session: aiohttp.ClientSession, url: str) -> AsyncIterator[asyncio.Queue[dict[str, object]]]:
    """Every event of every block the node commits, as they come."""
    queue: asyncio.Queue[dict[str, object]] = asyncio.Queue()
    async with session.ws_connect(url.replace("http", "ws", 1) + "/v1/ws?topics=events") as ws:

        async def pump() -> None:
            async for msg in ws:
                if msg.type == aiohttp.WSMsgType.TEXT:
                    for event in json.loads(msg.data).get("events", []):
                        queue.put_nowait(event)

        task = asyncio.create_task(pump())
        try:
            yield queue
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


async def _one_live_part(
    session: aiohttp.ClientSession, api: str, community: CommunityProcess
) -> tuple[bytes, StreamPart]:
    """A verified part of one of the community's live streams, as a viewer on the node's relay gets it."""
    while True:
        await community.wait_for(lambda c: bool(c.live), within=60)
        for channel in [bytes.fromhex(k) for k in community.live]:
            async with StreamViewer(session, api, channel) as viewer:
                parts = viewer.parts()
                try:
                    return channel, await asyncio.wait_for(anext(parts), 30)
                except StopAsyncIteration:
                    continue  # that stream just ended
                finally:
                    await parts.aclose()
        community.progressed.clear()
        await community.progressed.wait()


@pytest.mark.asyncio
async def test_the_demo_community_comes_alive_welcomes_a_newcomer_and_stops_cleanly(tmp_path: Path) -> None:
    devnet = Devnet(
        1,
        tmp_path / "devnet",
        in_process=True,
        fresh=True,
        chain_id="exc-demo",
        demo=True,
        demo_seed=SEED,
        demo_pace=0.05,
    )
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as session:
        try:
            await devnet.start()
            community = devnet.community
            assert community is not None
            api = devnet.api_url(0)

            # Within a minute: posts with uploaded media, votes, completed orders and live streams.
            def busy(c: object) -> bool:
                s = community.stats
                return all(s.get(k, 0) for k in ("posts", "votes", "orders_completed", "uploads", "streams"))

            await community.wait_for(busy, within=60)
            status = await Client(session, api).action(community.recent_posts[-1])
            assert status["status"] in ("pending", "committed")

            # The app joins: the faucet funds it, and demo members follow it.
            newcomer = PrivateKey.generate()
            address = encode_address(newcomer.actor_id)
            async with _events(session, api) as events:
                assert await devnet.welcome(newcomer.actor_id)
                followers: set[str] = set()
                while len(followers) < 5:
                    event = await asyncio.wait_for(events.get(), 30)
                    actors = event["actors"]
                    assert isinstance(actors, list)
                    if event["kind"] == "follow" and actors[1] == address:
                        followers.add(actors[0])
            members = {encode_address(m.actor_id) for m in make_cast(SEED)}
            assert followers <= members
            assert int((await Client(session, api).account(address))["balance"]) > 0
            await community.wait_for(lambda c: address in c.welcomed, within=30)

            # A viewer on the node's relay sees a verified part of one of the community's live streams.
            if HAVE_AV:
                channel, part = await asyncio.wait_for(_one_live_part(session, api, community), 90)
                assert part.channel_key == channel
        finally:
            await devnet.stop()

    # It stopped by itself when asked (writing its ground truth), and the truth is the seed's plan.
    assert community.stopped.is_set()
    truth = json.loads(devnet.ground_truth_file.read_text())
    plan = TrendPlan(SEED).ground_truth()
    assert truth["trends"] == plan["trends"]
    for section in ("tags", "colours"):
        assert truth[section]["rising"], section
        assert truth[section]["fading"], section
    assert truth["tick"] == truth["stats"]["ticks"] > 0
    assert [m["address"] for m in truth["members"]] == [encode_address(m.actor_id) for m in make_cast(SEED)]
    assert sum(sum(w["tag_counts"].values()) for w in truth["observed_weeks"]) > 0
