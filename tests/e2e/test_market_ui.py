"""Two app sessions trade through the market screens on a devnet, with the real light client and blob store: the
seller lists a dress with a photo and edits its title, the buyer finds it by searching, buys it into escrow, the
seller accepts and delivers with a photo as proof, the buyer opens the proof, confirms and rates. The loop is
qasync's; every wait is on an asyncio event, a Qt signal or a screen's own tasks, never a sleep."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPointF, Qt, SignalInstance
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication

from etalonium_desktop.market.dialogs import DeliverDialog, ListingEditor, ProofDialog, RatingDialog
from etalonium_desktop.market.market_page import MarketPage
from etalonium_desktop.market.screens import sample_photo
from etalonium_desktop.services.network import NetworkConfig, NetworkService
from etalonium_desktop.session import Session
from etalonium_desktop.store import temporary_profile
from fullnode.devnet import Devnet
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.state import OrderStatus
from tests.e2e.conftest import click, type_text
from tests.unit.market.harness import changed

pytestmark = [pytest.mark.integration, pytest.mark.slow]

WAIT_S = 90.0


@dataclass
class Notices:
    """The session's notifications, awaitable by title."""

    seen: list[tuple[str, str]] = field(default_factory=list)
    arrived: asyncio.Event = field(default_factory=asyncio.Event)

    def __call__(self, title: str, text: str) -> None:
        self.seen.append((title, text))
        self.arrived.set()

    async def wait(self, title: str) -> str:
        async def seen() -> str:
            while True:
                for t, text in self.seen:
                    if t == title:
                        return text
                self.arrived.clear()
                await self.arrived.wait()

        return await asyncio.wait_for(seen(), WAIT_S)


@dataclass
class Instance:
    session: Session
    page: MarketPage
    notices: Notices


@contextlib.asynccontextmanager
async def app_instance(devnet: Devnet) -> AsyncIterator[Instance]:
    """What one running app has for the market: a profile, the network service, a funded session, the page."""
    tasks: set[asyncio.Future[Any]] = set()

    def spawn(coro: Any) -> asyncio.Future[Any]:
        task: asyncio.Future[Any] = asyncio.ensure_future(coro)
        tasks.add(task)
        task.add_done_callback(tasks.discard)
        return task

    notices = Notices()
    with temporary_profile() as profile:
        config = NetworkConfig(nodes=tuple(devnet.api_urls), devnet=False, genesis_file=devnet.dir / "genesis.json")
        network = NetworkService(profile, config)
        session = Session(profile, network, notify=notices, spawn=spawn)
        page = MarketPage(session)  # built before the network starts, as the app builds its sections
        page.resize(1280, 800)
        page.show()
        await network.start()
        spawn(session.run())
        try:
            await network.wait_ready(WAIT_S)
            await session.wait_funded(WAIT_S)
            await asyncio.wait_for(page.service.ready.wait(), WAIT_S)
            assert page.service.feed is not None
            await asyncio.wait_for(page.service.feed.subscribed.wait(), WAIT_S)
            await page.tasks.wait_idle()
            yield Instance(session, page, notices)
        finally:
            await page.aclose()
            page.close()
            for task in list(tasks):
                task.cancel()
            for task in list(tasks):
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
            await network.aclose()


async def emitted(signal: SignalInstance, action: Any) -> None:
    """Do `action()` and wait for `signal` to be emitted because of it."""
    fired = asyncio.get_running_loop().create_future()

    def done(*_args: object) -> None:
        if not fired.done():
            fired.set_result(None)

    signal.connect(done)
    try:
        action()
        await asyncio.wait_for(fired, WAIT_S)
    finally:
        signal.disconnect(done)


