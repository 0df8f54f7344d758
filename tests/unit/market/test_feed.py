"""The feed proves everything before indexing it: listings and orders announced live or found in whole
blocks; a node that alters a value or serves a block other than the verified one is not believed."""

from __future__ import annotations

import dataclasses

import pytest

from etalonium_desktop.market import MarketFeed, MarketIndex, assistant_orders, order_demand
from etalonium_desktop.store import temporary_profile
from lightnode.errors import ProviderUnavailableError, StateProofError
from lightnode.protocol import actions as A
from lightnode.protocol import state as S
from lightnode.protocol.actions import ListingKind, PriceMode
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.state import OrderStatus
from lightnode.provider import StateProof
from lightnode.testing import LyingProvider, MemoryProvider

from .harness import ARBITER, BUYER, PARAMS, SELLER, STRANGER, MarketNode, NodeBlocks, make_client

pytestmark = pytest.mark.asyncio


def listing(title: str, category: str, price: int, *, kind: ListingKind = ListingKind.GOOD) -> A.Listing:
    return A.Listing(int(kind), category, title, "", ("tag",), price, PriceMode.FIXED, 3, "Milan", 50, (), 2)


def chain_with_history() -> tuple[MarketNode, dict[str, bytes]]:
    """Two listings, three orders (one cancelled, one released), all before any client looked."""
    node = MarketNode((SELLER, BUYER, ARBITER, STRANGER), PARAMS)
    ids: dict[str, bytes] = {}
    ids["coat"] = node.act(SELLER, listing("Camel coat", "Outerwear", 200 * ONE_EXC))
    ids["shoot"] = node.act(SELLER, listing("Lookbook shoot", "Photography", 500 * ONE_EXC, kind=ListingKind.SERVICE))
    node.produce()
    ids["o1"] = node.act(BUYER, A.Order(ids["coat"], 2, 400 * ONE_EXC, ""))
    ids["o2"] = node.act(STRANGER, A.Order(ids["coat"], 1, 200 * ONE_EXC, ""))
    node.produce(3)
    ids["o3"] = node.act(BUYER, A.Order(ids["shoot"], 1, 500 * ONE_EXC, ""))
    node.act(STRANGER, A.OrderCancel(ids["o2"]))
    node.produce()
    node.act(SELLER, A.OrderResponse(ids["o1"], 1))
    node.produce()
    node.act(BUYER, A.Release(ids["o1"]))
    node.produce(2)
    return node, ids


async def test_backfill_proves_what_verified_blocks_name() -> None:
    node, ids = chain_with_history()
    with temporary_profile() as profile:
        index = MarketIndex(profile.transaction)
        client = make_client(node)
        blocks = NodeBlocks(node)
        feed = MarketFeed(client, index, me=BUYER.actor_id, blocks=blocks)
        try:
            assert await feed.backfill() == node.height
            assert index.get_meta("scanned_to") == node.height
            coat = index.listing(ids["coat"])
            assert coat is not None
            assert (coat.title, coat.stock, coat.orders, coat.completed, coat.proven_height) == (
                "Camel coat",
                48,
                2,
                1,
                node.height,
            )
            released = index.order(ids["o1"])
            assert released is not None
            assert released.status == OrderStatus.RELEASED
            assert released.placed_ms == node.gen.time_of(2)
            assert [o.order_id for o in index.orders_for(BUYER.actor_id)] == [ids["o3"], ids["o1"]]
            # Nothing new: nothing scanned again.
            served = blocks.served
            assert await feed.backfill() == 0
            assert blocks.served == served
            node.act(SELLER, listing("Wool scarf", "Accessories", 40 * ONE_EXC))
            node.produce()
            assert await feed.backfill() == 1
            assert [f.label for f in index.categories()] == ["Accessories", "Outerwear", "Photography"]
        finally:
            await client.aclose()


