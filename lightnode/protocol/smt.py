"""Persistent sparse Merkle tree of chain state over 256-bit paths, with compact (non-)inclusion proofs."""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from operator import itemgetter
from typing import Protocol, TypeAlias

import msgpack

from lightnode.protocol.errors import DecodeError, ProofError
from lightnode.protocol.hashing import DIGEST_SIZE, Tag

__all__ = ["EMPTY_HASH", "SmtProof", "SparseMerkleTree", "proof_size", "verify_smt_proof"]

WIRE_VERSION = 1
PATH_BITS = 256
EMPTY_HASH = bytes(DIGEST_SIZE)

# Copying a pre-personalized state is about twice as fast as building a personalized hasher per call,
# and hashing is most of the cost of an update.
_KEY_HASHER = hashlib.blake2b(digest_size=DIGEST_SIZE, person=Tag.SMT_KEY.value)
_VALUE_HASHER = hashlib.blake2b(digest_size=DIGEST_SIZE, person=Tag.SMT_VALUE.value)
_LEAF_HASHER = hashlib.blake2b(digest_size=DIGEST_SIZE, person=Tag.SMT_LEAF.value)
_NODE_HASHER = hashlib.blake2b(digest_size=DIGEST_SIZE, person=Tag.SMT_NODE.value)


# Nodes are plain tuples with the hash first: a leaf is (hash, path, key, value), an internal node is
# (hash, left, right), told apart by length, and None is an empty subtree. A tuple is the cheapest immutable
# object Python builds, and one is built per level on every update. They must be exact tuples: the cycle
# collector stops tracking a tuple whose items are all untracked, so a tree of them drops out of its scans;
# with a NamedTuple for leaves it rescanned the whole tree, and updates at a million keys ran 3x slower.
# Nodes are never mutated, so versions share them.
_Leaf: TypeAlias = "tuple[bytes, int, bytes, bytes]"
_Internal: TypeAlias = "tuple[bytes, _Node, _Node]"
_Node: TypeAlias = "_Leaf | _Internal | None"


def _key_path(key: bytes) -> bytes:
    h = _KEY_HASHER.copy()
    h.update(key)
    return h.digest()


def _value_hash(value: bytes) -> bytes:
    h = _VALUE_HASHER.copy()
    h.update(value)
    return h.digest()


def _leaf_hash(path: bytes, value_hash: bytes) -> bytes:
    h = _LEAF_HASHER.copy()
    h.update(path + value_hash)
    return h.digest()


def _node_hash(left: bytes, right: bytes) -> bytes:
    h = _NODE_HASHER.copy()
    h.update(left + right)
    return h.digest()


def _new_leaf(key: bytes, value: bytes) -> _Leaf:
    if not isinstance(key, bytes) or not isinstance(value, bytes):
        raise TypeError("state keys and values must be bytes")
    path = _key_path(key)
    return (_leaf_hash(path, _value_hash(value)), int.from_bytes(path, "big"), key, value)


def _internal(left: _Node, right: _Node) -> _Internal:
    return (
        _node_hash(EMPTY_HASH if left is None else left[0], EMPTY_HASH if right is None else right[0]),
        left,
        right,
    )


def _join(left: _Node, right: _Node) -> _Node:
    """The node over two children, keeping the compressed form: a lone leaf or nothing rises to the parent."""
    if left is None:
        if right is None or len(right) == 4:
            return right
    elif right is None and len(left) == 4:
        return left
    return _internal(left, right)


def _split_point(path: int, depth: int) -> int:
    """The smallest path whose bit `depth` is 1 and whose first `depth` bits equal those of `path`."""
    shift = PATH_BITS - 1 - depth
    return ((path >> shift) | 1) << shift


def _pair(a: _Leaf, b: _Leaf, depth: int) -> _Internal:
    """The subtree at `depth` holding two leaves whose paths agree on their first `depth` bits."""
    fork = PATH_BITS - (a[1] ^ b[1]).bit_length()
    node = _internal(a, b) if a[1] < b[1] else _internal(b, a)
    # Above the fork both leaves go the same way, so every level there has an empty sibling.
    for level in range(fork - 1, depth - 1, -1):
        node = _internal(None, node) if a[1] >> (PATH_BITS - 1 - level) & 1 else _internal(node, None)
    return node


