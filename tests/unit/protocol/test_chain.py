"""Headers, validator sets and commit verification (more than 2/3 of the power, every signature checked)."""

from __future__ import annotations

import dataclasses

import pytest

from lightnode.protocol.chain import (
    ZERO_HASH,
    Commit,
    CommitError,
    CommitSig,
    Header,
    LightBlock,
    Validator,
    ValidatorSet,
    VoteType,
    verify_commit,
)
from lightnode.protocol.encoding import pack
from lightnode.protocol.errors import DecodeError, ValidationError
from lightnode.protocol.keys import Domain, PrivateKey

CHAIN = "exc-test"


def keys(n: int) -> list[PrivateKey]:
    return [PrivateKey(bytes([i + 1]) * 32) for i in range(n)]


def make_header(height: int = 5, valset: ValidatorSet | None = None) -> Header:
    vh = valset.hash() if valset else b"\x03" * 32
    return Header(
        CHAIN,
        height,
        1_700_000_000_000,
        b"\x01" * 32,
        b"\x02" * 32,
        ZERO_HASH,
        ZERO_HASH,
        vh,
        vh,
        b"\x04" * 20,
    )


def sign_commit(header: Header, valset: ValidatorSet, signers: list[PrivateKey], round_: int = 0) -> Commit:
    block_hash = header.hash()
    unsigned = Commit(header.height, round_, block_hash, ())
    message = unsigned.vote(CHAIN).sign_bytes()
    sigs = []
    for key in signers:
        index = valset.index_of(key.public_key.raw)
        assert index is not None
        sigs.append(CommitSig(index, key.sign_raw(message)))
    return Commit(header.height, round_, block_hash, tuple(sorted(sigs, key=lambda s: s.validator_index)))


def test_commit_with_more_than_two_thirds_verifies() -> None:
    ks = keys(4)
    valset = ValidatorSet.of(Validator(k.public_key.raw, 10) for k in ks)
    header = make_header(valset=valset)
    assert verify_commit(CHAIN, valset, sign_commit(header, valset, ks[:3]), header.hash()) == 30


def test_exactly_two_thirds_is_not_enough() -> None:
    ks = keys(3)
    valset = ValidatorSet.of(Validator(k.public_key.raw, 10) for k in ks)
    header = make_header(valset=valset)
    with pytest.raises(CommitError, match="need > 2/3"):
        verify_commit(CHAIN, valset, sign_commit(header, valset, ks[:2]), header.hash())


def test_power_not_headcount_decides() -> None:
    ks = keys(4)
    valset = ValidatorSet.of([Validator(ks[0].public_key.raw, 70), *(Validator(k.public_key.raw, 10) for k in ks[1:])])
    header = make_header(valset=valset)
    assert verify_commit(CHAIN, valset, sign_commit(header, valset, ks[:1]), header.hash()) == 70
    with pytest.raises(CommitError):
        verify_commit(CHAIN, valset, sign_commit(header, valset, ks[1:]), header.hash())


def test_a_forged_signature_fails_the_commit_even_with_enough_power() -> None:
    ks = keys(4)
    valset = ValidatorSet.of(Validator(k.public_key.raw, 10) for k in ks)
    header = make_header(valset=valset)
    commit = sign_commit(header, valset, ks)
    forged = CommitSig(commit.signatures[0].validator_index, bytes(64))
    bad = Commit(commit.height, commit.round, commit.block_hash, (forged, *commit.signatures[1:]))
    with pytest.raises(CommitError, match="invalid signature"):
        verify_commit(CHAIN, valset, bad, header.hash())


def test_signatures_from_another_chain_or_round_do_not_count() -> None:
    ks = keys(4)
    valset = ValidatorSet.of(Validator(k.public_key.raw, 10) for k in ks)
    header = make_header(valset=valset)
    commit = sign_commit(header, valset, ks)
    with pytest.raises(CommitError):
        verify_commit("another-chain", valset, commit, header.hash())
    moved = Commit(commit.height, commit.round + 1, commit.block_hash, commit.signatures)
    with pytest.raises(CommitError):
        verify_commit(CHAIN, valset, moved, header.hash())


def test_a_commit_for_another_block_or_unknown_signer_is_refused() -> None:
    ks = keys(4)
    valset = ValidatorSet.of(Validator(k.public_key.raw, 10) for k in ks)
    header = make_header(valset=valset)
    commit = sign_commit(header, valset, ks)
    with pytest.raises(CommitError, match="different block"):
        verify_commit(CHAIN, valset, commit, b"\x09" * 32)
    stray = Commit(commit.height, 0, commit.block_hash, (*commit.signatures, CommitSig(9, bytes(64))))
    with pytest.raises(CommitError, match="not in the set"):
        verify_commit(CHAIN, valset, stray, header.hash())