async def test_a_block_other_than_the_verified_one_is_refused() -> None:
    node, _ = chain_with_history()
    with temporary_profile() as profile:
        index = MarketIndex(profile.transaction)
        client = make_client(node)
        blocks = NodeBlocks(node)
        feed = MarketFeed(client, index, blocks=blocks)
        try:
            # An action left out of a block: its actions no longer match the verified header's root.
            blocks.tamper = lambda h, b: dataclasses.replace(b, actions=b.actions[1:]) if h == 2 else b
            with pytest.raises(StateProofError, match="actions of block 2"):
                await feed.backfill()
            # A block of another chain: its header is not the one the verified hash chain names.
            blocks.tamper = lambda h, b: (
                dataclasses.replace(b, header=dataclasses.replace(b.header, time_ms=b.header.time_ms + 1))
                if h == 3
                else b
            )
            with pytest.raises(StateProofError, match="block 3 from the node"):
                await feed.backfill()
            assert index.listing_count() == 0
            assert index.get_meta("scanned_to") == 0
        finally:
            await client.aclose()


async def test_a_node_that_alters_a_listing_is_not_believed() -> None:
    node = MarketNode((SELLER, BUYER), PARAMS)
    listing_id = node.act(SELLER, listing("Silk scarf", "Accessories", 30 * ONE_EXC))
    node.produce()
    key = S.listing_key(listing_id)

    def cheaper(sp: StateProof) -> StateProof:
        if sp.key != key or sp.value is None:
            return sp
        record = S.ListingRecord.decode(sp.value)
        return dataclasses.replace(sp, value=dataclasses.replace(record, price=ONE_EXC).encode())

    with temporary_profile() as profile:
        index = MarketIndex(profile.transaction)
        client = make_client(node)
        liar = make_client(node, LyingProvider(MemoryProvider(node), state_proof=cheaper))
        try:
            (event,) = [e for e in node.events if e.kind == "listing"]
            lied = MarketFeed(liar, index)
            await lied.handle(event)
            assert (lied.unproven, index.listing(listing_id)) == (1, None)
            honest = MarketFeed(client, index)
            await honest.handle(event)
            entry = index.listing(listing_id)
            assert entry is not None
            assert entry.price == 30 * ONE_EXC
        finally:
            await client.aclose()
            await liar.aclose()


async def test_demand_per_category_comes_from_proven_orders() -> None:
    node, ids = chain_with_history()
    with temporary_profile() as profile:
        index = MarketIndex(profile.transaction)
        client = make_client(node)
        try:
            await MarketFeed(client, index, blocks=NodeBlocks(node)).backfill()
            until = node.gen.time_of(node.height) + 1
            series = order_demand(index, until_ms=until, periods=2, period_ms=4000)
            by_category = {s.category: s for s in series}
            assert list(by_category) == ["Outerwear", "Photography"]  # the cancelled order is not demand
            coats = by_category["Outerwear"]
            assert [p.orders for p in coats.points] == [1, 0]
            (first, _) = coats.points
            assert (first.units, first.volume, first.median_unit_price) == (2, 400 * ONE_EXC, 200 * ONE_EXC)
            seen = assistant_orders(index)
            assert {(o.order_id, int(o.state)) for o in seen} == {
                (ids["o1"], int(OrderStatus.RELEASED)),
                (ids["o2"], int(OrderStatus.CANCELLED)),
                (ids["o3"], int(OrderStatus.PLACED)),
            }
            assert {o.unit_price for o in seen} == {200 * ONE_EXC, 500 * ONE_EXC}
        finally:
            await client.aclose()


async def test_an_interrupted_scan_resumes_where_it_stopped() -> None:
    node, ids = chain_with_history()
    with temporary_profile() as profile:
        index = MarketIndex(profile.transaction)
        client = make_client(node)
        blocks = NodeBlocks(node)
        feed = MarketFeed(client, index, blocks=blocks)

        def node_goes_away(height: int, block: object) -> object:
            if height == 3:
                raise ProviderUnavailableError("the node went away")
            return block

        try:
            blocks.tamper = node_goes_away
            with pytest.raises(ProviderUnavailableError):
                await feed.backfill(chunk=2, window=1)
            # Blocks 8..5 were scanned and what they name proven (the release of o1 at 7, the cancel at 5).
            assert index.order(ids["o1"]) is not None
            assert index.get_meta("scanned_to") == 0
            blocks.tamper = None
            served = blocks.served
            assert await feed.backfill(chunk=2, window=1) == 4  # 4, 3, 2, 1: nothing scanned twice
            assert blocks.served - served == 4
            assert index.get_meta("scanned_to") == node.height
            assert index.listing(ids["shoot"]) is not None
        finally:
            await client.aclose()
