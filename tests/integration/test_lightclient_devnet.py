"""The light client against a real 4-validator devnet on 127.0.0.1: sync from genesis and across validator
set changes made by proposals, proven balances and absence, the offline queue across a node outage and a
client restart, and primary failover."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from pathlib import Path

import aiohttp
import pytest
import pytest_asyncio

from fullnode.devnet import Devnet
from lightnode.client import ClientOptions, GenesisRoot, LightClient, PrimaryReplaced, VerificationMode
from lightnode.errors import AttackDetectedError
from lightnode.http_provider import HttpProvider
from lightnode.protocol import state as S
from lightnode.protocol.actions import (
    Choice,
    Endorsement,
    Payload,
    Proposal,
    ProposalKind,
    ProposalVote,
    SkillClaim,
    Transfer,
)
from lightnode.protocol.chain import LightBlock, Validator, ValidatorSet
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.evidence import AttackKind
from lightnode.protocol.keys import PrivateKey
from lightnode.queries import Queries
from lightnode.store import LightStore, OutboxStatus, SqliteStore
from lightnode.submitter import ActionReport, ActionSubmitter
from lightnode.testing import LyingProvider, resign
from lightnode.verifier import validators_hash

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]

PARAMS = {"voting_period_blocks": 3, "proposal_min_reputation": 0, "min_release_timeout_blocks": 2}
SETTINGS = {
    "rate_limit_per_s": 2000.0,
    "rate_limit_burst": 4000.0,
    "timeout_propose_s": 1.5,
    "timeout_prevote_s": 0.5,
    "timeout_precommit_s": 0.5,
}


def devnet_at(path: Path) -> Devnet:
    return Devnet(4, path, base_port=0, chain_id="exc-lightclient", params=PARAMS, node_settings=SETTINGS, fresh=True)


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def devnet(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Devnet]:
    d = devnet_at(tmp_path_factory.mktemp("lightclient-devnet"))
    await d.start()
    try:
        yield d
    finally:
        await d.stop()


_open: list[LightClient] = []


@pytest_asyncio.fixture(loop_scope="module", autouse=True)
async def _close_clients() -> AsyncIterator[None]:
    """Every client a test opened is closed, whether the test passed or not."""
    yield
    while _open:
        await _open.pop().aclose()


def client_for(
    devnet: Devnet,
    primary: int,
    witnesses: Sequence[int] = (),
    *,
    store: LightStore | None = None,
    mode: VerificationMode = VerificationMode.SKIPPING,
) -> LightClient:
    assert devnet.genesis is not None
    client = LightClient(
        GenesisRoot(devnet.genesis.hash()),
        HttpProvider(devnet.api_url(primary), name=f"node{primary}"),
        [HttpProvider(devnet.api_url(i), name=f"node{i}") for i in witnesses],
        store=store,
        options=ClientOptions(mode=mode),
        close_store=True,
    )
    _open.append(client)
    return client


async def until_height(client: LightClient, height: int) -> None:
    """Follow the primary's pushed headers (verified) until `height`."""
    if (await client.sync()).height >= height:
        return
    async for tb in client.headers():
        if tb.height >= height:
            return


async def included(sub: ActionSubmitter, key: PrivateKey, payload: Payload) -> ActionReport:
    report = await sub.send(key, payload)
    assert report.status is OutboxStatus.SUBMITTED, report
    done = await sub.wait(report.action_id, timeout_s=30)
    assert done.status is OutboxStatus.INCLUDED, done
    return done


async def test_sync_from_genesis_balances_and_absence(devnet: Devnet) -> None:
    client = client_for(devnet, 0, [1, 2])
    await until_height(client, 2)
    tb = client.latest
    assert tb.height >= 2
    assert tb.hash == (await client.trusted_block(tb.height)).hash  # type: ignore[union-attr]
    assert client.witnesses
    assert client.halted is None
    q = Queries(client)
    alice, bob = devnet.demo_keys["alice"], devnet.demo_keys["bob"]
    before, _ = await q.balance(bob.actor_id)
    sub = ActionSubmitter(client)
    done = await included(sub, alice, Transfer(bob.actor_id, 3 * ONE_EXC, "integration"))
    after, height = await q.balance(bob.actor_id)
    assert after == before + 3 * ONE_EXC
    assert height >= (done.height or 0)
    receipt = (await q.receipt(done.action_id)).value
    assert receipt is not None
    assert receipt.status == S.ReceiptStatus.OK
    nobody = await q.account(PrivateKey(b"\x33" * 32).actor_id)
    assert not nobody.present
    assert nobody.value == S.EMPTY_ACCOUNT
    await client.aclose()