def _build(depth: int, paths: list[int], leaves: list[_Leaf], lo: int, hi: int) -> _Node:
    """The subtree at `depth` holding `leaves[lo:hi]`, sorted by path and sharing their first `depth` bits."""
    if hi - lo <= 1:
        return leaves[lo] if hi > lo else None
    mid = bisect_left(paths, _split_point(paths[lo], depth), lo, hi)
    # At least two leaves: whichever side they fall on, the result is an internal node, never a lone leaf.
    return _internal(_build(depth + 1, paths, leaves, lo, mid), _build(depth + 1, paths, leaves, mid, hi))


def _build_live(depth: int, paths: list[int], leaves: list[_Leaf | None], lo: int, hi: int) -> _Node:
    live = [(paths[i], leaf) for i in range(lo, hi) if (leaf := leaves[i]) is not None]
    return _build(depth, [p for p, _ in live], [leaf for _, leaf in live], 0, len(live))


def _apply_batch(root: _Node, paths: list[int], leaves: list[_Leaf | None]) -> tuple[_Node, int]:
    """Apply sorted changes (a None leaf deletes) and count how many changed paths were present before.

    Changes are split by path bit at each level, so a common prefix is walked and rehashed once per batch.
    """
    replaced = 0

    def apply(node: _Node, depth: int, lo: int, hi: int) -> _Node:
        nonlocal replaced
        if node is None:
            return _build_live(depth, paths, leaves, lo, hi)
        if len(node) == 4:
            i = bisect_left(paths, node[1], lo, hi)
            if i < hi and paths[i] == node[1]:
                replaced += 1
                return _build_live(depth, paths, leaves, lo, hi)
            # The resident leaf stays: rebuild this slot from it together with the changes that reach it.
            merged_paths = [*paths[lo:i], node[1], *paths[i:hi]]
            merged_leaves = [*leaves[lo:i], node, *leaves[i:hi]]
            return _build_live(depth, merged_paths, merged_leaves, 0, len(merged_paths))
        _, left, right = node
        mid = bisect_left(paths, _split_point(paths[lo], depth), lo, hi)
        new_left = left if mid == lo else apply(left, depth + 1, lo, mid)
        new_right = right if mid == hi else apply(right, depth + 1, mid, hi)
        if new_left is left and new_right is right:
            return node
        return _join(new_left, new_right)

    new_root = apply(root, 0, 0, len(paths))
    return new_root, replaced


def _apply_one(root: _Node, path: int, leaf: _Leaf | None) -> tuple[_Node, bool]:
    """Put `leaf` at `path` (None deletes) and tell whether the path was present before.

    The single-key case of `_apply_batch`, without recursion or bisection, for the hot path where actions
    are applied one write at a time.
    """
    spine: list[_Internal] = []
    node = root
    shift = PATH_BITS - 1
    while node is not None and len(node) == 3:
        spine.append(node)
        node = node[2] if path >> shift & 1 else node[1]
        shift -= 1
    present = node is not None and node[1] == path
    new: _Node
    if leaf is None:
        if not present:
            return root, False
        new = None
    elif node is None or present:
        new = leaf
    else:
        new = _pair(node, leaf, len(spine))
    for parent in reversed(spine):
        shift += 1
        on_right = path >> shift & 1
        sibling = parent[1] if on_right else parent[2]
        if sibling is None:
            if new is None or len(new) == 4:
                continue
        elif new is None and len(sibling) == 4:
            new = sibling
            continue
        new = _internal(sibling, new) if on_right else _internal(new, sibling)
    return new, present


