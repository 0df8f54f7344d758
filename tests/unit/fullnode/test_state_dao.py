"""The DAO rules: proposals, reputation-weighted votes, quorum and threshold, and the execution of passed
parameter, validator and spending proposals from the next block on."""

from __future__ import annotations

import pytest

from fullnode.state import ActionRejected
from lightnode.protocol import actions as A
from lightnode.protocol import state as S
from lightnode.protocol.actions import Choice, ProposalKind
from lightnode.protocol.chain import Validator
from lightnode.protocol.encoding import ONE_EXC

from .state_harness import FEE, Chain, key

PERIOD = 3
MEMBER_REPUTATION = 6


class Dao:
    """Actors 0..2 hold reputation 6 each: each is endorsed by 3..5, pre-trusted genesis accounts that hold no
    reputation themselves (seed trust 10, half of it passed on, shared as if by two endorsements: 2 points
    each). Voting lasts PERIOD blocks."""

    def __init__(self, **params: int) -> None:
        self.chain = Chain(actors=6, params={"voting_period_blocks": PERIOD, **params})
        keys = self.chain.keys
        self.members = keys[:3]
        self.newcomers = keys[3:]
        # One skill per member, so that no endorser shares its trust between two endorsements.
        for skill, member in zip(("styling", "draping", "tailoring"), self.members, strict=True):
            self.chain.earn_reputation(member, self.newcomers, skill)

    def propose(self, payload: A.Proposal, proposer: int = 0) -> bytes:
        return self.chain.ok(self.members[proposer], payload)

    def vote(self, proposal_id: bytes, *choices: int) -> None:
        self.chain.block(
            *(self.chain.sign(m, A.ProposalVote(proposal_id, c)) for m, c in zip(self.members, choices, strict=False))
        )

    def record(self, proposal_id: bytes) -> S.ProposalRecord:
        record = self.chain.get(S.proposal_key(proposal_id), S.ProposalRecord)
        assert record is not None
        return record


def parameter(name: str, value: int) -> A.Proposal:
    return A.Proposal(ProposalKind.PARAMETER, f"set {name}", "", name, value, b"", 0, b"", 0)


def validator(public_key: bytes, power: int) -> A.Proposal:
    return A.Proposal(ProposalKind.VALIDATOR, "validator change", "", "", 0, public_key, power, b"", 0)


def spend(recipient: bytes, amount: int) -> A.Proposal:
    return A.Proposal(ProposalKind.SPEND, "fund the show", "", "", 0, b"", 0, recipient, amount)


@pytest.fixture
def dao() -> Dao:
    return Dao()


def test_a_proposal_opens_with_a_quorum_base_and_an_end(dao: Dao) -> None:
    proposal_id = dao.propose(parameter("min_fee", 2 * FEE))
    record = dao.record(proposal_id)
    assert (record.status, record.end_height, record.reputation_total) == (
        S.ProposalStatus.OPEN,
        dao.chain.height + PERIOD,
        3 * MEMBER_REPUTATION,
    )
    due = dao.chain.get(S.due_tally_key(record.end_height), S.DueList)
    assert due == S.DueList((proposal_id,))


def test_a_passed_parameter_proposal_changes_the_parameter_from_the_next_block(dao: Dao) -> None:
    chain = dao.chain
    proposal_id = dao.propose(parameter("min_fee", 2 * FEE))
    dao.vote(proposal_id, Choice.YES, Choice.YES, Choice.NO)
    end = dao.record(proposal_id).end_height
    chain.advance_to(end - 1)
    # The last block of the vote still runs under the old fee; its end-of-block tally changes it.
    result = chain.block(chain.sign(dao.newcomers[0], A.Transfer(dao.members[0].actor_id, 1, "")))
    assert result.results[0].ok
    assert [e.kind for e in result.events][-2:] == ["parameter_changed", "proposal_closed"]
    record = dao.record(proposal_id)
    assert (record.status, record.executed, record.yes, record.no, record.voters) == (
        S.ProposalStatus.PASSED,
        1,
        2 * MEMBER_REPUTATION,
        MEMBER_REPUTATION,
        3,
    )
    assert chain.sm.params.get("min_fee") == 2 * FEE
    params = chain.get(S.PARAMS_KEY, S.Params)
    assert params is not None
    assert params.get("min_fee") == 2 * FEE
    cheap = chain.sign(dao.newcomers[0], A.Transfer(dao.members[0].actor_id, 1, ""))
    with pytest.raises(ActionRejected, match="below the minimum"):
        chain.block(cheap)


