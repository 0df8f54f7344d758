"""The marketplace rules: listings and the escrowed order through acceptance, delivery, release (by the
buyer or automatically), dispute and resolution, ratings and the arbiter registry; every forbidden step."""

from __future__ import annotations

import pytest

from fullnode.state import WORK_POINTS
from fullnode.state._context import Context
from fullnode.state._market import draw_arbiter
from fullnode.state._store import BlockView
from lightnode.protocol import actions as A
from lightnode.protocol import state as S
from lightnode.protocol.actions import ListingKind, ListingStatus, PriceMode
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.errors import ProtocolError
from lightnode.protocol.keys import PrivateKey
from lightnode.protocol.state import OrderStatus

from .state_harness import FEE, START_BALANCE, Chain

PRICE = 3 * ONE_EXC
TIMEOUT = 10


class Market:
    """A chain with a seller (0), a buyer (1), a stranger (2) and arbiters (3, 4), and one listing."""

    def __init__(self, **params: int) -> None:
        self.chain = Chain(actors=6, params={"arbiter_min_reputation": 0, **params})
        self.seller, self.buyer, self.stranger, self.arbiter, self.arbiter2, self.extra = self.chain.keys
        self.listing = self.chain.ok(self.seller, listing_payload())

    def order(self, quantity: int = 1) -> bytes:
        return self.chain.ok(self.buyer, A.Order(self.listing, quantity, quantity * PRICE, "size 38"))

    def accepted(self) -> bytes:
        order_id = self.order()
        self.chain.ok(self.seller, A.OrderResponse(order_id, 1))
        return order_id

    def delivered(self) -> bytes:
        order_id = self.accepted()
        self.chain.ok(self.seller, A.Delivery(order_id, b"\x0a" * 32, "shipped"))
        return order_id

    def released(self) -> bytes:
        order_id = self.delivered()
        self.chain.ok(self.buyer, A.Release(order_id))
        return order_id

    def get_order(self, order_id: bytes) -> S.OrderRecord:
        record = self.chain.get(S.order_key(order_id), S.OrderRecord)
        assert record is not None
        return record

    def get_listing(self) -> S.ListingRecord:
        record = self.chain.get(S.listing_key(self.listing), S.ListingRecord)
        assert record is not None
        return record

    def register(self, *arbiters: PrivateKey, categories: tuple[str, ...] = ()) -> None:
        for arbiter in arbiters:
            self.chain.ok(arbiter, A.Arbiter(categories, 1))


def listing_payload(
    price: int = PRICE, mode: int = PriceMode.FIXED, stock: int = 5, timeout: int = TIMEOUT
) -> A.Listing:
    return A.Listing(
        ListingKind.GOOD,
        "Dresses",
        "Silk slip dress",
        "bias cut",
        ("silk",),
        price,
        mode,
        5,
        "EU",
        stock,
        (),
        timeout,
    )


@pytest.fixture
def market() -> Market:
    return Market()


# -- listings --------------------------------------------------------------------------------------------


def test_a_listing_is_stored_active(market: Market) -> None:
    record = market.get_listing()
    assert (record.seller, record.status, record.price, record.stock) == (
        market.seller.actor_id,
        ListingStatus.ACTIVE,
        PRICE,
        5,
    )


def test_listing_terms_are_checked(market: Market) -> None:
    chain, seller = market.chain, market.seller
    chain.fails(seller, listing_payload(price=0), "needs a positive price")
    chain.fails(seller, listing_payload(timeout=9), "at least 10 blocks")
    blank = A.Listing(ListingKind.GOOD, "  ", "Dress", "", (), PRICE, PriceMode.FIXED, 5, "", 1, (), TIMEOUT)
    chain.fails(seller, blank, "category name needs more than spaces")
    chain.ok(seller, listing_payload(price=0, mode=PriceMode.QUOTE))


def test_only_the_seller_updates_a_listing_and_closing_is_final(market: Market) -> None:
    chain = market.chain
    chain.fails(market.buyer, A.ListingUpdate(market.listing, ListingStatus.PAUSED, PRICE, 5), "only the seller")
    chain.ok(market.seller, A.ListingUpdate(market.listing, ListingStatus.PAUSED, 2 * PRICE, 9))
    assert (market.get_listing().price, market.get_listing().stock) == (2 * PRICE, 9)
    chain.fails(market.buyer, A.Order(market.listing, 1, 2 * PRICE, ""), "the listing is paused")
    chain.ok(market.seller, A.ListingUpdate(market.listing, ListingStatus.CLOSED, PRICE, 0))
    chain.fails(
        market.seller,
        A.ListingUpdate(market.listing, ListingStatus.ACTIVE, PRICE, 5),
        "the listing is closed",
    )
    chain.fails(market.buyer, A.Order(market.listing, 1, PRICE, ""), "the listing is closed")


