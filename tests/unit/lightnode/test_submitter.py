"""Signed actions: submission with fallback, proven inclusion or the node's reason, and the offline queue
that survives a restart, sends in nonce order and never applies an action twice."""

from __future__ import annotations

from pathlib import Path

import pytest

from lightnode.errors import ActionError, DuplicateActionError, RequestRejectedError
from lightnode.protocol.actions import Action, SignedAction, Transfer
from lightnode.protocol.encoding import ONE_EXC
from lightnode.queries import Queries
from lightnode.store import OutboxStatus, SqliteStore
from lightnode.submitter import ActionSubmitter
from lightnode.testing import ChainGenerator, MemoryProvider, SimulatedNode, key_from

from .helpers import make_client

pytestmark = pytest.mark.asyncio

ALICE, BOB = key_from("alice"), key_from("bob")
FEE = 10**15


def chain(**node_args: int) -> tuple[ChainGenerator, SimulatedNode]:
    gen = ChainGenerator(4, accounts=[(ALICE.actor_id, 100 * ONE_EXC)])
    node = SimulatedNode(gen, **node_args)
    node.produce(2)
    return gen, node


def pay(amount: int, memo: str = "") -> Transfer:
    return Transfer(BOB.actor_id, amount, memo)


async def test_a_transfer_is_submitted_then_proven_included() -> None:
    gen, node = chain()
    client = make_client(gen, MemoryProvider(node))
    sub = ActionSubmitter(client)
    report = await sub.send(ALICE, pay(2 * ONE_EXC))
    assert report.status is OutboxStatus.SUBMITTED
    assert report.nonce == 0
    assert report.action_id in node.mempool
    node.produce()
    done = await sub.wait(report.action_id, timeout_s=5)
    assert done.status is OutboxStatus.INCLUDED
    assert done.height == 3
    assert await Queries(client).balance(BOB.actor_id) == (2 * ONE_EXC, 3)
    await client.aclose()


async def test_a_failed_action_reports_the_chains_reason() -> None:
    gen, node = chain()
    client = make_client(gen, MemoryProvider(node))
    sub = ActionSubmitter(client)
    report = await sub.send(ALICE, pay(1000 * ONE_EXC))
    node.produce()
    done = await sub.wait(report.action_id, timeout_s=5)
    assert done.status is OutboxStatus.FAILED
    assert done.reason == "the balance is too low for this transfer"
    assert done.height == 3
    await client.aclose()


async def test_an_action_the_node_refuses_reports_the_nodes_reason() -> None:
    gen, node = chain(min_fee=10 * FEE)
    client = make_client(gen, MemoryProvider(node))
    sub = ActionSubmitter(client)
    report = await sub.send(ALICE, pay(ONE_EXC))
    assert report.status is OutboxStatus.FAILED
    assert report.reason == "The fee is below the minimum."
    # The refused nonce is free again.
    assert await sub.next_nonce(ALICE.actor_id) == 0
    await client.aclose()


async def test_a_refusal_fails_the_later_actions_of_that_sender() -> None:
    gen, node = chain()
    primary = MemoryProvider(node)
    client = make_client(gen, primary)
    sub = ActionSubmitter(client)
    await client.start()
    primary.go_offline()
    expired = Action(gen.chain_id, ALICE.public_key.raw, 0, FEE, 1, pay(ONE_EXC)).sign(ALICE)
    first = await sub.submit(expired)
    second = await sub.submit(await sub.build(ALICE, pay(ONE_EXC)))
    assert (first.status, second.status) == (OutboxStatus.PENDING, OutboxStatus.PENDING)
    assert second.nonce == 1
    primary.online = True
    await sub.flush()
    first, second = await sub.refresh([first.action_id, second.action_id])
    assert first.status is OutboxStatus.FAILED
    assert first.reason == "The action has expired."
    assert second.status is OutboxStatus.FAILED
    assert "nonce 0" in (second.reason or "")
    await client.aclose()


