"""The sparse Merkle state tree: roots against the definition, versions, and (non-)inclusion proofs."""

from __future__ import annotations

import dataclasses
import random

import msgpack
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, invariant, precondition, rule

from lightnode.protocol.errors import DecodeError, ProofError
from lightnode.protocol.hashing import Tag, blake2b256
from lightnode.protocol.smt import EMPTY_HASH, SmtProof, SparseMerkleTree, proof_size, verify_smt_proof

SETTINGS = settings(max_examples=60, deadline=None)

keys = st.binary(max_size=6)
values = st.binary(max_size=10)
states = st.dictionaries(keys, values, max_size=40)


def reference_root(state: dict[bytes, bytes]) -> bytes:
    """The root from the definition: empty is 32 zero bytes, a lone leaf is its own hash, else a node."""
    leaves = []
    for key, value in state.items():
        path = blake2b256(Tag.SMT_KEY, key)
        bits = "".join(f"{byte:08b}" for byte in path)
        leaves.append((bits, blake2b256(Tag.SMT_LEAF, path + blake2b256(Tag.SMT_VALUE, value))))

    def subtree(group: list[tuple[str, bytes]], depth: int) -> bytes:
        if not group:
            return bytes(32)
        if len(group) == 1:
            return group[0][1]
        left = subtree([leaf for leaf in group if leaf[0][depth] == "0"], depth + 1)
        right = subtree([leaf for leaf in group if leaf[0][depth] == "1"], depth + 1)
        return blake2b256(Tag.SMT_NODE, left + right)

    return subtree(leaves, 0)


def tree_of(state: dict[bytes, bytes]) -> SparseMerkleTree:
    return SparseMerkleTree().update(state)


def assert_matches(tree: SparseMerkleTree, state: dict[bytes, bytes]) -> None:
    assert tree.root_hash == reference_root(state)
    assert len(tree) == len(state)
    items = list(tree.items())
    assert dict(items) == state
    paths = [blake2b256(Tag.SMT_KEY, key) for key, _ in items]
    assert paths == sorted(set(paths))
    for key, value in state.items():
        assert tree.get(key) == value


def test_empty_tree_and_single_leaf_follow_the_spec() -> None:
    empty = SparseMerkleTree()
    assert empty.root_hash == EMPTY_HASH == bytes(32)
    assert len(empty) == 0
    assert list(empty.items()) == []
    assert empty.get(b"k") is None
    one = empty.set(b"k", b"v")
    path = blake2b256(Tag.SMT_KEY, b"k")
    assert one.root_hash == blake2b256(Tag.SMT_LEAF, path + blake2b256(Tag.SMT_VALUE, b"v"))
    assert one.get(b"k") == b"v"
    assert empty.root_hash == bytes(32)


@SETTINGS
@given(states)
def test_batch_build_matches_the_definition(state: dict[bytes, bytes]) -> None:
    assert_matches(tree_of(state), state)


@SETTINGS
@given(states, st.randoms(use_true_random=False))
def test_update_order_does_not_change_the_root(state: dict[bytes, bytes], rng: random.Random) -> None:
    items = list(state.items())
    rng.shuffle(items)
    one_by_one = SparseMerkleTree()
    for key, value in items:
        one_by_one = one_by_one.set(key, value)
    rng.shuffle(items)
    half = len(items) // 2
    in_two_batches = SparseMerkleTree().update(dict(items[:half])).update(dict(items[half:]))
    assert one_by_one.root_hash == in_two_batches.root_hash == tree_of(state).root_hash
    assert_matches(one_by_one, state)


@SETTINGS
@given(states, st.dictionaries(keys, values | st.none(), max_size=20))
def test_a_batch_equals_the_same_changes_one_at_a_time(
    state: dict[bytes, bytes], changes: dict[bytes, bytes | None]
) -> None:
    before = tree_of(state)
    batched = before.update(changes)
    single = before
    expected = dict(state)
    for key, value in changes.items():
        if value is None:
            single = single.delete(key)
            expected.pop(key, None)
        else:
            single = single.set(key, value)
            expected[key] = value
    assert batched.root_hash == single.root_hash
    assert_matches(batched, expected)
    assert_matches(before, state)


