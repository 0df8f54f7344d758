"""BLAKE2b-256 hashing with one personalization tag per purpose (domain separation)."""

from __future__ import annotations

import hashlib
from enum import Enum

DIGEST_SIZE = 32


class Tag(bytes, Enum):
    """Personalization tags (at most 16 bytes each). Never reuse a tag for a second purpose."""

    HEADER = b"exc/header"
    ACTION = b"exc/action"
    VALSET = b"exc/valset"
    COMMIT = b"exc/commit"
    MERKLE = b"exc/merkle"
    SMT_LEAF = b"exc/smt/leaf"
    SMT_NODE = b"exc/smt/node"
    SMT_KEY = b"exc/smt/key"
    SMT_VALUE = b"exc/smt/value"
    ACTOR = b"exc/actor"
    CHUNK = b"exc/chunk"  # the app's media-cache keys (blob chunk ids are BLAKE3: services.chunk_id)
    MANIFEST = b"exc/manifest"
    EVIDENCE = b"exc/evidence"
    GENESIS = b"exc/genesis"
    SKILL = b"exc/skill"
    DRAW = b"exc/draw"
    ENVELOPE = b"exc/envelope"


def blake2b256(tag: Tag, data: bytes) -> bytes:
    """BLAKE2b with a 32-byte digest, personalized with `tag`."""
    return hashlib.blake2b(data, digest_size=DIGEST_SIZE, person=tag.value).digest()


def blake2b160(tag: Tag, data: bytes) -> bytes:
    """BLAKE2b with a 20-byte digest (actor ids), personalized with `tag`."""
    return hashlib.blake2b(data, digest_size=20, person=tag.value).digest()
