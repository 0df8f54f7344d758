"""Merkle tree hashes and audit paths, checked against the recursive definitions of RFC 9162 §2.1."""

from __future__ import annotations

import dataclasses

import msgpack
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lightnode.protocol.errors import DecodeError, ProofError
from lightnode.protocol.hashing import Tag, blake2b256
from lightnode.protocol.merkle import MerkleProof, merkle_proof, merkle_root, verify_merkle_proof

SETTINGS = settings(max_examples=60, deadline=None)

unique_leaves = st.lists(st.binary(max_size=12), min_size=1, max_size=40, unique=True)


def _split(n: int) -> int:
    """The largest power of two smaller than n (n > 1)."""
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def reference_root(leaves: list[bytes]) -> bytes:
    """MTH(D[n]) exactly as RFC 9162 §2.1.1 defines it, recursively."""
    if not leaves:
        return blake2b256(Tag.MERKLE, b"")
    if len(leaves) == 1:
        return blake2b256(Tag.MERKLE, b"\x00" + leaves[0])
    k = _split(len(leaves))
    return blake2b256(Tag.MERKLE, b"\x01" + reference_root(leaves[:k]) + reference_root(leaves[k:]))


def reference_path(index: int, leaves: list[bytes]) -> list[bytes]:
    """PATH(m, D[n]) exactly as RFC 9162 §2.1.3.1 defines it, recursively."""
    if len(leaves) == 1:
        return []
    k = _split(len(leaves))
    if index < k:
        return [*reference_path(index, leaves[:k]), reference_root(leaves[k:])]
    return [*reference_path(index - k, leaves[k:]), reference_root(leaves[:k])]


def test_empty_and_single_leaf_roots_follow_the_spec() -> None:
    assert merkle_root([]) == blake2b256(Tag.MERKLE, b"")
    assert merkle_root([b"abc"]) == blake2b256(Tag.MERKLE, b"\x00abc")
    leaf_a = blake2b256(Tag.MERKLE, b"\x00a")
    leaf_b = blake2b256(Tag.MERKLE, b"\x00b")
    leaf_c = blake2b256(Tag.MERKLE, b"\x00c")
    left = blake2b256(Tag.MERKLE, b"\x01" + leaf_a + leaf_b)
    assert merkle_root([b"a", b"b", b"c"]) == blake2b256(Tag.MERKLE, b"\x01" + left + leaf_c)


def test_a_leaf_cannot_pose_as_a_node() -> None:
    # Without the 0x00/0x01 prefixes, a one-leaf tree of two concatenated child hashes would share the root.
    pair = [b"a", b"b"]
    concatenated = blake2b256(Tag.MERKLE, b"\x00a") + blake2b256(Tag.MERKLE, b"\x00b")
    assert merkle_root([concatenated]) != merkle_root(pair)


@SETTINGS
@given(st.lists(st.binary(max_size=12), max_size=70))
def test_root_matches_the_recursive_definition(leaves: list[bytes]) -> None:
    assert merkle_root(leaves) == reference_root(leaves)


@SETTINGS
@given(unique_leaves, st.data())
def test_every_member_has_the_rfc_audit_path_and_it_verifies(leaves: list[bytes], data: st.DataObject) -> None:
    root = merkle_root(leaves)
    for index in data.draw(st.lists(st.integers(0, len(leaves) - 1), min_size=1, max_size=6)):
        proof = merkle_proof(leaves, index)
        assert proof.path == tuple(reference_path(index, leaves))
        assert (proof.index, proof.tree_size) == (index, len(leaves))
        verify_merkle_proof(root, leaves[index], proof)


@SETTINGS
@given(unique_leaves, st.data())
def test_a_proof_does_not_carry_another_leaf(leaves: list[bytes], data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(leaves) - 1))
    proof = merkle_proof(leaves, index)
    stranger = data.draw(st.binary(max_size=12).filter(lambda b: b not in leaves))
    with pytest.raises(ProofError):
        verify_merkle_proof(merkle_root(leaves), stranger, proof)
    for other in (i for i in range(len(leaves)) if i != index):
        with pytest.raises(ProofError):
            verify_merkle_proof(merkle_root(leaves), leaves[other], proof)


def reference_sides(index: int, size: int) -> list[str]:
    """Which side each audit-path sibling sits on, leaf first, following PATH(m, D[n])."""
    if size == 1:
        return []
    k = _split(size)
    if index < k:
        return [*reference_sides(index, k), "right"]
    return [*reference_sides(index - k, size - k), "left"]


def _path_alterations(path: tuple[bytes, ...]) -> list[tuple[bytes, ...]]:
    altered = [(*path, bytes(32)), (bytes(32), *path)]
    for i, sibling in enumerate(path):
        flipped = bytes([sibling[0] ^ 1]) + sibling[1:]
        altered.append((*path[:i], flipped, *path[i + 1 :]))
        altered.append((*path[:i], sibling[-1:] + sibling[:-1], *path[i + 1 :]))
        altered.append(path[:i] + path[i + 1 :])
        altered.append((*path[:i], sibling[:31], *path[i + 1 :]))
    if len(path) > 1 and path != path[::-1]:
        altered.append(path[::-1])
    return altered


