"""Lying nodes: every attack of the issue is rejected with its own error, over the in-memory provider and
over loopback HTTP (the node API format). Forks between primary and witness yield evidence and a halt, and
no test ever ends with the client trusting a header that a witness contradicts."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import replace

import pytest

from lightnode.client import AttackDetected, Checkpoint, LightClient
from lightnode.errors import (
    AttackDetectedError,
    ChainIdMismatchError,
    ClientHaltedError,
    HeaderFromFutureError,
    InsufficientVotingPowerError,
    InvalidSignatureError,
    NextValidatorsMismatchError,
    StateProofError,
    TrustExpiredError,
    ValidatorsHashMismatchError,
)
from lightnode.http_provider import HttpProvider
from lightnode.protocol import state as S
from lightnode.protocol.chain import LightBlock, Validator, ValidatorSet
from lightnode.protocol.evidence import AttackKind
from lightnode.provider import Provider, StateProof
from lightnode.queries import Queries
from lightnode.store import MemoryStore
from lightnode.testing import (
    ChainGenerator,
    LoopbackServer,
    LyingProvider,
    MemoryProvider,
    SimulatedNode,
    forge_signature,
    keep_signatures,
    key_from,
    resign,
    validator_keys,
)
from lightnode.verifier import DEFAULT_TRUSTING_PERIOD_MS

from .helpers import chain_clock, make_client

pytestmark = pytest.mark.asyncio

TIP = 20


@pytest.fixture(params=["memory", "http"])
def transport(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@contextlib.asynccontextmanager
async def over(kind: str, providers: Sequence[Provider]) -> AsyncIterator[list[Provider]]:
    """The providers as the client reaches them: directly, or through a loopback HTTP server each."""
    if kind == "memory":
        yield list(providers)
        return
    servers = [LoopbackServer(p) for p in providers]
    clients: list[Provider] = []
    try:
        for server, p in zip(servers, providers, strict=True):
            clients.append(HttpProvider(await server.start(), name=p.name))
        yield clients
    finally:
        for c in clients:
            await c.aclose()
        for server in servers:
            await server.stop()


def at_tip(alter: Callable[[LightBlock], LightBlock]) -> Callable[[LightBlock], LightBlock]:
    def f(lb: LightBlock) -> LightBlock:
        return alter(lb) if lb.height == TIP else lb

    return f


async def assert_rejected(
    kind: str, liar: Provider, gen: ChainGenerator, error: type[Exception], match: str = ""
) -> LightClient:
    """Sync through `liar` as primary (an honest witness behind it) and expect `error`; nothing is trusted."""
    honest = MemoryProvider(gen, "honest")
    async with over(kind, [liar, honest]) as (primary, witness):
        client = make_client(gen, primary, [witness])
        with pytest.raises(error, match=match):
            await client.sync()
        assert client.latest.height < TIP
        assert await client.store.trusted(TIP) is None
        assert client.halted is None
        # The primary served something invalid: the client no longer relies on it.
        assert client.primary is witness
        assert (await client.sync()).hash == gen.hash(TIP)
        await client.aclose()
        return client


async def test_forged_commit_signatures(transport: str) -> None:
    gen = ChainGenerator(4, tip=TIP)
    liar = LyingProvider(MemoryProvider(gen), name="liar", light_block=at_tip(forge_signature))
    await assert_rejected(transport, liar, gen, InvalidSignatureError, "forged or corrupted")


async def test_insufficient_voting_power(transport: str) -> None:
    gen = ChainGenerator(4, tip=TIP)
    liar = LyingProvider(MemoryProvider(gen), name="liar", light_block=at_tip(lambda lb: keep_signatures(lb, 2)))
    await assert_rejected(transport, liar, gen, InsufficientVotingPowerError, "more than 2/3")


async def test_wrong_validator_set_sent_with_a_header(transport: str) -> None:
    gen = ChainGenerator(4, tip=TIP)
    fake = ValidatorSet.of(Validator(k.public_key.raw, 10) for k in validator_keys(4, namespace="fake"))
    liar = LyingProvider(MemoryProvider(gen), name="liar", light_block=at_tip(lambda lb: replace(lb, validators=fake)))
    await assert_rejected(transport, liar, gen, ValidatorsHashMismatchError, "not the one its header names")


async def test_header_signed_by_a_validator_set_the_chain_never_had(transport: str) -> None:
    gen = ChainGenerator(4, tip=TIP)
    fake_keys = validator_keys(4, namespace="fake")
    fake = ValidatorSet.of(Validator(k.public_key.raw, 10) for k in fake_keys)
    liar = LyingProvider(
        MemoryProvider(gen),
        name="liar",
        light_block=at_tip(lambda lb: resign(lb, fake_keys, validators=fake)),
    )
    # Too little trusted power signed it, so the client bisects down to the adjacent header, whose
    # announced next validators are not these.
    await assert_rejected(transport, liar, gen, NextValidatorsMismatchError, "announced")


async def test_header_from_another_chain(transport: str) -> None:
    gen = ChainGenerator(4, tip=TIP)
    other = ChainGenerator(gen.keys(1), chain_id="exc-elsewhere", tip=TIP)
    liar = LyingProvider(MemoryProvider(gen), name="liar", source=other)
    await assert_rejected(transport, liar, gen, ChainIdMismatchError, "exc-elsewhere")


async def test_far_future_time(transport: str) -> None:
    gen = ChainGenerator(4, tip=TIP)
    future = chain_clock(gen)() + 24 * 3600 * 1000
    liar = LyingProvider(
        MemoryProvider(gen),
        name="liar",
        light_block=at_tip(lambda lb: resign(lb, gen.keys(TIP), time_ms=future)),
    )
    await assert_rejected(transport, liar, gen, HeaderFromFutureError, "in the future")


async def test_expired_trust_root(transport: str) -> None:
    gen = ChainGenerator(4, tip=TIP)
    async with over(transport, [MemoryProvider(gen)]) as (primary,):
        late = gen.time_of(10) + DEFAULT_TRUSTING_PERIOD_MS + 1
        client = LightClient(Checkpoint(10, gen.hash(10)), primary, chain_id=gen.chain_id, clock=lambda: late)
        await client.start()
        with pytest.raises(TrustExpiredError, match="checkpoint"):
            await client.sync()
        assert client.latest.height == 10
        await client.aclose()
        genesis_client = make_client(gen, primary, clock=lambda: gen.genesis_time_ms + DEFAULT_TRUSTING_PERIOD_MS)
        with pytest.raises(TrustExpiredError):
            await genesis_client.sync()
        await genesis_client.aclose()


def _richer(sp: StateProof) -> StateProof:
    assert sp.value is not None
    account = S.Account.decode(sp.value)
    return replace(sp, value=replace(account, balance=account.balance + 10**21).encode())


def _other_sibling(sp: StateProof) -> StateProof:
    siblings = list(sp.proof.siblings)
    siblings[0] = bytes([siblings[0][0] ^ 1]) + siblings[0][1:]
    return replace(sp, proof=replace(sp.proof, siblings=tuple(siblings)))


def _claims_absent(sp: StateProof) -> StateProof:
    return replace(sp, value=None)


@pytest.mark.parametrize("alter", [_richer, _other_sibling, _claims_absent], ids=["value", "sibling", "absent"])
async def test_altered_state_proof(transport: str, alter: object) -> None:
    alice = key_from("alice")
    gen = ChainGenerator(4, accounts=[(alice.actor_id, 5 * 10**18), (key_from("bob").actor_id, 1)])
    node = SimulatedNode(gen)
    node.produce(3)
    liar = LyingProvider(MemoryProvider(node), name="liar", state_proof=alter)
    async with over(transport, [liar]) as (primary,):
        client = make_client(gen, primary)
        with pytest.raises(StateProofError, match="does not match the verified"):
            await Queries(client).balance(alice.actor_id)
        assert await client.cached_state(S.account_key(alice.actor_id)) is None
        await client.aclose()
    honest = make_client(gen, MemoryProvider(node))
    assert await Queries(honest).balance(alice.actor_id) == (5 * 10**18, 3)
    await honest.aclose()


# --- forks between primary and witness ----------------------------------------------------------------------


def lunatic(gen: ChainGenerator, at: int) -> ChainGenerator:
    """Two byzantine validators (1/2 of the power: more than the 1/3 trust level) sign blocks of a set they
    made up with two keys of their own."""
    byzantine = list(gen.keys(1)[:2])
    return gen.fork(at, validators=[*byzantine, *validator_keys(2, namespace="lunatic")])


def equivocation(gen: ChainGenerator, at: int) -> ChainGenerator:
    """The same validators sign a second chain from `at` on (other state roots)."""
    return gen.fork(at)


@pytest.mark.parametrize("liar_is", ["witness", "primary"])
@pytest.mark.parametrize(
    ("make_fork", "kind", "signers"),
    [(lunatic, AttackKind.LUNATIC, 2), (equivocation, AttackKind.EQUIVOCATION, 4)],
    ids=["lunatic", "equivocation"],
)
async def test_a_fork_yields_evidence_and_a_halt(
    transport: str, liar_is: str, make_fork: object, kind: AttackKind, signers: int
) -> None:
    gen = ChainGenerator(4, tip=10)
    fork = make_fork(gen, 14)  # type: ignore[operator]
    honest = MemoryProvider(gen, "honest")
    forked = LyingProvider(MemoryProvider(gen), name="forked", source=fork)
    providers = [forked, honest] if liar_is == "primary" else [honest, forked]
    async with over(transport, providers) as (primary, witness):
        events: list[object] = []
        store = MemoryStore()
        client = make_client(gen, primary, [witness], store=store, events=events)
        assert (await client.sync()).height == 10  # both chains agree up to here
        gen.tip = fork.tip = TIP
        with pytest.raises(AttackDetectedError) as info:
            await client.sync()
        evidence = info.value.evidence
        assert evidence is not None
        assert evidence.kind == kind
        assert evidence.common_height == 10
        assert evidence.common_hash == gen.hash(10)
        if kind is AttackKind.EQUIVOCATION:
            assert evidence.height == 14  # pinned down to the first height where the chains differ
        assert {evidence.block_a.header.hash(), evidence.block_b.header.hash()} == {
            gen.hash(evidence.height),
            fork.hash(evidence.height),
        }
        assert len(evidence.byzantine_validators) == signers
        assert set(evidence.byzantine_validators) <= {k.public_key.raw for k in gen.keys(1)}
        evidence.verify_signatures()
        # Evidence went to both nodes; the client halted and trusts nothing either side contradicts.
        assert [e.hash() for e in honest.reported] == [evidence.hash()]
        assert [e.hash() for e in forked.reported] == [evidence.hash()]
        assert any(isinstance(e, AttackDetected) for e in events)
        assert client.latest.height == 10
        for h in range(11, TIP + 1):
            assert await store.trusted(h) is None
        with pytest.raises(ClientHaltedError):
            await client.sync()
        with pytest.raises(ClientHaltedError):
            await Queries(client).balance(b"\x01" * 20)
        await client.aclose()
        # The halt survives a restart, until the user clears it.
        again = make_client(gen, primary, [witness], store=store)
        await again.start()
        assert again.halted is not None
        assert again.halted.evidence == evidence
        with pytest.raises(ClientHaltedError):
            await again.sync()
        await again.clear_halt()
        assert again.halted is None
        await again.aclose()