async def test_offline_actions_survive_a_restart_and_go_out_in_nonce_order(tmp_path: Path) -> None:
    gen, node = chain()
    primary = MemoryProvider(node)
    path = tmp_path / "light.sqlite"
    client = make_client(gen, primary, store=SqliteStore(path))
    sub = ActionSubmitter(client)
    await Queries(client).balance(ALICE.actor_id)  # proven once while online: the nonce is cached
    primary.go_offline()
    reports = [await sub.send(ALICE, pay(ONE_EXC, f"#{i}")) for i in range(3)]
    assert [r.status for r in reports] == [OutboxStatus.PENDING] * 3
    assert [r.nonce for r in reports] == [0, 1, 2]
    await client.aclose()

    # The app restarts; the node is back.
    primary = MemoryProvider(node)
    client = make_client(gen, primary, store=SqliteStore(path))
    sub = ActionSubmitter(client)
    sent = await sub.flush()
    assert [r.nonce for r in sent] == [0, 1, 2]
    submitted = [SignedAction.decode(raw) for what, raw in primary.requests if what == "submit_action"]
    assert [s.action.nonce for s in submitted] == [0, 1, 2]
    assert list(node.mempool) == [r.action_id for r in reports]
    node.produce()
    final = await sub.refresh()
    assert [r.status for r in final] == [OutboxStatus.INCLUDED] * 3
    # Nothing is left to send, and the same signed bytes sent again are refused by the chain.
    assert await sub.flush() == []
    with pytest.raises(RequestRejectedError, match="already committed"):
        await primary.submit_action(submitted[0].encode())
    node.produce()
    assert await Queries(client).balance(BOB.actor_id) == (3 * ONE_EXC, 4)
    assert await Queries(client).nonce(ALICE.actor_id) == 3
    await client.aclose()


async def test_an_action_sent_before_a_crash_is_recognized_as_applied(tmp_path: Path) -> None:
    gen, node = chain()
    primary = MemoryProvider(node)
    client = make_client(gen, primary)
    sub = ActionSubmitter(client)
    signed = await sub.build(ALICE, pay(ONE_EXC))
    node.submit(signed.encode())  # it reached the node, but the app crashed before recording that
    node.produce()
    report = await sub.submit(signed)
    assert report.status is OutboxStatus.INCLUDED
    assert report.height == 3
    assert await Queries(client).balance(BOB.actor_id) == (ONE_EXC, 3)
    await client.aclose()


async def test_an_action_a_restarted_node_forgot_is_sent_again() -> None:
    gen, node = chain()
    primary = MemoryProvider(node)
    client = make_client(gen, primary)
    sub = ActionSubmitter(client)
    report = await sub.send(ALICE, pay(ONE_EXC))
    assert report.status is OutboxStatus.SUBMITTED
    node.lose_mempool()
    await sub.flush()
    assert report.action_id in node.mempool
    node.produce()
    assert (await sub.wait(report.action_id, timeout_s=5)).status is OutboxStatus.INCLUDED
    await client.aclose()


async def test_an_action_never_included_by_its_expiry_is_reported_expired() -> None:
    gen, node = chain()
    client = make_client(gen, MemoryProvider(node))
    sub = ActionSubmitter(client)
    signed = Action(gen.chain_id, ALICE.public_key.raw, 0, FEE, 4, pay(ONE_EXC)).sign(ALICE)
    report = await sub.submit(signed)
    assert report.status is OutboxStatus.SUBMITTED
    node.lose_mempool()
    node.produce(3)
    await client.sync()
    (done,) = await sub.refresh([report.action_id])
    assert done.status is OutboxStatus.EXPIRED
    assert "expiry height 4" in (done.reason or "")
    await client.aclose()


async def test_submission_falls_back_to_a_witness() -> None:
    gen, node = chain()
    primary, witness = MemoryProvider(node, "p"), MemoryProvider(node, "w")
    client = make_client(gen, primary, [witness])
    sub = ActionSubmitter(client)
    await client.sync()
    primary.go_offline()
    report = await sub.send(ALICE, pay(ONE_EXC))
    assert report.status is OutboxStatus.SUBMITTED
    assert client.primary is witness
    await client.aclose()


async def test_badly_signed_or_foreign_actions_are_not_queued() -> None:
    gen, node = chain()
    client = make_client(gen, MemoryProvider(node))
    sub = ActionSubmitter(client)
    await client.start()
    foreign = Action("exc-other", ALICE.public_key.raw, 0, FEE, 100, pay(ONE_EXC)).sign(ALICE)
    with pytest.raises(ActionError, match="exc-other"):
        await sub.submit(foreign)
    good = Action(gen.chain_id, ALICE.public_key.raw, 0, FEE, 100, pay(ONE_EXC)).sign(ALICE)
    forged = type(good)(good.action, bytes(64))
    with pytest.raises(ActionError, match="does not verify"):
        await sub.submit(forged)
    await sub.submit(good)
    other = Action(gen.chain_id, ALICE.public_key.raw, 0, FEE, 100, pay(2 * ONE_EXC)).sign(ALICE)
    with pytest.raises(DuplicateActionError):
        await sub.submit(other)
    assert len(await sub.outbox()) == 1
    await client.aclose()
