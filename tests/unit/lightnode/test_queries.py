"""Proven reads against a simulated node: balances after transfers, proven absence, heights, the cache."""

from __future__ import annotations

import pytest

from lightnode.errors import BadResponseError
from lightnode.protocol import state as S
from lightnode.protocol.actions import Action, Transfer
from lightnode.protocol.encoding import ONE_EXC
from lightnode.provider import StateProof
from lightnode.queries import Queries
from lightnode.testing import ChainGenerator, LyingProvider, MemoryProvider, SimulatedNode, key_from

from .helpers import make_client

pytestmark = pytest.mark.asyncio

ALICE, BOB, CAROL = key_from("alice"), key_from("bob"), key_from("carol")


def chain() -> tuple[ChainGenerator, SimulatedNode]:
    gen = ChainGenerator(4, accounts=[(ALICE.actor_id, 100 * ONE_EXC), (BOB.actor_id, 5 * ONE_EXC)])
    node = SimulatedNode(gen)
    node.produce(2)
    return gen, node


def transfer(node: SimulatedNode, nonce: int, to: bytes, amount: int) -> bytes:
    action = Action(node.chain_id, ALICE.public_key.raw, nonce, 10**15, node.height + 50, Transfer(to, amount, "hi"))
    return node.submit(action.sign(ALICE).encode())


async def test_balance_after_a_transfer_is_proven() -> None:
    gen, node = chain()
    client = make_client(gen, MemoryProvider(node))
    q = Queries(client)
    assert await q.balance(BOB.actor_id) == (5 * ONE_EXC, 2)
    transfer(node, 0, BOB.actor_id, 3 * ONE_EXC)
    node.produce()
    assert await q.balance(BOB.actor_id) == (8 * ONE_EXC, 3)
    alice = (await q.account(ALICE.actor_id)).value
    assert alice is not None
    assert alice.balance == 97 * ONE_EXC - 10**15
    assert alice.nonce == 1
    assert alice.public_key == ALICE.public_key.raw
    # The proof's height is verified on the way: the client now trusts height 3.
    assert client.latest.height == 3
    await client.aclose()


async def test_an_older_height_can_be_read() -> None:
    gen, node = chain()
    transfer(node, 0, BOB.actor_id, ONE_EXC)
    node.produce(2)
    client = make_client(gen, MemoryProvider(node))
    q = Queries(client)
    assert await q.balance(BOB.actor_id) == (6 * ONE_EXC, 4)
    assert await q.balance(BOB.actor_id, height=2) == (5 * ONE_EXC, 2)
    await client.aclose()


async def test_a_missing_key_is_proven_missing() -> None:
    gen, node = chain()
    client = make_client(gen, MemoryProvider(node))
    q = Queries(client)
    carol = await q.account(CAROL.actor_id)
    assert carol.value == S.EMPTY_ACCOUNT
    assert not carol.present
    assert (await q.account(ALICE.actor_id)).present
    raw = await client.get_state(S.account_key(CAROL.actor_id))
    assert raw.value is None
    assert raw.height == 2
    assert not (await q.profile(ALICE.actor_id)).present
    assert (await q.reputation(ALICE.actor_id)).value == S.EMPTY_REPUTATION
    assert not (await q.order(b"\x07" * 32)).present
    assert not (await q.receipt(b"\x07" * 32)).present
    await client.aclose()


async def test_a_proven_value_is_cached_for_offline_display() -> None:
    gen, node = chain()
    primary = MemoryProvider(node)
    client = make_client(gen, primary)
    q = Queries(client)
    await q.balance(ALICE.actor_id)
    primary.go_offline()
    cached = await q.cached_account(ALICE.actor_id)
    assert cached is not None
    assert cached.value is not None
    assert (cached.value.balance, cached.height) == (100 * ONE_EXC, 2)
    assert await q.cached_account(CAROL.actor_id) is None
    await client.aclose()


async def test_a_proof_of_another_key_is_refused() -> None:
    gen, node = chain()

    def swap(sp: StateProof) -> StateProof:
        return node.prove(S.account_key(BOB.actor_id))

    client = make_client(gen, LyingProvider(MemoryProvider(node), state_proof=swap))
    with pytest.raises(BadResponseError, match="got one of"):
        await Queries(client).balance(ALICE.actor_id)
    await client.aclose()


async def test_the_chain_records_its_genesis() -> None:
    gen, node = chain()
    client = make_client(gen, MemoryProvider(node))
    info = await Queries(client).get(S.CHAIN_KEY, S.ChainInfo)
    assert info.value == S.ChainInfo(gen.chain_id, gen.genesis_hash)
    await client.aclose()
