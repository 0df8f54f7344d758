"""The services and the demo community on a real devnet (the node's API on loopback)."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from fullnode.community import Community
from fullnode.community.media import HAVE_AV
from fullnode.services import ApiChainView, StaticPeers
from fullnode.services.client import MailboxClient, StreamViewer
from lightnode.protocol.keys import PrivateKey
from lightnode.protocol.services import Envelope
from tests.unit.services.helpers import TEST_CONFIG, ServiceNode

devnet_module = pytest.importorskip("fullnode.devnet", reason="the devnet launcher (fullnode.devnet) is not built yet")

pytestmark = [pytest.mark.integration, pytest.mark.slow]


async def _serves_services(session: aiohttp.ClientSession, url: str) -> bool:
    async with session.get(f"{url}/v1/blobs/usage/{'00' * 20}") as r:
        return r.status == 200


@contextlib.asynccontextmanager
async def _devnet_with_services(tmp_path: Path, validators: int) -> AsyncIterator[tuple[object, list[str]]]:
    """A devnet, and the URLs of its services: the nodes' own once the node mounts them, else one standalone
    service node per validator reading the chain through the node's public API."""
    devnet = devnet_module.Devnet(validators, tmp_path / "devnet", in_process=True, fresh=True)
    extra: list[ServiceNode] = []
    async with devnet, aiohttp.ClientSession() as session:
        urls = [devnet.api_url(i) for i in range(validators)]
        if not await _serves_services(session, urls[0]):
            for i, url in enumerate(urls):
                node = ServiceNode(tmp_path / f"svc{i}", ApiChainView(session, url), StaticPeers(), TEST_CONFIG)  # type: ignore[arg-type]
                await node.start()
                extra.append(node)
            for node in extra:
                node.peers.urls[:] = [o.url for o in extra if o is not node]
            urls = [n.url for n in extra]
        try:
            yield devnet, urls
        finally:
            for node in extra:
                await node.stop()


@pytest.mark.asyncio
async def test_demo_community_posts_votes_orders_and_streams_within_a_minute(tmp_path: Path) -> None:
    started = time.monotonic()
    async with _devnet_with_services(tmp_path, 1) as (devnet, service_urls):
        api = devnet.api_url(0)  # type: ignore[attr-defined]
        funders = list(devnet.demo_keys.values())  # type: ignore[attr-defined]
        community = Community(
            [api], funders, seed=11, data_dir=tmp_path / "devnet", pace=0.02, service_urls=service_urls
        )
        stop = asyncio.Event()
        running = asyncio.create_task(community.run(stop=stop))
        stats = community.stats
        # Without PyAV the community announces streams but has no video to send.
        seen_live = not HAVE_AV
        try:
            async with aiohttp.ClientSession() as session:
                while not (
                    stats.posts
                    and stats.votes
                    and stats.orders_completed
                    and stats.uploads
                    and stats.streams
                    and seen_live
                ):
                    assert time.monotonic() - started < 60, f"the community is too slow: {stats}"
                    community.progressed.clear()
                    await asyncio.wait_for(community.progressed.wait(), 30)
                    assert not running.done(), running.exception()
                    if stats.stream_parts and not seen_live:
                        seen_live = await _watch_one_part(session, community, service_urls)
                # The posts are on chain, applied.
                async with session.get(f"{api}/v1/actions/{community.post_ids[0].hex()}") as r:
                    status = await r.json()
                assert (status["status"], status["ok"]) == ("committed", True)
        finally:
            stop.set()
            await running
        truth = (tmp_path / "devnet" / "community_ground_truth.json").read_text()
        assert '"rising"' in truth
        assert '"fading"' in truth


async def _watch_one_part(session: aiohttp.ClientSession, community: Community, urls: list[str]) -> bool:
    """Whether a viewer on the relay sees a verified part of one of the community's live streams."""
    for index in list(community._streaming):
        member = community.members[index]
        assert member.channel_key is not None
        key = member.channel_key.public_key.raw
        url = urls[index % len(urls)]
        async with StreamViewer(session, url, key) as viewer:
            parts = viewer.parts()
            try:
                part = await asyncio.wait_for(anext(parts), 5)
            except (TimeoutError, StopAsyncIteration):
                continue
            finally:
                await parts.aclose()
            return part.channel_key == key
    return False


@pytest.mark.asyncio
async def test_envelope_left_on_one_devnet_node_is_fetched_from_another(tmp_path: Path) -> None:
    owner = PrivateKey.generate()
    async with _devnet_with_services(tmp_path, 2) as (_devnet, urls), aiohttp.ClientSession() as session:
        at_a, at_b = MailboxClient(session, urls[0]), MailboxClient(session, urls[1])
        async with at_b.listen(owner) as inbox:
            expiry = time.time_ns() // 1_000_000 + 60_000
            sent = await at_a.deposit(Envelope(owner.public_key.raw, expiry, b"across the devnet"))
            assert (await asyncio.wait_for(inbox.receive(), 10)).id() == sent
