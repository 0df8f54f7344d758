"""The pure Tendermint core under simulated delivery: agreement, liveness, locking, byzantine validators."""

from __future__ import annotations

import pytest

from fullnode.consensus.core import ConsensusCore, Step, Timeout, TimeoutParams
from fullnode.consensus.priority import ProposerPriorities
from lightnode.protocol.chain import Validator, ValidatorSet, Vote, VoteType
from lightnode.protocol.consensus import Proposal, SignedProposal, SignedVote
from lightnode.protocol.keys import PrivateKey

from .node_consensus_sim import CHAIN, MemorySigner, SimApp, SimNode, Simulation


def assert_agreement(sim: Simulation) -> None:
    heights = {h for n in sim.honest() for h in n.decisions}
    for height in heights:
        hashes = {n.decisions[height] for n in sim.honest() if height in n.decisions}
        assert len(hashes) == 1, f"honest validators decided different blocks at height {height}"


def test_four_honest_validators_commit_a_block_per_height() -> None:
    sim = Simulation(4)
    sim.start()
    sim.run(30.0, stop=lambda: sim.min_height() >= 10)
    assert sim.min_height() >= 10
    assert_agreement(sim)
    for node in sim.nodes:
        assert node.evidence == []
        assert node.signer.refused == 0


def test_the_commit_holds_more_than_two_thirds_of_the_power() -> None:
    from lightnode.protocol.chain import verify_commit

    sim = Simulation(4)
    sim.start()
    sim.run(10.0, stop=lambda: sim.min_height() >= 2)
    node = sim.nodes[0]
    commit = node.commits[1]
    assert verify_commit(CHAIN, sim.validators, commit, node.decisions[1]) * 3 > 40 * 2


@pytest.mark.parametrize("seed", range(6))
def test_agreement_under_random_delays_and_drops(seed: int) -> None:
    sim = Simulation(4, seed=seed, max_delay=0.4, drop_rate=0.1)
    sim.start()
    sim.run(120.0, stop=lambda: sim.min_height() >= 4)
    assert_agreement(sim)
    assert sim.min_height() >= 4, "the chain should keep committing despite lost and late messages"


def test_one_silent_validator_does_not_stop_the_chain() -> None:
    sim = Simulation(4, behaviours={2: "silent"})
    sim.start()
    sim.run(60.0, stop=lambda: sim.min_height() >= 8)
    assert sim.min_height() >= 8
    assert_agreement(sim)
    # Its proposing turns time out and move to the next round, so some heights needed round > 0.
    assert any(c.round > 0 for c in sim.nodes[0].commits.values())


def test_two_silent_validators_halt_the_chain_without_forking() -> None:
    sim = Simulation(4, behaviours={1: "silent", 3: "silent"})
    sim.start()
    sim.run(30.0)
    assert all(n.decisions == {} for n in sim.nodes), "no block may commit without > 2/3 of the power"


def test_the_chain_resumes_when_a_halted_network_heals() -> None:
    sim = Simulation(4)
    down = {1, 3}
    sim.partition = lambda a, b: a in down or b in down
    sim.start()
    sim.run(10.0)
    assert sim.min_height() == 0
    sim.partition = None
    sim.run(80.0, stop=lambda: sim.min_height() >= 3)
    assert sim.min_height() >= 3
    assert_agreement(sim)


def test_equivocating_validator_is_caught_and_cannot_fork() -> None:
    sim = Simulation(4, behaviours={0: "equivocate"}, seed=3)
    sim.start()
    sim.run(60.0, stop=lambda: sim.min_height() >= 5)
    assert sim.min_height() >= 5
    assert_agreement(sim)
    caught = [e for n in sim.honest() for e in n.evidence]
    assert caught, "someone must see both of the equivocator's votes once they are relayed"
    for evidence in caught:
        evidence.verify()
        assert evidence.public_key == sim.keys[0].public_key.raw
        assert evidence.vote_a.vote.block_hash != evidence.vote_b.vote.block_hash


def test_evidence_needs_both_votes_and_names_the_validator() -> None:
    sim = Simulation(4)
    node = sim.nodes[1]
    node.core.start_height(1, sim.validators, sim.priorities_for(1))
    key = sim.keys[2]
    a = Vote(VoteType.PREVOTE, CHAIN, 1, 0, b"\x01" * 32)
    b = Vote(VoteType.PREVOTE, CHAIN, 1, 0, b"")
    out_a = node.core.on_vote(SignedVote(a, 2, key.sign_raw(a.sign_bytes())))
    assert out_a.evidence == []
    out_b = node.core.on_vote(SignedVote(b, 2, key.sign_raw(b.sign_bytes())))
    assert len(out_b.evidence) == 1
    assert out_b.evidence[0].public_key == key.public_key.raw
    out_b.evidence[0].verify()


