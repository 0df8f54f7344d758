"""The market service between a seller, a buyer and an arbiter on a chain that runs the real rules: every
step is proven before it is reported, the index follows, and each party is notified."""

from __future__ import annotations

import dataclasses

import pytest

from etalonium_desktop.market import MarketError, SearchQuery
from lightnode.protocol import actions as A
from lightnode.protocol.actions import ListingStatus, PriceMode
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.state import OrderStatus
from lightnode.submitter import DEFAULT_FEE

from .harness import START, changed, dress, market

pytestmark = pytest.mark.asyncio


async def balance(m: object, who: object) -> int:
    return (await who.session.network.queries.balance(who.me))[0]  # type: ignore[attr-defined]


async def test_a_full_order_from_listing_to_rating() -> None:
    async with market() as m:
        listing = await m.seller.publish(dress())
        assert (listing.title, listing.price, listing.stock, listing.status) == (
            "Silk slip dress",
            3 * ONE_EXC,
            5,
            ListingStatus.ACTIVE,
        )
        # The buyer's feed proves the listing from the event and indexes it; search finds it.
        buyer_index = m.buyer.index
        await changed(m.buyer, "listing", listing.listing_id, lambda: buyer_index.listing(listing.listing_id))
        found = await m.buyer.search(SearchQuery(text="silk dres", category="dresses", region="paris"))
        assert [e.listing_id for e in found.items] == [listing.listing_id]

        order = await m.buyer.buy(listing.listing_id, 2, note="size 38 please")
        assert (order.status, order.record.escrowed, order.record.quantity) == (OrderStatus.PLACED, 6 * ONE_EXC, 2)
        assert await m.sessions["seller"].wait_notice("New order")

        accepted = await m.seller.respond(order.order_id, accept=True)
        assert accepted.status == OrderStatus.ACCEPTED
        await m.sessions["buyer"].wait_notice("Order accepted")
        delivered = await m.seller.deliver(order.order_id, "sent with tracking 42")
        assert delivered.record.delivery_note == "sent with tracking 42"
        await m.sessions["buyer"].wait_notice("Order delivered")
        released = await m.buyer.release(order.order_id)
        assert released.status == OrderStatus.RELEASED
        await m.sessions["seller"].wait_notice("Payment received")

        rating = await m.buyer.rate(order.order_id, 5, 4, 5, 5, "Beautiful dress")
        assert rating.record.stars == 19
        reply = await m.seller.reply(order.order_id, "Thank you!")
        assert reply.record.reply == "Thank you!"

        # The order's timeline holds every verified step, in order, on both sides.
        mine = await m.buyer.order(order.order_id)
        assert mine is not None
        assert [s.status for s in mine.steps] == [
            OrderStatus.PLACED,
            OrderStatus.ACCEPTED,
            OrderStatus.DELIVERED,
            OrderStatus.RELEASED,
        ]
        seller_index = m.seller.index
        await changed(
            m.seller,
            "order",
            order.order_id,
            lambda: (e := seller_index.order(order.order_id)) is not None and len(e.steps) == 4,
        )
        assert await balance(m, m.seller) == START - 4 * DEFAULT_FEE + 6 * ONE_EXC
        assert await balance(m, m.buyer) == START - 3 * DEFAULT_FEE - 6 * ONE_EXC
        relisted = await m.buyer.listing(listing.listing_id, prove=True)
        assert relisted is not None
        assert (relisted.stock, relisted.completed, relisted.ratings, relisted.rating_average) == (3, 1, 1, 19 / 4)


async def test_a_cancelled_order_is_refunded_and_a_declined_one_too() -> None:
    async with market() as m:
        listing = await m.seller.publish(dress())
        order = await m.buyer.buy(listing.listing_id)
        cancelled = await m.buyer.cancel(order.order_id)
        assert (cancelled.status, cancelled.record.escrowed) == (OrderStatus.CANCELLED, 0)
        await m.sessions["seller"].wait_notice("Order cancelled")
        second = await m.buyer.buy(listing.listing_id)
        await m.seller.respond(second.order_id, accept=False)
        await m.sessions["buyer"].wait_notice("Order declined")
        assert await balance(m, m.buyer) == START - 3 * DEFAULT_FEE
        with pytest.raises(MarketError, match="refused by the chain: the order is declined"):
            await m.seller.respond(second.order_id, accept=True)