def edit_payload(listing: bytes, *, category: str = "Tailoring", timeout: int = 2 * TIMEOUT) -> A.ListingEdit:
    return A.ListingEdit(
        listing,
        category,
        "Silk slip dress, made to measure",
        "bias cut, lined",
        ("silk", "bespoke"),
        12,
        "Milan",
        (b"\x07" * 32,),
        timeout,
    )


def test_the_seller_edits_every_descriptive_field_and_nothing_else(market: Market) -> None:
    before = market.get_listing()
    market.chain.ok(market.seller, edit_payload(market.listing))
    after = market.get_listing()
    assert (after.category, after.title, after.description, after.tags) == (
        "Tailoring",
        "Silk slip dress, made to measure",
        "bias cut, lined",
        ("silk", "bespoke"),
    )
    assert (after.delivery_days, after.region, after.media, after.release_timeout) == (
        12,
        "Milan",
        (b"\x07" * 32,),
        2 * TIMEOUT,
    )
    assert after.updated_height == market.chain.height
    unchanged = ("seller", "kind", "price", "price_mode", "stock", "status", "created_height", "orders")
    assert all(getattr(after, name) == getattr(before, name) for name in unchanged)
    # A paused listing can be edited too; the edit does not resume it.
    market.chain.ok(market.seller, A.ListingUpdate(market.listing, ListingStatus.PAUSED, PRICE, 5))
    market.chain.ok(market.seller, edit_payload(market.listing, category="Gowns"))
    assert (market.get_listing().category, market.get_listing().status) == ("Gowns", ListingStatus.PAUSED)


def test_an_edit_is_refused_to_others_on_closed_listings_and_with_bad_terms(market: Market) -> None:
    chain = market.chain
    chain.fails(market.buyer, edit_payload(market.listing), "only the seller can edit")
    chain.fails(market.stranger, edit_payload(market.listing), "only the seller can edit")
    chain.fails(market.seller, edit_payload(b"\x55" * 32), "there is no such listing")
    chain.fails(market.seller, edit_payload(market.listing, category="   "), "category name needs more than spaces")
    chain.fails(market.seller, edit_payload(market.listing, timeout=TIMEOUT - 1), f"at least {TIMEOUT} blocks")
    assert market.get_listing().title == "Silk slip dress"
    chain.ok(market.seller, A.ListingUpdate(market.listing, ListingStatus.CLOSED, PRICE, 0))
    chain.fails(market.seller, edit_payload(market.listing), "the listing is closed")
    assert market.get_listing().category == "Dresses"


def test_malformed_edits_never_reach_the_state_machine() -> None:
    good = edit_payload(b"\x01" * 32)
    with pytest.raises(ProtocolError):
        A.ListingEdit(*[("" if name == "title" else getattr(good, name)) for name, _ in good._FIELDS]).encode()
    with pytest.raises(ProtocolError):
        A.ListingEdit(*[("x" * 129 if name == "title" else getattr(good, name)) for name, _ in good._FIELDS]).encode()
    with pytest.raises(ProtocolError):
        A.ListingEdit(
            *[(4000 if name == "delivery_days" else getattr(good, name)) for name, _ in good._FIELDS]
        ).encode()
    wire = good.to_wire()
    with pytest.raises(ProtocolError):
        A.ListingEdit.from_wire([*wire[:-1]])
    with pytest.raises(ProtocolError):
        A.ListingEdit.from_wire([*wire[:4], ["t"] * 17, *wire[5:]])