def test_duplicate_or_unordered_signers_are_refused() -> None:
    sig = CommitSig(1, bytes(64))
    with pytest.raises(DecodeError, match="once each"):
        Commit(5, 0, b"\x01" * 32, (sig, sig)).encode()
    wire = Commit(5, 0, b"\x01" * 32, (sig,)).to_wire()
    for bad in (
        [[1, bytes(64)], [1, bytes(64)]],
        [[2, bytes(64)], [1, bytes(64)]],
        [[1]],
        [[1, bytes(63)]],
        [[-1, bytes(64)]],
    ):
        wire[4] = bad
        with pytest.raises(DecodeError):
            Commit.decode(pack(wire))


def test_precommit_sign_bytes_are_domain_separated() -> None:
    commit = Commit(5, 2, b"\x01" * 32, ())
    vote = commit.vote(CHAIN)
    assert vote.type == VoteType.PRECOMMIT
    assert vote.sign_bytes().startswith(Domain.VOTE.value)


def test_validator_sets_are_canonical() -> None:
    ks = keys(3)
    vals = [
        Validator(ks[0].public_key.raw, 5),
        Validator(ks[1].public_key.raw, 50),
        Validator(ks[2].public_key.raw, 5),
    ]
    valset = ValidatorSet.of(vals)
    assert [v.power for v in valset.validators] == [50, 5, 5]
    assert ValidatorSet.of(reversed(vals)).hash() == valset.hash()
    with pytest.raises(ValidationError, match="canonical order"):
        ValidatorSet.decode(ValidatorSet(tuple(vals)).encode())
    with pytest.raises(ValidationError, match="twice"):
        ValidatorSet.decode(ValidatorSet((vals[1], vals[1])).encode())
    with pytest.raises(ValidationError, match="never empty"):
        ValidatorSet.decode(ValidatorSet(()).encode())
    with pytest.raises(ValidationError, match="positive"):
        Validator.decode(Validator(ks[0].public_key.raw, 0).encode())


def test_header_rules() -> None:
    header = make_header()
    assert Header.decode(header.encode()) == header
    assert len(header.hash()) == 32
    with pytest.raises(ValidationError):
        Header.decode(make_header(height=0).encode())
    with pytest.raises(ValidationError, match="first header"):
        Header.decode(make_header(height=1).encode())


def test_light_block_commit_must_match_its_header_height() -> None:
    ks = keys(1)
    valset = ValidatorSet.of([Validator(ks[0].public_key.raw, 1)])
    header = make_header(valset=valset)
    commit = sign_commit(header, valset, ks)
    assert LightBlock.decode(LightBlock(header, commit, valset).encode()).header == header
    wrong = Commit(header.height + 1, 0, commit.block_hash, commit.signatures)
    with pytest.raises(DecodeError, match="height"):
        LightBlock.decode(LightBlock(header, wrong, valset).encode())


def test_commit_sign_bytes_shortcut_equals_the_vote_encoding() -> None:
    commit = Commit(9, 3, b"\x05" * 32, ())
    assert commit.sign_bytes(CHAIN) == commit.vote(CHAIN).sign_bytes()


def test_a_forged_signature_after_valid_ones_is_named_by_its_validator() -> None:
    ks = keys(4)
    valset = ValidatorSet.of(Validator(k.public_key.raw, 10) for k in ks)
    header = make_header(valset=valset)
    commit = sign_commit(header, valset, ks)
    last = commit.signatures[-1]
    forged = CommitSig(last.validator_index, commit.signatures[0].signature)
    bad = Commit(commit.height, commit.round, commit.block_hash, (*commit.signatures[:-1], forged))
    with pytest.raises(CommitError, match=f"invalid signature from validator #{last.validator_index}"):
        verify_commit(CHAIN, valset, bad, header.hash())


def test_decoded_structures_are_the_frozen_objects_the_constructor_builds() -> None:
    ks = keys(3)
    valset = ValidatorSet.of(Validator(k.public_key.raw, 10) for k in ks)
    header = make_header(valset=valset)
    commit = sign_commit(header, valset, ks)
    for original in (header, commit, valset, LightBlock(header, commit, valset)):
        decoded = type(original).decode(original.encode())
        assert decoded == original
        assert hash(decoded) == hash(original)
        assert decoded.encode() == original.encode()
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(decoded, decoded._FIELDS[0][0], None)
    assert all(type(s) is CommitSig for s in Commit.decode(commit.encode()).signatures)
    # The decoder's validation runs on the fast path too.
    with pytest.raises(ValidationError):
        Header.decode(make_header(height=1).encode())