@SETTINGS
@given(states, st.dictionaries(keys, values, min_size=1, max_size=10))
def test_deleting_new_keys_restores_the_previous_root(state: dict[bytes, bytes], extra: dict[bytes, bytes]) -> None:
    before = tree_of(state)
    fresh = {key: value for key, value in extra.items() if key not in state}
    grown = before.update(fresh)
    assert before.update(fresh).update(dict.fromkeys(fresh)).root_hash == before.root_hash
    shrunk = grown
    for key in fresh:
        shrunk = shrunk.delete(key)
    assert shrunk.root_hash == before.root_hash
    assert len(shrunk) == len(state)


@SETTINGS
@given(states, keys)
def test_deleting_or_batching_nothing_keeps_the_version(state: dict[bytes, bytes], key: bytes) -> None:
    tree = tree_of(state)
    assert tree.update({}).root_hash == tree.root_hash
    if key not in state:
        assert tree.delete(key) is tree
        assert tree.update({key: None, key + b"\xff" * 7: None}) is tree


@SETTINGS
@given(states, st.lists(st.tuples(keys, values | st.none()), min_size=1, max_size=25))
def test_old_versions_stay_valid_after_updates(
    state: dict[bytes, bytes], writes: list[tuple[bytes, bytes | None]]
) -> None:
    versions = [(tree_of(state), dict(state))]
    for key, value in writes:
        tree, model = versions[-1]
        model = dict(model)
        if value is None:
            tree = tree.delete(key)
            model.pop(key, None)
        else:
            tree = tree.set(key, value)
            model[key] = value
        versions.append((tree, model))
    for tree, model in versions:
        assert_matches(tree, model)
        for key, _ in writes:
            verify_smt_proof(tree.root_hash, key, model.get(key), tree.prove(key))


def test_values_and_keys_must_be_bytes() -> None:
    tree = SparseMerkleTree()
    with pytest.raises(TypeError):
        tree.set("k", b"v")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        tree.set(b"k", bytearray(b"v"))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        tree.update({b"a": b"1", b"b": 2})  # type: ignore[dict-item]


@SETTINGS
@given(states, st.lists(keys, max_size=8))
def test_proofs_verify_for_members_and_non_members(state: dict[bytes, bytes], probes: list[bytes]) -> None:
    tree = tree_of(state)
    root = tree.root_hash
    for key in [*state, *probes]:
        proof = tree.prove(key)
        value = state.get(key)
        verify_smt_proof(root, key, value, proof)
        assert proof_size(proof) == len(msgpack.packb(proof.to_wire(), use_bin_type=True))
        if value is None:
            assert proof.other_leaf is None or proof.other_leaf[0] != blake2b256(Tag.SMT_KEY, key)
            with pytest.raises(ProofError):
                verify_smt_proof(root, key, b"", proof)
        else:
            assert proof.other_leaf is None
            with pytest.raises(ProofError):
                verify_smt_proof(root, key, None, proof)
            with pytest.raises(ProofError):
                verify_smt_proof(root, key, value + b"\x00", proof)


def test_non_inclusion_proofs_show_an_empty_slot_or_another_leaf() -> None:
    tree = tree_of({bytes([i]): bytes([i]) * 3 for i in range(64)})
    proofs = [tree.prove(b"absent" + bytes([i])) for i in range(64)]
    assert any(proof.other_leaf is None for proof in proofs)
    assert any(proof.other_leaf is not None for proof in proofs)
    for i, proof in enumerate(proofs):
        verify_smt_proof(tree.root_hash, b"absent" + bytes([i]), None, proof)


