"""Votes received at one height, tallied by round, type and block, with equivocation detection."""

from __future__ import annotations

from dataclasses import dataclass, field

from lightnode.protocol.chain import Commit, CommitSig, ValidatorSet, VoteType
from lightnode.protocol.consensus import DuplicateVoteEvidence, SignedVote

NIL = b""


#: Distinct votes kept per validator, round and type: the first one, plus conflicting ones up to this
#: many in all (an equivocator cannot fill memory by signing endless block hashes).
MAX_VOTES_PER_VALIDATOR = 3


@dataclass
class VoteSet:
    """The votes of one (round, type), weighted by power.

    `votes` holds each validator's first vote, and `power_any` counts each validator once. An equivocating
    validator's conflicting votes are also counted in `power_for` of the block they name: different honest
    nodes may have seen different ones first, and a quorum for one block must not stay invisible to a node
    that happened to see the other vote first. This is safe: two quorums for different blocks in one round
    would need more than a third of the power to equivocate.
    """

    votes: dict[int, SignedVote] = field(default_factory=dict)
    by_hash: dict[bytes, dict[int, SignedVote]] = field(default_factory=dict)
    power_for: dict[bytes, int] = field(default_factory=dict)
    power_any: int = 0

    def add(self, vote: SignedVote, power: int) -> None:
        index = vote.validator_index
        block_hash = vote.vote.block_hash
        if index not in self.votes:
            self.votes[index] = vote
            self.power_any += power
        voters = self.by_hash.setdefault(block_hash, {})
        if index not in voters:
            voters[index] = vote
            self.power_for[block_hash] = self.power_for.get(block_hash, 0) + power

    def known(self, vote: SignedVote) -> bool:
        return vote.validator_index in self.by_hash.get(vote.vote.block_hash, {})

    def count_of(self, index: int) -> int:
        return sum(1 for voters in self.by_hash.values() if index in voters)

    def all_votes(self) -> list[SignedVote]:
        return [v for voters in self.by_hash.values() for v in voters.values()]


class AddResult:
    """What adding a vote did: ADDED (new), DUPLICATE (seen before), or CONFLICT (equivocation)."""

    ADDED = "added"
    DUPLICATE = "duplicate"
    CONFLICT = "conflict"


class HeightVotes:
    """All prevotes and precommits for one height, with > 2/3 and > 1/3 checks against the validator set.

    The caller checks signatures; this class trusts the votes it is given.
    """

    def __init__(self, validators: ValidatorSet) -> None:
        self.validators = validators
        self.total_power = validators.total_power()
        self._sets: dict[tuple[int, int], VoteSet] = {}
        #: Validator indices that sent anything (proposal, prevote, precommit) per round, for round skipping.
        self._senders: dict[int, set[int]] = {}

    def get(self, round_: int, vote_type: int) -> VoteSet:
        key = (round_, vote_type)
        vote_set = self._sets.get(key)
        if vote_set is None:
            vote_set = self._sets[key] = VoteSet()
        return vote_set

    def known(self, vote: SignedVote) -> bool:
        """Whether this exact (validator, block) vote is already counted."""
        vote_set = self._sets.get((vote.vote.round, vote.vote.type))
        return vote_set is not None and vote_set.known(vote)

    def add(self, vote: SignedVote) -> tuple[str, DuplicateVoteEvidence | None]:
        vote_set = self.get(vote.vote.round, vote.vote.type)
        index = vote.validator_index
        if vote_set.known(vote):
            return AddResult.DUPLICATE, None
        first = vote_set.votes.get(index)
        power = self.validators.validators[index].power
        if first is not None:
            if vote_set.count_of(index) >= MAX_VOTES_PER_VALIDATOR:
                return AddResult.DUPLICATE, None
            vote_set.add(vote, power)
            public_key = self.validators.validators[index].public_key
            return AddResult.CONFLICT, DuplicateVoteEvidence.of(public_key, first, vote)
        vote_set.add(vote, power)
        self.note_sender(vote.vote.round, index)
        return AddResult.ADDED, None

    def note_sender(self, round_: int, index: int) -> None:
        self._senders.setdefault(round_, set()).add(index)

    def sender_power(self, round_: int) -> int:
        members = self.validators.validators
        return sum(members[i].power for i in self._senders.get(round_, ()))

    def rounds_seen(self) -> list[int]:
        return sorted(self._senders)

    def two_thirds(self, power: int) -> bool:
        return power * 3 > self.total_power * 2

    def one_third(self, power: int) -> bool:
        return power * 3 > self.total_power

    def has_two_thirds_any(self, round_: int, vote_type: int) -> bool:
        vote_set = self._sets.get((round_, vote_type))
        return vote_set is not None and self.two_thirds(vote_set.power_any)

    def has_two_thirds_for(self, round_: int, vote_type: int, block_hash: bytes) -> bool:
        vote_set = self._sets.get((round_, vote_type))
        return vote_set is not None and self.two_thirds(vote_set.power_for.get(block_hash, 0))

    def two_thirds_majority(self, round_: int, vote_type: int) -> bytes | None:
        """The block hash (or NIL) that more than 2/3 voted for in this round, if any."""
        vote_set = self._sets.get((round_, vote_type))
        if vote_set is None:
            return None
        for block_hash, power in vote_set.power_for.items():
            if self.two_thirds(power):
                return block_hash
        return None

    def commit_for(self, round_: int, block_hash: bytes, height: int) -> Commit:
        """The commit made of this round's precommits for `block_hash`."""
        voters = self.get(round_, VoteType.PRECOMMIT).by_hash.get(block_hash, {})
        sigs = sorted((CommitSig(i, v.signature) for i, v in voters.items()), key=lambda s: s.validator_index)
        return Commit(height, round_, block_hash, tuple(sigs))

    def votes_in(self, rounds: set[int]) -> list[SignedVote]:
        """Every vote held for the given rounds (both types), for re-sending to peers that missed them."""
        return [v for (r, _), vote_set in self._sets.items() if r in rounds for v in vote_set.all_votes()]
