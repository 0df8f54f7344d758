"""Checksummed text addresses (bech32m, prefix `exc`) for 20-byte actor ids."""

from __future__ import annotations

from bech32m.codecs import DecodeError as Bech32Error
from bech32m.codecs import Encoding, bech32_decode, bech32_encode, convertbits

from .errors import AddressError
from .keys import ACTOR_ID_SIZE

PREFIX = "exc"


def encode_address(actor: bytes) -> str:
    """The text address of an actor id, e.g. ``exc1…``."""
    if type(actor) is not bytes or len(actor) != ACTOR_ID_SIZE:
        raise AddressError("an actor id is 20 bytes")
    text: str = bech32_encode(PREFIX, bytes(convertbits(actor, 8, 5)), Encoding.BECH32M)
    return text


def decode_address(text: str) -> bytes:
    """The actor id in a text address; a typo, a wrong prefix or a wrong length raises AddressError."""
    if not isinstance(text, str):
        raise AddressError("an address is text")
    text = text.strip()
    if not text:
        raise AddressError("the address is empty")
    if not text.lower().startswith(PREFIX + "1"):
        raise AddressError(f"an ExC address starts with '{PREFIX}1'")
    try:
        hrp, data, spec = bech32_decode(text)
    except Bech32Error as exc:
        raise AddressError("the address has a typo: its checksum does not match") from exc
    if hrp != PREFIX:
        raise AddressError(f"an ExC address starts with '{PREFIX}1'")
    if spec is not Encoding.BECH32M:
        raise AddressError("the address uses the old bech32 checksum, not bech32m")
    try:
        actor = bytes(convertbits(data, 5, 8, pad=False))
    except Bech32Error as exc:
        raise AddressError("the address is malformed") from exc
    if len(actor) != ACTOR_ID_SIZE:
        raise AddressError(f"the address holds {len(actor)} bytes, not {ACTOR_ID_SIZE}")
    return actor


def is_valid_address(text: str) -> bool:
    try:
        decode_address(text)
    except AddressError:
        return False
    return True
