"""Block headers, votes, commits, validator sets and light blocks, with their hashes and sign-bytes."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from enum import IntEnum
from typing import Annotated, Any, NamedTuple

from .encoding import U64, Bytes, Codec, ListOf, Nested, OneOf, Struct, Text, pack, wire
from .errors import DecodeError, ValidationError
from .hashing import Tag, blake2b256
from .keys import ACTOR_ID_SIZE, PUBLIC_KEY_SIZE, SIGNATURE_SIZE, Domain, actor_id, first_invalid_signature

HASH = Bytes(32)
NIL_OR_HASH = Bytes(sizes=(0, 32))
ZERO_HASH = bytes(32)
CHAIN_ID = Text(50, min_len=1)
MAX_VALIDATORS = 512
#: Total voting power stays far below 2**63 so that sums and 2/3 arithmetic never overflow anywhere.
MAX_TOTAL_POWER = 2**60
MAX_ROUND = 2**31 - 1


@wire
class Header(Struct):
    """A block header. `state_root` is the state after this block's actions."""

    MAX_SIZE = 1024
    chain_id: Annotated[str, CHAIN_ID]
    height: Annotated[int, U64()]
    time_ms: Annotated[int, U64()]
    prev_block_hash: Annotated[bytes, HASH]
    prev_commit_hash: Annotated[bytes, HASH]
    actions_root: Annotated[bytes, HASH]
    state_root: Annotated[bytes, HASH]
    validators_hash: Annotated[bytes, HASH]
    next_validators_hash: Annotated[bytes, HASH]
    proposer: Annotated[bytes, Bytes(ACTOR_ID_SIZE)]

    def validate(self) -> None:
        if self.height < 1:
            raise ValidationError("header height starts at 1")
        if self.height == 1 and (self.prev_block_hash != ZERO_HASH or self.prev_commit_hash != ZERO_HASH):
            raise ValidationError("the first header has no previous block or commit")

    def hash(self) -> bytes:
        return blake2b256(Tag.HEADER, self.encode())


def header_hash_of_encoding(encoded_header: bytes) -> bytes:
    """The hash of a header from its canonical encoding (saves a re-encode on the hot path)."""
    return blake2b256(Tag.HEADER, encoded_header)


class VoteType(IntEnum):
    PREVOTE = 1
    PRECOMMIT = 2


@wire
class Vote(Struct):
    """What a validator signs in consensus. An empty `block_hash` is a vote for nil."""

    MAX_SIZE = 256
    type: Annotated[int, OneOf(VoteType)]
    chain_id: Annotated[str, CHAIN_ID]
    height: Annotated[int, U64()]
    round: Annotated[int, U64(MAX_ROUND)]
    block_hash: Annotated[bytes, NIL_OR_HASH]

    def sign_bytes(self) -> bytes:
        """The exact bytes a validator signs (with the VOTE signing domain)."""
        return Domain.VOTE.value + self.encode()


@wire
class Validator(Struct):
    public_key: Annotated[bytes, Bytes(PUBLIC_KEY_SIZE)]
    power: Annotated[int, U64(MAX_TOTAL_POWER)]

    def validate(self) -> None:
        if self.power < 1:
            raise ValidationError("a validator has positive voting power")

    @property
    def address(self) -> bytes:
        return actor_id(self.public_key)


def _validator_order(v: Validator) -> tuple[int, bytes]:
    return (-v.power, v.public_key)


@wire
class ValidatorSet(Struct):
    """Validators in canonical order: voting power descending, then public key ascending."""

    MAX_SIZE = 64 * 1024
    validators: Annotated[tuple[Validator, ...], ListOf(Nested(Validator), MAX_VALIDATORS)]

    @classmethod
    def of(cls, validators: Iterable[Validator]) -> ValidatorSet:
        return cls(tuple(sorted(validators, key=_validator_order)))

    def validate(self) -> None:
        if not self.validators:
            raise ValidationError("a validator set is never empty")
        keys = [v.public_key for v in self.validators]
        if len(set(keys)) != len(keys):
            raise ValidationError("a validator appears twice in the set")
        if list(self.validators) != sorted(self.validators, key=_validator_order):
            raise ValidationError("validators are not in canonical order")
        if self.total_power() > MAX_TOTAL_POWER:
            raise ValidationError("total voting power is too large")

    def total_power(self) -> int:
        return sum(v.power for v in self.validators)

    def hash(self) -> bytes:
        return blake2b256(Tag.VALSET, self.encode())

    def index_of(self, public_key: bytes) -> int | None:
        for i, v in enumerate(self.validators):
            if v.public_key == public_key:
                return i
        return None

    def __len__(self) -> int:
        return len(self.validators)


class CommitSig(NamedTuple):
    """One precommit signature in a commit, by the signer's index in the validator set."""

    validator_index: int
    signature: bytes


