"""Properties over random action sequences: money is never created or destroyed (balances + escrow + fund +
reward pool stay equal to the genesis supply), and block execution is deterministic and side-effect free."""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from fullnode.state import ActionRejected, StateMachine
from lightnode.protocol import actions as A
from lightnode.protocol import state as S
from lightnode.protocol.actions import ListingKind, PostKind, PriceMode, SignedAction
from lightnode.protocol.encoding import ONE_EXC

from .state_harness import GENESIS_TIME_MS, Chain

USERS = 4
ARBITER = USERS  # the last actor, registered as an arbiter before every run
CENT = ONE_EXC // 100

OPS = (
    "transfer",
    "listing",
    "order",
    "respond",
    "cancel",
    "deliver",
    "release",
    "dispute",
    "resolve",
    "fuel",
    "post",
    "promote",
    "wait",
    # The natural next step of an order, weighted so that random runs reach disputes and resolutions.
    "advance",
)

ORDER_STEPS = frozenset({"respond", "cancel", "deliver", "release", "dispute", "resolve"})

step = st.tuples(
    st.sampled_from(OPS),
    st.integers(0, USERS),  # who acts
    st.integers(0, USERS),  # a counterpart actor, or which listing/order/post
    st.integers(0, 40_000),  # an amount in cents, or a share
    st.integers(0, 3),  # a small count: quantity, timeout, accept flag, blocks to wait
)


