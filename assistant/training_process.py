"""Training in another process: a snapshot through shared memory, and what the worker process runs.

The app trains in a spawned worker process (`etalonium_desktop.assistant.trainer` starts it): a training thread
in the app's own process held the GIL for stretches of pure-Python feature code and pickling, and the GUI
stalled for up to ~55 ms at a time. The worker imports only this package, numpy and scikit-learn.

* `pack_snapshot` copies a snapshot's numpy columns into one shared memory block (numpy releases the GIL while
  it copies each column, so the app's event loop keeps running) and joins its byte-string vocabularies into
  one bytes object each; pickling the whole snapshot (~130 MB on 100,000 posts) would hold the GIL ~150 ms.
* `unpack_snapshot`, in the worker, copies the columns out and closes the block at once, so nothing the
  worker returns refers to it; the sender unlinks it when the job is over.
* `train_job` trains and puts `(job, stage, fraction)` progress reports on the queue `init_worker` was given;
  the fitted models go back pickled (between the app's own processes; `blobs` still authenticates them in the
  profile).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass
from multiprocessing import shared_memory
from typing import Any

import numpy as np

from .data import Snapshot
from .records import UserProfile
from .training import TrainedModels, TrainingSettings, train

#: Columns start at multiples of this many bytes in the shared block.
_ALIGN = 64
#: Byte strings joined per call (each call holds the GIL: ~1 ms for this many).
_JOIN_SLICE = 4096


@dataclass(frozen=True, slots=True)
class SnapshotParcel:
    """A snapshot as another process receives it: numpy columns in a shared memory block, byte-string
    vocabularies joined into one bytes object each, and the rest as it is (small)."""

    memory_name: str
    #: (field, dtype, shape, offset in the block) per numpy column.
    columns: tuple[tuple[str, str, tuple[int, ...], int], ...]
    #: (field, the items joined, their lengths as int64 bytes) per tuple of byte strings.
    byte_tuples: tuple[tuple[str, bytes, bytes], ...]
    rest: Mapping[str, Any]


def pack_snapshot(snap: Snapshot) -> tuple[shared_memory.SharedMemory, SnapshotParcel]:
    """Copy a snapshot into a new shared memory block (call from a worker thread). The caller closes and
    unlinks the block once the other process is done with it."""
    columns: list[tuple[str, str, tuple[int, ...], int]] = []
    arrays: list[np.ndarray] = []
    byte_tuples: list[tuple[str, bytes, bytes]] = []
    rest: dict[str, Any] = {}
    size = 0
    for field in dataclasses.fields(snap):
        value = getattr(snap, field.name)
        if isinstance(value, np.ndarray):
            array = np.ascontiguousarray(value)
            size = -(-size // _ALIGN) * _ALIGN
            columns.append((field.name, array.dtype.str, tuple(array.shape), size))
            arrays.append(array)
            size += array.nbytes
        elif isinstance(value, tuple) and value and all(isinstance(item, bytes) for item in value):
            byte_tuples.append((field.name, *_join(value)))
        else:
            rest[field.name] = value
    memory = shared_memory.SharedMemory(create=True, size=max(size, 1))
    try:
        for (_, dtype, shape, offset), array in zip(columns, arrays, strict=True):
            # copyto releases the GIL while it copies (measured: a 17 MB column, ~1 ms held of ~5 ms).
            np.copyto(np.ndarray(shape, np.dtype(dtype), buffer=memory.buf, offset=offset), array)
    except BaseException:
        memory.close()
        memory.unlink()
        raise
    return memory, SnapshotParcel(memory.name, tuple(columns), tuple(byte_tuples), rest)


def _join(items: tuple[bytes, ...]) -> tuple[bytes, bytes]:
    """The items joined, and their lengths as int64 bytes. A hundred thousand small bytes objects pickle slowly
    with the GIL held, and so does joining them in one call (~20 ms): this goes in slices, between which the
    event loop's thread gets the GIL back."""
    parts: list[bytes] = []
    lengths: list[np.ndarray] = []
    for start in range(0, len(items), _JOIN_SLICE):
        part = items[start : start + _JOIN_SLICE]
        parts.append(b"".join(part))
        lengths.append(np.fromiter(map(len, part), dtype=np.int64, count=len(part)))
    return b"".join(parts), np.concatenate(lengths).tobytes()


def _copy_column(memory: shared_memory.SharedMemory, dtype: str, shape: tuple[int, ...], offset: int) -> np.ndarray:
    # A function of its own: the view of the block dies on return, so the block can be closed afterwards.
    column = np.ndarray(shape, np.dtype(dtype), buffer=memory.buf, offset=offset).copy()
    column.flags.writeable = False
    return column


def unpack_snapshot(parcel: SnapshotParcel) -> Snapshot:
    """The snapshot of a parcel, in this process's own memory (the shared block is closed before returning)."""
    memory = shared_memory.SharedMemory(name=parcel.memory_name)
    try:
        values: dict[str, Any] = {
            name: _copy_column(memory, dtype, shape, offset) for name, dtype, shape, offset in parcel.columns
        }
    finally:
        memory.close()
    for name, joined, raw_lengths in parcel.byte_tuples:
        ends = np.cumsum(np.frombuffer(raw_lengths, dtype=np.int64)).tolist()
        starts = [0, *ends[:-1]]
        values[name] = tuple(joined[start:end] for start, end in zip(starts, ends, strict=True))
    values.update(parcel.rest)
    return Snapshot(**values)


# ---- in the worker process ------------------------------------------------------------------------------------

_progress_queue: Any = None


def init_worker(progress_queue: Any) -> None:
    """The worker's initializer: where progress goes."""
    global _progress_queue
    _progress_queue = progress_queue


def _report(job: int, stage: str, fraction: float) -> None:
    if _progress_queue is not None:
        _progress_queue.put((job, stage, fraction))


def train_job(job: int, parcel: SnapshotParcel, user: UserProfile | None, settings: TrainingSettings) -> TrainedModels:
    """What the worker runs: `train` on the parcel's snapshot, reporting progress for `job`."""
    snap = unpack_snapshot(parcel)
    return train(snap, user, settings, lambda stage, fraction: _report(job, stage, fraction))


def worker_report() -> dict[str, Any]:
    """What a worker process is: its id, CPU priority (Unix niceness, None elsewhere), the top-level packages and
    the modules it has imported (a check that it runs and carries no GUI, for the app's self-test and the tests)."""
    import sys

    niceness = os.getpriority(os.PRIO_PROCESS, 0) if hasattr(os, "getpriority") else None
    return {
        "pid": os.getpid(),
        "niceness": niceness,
        "packages": sorted({name.split(".")[0] for name in sys.modules}),
        "modules": sorted(sys.modules),
    }
