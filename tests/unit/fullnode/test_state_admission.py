"""Admission of actions (mempool and block validity): chain, signature, expiry, nonce, fee and balance;
what a block does with fees, nonces and receipts; and what execute_block and commit refuse."""

from __future__ import annotations

import dataclasses

import pytest

from fullnode.state import ActionRejected, StateMachine
from lightnode.protocol import actions as A
from lightnode.protocol import state as S
from lightnode.protocol.actions import Action, SignedAction
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.errors import ValidationError

from .state_harness import CHAIN, FEE, START_BALANCE, Chain, key


@pytest.fixture
def chain() -> Chain:
    return Chain(actors=3)


def pay(chain: Chain, amount: int = ONE_EXC, **kw: int) -> SignedAction:
    alice, bob = chain.keys[:2]
    return chain.sign(alice, A.Transfer(bob.actor_id, amount, ""), **kw)


def test_a_valid_transfer_is_admitted(chain: Chain) -> None:
    chain.sm.check_action(pay(chain), height=1)


def test_an_action_for_another_chain_is_rejected(chain: Chain) -> None:
    alice, bob = chain.keys[:2]
    signed = chain.sign(alice, A.Transfer(bob.actor_id, 1, ""), chain="exc-other")
    with pytest.raises(ActionRejected, match="for chain 'exc-other', this is 'exc-test'"):
        chain.sm.check_action(signed, height=1)


def test_a_forged_signature_is_rejected(chain: Chain) -> None:
    alice, _bob, mallory = chain.keys
    body = Action(CHAIN, alice.public_key.raw, 0, FEE, 100, A.Transfer(mallory.actor_id, ONE_EXC, ""))
    forged = SignedAction(body, mallory.sign_raw(body.sign_bytes()))
    with pytest.raises(ActionRejected, match="signature does not verify") as info:
        chain.sm.check_action(forged, height=1)
    assert info.value.reason == "the signature does not verify with the sender's key"
    with pytest.raises(ActionRejected, match="signature"):
        chain.block(forged)


def test_a_tampered_action_is_rejected(chain: Chain) -> None:
    signed = pay(chain, ONE_EXC)
    tampered = dataclasses.replace(
        signed,
        action=dataclasses.replace(signed.action, payload=A.Transfer(chain.keys[2].actor_id, ONE_EXC, "")),
    )
    with pytest.raises(ActionRejected, match="signature"):
        chain.sm.check_action(tampered, height=1)


def test_an_expired_action_is_rejected_but_is_valid_at_its_expiry_height(chain: Chain) -> None:
    signed = pay(chain, expiry=1)
    chain.sm.check_action(signed, height=1)
    with pytest.raises(ActionRejected, match="expired at height 1 \\(now 2\\)"):
        chain.sm.check_action(signed, height=2)
    chain.block()
    with pytest.raises(ActionRejected, match="expired"):
        chain.block(signed)


def test_nonces_must_follow_the_account_exactly(chain: Chain) -> None:
    with pytest.raises(ActionRejected, match="bad nonce: expected 0, got 1"):
        chain.sm.check_action(pay(chain, nonce=1), height=1)
    first = pay(chain, nonce=0)
    chain.block(first)
    with pytest.raises(ActionRejected, match="nonce 0 was already used"):
        chain.sm.check_action(first, height=2)


def test_the_mempool_can_admit_queued_actions_with_a_pending_nonce(chain: Chain) -> None:
    queued = pay(chain, nonce=1)
    chain.sm.check_action(queued, height=1, pending_nonce=1)
    with pytest.raises(ActionRejected, match="expected 2, got 1"):
        chain.sm.check_action(queued, height=1, pending_nonce=2)


def test_a_fee_below_the_minimum_is_rejected(chain: Chain) -> None:
    with pytest.raises(ActionRejected, match="below the minimum"):
        chain.sm.check_action(pay(chain, fee=FEE - 1), height=1)


def test_an_overdraft_is_rejected(chain: Chain) -> None:
    with pytest.raises(ActionRejected, match="insufficient balance"):
        chain.sm.check_action(pay(chain, START_BALANCE, nonce=0), height=1)
    # The fee counts too: the whole balance cannot be sent.
    with pytest.raises(ActionRejected, match="insufficient balance"):
        chain.sm.check_action(pay(chain, START_BALANCE - FEE + 1, nonce=0), height=1)
    chain.sm.check_action(pay(chain, START_BALANCE - FEE, nonce=0), height=1)


def test_an_account_that_never_received_anything_cannot_act() -> None:
    chain = Chain(actors=2)
    stranger = key(99)
    signed = chain.sign(stranger, A.Transfer(chain.keys[0].actor_id, 1, ""))
    with pytest.raises(ActionRejected, match="the account holds 0"):
        chain.sm.check_action(signed, height=1)


