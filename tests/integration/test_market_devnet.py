"""The marketplace between real clients on a 4-validator devnet over loopback: a full order from listing (with a
photo in the blob store) to rating, an automatic release after the timeout, a dispute ruled by the drawn
arbiter, a cancelled order refunded, and a newcomer finding all of it in verified blocks. Every balance is
read with a proof against a verified header."""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import pytest_asyncio

from etalonium_desktop.market import (
    HttpBlockSource,
    ListingMedia,
    MarketError,
    MarketFeed,
    MarketIndex,
    MarketService,
    SearchQuery,
)
from etalonium_desktop.market.media import SettingsStateStore
from etalonium_desktop.media.samples import fashion_photo
from etalonium_desktop.store import temporary_profile
from fullnode.devnet import Devnet
from lightnode.client import GenesisRoot, LightClient
from lightnode.http_provider import HttpProvider
from lightnode.protocol import state as S
from lightnode.protocol.actions import ListingKind, ListingStatus, PriceMode
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.keys import PrivateKey
from lightnode.protocol.state import OrderStatus
from lightnode.submitter import DEFAULT_FEE
from tests.unit.market.harness import TestSession, changed

from .conftest import make_devnet

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def devnet(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Devnet]:
    d = make_devnet(tmp_path_factory.mktemp("market-devnet"))
    await d.start()
    try:
        yield d
    finally:
        await d.stop()


@dataclass
class Party:
    key: PrivateKey
    session: TestSession
    service: MarketService

    @property
    def actor(self) -> bytes:
        return self.key.actor_id

    async def account(self) -> S.Account:
        """The party's account, proven against a verified header."""
        proven = await self.session.network.queries.account(self.actor)
        assert proven.value is not None
        return proven.value


@contextlib.asynccontextmanager
async def parties(devnet: Devnet, tmp: Path, *names: str) -> AsyncIterator[dict[str, Party]]:
    """Each named demo account with its own profile, light client (primary and two witnesses) and market
    service following the live feed, with photos going to the nodes' blob stores."""
    assert devnet.genesis is not None
    out: dict[str, Party] = {}
    with contextlib.ExitStack() as stack:
        try:
            for n, name in enumerate(names):
                key = devnet.demo_keys[name]
                profile = stack.enter_context(temporary_profile())
                urls = [devnet.api_url((n + i) % 4) for i in range(3)]
                client = LightClient(
                    GenesisRoot(devnet.genesis.hash()),
                    HttpProvider(urls[0], name=name),
                    [HttpProvider(u) for u in urls[1:]],
                    close_store=True,
                )
                await client.start()
                session = TestSession(key, profile, client)
                session.network.node_urls = urls
                service = MarketService(session, index=MarketIndex(profile.transaction), backfill=False)
                params = await service.params()
                service.media = ListingMedia(
                    urls,
                    key,
                    SettingsStateStore(profile.settings),
                    tmp / f"uploads-{name}",
                    cache=profile.media_cache,
                    fuel=service.fuel,
                    fuel_bytes_per_exc=params.get("fuel_bytes_per_exc"),
                )
                await service.start()
                out[name] = Party(key, session, service)
            for party in out.values():
                assert party.service.feed is not None
                await party.service.feed.subscribed.wait()
            yield out
        finally:
            for party in out.values():
                await party.service.aclose()
                await party.session.network.client.aclose()


def draft(title: str, category: str, price: int, *, timeout: int = 50, kind: ListingKind = ListingKind.GOOD):  # type: ignore[no-untyped-def]
    from etalonium_desktop.market import ListingDraft

    return ListingDraft(kind, category, title, f"{title}, made in Odessa.", ("linen",), price, PriceMode.FIXED, 3,
                        "Odessa", 10, timeout)  # fmt: skip