def mouse(view: QAbstractItemView, index: QModelIndex, *, double: bool = False) -> None:
    """A left click (or double click) on a row, delivered to the view's viewport without QTest."""
    point = QPointF(view.visualRect(index).center())
    kinds = [QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease]
    if double:
        kinds += [QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseButtonRelease]
    for kind in kinds:
        event = QMouseEvent(kind, point, view.viewport().mapToGlobal(point), Qt.MouseButton.LeftButton,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
        QCoreApplication.sendEvent(view.viewport(), event)


async def step(page: MarketPage, button_key: str) -> None:
    """Click one of the open order's step buttons and wait for the step to be proven and shown."""
    click(page.order_view.buttons[button_key])
    await page.tasks.wait_idle()
    assert not page.order_view.action_status.text() or page.order_view.action_status.property("role") != "error", (
        page.order_view.action_status.text()
    )


def test_list_buy_deliver_confirm_and_rate_through_the_screens(
    qasync_loop: asyncio.AbstractEventLoop, qapp: QApplication, tmp_path: Path
) -> None:
    photo = tmp_path / "ivory-slip-dress.jpg"
    photo.write_bytes(sample_photo(40, "dress", (900, 1200)))
    proof_photo = tmp_path / "parcel-at-the-post-office.jpg"
    proof_photo.write_bytes(sample_photo(200, "coat", (800, 600)))

    async def scenario() -> None:
        devnet = Devnet(
            1,
            tmp_path / "devnet",
            in_process=True,
            fresh=True,
            chain_id="exc-market-ui",
            params={"min_release_timeout_blocks": 2},
            node_settings={"block_interval_s": 0.5, "rate_limit_per_s": 2000.0, "rate_limit_burst": 4000.0},
        )
        async with devnet, app_instance(devnet) as seller, app_instance(devnet) as buyer:
            # The seller lists a dress with a photo through the editor.
            s_page = seller.page
            editor = s_page.new_listing()
            assert isinstance(editor, ListingEditor)
            editor.category.setCurrentText("Dresses")
            type_text(editor.title_edit, "Ivory silk slip dress")
            type_text(editor.description, "Bias-cut silk charmeuse, size 38.")
            type_text(editor.tags, "silk, ivory")
            type_text(editor.price, "12.5")
            editor.region.setCurrentText("Paris")
            editor.stock.setValue(3)
            editor.timeout.setValue(20)
            editor.add_photos([photo])
            click(editor.ok)
            await s_page.tasks.wait_idle()
            assert s_page.error.text() == ""
            listing = s_page.current_listing
            assert listing is not None
            assert (s_page.current_page(), listing.title, len(listing.media)) == ("listing", "Ivory silk slip dress", 1)
            assert s_page.listing_view.owner_box.isVisibleTo(s_page)

            # The seller fixes the title and the tags through the edit dialog; the edit is proven on chain.
            click(s_page.listing_view.edit_details)
            edit = s_page.dialog
            assert isinstance(edit, ListingEditor)
            assert edit.title_edit.text() == "Ivory silk slip dress"
            edit.title_edit.clear()
            type_text(edit.title_edit, "Ivory silk slip dress, hand-finished")
            edit.tags.clear()
            type_text(edit.tags, "silk, ivory, handmade")
            click(edit.ok)
            await s_page.tasks.wait_idle()
            listing = s_page.current_listing
            assert listing is not None
            assert (listing.title, listing.tags, len(listing.media)) == (
                "Ivory silk slip dress, hand-finished",
                ("silk", "ivory", "handmade"),
                1,
            )
            assert s_page.listing_view.title.text() == "Ivory silk slip dress, hand-finished"
            assert s_page.listing_view.owner_status.text().startswith("✓ Edit proven at block")

            # The buyer's feed proves it, edited; the buyer finds it by a word of the new title and opens it.
            b_page = buyer.page

            def edited() -> bool:
                entry = b_page.service.index.listing(listing.listing_id)
                return entry is not None and entry.title.endswith("hand-finished")

            await changed(b_page.service, "listing", listing.listing_id, edited)
            await emitted(b_page.browse.query_changed, lambda: type_text(b_page.browse.search, "hand-finish"))
            await b_page.tasks.wait_idle()
            assert b_page.browse.model.rowCount() == 1
            mouse(b_page.browse.list, b_page.browse.model.index(0))
            await b_page.tasks.wait_idle()
            assert b_page.current_page() == "listing"
            assert b_page.listing_view.buy.text() == "Buy now · 12.5 ExC"
            assert listing.media[0] in b_page.thumbnails._pixmaps  # the photo came from the blob store, verified

            # Buy: the payment is locked in escrow, proven, and the order opens.
            click(b_page.listing_view.buy)
            await b_page.tasks.wait_idle()
            order = b_page.current_order
            assert order is not None
            assert (b_page.current_page(), order.status, order.record.escrowed) == (
                "order",
                OrderStatus.PLACED,
                125 * ONE_EXC // 10,
            )

            # The seller is told, opens the order from the list, accepts and delivers with a note.
            await seller.notices.wait("New order")
            click(s_page.tab_buttons["orders"])
            await s_page.tasks.wait_idle()
            assert s_page.orders.model.rowCount() == 1
            mouse(s_page.orders.table, s_page.orders.model.index(0, 1), double=True)
            await s_page.tasks.wait_idle()
            assert s_page.current_page() == "order"
            await step(s_page, "accept")
            assert s_page.current_order is not None
            assert s_page.current_order.status == OrderStatus.ACCEPTED
            click(s_page.order_view.buttons["deliver"])
            deliver = s_page.dialog
            assert isinstance(deliver, DeliverDialog)
            type_text(deliver.note, "Colissimo 8R0412345678")
            deliver.set_proof(proof_photo)
            click(deliver.ok)
            await s_page.tasks.wait_idle()
            assert s_page.current_order.status == OrderStatus.DELIVERED
            assert len(s_page.current_order.record.delivery_proof) == 32

            # The buyer is told and opens the proof: fetched from the blob store, checked, shown, saved.
            await buyer.notices.wait("Order delivered")
            b_page.open_order(order.order_id)
            await b_page.tasks.wait_idle()
            assert b_page.current_order is not None
            assert b_page.current_order.status == OrderStatus.DELIVERED
            click(b_page.order_view.buttons["proof"])
            await b_page.tasks.wait_idle()
            viewer = b_page.dialog
            assert isinstance(viewer, ProofDialog)
            assert viewer.shows_image
            assert viewer.proof.is_photo
            assert viewer.proof.data[:2] == b"\xff\xd8"  # the JPEG rendition the seller's upload made
            saved = tmp_path / viewer.proof.suggested_name
            assert viewer.save_to(saved)
            assert saved.read_bytes() == viewer.proof.data
            click(viewer.close_button)

            # The buyer confirms (the escrow goes to the seller) and rates.
            await step(b_page, "release")
            assert b_page.current_order is not None
            assert b_page.current_order.status == OrderStatus.RELEASED
            click(b_page.order_view.buttons["rate"])
            rating = b_page.dialog
            assert isinstance(rating, RatingDialog)
            click(rating.pickers["delivery"].buttons[3])
            type_text(rating.review, "Beautiful silk, true to size")
            click(rating.ok)
            await b_page.tasks.wait_idle()
            titles = [item.title for item in b_page.order_view.timeline.items]
            assert titles[-1] == "Rated ★★★★★"
            assert "rate" not in b_page.order_view.buttons
            await seller.notices.wait("Payment received")

            # The seller's listing now carries the verified rating.
            fresh = await s_page.service.listing(listing.listing_id, prove=True)
            assert fresh is not None
            assert (fresh.ratings, fresh.rating_stars, fresh.completed, fresh.stock) == (1, 19, 1, 2)

    qasync_loop.run_until_complete(asyncio.wait_for(scenario(), 150))
