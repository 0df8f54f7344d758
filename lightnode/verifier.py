"""Pure light-block verification: the CometBFT light-client rules adapted to ExC, with no I/O and no clock.

Every check raises its own `VerificationError` subclass. Verification is split in two so that signature
checks (the only expensive part) can be batched and run on a thread pool: `plan_*` does every cheap check
and lists the signatures still to check; `finish` turns the outcome of those checks into the new trusted
block. `verify` does both in one call.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections.abc import Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field
from fractions import Fraction
from operator import attrgetter
from typing import TYPE_CHECKING

# PyNaCl's own cffi handle to libsodium, as lightnode.protocol.keys.verify_raw uses it.
from nacl._sodium import ffi as _ffi
from nacl._sodium import lib as _lib

from .errors import (
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
    VerificationError,
)
from .protocol.chain import Header, LightBlock, Validator, ValidatorSet
from .protocol.encoding import pack
from .protocol.hashing import DIGEST_SIZE, Tag
from .protocol.keys import PUBLIC_KEY_SIZE as _PUBLIC_KEY_SIZE
from .protocol.keys import SIGNATURE_SIZE as _SIGNATURE_SIZE

if TYPE_CHECKING:
    from .protocol.genesis import Genesis

_crypto_sign_open = _lib.crypto_sign_open
_NULL = _ffi.NULL

#: Skipping verification trusts a header signed by at least this share of the trusted validators' power.
DEFAULT_TRUST_LEVEL = Fraction(1, 3)
#: How long a verified header's validators stay trusted (the weak-subjectivity window): two weeks.
DEFAULT_TRUSTING_PERIOD_MS = 14 * 24 * 3600 * 1000
#: How far ahead of our clock a header's time may be.
DEFAULT_MAX_CLOCK_DRIFT_MS = 10_000


def check_trust_level(level: Fraction) -> Fraction:
    """Return `level` if it is within [1/3, 1] (the range where the light client is safe), else ValueError."""
    if not isinstance(level, Fraction) or not Fraction(1, 3) <= level <= 1:
        raise ValueError(f"the trust level must be a fraction within [1/3, 1], got {level!r}")
    return level


@dataclass(frozen=True, slots=True)
class VerifyOptions:
    trust_level: Fraction = DEFAULT_TRUST_LEVEL
    trusting_period_ms: int = DEFAULT_TRUSTING_PERIOD_MS
    max_clock_drift_ms: int = DEFAULT_MAX_CLOCK_DRIFT_MS

    def __post_init__(self) -> None:
        check_trust_level(self.trust_level)
        if self.trusting_period_ms <= 0 or self.max_clock_drift_ms < 0:
            raise ValueError("the trusting period is positive and the clock drift bound not negative")


# --- Fast, exact hashes ------------------------------------------------------------------------------------
# Header.hash() and ValidatorSet.hash() run every field through its codec; on the verification hot path we
# pack the (already typed) fields directly. Both give the same bytes for any well-typed structure, which the
# unit tests check; an ill-typed one makes pack() raise TypeError, reported as a verification error.

_HEADER_FIELDS = attrgetter(*(name for name, _ in Header._FIELDS))
_HEADER_HASHER = hashlib.blake2b(digest_size=DIGEST_SIZE, person=Tag.HEADER.value)
_VALSET_HASHER = hashlib.blake2b(digest_size=DIGEST_SIZE, person=Tag.VALSET.value)
_HEADER_VERSION = Header.VERSION
_VALSET_VERSION = ValidatorSet.VERSION
_VALIDATOR_VERSION = Validator.VERSION


def header_hash(header: Header) -> bytes:
    """`header.hash()`, computed without re-validating every field."""
    h = _HEADER_HASHER.copy()
    try:
        h.update(pack([_HEADER_VERSION, *_HEADER_FIELDS(header)]))
    except (TypeError, ValueError, OverflowError) as exc:
        raise VerificationError(f"the header is malformed: {exc}", height=header.height) from exc
    return h.digest()


def validators_hash(validators: ValidatorSet) -> bytes:
    """`validators.hash()`, computed without re-validating every validator."""
    h = _VALSET_HASHER.copy()
    try:
        h.update(
            pack(
                [
                    _VALSET_VERSION,
                    [[_VALIDATOR_VERSION, v.public_key, v.power] for v in validators.validators],
                ]
            )
        )
    except (TypeError, ValueError, OverflowError) as exc:
        raise VerificationError(f"the validator set is malformed: {exc}") from exc
    return h.digest()


# --- What is trusted ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TrustedBlock:
    """What verification starts from: a verified light block, or the genesis (height 0).

    `validators` signed this block (for the genesis: the first validators); `next_validators_hash` is what
    the next height's header must name as its validators.
    """

    chain_id: str
    height: int
    time_ms: int
    hash: bytes
    validators: ValidatorSet
    next_validators_hash: bytes
    light_block: LightBlock | None = field(default=None, compare=False, repr=False)

    @classmethod
    def from_genesis(cls, genesis: Genesis) -> TrustedBlock:
        vh = validators_hash(genesis.validators)
        return cls(genesis.chain_id, 0, genesis.genesis_time_ms, genesis.hash(), genesis.validators, vh)

    @classmethod
    def from_light_block(cls, lb: LightBlock, block_hash: bytes | None = None) -> TrustedBlock:
        """Wrap an already verified light block (its hash is computed unless given)."""
        h = lb.header
        return cls(
            h.chain_id,
            h.height,
            h.time_ms,
            header_hash(h) if block_hash is None else block_hash,
            lb.validators,
            h.next_validators_hash,
            lb,
        )

    @property
    def is_genesis(self) -> bool:
        return self.height == 0

    @property
    def header(self) -> Header | None:
        return None if self.light_block is None else self.light_block.header


# --- Signature checks --------------------------------------------------------------------------------------

#: One signature to check: (public key, signed message, signature).
SigJob = tuple[bytes, bytes, bytes]


def _failures(jobs: Sequence[SigJob], offset: int = 0) -> list[int]:
    """Indices (plus `offset`) of the jobs whose signature does not verify.

    The same check as `verify_raw` (libsodium's crypto_sign_open through PyNaCl's cffi handle), with one
    scratch buffer for the whole batch: on the hot path the per-signature Python overhead matters.
    """
    bad: list[int] = []
    size = 0
    out = _NULL
    for i, (key, message, signature) in enumerate(jobs):
        try:
            if len(signature) != _SIGNATURE_SIZE or len(key) != _PUBLIC_KEY_SIZE:
                bad.append(offset + i)
                continue
            signed = signature + message
            n = len(signed)
            if n > size:
                size = max(n, 256)
                out = _ffi.new("unsigned char[]", size)
            if _crypto_sign_open(out, _NULL, signed, n, key) != 0:
                bad.append(offset + i)
        except (TypeError, ValueError, OverflowError):  # a malformed key or signature from a lying node
            bad.append(offset + i)
    return bad


class SignatureChecker:
    """Checks batches of Ed25519 signatures, on the calling thread or split across a thread pool.

    libsodium's verify releases the GIL (PyNaCl calls it through cffi), so `workers` threads give close to
    `workers` times the single-core rate on idle cores. On a busy machine more threads can be slower than
    one (they time-share a core and hand the GIL around), so with `adaptive` the checker measures both
    ways on real batches and keeps the faster, trying the other again now and then.
    """

    #: Batches smaller than this are not timed (too short to measure).
    _TIMED = 256
    #: Every this many timed batches the slower way is tried again.
    _REPROBE = 8

    def __init__(
        self,
        executor: Executor | None = None,
        workers: int = 1,
        min_parallel: int = 16,
        *,
        adaptive: bool = True,
    ) -> None:
        if workers < 1:
            raise ValueError("at least one worker")
        self.executor = executor
        self.workers = workers if executor is not None else 1
        self.min_parallel = min_parallel
        self.adaptive = adaptive
        #: Signatures per second measured with 1 and with `workers` threads (moving averages).
        self.rates: dict[int, float] = {}
        #: How many batches ran with each number of threads.
        self.batches: dict[int, int] = {}
        self._timed = 0

    def _chunks(self, jobs: Sequence[SigJob], parts: int) -> list[tuple[Sequence[SigJob], int]]:
        size = -(-len(jobs) // parts)
        return [(jobs[i : i + size], i) for i in range(0, len(jobs), size)]

    def _threads_for(self, n: int) -> int:
        if self.executor is None or self.workers == 1 or n < self.min_parallel:
            return 1
        parts = min(self.workers, max(1, n // max(1, self.min_parallel // 2)))
        if not self.adaptive or n < self._TIMED or parts == 1:
            return parts
        for candidate in (parts, 1):
            if candidate not in self.rates:
                return candidate
        best = max((parts, 1), key=lambda c: self.rates[c])
        if self._timed % self._REPROBE == self._REPROBE - 1:
            return 1 if best == parts else parts
        return best

    def _record(self, threads: int, n: int, seconds: float) -> None:
        self.batches[threads] = self.batches.get(threads, 0) + 1
        if n < self._TIMED or seconds <= 0:
            return
        self._timed += 1
        rate = n / seconds
        old = self.rates.get(threads)
        self.rates[threads] = rate if old is None else 0.5 * old + 0.5 * rate

    def failures(self, jobs: Sequence[SigJob]) -> list[int]:
        """Indices (into `jobs`) of the signatures that do not verify; blocks the calling thread."""
        threads = self._threads_for(len(jobs))
        started = time.perf_counter()
        if threads == 1 or self.executor is None:
            result = _failures(jobs)
        else:
            futures = [self.executor.submit(_failures, c, o) for c, o in self._chunks(jobs, threads)]
            result = sorted(i for f in futures for i in f.result())
        self._record(threads, len(jobs), time.perf_counter() - started)
        return result

    async def failures_async(self, jobs: Sequence[SigJob]) -> list[int]:
        """Like `failures`, without blocking the event loop for more than a handful of signatures."""
        if not jobs:
            return []
        if len(jobs) <= 4:
            return _failures(jobs)
        loop = asyncio.get_running_loop()
        threads = self._threads_for(len(jobs))
        started = time.perf_counter()
        if threads == 1:
            result = await loop.run_in_executor(self.executor, _failures, jobs, 0)
        else:
            parts = await asyncio.gather(
                *(loop.run_in_executor(self.executor, _failures, c, o) for c, o in self._chunks(jobs, threads))
            )
            result = sorted(i for part in parts for i in part)
        self._record(threads, len(jobs), time.perf_counter() - started)
        return result


SERIAL = SignatureChecker()


# --- Plans -------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Plan:
    """The result of the cheap checks of one light block: the trusted block it becomes if every listed
    signature verifies. `signers[i]` is the validator index (in the new block's set) of `jobs[i]`."""

    result: TrustedBlock
    jobs: list[SigJob]
    signers: list[int]


def finish(plan: Plan, failures: Sequence[int]) -> TrustedBlock:
    """The new trusted block, or InvalidSignatureError naming the first signature that did not verify."""
    if failures:
        index = plan.signers[failures[0]]
        raise InvalidSignatureError(
            f"the commit for height {plan.result.height} carries an invalid signature from validator "
            f"#{index}: the node sent a forged or corrupted commit",
            height=plan.result.height,
        )
    return plan.result


def check_light_block(lb: LightBlock, chain_id: str) -> bytes:
    """Checks of a light block on its own: chain id, commit for this header, validators matching the
    header. Returns the header hash."""
    header, commit = lb.header, lb.commit
    if header.chain_id != chain_id:
        raise ChainIdMismatchError(
            f"the header at height {header.height} belongs to chain '{header.chain_id}', not '{chain_id}'",
            height=header.height,
        )
    block_hash = header_hash(header)
    if commit.height != header.height or commit.block_hash != block_hash:
        raise CommitMismatchError(
            f"the commit sent for height {header.height} signs another block", height=header.height
        )
    if validators_hash(lb.validators) != header.validators_hash:
        raise ValidatorsHashMismatchError(
            f"the validator set sent for height {header.height} is not the one its header names",
            height=header.height,
        )
    return block_hash


def check_time_and_height(trusted: TrustedBlock, header: Header, now_ms: int, opts: VerifyOptions) -> None:
    """Trusting period of the trusted block, monotonic height and time, and the clock-drift bound."""
    if trusted.time_ms + opts.trusting_period_ms <= now_ms:
        raise TrustExpiredError(
            f"the trusted header at height {trusted.height} is older than the trusting period; "
            "a recent checkpoint (height and hash) is needed to continue safely",
            height=header.height,
        )
    if header.height <= trusted.height:
        raise NonIncreasingHeightError(
            f"header height {header.height} is not above the trusted height {trusted.height}",
            height=header.height,
        )
    # The first block may carry the genesis time itself; every later block is strictly later.
    if header.time_ms < trusted.time_ms or (header.time_ms == trusted.time_ms and not trusted.is_genesis):
        raise NonIncreasingTimeError(
            f"the header at height {header.height} is not later than the trusted header at height {trusted.height}",
            height=header.height,
        )
    if header.time_ms > now_ms + opts.max_clock_drift_ms:
        raise HeaderFromFutureError(
            f"the header at height {header.height} is dated {(header.time_ms - now_ms) / 1000:.1f} s in the "
            "future, beyond the allowed clock drift (or this computer's clock is wrong)",
            height=header.height,
        )


def _plan_light(lb: LightBlock, message: bytes, jobs: list[SigJob], signers: list[int], seen: set[int]) -> None:
    """Add the commit's first signatures until more than 2/3 of the block's own set's power is covered
    (CometBFT's VerifyCommitLight: signatures past that point are not needed, so they are not checked)."""
    members = lb.validators.validators
    total = 0
    for v in members:
        total += v.power
    tallied = 0
    last = -1
    keys: set[bytes] = set()
    height = lb.header.height
    for index, signature in lb.commit.signatures:
        if index <= last:
            raise DuplicateSignerError(f"validator #{index} signed the commit for height {height} twice", height=height)
        last = index
        if not 0 <= index < len(members):
            raise UnknownSignerError(
                f"the commit for height {height} has a signature from validator #{index}, who is not in the set",
                height=height,
            )
        member = members[index]
        if member.public_key in keys:
            raise DuplicateSignerError(
                f"one validator appears twice among the signers of height {height}", height=height
            )
        keys.add(member.public_key)
        tallied += member.power
        if index not in seen:
            seen.add(index)
            jobs.append((member.public_key, message, signature))
            signers.append(index)
        if tallied * 3 > total * 2:
            return
    raise InsufficientVotingPowerError(
        f"only {tallied} of {total} voting power signed height {height}; more than 2/3 is needed",
        height=height,
    )


def _plan_trusting(
    trusted: ValidatorSet,
    lb: LightBlock,
    trust_level: Fraction,
    message: bytes,
    jobs: list[SigJob],
    signers: list[int],
    seen: set[int],
) -> None:
    """Add signatures from members of the trusted set until at least `trust_level` of its power is covered
    (CometBFT's VerifyCommitLightTrusting; signers are matched to the trusted set by public key)."""
    power_of = {v.public_key: v.power for v in trusted.validators}
    total = sum(power_of.values())
    num, den = trust_level.numerator, trust_level.denominator
    members = lb.validators.validators
    height = lb.header.height
    tallied = 0
    counted: set[bytes] = set()
    for index, signature in lb.commit.signatures:
        if not 0 <= index < len(members):
            raise UnknownSignerError(
                f"the commit for height {height} has a signature from validator #{index}, who is not in the set",
                height=height,
            )
        key = members[index].public_key
        power = power_of.get(key)
        if power is None:
            continue
        if key in counted:
            raise DuplicateSignerError(
                f"a trusted validator signed the commit for height {height} twice", height=height
            )
        counted.add(key)
        tallied += power
        if index not in seen:
            seen.add(index)
            jobs.append((key, message, signature))
            signers.append(index)
        if tallied * den >= total * num:
            return
    raise NotEnoughTrustError(
        f"only {tallied} of {total} trusted voting power signed height {height}; at least {trust_level} is "
        "needed to skip to it",
        height=height,
    )


def plan_adjacent(trusted: TrustedBlock, lb: LightBlock, now_ms: int, opts: VerifyOptions) -> Plan:
    """Checks of a light block one height above the trusted one (everything but the signatures)."""
    header = lb.header
    block_hash = check_light_block(lb, trusted.chain_id)
    check_time_and_height(trusted, header, now_ms, opts)
    if header.height != trusted.height + 1:
        raise VerificationError(f"height {header.height} is not adjacent to {trusted.height}", height=header.height)
    if header.validators_hash != trusted.next_validators_hash:
        raise NextValidatorsMismatchError(
            f"the validators of height {header.height} are not those the trusted header at height "
            f"{trusted.height} announced",
            height=header.height,
        )
    if not trusted.is_genesis and header.prev_block_hash != trusted.hash:
        raise BrokenHashChainError(
            f"the header at height {header.height} does not link to the trusted header below it",
            height=header.height,
        )
    jobs: list[SigJob] = []
    signers: list[int] = []
    _plan_light(lb, lb.commit.sign_bytes(header.chain_id), jobs, signers, set())
    return Plan(TrustedBlock.from_light_block(lb, block_hash), jobs, signers)


def plan_non_adjacent(trusted: TrustedBlock, lb: LightBlock, now_ms: int, opts: VerifyOptions) -> Plan:
    """Checks of a light block more than one height above the trusted one (skipping verification)."""
    header = lb.header
    block_hash = check_light_block(lb, trusted.chain_id)
    check_time_and_height(trusted, header, now_ms, opts)
    if header.height == trusted.height + 1:
        raise VerificationError(f"height {header.height} is adjacent to {trusted.height}", height=header.height)
    jobs: list[SigJob] = []
    signers: list[int] = []
    seen: set[int] = set()
    message = lb.commit.sign_bytes(header.chain_id)
    # The cheap power checks come first, so that a header that cannot be trusted costs no signature checks.
    _plan_trusting(trusted.validators, lb, opts.trust_level, message, jobs, signers, seen)
    _plan_light(lb, message, jobs, signers, seen)
    return Plan(TrustedBlock.from_light_block(lb, block_hash), jobs, signers)


def plan(trusted: TrustedBlock, lb: LightBlock, now_ms: int, opts: VerifyOptions) -> Plan:
    if lb.header.height == trusted.height + 1:
        return plan_adjacent(trusted, lb, now_ms, opts)
    return plan_non_adjacent(trusted, lb, now_ms, opts)


def verify_adjacent(
    trusted: TrustedBlock,
    lb: LightBlock,
    now_ms: int,
    opts: VerifyOptions,
    checker: SignatureChecker = SERIAL,
) -> TrustedBlock:
    p = plan_adjacent(trusted, lb, now_ms, opts)
    return finish(p, checker.failures(p.jobs))


def verify_non_adjacent(
    trusted: TrustedBlock,
    lb: LightBlock,
    now_ms: int,
    opts: VerifyOptions,
    checker: SignatureChecker = SERIAL,
) -> TrustedBlock:
    p = plan_non_adjacent(trusted, lb, now_ms, opts)
    return finish(p, checker.failures(p.jobs))


def verify(
    trusted: TrustedBlock,
    lb: LightBlock,
    now_ms: int,
    opts: VerifyOptions,
    checker: SignatureChecker = SERIAL,
) -> TrustedBlock:
    """Verify `lb` from `trusted`: adjacent if it is the next height, skipping otherwise."""
    p = plan(trusted, lb, now_ms, opts)
    return finish(p, checker.failures(p.jobs))


@dataclass(slots=True)
class SequencePlan:
    """Plans for consecutive light blocks, each from the one before; `error` is what stopped planning."""

    plans: list[Plan]
    error: VerificationError | None

    def jobs(self) -> list[SigJob]:
        out: list[SigJob] = []
        for p in self.plans:
            out.extend(p.jobs)
        return out

    def outcome(self, failures: Sequence[int]) -> tuple[list[TrustedBlock], VerificationError | None]:
        """The blocks that verified, in order, and the first error (a bad signature, or `error`)."""
        bad = set(failures)
        verified: list[TrustedBlock] = []
        start = 0
        for p in self.plans:
            end = start + len(p.jobs)
            mine = [i - start for i in range(start, end) if i in bad] if bad else []
            start = end
            try:
                verified.append(finish(p, mine))
            except VerificationError as exc:
                return verified, exc
        return verified, self.error


def plan_sequence(
    trusted: TrustedBlock, blocks: Sequence[LightBlock], now_ms: int, opts: VerifyOptions
) -> SequencePlan:
    """Plan sequential (adjacent) verification of consecutive blocks starting right above `trusted`."""
    plans: list[Plan] = []
    current = trusted
    for lb in blocks:
        try:
            p = plan_adjacent(current, lb, now_ms, opts)
        except VerificationError as exc:
            return SequencePlan(plans, exc)
        plans.append(p)
        current = p.result
    return SequencePlan(plans, None)


def verify_sequence(
    trusted: TrustedBlock,
    blocks: Sequence[LightBlock],
    now_ms: int,
    opts: VerifyOptions,
    checker: SignatureChecker = SERIAL,
) -> list[TrustedBlock]:
    """Verify consecutive blocks one by one from `trusted`; raise the first failure."""
    sp = plan_sequence(trusted, blocks, now_ms, opts)
    verified, error = sp.outcome(checker.failures(sp.jobs()))
    if error is not None:
        raise error
    return verified


def verify_backwards(trusted: TrustedBlock, lb: LightBlock) -> TrustedBlock:
    """Verify the light block right below `trusted` through the hash chain (`prev_block_hash`).

    No signature is needed: the trusted header commits to its parent's hash. The trusting period does not
    apply to the older header either, only to the trusted one it hangs from (checked by the caller).
    """
    header = trusted.header
    if header is None:
        raise VerificationError("there is nothing below the genesis")
    old = lb.header
    if old.chain_id != trusted.chain_id:
        raise ChainIdMismatchError(
            f"the header at height {old.height} belongs to chain '{old.chain_id}', not '{trusted.chain_id}'",
            height=old.height,
        )
    if old.height != trusted.height - 1:
        raise NonIncreasingHeightError(
            f"expected the header at height {trusted.height - 1}, got {old.height}", height=old.height
        )
    old_hash = header_hash(old)
    if old_hash != header.prev_block_hash:
        raise BrokenHashChainError(
            f"the header at height {old.height} is not the parent of the trusted header at height {trusted.height}",
            height=old.height,
        )
    if old.time_ms >= trusted.time_ms:
        raise NonIncreasingTimeError(
            f"the header at height {old.height} is not earlier than its child", height=old.height
        )
    if old.next_validators_hash != header.validators_hash:
        raise NextValidatorsMismatchError(
            f"the header at height {old.height} does not announce its child's validators", height=old.height
        )
    if validators_hash(lb.validators) != old.validators_hash:
        raise ValidatorsHashMismatchError(
            f"the validator set sent for height {old.height} is not the one its header names",
            height=old.height,
        )
    if lb.commit.height != old.height or lb.commit.block_hash != old_hash:
        raise CommitMismatchError(f"the commit sent for height {old.height} signs another block", height=old.height)
    return TrustedBlock.from_light_block(lb, old_hash)


def expired(trusted: TrustedBlock, now_ms: int, opts: VerifyOptions) -> bool:
    return trusted.time_ms + opts.trusting_period_ms <= now_ms


__all__ = [
    "DEFAULT_MAX_CLOCK_DRIFT_MS",
    "DEFAULT_TRUSTING_PERIOD_MS",
    "DEFAULT_TRUST_LEVEL",
    "SERIAL",
    "Plan",
    "SequencePlan",
    "SigJob",
    "SignatureChecker",
    "TrustedBlock",
    "VerifyOptions",
    "check_light_block",
    "check_time_and_height",
    "check_trust_level",
    "expired",
    "finish",
    "header_hash",
    "plan",
    "plan_adjacent",
    "plan_non_adjacent",
    "plan_sequence",
    "validators_hash",
    "verify",
    "verify_adjacent",
    "verify_backwards",
    "verify_non_adjacent",
    "verify_sequence",
]
