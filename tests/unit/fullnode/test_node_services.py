"""The services mounted in a node: quotas and channels read from its committed state, peers from its p2p links."""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Callable
from pathlib import Path

import aiohttp
import pytest

from fullnode.node import Node
from fullnode.p2p import PeerNetwork, api_url_at
from lightnode.protocol import actions as A
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.keys import PrivateKey
from lightnode.services_client import BlobClient, ServiceClientError, StreamPublisher

from .node_fixtures import ALICE, FAUCET, make_config, make_genesis, running_node, sign
from .test_node_api import url


async def _until(network: PeerNetwork, done: Callable[[], bool]) -> None:
    while not done():
        network.api_learned.clear()
        await asyncio.wait_for(network.api_learned.wait(), 20)


@pytest.mark.asyncio
async def test_quota_and_channels_come_from_the_nodes_committed_state(tmp_path: Path) -> None:
    async with running_node(tmp_path / "data") as node, aiohttp.ClientSession() as session:
        base = f"http://127.0.0.1:{node.api_port}"
        blobs = BlobClient(session, base)
        assert await blobs.usage(ALICE.actor_id) == {"used": 0, "quota": 0}
        with pytest.raises(ServiceClientError) as refused:
            await blobs.upload(ALICE, b"a picture", "image/png")
        assert refused.value.code == "quota_exceeded"
        channel = PrivateKey.generate()
        with pytest.raises(ServiceClientError) as unknown:
            async with StreamPublisher(session, base, channel):
                pass
        assert unknown.value.status == 404

        fuel = sign(ALICE, 0, A.Fuel(ONE_EXC))
        announce = sign(ALICE, 1, A.Channel(channel.public_key.raw, "Alice live", "Backstage."))
        pending = {fuel.id().hex(), announce.id().hex()}
        async with session.ws_connect(url(node, "/v1/ws?topics=actions")) as ws:
            for action in (fuel, announce):
                async with session.post(url(node, "/v1/actions"), data=action.encode()) as response:
                    assert response.status == 202
            while pending:
                for action_id, ok, reason in json.loads((await ws.receive(timeout=20)).data).get("results", []):
                    if action_id in pending:
                        assert ok, reason
                        pending.discard(action_id)

        quota = (await blobs.usage(ALICE.actor_id))["quota"]
        assert quota == node.sm.account(ALICE.actor_id).storage_quota > 0
        data = os.urandom(3000)
        manifest = await blobs.upload(ALICE, data, "image/png")
        assert (await blobs.download(manifest.id()))[1] == data
        async with StreamPublisher(session, base, channel) as publisher:
            assert publisher.viewers == {"websocket": 0, "hls": 0}
        # The service data lives in the node's data directory.
        assert (node.config.data_dir / "services" / "blobs.sqlite").exists()


@pytest.mark.asyncio
async def test_peers_learn_each_others_api_address_and_errors_have_one_shape(tmp_path: Path) -> None:
    genesis = make_genesis()
    async with running_node(tmp_path / "a", genesis) as first:
        config = make_config(tmp_path / "b", peers=[f"127.0.0.1:{first.p2p_port}"])
        second = Node(config, genesis, PrivateKey.generate(), FAUCET)
        await second.start()
        try:
            a, b = f"http://127.0.0.1:{first.api_port}", f"http://127.0.0.1:{second.api_port}"
            await _until(first.p2p, lambda: first.p2p.api_urls() == [b])
            await _until(second.p2p, lambda: second.p2p.api_urls() == [a])
            async with aiohttp.ClientSession() as session:
                async with session.get(f"{a}/v1/status") as response:
                    assert [p["api"] for p in (await response.json())["peers"]] == [b]
                for path in ("/v1/nowhere", f"/v1/blobs/manifests/{'00' * 32}", "/v1/actions/xyz"):
                    async with session.get(a + path) as response:
                        doc = await response.json()
                        assert response.status in (400, 404), path
                        assert set(doc) == {"error", "reason"}, (path, doc)
            # The peer this node dials is remembered while it is down, so that replicas to it are retried.
            await first.stop()
            assert second.p2p.api_urls() == [a]
        finally:
            await second.stop()


def test_a_peer_names_only_its_port_never_another_host() -> None:
    assert api_url_at("ws://10.0.0.7:2234/v1/p2p", 2233) == "http://10.0.0.7:2233"
    assert api_url_at("192.168.1.20", 40000) == "http://192.168.1.20:40000"
    assert api_url_at("::1", 2233) == "http://[::1]:2233"
    assert api_url_at("?", 2233) == ""


@pytest.mark.asyncio
async def test_a_peer_that_sends_a_bad_info_frame_is_struck(tmp_path: Path) -> None:
    from lightnode.protocol.consensus import Auth, ErrorMessage, Hello, decode_message, encode_message, peer_auth_bytes
    from lightnode.protocol.keys import Domain

    genesis = make_genesis()
    async with running_node(tmp_path / "a", genesis) as node, aiohttp.ClientSession() as session:
        key = PrivateKey.generate()
        async with session.ws_connect(f"ws://127.0.0.1:{node.p2p_port}/v1/p2p") as ws:
            await ws.send_bytes(
                encode_message(Hello(genesis.chain_id, genesis.hash(), key.public_key.raw, 0, b"\1" * 32))
            )
            theirs = decode_message((await ws.receive(timeout=10)).data)
            assert isinstance(theirs, Hello)
            answer = key.sign(Domain.PEER, peer_auth_bytes(genesis.chain_id, theirs.challenge, key.public_key.raw))
            await ws.send_bytes(encode_message(Auth(answer)))
            assert isinstance(decode_message((await ws.receive(timeout=10)).data), Auth)
            info = await ws.receive(timeout=10)
            assert json.loads(info.data) == {"type": "info", "api_port": node.api_port}
            for bad in ('{"type": "info", "api_port": 0}', "[]", '{"type": "info", "api_port": "80"}'):
                await ws.send_str(bad)
                while True:
                    message = await ws.receive(timeout=10)
                    if message.type == aiohttp.WSMsgType.BINARY and isinstance(
                        error := decode_message(message.data), ErrorMessage
                    ):
                        assert "info" in error.reason
                        break
        assert node.p2p.api_urls() == []
