"""Encoding helpers of the node: cached addresses, events as JSON, stored blocks spliced unchanged."""

from __future__ import annotations

import functools
from typing import Any

from lightnode.protocol.address import encode_address
from lightnode.protocol.encoding import pack

from .state import Event


@functools.lru_cache(maxsize=1 << 16)
def address_of(actor: bytes) -> str:
    """The text address of an actor id (cached: bech32m checksums are slow in pure Python)."""
    return encode_address(actor)


def event_to_json(event: Event, *, addresses: bool = True) -> dict[str, Any]:
    """An event as JSON: bytes as hex, and actor ids as text addresses (or hex, for storage)."""
    return {
        "kind": event.kind,
        "actors": [address_of(a) if addresses and len(a) == 20 else a.hex() for a in event.actors],
        "action_id": event.action_id.hex(),
        "data": {k: v.hex() if isinstance(v, bytes) else v for k, v in event.data.items()},
    }


def stored_event_to_json(event: dict[str, Any]) -> dict[str, Any]:
    """An event as stored (actors in hex) in its API form (actors as addresses)."""
    actors = [address_of(bytes.fromhex(a)) if len(a) == 40 else a for a in event.get("actors", [])]
    return {**event, "actors": actors}


def array_header(n: int) -> bytes:
    if n < 16:
        return bytes([0x90 | n])
    if n < 2**16:
        return b"\xdc" + n.to_bytes(2, "big")
    return b"\xdd" + n.to_bytes(4, "big")


def committed_block_bytes(block_bytes: bytes, commit_bytes: bytes) -> bytes:
    """The encoding of `CommittedBlock(block, commit)` from the two stored encodings, without re-encoding."""
    return array_header(3) + pack(1) + block_bytes + commit_bytes