async def test_a_full_order_from_a_listing_with_a_photo_to_its_rating(devnet: Devnet, tmp_path: Path) -> None:
    photo = tmp_path / "linen-shirt.jpg"
    photo.write_bytes(fashion_photo((900, 1200)))
    proof = tmp_path / "tracking.txt"
    proof.write_text("Nova Poshta 2045 1234 5678, handed over at 10:20")
    async with parties(devnet, tmp_path, "alice", "bob") as p:
        alice, bob = p["alice"], p["bob"]
        a0, b0 = await alice.account(), await bob.account()
        listing = await alice.service.publish(draft("Linen shirt", "Shirts", 7 * ONE_EXC), [photo])
        assert len(listing.media) == 1
        await changed(bob.service, "listing", listing.listing_id, lambda: bob.service.index.listing(listing.listing_id))
        found = await bob.service.search(SearchQuery(text="linen shi", category="shirts"))
        assert [e.listing_id for e in found.items] == [listing.listing_id]
        assert bob.service.media is not None
        thumbnail = await bob.service.media.thumbnail(listing.media[0])
        assert thumbnail is not None
        assert thumbnail[:2] == b"\xff\xd8"  # a JPEG, every chunk checked against its signed manifest

        order = await bob.service.buy(listing.listing_id, 2, note="M and L")
        assert order.record.escrowed == 14 * ONE_EXC
        await alice.session.wait_notice("New order")
        await alice.service.respond(order.order_id, True)
        await bob.session.wait_notice("Order accepted")
        delivered = await alice.service.deliver(order.order_id, "Shipped", proof)
        assert len(delivered.record.delivery_proof) == 32
        await bob.session.wait_notice("Order delivered")
        # The buyer opens the proof: downloaded from the blob store and checked against its signed manifest.
        bobs = await bob.service.order(order.order_id, prove=True)
        assert bobs is not None
        opened = await bob.service.delivery_proof(bobs)
        assert (opened.data, opened.media_type, opened.is_photo) == (proof.read_bytes(), "text/plain", False)
        assert opened.suggested_name.endswith(".txt")
        released = await bob.service.release(order.order_id)
        assert released.status == OrderStatus.RELEASED
        await alice.session.wait_notice("Payment received")
        await bob.service.rate(order.order_id, 5, 5, 4, 5, "Crisp linen, fast shipping")
        reply = await alice.service.reply(order.order_id, "Thank you, Bob!")
        assert reply.record.stars == 19

        a1, b1 = await alice.account(), await bob.account()
        alice_fees = (a1.nonce - a0.nonce) * DEFAULT_FEE
        assert a1.balance == a0.balance - alice_fees - (a1.fuelled - a0.fuelled) + 14 * ONE_EXC
        assert b1.balance == b0.balance - (b1.nonce - b0.nonce) * DEFAULT_FEE - 14 * ONE_EXC
        steps = [s.status for s in (await bob.service.order(order.order_id, prove=True)).steps]  # type: ignore[union-attr]
        assert steps == [OrderStatus.PLACED, OrderStatus.ACCEPTED, OrderStatus.DELIVERED, OrderStatus.RELEASED]


async def test_an_edit_reaches_another_clients_verified_index_and_open_orders_keep_their_terms(
    devnet: Devnet, tmp_path: Path
) -> None:
    async with parties(devnet, tmp_path, "heidi", "dave") as p:
        seller, buyer = p["heidi"], p["dave"]
        listing = await seller.service.publish(draft("Wool coat", "Coats", 40 * ONE_EXC, timeout=30))
        order = await buyer.service.buy(listing.listing_id)
        edited_draft = dataclasses.replace(
            draft("Camel wool wrap coat", "Outerwear", 40 * ONE_EXC, timeout=60), region="Lviv", delivery_days=9
        )
        with pytest.raises(MarketError, match="Only the seller"):
            await buyer.service.edit_listing(listing, edited_draft)
        edited = await seller.service.edit_listing(listing, edited_draft)
        assert (edited.title, edited.category, edited.region, edited.release_timeout, edited.price, edited.stock) == (
            "Camel wool wrap coat",
            "Outerwear",
            "Lviv",
            60,
            40 * ONE_EXC,
            9,
        )

        # The buyer's feed proves the edited listing from the live event and re-indexes it; search follows.
        def shows_new_title() -> bool:
            entry = buyer.service.index.listing(listing.listing_id)
            return entry is not None and entry.title == "Camel wool wrap coat"

        await changed(buyer.service, "listing", listing.listing_id, shows_new_title)
        found = await buyer.service.search(SearchQuery(text="camel wrap", category="outerwear"))
        assert [e.listing_id for e in found.items] == [listing.listing_id]
        assert not (await buyer.service.search(SearchQuery(text="wool", category="coats"))).items
        # The order placed before the edit keeps the category and release timeout it was bought under.
        kept = await buyer.service.order(order.order_id, prove=True)
        assert kept is not None
        assert (kept.record.category, kept.record.release_timeout, kept.category) == ("Coats", 30, "Coats")

        await seller.service.update_listing(edited, status=ListingStatus.CLOSED)
        with pytest.raises(MarketError, match="closed"):
            await seller.service.edit_listing(edited, edited_draft)