def test_a_validator_proposal_changes_the_next_validators(dao: Dao) -> None:
    chain = dao.chain
    newcomer = key(210)
    proposal_id = dao.propose(validator(newcomer.public_key.raw, 5))
    dao.vote(proposal_id, Choice.YES, Choice.YES, Choice.YES)
    end = dao.record(proposal_id).end_height
    chain.advance_to(end - 1)
    before = chain.sm.validators
    result = chain.execute()
    assert chain.sm.validators == before
    assert result.next_validators.index_of(newcomer.public_key.raw) is not None
    assert len(result.next_validators) == len(before) + 1
    chain.sm.commit(result)
    assert chain.sm.validators == result.next_validators
    # The new validator may propose the next block.
    chain.sm.commit(chain.sm.execute_block(chain.height + 1, 0, newcomer.actor_id, []))


def test_a_validator_can_be_removed_but_never_the_last() -> None:
    dao = Dao()
    chain = dao.chain
    only = chain.validator_keys[0].public_key.raw
    chain.fails(dao.members[0], validator(only, 0), "the last validator cannot be removed")
    chain.fails(dao.members[0], validator(key(211).public_key.raw, 0), "not in the set")
    chain.fails(dao.members[0], validator(bytes(32), 5), "not a valid Ed25519")
    two = Dao()
    second = key(212).public_key.raw
    added = two.propose(validator(second, 7))
    two.vote(added, Choice.YES, Choice.YES)
    two.chain.advance_to(two.record(added).end_height)
    removed = two.propose(validator(second, 0))
    two.vote(removed, Choice.YES, Choice.YES)
    two.chain.advance_to(two.record(removed).end_height)
    assert two.chain.sm.validators.validators == (Validator(two.chain.validator_keys[0].public_key.raw, 10),)


def test_a_spending_proposal_pays_from_the_fund_when_it_holds_enough(dao: Dao) -> None:
    chain = dao.chain
    recipient = key(120)
    chain.ok(dao.newcomers[0], A.Fuel(5 * ONE_EXC))
    fund = chain.pool(S.FUND_KEY)
    too_much = dao.propose(spend(recipient.actor_id, fund + ONE_EXC))
    enough = dao.propose(spend(recipient.actor_id, 4 * ONE_EXC), proposer=1)
    dao.vote(too_much, Choice.YES, Choice.YES)
    dao.vote(enough, Choice.YES, Choice.YES)
    chain.advance_to(dao.record(enough).end_height)
    assert chain.balance(recipient) == 4 * ONE_EXC
    failed = dao.record(too_much)
    assert (failed.status, failed.executed) == (S.ProposalStatus.PASSED, 0)
    assert "the community fund holds" in failed.outcome
    assert dao.record(enough).executed == 1


def test_voting_twice_on_a_proposal_fails(dao: Dao) -> None:
    proposal_id = dao.propose(parameter("promotion_cap", 3))
    member = dao.members[1]
    dao.chain.ok(member, A.ProposalVote(proposal_id, Choice.YES))
    dao.chain.fails(member, A.ProposalVote(proposal_id, Choice.NO), "already voted on this proposal")
    record = dao.record(proposal_id)
    assert (record.yes, record.no, record.voters) == (MEMBER_REPUTATION, 0, 1)