def test_a_byzantine_proposer_sending_two_blocks_cannot_fork() -> None:
    sim = Simulation(4, behaviours={0: "double_propose"}, seed=5)
    sim.start()
    sim.run(60.0, stop=lambda: sim.min_height() >= 6)
    assert sim.min_height() >= 6
    assert_agreement(sim)


def test_invalid_blocks_are_never_decided() -> None:
    sim = Simulation(4)
    bad = sim.keys[1].actor_id
    sim.invalid_from.add(bad)
    sim.start()
    sim.run(60.0, stop=lambda: sim.min_height() >= 6)
    assert sim.min_height() >= 6
    node = sim.nodes[0]
    # Every decided block came from someone else: valid(v) gates prevotes, locks and decisions.
    assert all(h for h in node.decisions.values())
    assert_agreement(sim)


def test_forged_votes_are_refused_with_a_reason() -> None:
    sim = Simulation(4)
    node = sim.nodes[0]
    node.core.start_height(1, sim.validators, sim.priorities_for(1))
    vote = Vote(VoteType.PREVOTE, CHAIN, 1, 0, b"")
    forged = SignedVote(vote, 2, sim.keys[3].sign_raw(vote.sign_bytes()))
    out = node.core.on_vote(forged)
    assert not out.accepted
    assert "signature does not verify" in out.error
    wrong_chain = Vote(VoteType.PREVOTE, "other", 1, 0, b"")
    out = node.core.on_vote(SignedVote(wrong_chain, 2, sim.keys[2].sign_raw(wrong_chain.sign_bytes())))
    assert "chain" in out.error
    out = node.core.on_vote(SignedVote(vote, 9, sim.keys[2].sign_raw(vote.sign_bytes())))
    assert "not in the set" in out.error


def test_a_restarted_validator_resumes_without_signing_twice() -> None:
    for seed, crash_at in ((1, 0.35), (2, 0.9), (4, 1.6), (7, 2.3)):
        sim = Simulation(4, seed=seed, max_delay=0.2)
        sim.start()
        sim.run(crash_at)
        victim = sim.nodes[seed % 4]
        sim.restart(victim, 0.3)
        sim.run(90.0, stop=lambda: sim.min_height(sim.nodes) >= 5)  # noqa: B023
        assert sim.min_height(sim.nodes) >= 5
        assert_agreement(sim)
        assert victim.signer.refused == 0, "after a restart the core must resume, not try to re-sign"
        assert all(n.evidence == [] for n in sim.nodes)


def test_restore_puts_the_core_back_in_its_round_and_lock() -> None:
    sim = Simulation(4)
    node = sim.nodes[0]
    block = SimApp(node).propose_block(1, 0)
    assert block is not None
    signer = MemorySigner(sim.keys[0])
    for step, block_hash in ((1, block.hash()), (2, block.hash())):
        vote = Vote(step, CHAIN, 1, 2, block_hash)
        signer.sign(1, 2, step, block_hash, vote.sign_bytes())
    core = ConsensusCore(CHAIN, SimApp(node), signer, sim.params)
    core.start_height(1, sim.validators, sim.priorities_for(1), signer.records(1))
    out = core.start()
    assert core.round == 2
    assert core.step == Step.PRECOMMIT
    assert core.locked_round == 2
    assert core.locked_hash == block.hash()
    assert len(out.messages) == 2, "the recovered votes are sent again"
    assert signer.refused == 0


def test_proposer_rotation_follows_voting_power() -> None:
    keys = [PrivateKey(bytes([i + 1]) * 32) for i in range(3)]
    valset = ValidatorSet.of(Validator(k.public_key.raw, p) for k, p in zip(keys, (1, 2, 7), strict=True))
    prios = ProposerPriorities(valset)
    counts = [0, 0, 0]
    for _ in range(100):
        counts[prios.proposer(0)] += 1
        prios = prios.next_height(valset)
    powers = [v.power for v in valset.validators]
    assert [c / 100 for c in counts] == pytest.approx([p / 10 for p in powers], abs=0.02)


def test_round_proposers_rotate_within_a_height() -> None:
    sim = Simulation(4)
    prios = sim.priorities_for(1)
    proposers = [prios.proposer(r) for r in range(4)]
    assert sorted(proposers) == [0, 1, 2, 3], "equal powers: every validator proposes once in four rounds"


def test_a_new_validator_does_not_jump_the_queue() -> None:
    keys = [PrivateKey(bytes([i + 1]) * 32) for i in range(4)]
    first = ValidatorSet.of(Validator(k.public_key.raw, 10) for k in keys[:3])
    second = ValidatorSet.of(Validator(k.public_key.raw, 10) for k in keys)
    prios = ProposerPriorities(first).next_height(second)
    newcomer = second.index_of(keys[3].public_key.raw)
    assert prios.proposer(0) != newcomer
    assert prios.priorities[newcomer] == min(prios.priorities)


