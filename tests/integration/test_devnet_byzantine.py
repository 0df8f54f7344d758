"""A validator that equivocates is caught with evidence on every honest node and cannot fork the chain."""

from __future__ import annotations

from pathlib import Path

import aiohttp
import pytest

from fullnode.codec import address_of
from lightnode.protocol.chain import verify_commit
from lightnode.protocol.consensus import DuplicateVoteEvidence

from .conftest import make_devnet
from .devnet_helpers import Client, Watcher

pytestmark = [pytest.mark.integration, pytest.mark.slow]

BYZANTINE = 1


@pytest.mark.asyncio
async def test_an_equivocating_validator_is_caught_and_cannot_fork_the_chain(tmp_path: Path) -> None:
    devnet = make_devnet(tmp_path, per_node_settings={BYZANTINE: {"testing_equivocate": True}})
    await devnet.start()
    try:
        async with aiohttp.ClientSession() as session:
            honest = [i for i in range(4) if i != BYZANTINE]
            watcher = await Watcher(session, devnet.api_url(honest[0])).start()
            try:
                await watcher.wait_height(6, within=90)
            finally:
                await watcher.stop()
            culprit = address_of(devnet.validator_keys[BYZANTINE].actor_id)
            for i in honest:
                evidence = (await Client(session, devnet.api_url(i)).get_json("/v1/evidence"))["evidence"]
                assert evidence, f"honest node {i} recorded no evidence"
                assert {e["validator"] for e in evidence} == {culprit}
                for item in evidence:
                    proof = DuplicateVoteEvidence.decode(bytes.fromhex(item["encoding"]))
                    proof.verify()
                    assert proof.vote_a.vote.block_hash != proof.vote_b.vote.block_hash
            status = await Client(session, devnet.api_url(honest[0])).status()
            assert status["evidence"] > 0
            clients = [Client(session, devnet.api_url(i)) for i in range(4)]
            top = min([(await c.status())["height"] for c in clients])
            chains = [await c.light_blocks(1, top) for c in clients]
            reference = [lb.header.hash() for lb in chains[0]]
            for chain in chains:
                assert [lb.header.hash() for lb in chain] == reference, "no fork: one chain on every node"
                for light in chain:
                    verify_commit("exc-itest", light.validators, light.commit, light.header.hash())
    finally:
        await devnet.stop()