class _CommitSigs(Codec):
    """Signatures as `[[validator_index, signature], ...]` in strictly increasing validator order.

    Kept as plain pairs (not versioned structs): they are only ever hashed as part of the commit, and
    commits are decoded on the light client's hottest path.
    """

    def to_wire(self, value: Any) -> Any:
        if not isinstance(value, tuple | list) or len(value) > MAX_VALIDATORS:
            raise DecodeError("commit signatures: expected at most one per validator")
        self._check_order([s[0] for s in value], "signatures")
        return [[_INDEX.to_wire(s[0]), _SIG.to_wire(s[1])] for s in value]

    def from_wire(self, wire: Any, where: str) -> Any:
        if type(wire) is not list or len(wire) > MAX_VALIDATORS:
            raise DecodeError(f"{where}: expected a list of at most {MAX_VALIDATORS} signatures")
        out = []
        last = -1
        for item in wire:
            if type(item) is not list or len(item) != 2:
                raise DecodeError(f"{where}: a signature entry is [validator_index, signature]")
            index, sig = item
            if type(index) is not int or not last < index < MAX_VALIDATORS:
                raise DecodeError(f"{where}: signatures must be in increasing validator order, once each")
            if type(sig) is not bytes or len(sig) != SIGNATURE_SIZE:
                raise DecodeError(f"{where}: a signature is {SIGNATURE_SIZE} bytes")
            last = index
            # The checked pair as is: the named tuple's generated __new__ costs more than the checks.
            out.append(_new_tuple(CommitSig, item))
        return tuple(out)

    @staticmethod
    def _check_order(indices: list[int], where: str) -> None:
        if any(b <= a for a, b in itertools.pairwise(indices)):
            raise DecodeError(f"{where}: signatures must be in increasing validator order, once each")


_new_tuple = tuple.__new__
_INDEX = U64(MAX_VALIDATORS - 1)
_SIG = Bytes(SIGNATURE_SIZE)
_VOTE_DOMAIN = Domain.VOTE.value
_PRECOMMIT = int(VoteType.PRECOMMIT)


@wire
class Commit(Struct):
    """Precommit signatures for one block; all of them sign the same `Vote(PRECOMMIT, …)` bytes."""

    MAX_SIZE = 96 * MAX_VALIDATORS + 256
    height: Annotated[int, U64()]
    round: Annotated[int, U64(MAX_ROUND)]
    block_hash: Annotated[bytes, HASH]
    signatures: Annotated[tuple[CommitSig, ...], _CommitSigs()]

    def vote(self, chain_id: str) -> Vote:
        return Vote(VoteType.PRECOMMIT, chain_id, self.height, self.round, self.block_hash)

    def sign_bytes(self, chain_id: str) -> bytes:
        """What every signature in this commit signs: the precommit vote's sign-bytes (built directly)."""
        return _VOTE_DOMAIN + pack([Vote.VERSION, _PRECOMMIT, chain_id, self.height, self.round, self.block_hash])

    def hash(self) -> bytes:
        return blake2b256(Tag.COMMIT, self.encode())


class CommitError(ValidationError):
    """A commit not proving its block: wrong block, unknown signer, bad signature, too little power."""


def verify_commit(chain_id: str, validators: ValidatorSet, commit: Commit, block_hash: bytes) -> int:
    """Check that more than 2/3 of `validators`' power precommitted `block_hash`; return the power.

    Every signature is checked (a bad one is an error, not ignored), so a node cannot pad a commit.
    """
    if commit.block_hash != block_hash:
        raise CommitError("the commit is for a different block")
    sign_bytes = commit.sign_bytes(chain_id)
    members = validators.validators
    n_members = len(members)
    signers: list[tuple[bytes, bytes]] = []
    signed = 0
    for index, signature in commit.signatures:
        if index >= n_members:
            raise CommitError(f"signature from validator #{index}, not in the set")
        member = members[index]
        signers.append((member.public_key, signature))
        signed += member.power
    bad = first_invalid_signature(sign_bytes, signers)
    if bad is not None:
        raise CommitError(f"invalid signature from validator #{commit.signatures[bad].validator_index}")
    total = validators.total_power()
    if signed * 3 <= total * 2:
        raise CommitError(f"only {signed} of {total} voting power signed (need > 2/3)")
    return signed


@wire
class LightBlock(Struct):
    """What a light client needs for one height: the header, its commit and the set that signed it."""

    MAX_SIZE = 128 * 1024
    header: Annotated[Header, Nested(Header)]
    commit: Annotated[Commit, Nested(Commit)]
    validators: Annotated[ValidatorSet, Nested(ValidatorSet)]

    def validate(self) -> None:
        if self.commit.height != self.header.height:
            raise DecodeError("the commit's height differs from the header's")

    @property
    def height(self) -> int:
        return self.header.height
