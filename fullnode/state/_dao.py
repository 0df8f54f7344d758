"""Rules of the DAO: proposals, reputation-weighted votes, tallies and the execution of passed proposals."""

from __future__ import annotations

from lightnode.protocol import actions as A
from lightnode.protocol import state as S
from lightnode.protocol.actions import ProposalKind
from lightnode.protocol.chain import MAX_VALIDATORS, Validator, ValidatorSet
from lightnode.protocol.errors import ProtocolError
from lightnode.protocol.keys import is_valid_public_key
from lightnode.protocol.state import BallotRecord, DueList, Params, ProposalRecord, ProposalStatus

from ._context import Context, RuleError, clip, replace

_CHOICE_FIELD = {A.Choice.YES: "yes", A.Choice.NO: "no", A.Choice.ABSTAIN: "abstain"}


def _validators(ctx: Context) -> ValidatorSet:
    current = ctx.get(S.VALIDATORS_KEY, ValidatorSet)
    if current is None:
        raise AssertionError("the state always holds the validator set")
    return current


def changed_validators(current: ValidatorSet, key: bytes, power: int) -> ValidatorSet:
    """The set with `key` given `power` (0 removes it); RuleError if the result is not a valid set."""
    others = [v for v in current.validators if v.public_key != key]
    if power == 0:
        if len(others) == len(current.validators):
            raise RuleError("the validator to remove is not in the set")
        if not others:
            raise RuleError("the last validator cannot be removed")
    elif len(others) == MAX_VALIDATORS:
        raise RuleError(f"the validator set is full ({MAX_VALIDATORS})")
    members = others if power == 0 else [*others, Validator(key, power)]
    try:
        changed = ValidatorSet.of(members)
        changed.validate()
    except ProtocolError as exc:
        raise RuleError(f"the validator set would be invalid: {exc}") from exc
    return changed


def proposal(ctx: Context, p: A.Proposal) -> None:
    """Open a proposal for voting_period_blocks blocks. Its effect is checked now (a parameter in range,
    a valid validator change) and again when it passes, since the state may have changed meanwhile."""
    least = ctx.param("proposal_min_reputation")
    score = ctx.reputation(ctx.sender).score
    if score < least:
        raise RuleError(f"making a proposal needs a reputation of at least {least} (yours is {score})")
    if p.kind == ProposalKind.PARAMETER:
        try:
            S.check_parameter(p.parameter, p.value)
        except ProtocolError as exc:
            raise RuleError(str(exc)) from exc
    elif p.kind == ProposalKind.VALIDATOR:
        if not is_valid_public_key(p.validator_key):
            raise RuleError("the validator key is not a valid Ed25519 public key")
        changed_validators(_validators(ctx), p.validator_key, p.validator_power)
    end = ctx.height + ctx.param("voting_period_blocks")
    record = ProposalRecord(
        proposer=ctx.sender,
        kind=p.kind,
        title=p.title,
        description=p.description,
        parameter=p.parameter,
        value=p.value,
        validator_key=p.validator_key,
        validator_power=p.validator_power,
        recipient=p.recipient,
        amount=p.amount,
        created_height=ctx.height,
        end_height=end,
        reputation_total=ctx.reputation_total(),
        yes=0,
        no=0,
        abstain=0,
        voters=0,
        status=ProposalStatus.OPEN,
        executed=0,
        outcome="",
    )
    ctx.put(S.proposal_key(ctx.action_id), record)
    ctx.schedule(S.due_tally_key(end), ctx.action_id)
    ctx.emit("proposal", (ctx.sender,), proposal=ctx.action_id, kind=ProposalKind(p.kind).name.lower())