def test_open_orders_keep_the_category_and_release_timeout_they_were_placed_under(market: Market) -> None:
    market.register(market.arbiter, categories=("Dresses",))
    kept = market.accepted()
    market.chain.ok(market.seller, edit_payload(market.listing, category="Tailoring", timeout=5 * TIMEOUT))
    record = market.get_order(kept)
    assert (record.category, record.release_timeout) == ("Dresses", TIMEOUT)
    market.chain.ok(market.seller, A.Delivery(kept, b"", "shipped"))
    assert market.get_order(kept).release_height == market.chain.height + TIMEOUT
    # The sale counts for the category it was made in, and its dispute goes to that category's arbiters.
    disputed = market.accepted()
    assert market.get_order(disputed).category == "Tailoring"
    market.chain.fails(market.buyer, A.Dispute(disputed, "late"), "no eligible arbiter")
    market.chain.ok(market.buyer, A.Release(kept))
    dresses = category_standing(market, market.seller, "Dresses")
    assert dresses is not None
    assert dresses.sales == 1
    assert category_standing(market, market.seller, "Tailoring") is None
    market.chain.ok(market.buyer, A.Rating(kept, 5, 5, 5, 5, "perfect"))
    assert category_standing(market, market.seller, "Tailoring") is None


# -- orders and escrow -----------------------------------------------------------------------------------


def test_an_order_locks_the_payment_in_escrow_and_reserves_stock(market: Market) -> None:
    supply = market.chain.supply()
    order_id = market.order(2)
    record = market.get_order(order_id)
    assert (record.status, record.amount, record.escrowed, record.quantity) == (
        OrderStatus.PLACED,
        2 * PRICE,
        2 * PRICE,
        2,
    )
    assert (record.buyer, record.seller) == (market.buyer.actor_id, market.seller.actor_id)
    assert market.chain.balance(market.buyer) == START_BALANCE - 2 * PRICE - FEE
    assert market.get_listing().stock == 3
    assert market.chain.supply() == supply


def test_orders_that_break_the_listing_terms_fail_and_lock_nothing(market: Market) -> None:
    chain, buyer = market.chain, market.buyer
    chain.fails(buyer, A.Order(market.listing, 1, PRICE - 1, ""), "but the order pays")
    chain.fails(buyer, A.Order(market.listing, 6, 6 * PRICE, ""), "only 5 left")
    chain.fails(market.seller, A.Order(market.listing, 1, PRICE, ""), "your own listing")
    chain.fails(buyer, A.Order(b"\x0c" * 32, 1, PRICE, ""), "no such listing")
    assert chain.balance(buyer) == START_BALANCE - 3 * FEE
    assert market.get_listing().stock == 5


def test_a_quoted_listing_takes_the_agreed_amount() -> None:
    market = Market()
    quoted = market.chain.ok(market.seller, listing_payload(price=0, mode=PriceMode.QUOTE))
    market.chain.fails(market.buyer, A.Order(quoted, 1, 0, ""), "agreed, positive amount")
    order_id = market.chain.ok(market.buyer, A.Order(quoted, 1, 42 * ONE_EXC, "studio day"))
    assert market.get_order(order_id).escrowed == 42 * ONE_EXC


def test_the_seller_declines_and_the_buyer_is_refunded(market: Market) -> None:
    order_id = market.order(2)
    market.chain.ok(market.seller, A.OrderResponse(order_id, 0))
    assert market.get_order(order_id).status == OrderStatus.DECLINED
    assert market.chain.balance(market.buyer) == START_BALANCE - FEE
    assert market.get_listing().stock == 5


def test_only_the_seller_accepts_an_order(market: Market) -> None:
    order_id = market.order()
    market.chain.fails(market.buyer, A.OrderResponse(order_id, 1), "only the seller can accept")
    market.chain.fails(market.stranger, A.OrderResponse(order_id, 1), "only the seller can accept")
    market.chain.ok(market.seller, A.OrderResponse(order_id, 1))
    assert market.get_order(order_id).status == OrderStatus.ACCEPTED
    market.chain.fails(market.seller, A.OrderResponse(order_id, 0), "it cannot be accepted or declined now")


def test_the_buyer_cancels_before_acceptance_only(market: Market) -> None:
    order_id = market.order()
    market.chain.fails(market.stranger, A.OrderCancel(order_id), "only the buyer can cancel")
    market.chain.ok(market.buyer, A.OrderCancel(order_id))
    assert market.get_order(order_id).status == OrderStatus.CANCELLED
    assert market.chain.balance(market.buyer) == START_BALANCE - 2 * FEE
    accepted = market.accepted()
    market.chain.fails(market.buyer, A.OrderCancel(accepted), "the order is accepted: it cannot be cancelled")