async def test_an_unconfirmed_delivery_is_released_after_the_timeout(devnet: Devnet, tmp_path: Path) -> None:
    async with parties(devnet, tmp_path, "carol", "dave") as p:
        seller, buyer = p["carol"], p["dave"]
        listing = await seller.service.publish(draft("Felt hat", "Hats", 3 * ONE_EXC, timeout=2))
        s0 = await seller.account()
        order = await buyer.service.buy(listing.listing_id)
        await seller.service.respond(order.order_id, True)
        delivered = await seller.service.deliver(order.order_id)
        # Nobody acts: the chain releases the escrow by itself, and the seller's feed proves it.
        await seller.session.wait_notice("Payment received", timeout_s=60)
        entry = await seller.service.order(order.order_id)
        assert entry is not None
        last = entry.steps[-1]
        assert (last.status, last.height, last.action_id) == (
            OrderStatus.RELEASED,
            delivered.record.release_height,
            b"",
        )
        s1 = await seller.account()
        assert s1.balance == s0.balance - 2 * DEFAULT_FEE + 3 * ONE_EXC


async def test_a_dispute_is_decided_by_the_drawn_arbiter(devnet: Devnet, tmp_path: Path) -> None:
    async with parties(devnet, tmp_path, "erin", "frank", "grace") as p:
        seller, buyer, arbiter = p["erin"], p["frank"], p["grace"]
        await arbiter.service.set_arbiter(["Bags"], True)
        listing = await seller.service.publish(draft("Leather tote", "Bags", 20 * ONE_EXC))
        order = await buyer.service.buy(listing.listing_id)
        await seller.service.respond(order.order_id, True)
        await seller.service.deliver(order.order_id, "Courier")
        before = {name: await party.account() for name, party in p.items()}
        disputed = await buyer.service.dispute(order.order_id, "The strap is torn")
        assert disputed.record.arbiter == arbiter.actor
        await arbiter.session.wait_notice("You are an arbiter")
        ruled = await arbiter.service.resolve(order.order_id, 8 * ONE_EXC, "Strap torn in transit: 40% back")
        fee = 20 * ONE_EXC * S.PARAMETERS["arbiter_fee_bps"].default // 10_000
        assert (ruled.record.buyer_share, ruled.record.arbiter_fee) == (8 * ONE_EXC, fee)
        await seller.session.wait_notice("Dispute ruled")
        after = {name: await party.account() for name, party in p.items()}
        assert after["frank"].balance == before["frank"].balance - DEFAULT_FEE + 8 * ONE_EXC
        assert after["erin"].balance == before["erin"].balance + 20 * ONE_EXC - 8 * ONE_EXC - fee
        assert after["grace"].balance == before["grace"].balance - DEFAULT_FEE + fee


async def test_a_cancelled_order_is_refunded(devnet: Devnet, tmp_path: Path) -> None:
    async with parties(devnet, tmp_path, "heidi", "bob") as p:
        seller, buyer = p["heidi"], p["bob"]
        listing = await seller.service.publish(draft("Silk scarf", "Scarves", 5 * ONE_EXC))
        b0 = await buyer.account()
        order = await buyer.service.buy(listing.listing_id)
        assert (await buyer.account()).balance == b0.balance - DEFAULT_FEE - 5 * ONE_EXC
        cancelled = await buyer.service.cancel(order.order_id)
        assert cancelled.status == OrderStatus.CANCELLED
        await seller.session.wait_notice("Order cancelled")
        assert (await buyer.account()).balance == b0.balance - 2 * DEFAULT_FEE


async def test_a_newcomer_finds_everything_in_verified_blocks(devnet: Devnet) -> None:
    assert devnet.genesis is not None
    with temporary_profile() as profile:
        index = MarketIndex(profile.transaction)
        client = LightClient(GenesisRoot(devnet.genesis.hash()), HttpProvider(devnet.api_url(2)), close_store=True)
        blocks = HttpBlockSource(devnet.api_urls)
        try:
            feed = MarketFeed(client, index, blocks=blocks)
            scanned = await feed.backfill()
            assert scanned == index.get_meta("scanned_to") > 0
            titles = {e.title for e in index.search(SearchQuery(in_stock=False, limit=50)).items}
            assert {"Linen shirt", "Felt hat", "Leather tote", "Silk scarf"} <= titles
            statuses = {o.title: o.status for o in index.orders_for(devnet.demo_keys["bob"].actor_id)}
            assert statuses["Linen shirt"] == OrderStatus.RELEASED
            assert statuses["Silk scarf"] == OrderStatus.CANCELLED
            assert feed.unproven == 0
        finally:
            await blocks.aclose()
            await client.aclose()
