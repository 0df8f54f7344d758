"""The SQLite block store: atomic block writes, canonical commits, light blocks, state, index, evidence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fullnode.store import BlockWrite, Store, StoreError
from lightnode.protocol.chain import (
    ZERO_HASH,
    Commit,
    CommitSig,
    Header,
    Validator,
    ValidatorSet,
    Vote,
    VoteType,
)
from lightnode.protocol.consensus import (
    EMPTY_COMMIT,
    Block,
    DuplicateVoteEvidence,
    SignedVote,
    prev_commit_hash,
)
from lightnode.protocol.keys import PrivateKey

CHAIN = "exc-store"
KEY = PrivateKey(b"\x05" * 32)
VALSET = ValidatorSet.of([Validator(KEY.public_key.raw, 10)])


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "chain.sqlite")
    s.bind_chain(CHAIN, b"\x01" * 32)
    s.save_initial_validators(VALSET, [0])
    yield s
    s.close()


def make_block(height: int, prev: Block | None, prev_commit: Commit) -> Block:
    last_commit = EMPTY_COMMIT if height == 1 else prev_commit
    header = Header(
        CHAIN,
        height,
        1_000 + height,
        ZERO_HASH if prev is None else prev.hash(),
        prev_commit_hash(height, last_commit),
        ZERO_HASH,
        bytes([height]) * 32,
        VALSET.hash(),
        VALSET.hash(),
        KEY.actor_id,
    )
    return Block(header, (b"action-%d" % height,), last_commit)


def commit_for(block: Block, round_: int = 0) -> Commit:
    vote = Vote(VoteType.PRECOMMIT, CHAIN, block.height, round_, block.hash())
    return Commit(block.height, round_, block.hash(), (CommitSig(0, KEY.sign_raw(vote.sign_bytes())),))


def write(block: Block, commit: Commit, changes: dict[bytes, bytes | None]) -> BlockWrite:
    results = [(b"\x07" * 31 + bytes([block.height]), True, "", [{"kind": "transfer"}])]
    return BlockWrite(block, block.encode(), commit, VALSET, [block.height], changes, results)


def add_chain(store: Store, n: int) -> list[Block]:
    blocks: list[Block] = []
    commit = EMPTY_COMMIT
    for height in range(1, n + 1):
        block = make_block(height, blocks[-1] if blocks else None, commit)
        commit = commit_for(block)
        store.save_block(write(block, commit, {b"k%d" % height: b"v%d" % height, b"gone": None}))
        blocks.append(block)
    return blocks


def test_blocks_are_read_back_exactly(store: Store) -> None:
    blocks = add_chain(store, 3)
    assert store.height() == 3
    for block in blocks:
        assert store.block(block.height) == block
        assert store.block_hash(block.height) == block.hash()
        assert store.height_of_hash(block.hash()) == block.height
        assert store.header(block.height) == block.header
    assert store.block(4) is None
    assert store.priorities(4) == [3]
    assert store.validators(4) == VALSET


def test_the_next_block_makes_its_last_commit_the_canonical_one(store: Store) -> None:
    blocks = add_chain(store, 2)
    seen = store.commit(2)
    assert seen is not None
    # Block 3 carries a commit of block 2 from another round (as another validator saw it).
    other = commit_for(blocks[1], round_=1)
    block3 = make_block(3, blocks[1], other)
    store.save_block(write(block3, commit_for(block3), {}))
    assert store.commit(2) == other
    light = store.light_block(2)
    assert light is not None
    assert light.commit == other
    assert light.validators == VALSET
    assert [lb.height for lb in store.light_blocks(1, 10)] == [1, 2, 3]


def test_state_changes_and_the_action_index_persist(store: Store, tmp_path: Path) -> None:
    add_chain(store, 2)
    assert dict(store.state_items()) == {b"k1": b"v1", b"k2": b"v2", b"gone": None}
    assert store.state_value(b"k2") == b"v2"
    location = store.action(b"\x07" * 31 + b"\x02")
    assert location is not None
    assert (location.height, location.index, location.ok) == (2, 0, True)
    assert location.events == [{"kind": "transfer"}]
    store.close()
    reopened = Store(tmp_path / "chain.sqlite")
    try:
        assert reopened.height() == 2
        assert reopened.state_value(b"k1") == b"v1"
    finally:
        reopened.close()


def test_only_the_next_height_can_be_stored(store: Store) -> None:
    blocks = add_chain(store, 1)
    block = make_block(3, blocks[0], commit_for(blocks[0]))
    with pytest.raises(StoreError, match="next block to store is at height 2"):
        store.save_block(write(block, commit_for(block), {}))
    assert store.height() == 1


def test_a_failed_write_leaves_nothing_behind(store: Store) -> None:
    blocks = add_chain(store, 1)
    block = make_block(2, blocks[0], commit_for(blocks[0]))
    # The action index entry cannot be serialised: the write fails after the block row went in.
    bad = BlockWrite(
        block,
        block.encode(),
        commit_for(block),
        VALSET,
        [0],
        {b"x": b"y"},
        [(b"\x01" * 32, True, "", [object()])],
    )
    with pytest.raises(TypeError):
        store.save_block(bad)
    assert store.height() == 1
    assert store.block(2) is None
    assert store.state_value(b"x") is None
    store.save_block(write(block, commit_for(block), {}))
    assert store.height() == 2


def test_a_store_of_another_chain_is_refused(tmp_path: Path, store: Store) -> None:
    with pytest.raises(StoreError, match="holds another chain"):
        store.bind_chain(CHAIN, b"\x02" * 32)


def test_evidence_is_stored_once_and_listed(store: Store) -> None:
    a = Vote(VoteType.PREVOTE, CHAIN, 4, 1, b"\x01" * 32)
    b = Vote(VoteType.PREVOTE, CHAIN, 4, 1, b"")
    evidence = DuplicateVoteEvidence.of(
        KEY.public_key.raw,
        SignedVote(a, 0, KEY.sign_raw(a.sign_bytes())),
        SignedVote(b, 0, KEY.sign_raw(b.sign_bytes())),
    )
    assert store.add_evidence(evidence, 123) is True
    assert store.add_evidence(evidence, 456) is False
    [record] = store.evidence()
    assert record.evidence == evidence
    assert (record.height, record.round, record.validator) == (4, 1, KEY.actor_id)
    assert store.evidence_count() == 1