def test_delivery_is_marked_by_the_seller_of_an_accepted_order(market: Market) -> None:
    placed = market.order()
    market.chain.fails(market.seller, A.Delivery(placed, b"", ""), "the order is placed")
    accepted = market.accepted()
    market.chain.fails(market.buyer, A.Delivery(accepted, b"", ""), "only the seller can mark")
    market.chain.ok(market.seller, A.Delivery(accepted, b"\x0a" * 32, "courier 123"))
    record = market.get_order(accepted)
    assert (record.status, record.delivery_proof, record.release_height) == (
        OrderStatus.DELIVERED,
        b"\x0a" * 32,
        market.chain.height + TIMEOUT,
    )


def test_the_buyer_releases_the_escrow_to_the_seller_once(market: Market) -> None:
    order_id = market.delivered()
    seller_before = market.chain.balance(market.seller)
    market.chain.fails(market.seller, A.Release(order_id), "only the buyer can release")
    market.chain.fails(market.stranger, A.Release(order_id), "only the buyer can release")
    result = market.chain.run(market.buyer, A.Release(order_id))
    assert result.ok
    assert result.events[0].data["status"] == "released"
    assert market.chain.balance(market.seller) == seller_before - FEE + PRICE
    assert market.get_order(order_id).escrowed == 0
    assert market.get_listing().completed == 1
    assert market.chain.reputation(market.seller).work == WORK_POINTS
    market.chain.fails(market.buyer, A.Release(order_id), "the order is released: it cannot be released now")
    assert market.chain.balance(market.seller) == seller_before - FEE + PRICE


def test_an_unanswered_delivery_is_released_automatically_after_the_timeout(market: Market) -> None:
    order_id = market.delivered()
    release_height = market.get_order(order_id).release_height
    seller_before = market.chain.balance(market.seller)
    market.chain.advance_to(release_height - 1)
    assert market.get_order(order_id).status == OrderStatus.DELIVERED
    result = market.chain.block()
    assert market.get_order(order_id).status == OrderStatus.RELEASED
    assert market.chain.balance(market.seller) == seller_before + PRICE
    (event,) = result.events
    assert (event.kind, event.action_id, event.data["automatic"]) == ("order", b"", 1)
    assert market.chain.get(S.due_release_key(release_height), S.DueList) is None
    # Nothing is paid twice, and the window for a dispute has closed.
    market.chain.block()
    assert market.chain.balance(market.seller) == seller_before + PRICE
    market.register(market.arbiter)
    market.chain.fails(market.buyer, A.Dispute(order_id, "late"), "only after the seller accepted and before")


def test_a_release_before_the_timeout_is_not_repeated_by_the_automatic_one(market: Market) -> None:
    order_id = market.released()
    release_height = market.get_order(order_id).release_height
    seller_after_release = market.chain.balance(market.seller)
    market.chain.advance_to(release_height + 1)
    assert market.chain.balance(market.seller) == seller_after_release
    assert market.get_listing().completed == 1


# -- disputes --------------------------------------------------------------------------------------------


def test_a_dispute_draws_an_arbiter_who_is_not_a_party(market: Market) -> None:
    # The seller and buyer registered too: they must never judge their own case.
    market.register(market.seller, market.buyer, market.arbiter)
    order_id = market.delivered()
    result = market.chain.run(market.buyer, A.Dispute(order_id, "wrong size"))
    assert result.ok
    record = market.get_order(order_id)
    assert (record.status, record.arbiter, record.disputed_by) == (
        OrderStatus.DISPUTED,
        market.arbiter.actor_id,
        market.buyer.actor_id,
    )
    assert market.arbiter.actor_id in result.events[0].actors
    entry = market.chain.get(S.arbiter_key(market.arbiter.actor_id), S.ArbiterRecord)
    assert entry is not None
    assert entry.cases == 1
    # The escrow stays locked, and the automatic release no longer applies.
    market.chain.advance_to(record.release_height + 1)
    assert market.get_order(order_id).escrowed == PRICE


def test_no_dispute_without_an_eligible_arbiter(market: Market) -> None:
    market.register(market.seller, market.buyer)
    order_id = market.accepted()
    market.chain.fails(market.buyer, A.Dispute(order_id, "late"), "no eligible arbiter")
    assert market.get_order(order_id).status == OrderStatus.ACCEPTED


