"""The node's block checks: every way a proposed block can be wrong is refused with a reason."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from fullnode.consensus.core import Decision
from fullnode.node import Node
from lightnode.protocol.actions import SignedAction, Transfer
from lightnode.protocol.chain import Commit, CommitSig, Header, Vote, VoteType
from lightnode.protocol.consensus import Block, actions_root, prev_commit_hash
from lightnode.protocol.encoding import ONE_EXC

from .node_fixtures import ALICE, BOB, CHAIN, VALIDATOR, running_node, sign


@pytest_asyncio.fixture
async def idle_node(tmp_path: Path) -> AsyncIterator[Node]:
    # No round ever starts by itself: the test drives block building and checking.
    async with running_node(tmp_path / "data", block_interval_s=3600.0, busy_block_interval_s=3600.0) as node:
        yield node


def rebuild(block: Block, **fields: object) -> Block:
    return Block(dataclasses.replace(block.header, **fields), block.actions, block.last_commit)


def with_actions(node: Node, actions: list[SignedAction], state_root: bytes = b"\x00" * 32) -> Block:
    base = node.propose_block(node.height + 1, 0)
    assert base is not None
    raws = tuple(a.encode() for a in actions)
    header = dataclasses.replace(
        base.header, actions_root=actions_root([a.id() for a in actions]), state_root=state_root
    )
    return Block(header, raws, base.last_commit)


def refused(node: Node, block: Block, reason: str) -> None:
    assert node.validate_block(block) is False
    assert reason in node.last_rejection, node.last_rejection


@pytest.mark.asyncio
async def test_a_block_the_node_builds_is_valid(idle_node: Node) -> None:
    idle_node.submit(sign(ALICE, 0, Transfer(BOB.actor_id, ONE_EXC, "")).encode())
    block = idle_node.propose_block(1, 0)
    assert block is not None
    assert len(block.actions) == 1
    assert idle_node.validate_block(block)


@pytest.mark.asyncio
async def test_headers_that_lie_are_refused(idle_node: Node) -> None:
    block = idle_node.propose_block(1, 0)
    assert block is not None
    refused(idle_node, rebuild(block, chain_id="other"), "for chain 'other'")
    refused(idle_node, rebuild(block, height=2), "next block is at height 1")
    refused(idle_node, rebuild(block, prev_block_hash=b"\x01" * 32), "does not extend the last committed block")
    refused(idle_node, rebuild(block, state_root=b"\x02" * 32), "another state root")
    refused(idle_node, rebuild(block, actions_root=b"\x03" * 32), "actions root")
    refused(idle_node, rebuild(block, validators_hash=b"\x04" * 32), "another validator set")
    refused(idle_node, rebuild(block, next_validators_hash=b"\x05" * 32), "next validator set")
    refused(idle_node, rebuild(block, proposer=b"\x06" * 20), "proposer is not a validator")
    refused(idle_node, rebuild(block, time_ms=block.header.time_ms + 3_600_000), "too far in the future")


@pytest.mark.asyncio
async def test_blocks_with_bad_actions_are_refused(idle_node: Node) -> None:
    good = sign(ALICE, 0, Transfer(BOB.actor_id, ONE_EXC, ""))
    forged = SignedAction(good.action, bytes(64))
    refused(idle_node, with_actions(idle_node, [forged]), "signature")
    refused(idle_node, with_actions(idle_node, [sign(ALICE, 3, Transfer(BOB.actor_id, 1, ""))]), "nonce")
    refused(
        idle_node,
        with_actions(idle_node, [sign(ALICE, 0, Transfer(BOB.actor_id, 1, ""), expiry=0)]),
        "expired",
    )
    refused(idle_node, with_actions(idle_node, [good, good]), "same action twice")
    overspend = [
        sign(ALICE, 0, Transfer(BOB.actor_id, 600 * ONE_EXC, "")),
        sign(ALICE, 1, Transfer(BOB.actor_id, 600 * ONE_EXC, "")),
    ]
    refused(idle_node, with_actions(idle_node, overspend), "insufficient balance")
    malformed = with_actions(idle_node, [good])
    refused(idle_node, Block(malformed.header, (b"\x93\x01",), malformed.last_commit), "actions root")


@pytest.mark.asyncio
async def test_the_proposer_leaves_out_what_would_make_its_block_invalid(idle_node: Node) -> None:
    first = sign(ALICE, 0, Transfer(BOB.actor_id, 600 * ONE_EXC, "first"))
    second = sign(ALICE, 1, Transfer(BOB.actor_id, 600 * ONE_EXC, "second: more than is left"))
    idle_node.submit(first.encode())
    idle_node.submit(second.encode())
    block = idle_node.propose_block(1, 0)
    assert block is not None
    assert block.actions == (first.encode(),)
    assert idle_node.validate_block(block)
    assert second.id() not in idle_node.mempool
    status, reason = idle_node.dropped_reason(second.id()) or ("", "")
    assert status == "dropped"
    assert "insufficient balance" in reason


@pytest.mark.asyncio
async def test_a_bad_last_commit_is_refused(idle_node: Node) -> None:
    block1 = idle_node.propose_block(1, 0)
    assert block1 is not None
    assert idle_node.validate_block(block1)
    vote = Vote(VoteType.PRECOMMIT, CHAIN, 1, 0, block1.hash())
    commit = Commit(1, 0, block1.hash(), (CommitSig(0, VALIDATOR.sign_raw(vote.sign_bytes())),))
    await idle_node._commit_decision(Decision(block1, commit))
    assert idle_node.height == 1
    block2 = idle_node.propose_block(2, 0)
    assert block2 is not None
    assert block2.last_commit == commit
    assert idle_node.validate_block(block2)
    forged = Commit(1, 0, block1.hash(), (CommitSig(0, bytes(64)),))
    header = dataclasses.replace(block2.header, prev_commit_hash=prev_commit_hash(2, forged))
    refused(idle_node, Block(header, block2.actions, forged), "last commit is invalid")
    refused(idle_node, rebuild(block2, prev_commit_hash=b"\x07" * 32), "previous-commit hash")
    refused(idle_node, rebuild(block2, time_ms=block1.header.time_ms), "not after the previous")
    assert isinstance(block2.header, Header)