@dataclass
class Run:
    """A chain being driven by random steps, remembering what exists so steps can refer to it."""

    chain: Chain = field(default_factory=lambda: Chain(actors=USERS + 1, params=_PARAMS))
    listings: list[tuple[bytes, int, int, int]] = field(default_factory=list)  # id, seller, price, mode
    orders: list[tuple[bytes, int, int, int]] = field(default_factory=list)  # id, buyer, seller, amount
    posts: list[bytes] = field(default_factory=list)

    def action(self, op: str, who: int, other: int, cents: int, small: int) -> tuple[int, A.Payload] | None:
        """The signer and payload of a step, or None when the step refers to nothing yet.

        Steps on an order are mostly made by the party entitled to them (`who` < 3), so that random runs
        get deep into the escrow's life; the rest are made by anyone, and mostly fail.
        """
        keys = self.chain.keys
        amount = max(1, cents) * CENT
        if op == "transfer":
            return who, A.Transfer(keys[other].actor_id, amount, "")
        if op == "listing":
            mode = PriceMode.QUOTE if small == 3 else PriceMode.FIXED
            listing = A.Listing(
                ListingKind.GOOD, "Dresses", "Dress", "", (), amount, mode, 1, "", small + 1, (), small + 1
            )
            return who, listing
        if op == "post":
            return who, A.Post(PostKind.TEXT, "look", (), (), (), b"", 0, "")
        if op == "fuel":
            return who, A.Fuel(amount)
        if op == "order" and self.listings:
            listing_id, seller, price, mode = self.listings[other % len(self.listings)]
            buyer = who if who != seller else (seller + 1) % USERS
            quantity = 1 + small % 2
            pay = price * quantity if mode == PriceMode.FIXED and cents % 7 else amount
            return buyer, A.Order(listing_id, quantity, pay, "")
        if op == "promote" and self.posts:
            return who, A.Promotion(self.posts[other % len(self.posts)], amount, 1 + small)
        if op == "advance" and self.orders:
            order_id = self.orders[other % len(self.orders)][0]
            record = self.chain.get(S.order_key(order_id), S.OrderRecord)
            assert record is not None
            op = {
                S.OrderStatus.PLACED: ("respond", "respond", "cancel", "respond")[small],
                S.OrderStatus.ACCEPTED: ("deliver", "dispute", "deliver", "release")[small],
                S.OrderStatus.DELIVERED: ("release", "dispute", "wait", "dispute")[small],
                S.OrderStatus.DISPUTED: "resolve",
            }.get(S.OrderStatus(record.status), "wait")
            if op == "wait":
                return None
            # Accept more often than decline; the entitled party acts.
            return self.action(op, 0, other, cents, 1 if op == "respond" and small else small)
        if op in ORDER_STEPS and self.orders:
            order_id, buyer, seller, escrow = self.orders[other % len(self.orders)]
            entitled = {
                "respond": seller,
                "cancel": buyer,
                "deliver": seller,
                "release": buyer,
                "dispute": (buyer, seller)[small % 2],
                "resolve": self.arbiter_of(order_id),
            }[op]
            signer = entitled if who < 3 else who
            payload: A.Payload = {
                "respond": A.OrderResponse(order_id, small % 2),
                "cancel": A.OrderCancel(order_id),
                "deliver": A.Delivery(order_id, b"", ""),
                "release": A.Release(order_id),
                "dispute": A.Dispute(order_id, "not as described"),
                "resolve": A.Resolution(order_id, escrow if small == 3 else escrow * cents // 50_000, "split"),
            }[op]
            return signer, payload
        return None

    def arbiter_of(self, order_id: bytes) -> int:
        record = self.chain.get(S.order_key(order_id), S.OrderRecord)
        ids = [k.actor_id for k in self.chain.keys]
        return ids.index(record.arbiter) if record is not None and record.arbiter else ARBITER

    def apply(self, op: str, who: int, other: int, cents: int, small: int) -> None:
        if op == "wait":
            for _ in range(small):
                self.chain.block()
            return
        planned = self.action(op, who, other, cents, small)
        if planned is None:
            return
        signer, payload = planned
        signed = self.chain.sign(self.chain.keys[signer], payload)
        try:
            self.chain.sm.check_action(signed, height=self.chain.height + 1)
        except ActionRejected:
            # Never proposed: an honest proposer only includes admissible actions.
            self.chain.forget_pending()
            return
        (result,) = self.chain.block(signed).results
        if result.ok:
            if isinstance(payload, A.Listing):
                self.listings.append((result.action_id, signer, payload.price, payload.price_mode))
            elif isinstance(payload, A.Order):
                listing = self.chain.get(S.listing_key(payload.listing), S.ListingRecord)
                assert listing is not None
                seller = [k.actor_id for k in self.chain.keys].index(listing.seller)
                self.orders.append((result.action_id, signer, seller, payload.amount))
            elif isinstance(payload, A.Post):
                self.posts.append(result.action_id)


_PARAMS = {"arbiter_min_reputation": 0, "min_release_timeout_blocks": 1}


def new_run() -> Run:
    run = Run()
    run.chain.ok(run.chain.keys[ARBITER], A.Arbiter((), 1))
    # A well-stocked listing from the start, so that even short runs place many orders.
    stocked = A.Listing(
        ListingKind.GOOD, "Dresses", "Dress", "", (), 5 * ONE_EXC, PriceMode.FIXED, 1, "", 10_000, (), 2
    )
    run.listings.append((run.chain.ok(run.chain.keys[0], stocked), 0, 5 * ONE_EXC, PriceMode.FIXED))
    return run


class MoneyIsConserved(RuleBasedStateMachine):
    """Random actions by random actors, with orders often pushed along their life: after every block,
    balances + escrow + community fund + reward pool equal the genesis supply."""

    def __init__(self) -> None:
        super().__init__()
        self.run = new_run()
        self.supply = self.run.chain.genesis.total_supply()

    @rule(s=step)
    def any_step(self, s: tuple[str, int, int, int, int]) -> None:
        self.run.apply(*s)

    @rule(other=st.integers(0, USERS), cents=st.integers(0, 40_000), small=st.integers(0, 3))
    def order_something(self, other: int, cents: int, small: int) -> None:
        self.run.apply("order", other, other, cents, small)

    @rule(other=st.integers(0, 50), cents=st.integers(0, 40_000), small=st.integers(0, 3))
    def advance_an_order(self, other: int, cents: int, small: int) -> None:
        self.run.apply("advance", 0, other, cents, small)

    @rule(other=st.integers(0, 50), cents=st.integers(0, 40_000), small=st.integers(0, 3))
    def advance_the_latest_order(self, other: int, cents: int, small: int) -> None:
        self.run.apply("advance", 0, len(self.run.orders) - 1, cents, small)

    @invariant()
    def supply_is_conserved(self) -> None:
        assert self.run.chain.supply() == self.supply


MoneyIsConserved.TestCase.settings = settings(
    max_examples=40, stateful_step_count=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
TestMoneyIsConserved = MoneyIsConserved.TestCase


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(step, max_size=25), st.lists(step, min_size=1, max_size=6))
def test_execution_is_deterministic_and_does_not_mutate(
    history: list[tuple[str, int, int, int, int]], last: list[tuple[str, int, int, int, int]]
) -> None:
    run = new_run()
    for s in history:
        run.apply(*s)
    chain = run.chain
    block: list[SignedAction] = []
    for s in last:
        planned = run.action(*s)
        if planned is not None:
            block.append(chain.sign(chain.keys[planned[0]], planned[1]))
    tree, root, height = chain.sm.tree, chain.sm.state_root, chain.sm.height
    items = sorted(tree.items())
    # Keep the admissible prefix in order: what a proposer could put in a block.
    while True:
        try:
            first = chain.execute(*block)
            break
        except ActionRejected as exc:
            rejected = exc.index
        assert rejected is not None
        del block[rejected:]
    second = chain.execute(*block)
    assert (chain.sm.tree, chain.sm.state_root, chain.sm.height) == (tree, root, height)
    assert sorted(chain.sm.tree.items()) == items
    assert second.state_root == first.state_root
    assert second.changes == first.changes
    assert second.results == first.results
    assert second.events == first.events
    # Another node, restarted from the stored state, computes the same block.
    other = StateMachine(chain.genesis, tree, height)
    third = other.execute_block(height + 1, GENESIS_TIME_MS + 1000 * (height + 1), chain.proposer, block)
    assert third.state_root == first.state_root
    assert third.tree.root_hash == first.state_root
    assert dict(third.changes) == dict(first.changes)