def test_an_arbiter_tied_to_a_party_or_of_another_category_is_not_drawn(market: Market) -> None:
    market.register(market.arbiter)
    market.register(market.arbiter2, categories=("Knitwear",))
    market.chain.ok(market.arbiter, A.Follow(market.seller.actor_id, 1))
    order_id = market.accepted()
    market.chain.fails(market.buyer, A.Dispute(order_id, "late"), "no eligible arbiter")
    market.register(market.extra, categories=("  dresses ",))
    market.chain.ok(market.buyer, A.Dispute(order_id, "late"))
    assert market.get_order(order_id).arbiter == market.extra.actor_id


def test_disputes_are_opened_by_a_party_within_the_window_only(market: Market) -> None:
    market.register(market.arbiter)
    placed = market.order()
    market.chain.fails(market.buyer, A.Dispute(placed, "x"), "the order is placed")
    accepted = market.accepted()
    market.chain.fails(market.stranger, A.Dispute(accepted, "x"), "only the buyer or the seller")
    market.chain.ok(market.seller, A.Dispute(accepted, "buyer unreachable"))
    market.chain.fails(market.buyer, A.Dispute(accepted, "x"), "the order is disputed")
    released = market.released()
    market.chain.fails(market.buyer, A.Dispute(released, "x"), "the order is released")


def test_the_arbiter_splits_the_escrow_and_earns_the_fee(market: Market) -> None:
    market.register(market.arbiter)
    order_id = market.delivered()
    market.chain.ok(market.buyer, A.Dispute(order_id, "stain"))
    fee = PRICE * S.PARAMETERS["arbiter_fee_bps"].default // 10_000
    balances = {k.actor_id: market.chain.balance(k) for k in (market.buyer, market.seller, market.arbiter)}
    supply = market.chain.supply()
    market.chain.fails(market.seller, A.Resolution(order_id, 0, "mine"), "only the order's arbiter")
    market.chain.fails(market.arbiter, A.Resolution(order_id, PRICE - fee + 1, "all"), "cannot exceed")
    buyer_share = ONE_EXC
    result = market.chain.run(market.arbiter, A.Resolution(order_id, buyer_share, "partial refund"))
    assert result.ok
    assert market.chain.balance(market.buyer) == balances[market.buyer.actor_id] + buyer_share
    assert market.chain.balance(market.seller) == balances[market.seller.actor_id] - FEE + PRICE - fee - buyer_share
    assert market.chain.balance(market.arbiter) == balances[market.arbiter.actor_id] - 2 * FEE + fee
    record = market.get_order(order_id)
    assert (record.status, record.buyer_share, record.arbiter_fee, record.ruling) == (
        OrderStatus.RESOLVED,
        buyer_share,
        fee,
        "partial refund",
    )
    assert market.chain.supply() == supply
    market.chain.fails(market.arbiter, A.Resolution(order_id, 0, "again"), "the order is resolved")


def test_a_resolution_outside_a_dispute_fails(market: Market) -> None:
    market.register(market.arbiter)
    order_id = market.accepted()
    market.chain.fails(market.arbiter, A.Resolution(order_id, 0, "x"), "only the order's arbiter")


# -- ratings ---------------------------------------------------------------------------------------------


def test_the_buyer_rates_a_completed_order_once(market: Market) -> None:
    order_id = market.released()
    market.chain.fails(market.stranger, A.Rating(order_id, 5, 5, 5, 5, ""), "only the buyer")
    market.chain.fails(market.seller, A.Rating(order_id, 5, 5, 5, 5, ""), "only the buyer")
    market.chain.ok(market.buyer, A.Rating(order_id, 5, 4, 5, 3, "lovely"))
    assert market.chain.reputation(market.seller).ratings == 5 + 4 + 5 + 3 - 12
    listing = market.get_listing()
    assert (listing.ratings, listing.rating_stars) == (1, 17)
    market.chain.fails(market.buyer, A.Rating(order_id, 1, 1, 1, 1, "changed my mind"), "already rated")
    assert market.chain.reputation(market.seller).ratings == 5


def test_no_rating_without_a_completed_order(market: Market) -> None:
    market.chain.fails(market.buyer, A.Rating(b"\x0d" * 32, 5, 5, 5, 5, ""), "no such order")
    accepted = market.accepted()
    market.chain.fails(market.buyer, A.Rating(accepted, 5, 5, 5, 5, ""), "only a completed order")


def test_a_bad_rating_lowers_the_sellers_reputation(market: Market) -> None:
    order_id = market.released()
    market.chain.ok(market.buyer, A.Rating(order_id, 1, 2, 1, 1, "torn"))
    assert market.chain.reputation(market.seller).ratings == -7
    assert market.chain.reputation(market.seller).score == WORK_POINTS - 7


