"""The consensus write-ahead log: every signature is recorded and fsync'd before it can leave the node.

The log is a directory of append-only segments. Each record is `length (4 bytes) | crc32 (4 bytes) | body`,
the body a msgpack array `[1, height, round, step, block_hash, signature, time_ms]` (step 0 proposal,
1 prevote, 2 precommit). A torn record at the end of the last segment (a crash mid-write) is cut off at
start-up: its signature never left the node, because sending waits for the fsync.
"""

from __future__ import annotations

import logging
import os
import struct
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from lightnode.protocol.encoding import pack, unpack
from lightnode.protocol.errors import DecodeError

from .core import SignedRecord

log = logging.getLogger(__name__)

_HEADER = struct.Struct(">II")
_MAX_RECORD = 4096
#: A segment is closed (a new one started) at a height boundary once it is larger than this.
SEGMENT_BYTES = 4 * 1024 * 1024
#: Closed segments kept for inspection; older ones are deleted.
KEEP_SEGMENTS = 4
STEP_NAMES = {0: "proposal", 1: "prevote", 2: "precommit"}


class WalError(Exception):
    """The WAL cannot be read or written; the node must not sign until it is fixed."""


class DoubleSignError(WalError):
    """Signing would contradict a signature recorded earlier for the same height, round and step."""


@dataclass(frozen=True, slots=True)
class WalRecord:
    height: int
    round: int
    step: int
    block_hash: bytes
    signature: bytes
    time_ms: int

    def encode(self) -> bytes:
        body = pack([1, self.height, self.round, self.step, self.block_hash, self.signature, self.time_ms])
        return _HEADER.pack(len(body), zlib.crc32(body)) + body

    @classmethod
    def decode_body(cls, body: bytes) -> WalRecord:
        wire = unpack(body, max_size=_MAX_RECORD)
        if (
            type(wire) is not list
            or len(wire) != 7
            or wire[0] != 1
            or not all(type(x) is int for x in (wire[1], wire[2], wire[3], wire[6]))
            or not all(type(x) is bytes for x in (wire[4], wire[5]))
        ):
            raise DecodeError("not a WAL record")
        return cls(wire[1], wire[2], wire[3], wire[4], wire[5], wire[6])


