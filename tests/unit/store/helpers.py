"""Shared helpers of the store tests: fast profiles, file fingerprints, table dumps."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from mnemonic import Mnemonic

from etalonium_desktop.store import MINIMAL_KDF_COST, Profile

# A fixed identity, so secrets are known byte strings the tests can look for.
KNOWN_ENTROPY = bytes.fromhex("8d1f" * 16)
KNOWN_PHRASE: str = Mnemonic("english").to_mnemonic(KNOWN_ENTROPY)
PASSPHRASE = "correct horse battery staple"
FAST = MINIMAL_KDF_COST


def create_profile(directory: Path, passphrase: str = PASSPHRASE, phrase: str = KNOWN_PHRASE) -> Profile:
    """A profile with the minimal key derivation cost, so tests stay fast."""
    return Profile.create(directory, passphrase, phrase, kdf=FAST)


def file_hashes(directory: Path) -> dict[str, str]:
    """SHA-256 of every file under `directory` (names relative to it), to prove nothing was touched."""
    return {
        str(path.relative_to(directory)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(directory.rglob("*"))
        if path.is_file()
    }


def dump_tables(profile: Profile) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every ordinary table (FTS shadow tables excluded), in a stable order."""
    with profile.transaction() as conn:
        names = [
            str(row[0])
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'messages_fts%' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            ).fetchall()
        ]
        return {name: [tuple(row) for row in conn.execute(f"SELECT * FROM {name} ORDER BY 1, 2")] for name in names}