def test_the_seller_answers_a_rating_once(market: Market) -> None:
    order_id = market.released()
    market.chain.fails(market.seller, A.RatingReply(order_id, "thanks"), "no rating to answer")
    market.chain.ok(market.buyer, A.Rating(order_id, 4, 4, 4, 4, "good"))
    market.chain.fails(market.buyer, A.RatingReply(order_id, "me too"), "only the seller")
    market.chain.ok(market.seller, A.RatingReply(order_id, "thank you!"))
    record = market.chain.get(S.rating_key(order_id), S.RatingRecord)
    assert record is not None
    assert record.reply == "thank you!"
    market.chain.fails(market.seller, A.RatingReply(order_id, "again"), "already answered")


# -- the arbiter registry --------------------------------------------------------------------------------


def test_arbiters_need_reputation_and_can_opt_out() -> None:
    chain = Chain(actors=6)
    arbiter = chain.keys[0]
    chain.fails(arbiter, A.Arbiter(("Dresses",), 1), "at least 10 (yours is 0)")
    chain.earn_reputation(arbiter, chain.keys[1:])
    chain.earn_reputation(arbiter, chain.keys[1:], skill="draping")
    chain.ok(arbiter, A.Arbiter(("Dresses", "dresses", "Knitwear"), 1))
    entry = chain.get(S.arbiter_key(arbiter.actor_id), S.ArbiterRecord)
    assert entry is not None
    assert (entry.categories, entry.active) == (("dresses", "knitwear"), 1)
    assert chain.get(S.ARBITERS_KEY, S.ActorList) == S.ActorList((arbiter.actor_id,))
    chain.ok(arbiter, A.Arbiter((), 0))
    assert chain.get(S.ARBITERS_KEY, S.ActorList) == S.ActorList(())
    chain.fails(arbiter, A.Arbiter((), 0), "not an active arbiter")


# -- the seller's reputation per category ----------------------------------------------------------------


def category_standing(market: Market, actor: PrivateKey, category: str = "Dresses") -> S.CategoryReputation | None:
    key = S.category_reputation_key(actor.actor_id, S.category_id(category))
    return market.chain.get(key, S.CategoryReputation)


def test_releases_and_ratings_build_the_sellers_reputation_in_the_category(market: Market) -> None:
    assert category_standing(market, market.seller) is None
    order_id = market.released()
    market.chain.ok(market.buyer, A.Rating(order_id, 5, 5, 4, 4, "beautiful"))
    standing = category_standing(market, market.seller, "  DRESSES ")
    assert standing is not None
    assert (standing.category, standing.work, standing.ratings, standing.sales, standing.rated, standing.stars) == (
        "dresses",
        WORK_POINTS,
        18 - 12,
        1,
        1,
        18,
    )
    assert standing.score == WORK_POINTS + 6
    # Another category of the same seller is counted apart; a refund or a decline counts nowhere.
    knit = market.chain.ok(
        market.seller,
        A.Listing(ListingKind.GOOD, "Knitwear", "Jumper", "", (), PRICE, PriceMode.FIXED, 5, "", 5, (), TIMEOUT),
    )
    declined = market.chain.ok(market.buyer, A.Order(knit, 1, PRICE, ""))
    market.chain.ok(market.seller, A.OrderResponse(declined, 0))
    assert category_standing(market, market.seller, "Knitwear") is None
    assert category_standing(market, market.buyer) is None


def test_a_bad_rating_lowers_the_category_standing_below_zero() -> None:
    market = Market()
    order_id = market.released()
    market.chain.ok(market.buyer, A.Rating(order_id, 1, 1, 1, 1, "never arrived"))
    standing = category_standing(market, market.seller)
    assert standing is not None
    assert standing.score == WORK_POINTS - 8


# -- the arbiter draw ------------------------------------------------------------------------------------


def draw_counts(market: Market, trials: int = 400) -> dict[bytes, int]:
    """Who `draw_arbiter` picks for `trials` different orders against the current state."""
    view = BlockView(market.chain.sm.tree)
    ctx = Context(view, params=market.chain.sm.params, height=market.chain.height + 1, time_ms=0, entropy=b"\x05" * 32)
    template = market.get_order(market.order())
    counts: dict[bytes, int] = {}
    for n in range(trials):
        drawn = draw_arbiter(ctx, n.to_bytes(32, "big"), template, "Dresses")
        assert drawn is not None
        counts[drawn] = counts.get(drawn, 0) + 1
    return counts