@SETTINGS
@given(states.filter(bool))
def test_a_member_cannot_be_shown_absent_by_its_own_leaf(state: dict[bytes, bytes]) -> None:
    # This forgery hashes up to the true root: only the verifier's path comparison stops it.
    tree = tree_of(state)
    for key, value in state.items():
        own_leaf = (blake2b256(Tag.SMT_KEY, key), blake2b256(Tag.SMT_VALUE, value))
        forged = dataclasses.replace(tree.prove(key), other_leaf=own_leaf)
        with pytest.raises(ProofError, match="present"):
            verify_smt_proof(tree.root_hash, key, None, forged)


def test_another_leaf_outside_the_key_slot_is_rejected() -> None:
    tree = tree_of({bytes([i]): b"v" for i in range(64)})
    probes = (b"absent" + bytes([i]) for i in range(64))
    key, proof = next((k, p) for k in probes if (p := tree.prove(k)).other_leaf is not None and p.depth)
    assert proof.other_leaf is not None
    path, value_hash = proof.other_leaf
    elsewhere = bytes([path[0] ^ 0x80]) + path[1:]
    with pytest.raises(ProofError, match="slot"):
        verify_smt_proof(tree.root_hash, key, None, dataclasses.replace(proof, other_leaf=(elsewhere, value_hash)))


def test_proofs_in_a_large_tree_span_several_bitmap_bytes() -> None:
    state = {i.to_bytes(3, "big"): i.to_bytes(4, "big") for i in range(3000)}
    tree = tree_of(state)
    proofs = {key: tree.prove(key) for key in list(state)[:200]}
    assert max(proof.depth for proof in proofs.values()) > 16
    for key, proof in proofs.items():
        assert len(proof.bitmap) == (proof.depth + 7) // 8
        verify_smt_proof(tree.root_hash, key, state[key], proof)
        for altered in _alterations(proof, [bytes(32), bytes([1]) * 32]):
            with pytest.raises(ProofError):
                verify_smt_proof(tree.root_hash, key, state[key], altered)


def _flip_bit(bitmap: bytes, bit: int) -> bytes:
    changed = bytearray(bitmap)
    changed[bit >> 3] ^= 0x80 >> (bit & 7)
    return bytes(changed)


def _alterations(proof: SmtProof, other_leaves: list[bytes]) -> list[SmtProof]:
    """Every small change an attacker could make to a proof: each must be rejected."""
    siblings = proof.siblings
    altered = [
        dataclasses.replace(proof, siblings=(*siblings, bytes(32))),
        dataclasses.replace(proof, depth=proof.depth + 1),
        dataclasses.replace(proof, depth=proof.depth + 1, bitmap=proof.bitmap + b"\x80"),
        dataclasses.replace(
            proof, depth=proof.depth + 1, bitmap=proof.bitmap + b"\x80", siblings=(*siblings, bytes(32))
        ),
    ]
    if proof.depth:
        altered.append(dataclasses.replace(proof, depth=proof.depth - 1))
    for i, sibling in enumerate(siblings):
        flipped = bytes([sibling[0] ^ 0x10]) + sibling[1:]
        altered.append(dataclasses.replace(proof, siblings=(*siblings[:i], flipped, *siblings[i + 1 :])))
        altered.append(dataclasses.replace(proof, siblings=siblings[:i] + siblings[i + 1 :]))
    if len(siblings) > 1 and siblings != siblings[::-1]:
        altered.append(dataclasses.replace(proof, siblings=siblings[::-1]))
    for bit in range(proof.depth):
        altered.append(dataclasses.replace(proof, bitmap=_flip_bit(proof.bitmap, bit)))
    # Moving a sibling to another level keeps the bitmap's population count, so only the hashes can tell.
    set_bits = [b for b in range(proof.depth) if proof.bitmap[b >> 3] & (0x80 >> (b & 7))]
    clear_bits = [b for b in range(proof.depth) if b not in set_bits]
    if set_bits and clear_bits:
        moved = _flip_bit(_flip_bit(proof.bitmap, set_bits[0]), clear_bits[0])
        altered.append(dataclasses.replace(proof, bitmap=moved))
    for other in other_leaves:
        altered.append(dataclasses.replace(proof, other_leaf=(other, bytes(32))))
    if proof.other_leaf is not None:
        path, value_hash = proof.other_leaf
        altered.append(dataclasses.replace(proof, other_leaf=None))
        altered.append(dataclasses.replace(proof, other_leaf=(path, bytes([value_hash[0] ^ 1]) + value_hash[1:])))
        altered.append(dataclasses.replace(proof, other_leaf=(bytes([path[0], path[1] ^ 1]) + path[2:], value_hash)))
    return altered