@SETTINGS
@given(unique_leaves, st.data())
def test_any_altered_path_or_position_is_rejected(leaves: list[bytes], data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(leaves) - 1))
    proof = merkle_proof(leaves, index)
    root = merkle_root(leaves)
    for path in _path_alterations(proof.path):
        with pytest.raises(ProofError):
            verify_merkle_proof(root, leaves[index], dataclasses.replace(proof, path=path))
    for other_index in range(len(leaves)):
        if other_index != index:
            with pytest.raises(ProofError):
                verify_merkle_proof(root, leaves[index], dataclasses.replace(proof, index=other_index))
    with pytest.raises(ProofError):
        verify_merkle_proof(bytes(32), leaves[index], proof)


@SETTINGS
@given(unique_leaves, st.data())
def test_a_changed_tree_size_verifies_only_when_the_path_shape_is_the_same(
    leaves: list[bytes], data: st.DataObject
) -> None:
    # RFC 9162 does not bind the tree size into the root: a header commits to it next to the root. A proof
    # replayed with another size must still fail whenever that size moves the leaf to another position.
    index = data.draw(st.integers(0, len(leaves) - 1))
    proof = merkle_proof(leaves, index)
    root = merkle_root(leaves)
    for size in range(max(1, index - 2), len(leaves) + 8):
        altered = dataclasses.replace(proof, tree_size=size)
        if index < size and reference_sides(index, size) == reference_sides(index, len(leaves)):
            verify_merkle_proof(root, leaves[index], altered)
        else:
            with pytest.raises(ProofError):
                verify_merkle_proof(root, leaves[index], altered)


def test_proof_of_a_missing_index_is_refused() -> None:
    with pytest.raises(IndexError):
        merkle_proof([b"a"], 1)
    with pytest.raises(IndexError):
        merkle_proof([], 0)


@SETTINGS
@given(unique_leaves, st.data())
def test_wire_form_round_trips_through_msgpack(leaves: list[bytes], data: st.DataObject) -> None:
    proof = merkle_proof(leaves, data.draw(st.integers(0, len(leaves) - 1)))
    encoded = msgpack.packb(proof.to_wire(), use_bin_type=True)
    decoded = MerkleProof.from_wire(msgpack.unpackb(encoded, raw=False))
    assert decoded == proof
    assert msgpack.packb(decoded.to_wire(), use_bin_type=True) == encoded


H = bytes(32)


@pytest.mark.parametrize(
    "wire",
    [
        None,
        b"",
        (1, 0, 1, []),
        [],
        [1, 0, 1],
        [1, 0, 1, [], None],
        [2, 0, 1, []],
        [True, 0, 1, []],
        [1, False, 1, []],
        [1, 0, True, []],
        [1, "0", 1, []],
        [1, 0.0, 1, []],
        [1, -1, 1, []],
        [1, 1, 1, []],
        [1, 0, 0, []],
        [1, 0, 2**64, []],
        [1, 0, 2, (H,)],
        [1, 0, 2, H],
        [1, 0, 2, [H[:31]]],
        [1, 0, 2, [H + b"\x00"]],
        [1, 0, 2, [bytearray(H)]],
        [1, 0, 2, [H.hex()]],
        [1, 0, 2**64 - 1, [H] * 65],
    ],
)
def test_malformed_wire_forms_are_decode_errors(wire: object) -> None:
    with pytest.raises(DecodeError):
        MerkleProof.from_wire(wire)


msgpack_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.binary(max_size=40) | st.text(max_size=4) | st.floats(),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=12,
)


@SETTINGS
@given(msgpack_values)
def test_arbitrary_objects_decode_or_raise_decode_error(obj: object) -> None:
    try:
        proof = MerkleProof.from_wire(obj)
    except DecodeError:
        return
    assert proof.to_wire() == obj


@SETTINGS
@given(unique_leaves, st.data())
def test_mutated_wire_forms_decode_canonically_or_raise_decode_error(leaves: list[bytes], data: st.DataObject) -> None:
    wire = merkle_proof(leaves, data.draw(st.integers(0, len(leaves) - 1))).to_wire()
    mutated = data.draw(_mutations(wire))
    try:
        proof = MerkleProof.from_wire(mutated)
    except DecodeError:
        return
    # Whatever is accepted must be exactly what its decoded form encodes to: one encoding per proof.
    assert proof.to_wire() == mutated


def _mutations(wire: list[object]) -> st.SearchStrategy[object]:
    path = wire[3]
    assert isinstance(path, list)
    top = st.integers(0, len(wire) - 1)
    return st.one_of(
        st.integers(0, len(wire) - 1).map(lambda n: wire[:n]),
        msgpack_values.map(lambda extra: [*wire, extra]),
        st.tuples(top, msgpack_values).map(lambda t: [*wire[: t[0]], t[1], *wire[t[0] + 1 :]]),
        st.tuples(st.integers(0, len(path)), st.binary(min_size=30, max_size=34)).map(
            lambda t: [*wire[:3], [*path[: t[0]], t[1], *path[t[0] + 1 :]]]
        ),
        st.integers(-2, 2**65).map(lambda n: [wire[0], n, *wire[2:]]),
        st.integers(-2, 2**65).map(lambda n: [*wire[:2], n, wire[3]]),
    )