def test_the_draw_weighs_reputation_in_the_orders_category() -> None:
    market = Market()
    market.register(market.arbiter, market.arbiter2)
    even = draw_counts(market)
    assert set(even) == {market.arbiter.actor_id, market.arbiter2.actor_id}
    assert min(even.values()) > 150  # equal weights: about half each
    # arbiter2 becomes an established seller of dresses (4 sales, 5-star ratings): 1 + isqrt(4·5 + 4·8) = 8.
    dresses = market.chain.ok(market.arbiter2, listing_payload())
    for _ in range(4):
        order_id = market.chain.ok(market.extra, A.Order(dresses, 1, PRICE, ""))
        market.chain.ok(market.arbiter2, A.OrderResponse(order_id, 1))
        market.chain.ok(market.extra, A.Release(order_id))
        market.chain.ok(market.extra, A.Rating(order_id, 5, 5, 5, 5, ""))
    assert category_standing(market, market.arbiter2) is not None
    weighted = draw_counts(market)
    share = weighted[market.arbiter2.actor_id] / sum(weighted.values())
    assert 0.8 < share < 0.95  # 8 / 9 expected


def test_endorsements_of_the_skill_named_like_the_category_count_in_the_draw() -> None:
    market = Market()
    market.register(market.arbiter, market.arbiter2)
    # Four endorsers of weight 1 each on "dresses": standing 4, weight 1 + isqrt(4) = 3 against 1.
    market.chain.earn_reputation(
        market.arbiter2, [market.seller, market.buyer, market.stranger, market.extra], "Dresses"
    )
    weighted = draw_counts(market)
    share = weighted[market.arbiter2.actor_id] / sum(weighted.values())
    assert 0.65 < share < 0.85  # 3 / 4 expected


