"""The light client against in-memory nodes: trust roots, skipping and sequential sync, bisection without
refetching, backwards verification, persistence, witnesses and primary failover."""

from __future__ import annotations

import asyncio
from collections import Counter

import pytest

from lightnode.client import (
    Checkpoint,
    ClientOptions,
    GenesisRoot,
    HeaderVerified,
    LightClient,
    PrimaryReplaced,
    ProviderDropped,
    VerificationMode,
)
from lightnode.errors import (
    InvalidSignatureError,
    LightBlockNotFoundError,
    NoWitnessesError,
    ProviderUnavailableError,
    TrustRootMismatchError,
)
from lightnode.store import MemoryStore, SqliteStore
from lightnode.testing import (
    ChainGenerator,
    LyingProvider,
    MemoryProvider,
    SimulatedNode,
    forge_signature,
    rotating_schedule,
    validator_keys,
)
from lightnode.verifier import SignatureChecker

from .helpers import chain_clock, heights_fetched, make_client

pytestmark = pytest.mark.asyncio


async def test_sync_from_genesis_skips_to_the_tip_with_a_stable_set() -> None:
    gen = ChainGenerator(4, tip=1000)
    primary, witness = MemoryProvider(gen, "primary"), MemoryProvider(gen, "witness")
    events: list[object] = []
    client = make_client(gen, primary, [witness], events=events)
    tb = await client.sync()
    assert tb.height == 1000
    assert tb.hash == gen.hash(1000)
    assert heights_fetched(primary.requests) == [None]
    assert heights_fetched(witness.requests) == [1000]
    assert [type(e) for e in events] == [HeaderVerified]
    assert (await client.store.latest_trusted()) == gen.light_block(1000)
    await client.aclose()


async def test_sequential_mode_verifies_every_header() -> None:
    gen = ChainGenerator(4, tip=300)
    primary = MemoryProvider(gen)
    client = make_client(gen, primary, options=ClientOptions(mode=VerificationMode.SEQUENTIAL, sequential_batch=64))
    tb = await client.sync()
    assert tb.height == 300
    assert client.stats.primary == 300
    await client.aclose()


async def test_sequential_mode_stops_at_a_forged_header_and_keeps_what_verified() -> None:
    gen = ChainGenerator(4, tip=100)
    # LyingProvider serves ranges through its (altering) light_block.
    liar = LyingProvider(MemoryProvider(gen), light_block=lambda lb: forge_signature(lb) if lb.height == 57 else lb)
    client = make_client(gen, liar, options=ClientOptions(mode=VerificationMode.SEQUENTIAL, sequential_batch=10))
    with pytest.raises(InvalidSignatureError) as info:
        await client.sync()
    assert info.value.height == 57
    assert client.latest.height == 0
    await client.aclose()


async def test_bisection_across_validator_changes_fetches_nothing_twice() -> None:
    keys = validator_keys(10)
    # Every 100 blocks, 4 of 10 validators are replaced: two changes leave less than 1/3 of the old set.
    changes = rotating_schedule(10, 4, 100, 1000)
    gen = ChainGenerator(keys, changes=changes, tip=1000)
    primary, witness = MemoryProvider(gen, "p"), MemoryProvider(gen, "w")
    client = make_client(gen, primary, [witness])
    tb = await client.sync()
    assert tb.hash == gen.hash(1000)
    fetched = heights_fetched(primary.requests)
    assert len(fetched) == len(set(fetched)), f"a height was fetched twice: {fetched}"
    assert 2 < len(fetched) <= 12
    # Every header verified on the way was cross-checked with the witness.
    stored = [h for h in range(1, 1001) if (await client.store.trusted(h)) is not None]
    assert sorted(heights_fetched(witness.requests)) == stored
    await client.aclose()


async def test_a_rotated_set_still_verifies_in_sequential_mode() -> None:
    gen = ChainGenerator(validator_keys(7), changes=rotating_schedule(7, 7, 20, 100), tip=100)
    client = make_client(gen, MemoryProvider(gen), options=ClientOptions(mode=VerificationMode.SEQUENTIAL))
    assert (await client.sync()).hash == gen.hash(100)
    await client.aclose()


