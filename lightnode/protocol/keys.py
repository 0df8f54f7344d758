"""Ed25519 keys (libsodium through PyNaCl), domain-separated signing, and actor ids."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum

import nacl.bindings
import nacl.exceptions
from nacl._sodium import ffi as _ffi
from nacl._sodium import lib as _lib

from .errors import SignatureError
from .hashing import Tag, blake2b160

PUBLIC_KEY_SIZE = 32
SEED_SIZE = 32
SIGNATURE_SIZE = 64
ACTOR_ID_SIZE = 20


class Domain(bytes, Enum):
    """What a signature is for. The domain is prefixed to the signed bytes so that a signature made for
    one purpose (say a vote) can never be replayed as another (say an action)."""

    VOTE = b"ExC/vote/v1\x00"
    ACTION = b"ExC/action/v1\x00"
    PROPOSAL = b"ExC/proposal/v1\x00"
    MAILBOX = b"ExC/mailbox/v1\x00"
    MANIFEST = b"ExC/manifest/v1\x00"
    STREAM = b"ExC/stream/v1\x00"
    PEER = b"ExC/peer/v1\x00"
    MESSENGER = b"ExC/messenger/v1\x00"


def sign_raw(secret: bytes, message: bytes) -> bytes:
    """Plain Ed25519 (RFC 8032) signature of `message` with a 64-byte libsodium secret key."""
    return nacl.bindings.crypto_sign(message, secret)[:SIGNATURE_SIZE]


def verify_raw(public_key: bytes, message: bytes, signature: bytes) -> None:
    """Check a plain Ed25519 signature; raise SignatureError if it does not verify."""
    if len(signature) != SIGNATURE_SIZE or len(public_key) != PUBLIC_KEY_SIZE:
        raise SignatureError("signature or public key has the wrong length")
    # libsodium's crypto_sign_open through PyNaCl's own cffi handle: the same check as
    # nacl.bindings.crypto_sign_open, without copying the opened message back out (a hot path).
    signed = signature + message
    out = _ffi.new("unsigned char[]", len(signed))
    if _lib.crypto_sign_open(out, _ffi.NULL, signed, len(signed), public_key) != 0:
        raise SignatureError("signature does not verify")


def first_invalid_signature(message: bytes, signed: Iterable[tuple[bytes, bytes]]) -> int | None:
    """Check plain Ed25519 signatures `(public_key, signature)` that all sign `message`, each one fully
    (libsodium has no batch verification); return the position of the first that fails, or None.

    The check of `verify_raw` with one scratch buffer for the opened message: a commit's signatures all
    sign the same vote bytes, and the per-signature Python overhead is what separates header
    verification from the raw signature rate.
    """
    size = len(message) + SIGNATURE_SIZE
    out = _ffi.new("unsigned char[]", size)
    crypto_sign_open = _lib.crypto_sign_open
    null = _ffi.NULL
    for i, (public_key, signature) in enumerate(signed):
        if len(signature) != SIGNATURE_SIZE or len(public_key) != PUBLIC_KEY_SIZE:
            return i
        if crypto_sign_open(out, null, signature + message, size, public_key) != 0:
            return i
    return None


def actor_id(public_key: bytes) -> bytes:
    """The 20-byte actor id of an Ed25519 public key."""
    return blake2b160(Tag.ACTOR, public_key)


def is_valid_public_key(public_key: bytes) -> bool:
    """Whether the bytes are a usable Ed25519 point (libsodium rejects small-order and invalid points)."""
    if len(public_key) != PUBLIC_KEY_SIZE:
        return False
    try:
        nacl.bindings.crypto_sign_ed25519_pk_to_curve25519(public_key)
    except (nacl.exceptions.RuntimeError, nacl.exceptions.ValueError, ValueError, RuntimeError):
        return False
    return True


class PublicKey:
    """An Ed25519 public key that verifies domain-separated signatures."""

    __slots__ = ("_actor_id", "raw")

    def __init__(self, raw: bytes) -> None:
        if type(raw) is not bytes or len(raw) != PUBLIC_KEY_SIZE:
            raise SignatureError("a public key is 32 bytes")
        self.raw = raw
        self._actor_id: bytes | None = None

    @property
    def actor_id(self) -> bytes:
        if self._actor_id is None:
            self._actor_id = actor_id(self.raw)
        return self._actor_id

    def verify(self, domain: Domain, message: bytes, signature: bytes) -> None:
        verify_raw(self.raw, domain.value + message, signature)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PublicKey) and other.raw == self.raw

    def __hash__(self) -> int:
        return hash(self.raw)

    def __repr__(self) -> str:
        return f"PublicKey({self.raw.hex()})"


class PrivateKey:
    """An Ed25519 signing key, made from a 32-byte seed. Its repr never shows the secret."""

    __slots__ = ("_secret", "public_key")

    def __init__(self, seed: bytes) -> None:
        if type(seed) is not bytes or len(seed) != SEED_SIZE:
            raise SignatureError("an Ed25519 seed is 32 bytes")
        public, self._secret = nacl.bindings.crypto_sign_seed_keypair(seed)
        self.public_key = PublicKey(public)

    @classmethod
    def generate(cls) -> PrivateKey:
        return cls(nacl.bindings.randombytes(SEED_SIZE))

    @property
    def seed(self) -> bytes:
        return nacl.bindings.crypto_sign_ed25519_sk_to_seed(self._secret)

    @property
    def actor_id(self) -> bytes:
        return self.public_key.actor_id

    def sign(self, domain: Domain, message: bytes) -> bytes:
        return sign_raw(self._secret, domain.value + message)

    def sign_raw(self, message: bytes) -> bytes:
        return sign_raw(self._secret, message)

    def __repr__(self) -> str:
        return f"PrivateKey(public={self.public_key.raw.hex()})"
