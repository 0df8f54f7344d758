"""Pure light-block verification: each rule, and the error class that says which one a header broke."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lightnode.errors import (
    BrokenHashChainError,
    ChainIdMismatchError,
    CommitMismatchError,
    DuplicateSignerError,
    HeaderFromFutureError,
    InsufficientVotingPowerError,
    InvalidSignatureError,
    NextValidatorsMismatchError,
    NonIncreasingHeightError,
    NonIncreasingTimeError,
    NotEnoughTrustError,
    TrustExpiredError,
    UnknownSignerError,
    ValidatorsHashMismatchError,
)
from lightnode.protocol.chain import CommitSig, Header, Validator, ValidatorSet
from lightnode.protocol.keys import PrivateKey
from lightnode.testing import ChainGenerator, forge_signature, keep_signatures, resign, validator_keys
from lightnode.verifier import (
    SignatureChecker,
    TrustedBlock,
    VerifyOptions,
    header_hash,
    plan_non_adjacent,
    plan_sequence,
    validators_hash,
    verify,
    verify_adjacent,
    verify_backwards,
    verify_non_adjacent,
    verify_sequence,
)

OPTS = VerifyOptions()


@pytest.fixture(scope="module")
def gen() -> ChainGenerator:
    return ChainGenerator(4, tip=50)


def now(gen: ChainGenerator, height: int = 50) -> int:
    return gen.time_of(height) + 1000


def genesis(gen: ChainGenerator) -> TrustedBlock:
    return TrustedBlock.from_genesis(gen.genesis)


def trusted(gen: ChainGenerator, height: int) -> TrustedBlock:
    return TrustedBlock.from_light_block(gen.light_block(height))


# --- fast hashes are the protocol's hashes ------------------------------------------------------------------

_bytes32 = st.binary(min_size=32, max_size=32)


@settings(max_examples=60, deadline=None)
@given(
    chain_id=st.text(min_size=1, max_size=20).filter(lambda s: len(s.encode()) <= 50),
    height=st.integers(2, 2**64 - 1),
    time_ms=st.integers(0, 2**64 - 1),
    hashes=st.lists(_bytes32, min_size=6, max_size=6),
    proposer=st.binary(min_size=20, max_size=20),
)
def test_fast_header_hash_equals_the_protocol_hash(
    chain_id: str, height: int, time_ms: int, hashes: list[bytes], proposer: bytes
) -> None:
    header = Header(chain_id, height, time_ms, *hashes, proposer)
    assert header_hash(header) == header.hash()


@settings(max_examples=30, deadline=None)
@given(powers=st.lists(st.integers(1, 2**40), min_size=1, max_size=20), seed=st.integers(0, 10**6))
def test_fast_validator_set_hash_equals_the_protocol_hash(powers: list[int], seed: int) -> None:
    keys = validator_keys(len(powers), start=seed)
    vs = ValidatorSet.of(Validator(k.public_key.raw, p) for k, p in zip(keys, powers, strict=True))
    assert validators_hash(vs) == vs.hash()


# --- adjacent ---------------------------------------------------------------------------------------------


def test_a_chain_verifies_header_by_header_from_genesis(gen: ChainGenerator) -> None:
    current = genesis(gen)
    for h in range(1, 11):
        current = verify_adjacent(current, gen.light_block(h), now(gen), OPTS)
    assert current.height == 10
    assert current.hash == gen.light_block(10).header.hash()


def test_verify_sequence_matches_one_by_one(gen: ChainGenerator) -> None:
    blocks = [gen.light_block(h) for h in range(1, 21)]
    out = verify_sequence(genesis(gen), blocks, now(gen), OPTS)
    assert [t.height for t in out] == list(range(1, 21))


def test_verify_sequence_reports_the_first_bad_block(gen: ChainGenerator) -> None:
    blocks = [gen.light_block(h) for h in range(1, 11)]
    blocks[6] = forge_signature(blocks[6])
    with pytest.raises(InvalidSignatureError) as info:
        verify_sequence(genesis(gen), blocks, now(gen), OPTS)
    assert info.value.height == 7


def test_forged_signature_is_rejected(gen: ChainGenerator) -> None:
    with pytest.raises(InvalidSignatureError, match="validator #0"):
        verify_adjacent(trusted(gen, 4), forge_signature(gen.light_block(5)), now(gen), OPTS)


def test_a_signature_past_two_thirds_is_not_needed(gen: ChainGenerator) -> None:
    # As CometBFT's VerifyCommitLight: once more than 2/3 signed, later signatures are not checked.
    lb = forge_signature(gen.light_block(5), position=3)
    assert verify_adjacent(trusted(gen, 4), lb, now(gen), OPTS).height == 5


def test_two_of_four_signatures_are_insufficient(gen: ChainGenerator) -> None:
    with pytest.raises(InsufficientVotingPowerError, match="20 of 40"):
        verify_adjacent(trusted(gen, 4), keep_signatures(gen.light_block(5), 2), now(gen), OPTS)


def test_commit_for_another_block_is_rejected(gen: ChainGenerator) -> None:
    lb = gen.light_block(5)
    other = replace(lb, commit=gen.light_block(6).commit)
    with pytest.raises(CommitMismatchError):
        verify_adjacent(trusted(gen, 4), other, now(gen), OPTS)


def test_validator_set_not_matching_the_header_is_rejected(gen: ChainGenerator) -> None:
    fake = ValidatorSet.of(Validator(k.public_key.raw, 10) for k in validator_keys(4, namespace="fake"))
    with pytest.raises(ValidatorsHashMismatchError):
        verify_adjacent(trusted(gen, 4), replace(gen.light_block(5), validators=fake), now(gen), OPTS)


def test_header_signed_by_a_set_the_trusted_header_did_not_announce_is_rejected(gen: ChainGenerator) -> None:
    fake_keys = validator_keys(4, namespace="fake")
    fake = ValidatorSet.of(Validator(k.public_key.raw, 10) for k in fake_keys)
    lb = resign(gen.light_block(5), fake_keys, validators=fake)
    with pytest.raises(NextValidatorsMismatchError):
        verify_adjacent(trusted(gen, 4), lb, now(gen), OPTS)


def test_header_of_another_chain_is_rejected(gen: ChainGenerator) -> None:
    other = ChainGenerator(gen.keys(1), chain_id="exc-other", tip=10)
    with pytest.raises(ChainIdMismatchError, match="exc-other"):
        verify_adjacent(trusted(gen, 4), other.light_block(5), now(gen), OPTS)


def test_header_from_the_far_future_is_rejected(gen: ChainGenerator) -> None:
    lb = resign(gen.light_block(5), gen.keys(5), time_ms=now(gen) + 3_600_000)
    with pytest.raises(HeaderFromFutureError, match="in the future"):
        verify_adjacent(trusted(gen, 4), lb, now(gen), OPTS)


def test_header_within_the_clock_drift_is_accepted(gen: ChainGenerator) -> None:
    lb = resign(gen.light_block(5), gen.keys(5), time_ms=now(gen) + 5_000)
    assert verify_adjacent(trusted(gen, 4), lb, now(gen), OPTS).height == 5


def test_expired_trust_is_refused(gen: ChainGenerator) -> None:
    late = gen.time_of(4) + OPTS.trusting_period_ms
    with pytest.raises(TrustExpiredError, match="checkpoint"):
        verify_adjacent(trusted(gen, 4), gen.light_block(5), late, OPTS)


def test_time_must_increase(gen: ChainGenerator) -> None:
    lb = resign(gen.light_block(5), gen.keys(5), time_ms=gen.time_of(4))
    with pytest.raises(NonIncreasingTimeError):
        verify_adjacent(trusted(gen, 4), lb, now(gen), OPTS)


def test_height_must_increase(gen: ChainGenerator) -> None:
    with pytest.raises(NonIncreasingHeightError):
        verify(trusted(gen, 5), gen.light_block(3), now(gen), OPTS)


def test_adjacent_header_must_link_to_the_trusted_one(gen: ChainGenerator) -> None:
    lb = resign(gen.light_block(5), gen.keys(5), prev_block_hash=b"\x07" * 32)
    with pytest.raises(BrokenHashChainError):
        verify_adjacent(trusted(gen, 4), lb, now(gen), OPTS)


def test_a_signer_index_outside_the_set_is_rejected(gen: ChainGenerator) -> None:
    lb = gen.light_block(5)
    sigs = (*lb.commit.signatures[:1], CommitSig(9, lb.commit.signatures[1].signature))
    with pytest.raises(UnknownSignerError, match="#9"):
        verify_adjacent(trusted(gen, 4), replace(lb, commit=replace(lb.commit, signatures=sigs)), now(gen), OPTS)


def test_a_validator_signing_twice_is_rejected(gen: ChainGenerator) -> None:
    # Structures built in memory (not decoded) can break the ordering rule: the verifier still checks it.
    lb = gen.light_block(5)
    s = lb.commit.signatures
    sigs = (s[0], s[0], s[1], s[2])
    with pytest.raises(DuplicateSignerError):
        verify_adjacent(trusted(gen, 4), replace(lb, commit=replace(lb.commit, signatures=sigs)), now(gen), OPTS)


def test_duplicate_key_in_a_set_counts_once(gen: ChainGenerator) -> None:
    key = gen.keys(1)[0]
    doubled = ValidatorSet((Validator(key.public_key.raw, 10), Validator(key.public_key.raw, 10)))
    lb = resign(gen.light_block(5), [key], validators=doubled)
    lb = replace(
        lb,
        commit=replace(
            lb.commit, signatures=(lb.commit.signatures[0], CommitSig(1, lb.commit.signatures[0].signature))
        ),
    )
    with pytest.raises(DuplicateSignerError):
        verify_non_adjacent(trusted(gen, 1), lb, now(gen), OPTS)


# --- skipping ---------------------------------------------------------------------------------------------


def test_skipping_with_a_stable_set_verifies_in_one_step(gen: ChainGenerator) -> None:
    assert verify_non_adjacent(genesis(gen), gen.light_block(50), now(gen), OPTS).height == 50


def test_skipping_needs_the_trust_level_of_the_trusted_set() -> None:
    keys = validator_keys(6)
    # From height 10 four of six validators are new: only 2/6 = 1/3 of the old set remains.
    gen = ChainGenerator(keys, changes={10: keys[:2] + validator_keys(4, start=100)}, tip=20)
    n = gen.time_of(20) + 1000
    assert verify_non_adjacent(genesis(gen), gen.light_block(20), n, OPTS).height == 20
    strict = VerifyOptions(trust_level=Fraction(1, 2))
    with pytest.raises(NotEnoughTrustError, match="at least 1/2"):
        verify_non_adjacent(genesis(gen), gen.light_block(20), n, strict)


def test_a_fully_replaced_set_cannot_be_skipped_to() -> None:
    gen = ChainGenerator(4, changes={10: validator_keys(4, start=50)}, tip=20)
    with pytest.raises(NotEnoughTrustError):
        verify_non_adjacent(genesis(gen), gen.light_block(20), gen.time_of(20) + 1000, OPTS)


def test_trust_is_counted_by_public_key_not_by_index() -> None:
    keys = validator_keys(4)
    # A new validator with more power takes index 0: old signers move to other indices.
    big = PrivateKey(b"\x42" * 32)
    gen = ChainGenerator(keys, changes={5: [*keys, (big, 100)]}, tip=10)
    assert gen.validators(10).validators[0].public_key == big.public_key.raw
    p = plan_non_adjacent(genesis(gen), gen.light_block(10), gen.time_of(10) + 1000, OPTS)
    assert p.result.height == 10


def test_trust_level_outside_its_range_is_refused() -> None:
    with pytest.raises(ValueError, match=r"\[1/3, 1\]"):
        VerifyOptions(trust_level=Fraction(1, 4))
    with pytest.raises(ValueError, match=r"\[1/3, 1\]"):
        VerifyOptions(trust_level=Fraction(4, 3))
    assert VerifyOptions(trust_level=Fraction(1)).trust_level == 1


def test_trust_level_one_needs_every_trusted_validator() -> None:
    gen = ChainGenerator(4, tip=10)
    full = VerifyOptions(trust_level=Fraction(1))
    n = gen.time_of(10) + 1000
    assert verify_non_adjacent(genesis(gen), gen.light_block(10), n, full).height == 10
    with pytest.raises(NotEnoughTrustError):
        verify_non_adjacent(genesis(gen), keep_signatures(gen.light_block(10), 3), n, full)


# --- backwards --------------------------------------------------------------------------------------------


def test_backwards_follows_the_previous_block_hash(gen: ChainGenerator) -> None:
    current = trusted(gen, 30)
    for h in range(29, 19, -1):
        current = verify_backwards(current, gen.light_block(h))
    assert current.height == 20


def test_backwards_rejects_a_header_that_is_not_the_parent(gen: ChainGenerator) -> None:
    other = gen.fork(10)
    with pytest.raises(BrokenHashChainError):
        verify_backwards(trusted(gen, 30), other.light_block(29))


# --- parallel signature checks ----------------------------------------------------------------------------


def test_pooled_checker_finds_the_same_bad_signatures(gen: ChainGenerator) -> None:
    from concurrent.futures import ThreadPoolExecutor

    blocks = [gen.light_block(h) for h in range(1, 41)]
    blocks[30] = forge_signature(blocks[30], 1)
    with ThreadPoolExecutor(2) as ex:
        checker = SignatureChecker(ex, 2, min_parallel=4)
        with pytest.raises(InvalidSignatureError) as info:
            verify_sequence(genesis(gen), blocks, now(gen), OPTS, checker)
    assert info.value.height == 31


def test_exactly_two_thirds_is_not_enough() -> None:
    gen = ChainGenerator(3, tip=5)
    with pytest.raises(InsufficientVotingPowerError, match="20 of 30"):
        verify_adjacent(genesis(gen), keep_signatures(gen.light_block(1), 2), gen.time_of(5), OPTS)
    assert verify_adjacent(genesis(gen), gen.light_block(1), gen.time_of(5), OPTS).height == 1


def test_exactly_the_trust_level_is_enough() -> None:
    keys = validator_keys(3)
    gen = ChainGenerator(keys, changes={3: [keys[0], *validator_keys(2, start=10)]}, tip=10)
    # One of three trusted validators (exactly 1/3) signed height 10: enough to skip to it.
    assert verify_non_adjacent(genesis(gen), gen.light_block(10), gen.time_of(10), OPTS).height == 10


def test_the_adaptive_checker_tries_both_ways_and_keeps_the_faster(gen: ChainGenerator) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(2) as ex:
        checker = SignatureChecker(ex, 2)
        jobs = plan_sequence(genesis(gen), [gen.light_block(h) for h in range(1, 50)], now(gen), OPTS).jobs() * 3
        assert checker.failures(jobs) == []
        assert checker.failures(jobs) == []
        assert set(checker.rates) == {1, 2}  # both ways were measured on real batches
        # From then on the faster way is used, and the other is tried again every eighth batch.
        checker.rates = {1: 100.0, 2: 300.0}
        picks = []
        for _ in range(16):
            picks.append(checker._threads_for(len(jobs)))
            checker._timed += 1
        assert picks.count(2) == 14
        assert picks.count(1) == 2
        checker.rates = {1: 300.0, 2: 100.0}
        assert checker._threads_for(len(jobs)) == 1
        assert checker._threads_for(10) == 1  # too few to split