def proposal_vote(ctx: Context, p: A.ProposalVote) -> None:
    """One vote per actor per proposal, weighted by the voter's reputation score at the time of voting."""
    key = S.proposal_key(p.proposal)
    record = ctx.need(key, ProposalRecord, "there is no such proposal")
    if record.status != ProposalStatus.OPEN or ctx.height > record.end_height:
        raise RuleError(f"voting on this proposal ended at height {record.end_height}")
    bkey = S.ballot_key(p.proposal, ctx.sender)
    if ctx.get(bkey, BallotRecord) is not None:
        raise RuleError("you already voted on this proposal")
    weight = ctx.reputation(ctx.sender).weight_base
    if weight == 0:
        raise RuleError("voting needs a positive reputation score")
    ctx.put(bkey, BallotRecord(p.choice, weight, ctx.height))
    field = _CHOICE_FIELD[A.Choice(p.choice)]
    ctx.put(key, replace(record, voters=record.voters + 1, **{field: getattr(record, field) + weight}))
    ctx.emit("proposal_vote", (ctx.sender, record.proposer), proposal=p.proposal, choice=field, weight=weight)


def _verdict(ctx: Context, record: ProposalRecord) -> str:
    """Why the proposal fails, or "" if it passes.

    Quorum: the weight of all votes (abstentions included) reaches quorum_bps of the reputation total
    recorded when the proposal was made. Threshold: yes exceeds threshold_bps of yes + no.
    """
    voted = record.yes + record.no + record.abstain
    needed = -(-record.reputation_total * ctx.param("quorum_bps") // 10_000)
    if voted == 0 or voted < needed:
        return f"quorum not reached: {voted} of {max(needed, 1)} reputation voted"
    threshold = ctx.param("threshold_bps")
    if record.yes * 10_000 <= threshold * (record.yes + record.no):
        return f"not passed: yes was {record.yes} against {record.no}"
    return ""


def _execute(ctx: Context, proposal_id: bytes, record: ProposalRecord) -> None:
    """Carry out a passed proposal; RuleError says why it could not be (the proposal stays passed)."""
    if record.kind == ProposalKind.PARAMETER:
        current = ctx.get(S.PARAMS_KEY, Params) or Params.of()
        try:
            changed = current.with_value(record.parameter, record.value)
        except ProtocolError as exc:
            raise RuleError(str(exc)) from exc
        ctx.put(S.PARAMS_KEY, changed)
        ctx.emit("parameter_changed", (), proposal=proposal_id, name=record.parameter, value=record.value)
    elif record.kind == ProposalKind.VALIDATOR:
        changed_set = changed_validators(_validators(ctx), record.validator_key, record.validator_power)
        ctx.put(S.VALIDATORS_KEY, changed_set)
        ctx.emit(
            "validators_changed",
            (),
            proposal=proposal_id,
            validator_key=record.validator_key,
            power=record.validator_power,
            validators_hash=changed_set.hash(),
        )
    elif record.kind == ProposalKind.SPEND:
        held = ctx.pool(S.FUND_KEY)
        if held < record.amount:
            raise RuleError(f"the community fund holds {held}, less than {record.amount}")
        ctx.take_from_pool(S.FUND_KEY, record.amount)
        ctx.credit(record.recipient, record.amount)
        ctx.emit("fund_spent", (record.recipient,), proposal=proposal_id, amount=record.amount)


def tally_due(ctx: Context) -> None:
    """End of block: tally every proposal whose voting ends at this height, and execute those that pass.
    Their effects apply from the next block on (parameters, validators of the next height)."""
    key = S.due_tally_key(ctx.height)
    due = ctx.get(key, DueList)
    if due is None:
        return
    for proposal_id in due.ids:
        pkey = S.proposal_key(proposal_id)
        record = ctx.get(pkey, ProposalRecord)
        if record is None or record.status != ProposalStatus.OPEN:
            continue
        why_not = _verdict(ctx, record)
        if why_not:
            record = replace(record, status=ProposalStatus.REJECTED, outcome=why_not)
        else:
            record = replace(record, status=ProposalStatus.PASSED)
            try:
                _execute(ctx, proposal_id, record)
            except RuleError as exc:
                record = replace(record, outcome=clip(f"passed but not executed: {exc.reason}", 256))
            else:
                record = replace(record, executed=1)
        ctx.put(pkey, record)
        ctx.emit(
            "proposal_closed",
            (record.proposer,),
            proposal=proposal_id,
            status=ProposalStatus(record.status).name.lower(),
            executed=record.executed,
            outcome=record.outcome,
        )
    ctx.put(key, None)
