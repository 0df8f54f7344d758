"""Tendermint BFT (Algorithm 1 of arXiv:1807.04938) as a pure state machine fed proposals, votes and timeouts.

The core does no I/O and keeps no clock: each input returns an `Output` listing the signed messages to
broadcast, the timeouts to schedule, evidence of equivocation, and the decision once a block is committed.
Signing goes through a `Signer`, which in a node writes to the write-ahead log before returning a signature.
The node runs one `ConsensusCore` for its whole life, calling `start_height` after each commit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Protocol

from lightnode.protocol.chain import MAX_ROUND, Commit, ValidatorSet, Vote, VoteType
from lightnode.protocol.consensus import Block, DuplicateVoteEvidence, Proposal, SignedProposal, SignedVote
from lightnode.protocol.errors import SignatureError

from .priority import ProposerPriorities
from .votes import NIL, AddResult, HeightVotes

PREVOTE = int(VoteType.PREVOTE)
PRECOMMIT = int(VoteType.PRECOMMIT)
#: The signing step of a proposal, next to PREVOTE (1) and PRECOMMIT (2).
PROPOSAL_STEP = 0
#: Messages for the next height are kept (at most this many) until the node gets there.
MAX_BUFFERED_FUTURE = 4096


class Step(IntEnum):
    NEW_HEIGHT = 0
    PROPOSE = 1
    PREVOTE = 2
    PRECOMMIT = 3
    DECIDED = 4


@dataclass(frozen=True, slots=True)
class TimeoutParams:
    """Round timeouts in seconds; each grows by its delta per round, so a slow network eventually fits."""

    propose_s: float = 2.0
    propose_delta_s: float = 0.5
    prevote_s: float = 0.5
    prevote_delta_s: float = 0.5
    precommit_s: float = 0.5
    precommit_delta_s: float = 0.5

    def propose(self, round_: int) -> float:
        return self.propose_s + self.propose_delta_s * round_

    def prevote(self, round_: int) -> float:
        return self.prevote_s + self.prevote_delta_s * round_

    def precommit(self, round_: int) -> float:
        return self.precommit_s + self.precommit_delta_s * round_


@dataclass(frozen=True, slots=True)
class Timeout:
    height: int
    round: int
    step: Step
    delay_s: float


@dataclass(frozen=True, slots=True)
class Decision:
    block: Block
    commit: Commit


@dataclass(slots=True)
class Output:
    messages: list[SignedProposal | SignedVote] = field(default_factory=list)
    timeouts: list[Timeout] = field(default_factory=list)
    evidence: list[DuplicateVoteEvidence] = field(default_factory=list)
    decision: Decision | None = None
    #: The input was new and valid for this height (worth relaying to other peers).
    accepted: bool = False
    #: Why an input was refused, as a sentence; empty when it was fine or merely stale or duplicate.
    error: str = ""
    #: The refused input is invalid in itself (bad signature, wrong chain, unknown signer): whoever sent it
    #: is misbehaving, since an honest peer relays only messages it checked.
    fault: bool = False


class ConsensusApp(Protocol):
    """What consensus needs from the rest of the node."""

    def propose_block(self, height: int, round_: int) -> Block | None:
        """A new block to propose (None: nothing can be built now)."""

    def validate_block(self, block: Block) -> bool:
        """valid(v) of the paper: whether every validator should accept this block at this height."""


class Signer(Protocol):
    """Signs consensus messages; returns None when signing would contradict an earlier signature."""

    @property
    def public_key(self) -> bytes: ...

    def sign(self, height: int, round_: int, step: int, block_hash: bytes, message: bytes) -> bytes | None: ...


@dataclass(frozen=True, slots=True)
class SignedRecord:
    """Something this validator signed at the current height, as recovered from its WAL."""

    round: int
    step: int
    block_hash: bytes
    signature: bytes


class ConsensusCore:
    """One validator's (or observer's) view of consensus, height by height."""

    def __init__(
        self,
        chain_id: str,
        app: ConsensusApp,
        signer: Signer | None,
        params: TimeoutParams | None = None,
    ) -> None:
        self.chain_id = chain_id
        self.app = app
        self.signer = signer
        self.params = params or TimeoutParams()
        self.height = 0
        self.round = 0
        self.step = Step.DECIDED
        self.validators: ValidatorSet | None = None
        self._priorities: ProposerPriorities | None = None
        self.my_index: int | None = None
        self._future: list[SignedProposal | SignedVote] = []
        self._reset()

    def _reset(self) -> None:
        self.locked_round = -1
        self.locked_hash: bytes | None = None
        self.valid_round = -1
        self.valid_hash: bytes | None = None
        self.proposals: dict[int, SignedProposal] = {}
        self.blocks: dict[bytes, Block] = {}
        self._valid: dict[bytes, bool] = {}
        self._proposers: dict[int, int] = {}
        self._prevote_timeouts: set[int] = set()
        self._precommit_timeouts: set[int] = set()
        self._lock_rounds: set[int] = set()
        self.decision: Decision | None = None
        #: What this validator signed at this height, for re-sending to peers that missed it.
        self._own: list[SignedProposal | SignedVote] = []
        self._restored: Mapping[tuple[int, int], SignedRecord] = {}
        self.votes = HeightVotes(self.validators) if self.validators is not None else None

    # ---- height lifecycle ---------------------------------------------------------------------------

    def start_height(
        self,
        height: int,
        validators: ValidatorSet,
        priorities: ProposerPriorities,
        restored: Mapping[tuple[int, int], SignedRecord] | None = None,
    ) -> Output:
        """Enter `height` and wait (step NEW_HEIGHT) until `start()`; buffered messages are replayed."""
        if height <= self.height and self.height:
            raise ValueError(f"consensus cannot go back from height {self.height} to {height}")
        self.height = height
        self.round = 0
        self.step = Step.NEW_HEIGHT
        self.validators = validators
        self._priorities = priorities
        signer_key = self.signer.public_key if self.signer is not None else None
        self.my_index = validators.index_of(signer_key) if signer_key is not None else None
        self._reset()
        self._restored = dict(restored or {})
        out = Output()
        buffered, self._future = self._future, []
        for message in buffered:
            sub = self.on_proposal(message) if isinstance(message, SignedProposal) else self.on_vote(message)
            out.evidence.extend(sub.evidence)
            out.messages.extend(sub.messages)
            out.timeouts.extend(sub.timeouts)
            out.decision = out.decision or sub.decision
        return out

    def start(self) -> Output:
        """Start round 0 of the current height, or resume the round recovered from the WAL."""
        out = Output()
        if self.step != Step.NEW_HEIGHT:
            return out
        if self._restored:
            self._resume(out)
        else:
            self._start_round(0, out)
        self._process(out)
        return out

    def _resume(self, out: Output) -> None:
        """Continue after a restart from what the WAL says this validator signed at this height."""
        records = self._restored
        last_round = max(r for r, _ in records)
        self.round = last_round
        steps = {s for r, s in records if r == last_round}
        self.step = Step.PRECOMMIT if PRECOMMIT in steps else Step.PREVOTE if PREVOTE in steps else Step.PROPOSE
        # A precommit for a block at round r is exactly when the algorithm locked on it.
        locks = [rec for rec in records.values() if rec.step == PRECOMMIT and rec.block_hash != NIL]
        if locks:
            lock = max(locks, key=lambda rec: rec.round)
            self.locked_round = self.valid_round = lock.round
            self.locked_hash = self.valid_hash = lock.block_hash
        assert self.votes is not None
        assert self.my_index is not None
        for rec in sorted(records.values(), key=lambda rec: (rec.round, rec.step)):
            if rec.step == PROPOSAL_STEP:
                continue
            vote = Vote(rec.step, self.chain_id, self.height, rec.round, rec.block_hash)
            signed = SignedVote(vote, self.my_index, rec.signature)
            self.votes.add(signed)
            self._own.append(signed)
            out.messages.append(signed)
        if self.step == Step.PROPOSE:
            out.timeouts.append(Timeout(self.height, self.round, Step.PROPOSE, self.params.propose(self.round)))
        elif self.step == Step.PREVOTE:
            out.timeouts.append(Timeout(self.height, self.round, Step.PREVOTE, self.params.prevote(self.round)))
        else:
            out.timeouts.append(Timeout(self.height, self.round, Step.PRECOMMIT, self.params.precommit(self.round)))

    # ---- inputs -------------------------------------------------------------------------------------

    def proposer_index(self, round_: int) -> int:
        index = self._proposers.get(round_)
        if index is None:
            assert self._priorities is not None
            index = self._proposers[round_] = self._priorities.proposer(round_)
        return index

    def on_proposal(self, signed: SignedProposal) -> Output:
        out = Output()
        proposal = signed.proposal
        if proposal.chain_id != self.chain_id:
            out.error = f"the proposal is for chain '{proposal.chain_id}', not '{self.chain_id}'"
            out.fault = True
            return out
        if proposal.height != self.height or self.validators is None:
            if proposal.height == self.height + 1 and len(self._future) < MAX_BUFFERED_FUTURE:
                self._future.append(signed)
            return out
        if self.step == Step.DECIDED:
            return out
        existing = self.proposals.get(proposal.round)
        if existing is not None:
            if existing.proposal.block_hash != proposal.block_hash:
                out.error = f"the proposer already proposed another block in round {proposal.round}"
            return out
        proposer = self.validators.validators[self.proposer_index(proposal.round)]
        try:
            signed.verify(proposer.public_key)
        except SignatureError:
            out.error = f"the proposal for round {proposal.round} is not signed by that round's proposer"
            out.fault = True
            return out
        self.proposals[proposal.round] = signed
        self.blocks.setdefault(proposal.block_hash, signed.block)
        assert self.votes is not None
        self.votes.note_sender(proposal.round, self.proposer_index(proposal.round))
        out.accepted = True
        self._process(out)
        return out

    def on_vote(self, signed: SignedVote) -> Output:
        out = Output()
        vote = signed.vote
        if vote.chain_id != self.chain_id:
            out.error = f"the vote is for chain '{vote.chain_id}', not '{self.chain_id}'"
            out.fault = True
            return out
        if vote.height != self.height or self.validators is None or self.votes is None:
            if vote.height == self.height + 1 and len(self._future) < MAX_BUFFERED_FUTURE:
                self._future.append(signed)
            return out
        if signed.validator_index >= len(self.validators):
            out.error = f"validator #{signed.validator_index} is not in the set of height {self.height}"
            out.fault = True
            return out
        if self.votes.known(signed):
            return out
        try:
            signed.verify(self.validators.validators[signed.validator_index].public_key)
        except SignatureError:
            out.error = f"the vote's signature does not verify for validator #{signed.validator_index}"
            out.fault = True
            return out
        result, evidence = self.votes.add(signed)
        if result == AddResult.CONFLICT:
            assert evidence is not None
            out.evidence.append(evidence)
            out.accepted = True
            if self.step != Step.DECIDED:
                self._process(out)
            return out
        out.accepted = result == AddResult.ADDED
        if out.accepted and self.step != Step.DECIDED:
            self._process(out)
        return out

    def on_timeout(self, timeout: Timeout) -> Output:
        out = Output()
        if timeout.height != self.height or timeout.round != self.round:
            return out
        if timeout.step == Step.PROPOSE and self.step == Step.PROPOSE:
            self._vote(PREVOTE, NIL, out)
            self.step = Step.PREVOTE
        elif timeout.step == Step.PREVOTE and self.step == Step.PREVOTE:
            self._vote(PRECOMMIT, NIL, out)
            self.step = Step.PRECOMMIT
        elif timeout.step == Step.PRECOMMIT and self.step not in (Step.NEW_HEIGHT, Step.DECIDED):
            if self.round < MAX_ROUND:
                self._start_round(self.round + 1, out)
        else:
            return out
        self._process(out)
        return out

    def rebroadcast(self) -> Output:
        """Messages to send again when progress stalls: this validator's own proposal of the last rounds,
        and every vote held for the current and previous round and for the rounds of proofs of lock.

        Peers that were disconnected, restarted, or lost a message need them to reach > 2/3 (Tendermint's
        gossip does the same); receivers ignore what they already have.
        """
        out = Output()
        if self.step in (Step.NEW_HEIGHT, Step.DECIDED) or self.votes is None:
            return out
        for message in self._own:
            if isinstance(message, SignedProposal) and message.proposal.round >= self.round - 1:
                out.messages.append(message)
        rounds = {self.round, self.round - 1, self.locked_round, self.valid_round}
        current = self.proposals.get(self.round)
        if current is not None:
            rounds.add(current.proposal.pol_round)
        out.messages.extend(self.votes.votes_in({r for r in rounds if r >= 0}))
        return out

    # ---- the algorithm ------------------------------------------------------------------------------

    def _timeout(self, step: Step) -> Timeout:
        delay = {
            Step.PROPOSE: self.params.propose,
            Step.PREVOTE: self.params.prevote,
            Step.PRECOMMIT: self.params.precommit,
        }[step](self.round)
        return Timeout(self.height, self.round, step, delay)

    def _start_round(self, round_: int, out: Output) -> None:
        self.round = round_
        self.step = Step.PROPOSE
        if self.signer is not None and self.my_index is not None and self.proposer_index(round_) == self.my_index:
            block: Block | None
            if self.valid_hash is not None:
                block = self.blocks.get(self.valid_hash)
            else:
                try:
                    block = self.app.propose_block(self.height, round_)
                except Exception as exc:  # a failing app must not stop consensus; the round times out
                    out.error = f"could not build a block: {exc}"
                    block = None
            if block is not None:
                block_hash = block.hash()
                proposal = Proposal(self.chain_id, self.height, round_, self.valid_round, block_hash)
                signature = self.signer.sign(self.height, round_, PROPOSAL_STEP, block_hash, proposal.sign_bytes())
                if signature is not None:
                    signed = SignedProposal(proposal, signature, block)
                    self.proposals[round_] = signed
                    self.blocks.setdefault(block_hash, block)
                    assert self.votes is not None
                    self.votes.note_sender(round_, self.my_index)
                    self._own.append(signed)
                    out.messages.append(signed)
        out.timeouts.append(self._timeout(Step.PROPOSE))

    def _vote(self, vote_type: int, block_hash: bytes, out: Output) -> None:
        if self.signer is None or self.my_index is None:
            return
        vote = Vote(vote_type, self.chain_id, self.height, self.round, block_hash)
        signature = self.signer.sign(self.height, self.round, vote_type, block_hash, vote.sign_bytes())
        if signature is None:
            out.error = f"refused to sign a conflicting {Step(vote_type + 1).name.lower()} in round {self.round}"
            return
        signed = SignedVote(vote, self.my_index, signature)
        assert self.votes is not None
        self.votes.add(signed)
        self._own.append(signed)
        out.messages.append(signed)

    def _is_valid(self, block: Block) -> bool:
        block_hash = block.hash()
        known = self._valid.get(block_hash)
        if known is None:
            try:
                known = bool(self.app.validate_block(block))
            except Exception:  # an app error on a hostile block makes it invalid, never a crash
                known = False
            self._valid[block_hash] = known
        return known

    def _process(self, out: Output) -> None:
        """Apply the paper's upon-rules until none fires."""
        rules = (
            self._rule_decide,
            self._rule_round_skip,
            self._rule_prevote_fresh,
            self._rule_prevote_pol,
            self._rule_prevote_timeout,
            self._rule_lock,
            self._rule_precommit_nil,
            self._rule_precommit_timeout,
        )
        while self.step not in (Step.DECIDED,):
            for rule in rules:
                if rule(out):
                    break
            else:
                return

    def _rule_decide(self, out: Output) -> bool:
        """Lines 49-54: > 2/3 precommits for a block in any round decide it (once we hold the block)."""
        assert self.votes is not None
        for round_ in self.votes.rounds_seen():
            block_hash = self.votes.two_thirds_majority(round_, PRECOMMIT)
            if not block_hash:
                continue
            block = self.blocks.get(block_hash)
            if block is None or not self._is_valid(block):
                continue
            self.decision = Decision(block, self.votes.commit_for(round_, block_hash, self.height))
            self.step = Step.DECIDED
            out.decision = self.decision
            return True
        return False

    def _rule_round_skip(self, out: Output) -> bool:
        """Lines 55-56: messages from > 1/3 of the power in a later round move us to that round."""
        if self.step == Step.NEW_HEIGHT:
            return False
        assert self.votes is not None
        for round_ in self.votes.rounds_seen():
            if round_ > self.round and self.votes.one_third(self.votes.sender_power(round_)):
                self._start_round(round_, out)
                return True
        return False

    def _rule_prevote_fresh(self, out: Output) -> bool:
        """Lines 22-27: a fresh proposal is prevoted if valid and compatible with our lock."""
        if self.step != Step.PROPOSE:
            return False
        signed = self.proposals.get(self.round)
        if signed is None or signed.proposal.pol_round != -1:
            return False
        block_hash = signed.proposal.block_hash
        ok = self._is_valid(signed.block) and (self.locked_round == -1 or self.locked_hash == block_hash)
        self._vote(PREVOTE, block_hash if ok else NIL, out)
        self.step = Step.PREVOTE
        return True

    def _rule_prevote_pol(self, out: Output) -> bool:
        """Lines 28-33: a re-proposal backed by > 2/3 prevotes of an earlier round."""
        if self.step != Step.PROPOSE:
            return False
        signed = self.proposals.get(self.round)
        if signed is None:
            return False
        vr = signed.proposal.pol_round
        block_hash = signed.proposal.block_hash
        assert self.votes is not None
        if not (0 <= vr < self.round and self.votes.has_two_thirds_for(vr, PREVOTE, block_hash)):
            return False
        ok = self._is_valid(signed.block) and (self.locked_round <= vr or self.locked_hash == block_hash)
        self._vote(PREVOTE, block_hash if ok else NIL, out)
        self.step = Step.PREVOTE
        return True

    def _rule_prevote_timeout(self, out: Output) -> bool:
        """Lines 34-35: > 2/3 prevotes of any kind start the prevote timeout (once per round)."""
        assert self.votes is not None
        if self.step != Step.PREVOTE or self.round in self._prevote_timeouts:
            return False
        if not self.votes.has_two_thirds_any(self.round, PREVOTE):
            return False
        self._prevote_timeouts.add(self.round)
        out.timeouts.append(self._timeout(Step.PREVOTE))
        return True

    def _rule_lock(self, out: Output) -> bool:
        """Lines 36-43: > 2/3 prevotes for a valid block lock it (if still prevoting) and make it valid."""
        if self.step not in (Step.PREVOTE, Step.PRECOMMIT) or self.round in self._lock_rounds:
            return False
        assert self.votes is not None
        block_hash = self.votes.two_thirds_majority(self.round, PREVOTE)
        if not block_hash:
            return False
        block = self.blocks.get(block_hash)
        if block is None or not self._is_valid(block):
            return False
        self._lock_rounds.add(self.round)
        if self.step == Step.PREVOTE:
            self.locked_round, self.locked_hash = self.round, block_hash
            self._vote(PRECOMMIT, block_hash, out)
            self.step = Step.PRECOMMIT
        self.valid_round, self.valid_hash = self.round, block_hash
        return True

    def _rule_precommit_nil(self, out: Output) -> bool:
        """Lines 44-46: > 2/3 prevotes for nil: precommit nil."""
        if self.step != Step.PREVOTE:
            return False
        assert self.votes is not None
        if not self.votes.has_two_thirds_for(self.round, PREVOTE, NIL):
            return False
        self._vote(PRECOMMIT, NIL, out)
        self.step = Step.PRECOMMIT
        return True

    def _rule_precommit_timeout(self, out: Output) -> bool:
        """Lines 47-48: > 2/3 precommits of any kind start the precommit timeout (once per round)."""
        if self.step in (Step.NEW_HEIGHT, Step.DECIDED) or self.round in self._precommit_timeouts:
            return False
        assert self.votes is not None
        if not self.votes.has_two_thirds_any(self.round, PRECOMMIT):
            return False
        self._precommit_timeouts.add(self.round)
        out.timeouts.append(Timeout(self.height, self.round, Step.PRECOMMIT, self.params.precommit(self.round)))
        return True