async def test_verify_to_height_below_the_trusted_one_goes_backwards_or_forwards() -> None:
    gen = ChainGenerator(4, tip=200)
    primary = MemoryProvider(gen)
    cp = Checkpoint(150, gen.hash(150))
    client = LightClient(cp, primary, chain_id=gen.chain_id, clock=chain_clock(gen), checker=SignatureChecker())
    await client.start()
    assert client.latest.height == 150
    older = await client.verify_to_height(140)
    assert older.hash == gen.hash(140)
    assert heights_fetched(primary.requests) == [150]  # 140..149 came as one range request
    newer = await client.verify_to_height(180)
    assert newer.hash == gen.hash(180)
    between = await client.verify_to_height(160)
    assert between.hash == gen.hash(160)
    assert client.latest.height == 180
    await client.aclose()


async def test_a_checkpoint_that_the_node_does_not_match_is_refused() -> None:
    gen = ChainGenerator(4, tip=50)
    client = LightClient(
        Checkpoint(20, b"\x01" * 32), MemoryProvider(gen), chain_id=gen.chain_id, clock=chain_clock(gen)
    )
    with pytest.raises(TrustRootMismatchError, match="checkpoint"):
        await client.start()
    await client.aclose()


async def test_a_genesis_hash_that_the_node_does_not_match_is_refused() -> None:
    gen = ChainGenerator(4, tip=5)
    other = ChainGenerator(4, chain_id="exc-other", tip=5)
    client = make_client(other, MemoryProvider(gen))
    with pytest.raises(TrustRootMismatchError, match="genesis"):
        await client.sync()
    await client.aclose()


async def test_the_trusted_state_survives_a_restart(tmp_path: object) -> None:
    gen = ChainGenerator(4, tip=100)
    path = f"{tmp_path}/light.sqlite"
    first = make_client(gen, MemoryProvider(gen), store=SqliteStore(path))
    await first.sync()
    await first.aclose()
    primary = MemoryProvider(gen)
    second = make_client(gen, primary, store=SqliteStore(path))
    latest = await second.start()
    assert latest.height == 100
    assert primary.requests == []  # no genesis fetch, nothing re-verified
    gen.tip = 150
    assert (await second.sync()).height == 150
    await second.aclose()


async def test_a_store_of_another_trust_root_is_refused() -> None:
    gen = ChainGenerator(4, tip=10)
    store = MemoryStore()
    await make_client(gen, MemoryProvider(gen), store=store).sync()
    other = LightClient(Checkpoint(5, gen.hash(5)), MemoryProvider(gen), chain_id=gen.chain_id, store=store)
    with pytest.raises(TrustRootMismatchError, match="another trust root"):
        await other.start()
    await other.aclose()


async def test_an_unresponsive_primary_is_replaced_by_a_witness() -> None:
    gen = ChainGenerator(4, tip=20)
    primary, w1, w2 = MemoryProvider(gen, "p"), MemoryProvider(gen, "w1"), MemoryProvider(gen, "w2")
    events: list[object] = []
    client = make_client(gen, primary, [w1, w2], events=events)
    await client.sync()
    primary.go_offline()
    gen.tip = 30
    assert (await client.sync()).height == 30
    assert client.primary is w1
    assert client.witnesses == (w2,)
    assert any(isinstance(e, PrimaryReplaced) and e.old == "p" and e.new == "w1" for e in events)
    await client.aclose()


async def test_with_every_node_down_the_error_says_so() -> None:
    gen = ChainGenerator(4, tip=20)
    primary = MemoryProvider(gen, "p")
    client = make_client(gen, primary)
    await client.sync()
    primary.go_offline()
    with pytest.raises(ProviderUnavailableError, match="does not answer"):
        await client.sync()
    assert client.latest.height == 20
    await client.aclose()


async def test_a_witness_that_keeps_failing_is_dropped() -> None:
    gen = ChainGenerator(4, tip=5)
    primary, witness = MemoryProvider(gen, "p"), MemoryProvider(gen, "w")
    events: list[object] = []
    client = make_client(gen, primary, [witness], events=events, options=ClientOptions(max_witness_failures=3))
    witness.go_offline()
    for tip in (6, 7):
        gen.tip = tip
        await client.sync()
        assert client.witnesses == (witness,)
    gen.tip = 8
    await client.sync()
    assert client.witnesses == ()
    assert any(isinstance(e, ProviderDropped) and e.name == "w" for e in events)
    await client.aclose()


