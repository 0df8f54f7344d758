"""A deterministic network simulator for the consensus core: virtual time, delays, drops, byzantine nodes."""

from __future__ import annotations

import heapq
import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from fullnode.consensus.core import ConsensusCore, Output, SignedRecord, Timeout, TimeoutParams
from fullnode.consensus.priority import ProposerPriorities
from lightnode.protocol.chain import ZERO_HASH, Commit, Header, Validator, ValidatorSet, Vote
from lightnode.protocol.consensus import (
    EMPTY_COMMIT,
    Block,
    DuplicateVoteEvidence,
    Proposal,
    SignedProposal,
    SignedVote,
)
from lightnode.protocol.keys import PrivateKey

CHAIN = "exc-sim"


class MemorySigner:
    """A signer with the WAL's guard kept in memory (and inspectable)."""

    def __init__(self, key: PrivateKey) -> None:
        self.key = key
        self.signed: dict[tuple[int, int, int], tuple[bytes, bytes]] = {}
        self.refused = 0

    @property
    def public_key(self) -> bytes:
        return self.key.public_key.raw

    def sign(self, height: int, round_: int, step: int, block_hash: bytes, message: bytes) -> bytes | None:
        key = (height, round_, step)
        if key in self.signed:
            previous_hash, signature = self.signed[key]
            if previous_hash == block_hash:
                return signature
            self.refused += 1
            return None
        signature = self.key.sign_raw(message)
        self.signed[key] = (block_hash, signature)
        return signature

    def records(self, height: int) -> dict[tuple[int, int], SignedRecord]:
        return {(r, s): SignedRecord(r, s, h, sig) for (hh, r, s), (h, sig) in self.signed.items() if hh == height}


class SimApp:
    """Builds toy blocks; a block whose proposer is in `invalid_from` is judged invalid by everyone."""

    def __init__(self, node: SimNode) -> None:
        self.node = node

    def propose_block(self, height: int, round_: int) -> Block | None:
        sim = self.node.sim
        prev = sim.decided_hash(height - 1) if height > 1 else ZERO_HASH
        last_commit = self.node.commits.get(height - 1, EMPTY_COMMIT) if height > 1 else EMPTY_COMMIT
        nonce = next(sim.block_counter)
        header = Header(
            CHAIN,
            height,
            1_700_000_000_000 + nonce,
            prev,
            ZERO_HASH if height == 1 else last_commit.hash(),
            ZERO_HASH,
            nonce.to_bytes(32, "big"),
            sim.validators.hash(),
            sim.validators.hash(),
            self.node.key.actor_id,
        )
        return Block(header, (), last_commit)

    def validate_block(self, block: Block) -> bool:
        self.node.validations += 1
        return block.header.proposer not in self.node.sim.invalid_from


@dataclass
class SimNode:
    sim: Simulation
    index: int
    key: PrivateKey
    behaviour: str = "honest"
    core: ConsensusCore = field(init=False)
    signer: MemorySigner = field(init=False)
    decisions: dict[int, bytes] = field(default_factory=dict)
    commits: dict[int, Commit] = field(default_factory=dict)
    evidence: list[DuplicateVoteEvidence] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    validations: int = 0
    down: bool = False
    syncing: bool = False

    def __post_init__(self) -> None:
        self.signer = MemorySigner(self.key)
        self.core = ConsensusCore(CHAIN, SimApp(self), self.signer, self.sim.params)