@dataclass(frozen=True, slots=True)
class SmtProof:
    """A proof that a key holds a value, or holds nothing, under a sparse Merkle root.

    `depth` is the number of internal nodes from the root down to the key's slot. For level k in
    0..depth-1 (root first), the sibling at level k is the child of the k-th node on the path that the key's
    path bit k (most significant bit first) does not select. Bit k of `bitmap` (byte k // 8, mask
    0x80 >> k % 8) is 1 when that sibling is non-empty; `siblings` lists only the non-empty ones, root first.
    `other_leaf` is `(path, value_hash)` of a different leaf occupying the slot, for non-inclusion.
    """

    depth: int
    bitmap: bytes
    siblings: tuple[bytes, ...]
    other_leaf: tuple[bytes, bytes] | None = None

    def to_wire(self) -> list[object]:
        """The msgpack-ready form `[1, depth, bitmap, [sibling, ...], [] | [path, value_hash]]`."""
        # An empty list, not nil: protocol encodings hold only integers, bytes, strings and arrays.
        other = [] if self.other_leaf is None else list(self.other_leaf)
        return [WIRE_VERSION, self.depth, self.bitmap, list(self.siblings), other]

    @classmethod
    def from_wire(cls, obj: object) -> SmtProof:
        """Parse the positional form strictly, raising DecodeError on any deviation from `to_wire`'s shape."""
        if type(obj) is not list or len(obj) != 5:
            raise DecodeError("smt proof: expected a list of 5 items")
        version, depth, bitmap, siblings, other = obj
        if type(version) is not int or version != WIRE_VERSION:
            raise DecodeError("smt proof: unsupported version")
        if type(siblings) is not list or type(bitmap) is not bytes:
            raise DecodeError("smt proof: siblings must be a list and the bitmap bytes")
        if type(other) is not list or len(other) not in (0, 2):
            raise DecodeError("smt proof: the other leaf must be [] or [path, value_hash]")
        other = tuple(other) if other else None
        problem = _shape_problem(depth, bitmap, siblings, other)
        if problem:
            raise DecodeError(f"smt proof: {problem}")
        return cls(depth, bitmap, tuple(siblings), other)


def _is_digest(value: object) -> bool:
    return type(value) is bytes and len(value) == DIGEST_SIZE


def _shape_problem(depth: object, bitmap: bytes, siblings: object, other: object) -> str | None:
    """What makes these proof fields malformed, or None; shared by decoding and verification."""
    if type(depth) is not int or not 0 <= depth <= PATH_BITS:
        return "depth out of range"
    if len(bitmap) != (depth + 7) // 8:
        return "bitmap length does not match the depth"
    # Unused low bits of the last byte must be zero, so that each proof has exactly one encoding.
    if depth % 8 and bitmap[-1] & (0xFF >> depth % 8):
        return "bitmap padding bits set"
    if not isinstance(siblings, list | tuple) or not all(_is_digest(s) for s in siblings):
        return "every sibling must be 32 bytes"
    if int.from_bytes(bitmap, "big").bit_count() != len(siblings):
        return "sibling count does not match the bitmap"
    if other is not None and not (
        isinstance(other, tuple) and len(other) == 2 and _is_digest(other[0]) and _is_digest(other[1])
    ):
        return "the other leaf must be two 32-byte hashes"
    return None


def verify_smt_proof(root: bytes, key: bytes, value: bytes | None, proof: SmtProof) -> None:
    """Check that `key` holds `value` (None: holds nothing) in the tree whose root hash is `root`.

    Raises ProofError when it does not, or when the proof is malformed.
    """
    depth, bitmap, siblings, other = proof.depth, proof.bitmap, proof.siblings, proof.other_leaf
    if type(bitmap) is not bytes:
        raise ProofError("smt proof: bitmap must be bytes")
    problem = _shape_problem(depth, bitmap, siblings, other)
    if problem:
        raise ProofError(f"smt proof: {problem}")
    path_bytes = _key_path(key)
    path = int.from_bytes(path_bytes, "big")
    if value is not None:
        if other is not None:
            raise ProofError("smt proof: a non-inclusion proof cannot show a value")
        running = _leaf_hash(path_bytes, _value_hash(value))
    elif other is None:
        running = EMPTY_HASH
    else:
        other_path, other_value_hash = other
        if other_path == path_bytes:
            raise ProofError("smt proof: the key is present")
        # The other leaf must sit in the key's slot, so it must share the slot's prefix with the key.
        if (int.from_bytes(other_path, "big") ^ path) >> (PATH_BITS - depth):
            raise ProofError("smt proof: the other leaf is not in the key's slot")
        running = _leaf_hash(other_path, other_value_hash)
    remaining = len(siblings)
    for level in range(depth - 1, -1, -1):
        if bitmap[level >> 3] & (0x80 >> (level & 7)):
            remaining -= 1
            sibling = siblings[remaining]
        else:
            sibling = EMPTY_HASH
        if path >> (PATH_BITS - 1 - level) & 1:
            running = _node_hash(sibling, running)
        else:
            running = _node_hash(running, sibling)
    if running != root:
        raise ProofError("smt proof: root mismatch")


class _Wireable(Protocol):
    def to_wire(self) -> list[object]: ...


def proof_size(proof: _Wireable) -> int:
    """The size in bytes of a proof's msgpack encoding, as sent to a light client."""
    return len(msgpack.packb(proof.to_wire(), use_bin_type=True))


