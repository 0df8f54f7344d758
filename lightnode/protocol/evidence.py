"""Light-client attack evidence: two conflicting light blocks that both verify, and who signed both."""

from __future__ import annotations

from enum import IntEnum
from typing import Annotated

from .chain import HASH, MAX_VALIDATORS, LightBlock, ValidatorSet
from .encoding import U64, Bytes, ListOf, Nested, OneOf, Struct, wire
from .errors import SignatureError, ValidationError
from .hashing import Tag, blake2b256
from .keys import PUBLIC_KEY_SIZE, verify_raw


class AttackKind(IntEnum):
    """How the conflicting block came about (CometBFT's classification, adapted to ExC headers)."""

    #: A block signed by a validator set the trusted chain never had at that height (or another parent).
    LUNATIC = 1
    #: Two blocks at one height and round from one validator set: at least 1/3 double-signed.
    EQUIVOCATION = 2
    #: Two blocks at one height from one validator set in different rounds.
    AMNESIA = 3


@wire
class LightClientAttackEvidence(Struct):
    """What a light client sends to every node it knows when two of them served conflicting headers.

    `block_a` and `block_b` are the two light blocks at the same height, ordered by header hash so that one
    attack has exactly one encoding; `common_height` / `common_hash` name the last header both chains share
    that the client trusted (height 0 with the genesis hash when that is the genesis);
    `byzantine_validators` are the public keys (sorted) with a valid signature in both commits.
    """

    MAX_SIZE = 2 * LightBlock.MAX_SIZE + PUBLIC_KEY_SIZE * MAX_VALIDATORS + 1024
    kind: Annotated[int, OneOf(AttackKind)]
    common_height: Annotated[int, U64()]
    common_hash: Annotated[bytes, HASH]
    block_a: Annotated[LightBlock, Nested(LightBlock)]
    block_b: Annotated[LightBlock, Nested(LightBlock)]
    byzantine_validators: Annotated[
        tuple[bytes, ...], ListOf(Bytes(PUBLIC_KEY_SIZE), MAX_VALIDATORS, sorted_unique=True)
    ]
    #: When the client detected the attack (its clock, milliseconds since the epoch).
    detected_ms: Annotated[int, U64()]

    @classmethod
    def of(
        cls,
        kind: AttackKind,
        common_height: int,
        common_hash: bytes,
        one: LightBlock,
        other: LightBlock,
        detected_ms: int,
    ) -> LightClientAttackEvidence:
        """Build the evidence, listing every validator whose signature verifies in both commits."""
        a, b = sorted((one, other), key=lambda lb: lb.header.hash())
        return cls(int(kind), common_height, common_hash, a, b, signed_both(a, b), detected_ms)

    def validate(self) -> None:
        a, b = self.block_a.header, self.block_b.header
        if a.height != b.height:
            raise ValidationError("the conflicting blocks are at different heights")
        if a.chain_id != b.chain_id:
            raise ValidationError("the conflicting blocks belong to different chains")
        if not a.hash() < b.hash():
            raise ValidationError("the conflicting blocks must differ and be ordered by header hash")
        if self.common_height >= a.height:
            raise ValidationError("the common height is below the conflicting blocks")

    @property
    def height(self) -> int:
        return self.block_a.header.height

    @property
    def chain_id(self) -> str:
        return self.block_a.header.chain_id

    def hash(self) -> bytes:
        return blake2b256(Tag.EVIDENCE, self.encode())

    def verify_signatures(self) -> None:
        """Check that every listed validator really signed both blocks (raises SignatureError)."""
        if tuple(self.byzantine_validators) != signed_both(self.block_a, self.block_b, only=None):
            raise SignatureError("the listed validators are not exactly those that signed both blocks")


def _valid_signers(lb: LightBlock, only: frozenset[bytes] | None) -> set[bytes]:
    members = lb.validators.validators
    message = lb.commit.sign_bytes(lb.header.chain_id)
    out: set[bytes] = set()
    for sig in lb.commit.signatures:
        if sig.validator_index >= len(members):
            continue
        key = members[sig.validator_index].public_key
        if only is not None and key not in only:
            continue
        try:
            verify_raw(key, message, sig.signature)
        except SignatureError:
            continue
        out.add(key)
    return out


def signed_both(a: LightBlock, b: LightBlock, only: frozenset[bytes] | None = None) -> tuple[bytes, ...]:
    """The sorted public keys with a valid precommit signature in both blocks' commits."""
    keys_a = {m.public_key for m in a.validators.validators}
    keys_b = {m.public_key for m in b.validators.validators}
    common = frozenset(keys_a & keys_b) if only is None else only & keys_a & keys_b
    return tuple(sorted(_valid_signers(a, common) & _valid_signers(b, common)))


def total_power(validators: ValidatorSet, keys: tuple[bytes, ...]) -> int:
    """The voting power of `keys` in `validators` (keys not in the set count nothing)."""
    wanted = set(keys)
    return sum(v.power for v in validators.validators if v.public_key in wanted)


__all__ = ["AttackKind", "LightClientAttackEvidence", "signed_both", "total_power"]
