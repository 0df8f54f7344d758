"""The index belongs to one chain and one encoding: orders stored in an older OrderRecord encoding are dropped
and proven again (the market screen never fails on them), and a chain with a new trust root (a recreated devnet)
empties the index."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from etalonium_desktop.market import MarketIndex, MarketService, SearchQuery
from etalonium_desktop.market.market_page import MarketPage
from etalonium_desktop.market.model import OrderEntry
from etalonium_desktop.market.service import chain_identity
from etalonium_desktop.store import Profile, temporary_profile
from lightnode.protocol import state as S
from lightnode.protocol.encoding import pack
from lightnode.protocol.state import OrderStatus
from tests.unit.market.harness import changed, dress, market
from tests.unit.market.test_index import entry


def v1_bytes(record: S.OrderRecord) -> bytes:
    """`record` as version 1 wrote it: without the category and release timeout at the end."""
    wire = record.to_wire()
    return pack([1, *wire[1:-2]])


def order(n: int) -> OrderEntry:
    record = S.OrderRecord(
        listing=n.to_bytes(32, "big"), buyer=b"\x01" * 20, seller=b"\x02" * 20, quantity=1, amount=5,
        note="", status=int(OrderStatus.PLACED), placed_height=n, updated_height=n, release_height=0,
        delivery_proof=b"", delivery_note="", disputed_by=b"", dispute_reason="", arbiter=b"", buyer_share=0,
        arbiter_fee=0, ruling="", rated=0, category="Dresses", release_timeout=10,
    )  # fmt: skip
    return OrderEntry((100 + n).to_bytes(32, "big"), record, f"Dress {n}", "Dresses", 1000 + n, 10)


def downgrade(profile: Profile, order_id: bytes, record: S.OrderRecord) -> None:
    """Make the stored order look as an older version of the app left it."""
    with profile.transaction() as conn:
        conn.execute("UPDATE market_orders SET record = ? WHERE order_id = ?", (v1_bytes(record), order_id))
        conn.execute("DELETE FROM market_meta WHERE key = 'order_record_version'")


@pytest.fixture
def profile() -> Iterator[Profile]:
    with temporary_profile() as p:
        yield p


def test_orders_in_an_older_encoding_are_skipped_dropped_and_handed_out(profile: Profile) -> None:
    index = MarketIndex(profile.transaction)
    old, kept = order(1), order(2)
    index.upsert_order(old)
    index.upsert_order(kept)
    downgrade(profile, old.order_id, old.record)
    with pytest.raises(Exception, match="unsupported version 1"):
        S.OrderRecord.decode(v1_bytes(old.record))

    # Read before any sweep: the list skips it, the row goes, the service is told what to prove again.
    assert [e.order_id for e in index.orders_for(b"\x01" * 20)] == [kept.order_id]
    assert index.order(old.order_id) is None
    assert index.order_count() == 1
    assert index.take_dropped() == {old.order_id: old.placed_ms}
    assert index.take_dropped() == {}

    # The sweep at start finds every such order once per encoding version.
    index.upsert_order(old)
    downgrade(profile, old.order_id, old.record)
    assert index.drop_stale_orders() == {old.order_id: old.placed_ms}
    assert index.take_dropped() == {old.order_id: old.placed_ms}
    assert index.order(kept.order_id) == kept
    assert index.drop_stale_orders() == {}


def test_a_new_chain_empties_the_index_and_the_same_one_keeps_it(profile: Profile) -> None:
    index = MarketIndex(profile.transaction)
    index.upsert_listings([entry(1, title="Silk dress"), entry(2, title="Wool coat")])
    index.upsert_order(order(1))
    index.update_seller(b"\x02" * 20, "Atelier", 5, 10)
    index.set_metas({"scanned_to": 500}, {"pass_hash": b"h" * 32})
    # Built before the index remembered its chain: it cannot tell whose it is, so it starts over.
    assert index.bind_chain(b"exc-devnet\ngenesis:aa") is True
    assert index.listing_count() == index.order_count() == 0
    assert index.get_meta("scanned_to") == 0

    index.upsert_listings([entry(3, title="Silk scarf")])
    index.upsert_order(order(3))
    index.set_metas({"scanned_to": 40}, {})
    assert index.bind_chain(b"exc-devnet\ngenesis:aa") is False
    assert index.listing_count() == index.order_count() == 1
    assert index.get_meta("scanned_to") == 40

    # The devnet recreated: same id, another genesis.
    assert index.bind_chain(b"exc-devnet\ngenesis:bb") is True
    assert index.listing_count() == index.order_count() == 0
    assert index.search(SearchQuery(text="silk")).items == ()
    assert index.seller(b"\x02" * 20) is None
    assert index.get_meta("scanned_to") == 0
    assert index.chain() == b"exc-devnet\ngenesis:bb"
    assert index.get_meta("schema") == 1


def test_the_market_screen_opens_over_old_encoded_orders_and_proves_them_again(
    qasync_loop: asyncio.AbstractEventLoop, qapp: QApplication
) -> None:
    async def scenario() -> None:
        async with market() as m:
            listing = await m.seller.publish(dress())
            bought = await m.buyer.buy(listing.listing_id)
            session = m.sessions["buyer"]
            assert m.buyer.index.chain() == chain_identity(session.network.client)
            await m.buyer.aclose()
            await asyncio.to_thread(downgrade, session.profile, bought.order_id, bought.record)

            service = MarketService(session, index=MarketIndex(session.profile.transaction), backfill=False)
            m.services["buyer"] = service  # closed by the harness
            page = MarketPage(session, service=service)  # type: ignore[arg-type]
            try:
                page.show_page("orders")
                await asyncio.wait_for(service.ready.wait(), 10)

                def proven_again() -> bool:
                    again = service.index.order(bought.order_id)
                    return again is not None and again.record == bought.record

                await changed(service, "order", bought.order_id, proven_again, 30)
                await page.refresh()
                assert [o.order_id for o in page.orders._all] == [bought.order_id]
                assert not page.error.isVisible()
            finally:
                page.stop()

    qasync_loop.run_until_complete(asyncio.wait_for(scenario(), 60))
