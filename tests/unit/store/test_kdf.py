"""The key file and the passphrase-to-key derivation."""

from __future__ import annotations

from pathlib import Path

import pytest

from etalonium_desktop.store import DEFAULT_KDF_COST, KdfCost, ProfileDamagedError
from etalonium_desktop.store.kdf import KeyFile, KeySlot, derive_key

from .helpers import FAST


def test_a_slot_unlocks_only_its_passphrase() -> None:
    slot, key = KeySlot.create("velvet", FAST)
    assert len(key) == 32
    assert slot.unlock("velvet") == key
    assert slot.unlock("Velvet") is None
    assert derive_key("velvet", slot.salt, FAST) == key
    other, other_key = KeySlot.create("velvet", FAST)
    assert other.salt != slot.salt
    assert other_key != key


def test_the_key_file_round_trips_and_holds_no_key(tmp_path: Path) -> None:
    slot, key = KeySlot.create("velvet", FAST)
    pending, _ = KeySlot.create("satin", FAST)
    KeyFile(slot, pending).write(tmp_path / "profile.json")
    text = (tmp_path / "profile.json").read_bytes()
    assert key.hex().encode() not in text
    assert b"velvet" not in text
    assert KeyFile.read(tmp_path / "profile.json") == KeyFile(slot, pending)
    assert [p.name for p in tmp_path.iterdir()] == ["profile.json"]


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json",
        b"[]",
        b'{"format": 2}',
        b'{"format": 1, "key": {"algorithm": "scrypt"}}',
        b'{"format": 1, "key": {"algorithm": "argon2id13", "opslimit": 1, "memlimit": 8192, '
        b'"salt": "00", "check": "00"}}',
    ],
)
def test_a_damaged_key_file_is_reported(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "profile.json").write_bytes(content)
    with pytest.raises(ProfileDamagedError, match=r"key file .* is damaged"):
        KeyFile.read(tmp_path / "profile.json")


def test_the_default_cost_is_the_documented_one() -> None:
    assert KdfCost(opslimit=2, memlimit=256 * 1024 * 1024) == DEFAULT_KDF_COST
    with pytest.raises(ValueError, match="out of range"):
        KdfCost(opslimit=0, memlimit=8192)