@SETTINGS
@given(states.filter(bool), st.lists(keys, min_size=1, max_size=4))
def test_any_altered_proof_is_rejected(state: dict[bytes, bytes], probes: list[bytes]) -> None:
    tree = tree_of(state)
    root = tree.root_hash
    # Swapping in another member's leaf is one of the alterations.
    member_paths = [blake2b256(Tag.SMT_KEY, key) for key in state]
    for key in [*list(state)[:4], *probes]:
        proof = tree.prove(key)
        value = state.get(key)
        for altered in _alterations(proof, member_paths):
            if altered == proof:
                continue
            with pytest.raises(ProofError):
                verify_smt_proof(root, key, value, altered)
        with pytest.raises(ProofError):
            verify_smt_proof(bytes([1]) * 32, key, value, proof)


@SETTINGS
@given(states, st.lists(keys, min_size=1, max_size=4))
def test_wire_form_round_trips_through_msgpack(state: dict[bytes, bytes], probes: list[bytes]) -> None:
    tree = tree_of(state)
    for key in [*list(state)[:4], *probes]:
        proof = tree.prove(key)
        encoded = msgpack.packb(proof.to_wire(), use_bin_type=True)
        assert proof_size(proof) == len(encoded)
        decoded = SmtProof.from_wire(msgpack.unpackb(encoded, raw=False))
        assert decoded == proof
        assert msgpack.packb(decoded.to_wire(), use_bin_type=True) == encoded
        verify_smt_proof(tree.root_hash, key, state.get(key), decoded)


H = bytes(32)


@pytest.mark.parametrize(
    "wire",
    [
        None,
        (1, 0, b"", [], None),
        [],
        [1, 0, b"", []],
        [1, 0, b"", [], None, []],
        [2, 0, b"", [], []],
        [True, 0, b"", [], []],
        [1, True, b"\x80", [H], []],
        [1, -1, b"", [], []],
        [1, 257, b"\x00" * 33, [], []],
        [1, 1, b"", [], []],
        [1, 1, b"\x80\x00", [H], []],
        [1, 1, b"\xc0", [H], []],
        [1, 1, b"\x40", [H], []],
        [1, 9, b"\x80\x40", [H, H], []],
        [1, 1, bytearray(b"\x80"), [H], []],
        [1, 1, "\x80", [H], []],
        [1, 1, b"\x80", [], []],
        [1, 1, b"\x80", [H, H], []],
        [1, 1, b"\x80", (H,), []],
        [1, 1, b"\x80", [H[:31]], []],
        [1, 1, b"\x80", [H + b"\x00"], []],
        [1, 1, b"\x80", [H], None],
        [1, 1, b"\x80", [H], [H]],
        [1, 1, b"\x80", [H], [H, H, H]],
        [1, 1, b"\x80", [H], (H, H)],
        [1, 1, b"\x80", [H], [H, H[:31]]],
        [1, 1, b"\x80", [H], [H.hex(), H]],
        [1, 1, b"\x80", [H], False],
        [1, 256, b"\xff" * 32, [H] * 257, []],
    ],
)
def test_malformed_wire_forms_are_decode_errors(wire: object) -> None:
    with pytest.raises(DecodeError):
        SmtProof.from_wire(wire)


def test_the_deepest_possible_proof_decodes() -> None:
    wire = [1, 256, b"\xff" * 32, [H] * 256, [H, H]]
    assert SmtProof.from_wire(wire).to_wire() == wire


msgpack_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.binary(max_size=40) | st.text(max_size=4) | st.floats(),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(msgpack_values)
def test_arbitrary_objects_decode_or_raise_decode_error(obj: object) -> None:
    try:
        proof = SmtProof.from_wire(obj)
    except DecodeError:
        return
    assert proof.to_wire() == obj