async def test_a_dispute_is_ruled_by_the_drawn_arbiter() -> None:
    async with market() as m:
        await m.arbiter.set_arbiter(["Dresses"], True)
        listing = await m.seller.publish(dress())
        order = await m.buyer.buy(listing.listing_id)
        await m.seller.respond(order.order_id, True)
        await m.seller.deliver(order.order_id)
        disputed = await m.buyer.dispute(order.order_id, "The hem is torn")
        assert (disputed.status, disputed.record.arbiter) == (OrderStatus.DISPUTED, m.arbiter.me)
        await m.sessions["arbiter"].wait_notice("You are an arbiter")
        arbiter_index = m.arbiter.index
        await changed(m.arbiter, "order", order.order_id, lambda: arbiter_index.order(order.order_id))
        assert [o.order_id for o in await m.arbiter.my_orders()] == [order.order_id]
        with pytest.raises(MarketError, match="only the order's arbiter"):
            await m.seller.resolve(order.order_id, 0, "mine")
        ruled = await m.arbiter.resolve(order.order_id, ONE_EXC, "Partial refund for the torn hem")
        fee = 3 * ONE_EXC * 200 // 10_000
        assert (ruled.status, ruled.record.buyer_share, ruled.record.arbiter_fee) == (
            OrderStatus.RESOLVED,
            ONE_EXC,
            fee,
        )
        await m.sessions["buyer"].wait_notice("Dispute ruled")
        assert await balance(m, m.arbiter) == START - 2 * DEFAULT_FEE + fee


async def test_an_unanswered_delivery_is_released_automatically_and_shown_so() -> None:
    async with market() as m:
        listing = await m.seller.publish(dress(timeout=3))
        order = await m.buyer.buy(listing.listing_id)
        await m.seller.respond(order.order_id, True)
        delivered = await m.seller.deliver(order.order_id)
        m.node.produce(delivered.record.release_height - m.node.height)
        await m.sessions["seller"].wait_notice("Payment received")
        mine = await m.seller.order(order.order_id)
        assert mine is not None
        assert mine.status == OrderStatus.RELEASED
        last = mine.steps[-1]
        release_height = delivered.record.release_height
        assert (last.status, last.height, last.action_id) == (OrderStatus.RELEASED, release_height, b"")


async def test_mistakes_are_explained_before_anything_is_sent() -> None:
    async with market() as m:
        with pytest.raises(MarketError, match="needs a price above zero"):
            await m.seller.publish(dress(price=0))
        with pytest.raises(MarketError, match="title is too long"):
            await m.seller.publish(dataclasses.replace(dress(), title="x" * 200))
        listing = await m.seller.publish(dress())
        with pytest.raises(MarketError, match="your own listing"):
            await m.seller.buy(listing.listing_id)
        with pytest.raises(MarketError, match="quantity between 1 and 5"):
            await m.buyer.buy(listing.listing_id, 6)
        quote = await m.seller.publish(dress(price=0, mode=PriceMode.QUOTE))
        with pytest.raises(MarketError, match="amount you agreed"):
            await m.buyer.buy(quote.listing_id)
        order = await m.buyer.buy(quote.listing_id, amount=42 * ONE_EXC)
        assert order.record.escrowed == 42 * ONE_EXC
        paused = await m.seller.update_listing(listing, status=ListingStatus.PAUSED)
        assert paused.status == ListingStatus.PAUSED
        with pytest.raises(MarketError, match="is paused"):
            await m.buyer.buy(listing.listing_id)
        # Nothing above reached the chain except the two listings, the order and the pause (and the first
        # block's nothing).
        assert sorted(len(ids) for ids in m.node.block_actions.values() if ids) == [1, 1, 1, 1]


async def test_a_viewer_buys_a_listing_pinned_to_a_live_stream() -> None:
    from etalonium_desktop.market import LiveShop, pin_payload
    from lightnode.protocol.keys import PrivateKey

    async with market() as m:
        dress_listing = await m.seller.publish(dress())
        sold_out = await m.seller.publish(dress(stock=1))
        await m.buyer.buy(sold_out.listing_id)
        channel = PrivateKey(b"\x42" * 32).public_key.raw
        await m.seller.act(A.Channel(channel, "Atelier live", ""), "Opening the channel")
        await m.seller.act(pin_payload(channel, "Spring drop", [dress_listing.listing_id]), "Pinning")
        shop = LiveShop(m.buyer, channel)
        state = await shop.refresh()
        assert (state.live, state.title, state.owner) == (True, "Spring drop", m.seller.me)
        assert [e.listing_id for e in state.listings] == [dress_listing.listing_id]
        order = await shop.buy(dress_listing.listing_id)
        assert (order.record.escrowed, order.record.note) == (3 * ONE_EXC, "Bought during the live stream")
        with pytest.raises(MarketError, match="no longer pinned"):
            await shop.buy(sold_out.listing_id)
        with pytest.raises(MarketError, match="at most 8"):
            pin_payload(channel, "", [bytes([n]) * 32 for n in range(9)])