async def test_sync_across_validator_set_changes_made_by_proposals(devnet: Devnet) -> None:
    assert devnet.genesis is not None
    alice, bob = devnet.demo_keys["alice"], devnet.demo_keys["bob"]
    client = client_for(devnet, 1, [2, 3])
    sub = ActionSubmitter(client)
    q = Queries(client)
    # Bob earns a little reputation (an endorsement), so that his vote carries weight.
    await included(sub, bob, SkillClaim("runway modelling", "catwalk, editorial"))
    await included(sub, alice, Endorsement(bob.actor_id, "runway modelling", b"", "great walk"))
    first_key = devnet.genesis.validators.validators[0].public_key
    newcomer = PrivateKey(b"\x51" * 32).public_key.raw
    proposals = []
    for key, power in ((first_key, 30), (newcomer, 5)):
        p = Proposal(ProposalKind.VALIDATOR, "validators", "", "", 0, key, power, b"", 0)
        proposals.append((await included(sub, alice, p)).action_id)
    for pid in proposals:
        await included(sub, bob, ProposalVote(pid, Choice.YES))
    records = [(await q.proposal(pid)).value for pid in proposals]
    end = max(r.end_height for r in records if r is not None)
    await until_height(client, end + 2)
    for pid in proposals:
        record = (await q.proposal(pid)).value
        assert record is not None
        assert (record.status, record.executed) == (S.ProposalStatus.PASSED, 1), record.outcome
    expected = ValidatorSet.of(
        [Validator(first_key, 30), Validator(newcomer, 5)]
        + [v for v in devnet.genesis.validators.validators if v.public_key != first_key]
    )
    tip = client.latest
    assert tip.validators == expected
    assert tip.light_block is not None
    assert tip.light_block.header.validators_hash == validators_hash(expected)
    await client.aclose()
    # Fresh clients reach the same tip from the genesis, by skipping and header by header across the change.
    for mode in (VerificationMode.SKIPPING, VerificationMode.SEQUENTIAL):
        fresh = client_for(devnet, 2, [3], mode=mode)
        reached = await fresh.verify_to_height(tip.height)
        assert reached.hash == tip.hash
        await fresh.aclose()


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def faulty_devnet(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Devnet]:
    d = devnet_at(tmp_path_factory.mktemp("lightclient-faults"))
    await d.start()
    try:
        yield d
    finally:
        await d.stop()


async def test_offline_queue_across_a_node_outage_and_a_client_restart(faulty_devnet: Devnet, tmp_path: Path) -> None:
    devnet = faulty_devnet
    alice, carol = devnet.demo_keys["alice"], devnet.demo_keys["carol"]
    path = tmp_path / "light.sqlite"
    client = client_for(devnet, 0, store=SqliteStore(path))
    q = Queries(client)
    carol_before, _ = await q.balance(carol.actor_id)
    alice_nonce = await q.nonce(alice.actor_id)
    await devnet.stop_node(0)  # the only node this client knows goes away
    sub = ActionSubmitter(client)
    queued = [await sub.send(alice, Transfer(carol.actor_id, (i + 1) * ONE_EXC, f"offline #{i}")) for i in range(3)]
    assert [r.status for r in queued] == [OutboxStatus.PENDING] * 3
    assert [r.nonce for r in queued] == [alice_nonce, alice_nonce + 1, alice_nonce + 2]
    await client.aclose()

    await devnet.start_node(0)  # the node returns (on a new port); the app restarts
    client = client_for(devnet, 0, store=SqliteStore(path))
    sub = ActionSubmitter(client)
    assert [r.status for r in await sub.outbox()] == [OutboxStatus.PENDING] * 3
    sent = await sub.flush()
    assert [r.nonce for r in sent] == [r.nonce for r in queued]
    for r in queued:
        assert (await sub.wait(r.action_id, timeout_s=30)).status is OutboxStatus.INCLUDED
    q = Queries(client)
    assert (await q.balance(carol.actor_id))[0] == carol_before + 6 * ONE_EXC
    assert await q.nonce(alice.actor_id) == alice_nonce + 3  # each applied exactly once
    assert await sub.flush() == []
    await client.aclose()


async def test_primary_failover(faulty_devnet: Devnet) -> None:
    devnet = faulty_devnet
    client = client_for(devnet, 1, [2, 3])
    replaced: list[PrimaryReplaced] = []
    client.add_listener(lambda e: replaced.append(e) if isinstance(e, PrimaryReplaced) else None)
    start = await client.sync()
    await devnet.stop_node(1, kill=True)
    # Three of four validators keep the chain going; the client moves to a witness and follows it.
    await until_height(client, start.height + 2)
    assert [(e.old, e.new) for e in replaced] == [("node1", "node2")]
    assert client.primary.name == "node2"
    bob = devnet.demo_keys["bob"]
    balance, height = await Queries(client).balance(bob.actor_id)
    assert height >= start.height + 2
    assert balance > 0
    await client.aclose()
    await devnet.start_node(1)


async def test_an_equivocating_witness_is_caught_and_the_node_keeps_the_evidence(devnet: Devnet) -> None:
    """The devnet's validators (their keys, as byzantine validators would) sign a second block at the
    next heights; a witness serves those. The client halts with evidence, and the real node accepts it."""
    assert devnet.genesis is not None
    keys = devnet.validator_keys
    forge_above = 2**62  # honest until the client trusts a head

    def equivocate(lb: LightBlock) -> LightBlock:
        if lb.height <= forge_above:
            return lb
        root = bytes(b ^ 0xFF for b in lb.header.state_root)
        return resign(lb, keys, state_root=root)

    witness = LyingProvider(HttpProvider(devnet.api_url(2), name="node2"), name="liar", light_block=equivocate)
    client = client_for(devnet, 0)
    client.add_witness(witness)
    forge_above = (await client.sync()).height
    with pytest.raises(AttackDetectedError) as info:
        await until_height(client, forge_above + 2)
    evidence = info.value.evidence
    assert evidence is not None
    assert evidence.kind in (AttackKind.EQUIVOCATION, AttackKind.AMNESIA)
    assert evidence.common_height == forge_above
    assert evidence.height == forge_above + 1
    # Everyone whose signature is in both commits (the node's own commit may hold three of the four).
    assert len(evidence.byzantine_validators) >= 3
    assert set(evidence.byzantine_validators) <= {k.public_key.raw for k in keys}
    assert client.latest.height == forge_above
    assert witness.reported == [evidence]
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"{devnet.api_url(0)}/v1/evidence") as response,
    ):
        listed = (await response.json())["evidence"]
    assert any(e["kind"] == "light_client_attack" and e["height"] == evidence.height for e in listed), listed