def test_a_party_registered_as_arbiter_is_never_drawn_and_cannot_rule(market: Market) -> None:
    market.register(market.seller, market.arbiter)
    order_id = market.delivered()
    market.chain.ok(market.seller, A.Dispute(order_id, "buyer says it never came"))
    assert market.get_order(order_id).arbiter == market.arbiter.actor_id
    market.chain.fails(market.seller, A.Resolution(order_id, 0, "I keep it"), "only the order's arbiter")
    market.chain.fails(market.buyer, A.Resolution(order_id, PRICE // 2, "half"), "only the order's arbiter")


def test_another_arbiter_is_drawn_when_the_first_does_not_rule_in_time() -> None:
    market = Market(arbiter_timeout_blocks=5)
    market.register(market.arbiter, market.arbiter2)
    order_id = market.delivered()
    market.chain.ok(market.buyer, A.Dispute(order_id, "stained"))
    first = market.get_order(order_id)
    deadline = first.updated_height + 5
    market.chain.fails(market.seller, A.Dispute(order_id, "hurry"), f"has until height {deadline}")
    market.chain.advance_to(deadline)
    market.chain.fails(market.stranger, A.Dispute(order_id, "me too"), "only the buyer or the seller")
    result = market.chain.run(market.seller, A.Dispute(order_id, "the arbiter is silent"))
    assert result.ok, result.reason
    assert result.events[0].data["redrawn"] == 1
    second = market.get_order(order_id)
    assert second.arbiter not in (first.arbiter, b"")
    assert (second.status, second.disputed_by, second.dispute_reason) == (
        OrderStatus.DISPUTED,
        market.buyer.actor_id,
        "stained",
    )
    assert second.escrowed == PRICE
    silent = next(k for k in (market.arbiter, market.arbiter2) if k.actor_id == first.arbiter)
    drawn = next(k for k in (market.arbiter, market.arbiter2) if k.actor_id == second.arbiter)
    market.chain.fails(silent, A.Resolution(order_id, 0, "late"), "only the order's arbiter")
    market.chain.ok(drawn, A.Resolution(order_id, PRICE // 2, "half each"))


def test_no_redraw_without_another_eligible_arbiter() -> None:
    market = Market(arbiter_timeout_blocks=2)
    market.register(market.arbiter)
    order_id = market.accepted()
    market.chain.ok(market.buyer, A.Dispute(order_id, "late"))
    market.chain.advance_to(market.chain.height + 3)
    market.chain.fails(market.buyer, A.Dispute(order_id, "again"), "no eligible arbiter")
    assert market.get_order(order_id).arbiter == market.arbiter.actor_id


# -- every step of an order, by everyone, in every state -------------------------------------------------

STATES = ("placed", "accepted", "delivered", "declined", "cancelled", "released", "disputed", "resolved", "rated")
STEPS = ("accept", "decline", "cancel", "deliver", "release", "dispute", "resolve", "rate", "reply")
ACTORS = ("buyer", "seller", "stranger", "arbiter")
#: Every (state, step, actor) the rules allow; everything else must be refused and change nothing.
ALLOWED = {
    ("placed", "accept", "seller"): "accepted",
    ("placed", "decline", "seller"): "declined",
    ("placed", "cancel", "buyer"): "cancelled",
    ("accepted", "deliver", "seller"): "delivered",
    ("accepted", "release", "buyer"): "released",
    ("accepted", "dispute", "buyer"): "disputed",
    ("accepted", "dispute", "seller"): "disputed",
    ("delivered", "release", "buyer"): "released",
    ("delivered", "dispute", "buyer"): "disputed",
    ("delivered", "dispute", "seller"): "disputed",
    ("disputed", "resolve", "arbiter"): "resolved",
    ("released", "rate", "buyer"): "released",
    ("resolved", "rate", "buyer"): "resolved",
    ("rated", "reply", "seller"): "released",
}


def reach(market: Market, state: str) -> bytes:
    """An order of `market` brought to `state` by the parties entitled to each step."""
    chain, buyer, seller = market.chain, market.buyer, market.seller
    if state in ("placed", "declined", "cancelled"):
        order_id = market.order()
        if state == "declined":
            chain.ok(seller, A.OrderResponse(order_id, 0))
        if state == "cancelled":
            chain.ok(buyer, A.OrderCancel(order_id))
        return order_id
    if state == "accepted":
        return market.accepted()
    if state == "delivered":
        return market.delivered()
    if state in ("released", "rated"):
        order_id = market.released()
        if state == "rated":
            chain.ok(buyer, A.Rating(order_id, 4, 4, 4, 4, "fine"))
        return order_id
    order_id = market.delivered()
    chain.ok(buyer, A.Dispute(order_id, "torn"))
    if state == "resolved":
        chain.ok(market.arbiter, A.Resolution(order_id, PRICE // 2, "half"))
    return order_id


def step_payload(step: str, order_id: bytes) -> A.Payload:
    return {
        "accept": A.OrderResponse(order_id, 1),
        "decline": A.OrderResponse(order_id, 0),
        "cancel": A.OrderCancel(order_id),
        "deliver": A.Delivery(order_id, b"", "sent"),
        "release": A.Release(order_id),
        "dispute": A.Dispute(order_id, "not as described"),
        "resolve": A.Resolution(order_id, PRICE // 4, "a quarter back"),
        "rate": A.Rating(order_id, 5, 5, 5, 5, "great"),
        "reply": A.RatingReply(order_id, "thank you"),
    }[step]


@pytest.mark.parametrize("state", STATES)
def test_every_step_is_allowed_only_to_whom_the_rules_name(state: str) -> None:
    for step in STEPS:
        for who in ACTORS:
            market = Market()
            market.register(market.arbiter)
            order_id = reach(market, state)
            actor = {"buyer": market.buyer, "seller": market.seller, "stranger": market.stranger}.get(who)
            actor = actor or market.arbiter
            before_order = market.get_order(order_id)
            before_balances = [market.chain.balance(k) for k in market.chain.keys]
            supply = market.chain.supply()
            result = market.chain.run(actor, step_payload(step, order_id))
            expected = ALLOWED.get((state, step, who))
            case = f"{step} by the {who} of a {state} order"
            assert market.chain.supply() == supply, case
            if expected is None:
                assert not result.ok, f"{case} should be refused"
                assert market.get_order(order_id) == before_order, case
                after = [market.chain.balance(k) for k in market.chain.keys]
                # A refused step costs its sender the fee and nothing else moves.
                assert [b - a for a, b in zip(before_balances, after, strict=True)] == [
                    -FEE if k is actor else 0 for k in market.chain.keys
                ], case
            else:
                assert result.ok, f"{case} should be allowed: {result.reason}"
                assert market.get_order(order_id).status == OrderStatus[expected.upper()], case
