"""Properties of the escrow: whatever the amounts, fee rate, split and order of steps, what the buyer, the
seller and the arbiter get back from an order, plus the fees, is exactly what was locked."""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from lightnode.protocol import actions as A
from lightnode.protocol import state as S
from lightnode.protocol.actions import ListingKind, PriceMode
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.state import OrderStatus

from .state_harness import FEE, Chain

amounts = st.integers(1, 50 * ONE_EXC)


@settings(max_examples=60, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(amount=amounts, fee_bps=st.integers(0, 5000), share=st.integers(0, 10_000))
def test_a_ruling_splits_exactly_the_locked_amount(amount: int, fee_bps: int, share: int) -> None:
    chain = Chain(actors=4, params={"arbiter_min_reputation": 0, "arbiter_fee_bps": fee_bps})
    seller, buyer, arbiter, _ = chain.keys
    chain.ok(arbiter, A.Arbiter((), 1))
    listing = chain.ok(
        seller, A.Listing(ListingKind.SERVICE, "Shoots", "Studio day", "", (), 0, PriceMode.QUOTE, 1, "", 1, (), 10)
    )
    order_id = chain.ok(buyer, A.Order(listing, 1, amount, ""))
    chain.ok(seller, A.OrderResponse(order_id, 1))
    chain.ok(buyer, A.Dispute(order_id, "no show"))
    before = {k.actor_id: chain.balance(k) for k in (seller, buyer, arbiter)}
    fee = amount * fee_bps // 10_000
    buyer_share = (amount - fee) * share // 10_000
    result = chain.run(arbiter, A.Resolution(order_id, buyer_share, "split"))
    assert result.ok, result.reason
    gains = {k.actor_id: chain.balance(k) - before[k.actor_id] for k in (seller, buyer, arbiter)}
    gains[arbiter.actor_id] += FEE  # the resolution's own action fee went to the community fund
    assert gains == {buyer.actor_id: buyer_share, arbiter.actor_id: fee, seller.actor_id: amount - fee - buyer_share}
    assert sum(gains.values()) == amount
    data = result.events[0].data
    assert (data["buyer_share"], data["seller_share"], data["arbiter_fee"]) == (
        buyer_share,
        amount - fee - buyer_share,
        fee,
    )
    assert chain.get(S.order_key(order_id), S.OrderRecord).escrowed == 0  # type: ignore[union-attr]


STEPS = ("accept", "decline", "cancel", "deliver", "release", "dispute", "resolve")
USERS = 4  # seller 0 and buyers 1..3; actor 4 is the arbiter, 5 a stranger
ARBITER = 4


@dataclass
class Ledger:
    """What an order locked, and what its settlement paid to whom."""

    amount: int
    buyer: int
    paid: dict[bytes, int] = field(default_factory=dict)


class EscrowIsConserved(RuleBasedStateMachine):
    """Random orders pushed through random steps by random actors, one action per block (with automatic
    releases). After every block, the balances moved by exactly the shares the rules give the parties of the
    orders that left escrow (besides the fees); a settled order paid out exactly its amount; nothing was
    created or lost."""

    def __init__(self) -> None:
        super().__init__()
        self.chain = Chain(
            actors=6,
            params={"arbiter_min_reputation": 0, "min_release_timeout_blocks": 1, "arbiter_timeout_blocks": 3},
        )
        keys = self.chain.keys
        self.chain.ok(keys[ARBITER], A.Arbiter((), 1))
        self.listing = self.chain.ok(
            keys[0],
            A.Listing(ListingKind.GOOD, "Bags", "Tote", "", (), 0, PriceMode.QUOTE, 1, "", 10_000, (), 2),
        )
        self.supply = self.chain.genesis.total_supply()
        self.orders: dict[bytes, Ledger] = {}

    def _escrow(self) -> dict[bytes, int]:
        out = {}
        for order_id in self.orders:
            record = self.chain.get(S.order_key(order_id), S.OrderRecord)
            assert record is not None
            out[order_id] = record.escrowed
        return out

    def _apply(self, who: int, payload: A.Payload | None) -> None:
        keys = self.chain.keys
        balances = {k.actor_id: self.chain.balance(k) for k in keys}
        escrow = self._escrow()
        result = self.chain.block(*([self.chain.sign(keys[who], payload)] if payload is not None else []))
        gained = {k.actor_id: self.chain.balance(k) - balances[k.actor_id] for k in keys}
        if payload is not None:
            gained[keys[who].actor_id] += FEE
            if isinstance(payload, A.Order) and result.results[0].ok:
                gained[keys[who].actor_id] += payload.amount
                self.orders[result.results[0].action_id] = Ledger(payload.amount, who)
                escrow[result.results[0].action_id] = payload.amount
        after = self._escrow()
        released = [o for o in after if escrow.get(o, 0) != after[o]]
        expected: dict[bytes, int] = {k.actor_id: 0 for k in keys}
        for order_id in released:
            assert after[order_id] == 0, "an order's escrow is released whole, once"
            for actor, value in self._split(order_id).items():
                expected[actor] += value
                self.orders[order_id].paid[actor] = self.orders[order_id].paid.get(actor, 0) + value
        assert gained == expected

    def _split(self, order_id: bytes) -> dict[bytes, int]:
        """Who a settled order pays, by the rules: the buyer on a decline or cancellation, the seller on a
        release, and the ruling's three shares on a resolution."""
        record = self.chain.get(S.order_key(order_id), S.OrderRecord)
        assert record is not None
        if record.status in (OrderStatus.DECLINED, OrderStatus.CANCELLED):
            return {record.buyer: record.amount}
        if record.status == OrderStatus.RELEASED:
            return {record.seller: record.amount}
        assert record.status == OrderStatus.RESOLVED, OrderStatus(record.status)
        seller_share = record.amount - record.buyer_share - record.arbiter_fee
        assert seller_share >= 0
        split = {record.buyer: record.buyer_share, record.seller: seller_share}
        split[record.arbiter] = split.get(record.arbiter, 0) + record.arbiter_fee
        return split

    @rule(buyer=st.integers(1, USERS - 1), amount=st.integers(ONE_EXC // 100, 50 * ONE_EXC))
    def place(self, buyer: int, amount: int) -> None:
        self._apply(buyer, A.Order(self.listing, 1, amount, ""))

    def _step(self, pick: int, step: str, share: int) -> tuple[bytes, A.Payload]:
        order_id = list(self.orders)[pick % len(self.orders)]
        ledger = self.orders[order_id]
        payload: A.Payload = {
            "accept": A.OrderResponse(order_id, 1),
            "decline": A.OrderResponse(order_id, 0),
            "cancel": A.OrderCancel(order_id),
            "deliver": A.Delivery(order_id, b"", ""),
            "release": A.Release(order_id),
            "dispute": A.Dispute(order_id, "why"),
            "resolve": A.Resolution(order_id, ledger.amount * share // 10_000, "split"),
        }[step]
        return order_id, payload

    @rule(pick=st.integers(0, 1000), who=st.integers(0, 5), step=st.sampled_from(STEPS), share=st.integers(0, 10_000))
    def anyone_steps(self, pick: int, who: int, step: str, share: int) -> None:
        if self.orders:
            self._apply(who, self._step(pick, step, share)[1])

    @rule(pick=st.integers(0, 1000), step=st.sampled_from(STEPS), share=st.integers(0, 10_000))
    def the_entitled_party_steps(self, pick: int, step: str, share: int) -> None:
        """Mostly steps that succeed, so that random runs reach deliveries, disputes and rulings."""
        if self.orders:
            order_id, payload = self._step(pick, step, share)
            who = {"accept": 0, "decline": 0, "deliver": 0, "resolve": ARBITER}.get(step, self.orders[order_id].buyer)
            self._apply(who, payload)

    @rule(choice=st.integers(0, 3), share=st.integers(0, 10_000))
    def push_the_latest_order(self, choice: int, share: int) -> None:
        """The natural next step of the newest order, so that runs reach disputes and rulings."""
        if not self.orders:
            return
        order_id = list(self.orders)[-1]
        record = self.chain.get(S.order_key(order_id), S.OrderRecord)
        assert record is not None
        step = {
            OrderStatus.PLACED: ("accept", "accept", "accept", "cancel"),
            OrderStatus.ACCEPTED: ("deliver", "dispute", "deliver", "release"),
            OrderStatus.DELIVERED: ("dispute", "release", "dispute", "dispute"),
            OrderStatus.DISPUTED: ("resolve",) * 4,
        }.get(OrderStatus(record.status))
        if step is not None:
            self.the_entitled_party_steps(len(self.orders) - 1, step[choice], share)

    @rule()
    def wait(self) -> None:
        self._apply(0, None)

    @invariant()
    def settled_orders_paid_out_exactly_what_they_locked(self) -> None:
        assert self.chain.supply() == self.supply
        for order_id, ledger in self.orders.items():
            record = self.chain.get(S.order_key(order_id), S.OrderRecord)
            assert record is not None
            if record.status not in S.ESCROW_LOCKED:
                assert sum(ledger.paid.values()) == ledger.amount, (OrderStatus(record.status), ledger)
            else:
                assert not ledger.paid


EscrowIsConserved.TestCase.settings = settings(
    max_examples=30,
    stateful_step_count=30,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestEscrowIsConserved = EscrowIsConserved.TestCase