async def test_a_witness_that_recovers_is_forgiven() -> None:
    gen = ChainGenerator(4, tip=5)
    primary, witness = MemoryProvider(gen, "p"), MemoryProvider(gen, "w")
    client = make_client(gen, primary, [witness], options=ClientOptions(max_witness_failures=2))
    for tip in range(6, 12):
        gen.tip = tip
        witness.online = tip % 2 == 0
        await client.sync()
    assert client.witnesses == (witness,)
    await client.aclose()


async def test_a_witness_that_lags_gets_time_to_catch_up() -> None:
    gen = ChainGenerator(4, tip=10)
    behind = ChainGenerator(4, tip=9)
    primary, witness = MemoryProvider(gen, "p"), MemoryProvider(behind, "w")
    client = make_client(gen, primary, [witness], options=ClientOptions(witness_retry_delay_s=0.01))

    def catch_up(what: str, height: object) -> None:
        # The witness has height 10 only from its third time of being asked.
        if what == "light_block" and len(heights_fetched(witness.requests)) == 3:
            behind.tip = 10

    witness.on_request = catch_up
    assert (await client.sync()).height == 10
    assert heights_fetched(witness.requests) == [10, 10, 10]
    assert client.witnesses == (witness,)
    await client.aclose()


async def test_a_witness_answering_with_a_forged_header_is_dropped_as_a_liar() -> None:
    # A header whose commit does not verify contradicts nothing (it proves nothing): as in CometBFT, the
    # witness that sent it is dropped, and the verified header stands.
    gen = ChainGenerator(4, tip=10)
    honest = MemoryProvider(gen, "p")
    liar = LyingProvider(MemoryProvider(gen), name="liar", source=gen.fork(5), light_block=forge_signature)
    events: list[object] = []
    client = make_client(gen, honest, [liar], events=events)
    assert (await client.sync()).hash == gen.hash(10)
    assert client.witnesses == ()
    assert any(isinstance(e, ProviderDropped) and "does not verify" in e.reason for e in events)
    assert client.halted is None
    await client.aclose()


async def test_when_every_witness_is_gone_cross_checking_can_be_required() -> None:
    gen = ChainGenerator(4, tip=10)
    witness = MemoryProvider(gen, "w")
    client = make_client(
        gen,
        MemoryProvider(gen),
        [witness],
        options=ClientOptions(require_witnesses=True, max_witness_failures=1),
    )
    witness.go_offline()
    await client.sync()  # the failing witness is dropped during this sync
    gen.tip = 11
    with pytest.raises(NoWitnessesError):
        await client.sync()
    assert client.latest.height == 10
    await client.aclose()


async def test_asking_for_a_height_the_chain_does_not_have_yet() -> None:
    gen = ChainGenerator(4, tip=10)
    client = make_client(gen, MemoryProvider(gen))
    with pytest.raises(LightBlockNotFoundError):
        await client.verify_to_height(11)
    await client.aclose()


async def test_new_headers_are_followed_and_verified_as_the_node_announces_them() -> None:
    gen = ChainGenerator(4)
    node = SimulatedNode(gen)
    node.produce(3)
    primary, witness = MemoryProvider(node, "p"), MemoryProvider(node, "w")
    client = make_client(gen, primary, [witness])
    await client.sync()
    seen: list[int] = []

    async def follow() -> None:
        async for tb in client.headers():
            seen.append(tb.height)
            if tb.height == 6:
                return

    task = asyncio.create_task(follow())
    await node.wait_for_subscriber()
    for _ in range(3):
        node.produce()
        await client.wait_for_height(node.height)
    await asyncio.wait_for(task, 5)
    assert seen == [4, 5, 6]
    assert heights_fetched(witness.requests)[-3:] == [4, 5, 6]
    await client.aclose()


async def test_nothing_is_fetched_twice_across_calls() -> None:
    gen = ChainGenerator(4, tip=64)
    primary = MemoryProvider(gen)
    client = make_client(gen, primary)
    await client.verify_to_height(40)
    await client.verify_to_height(40)
    await client.verify_to_height(64)
    await client.verify_to_height(40)
    counts = Counter(heights_fetched(primary.requests))
    assert all(n == 1 for n in counts.values()), counts
    await client.aclose()


async def test_genesis_given_out_of_band_is_not_fetched() -> None:
    gen = ChainGenerator(4, tip=5)
    primary = MemoryProvider(gen)
    client = LightClient(GenesisRoot(gen.genesis_hash, gen.genesis), primary, clock=chain_clock(gen))
    await client.sync()
    assert [w for w, _ in primary.requests if w == "genesis"] == []
    await client.aclose()
