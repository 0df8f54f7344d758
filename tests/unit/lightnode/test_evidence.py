"""The light-client attack evidence structure: canonical, strict, and checkable by a node."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lightnode.client import classify_attack
from lightnode.protocol.errors import DecodeError, SignatureError, ValidationError
from lightnode.protocol.evidence import AttackKind, LightClientAttackEvidence, signed_both
from lightnode.testing import ChainGenerator, keep_signatures, resign, validator_keys


def pair() -> tuple[ChainGenerator, ChainGenerator]:
    gen = ChainGenerator(4, tip=12)
    return gen, gen.fork(8)


def test_evidence_is_canonical_and_round_trips() -> None:
    gen, fork = pair()
    a, b = gen.light_block(8), fork.light_block(8)
    one = LightClientAttackEvidence.of(AttackKind.EQUIVOCATION, 7, gen.hash(7), a, b, 1)
    other = LightClientAttackEvidence.of(AttackKind.EQUIVOCATION, 7, gen.hash(7), b, a, 1)
    assert one.encode() == other.encode()
    assert LightClientAttackEvidence.decode(one.encode()) == one
    assert one.height == 8
    assert one.chain_id == gen.chain_id
    assert len(one.byzantine_validators) == 4
    one.verify_signatures()


def test_only_validators_with_valid_signatures_in_both_commits_are_named() -> None:
    gen, fork = pair()
    a, b = gen.light_block(8), keep_signatures(fork.light_block(8), 3)
    assert len(signed_both(a, b)) == 3
    keys = gen.keys(8)
    lunatic = gen.fork(8, validators=[*keys[:2], *validator_keys(2, namespace="x")])
    assert set(signed_both(a, lunatic.light_block(8))) == {k.public_key.raw for k in keys[:2]}


def test_a_forged_list_of_validators_is_refused() -> None:
    gen, fork = pair()
    good = LightClientAttackEvidence.of(
        AttackKind.EQUIVOCATION,
        7,
        gen.hash(7),
        gen.light_block(8),
        keep_signatures(fork.light_block(8), 3),
        1,
    )
    padded = replace(good, byzantine_validators=tuple(sorted(k.public_key.raw for k in gen.keys(8))))
    with pytest.raises(SignatureError):
        padded.verify_signatures()


def test_structural_rules() -> None:
    gen, fork = pair()
    a, b = gen.light_block(8), fork.light_block(8)
    ev = LightClientAttackEvidence.of(AttackKind.EQUIVOCATION, 7, gen.hash(7), a, b, 1)
    same = replace(ev, block_b=ev.block_a)
    with pytest.raises((ValidationError, DecodeError), match="differ"):
        LightClientAttackEvidence.decode(same.encode())
    higher_common = replace(ev, common_height=8)
    with pytest.raises((ValidationError, DecodeError), match="common height"):
        LightClientAttackEvidence.decode(higher_common.encode())
    other_height = replace(ev, block_b=fork.light_block(9))
    with pytest.raises((ValidationError, DecodeError)):
        LightClientAttackEvidence.decode(other_height.encode())


def test_attacks_are_classified_by_what_differs() -> None:
    gen, fork = pair()
    assert classify_attack(gen.light_block(8), fork.light_block(8)) is AttackKind.EQUIVOCATION
    later_round = resign(fork.light_block(8), gen.keys(8))
    later_round = replace(later_round, commit=replace(later_round.commit, round=1))
    assert classify_attack(gen.light_block(8), later_round) is AttackKind.AMNESIA
    # Above the first divergence the parents differ too: that alone reads as lunatic.
    assert classify_attack(gen.light_block(9), fork.light_block(9)) is AttackKind.LUNATIC
    lunatic = gen.fork(8, validators=validator_keys(4, namespace="y"))
    assert classify_attack(gen.light_block(8), lunatic.light_block(8)) is AttackKind.LUNATIC