def test_a_double_spend_in_one_block_invalidates_the_block(chain: Chain) -> None:
    alice, bob, carol = chain.keys
    half = START_BALANCE // 2 + ONE_EXC
    first = chain.sign(alice, A.Transfer(bob.actor_id, half, ""))
    second = chain.sign(alice, A.Transfer(carol.actor_id, half, ""))
    # Each is admissible alone; in sequence the second overdraws.
    chain.sm.check_action(first, height=1)
    with pytest.raises(ActionRejected, match="insufficient balance") as info:
        chain.execute(first, second)
    assert info.value.index == 1
    assert "action #1 of the block" in str(info.value)


def test_the_same_action_twice_in_a_block_or_replayed_later_is_rejected(chain: Chain) -> None:
    signed = pay(chain)
    with pytest.raises(ActionRejected, match="nonce 0 was already used"):
        chain.execute(signed, signed)
    chain.block(signed)
    with pytest.raises(ActionRejected, match="already used"):
        chain.block(signed)


def test_fees_go_to_the_community_fund_and_nonces_advance(chain: Chain) -> None:
    alice, bob, _ = chain.keys
    chain.block(pay(chain, 2 * ONE_EXC), pay(chain, 3 * ONE_EXC))
    assert chain.balance(alice) == START_BALANCE - 5 * ONE_EXC - 2 * FEE
    assert chain.balance(bob) == START_BALANCE + 5 * ONE_EXC
    assert chain.pool(S.FUND_KEY) == 2 * FEE
    account = chain.sm.account(alice.actor_id)
    assert account.nonce == 2
    assert account.public_key == alice.public_key.raw


def test_a_business_rule_failure_keeps_its_fee_and_nonce_and_has_no_other_effect(chain: Chain) -> None:
    alice = chain.keys[0]
    before = chain.sm.tree.root_hash
    result = chain.fails(alice, A.PostVote(bytes(32), 1), "there is no such post")
    assert result.events == ()
    assert chain.balance(alice) == START_BALANCE - FEE
    assert chain.sm.account(alice.actor_id).nonce == 1
    assert chain.pool(S.FUND_KEY) == FEE
    assert chain.sm.tree.root_hash != before


def test_receipts_record_height_position_and_outcome(chain: Chain) -> None:
    alice = chain.keys[0]
    good = pay(chain)
    bad = chain.sign(alice, A.PostVote(bytes(32), 1))
    result = chain.block(good, bad)
    ok = chain.get(S.receipt_key(good.id()), S.Receipt)
    failed = chain.get(S.receipt_key(bad.id()), S.Receipt)
    assert ok == S.Receipt(1, 0, S.ReceiptStatus.OK, "")
    assert failed == S.Receipt(1, 1, S.ReceiptStatus.FAILED, "there is no such post")
    assert [r.ok for r in result.results] == [True, False]
    assert [e.kind for e in result.events] == ["transfer"]


def test_execute_block_does_not_change_the_machine(chain: Chain) -> None:
    root, height, tree = chain.sm.state_root, chain.sm.height, chain.sm.tree
    result = chain.execute(pay(chain))
    assert (chain.sm.state_root, chain.sm.height, chain.sm.tree) == (root, height, tree)
    assert result.state_root != root
    assert chain.balance(chain.keys[1]) == START_BALANCE


def test_blocks_must_come_in_order_from_a_validator(chain: Chain) -> None:
    with pytest.raises(ValidationError, match="next block is at height 1, not 2"):
        chain.sm.execute_block(2, 0, chain.proposer, [])
    with pytest.raises(ValidationError, match="not a validator"):
        chain.sm.execute_block(1, 0, chain.keys[0].actor_id, [])
    result = chain.execute()
    chain.sm.commit(result)
    with pytest.raises(ValidationError, match="next block is at height 2, not 1"):
        chain.sm.commit(result)


def test_a_restarted_machine_continues_from_a_stored_tree(chain: Chain) -> None:
    chain.block(pay(chain))
    restarted = StateMachine(chain.genesis, chain.sm.tree, chain.sm.height)
    assert restarted.state_root == chain.sm.state_root
    assert restarted.validators == chain.sm.validators
    signed = chain.sign(chain.keys[0], A.Transfer(chain.keys[1].actor_id, 1, ""))
    restarted.check_action(signed, height=2)


def test_a_tree_of_another_chain_is_refused(chain: Chain) -> None:
    other = Chain(actors=2)
    with pytest.raises(ValidationError, match="does not belong to the chain"):
        StateMachine(chain.genesis, other.sm.tree, 0)
    with pytest.raises(ValidationError, match="height 0"):
        StateMachine(chain.genesis, None, 5)


def test_an_action_built_with_out_of_range_fields_is_rejected_not_crashing(chain: Chain) -> None:
    alice, bob = chain.keys[:2]
    body = Action(CHAIN, alice.public_key.raw, 0, FEE, 100, A.Transfer(bob.actor_id, -5, ""))
    broken = SignedAction(body, bytes(64))
    with pytest.raises(ActionRejected, match="malformed"):
        chain.sm.check_action(broken, height=1)
    with pytest.raises(ActionRejected, match="malformed"):
        chain.block(broken)
