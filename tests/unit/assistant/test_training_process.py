"""A snapshot crosses to the training process through shared memory unchanged, and the block is released."""

from __future__ import annotations

import dataclasses
from multiprocessing import shared_memory

import numpy as np
import pytest

from assistant import ChainData
from assistant.training_process import pack_snapshot, unpack_snapshot


def test_a_packed_snapshot_unpacks_equal_and_its_block_can_be_removed(chain_data: ChainData) -> None:
    snap = chain_data.snapshot()
    memory, parcel = pack_snapshot(snap)
    try:
        copy = unpack_snapshot(parcel)
    finally:
        memory.close()
        memory.unlink()
    for field in dataclasses.fields(snap):
        mine, theirs = getattr(snap, field.name), getattr(copy, field.name)
        if isinstance(mine, np.ndarray):
            assert theirs.dtype == mine.dtype, field.name
            assert np.array_equal(theirs, mine, equal_nan=mine.dtype.kind == "f"), field.name
            assert not theirs.flags.writeable
        else:
            assert theirs == mine, field.name
    assert len(copy.post_ids) == snap.n_posts > 0
    # The columns were copied out: the block is gone and the snapshot still reads.
    with pytest.raises(FileNotFoundError):
        shared_memory.SharedMemory(name=parcel.memory_name)
    assert int(copy.vote_time.sum()) == int(snap.vote_time.sum())
