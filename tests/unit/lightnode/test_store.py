"""The storage interface: both implementations behave alike, and the SQLite one survives reopening."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from lightnode.errors import DuplicateActionError
from lightnode.store import (
    LightStore,
    MemoryStore,
    OutboxStatus,
    SqliteStore,
    StoreError,
    VerifiedValue,
    new_entry,
)
from lightnode.testing import ChainGenerator

pytestmark = pytest.mark.asyncio


@pytest_asyncio.fixture(params=["memory", "sqlite"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[LightStore]:
    s: LightStore = MemoryStore() if request.param == "memory" else SqliteStore(tmp_path / "light.sqlite")
    yield s
    await s.aclose()


async def test_trusted_blocks_by_height(store: LightStore) -> None:
    gen = ChainGenerator(4, tip=50)
    assert await store.latest_trusted() is None
    await store.save_trusted([gen.light_block(h) for h in (10, 20, 30)])
    assert (await store.latest_trusted()) == gen.light_block(30)
    assert (await store.lowest_trusted()) == gen.light_block(10)
    assert (await store.trusted(20)) == gen.light_block(20)
    assert await store.trusted(25) is None
    assert (await store.trusted_at_or_below(25)) == gen.light_block(20)
    assert (await store.trusted_at_or_above(25)) == gen.light_block(30)
    assert await store.trusted_at_or_below(5) is None
    assert await store.trusted_at_or_above(31) is None
    assert await store.prune_trusted(2) == 1
    assert await store.trusted(10) is None
    await store.clear_trusted()
    assert await store.latest_trusted() is None


async def test_a_proven_value_is_not_replaced_by_an_older_one(store: LightStore) -> None:
    await store.put_verified(VerifiedValue(b"k", b"new", 10, b"r" * 32, 1))
    await store.put_verified(VerifiedValue(b"k", b"old", 5, b"r" * 32, 2))
    got = await store.get_verified(b"k")
    assert got is not None
    assert got.value == b"new"
    await store.put_verified(VerifiedValue(b"k", None, 11, b"r" * 32, 3))
    got = await store.get_verified(b"k")
    assert got is not None
    assert got.value is None
    assert got.height == 11


async def test_outbox_orders_by_sender_and_nonce_and_refuses_duplicates(store: LightStore) -> None:
    a, b = b"\x01" * 20, b"\x02" * 20
    for sender, nonce in [(b, 0), (a, 1), (a, 0)]:
        await store.outbox_add(new_entry(bytes([nonce]) + sender + b"\x00" * 11, sender, nonce, b"raw"))
    listed = await store.outbox_list()
    assert [(e.sender, e.nonce) for e in listed] == [(a, 0), (a, 1), (b, 0)]
    with pytest.raises(DuplicateActionError, match="nonce 0"):
        await store.outbox_add(new_entry(b"\x09" * 32, a, 0, b"other"))
    with pytest.raises(DuplicateActionError):
        await store.outbox_add(listed[0])


async def test_outbox_status_moves_forward_and_final_is_final(store: LightStore) -> None:
    sender = b"\x01" * 20
    entry = new_entry(b"\x05" * 32, sender, 0, b"raw")
    await store.outbox_add(entry)
    e = await store.outbox_update(entry.action_id, OutboxStatus.SUBMITTED, attempted=True)
    assert e.status is OutboxStatus.SUBMITTED
    assert e.attempts == 1
    assert [x.action_id for x in await store.outbox_list(OutboxStatus.SUBMITTED)] == [entry.action_id]
    e = await store.outbox_update(entry.action_id, OutboxStatus.INCLUDED, height=7)
    assert e.final
    assert e.height == 7
    with pytest.raises(StoreError, match="already included"):
        await store.outbox_update(entry.action_id, OutboxStatus.PENDING)


async def test_a_failed_nonce_can_be_used_again(store: LightStore) -> None:
    sender = b"\x01" * 20
    first = new_entry(b"\x05" * 32, sender, 3, b"raw")
    await store.outbox_add(first)
    await store.outbox_update(first.action_id, OutboxStatus.FAILED, error="refused")
    await store.outbox_add(new_entry(b"\x06" * 32, sender, 3, b"raw2"))
    got = await store.outbox_get(first.action_id)
    assert got is not None
    assert got.last_error == "refused"


async def test_meta(store: LightStore) -> None:
    assert await store.get_meta("x") is None
    await store.set_meta("x", b"1")
    assert await store.get_meta("x") == b"1"
    await store.set_meta("x", None)
    assert await store.get_meta("x") is None


async def test_sqlite_store_keeps_everything_across_reopening(tmp_path: Path) -> None:
    gen = ChainGenerator(4, tip=5)
    path = tmp_path / "light.sqlite"
    s = SqliteStore(path)
    await s.save_trusted([gen.light_block(5)])
    await s.outbox_add(new_entry(b"\x05" * 32, b"\x01" * 20, 0, b"raw"))
    await s.set_meta("halt", b"")
    await s.aclose()
    s = SqliteStore(path)
    assert (await s.latest_trusted()) == gen.light_block(5)
    assert [e.nonce for e in await s.outbox_list(OutboxStatus.PENDING)] == [0]
    assert await s.get_meta("halt") == b""
    await s.aclose()


async def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "light.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        SqliteStore(path)
