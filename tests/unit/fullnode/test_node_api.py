"""A single-validator node in-process: its API, rate limits, restarts and a damaged data directory."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import sqlite3
from pathlib import Path

import aiohttp
import msgpack
import pytest

from fullnode.node import Node
from fullnode.store import StoreError
from lightnode.protocol import state as S
from lightnode.protocol.actions import Transfer
from lightnode.protocol.address import encode_address
from lightnode.protocol.chain import (
    ZERO_HASH,
    Commit,
    CommitSig,
    Header,
    LightBlock,
    ValidatorSet,
    Vote,
    VoteType,
    verify_commit,
)
from lightnode.protocol.encoding import ONE_EXC, pack
from lightnode.protocol.evidence import AttackKind, LightClientAttackEvidence
from lightnode.protocol.merkle import MerkleProof, verify_merkle_proof
from lightnode.protocol.smt import SmtProof, verify_smt_proof

from .node_fixtures import ALICE, BOB, CHAIN, VALIDATOR, make_config, make_genesis, running_node, sign


def url(node: Node, path: str) -> str:
    return f"http://127.0.0.1:{node.api_port}{path}"


async def wait_committed(session: aiohttp.ClientSession, node: Node, ids: set[str]) -> dict[str, list[object]]:
    found: dict[str, list[object]] = {}
    async with session.ws_connect(url(node, "/v1/ws?topics=actions")) as ws:
        while not ids <= set(found):
            msg = await ws.receive(timeout=20)
            doc = json.loads(msg.data)
            for item in doc.get("results", []):
                found[item[0]] = item
    return found


@pytest.mark.asyncio
async def test_an_action_goes_from_submission_to_a_proven_receipt(tmp_path: Path) -> None:
    async with running_node(tmp_path / "data") as node, aiohttp.ClientSession() as session:
        signed = sign(ALICE, 0, Transfer(BOB.actor_id, 3 * ONE_EXC, "hi"))
        waiter = asyncio.ensure_future(wait_committed(session, node, {signed.id().hex()}))
        await asyncio.sleep(0)
        async with session.post(url(node, "/v1/actions"), data=signed.encode()) as response:
            assert response.status == 202
            assert (await response.json())["id"] == signed.id().hex()
        await asyncio.wait_for(waiter, 30)
        async with session.get(url(node, f"/v1/actions/{signed.id().hex()}")) as response:
            status = await response.json()
        assert status["status"] == "committed"
        assert status["ok"] is True
        assert status["events"][0]["actors"][0].startswith("exc1")
        async with session.get(url(node, f"/v1/light_blocks/{status['height']}")) as response:
            assert response.content_type == "application/msgpack"
            light = LightBlock.decode(await response.read())
        assert verify_commit(CHAIN, light.validators, light.commit, light.header.hash()) == 10
        async with session.get(url(node, f"/v1/actions/{signed.id().hex()}/proof")) as response:
            _, _, _, raw, merkle, receipt, receipt_proof = msgpack.unpackb(await response.read())
        assert raw == signed.encode()
        verify_merkle_proof(light.header.actions_root, signed.id(), MerkleProof.from_wire(merkle))
        verify_smt_proof(
            light.header.state_root, S.receipt_key(signed.id()), receipt, SmtProof.from_wire(receipt_proof)
        )
        async with session.get(url(node, f"/v1/accounts/{encode_address(BOB.actor_id)}")) as response:
            assert int((await response.json())["balance"]) == 3 * ONE_EXC
        async with session.get(url(node, "/v1/status")) as response:
            doc = await response.json()
        assert doc["validator"] is True
        assert doc["height"] >= status["height"]
        async with session.get(url(node, "/v1/genesis")) as response:
            assert json.loads(await response.text())["chain_id"] == CHAIN


@pytest.mark.asyncio
async def test_a_batch_reports_each_refusal(tmp_path: Path) -> None:
    async with running_node(tmp_path / "data") as node, aiohttp.ClientSession() as session:
        good = sign(ALICE, 0, Transfer(BOB.actor_id, ONE_EXC, ""))
        bad_nonce = sign(ALICE, 9, Transfer(BOB.actor_id, ONE_EXC, ""))
        body = pack([good.encode(), bad_nonce.encode(), b"\x00"])
        async with session.post(url(node, "/v1/actions/batch"), data=body) as response:
            doc = await response.json()
        assert response.status == 202
        assert doc["accepted"] == [good.id().hex()]
        assert [(r["index"], r["status"]) for r in doc["rejected"]] == [(1, 400), (2, 400)]
        assert doc["rejected"][0]["error"] == "rejected"
        assert "nonce" in doc["rejected"][0]["reason"]
        assert doc["rejected"][1]["error"] == "malformed"


@pytest.mark.asyncio
async def test_clients_over_their_rate_limit_get_429_with_a_reason(tmp_path: Path) -> None:
    async with (
        running_node(tmp_path / "data", rate_limit_per_s=1.0, rate_limit_burst=3.0) as node,
        aiohttp.ClientSession() as session,
    ):
        statuses = []
        for _ in range(5):
            async with session.get(url(node, "/v1/status")) as response:
                statuses.append(response.status)
                if response.status == 429:
                    assert "Retry-After" in response.headers
                    assert "too many requests" in (await response.json())["reason"]
        assert statuses[:3] == [200, 200, 200]
        assert 429 in statuses[3:]


@pytest.mark.asyncio
async def test_a_node_restarts_where_it_stopped(tmp_path: Path) -> None:
    genesis = make_genesis()
    async with running_node(tmp_path / "data", genesis) as node, aiohttp.ClientSession() as session:
        signed = sign(ALICE, 0, Transfer(BOB.actor_id, ONE_EXC, ""))
        waiter = asyncio.ensure_future(wait_committed(session, node, {signed.id().hex()}))
        await asyncio.sleep(0)
        node.submit(signed.encode())
        await asyncio.wait_for(waiter, 30)
        height, root = node.height, node.sm.state_root
    async with running_node(tmp_path / "data", genesis) as node:
        assert node.height >= height
        assert node.store.header(height) is not None
        assert node.sm.account(BOB.actor_id).balance == ONE_EXC
        assert node.trees[node.height].root_hash == node.sm.state_root
        if node.height == height:
            assert node.sm.state_root == root


@pytest.mark.asyncio
async def test_a_damaged_state_is_detected_at_start(tmp_path: Path) -> None:
    genesis = make_genesis()
    async with running_node(tmp_path / "data", genesis) as node, aiohttp.ClientSession() as session:
        signed = sign(ALICE, 0, Transfer(BOB.actor_id, ONE_EXC, ""))
        waiter = asyncio.ensure_future(wait_committed(session, node, {signed.id().hex()}))
        await asyncio.sleep(0)
        node.submit(signed.encode())
        await asyncio.wait_for(waiter, 30)
    db = sqlite3.connect(tmp_path / "data" / "chain.sqlite")
    db.execute("UPDATE state SET value = x'00' WHERE key = ?", (S.account_key(BOB.actor_id),))
    db.commit()
    db.close()
    node = Node(make_config(tmp_path / "data"), genesis, VALIDATOR, None)
    with pytest.raises(StoreError, match="does not match the state root of block"):
        await node.start()


def _conflicting_light_block(time_ms: int, genesis_validators: ValidatorSet) -> LightBlock:
    header = Header(
        CHAIN, 1, time_ms, ZERO_HASH, ZERO_HASH, ZERO_HASH, ZERO_HASH,
        genesis_validators.hash(), genesis_validators.hash(), VALIDATOR.actor_id,
    )  # fmt: skip
    vote = Vote(VoteType.PRECOMMIT, CHAIN, 1, 0, header.hash())
    commit = Commit(1, 0, header.hash(), (CommitSig(0, VALIDATOR.sign_raw(vote.sign_bytes())),))
    return LightBlock(header, commit, genesis_validators)


@pytest.mark.asyncio
async def test_light_client_attack_evidence_is_checked_and_kept(tmp_path: Path) -> None:
    genesis = make_genesis()
    async with running_node(tmp_path / "data", genesis) as node, aiohttp.ClientSession() as session:
        a = _conflicting_light_block(1, genesis.validators)
        b = _conflicting_light_block(2, genesis.validators)
        attack = LightClientAttackEvidence.of(AttackKind.EQUIVOCATION, 0, genesis.hash(), a, b, 5)
        endpoint = url(node, "/v1/evidence/light_client")
        async with session.post(endpoint, data=attack.encode()) as response:
            assert response.status == 202
            assert (await response.json())["new"] is True
        async with session.post(endpoint, data=attack.encode()) as response:
            assert (await response.json())["new"] is False
        async with session.get(url(node, "/v1/evidence")) as response:
            [item] = (await response.json())["evidence"]
        assert item["kind"] == "light_client_attack"
        assert item["validators"] == [encode_address(VALIDATOR.actor_id)]
        lying = dataclasses.replace(attack, byzantine_validators=())
        async with session.post(endpoint, data=lying.encode()) as response:
            assert response.status == 400
            assert "does not hold up" in (await response.json())["reason"]
        async with session.post(endpoint, data=b"\x01\x02") as response:
            assert response.status == 400
            assert "malformed light-client evidence" in (await response.json())["reason"]
