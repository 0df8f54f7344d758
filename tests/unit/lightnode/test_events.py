"""Events concerning one actor are reported only once proven: incoming transfers, endorsements, orders."""

from __future__ import annotations

import asyncio

import pytest

from lightnode.events import ActorEvent, ActorWatcher
from lightnode.protocol.actions import Action, Endorsement, Payload, Transfer
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.keys import PrivateKey
from lightnode.provider import ChainEvent
from lightnode.testing import ChainGenerator, MemoryProvider, SimulatedNode, key_from

from .helpers import make_client

pytestmark = pytest.mark.asyncio

ALICE, BOB, CAROL = key_from("alice"), key_from("bob"), key_from("carol")


def chain() -> tuple[ChainGenerator, SimulatedNode]:
    gen = ChainGenerator(4, accounts=[(k.actor_id, 10 * ONE_EXC) for k in (ALICE, BOB, CAROL)])
    node = SimulatedNode(gen)
    node.produce(1)
    return gen, node


def act(node: SimulatedNode, key: PrivateKey, payload: Payload) -> bytes:
    nonce = node._pending_nonce(key.actor_id)
    action = Action(node.chain_id, key.public_key.raw, nonce, 10**15, node.height + 50, payload)
    return node.submit(action.sign(key).encode())


async def test_incoming_transfers_and_endorsements_are_reported_after_proof() -> None:
    gen, node = chain()
    client = make_client(gen, MemoryProvider(node))
    watcher = ActorWatcher(client, BOB.actor_id)
    got: list[ActorEvent] = []

    async def collect() -> None:
        async for event in watcher.events():
            got.append(event)
            if len(got) == 2:
                return

    task = asyncio.create_task(collect())
    await node.wait_for_subscriber()
    act(node, CAROL, Transfer(ALICE.actor_id, ONE_EXC, "not for bob"))
    paid = act(node, ALICE, Transfer(BOB.actor_id, 2 * ONE_EXC, "for the shoot"))
    node.produce()
    endorsed = act(node, CAROL, Endorsement(BOB.actor_id, "Runway modelling", b"", "great walk"))
    node.produce()
    await asyncio.wait_for(task, 5)
    first, second = got
    assert (first.kind, first.action_id, first.counterparty, first.amount, first.height) == (
        "transfer_in",
        paid,
        ALICE.actor_id,
        2 * ONE_EXC,
        2,
    )
    assert (second.kind, second.action_id, second.counterparty, second.detail) == (
        "endorsement",
        endorsed,
        CAROL.actor_id,
        "Runway modelling",
    )
    await client.aclose()


async def test_an_event_the_node_makes_up_is_not_reported() -> None:
    gen, node = chain()
    client = make_client(gen, MemoryProvider(node))
    watcher = ActorWatcher(client, BOB.actor_id)
    fake = ChainEvent(1, "transfer", (ALICE.actor_id, BOB.actor_id), b"\x09" * 32, {"amount": 10**24})
    assert await watcher.confirm(fake) is None
    assert watcher.unproven == 1
    await client.aclose()


async def test_an_event_naming_a_real_action_of_someone_else_is_not_reported() -> None:
    gen, node = chain()
    client = make_client(gen, MemoryProvider(node))
    other = act(node, CAROL, Transfer(ALICE.actor_id, ONE_EXC, ""))
    node.produce()
    # The node claims Carol's payment to Alice concerned Bob: the proven action says otherwise.
    claim = ChainEvent(2, "transfer", (CAROL.actor_id, BOB.actor_id), other, {})
    assert await ActorWatcher(client, BOB.actor_id).confirm(claim) is None
    mine = await ActorWatcher(client, CAROL.actor_id).confirm(claim)
    assert mine is not None
    assert mine.kind == "transfer_out"
    await client.aclose()