def test_timeouts_grow_with_the_round() -> None:
    params = TimeoutParams()
    assert params.propose(3) > params.propose(1) > params.propose(0)
    assert params.prevote(2) > params.prevote(0)
    assert params.precommit(2) > params.precommit(0)


def test_observers_follow_consensus_without_signing() -> None:
    sim = Simulation(4)
    observer_key = PrivateKey(b"\x77" * 32)
    observer = SimNode(sim, 99, observer_key)
    sim.nodes.append(observer)
    sim.start()
    sim.run(20.0, stop=lambda: len(observer.decisions) >= 3)
    assert len(observer.decisions) >= 3
    assert observer.signer.signed == {}
    assert_agreement(sim)


def _signed_vote(
    sim: Simulation, index: int, vote_type: int, height: int, round_: int, block_hash: bytes
) -> SignedVote:
    vote = Vote(vote_type, CHAIN, height, round_, block_hash)
    return SignedVote(vote, index, sim.keys[index].sign_raw(vote.sign_bytes()))


def _proposal_from(sim: Simulation, index: int, round_: int, pol_round: int) -> SignedProposal:
    node = sim.nodes[index]
    block = SimApp(node).propose_block(1, round_)
    assert block is not None
    proposal = Proposal(CHAIN, 1, round_, pol_round, block.hash())
    return SignedProposal(proposal, sim.keys[index].sign_raw(proposal.sign_bytes()), block)


def test_a_locked_validator_prevotes_only_its_lock_until_a_newer_proof_of_lock() -> None:
    sim = Simulation(4)
    me = sim.nodes[0]
    core = me.core
    prios = sim.priorities_for(1)
    core.start_height(1, sim.validators, prios)
    core.start()
    # Round 0: the proposal for block A gets > 2/3 prevotes: we lock on A and precommit it.
    r0 = prios.proposer(0)
    proposal_a = _proposal_from(sim, r0, 0, -1)
    core.on_proposal(proposal_a)
    a = proposal_a.proposal.block_hash
    for i in (1, 2, 3):
        core.on_vote(_signed_vote(sim, i, VoteType.PREVOTE, 1, 0, a))
    assert (core.locked_round, core.locked_hash) == (0, a)
    assert me.signer.signed[(1, 0, 2)][0] == a
    # Nobody else precommits; round 1 brings a fresh proposal for another block B: we prevote nil.
    for i in (1, 2, 3):
        core.on_vote(_signed_vote(sim, i, VoteType.PRECOMMIT, 1, 0, b""))
    core.on_timeout(Timeout(1, 0, Step.PRECOMMIT, 0))
    assert core.round == 1
    r1 = prios.proposer(1)
    if r1 == 0:
        pytest.skip("this validator proposes round 1 itself")
    proposal_b = _proposal_from(sim, r1, 1, -1)
    b = proposal_b.proposal.block_hash
    assert b != a
    core.on_proposal(proposal_b)
    assert me.signer.signed[(1, 1, 1)][0] == b"", "locked on A, it must not prevote B"
    # Round 1 then shows > 2/3 prevotes for B: a newer proof of lock. Re-proposed in round 2 with
    # pol_round 1, B is acceptable again, and our lock moves.
    for i in (1, 2, 3):
        core.on_vote(_signed_vote(sim, i, VoteType.PREVOTE, 1, 1, b))
    for i in (1, 2, 3):
        core.on_vote(_signed_vote(sim, i, VoteType.PRECOMMIT, 1, 1, b""))
    core.on_timeout(Timeout(1, 1, Step.PRECOMMIT, 0))
    assert core.round == 2
    r2 = prios.proposer(2)
    if r2 == 0:
        pytest.skip("this validator proposes round 2 itself")
    block_b = proposal_b.block
    re_proposal = Proposal(CHAIN, 1, 2, 1, b)
    core.on_proposal(SignedProposal(re_proposal, sim.keys[r2].sign_raw(re_proposal.sign_bytes()), block_b))
    assert me.signer.signed[(1, 2, 1)][0] == b, "a proof of lock newer than our lock frees the prevote"
    assert me.signer.refused == 0


@pytest.mark.parametrize("seed", range(10, 22))
def test_safety_holds_under_a_byzantine_validator_and_lossy_links(seed: int) -> None:
    behaviour = ("equivocate", "double_propose", "silent")[seed % 3]
    sim = Simulation(4, seed=seed, max_delay=0.3, drop_rate=0.15, behaviours={seed % 4: behaviour})
    sim.start()
    sim.run(40.0, stop=lambda: sim.min_height() >= 3)
    assert_agreement(sim)
    assert sim.min_height() >= 3
