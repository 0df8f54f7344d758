"""Canonical encoding: every structure round-trips, and every damaged encoding is refused cleanly."""

from __future__ import annotations

from typing import Any

import msgpack
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lightnode.protocol import actions as A
from lightnode.protocol import encoding as E
from lightnode.protocol.errors import DecodeError, ProtocolError
from lightnode.protocol.state import OrderRecord

from .strategies import ALL_STRUCTS, for_struct

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
STRUCT_IDS = [cls.__name__ for cls in ALL_STRUCTS]


def decode_checked(cls: type[E.Struct], data: bytes) -> E.Struct:
    obj = cls.decode(data, max_size=E.MAX_ENCODED_SIZE)
    if isinstance(obj, A.SignedAction):
        obj.verify()
    return obj


@pytest.mark.parametrize("cls", ALL_STRUCTS, ids=STRUCT_IDS)
@SETTINGS
@given(data=st.data())
def test_decode_of_encode_is_identity(cls: type[E.Struct], data: st.DataObject) -> None:
    obj = data.draw(for_struct(cls))
    encoded = obj.encode()
    assert cls.decode(encoded, max_size=E.MAX_ENCODED_SIZE) == obj
    assert cls.decode(encoded, max_size=E.MAX_ENCODED_SIZE).encode() == encoded


@pytest.mark.parametrize("cls", ALL_STRUCTS, ids=STRUCT_IDS)
@SETTINGS
@given(data=st.data())
def test_truncated_and_extended_encodings_are_refused(cls: type[E.Struct], data: st.DataObject) -> None:
    encoded = data.draw(for_struct(cls)).encode()
    cut = data.draw(st.integers(0, len(encoded) - 1))
    with pytest.raises(DecodeError):
        cls.decode(encoded[:cut], max_size=E.MAX_ENCODED_SIZE)
    extra = data.draw(st.binary(min_size=1, max_size=8))
    with pytest.raises(DecodeError):
        cls.decode(encoded + extra, max_size=E.MAX_ENCODED_SIZE)


@pytest.mark.parametrize("cls", ALL_STRUCTS, ids=STRUCT_IDS)
@SETTINGS
@given(data=st.data())
def test_bit_flips_are_refused_or_decode_to_exactly_those_bytes(cls: type[E.Struct], data: st.DataObject) -> None:
    original = data.draw(for_struct(cls))
    encoded = bytearray(original.encode())
    pos = data.draw(st.integers(0, len(encoded) - 1))
    encoded[pos] ^= 1 << data.draw(st.integers(0, 7))
    flipped = bytes(encoded)
    try:
        obj = decode_checked(cls, flipped)
    except ProtocolError:
        return
    # A flip inside a hash or a number can give another valid structure; then it is *that* structure.
    assert obj != original
    assert obj.encode() == flipped


@SETTINGS
@given(data=st.data())
def test_any_bit_flip_of_a_signed_action_is_refused(data: st.DataObject) -> None:
    signed = data.draw(for_struct(A.SignedAction))
    encoded = bytearray(signed.encode())
    pos = data.draw(st.integers(0, len(encoded) - 1))
    encoded[pos] ^= 1 << data.draw(st.integers(0, 7))
    with pytest.raises(ProtocolError):
        A.decode_signed_action(bytes(encoded))


def _swap_type(value: Any, choice: int) -> Any:
    others: list[Any] = [7, b"\x07", "seven", [7], -1]
    candidates = [o for o in others if type(o) is not type(value) or (type(value) is int and o == -1)]
    return candidates[choice % len(candidates)]


def _paths(wire: Any, prefix: tuple[int, ...] = ()) -> list[tuple[int, ...]]:
    out = [prefix] if prefix else []
    if type(wire) is list:
        for i, item in enumerate(wire):
            out.extend(_paths(item, (*prefix, i)))
    return out


def _replace(wire: Any, path: tuple[int, ...], new: Any) -> Any:
    if not path:
        return new
    copy = list(wire)
    copy[path[0]] = _replace(copy[path[0]], path[1:], new)
    return copy


