"""Passphrase to database key: Argon2id with a per-profile salt, kept in a small file beside the database."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nacl import pwhash

from .atomic import atomic_write_bytes
from .errors import InvalidPassphraseError, ProfileDamagedError, StoreError

KEY_BYTES = 32
SALT_BYTES = pwhash.argon2id.SALTBYTES
KEY_FILE_FORMAT = 1
KDF_ALGORITHM = "argon2id13"
_CHECK_PERSONALIZATION = b"etl/profile-key"


@dataclass(frozen=True, slots=True)
class KdfCost:
    """Argon2id cost: `opslimit` passes over `memlimit` bytes of memory."""

    opslimit: int
    memlimit: int

    def __post_init__(self) -> None:
        ops_ok = pwhash.argon2id.OPSLIMIT_MIN <= self.opslimit <= pwhash.argon2id.OPSLIMIT_MAX
        mem_ok = pwhash.argon2id.MEMLIMIT_MIN <= self.memlimit <= pwhash.argon2id.MEMLIMIT_MAX
        if not (ops_ok and mem_ok):
            raise ValueError(f"Argon2id cost out of range: opslimit={self.opslimit}, memlimit={self.memlimit}.")


# 256 MiB, as libsodium's "moderate" level, in two passes instead of three: 0.27 s on the reference 2-core
# EPYC when idle and about 0.5 s under full load (see docs/PROFILE.md), so unlocking stays well under a
# second, while every guess still costs an attacker 256 MiB of memory for as long.
DEFAULT_KDF_COST = KdfCost(opslimit=2, memlimit=256 * 1024 * 1024)

# Only for throwaway profiles and tests: it makes a passphrase nearly free to guess.
MINIMAL_KDF_COST = KdfCost(opslimit=pwhash.argon2id.OPSLIMIT_MIN, memlimit=pwhash.argon2id.MEMLIMIT_MIN)


def encode_passphrase(passphrase: str) -> bytes:
    """The passphrase as NFC-normalized UTF-8, so the same text typed on any platform gives the same key."""
    if not passphrase:
        raise InvalidPassphraseError("The passphrase is empty; choose a passphrase to protect the profile.")
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, salt: bytes, cost: KdfCost) -> bytes:
    """The 32-byte raw key Argon2id derives from `passphrase` and `salt`."""
    return pwhash.argon2id.kdf(
        KEY_BYTES, encode_passphrase(passphrase), salt, opslimit=cost.opslimit, memlimit=cost.memlimit
    )


def key_check(key: bytes) -> bytes:
    """A one-way check value of `key`, so a wrong passphrase is recognized without touching the database.

    Testing a guess against it costs the same Argon2id run as testing it against the database itself.
    """
    return hashlib.blake2b(b"key check", key=key, digest_size=32, person=_CHECK_PERSONALIZATION).digest()


@dataclass(frozen=True, slots=True)
class KeySlot:
    """How one passphrase becomes a key: the Argon2id cost, the salt, and the check value of the result."""

    cost: KdfCost
    salt: bytes
    check: bytes

    @classmethod
    def create(cls, passphrase: str, cost: KdfCost) -> tuple[KeySlot, bytes]:
        """A slot with a fresh random salt, and the key it yields for `passphrase`."""
        salt = os.urandom(SALT_BYTES)
        key = derive_key(passphrase, salt, cost)
        return cls(cost=cost, salt=salt, check=key_check(key)), key

    def unlock(self, passphrase: str) -> bytes | None:
        """The key if `passphrase` is the one this slot was made for, else None."""
        key = derive_key(passphrase, self.salt, self.cost)
        return key if hmac.compare_digest(key_check(key), self.check) else None

    def to_json(self) -> dict[str, Any]:
        return {
            "algorithm": KDF_ALGORITHM,
            "opslimit": self.cost.opslimit,
            "memlimit": self.cost.memlimit,
            "salt": self.salt.hex(),
            "check": self.check.hex(),
        }

    @classmethod
    def from_json(cls, data: Any) -> KeySlot:
        """Parse a slot; raises ValueError (or KeyError/TypeError) on anything malformed."""
        if not isinstance(data, dict) or data.get("algorithm") != KDF_ALGORITHM:
            raise ValueError("unknown key derivation algorithm")
        ops, mem = data["opslimit"], data["memlimit"]
        if not (isinstance(ops, int) and isinstance(mem, int)):
            raise ValueError("cost is not integral")
        salt, check = bytes.fromhex(data["salt"]), bytes.fromhex(data["check"])
        if len(salt) != SALT_BYTES or len(check) != 32:
            raise ValueError("salt or check value has the wrong length")
        return cls(cost=KdfCost(ops, mem), salt=salt, check=check)


@dataclass(frozen=True, slots=True)
class KeyFile:
    """The plaintext `profile.json`: no secrets, only what turns the passphrase into the database key.

    `pending` is set only while a passphrase change is under way, so that a crash between rekeying the
    database and rewriting this file still leaves a way in with the new passphrase.
    """

    current: KeySlot
    pending: KeySlot | None = None

    def to_bytes(self) -> bytes:
        document: dict[str, Any] = {
            "format": KEY_FILE_FORMAT,
            "kind": "etalonium-desktop profile",
            "key": self.current.to_json(),
        }
        if self.pending is not None:
            document["pending_key"] = self.pending.to_json()
        return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("ascii")

    @classmethod
    def from_bytes(cls, data: bytes, *, source: Path) -> KeyFile:
        try:
            document = json.loads(data.decode("ascii"))
            if document.get("format") != KEY_FILE_FORMAT:
                raise ValueError(f"unsupported format {document.get('format')!r}")
            pending = document.get("pending_key")
            return cls(
                current=KeySlot.from_json(document["key"]),
                pending=None if pending is None else KeySlot.from_json(pending),
            )
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            raise ProfileDamagedError(
                f"The profile's key file {source} is damaged ({exc}), so the profile cannot be unlocked. "
                "Restore the profile from a backup, or from your recovery phrase."
            ) from exc

    @classmethod
    def read(cls, path: Path) -> KeyFile:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise ProfileDamagedError(
                f"The profile's key file {path} is missing, so the profile cannot be unlocked. Restore the "
                "profile from a backup, or from your recovery phrase."
            ) from None
        except OSError as exc:
            raise StoreError(
                f"The profile's key file {path} cannot be read ({exc.strerror}). Check the folder's "
                "permissions, then try again."
            ) from exc
        return cls.from_bytes(data, source=path)

    def write(self, path: Path) -> None:
        atomic_write_bytes(path, self.to_bytes())
