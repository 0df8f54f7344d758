"""The consensus WAL: durable before a signature leaves, never two blocks for one step, torn tails cut off."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from fullnode.consensus import wal as wal_module
from fullnode.consensus.wal import (
    DoubleSignError,
    WalError,
    WalSigner,
    WriteAheadLog,
    find_double_signs,
    read_wal,
)
from lightnode.protocol.keys import PrivateKey

A = b"\xaa" * 32
B = b"\xbb" * 32


def signature(tag: bytes) -> bytes:
    return tag[:1] * 64


@pytest.fixture
def open_wal() -> Iterator[Callable[..., WriteAheadLog]]:
    """Opens WALs and closes whatever is still open at the end of the test."""
    opened: list[WriteAheadLog] = []

    def factory(path: Path, **kwargs: bool) -> WriteAheadLog:
        wal = WriteAheadLog(path, **kwargs)
        opened.append(wal)
        return wal

    yield factory
    for wal in opened:
        wal.close()


def test_signing_the_same_step_again_returns_the_recorded_signature(
    tmp_path: Path, open_wal: Callable[..., WriteAheadLog]
) -> None:
    wal = open_wal(tmp_path)
    assert wal.sign(5, 0, 1, A, lambda: signature(b"1")) == signature(b"1")
    # Asked again (e.g. when re-broadcasting), the recorded signature comes back without signing anew.
    assert wal.sign(5, 0, 1, A, lambda: pytest.fail("must not sign twice")) == signature(b"1")


def test_a_different_block_for_the_same_step_is_refused(tmp_path: Path, open_wal: Callable[..., WriteAheadLog]) -> None:
    wal = open_wal(tmp_path)
    wal.sign(5, 0, 1, A, lambda: signature(b"1"))
    with pytest.raises(DoubleSignError, match="already signed a prevote for another block at height 5"):
        wal.sign(5, 0, 1, B, lambda: signature(b"2"))
    # Other rounds and steps are free.
    wal.sign(5, 1, 1, B, lambda: signature(b"3"))
    wal.sign(5, 0, 2, b"", lambda: signature(b"4"))


def test_the_guard_survives_a_restart(tmp_path: Path, open_wal: Callable[..., WriteAheadLog]) -> None:
    wal = open_wal(tmp_path)
    wal.begin_height(7)
    wal.sign(7, 2, 2, A, lambda: signature(b"1"))
    wal.close()
    again = open_wal(tmp_path)
    assert set(again.records_for(7)) == {(2, 2)}
    again.begin_height(7)
    with pytest.raises(DoubleSignError):
        again.sign(7, 2, 2, B, lambda: signature(b"2"))
    with pytest.raises(DoubleSignError, match="signatures up to height 7"):
        again.sign(6, 0, 1, A, lambda: signature(b"3"))


def test_every_record_is_fsynced_before_the_signature_is_returned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, open_wal: Callable[..., WriteAheadLog]
) -> None:
    synced: list[int] = []
    monkeypatch.setattr(wal_module.os, "fsync", lambda fd: synced.append(fd))
    wal = open_wal(tmp_path)
    returned = []
    for round_ in range(3):
        returned.append(wal.sign(1, round_, 1, A, lambda: signature(b"x")))
        assert len(synced) == round_ + 1, "the record reached the disk before the signature was handed out"
    assert len(returned) == 3


def test_a_torn_last_record_is_cut_off_at_start_up(tmp_path: Path, open_wal: Callable[..., WriteAheadLog]) -> None:
    wal = open_wal(tmp_path)
    wal.sign(3, 0, 1, A, lambda: signature(b"1"))
    wal.close()
    segment = sorted(tmp_path.glob("*.wal"))[-1]
    intact = segment.stat().st_size
    with segment.open("ab") as f:
        f.write(b"\x00\x00\x00\x40\x12\x34")  # a header promising 64 bytes that never came
    reopened = open_wal(tmp_path)
    assert segment.stat().st_size == intact
    assert set(reopened.records_for(3)) == {(0, 1)}


def test_damage_before_the_end_is_an_error(tmp_path: Path, open_wal: Callable[..., WriteAheadLog]) -> None:
    first = tmp_path / "00000001.wal"
    wal = open_wal(tmp_path)
    wal.sign(1, 0, 1, A, lambda: signature(b"1"))
    wal.close()
    data = bytearray(first.read_bytes())
    data[12] ^= 0xFF
    first.write_bytes(bytes(data))
    (tmp_path / "00000002.wal").write_bytes(b"")
    with pytest.raises(WalError, match="damaged record"):
        read_wal(tmp_path)


def test_segments_rotate_at_height_boundaries_and_old_ones_go(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, open_wal: Callable[..., WriteAheadLog]
) -> None:
    monkeypatch.setattr(wal_module, "SEGMENT_BYTES", 200)
    monkeypatch.setattr(wal_module, "KEEP_SEGMENTS", 2)
    wal = open_wal(tmp_path, fsync=False)
    for height in range(1, 30):
        wal.begin_height(height)
        wal.sign(height, 0, 1, A, lambda: signature(b"1"))
        wal.sign(height, 0, 2, A, lambda: signature(b"2"))
    assert len(list(tmp_path.glob("*.wal"))) == 2
    records = read_wal(tmp_path)
    assert records[-1].height == 29
    assert find_double_signs(records) == []


def test_find_double_signs_names_the_conflicting_pair(tmp_path: Path, open_wal: Callable[..., WriteAheadLog]) -> None:
    wal = open_wal(tmp_path)
    wal.sign(4, 1, 2, A, lambda: signature(b"1"))
    records = read_wal(tmp_path)
    forged = wal_module.WalRecord(4, 1, 2, B, signature(b"2"), 0)
    pairs = find_double_signs([*records, forged])
    assert len(pairs) == 1
    assert {pairs[0][0].block_hash, pairs[0][1].block_hash} == {A, B}


def test_the_signer_returns_none_instead_of_contradicting_itself(
    tmp_path: Path, open_wal: Callable[..., WriteAheadLog]
) -> None:
    key = PrivateKey(b"\x01" * 32)
    signer = WalSigner(key.sign_raw, key.public_key.raw, open_wal(tmp_path))
    first = signer.sign(9, 0, 1, A, b"message-a")
    assert first == key.sign_raw(b"message-a")
    assert signer.sign(9, 0, 1, B, b"message-b") is None


def test_damage_followed_by_more_records_is_never_taken_for_a_torn_write(
    tmp_path: Path, open_wal: Callable[..., WriteAheadLog]
) -> None:
    wal = open_wal(tmp_path)
    wal.sign(1, 0, 1, A, lambda: signature(b"1"))
    wal.sign(1, 0, 2, A, lambda: signature(b"2"))
    wal.close()
    segment = sorted(tmp_path.glob("*.wal"))[-1]
    data = bytearray(segment.read_bytes())
    data[12] ^= 0xFF
    segment.write_bytes(bytes(data))
    with pytest.raises(WalError, match="must not sign"):
        open_wal(tmp_path)