def _get(wire: Any, path: tuple[int, ...]) -> Any:
    for i in path:
        wire = wire[i]
    return wire


@pytest.mark.parametrize("cls", ALL_STRUCTS, ids=STRUCT_IDS)
@SETTINGS
@given(data=st.data())
def test_type_swapped_fields_are_refused(cls: type[E.Struct], data: st.DataObject) -> None:
    wire = data.draw(for_struct(cls)).to_wire()
    path = data.draw(st.sampled_from(_paths(wire)))
    old = _get(wire, path)
    new = _swap_type(old, data.draw(st.integers(0, 4)))
    if type(old) is int and type(new) is int:
        return  # -1 for an int may be in range of a signed field; covered by range tests
    swapped = msgpack.packb(_replace(wire, path, new), use_bin_type=True)
    with pytest.raises(DecodeError):
        cls.decode(swapped, max_size=E.MAX_ENCODED_SIZE)


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"", "empty"),
        (msgpack.packb({"a": 1}), "maps"),
        (msgpack.packb([1, 1.5]), "float"),
        (msgpack.packb([1, None]), "nil"),
        (msgpack.packb([1, True]), "bool"),
        (msgpack.packb(msgpack.ExtType(5, b"x")), "extension"),
        (b"\xcd\x00\x01", "non-minimal integer"),
        (b"\xd9\x01a", "non-minimal string"),
        (b"\xdc\x00\x01\x01", "non-minimal array"),
        (b"\xa1\xff", "invalid UTF-8"),
        (b"\x91" * 100 + b"\x01", "nesting"),
        (b"\xdd\xff\xff\xff\xff", "huge array header"),
        (b"\xc6\xff\xff\xff\xff", "huge bin header"),
    ],
)
def test_unpack_refuses_non_canonical_or_foreign_msgpack(data: bytes, why: str) -> None:
    with pytest.raises(DecodeError):
        E.unpack(data)


def test_size_limit_is_checked_before_parsing() -> None:
    with pytest.raises(DecodeError, match="exceeds the limit"):
        E.unpack(msgpack.packb([b"x" * 100]), max_size=50)


def test_amounts_use_minimal_big_endian_bytes() -> None:
    codec = E.Amount()
    assert codec.to_wire(0) == b""
    assert codec.to_wire(E.ONE_EXC) == (10**18).to_bytes(8, "big")
    assert codec.from_wire(codec.to_wire(E.AMOUNT_MAX), "x") == E.AMOUNT_MAX
    with pytest.raises(DecodeError, match="leading zero"):
        codec.from_wire(b"\x00\x01", "amount")
    with pytest.raises(DecodeError):
        codec.from_wire(b"\x01" * 33, "amount")
    with pytest.raises(DecodeError):
        codec.to_wire(-1)


def test_wrong_version_is_refused() -> None:
    wire = A.Transfer(b"\x01" * 20, 5, "").to_wire()
    wire[0] = 2
    with pytest.raises(DecodeError, match="version"):
        A.Transfer.decode(msgpack.packb(wire, use_bin_type=True))


def test_unknown_enum_values_are_refused() -> None:
    wire = A.Profile("Ana", A.Role.MODEL, "", (), "", b"", b"").to_wire()
    wire[2] = 99
    with pytest.raises(DecodeError, match="Role"):
        A.Profile.decode(msgpack.packb(wire, use_bin_type=True))


def test_semantic_rules_are_refused_at_decode() -> None:
    zero_transfer = msgpack.packb([1, b"\x01" * 20, b"", ""], use_bin_type=True)
    with pytest.raises(ProtocolError, match="positive amount"):
        A.Transfer.decode(zero_transfer)


def test_a_record_of_an_older_version_is_refused_by_its_version() -> None:
    """A stored record from before a format change has other fields: the error names the version, not a count."""
    older = msgpack.packb([OrderRecord.VERSION - 1, *range(len(OrderRecord._FIELDS) - 2)])
    with pytest.raises(DecodeError, match=r"unsupported version 1 \(expected 2\)"):
        OrderRecord.decode(older, max_size=E.MAX_ENCODED_SIZE)