class SparseMerkleTree:
    """An immutable version of the state tree; `update` returns a new version sharing unchanged nodes.

    A key's path is BLAKE2b-256(SMT_KEY, key), read most significant bit first from the root. A subtree
    with one leaf is that leaf, hoisted to where it becomes alone; an empty subtree hashes to 32 zero bytes.
    """

    __slots__ = ("_count", "_root")

    _root: _Node
    _count: int

    def __init__(self) -> None:
        self._root = None
        self._count = 0

    @classmethod
    def _version(cls, root: _Node, count: int) -> SparseMerkleTree:
        tree = cls.__new__(cls)
        tree._root = root
        tree._count = count
        return tree

    @property
    def root_hash(self) -> bytes:
        """The hash that block headers commit to as the state root."""
        return EMPTY_HASH if self._root is None else self._root[0]

    def __len__(self) -> int:
        return self._count

    def __repr__(self) -> str:
        return f"SparseMerkleTree(len={self._count}, root={self.root_hash.hex()})"

    def get(self, key: bytes) -> bytes | None:
        """The value stored under `key`, or None."""
        path = int.from_bytes(_key_path(key), "big")
        node = self._root
        shift = PATH_BITS - 1
        while node is not None and len(node) == 3:
            node = node[2] if path >> shift & 1 else node[1]
            shift -= 1
        if node is not None and node[1] == path:
            return node[3]
        return None

    def items(self) -> Iterator[tuple[bytes, bytes]]:
        """Every (key, value) pair, in path order."""
        stack: list[_Node] = [self._root]
        while stack:
            node = stack.pop()
            if node is None:
                continue
            if len(node) == 4:
                yield node[2], node[3]
            else:
                stack.append(node[2])
                stack.append(node[1])

    def update(self, changes: Mapping[bytes, bytes | None]) -> SparseMerkleTree:
        """A new version with every change applied (None deletes); this version is left as it was.

        Returns this same version when the changes only delete absent keys.
        """
        if len(changes) == 1:
            ((key, value),) = changes.items()
            return self.delete(key) if value is None else self.set(key, value)
        entries: list[tuple[int, _Leaf | None]] = []
        inserted = 0
        for key, value in changes.items():
            if value is None:
                if not isinstance(key, bytes):
                    raise TypeError("state keys must be bytes")
                entries.append((int.from_bytes(_key_path(key), "big"), None))
            else:
                leaf = _new_leaf(key, value)
                entries.append((leaf[1], leaf))
                inserted += 1
        if not entries:
            return self
        entries.sort(key=itemgetter(0))
        root, replaced = _apply_batch(self._root, [p for p, _ in entries], [leaf for _, leaf in entries])
        if root is self._root:
            return self
        return self._version(root, self._count + inserted - replaced)

    def set(self, key: bytes, value: bytes) -> SparseMerkleTree:
        """A new version where `key` holds `value`."""
        leaf = _new_leaf(key, value)
        root, present = _apply_one(self._root, leaf[1], leaf)
        return self._version(root, self._count + (not present))

    def delete(self, key: bytes) -> SparseMerkleTree:
        """A new version without `key` (the same version if it was absent)."""
        if not isinstance(key, bytes):
            raise TypeError("state keys must be bytes")
        root, present = _apply_one(self._root, int.from_bytes(_key_path(key), "big"), None)
        return self._version(root, self._count - 1) if present else self

    def prove(self, key: bytes) -> SmtProof:
        """An inclusion proof of `key`'s value, or a non-inclusion proof if `key` is absent."""
        path = int.from_bytes(_key_path(key), "big")
        bitmap = bytearray()
        siblings: list[bytes] = []
        node = self._root
        depth = 0
        while node is not None and len(node) == 3:
            if depth & 7 == 0:
                bitmap.append(0)
            _, left, right = node
            if path >> (PATH_BITS - 1 - depth) & 1:
                sibling, node = left, right
            else:
                sibling, node = right, left
            if sibling is not None:
                bitmap[depth >> 3] |= 0x80 >> (depth & 7)
                siblings.append(sibling[0])
            depth += 1
        other = None
        if node is not None and node[1] != path:
            other = (node[1].to_bytes(DIGEST_SIZE, "big"), _value_hash(node[3]))
        return SmtProof(depth, bytes(bitmap), tuple(siblings), other)