def _segments(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.wal"))


def _read_segment(path: Path, *, repair: bool) -> Iterator[WalRecord]:
    """The records of one segment. A torn last record (cut short by a crash) is removed when `repair` is
    set; damage followed by more data is never a torn write, and raises WalError."""
    data = path.read_bytes()
    offset = 0
    while offset < len(data):
        end = offset + _HEADER.size
        if end > len(data):
            break
        length, crc = _HEADER.unpack_from(data, offset)
        body = data[end : end + length]
        if length > _MAX_RECORD or len(body) != length or zlib.crc32(body) != crc:
            break
        try:
            record = WalRecord.decode_body(body)
        except DecodeError:
            break
        yield record
        offset = end + length
    if offset < len(data):
        torn = offset + _HEADER.size > len(data) or offset + _HEADER.size + _HEADER.unpack_from(data, offset)[0] >= len(
            data
        )
        if not (repair and torn):
            raise WalError(f"{path}: damaged record at byte {offset}; the node must not sign until it is fixed")
        log.warning("WAL %s: cutting off a torn record at byte %d (it was never sent)", path, offset)
        with path.open("r+b") as f:
            f.truncate(offset)
            f.flush()
            os.fsync(f.fileno())


def read_wal(directory: str | os.PathLike[str]) -> list[WalRecord]:
    """Every record still kept in a WAL directory, oldest first (for inspection and tests).

    A torn record at the very end (a crash mid-write) is skipped; damage anywhere else raises WalError.
    """
    segments = _segments(Path(directory))
    out: list[WalRecord] = []
    for path in segments[:-1]:
        out.extend(_read_segment(path, repair=False))
    if segments:
        out.extend(_read_tolerant(segments[-1]))
    return out


def _read_tolerant(path: Path) -> list[WalRecord]:
    records: list[WalRecord] = []
    try:
        for record in _read_segment(path, repair=False):
            records.append(record)
    except WalError:
        pass
    return records


def find_double_signs(records: list[WalRecord]) -> list[tuple[WalRecord, WalRecord]]:
    """Pairs of records that signed different blocks for the same height, round and step."""
    first: dict[tuple[int, int, int], WalRecord] = {}
    out = []
    for rec in records:
        key = (rec.height, rec.round, rec.step)
        seen = first.setdefault(key, rec)
        if seen.block_hash != rec.block_hash:
            out.append((seen, rec))
    return out


class WriteAheadLog:
    """Appends signature records with fsync, and refuses to sign twice for one (height, round, step)."""

    def __init__(self, directory: str | os.PathLike[str], *, fsync: bool = True) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self._fsync = fsync
        self._signed: dict[tuple[int, int, int], WalRecord] = {}
        self._height = 0
        records: list[WalRecord] = []
        segments = _segments(self.directory)
        for path in segments[-2:]:
            records.extend(_read_segment(path, repair=path == segments[-1]))
        self._last_height = max((r.height for r in records), default=0)
        self._recent = records
        if not segments:
            segments = [self.directory / f"{1:08d}.wal"]
            segments[0].touch()
        self._path = segments[-1]
        self._file = self._path.open("ab")

    def records_for(self, height: int) -> dict[tuple[int, int], SignedRecord]:
        """What was signed at `height` before a restart, keyed by (round, step)."""
        return {
            (r.round, r.step): SignedRecord(r.round, r.step, r.block_hash, r.signature)
            for r in self._recent
            if r.height == height
        }

    def begin_height(self, height: int) -> None:
        """Forget the guard entries of older heights; start a new segment when the current one is large."""
        self._height = height
        self._signed = {k: v for k, v in self._signed.items() if k[0] >= height}
        for rec in self._recent:
            if rec.height == height:
                self._signed[(rec.height, rec.round, rec.step)] = rec
        self._recent = [r for r in self._recent if r.height >= height]
        if self._file.tell() > SEGMENT_BYTES:
            self._rotate()

    def _rotate(self) -> None:
        self._file.close()
        number = int(self._path.stem) + 1
        self._path = self.directory / f"{number:08d}.wal"
        self._file = self._path.open("ab")
        for old in _segments(self.directory)[:-KEEP_SEGMENTS]:
            old.unlink(missing_ok=True)

    def sign(self, height: int, round_: int, step: int, block_hash: bytes, sign: Callable[[], bytes]) -> bytes:
        """Return the signature for (height, round, step, block_hash), recording it durably first.

        Signing the same thing again returns the recorded signature; signing a different block for the
        same (height, round, step) raises DoubleSignError.
        """
        key = (height, round_, step)
        previous = self._signed.get(key)
        if previous is not None:
            if previous.block_hash == block_hash:
                return previous.signature
            raise DoubleSignError(
                f"already signed a {STEP_NAMES.get(step, step)} for another block at height {height}, round {round_}"
            )
        if height < self._last_height:
            raise DoubleSignError(f"the WAL has signatures up to height {self._last_height}; not signing {height}")
        signature = sign()
        record = WalRecord(height, round_, step, block_hash, signature, int(time.time() * 1000))
        try:
            self._file.write(record.encode())
            self._file.flush()
            if self._fsync:
                os.fsync(self._file.fileno())
        except OSError as exc:
            raise WalError(f"cannot write the WAL: {exc}") from exc
        self._signed[key] = record
        self._last_height = max(self._last_height, height)
        return signature

    def close(self) -> None:
        self._file.close()


class WalSigner:
    """The consensus `Signer` of a validator: an Ed25519 key guarded by the write-ahead log."""

    def __init__(self, secret_sign: Callable[[bytes], bytes], public_key: bytes, wal: WriteAheadLog) -> None:
        self._sign = secret_sign
        self._public_key = public_key
        self.wal = wal

    @property
    def public_key(self) -> bytes:
        return self._public_key

    def sign(self, height: int, round_: int, step: int, block_hash: bytes, message: bytes) -> bytes | None:
        try:
            return self.wal.sign(height, round_, step, block_hash, lambda: self._sign(message))
        except DoubleSignError as exc:
            log.error("not signing: %s", exc)
            return None
