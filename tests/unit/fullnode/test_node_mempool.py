"""The mempool: arrival order, per-sender nonce chains, limits, expiry and removal after a block."""

from __future__ import annotations

import time

import pytest

from fullnode.mempool import Entry, Mempool, MempoolFullError
from lightnode.protocol.actions import Action, Transfer
from lightnode.protocol.keys import PrivateKey

ALICE = PrivateKey(b"\x01" * 32)
BOB = PrivateKey(b"\x02" * 32)


def entry(key: PrivateKey, nonce: int, expiry: int = 100) -> Entry:
    signed = Action("exc-m", key.public_key.raw, nonce, 1, expiry, Transfer(b"\x09" * 20, 1, "")).sign(key)
    raw = signed.encode()
    return Entry(signed.id(), raw, signed, key.actor_id, nonce, expiry, time.monotonic())


def test_pending_nonce_follows_the_queued_chain() -> None:
    pool = Mempool()
    assert pool.pending_nonce(ALICE.actor_id) is None
    pool.add(entry(ALICE, 4))
    pool.add(entry(ALICE, 5))
    assert pool.pending_nonce(ALICE.actor_id) == 6
    assert pool.pending_nonce(BOB.actor_id) is None


def test_selection_keeps_arrival_order_within_limits() -> None:
    pool = Mempool()
    entries = [entry(ALICE, 0), entry(BOB, 0), entry(ALICE, 1), entry(BOB, 1)]
    for e in entries:
        pool.add(e)
    assert [e.id for e in pool.select(10, 10**6)] == [e.id for e in entries]
    assert [e.id for e in pool.select(2, 10**6)] == [e.id for e in entries[:2]]
    assert len(pool.select(10, len(entries[0].raw) + 1)) == 1


def test_committed_actions_leave_and_are_remembered() -> None:
    pool = Mempool()
    a0, a1 = entry(ALICE, 0), entry(ALICE, 1)
    pool.add(a0)
    pool.add(a1)
    assert pool.remove_committed([a0.id]) == {ALICE.actor_id}
    assert a0.id not in pool
    assert pool.recently_committed(a0.id)
    assert pool.pending_nonce(ALICE.actor_id) == 2
    assert pool.size_bytes == len(a1.raw)


def test_dropping_an_action_drops_its_senders_later_ones() -> None:
    pool = Mempool()
    chain = [entry(ALICE, n) for n in range(3)]
    other = entry(BOB, 0)
    for e in [*chain, other]:
        pool.add(e)
    dropped = pool.remove_with_successors(chain[1].id)
    assert {e.id for e in dropped} == {chain[1].id, chain[2].id}
    assert chain[0].id in pool
    assert other.id in pool


def test_expired_actions_are_dropped() -> None:
    pool = Mempool()
    pool.add(entry(ALICE, 0, expiry=5))
    pool.add(entry(ALICE, 1, expiry=50))
    pool.add(entry(BOB, 0, expiry=50))
    dropped = pool.expire(6)
    assert len(dropped) == 2, "the expired action and the one chained after it"
    assert len(pool) == 1


def test_a_full_mempool_refuses_with_a_reason() -> None:
    pool = Mempool(max_actions=1)
    pool.add(entry(ALICE, 0))
    with pytest.raises(MempoolFullError, match="full"):
        pool.add(entry(BOB, 0))
