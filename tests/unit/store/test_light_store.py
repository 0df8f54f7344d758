"""The profile as the light client's storage: it behaves like lightnode's reference MemoryStore."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

import pytest

from etalonium_desktop.store import Profile
from lightnode.errors import DuplicateActionError
from lightnode.store import LightStore, MemoryStore, OutboxStatus, VerifiedValue, new_entry
from lightnode.store import StoreError as LightStoreError
from lightnode.testing import ChainGenerator

Scenario = Callable[[LightStore], Coroutine[Any, Any, list[Any]]]


async def trusted_blocks(store: LightStore) -> list[Any]:
    gen = ChainGenerator(4)
    seen: list[Any] = [await store.latest_trusted()]
    await store.save_trusted(gen.light_blocks(1, 3))
    await store.save_trusted([gen.light_block(7), gen.light_block(10)])
    seen += [await store.trusted(h) for h in (1, 4, 7)]
    seen += [await store.latest_trusted(), await store.lowest_trusted()]
    seen += [await store.trusted_at_or_below(h) for h in (0, 6, 99)]
    seen += [await store.trusted_at_or_above(h) for h in (4, 10, 11)]
    seen.append(await store.prune_trusted(keep=3))
    seen += [await store.lowest_trusted(), await store.latest_trusted()]
    await store.clear_trusted()
    seen.append(await store.latest_trusted())
    return seen


async def verified_values(store: LightStore) -> list[Any]:
    await store.put_verified(VerifiedValue(b"balance", b"\x10", 12, b"r" * 32, 1))
    await store.put_verified(VerifiedValue(b"balance", b"\x99", 11, b"q" * 32, 2))
    await store.put_verified(VerifiedValue(b"nonce", None, 12, b"r" * 32, 3))
    seen = [
        await store.get_verified(b"balance"),
        await store.get_verified(b"nonce"),
        await store.get_verified(b"x"),
    ]
    await store.clear_verified()
    return [*seen, await store.get_verified(b"balance")]


async def outbox(store: LightStore) -> list[Any]:
    sender = b"\x05" * 20
    first, second = new_entry(b"a" * 32, sender, 4, b"signed-4"), new_entry(b"b" * 32, sender, 5, b"signed-5")
    await store.outbox_add(first)
    await store.outbox_add(second)
    seen: list[Any] = []
    for duplicate in (new_entry(b"c" * 32, sender, 5, b"x"), new_entry(b"a" * 32, sender, 9, b"x")):
        with pytest.raises(DuplicateActionError):
            await store.outbox_add(duplicate)
    submitted = await store.outbox_update(first.action_id, OutboxStatus.SUBMITTED, attempted=True)
    included = await store.outbox_update(first.action_id, OutboxStatus.INCLUDED, height=40)
    failed = await store.outbox_update(second.action_id, OutboxStatus.FAILED, error="too poor")
    with pytest.raises(LightStoreError):
        await store.outbox_update(first.action_id, OutboxStatus.PENDING)
    with pytest.raises(LightStoreError):
        await store.outbox_update(b"z" * 32, OutboxStatus.PENDING)
    # The failed action's nonce is free again.
    await store.outbox_add(new_entry(b"d" * 32, sender, 5, b"signed-5-again"))
    for entry in (submitted, included, failed):
        seen.append((entry.status, entry.attempts, entry.height, entry.last_error, entry.final))
    seen.append([(e.action_id, e.status) for e in await store.outbox_list()])
    seen.append([e.action_id for e in await store.outbox_list(OutboxStatus.PENDING, OutboxStatus.FAILED)])
    got = await store.outbox_get(first.action_id)
    assert got is not None
    seen.append((got.action, got.nonce, got.sender, got.height))
    seen.append(await store.outbox_get(b"missing"))
    return seen


async def metadata(store: LightStore) -> list[Any]:
    seen = [await store.get_meta("root")]
    await store.set_meta("root", b"genesis hash")
    seen.append(await store.get_meta("root"))
    await store.set_meta("root", None)
    seen.append(await store.get_meta("root"))
    return seen


def comparable(results: list[Any]) -> list[Any]:
    """Results without wall-clock stamps, which differ between two runs by nature."""
    return [
        VerifiedValue(r.key, r.value, r.height, r.state_root, 0) if isinstance(r, VerifiedValue) else r for r in results
    ]


@pytest.mark.parametrize("scenario", [trusted_blocks, verified_values, outbox, metadata])
def test_the_profile_store_behaves_like_the_reference_store(profile: Profile, scenario: Scenario) -> None:
    expected = asyncio.run(scenario(MemoryStore()))
    got = asyncio.run(scenario(profile.light_store(ChainGenerator(4).chain_id)))
    assert comparable(got) == comparable(expected)


def test_chains_are_kept_apart(profile: Profile) -> None:
    gen = ChainGenerator(4)

    async def scenario() -> None:
        mine, other = profile.light_store(gen.chain_id), profile.light_store("another-chain")
        await mine.save_trusted(gen.light_blocks(1, 2))
        await mine.set_meta("root", b"r")
        assert await other.latest_trusted() is None
        assert await other.get_meta("root") is None
        with pytest.raises(LightStoreError, match="cannot be stored for chain 'another-chain'"):
            await other.save_trusted([gen.light_block(3)])
        assert await mine.latest_trusted() == gen.light_block(2)

    asyncio.run(scenario())


def test_a_conflicting_header_is_refused(profile: Profile) -> None:
    gen = ChainGenerator(4)
    forged = ChainGenerator(4, salt=b"fork")

    async def scenario() -> None:
        store = profile.light_store(gen.chain_id)
        await store.save_trusted([gen.light_block(1)])
        with pytest.raises(LightStoreError, match="fork or an attack"):
            await store.save_trusted([forged.light_block(1)])
        assert await store.trusted(1) == gen.light_block(1)

    asyncio.run(scenario())


def test_a_locked_profile_reports_a_store_error(profile: Profile) -> None:
    store = profile.light_store("exc")
    profile.lock()
    with pytest.raises(LightStoreError, match="locked"):
        asyncio.run(store.latest_trusted())