def _mutations(wire: list[object]) -> st.SearchStrategy[object]:
    def replace(items: list[object], index: int, item: object) -> list[object]:
        return [*items[:index], item, *items[index + 1 :]]

    siblings = wire[3]
    assert isinstance(siblings, list)
    other = wire[4] if isinstance(wire[4], list) else [H, H]
    return st.one_of(
        st.integers(0, len(wire) - 1).map(lambda n: wire[:n]),
        msgpack_values.map(lambda extra: [*wire, extra]),
        st.tuples(st.integers(0, len(wire) - 1), msgpack_values).map(lambda t: replace(wire, *t)),
        st.tuples(st.integers(0, len(siblings)), st.binary(min_size=30, max_size=34)).map(
            lambda t: replace(wire, 3, replace(siblings, *t))
        ),
        st.tuples(st.integers(0, 2), msgpack_values | st.binary(min_size=31, max_size=33)).map(
            lambda t: replace(wire, 4, replace(other, *t))
        ),
        st.integers(-2, 300).map(lambda n: replace(wire, 1, n)),
        st.binary(max_size=34).map(lambda b: replace(wire, 2, b)),
    )


@SETTINGS
@given(states, keys, st.data())
def test_mutated_wire_forms_decode_canonically_or_raise_decode_error(
    state: dict[bytes, bytes], key: bytes, data: st.DataObject
) -> None:
    tree = tree_of(state)
    mutated = data.draw(_mutations(tree.prove(key).to_wire()))
    try:
        proof = SmtProof.from_wire(mutated)
    except DecodeError:
        return
    # Whatever is accepted must be exactly what its decoded form encodes to: one encoding per proof.
    assert proof.to_wire() == mutated
    if proof != tree.prove(key):
        with pytest.raises(ProofError):
            verify_smt_proof(tree.root_hash, key, state.get(key), proof)


class VersionedStateMachine(RuleBasedStateMachine):
    """Random sets, deletes and batches against a dict, keeping every earlier version to re-check."""

    written = Bundle("written")

    def __init__(self) -> None:
        super().__init__()
        self.tree = SparseMerkleTree()
        self.model: dict[bytes, bytes] = {}
        self.history: list[tuple[SparseMerkleTree, dict[bytes, bytes]]] = []

    def _commit(self, tree: SparseMerkleTree, model: dict[bytes, bytes]) -> None:
        self.history.append((self.tree, self.model))
        self.tree, self.model = tree, model

    @rule(target=written, key=keys, value=values)
    def set_key(self, key: bytes, value: bytes) -> bytes:
        self._commit(self.tree.set(key, value), {**self.model, key: value})
        return key

    @rule(key=written)
    def delete_written_key(self, key: bytes) -> None:
        self._commit(self.tree.delete(key), {k: v for k, v in self.model.items() if k != key})

    @rule(changes=st.dictionaries(keys, values | st.none(), max_size=12))
    def apply_batch(self, changes: dict[bytes, bytes | None]) -> None:
        model = dict(self.model)
        for key, value in changes.items():
            if value is None:
                model.pop(key, None)
            else:
                model[key] = value
        self._commit(self.tree.update(changes), model)

    @precondition(lambda self: self.history)
    @rule(data=st.data())
    def an_old_version_still_proves_its_values(self, data: st.DataObject) -> None:
        tree, model = data.draw(st.sampled_from(self.history))
        assert_matches(tree, model)
        for key in list(self.model)[:5]:
            verify_smt_proof(tree.root_hash, key, model.get(key), tree.prove(key))

    @invariant()
    def root_matches_the_definition(self) -> None:
        assert self.tree.root_hash == reference_root(self.model)
        assert len(self.tree) == len(self.model)


TestVersionedStateMachine = VersionedStateMachine.TestCase
TestVersionedStateMachine.settings = settings(max_examples=40, stateful_step_count=30, deadline=None)
