"""The shop beside a live stream: a refresh while a purchase is on its way replaces the Buy buttons, and the
purchase still ends cleanly on the button shown now."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QApplication

from etalonium_desktop.market import LiveShop, MarketService, OrderEntry, pin_payload
from etalonium_desktop.market.live_panel import LiveShopPanel
from lightnode.protocol import actions as A
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.keys import PrivateKey

from .harness import dress, market


class HeldShop(LiveShop):
    """The real shop, whose purchase waits for the test's word before it goes to the chain (so a refresh
    can come while it is on its way, as the 15 s timer or a change of pins would)."""

    def __init__(self, service: MarketService, channel_key: bytes) -> None:
        super().__init__(service, channel_key)
        self.buying = asyncio.Event()
        self.go = asyncio.Event()
        self.purchases = 0

    async def buy(self, listing_id: bytes, quantity: int = 1, *, amount: int | None = None) -> OrderEntry:
        self.purchases += 1
        self.buying.set()
        await self.go.wait()
        return await super().buy(listing_id, quantity, amount=amount)


def test_a_refresh_during_a_purchase_keeps_the_buy_button_in_step(
    qasync_loop: asyncio.AbstractEventLoop, qapp: QApplication
) -> None:
    async def scenario() -> None:
        async with market() as m:
            listing = await m.seller.publish(dress())
            channel = PrivateKey(b"\x43" * 32).public_key.raw
            await m.seller.act(A.Channel(channel, "Atelier live", ""), "Opening the channel")
            await m.seller.act(pin_payload(channel, "Spring drop", [listing.listing_id]), "Pinning")
            shop = HeldShop(m.buyer, channel)
            panel = LiveShopPanel(shop, refresh_s=3600)
            bought: list[OrderEntry] = []
            panel.bought.connect(bought.append)
            await asyncio.wait_for(panel.tasks.wait_idle(), 30)
            clicked = panel.buy_buttons[listing.listing_id]
            assert clicked.isEnabled()

            clicked.click()
            await asyncio.wait_for(shop.buying.wait(), 30)
            assert not clicked.isEnabled()
            gone = asyncio.Event()
            clicked.destroyed.connect(gone.set)
            del clicked
            panel.refresh()
            await asyncio.wait_for(gone.wait(), 30)  # the old button is deleted, as after the 15 s refresh
            shown = panel.buy_buttons[listing.listing_id]
            assert not shown.isEnabled(), "the item being bought stays unavailable on the new button"
            shown.click()  # a click that reached the new button anyway does not buy twice

            shop.go.set()
            await asyncio.wait_for(panel.tasks.wait_idle(), 30)
            assert "in escrow" in panel.status.text(), panel.status.text()
            assert [o.record.escrowed for o in bought] == [3 * ONE_EXC]
            assert shop.purchases == 1
            assert panel.buy_buttons[listing.listing_id].isEnabled()
            panel.deleteLater()

    qasync_loop.run_until_complete(scenario())