class Simulation:
    """N validators exchanging messages with random delays in virtual time; deterministic per seed."""

    def __init__(
        self,
        n: int = 4,
        *,
        seed: int = 1,
        powers: list[int] | None = None,
        behaviours: dict[int, str] | None = None,
        max_delay: float = 0.05,
        drop_rate: float = 0.0,
        params: TimeoutParams | None = None,
    ) -> None:
        self.rng = random.Random(seed)
        self.params = params or TimeoutParams(0.3, 0.1, 0.2, 0.1, 0.2, 0.1)
        self.keys = [PrivateKey(bytes([i + 1]) * 32) for i in range(n)]
        powers = powers or [10] * n
        self.validators = ValidatorSet.of(
            Validator(k.public_key.raw, p) for k, p in zip(self.keys, powers, strict=True)
        )
        # Sim node i is the validator at canonical index i.
        order = {v.public_key: i for i, v in enumerate(self.validators.validators)}
        self.keys.sort(key=lambda k: order[k.public_key.raw])
        behaviours = behaviours or {}
        self.nodes = [SimNode(self, i, k, behaviours.get(i, "honest")) for i, k in enumerate(self.keys)]
        self.max_delay = max_delay
        self.drop_rate = drop_rate
        self.now = 0.0
        self._queue: list[tuple[float, int, Callable[[], None]]] = []
        self._seq = itertools.count()
        self.block_counter = itertools.count(1)
        self.invalid_from: set[bytes] = set()
        self.priorities = ProposerPriorities(self.validators)
        self._height_priorities: dict[int, ProposerPriorities] = {1: self.priorities}
        self.partition: Callable[[int, int], bool] | None = None
        #: Nodes relay every new valid message they receive, as the real node's gossip does.
        self.relay = True
        self.sync_delay = 0.2
        self.rebroadcast_s = 1.0

    # -- plumbing ---------------------------------------------------------------------------------------

    def at(self, delay: float, action: Callable[[], None]) -> None:
        heapq.heappush(self._queue, (self.now + delay, next(self._seq), action))

    def priorities_for(self, height: int) -> ProposerPriorities:
        while height not in self._height_priorities:
            last = max(self._height_priorities)
            self._height_priorities[last + 1] = self._height_priorities[last].next_height(self.validators)
        return self._height_priorities[height]

    def decided_hash(self, height: int) -> bytes:
        hashes = {n.decisions[height] for n in self.nodes if height in n.decisions}
        assert len(hashes) == 1, f"disagreement at height {height}"
        return hashes.pop()

    def start(self) -> None:
        for node in self.nodes:
            self._handle(node, node.core.start_height(1, self.validators, self.priorities_for(1)))
            self._handle(node, node.core.start())
            self.at(self.rebroadcast_s, lambda n=node: self._rebroadcast(n))

    def _rebroadcast(self, node: SimNode) -> None:
        """What the node does every so often: send its own current messages again."""
        if not node.down:
            for message in node.core.rebroadcast().messages:
                self._broadcast(node, message)
        self.at(self.rebroadcast_s, lambda: self._rebroadcast(node))

    def run(self, until: float, stop: Callable[[], bool] | None = None) -> None:
        while self._queue and self._queue[0][0] <= until:
            when, _, action = heapq.heappop(self._queue)
            self.now = when
            action()
            if stop is not None and stop():
                return
        self.now = max(self.now, until)

    def honest(self) -> list[SimNode]:
        return [n for n in self.nodes if n.behaviour == "honest"]

    def min_height(self, nodes: list[SimNode] | None = None) -> int:
        return min(max(n.decisions, default=0) for n in (nodes or self.honest()))

    # -- delivery ---------------------------------------------------------------------------------------

    def _send(self, sender: SimNode, receiver: SimNode, message: SignedProposal | SignedVote) -> None:
        if self.partition is not None and self.partition(sender.index, receiver.index):
            return
        if self.drop_rate and self.rng.random() < self.drop_rate:
            return
        delay = self.rng.uniform(0.001, self.max_delay)
        self.at(delay, lambda: self._deliver(receiver, message, sender))

    def _deliver(self, node: SimNode, message: SignedProposal | SignedVote, sender: SimNode) -> None:
        if node.down:
            return
        height = message.proposal.height if isinstance(message, SignedProposal) else message.vote.height
        if height > node.core.height and not node.syncing:
            # What block sync does: a peer is ahead, so fetch the blocks it committed.
            node.syncing = True
            self.at(self.sync_delay, lambda: self._sync(node))
        if isinstance(message, SignedProposal):
            out = node.core.on_proposal(message)
        else:
            out = node.core.on_vote(message)
        self._handle(node, out)
        if out.accepted and self.relay:
            for other in self.nodes:
                if other is not node and other is not sender:
                    self._send(node, other, message)

    def _sync(self, node: SimNode) -> None:
        node.syncing = False
        if node.down:
            return
        before = max(node.decisions, default=0)
        self.catch_up(node)
        after = max(node.decisions, default=0)
        if after > before and after >= node.core.height:
            self._next_height(node, after + 1)

    def _timeout(self, node: SimNode, timeout: Timeout) -> None:
        if not node.down:
            self._handle(node, node.core.on_timeout(timeout))

    def _handle(self, node: SimNode, out: Output) -> None:
        if out.error:
            node.errors.append(out.error)
        node.evidence.extend(out.evidence)
        for message in out.messages:
            self._broadcast(node, message)
        for timeout in out.timeouts:
            self.at(timeout.delay_s, lambda t=timeout: self._timeout(node, t))
        if out.decision is not None:
            height = out.decision.block.height
            node.decisions[height] = out.decision.block.hash()
            node.commits[height] = out.decision.commit
            self.at(0.01, lambda: self._next_height(node, height + 1))

    def _next_height(self, node: SimNode, height: int) -> None:
        if node.down:
            return
        self._handle(node, node.core.start_height(height, self.validators, self.priorities_for(height)))
        self._handle(node, node.core.start())

    def _broadcast(self, node: SimNode, message: SignedProposal | SignedVote) -> None:
        others = [n for n in self.nodes if n is not node]
        if node.behaviour == "silent":
            return
        if node.behaviour == "equivocate" and isinstance(message, SignedVote):
            # Sign a conflicting vote too, and show each half of the network a different one.
            vote = message.vote
            other_hash = b"" if vote.block_hash else b"\xee" * 32
            conflicting_vote = Vote(vote.type, vote.chain_id, vote.height, vote.round, other_hash)
            conflicting = SignedVote(
                conflicting_vote, message.validator_index, node.key.sign_raw(conflicting_vote.sign_bytes())
            )
            for i, other in enumerate(others):
                self._send(node, other, message if i % 2 == 0 else conflicting)
            return
        if node.behaviour == "double_propose" and isinstance(message, SignedProposal):
            alt_block = SimApp(node).propose_block(message.proposal.height, message.proposal.round)
            assert alt_block is not None
            p = message.proposal
            alt = Proposal(p.chain_id, p.height, p.round, p.pol_round, alt_block.hash())
            alt_signed = SignedProposal(alt, node.key.sign_raw(alt.sign_bytes()), alt_block)
            for i, other in enumerate(others):
                self._send(node, other, message if i % 2 == 0 else alt_signed)
            return
        for other in others:
            self._send(node, other, message)

    def restart(self, node: SimNode, delay: float) -> None:
        """Take `node` down now and bring it back after `delay`, rebuilt from its signer's records."""
        node.down = True

        def back() -> None:
            node.down = False
            self.catch_up(node)
            height = max(node.decisions, default=0) + 1
            node.core = ConsensusCore(CHAIN, SimApp(node), node.signer, self.params)
            self._handle(
                node,
                node.core.start_height(
                    height, self.validators, self.priorities_for(height), node.signer.records(height)
                ),
            )
            self._handle(node, node.core.start())

        self.at(delay, back)

    def catch_up(self, node: SimNode) -> None:
        """What block sync does for a node that was down: adopt the decided blocks it missed."""
        # Block sync takes a committed block from any peer that can show a valid commit for it.
        sources = [n for n in self.nodes if n is not node and not n.down and n.behaviour != "silent"]
        for height in sorted({h for n in sources for h in n.decisions}):
            if height not in node.decisions:
                source = next(n for n in sources if height in n.decisions)
                node.decisions[height] = source.decisions[height]
                node.commits[height] = source.commits[height]