def test_votes_need_reputation_an_open_proposal_and_an_existing_one(dao: Dao) -> None:
    chain = dao.chain
    proposal_id = dao.propose(parameter("promotion_cap", 3))
    chain.fails(dao.newcomers[0], A.ProposalVote(proposal_id, Choice.YES), "positive reputation")
    chain.fails(dao.members[0], A.ProposalVote(b"\x0e" * 32, Choice.YES), "no such proposal")
    chain.advance_to(dao.record(proposal_id).end_height)
    chain.fails(dao.members[0], A.ProposalVote(proposal_id, Choice.YES), "ended at height")


def test_a_proposal_without_quorum_is_rejected() -> None:
    dao = Dao(quorum_bps=5000)
    proposal_id = dao.propose(parameter("promotion_cap", 3))
    dao.vote(proposal_id, Choice.YES)
    dao.chain.advance_to(dao.record(proposal_id).end_height)
    record = dao.record(proposal_id)
    assert (record.status, record.executed) == (S.ProposalStatus.REJECTED, 0)
    assert record.outcome == "quorum not reached: 6 of 9 reputation voted"
    assert dao.chain.sm.params.get("promotion_cap") == 2


def test_abstentions_count_for_quorum_but_not_for_the_threshold() -> None:
    dao = Dao(quorum_bps=10_000)
    proposal_id = dao.propose(parameter("promotion_cap", 4))
    dao.vote(proposal_id, Choice.YES, Choice.ABSTAIN, Choice.ABSTAIN)
    dao.chain.advance_to(dao.record(proposal_id).end_height)
    assert dao.record(proposal_id).status == S.ProposalStatus.PASSED
    assert dao.chain.sm.params.get("promotion_cap") == 4


def test_a_proposal_without_a_majority_is_rejected(dao: Dao) -> None:
    proposal_id = dao.propose(parameter("promotion_cap", 3))
    dao.vote(proposal_id, Choice.YES, Choice.NO, Choice.NO)
    dao.chain.advance_to(dao.record(proposal_id).end_height)
    record = dao.record(proposal_id)
    assert record.status == S.ProposalStatus.REJECTED
    assert record.outcome == "not passed: yes was 6 against 12"


def test_proposals_need_reputation_and_a_valid_parameter(dao: Dao) -> None:
    chain = dao.chain
    chain.fails(dao.newcomers[0], parameter("promotion_cap", 3), "needs a reputation of at least 1")
    chain.fails(dao.members[0], parameter("block_reward", 3), "unknown parameter 'block_reward'")
    chain.fails(dao.members[0], parameter("quorum_bps", 10_001), "must be within [0, 10000]")


def test_a_text_proposal_is_only_recorded(dao: Dao) -> None:
    proposal_id = dao.propose(A.Proposal(ProposalKind.TEXT, "Fashion week meetup", "", "", 0, b"", 0, b"", 0))
    root_params = dao.chain.sm.params
    dao.vote(proposal_id, Choice.YES)
    dao.chain.advance_to(dao.record(proposal_id).end_height)
    assert (dao.record(proposal_id).status, dao.record(proposal_id).executed) == (S.ProposalStatus.PASSED, 1)
    assert dao.chain.sm.params == root_params


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("reward_author_bps", 7000),
        ("promotion_cap", 5),
        ("min_fee", 3 * FEE),
        ("fee_reward_bps", 1000),
        ("epoch_blocks", 50),
        ("trust_damping_bps", 6000),
    ],
)
def test_the_dao_sets_the_reward_split_fees_promotion_cap_and_reputation_rules(name: str, value: int) -> None:
    dao = Dao()
    proposal_id = dao.propose(parameter(name, value))
    dao.vote(proposal_id, Choice.YES, Choice.YES, Choice.NO)
    end = dao.record(proposal_id).end_height
    dao.chain.advance_to(end - 1)
    assert dao.chain.sm.params.get(name) == S.PARAMETERS[name].default
    dao.chain.block()
    assert dao.chain.sm.params.get(name) == value
