"""Shoppable live: the listings a seller pins to a live stream, proven, and buying them without leaving it.

The live screen (the media engineer's `LiveView`) embeds `LiveShopPanel` (market/live_panel.py) with a
`LiveShop` for the channel being watched; the seller's side pins listings with `pin_payload`, sent like any
action (`MarketService.act`). Pins live on chain in the channel's record (STREAM action, at most eight).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lightnode.protocol import actions as A
from lightnode.protocol import state as S
from lightnode.protocol.actions import ListingStatus
from lightnode.queries import Queries

from .errors import MarketError
from .model import ListingEntry, OrderEntry
from .service import MarketService

MAX_PINS = 8


def pin_payload(channel_key: bytes, title: str, listings: Sequence[bytes], *, live: bool = True) -> A.Stream:
    """The STREAM announcement that (re)pins `listings` (the seller's own active ones) to the channel."""
    if len(listings) > MAX_PINS:
        raise MarketError(f"A stream can show at most {MAX_PINS} listings at once.")
    return A.Stream(channel_key, title, int(live), tuple(dict.fromkeys(listings)))


@dataclass(frozen=True, slots=True)
class LiveShopState:
    live: bool
    title: str
    owner: bytes
    #: The pinned listings that are still on sale, in the seller's order.
    listings: tuple[ListingEntry, ...]
    proven_height: int


class LiveShop:
    """The pinned listings of one channel, proven; `buy` places an order into escrow from the stream."""

    def __init__(self, service: MarketService, channel_key: bytes) -> None:
        self.service = service
        self.channel_key = channel_key
        self.state: LiveShopState | None = None

    async def refresh(self) -> LiveShopState:
        """Prove the channel's record and each pinned listing (shows nothing a node could have made up)."""
        proven = await self.service._read(
            Queries(self.service.client).get(S.channel_key(self.channel_key), S.ChannelRecord)
        )
        record = proven.value
        if record is None:
            self.state = LiveShopState(False, "", b"", (), proven.height)
            return self.state
        listings = []
        for listing_id in record.pinned_listings:
            entry = await self.service.listing(listing_id, prove=True)
            if entry is not None and entry.status == ListingStatus.ACTIVE and entry.stock > 0:
                listings.append(entry)
        self.state = LiveShopState(
            bool(record.live), record.stream_title or record.title, record.owner, tuple(listings), proven.height
        )
        return self.state

    async def buy(self, listing_id: bytes, quantity: int = 1, *, amount: int | None = None) -> OrderEntry:
        if self.state is not None and listing_id not in {e.listing_id for e in self.state.listings}:
            raise MarketError("This item is no longer pinned to the stream.")
        return await self.service.buy(listing_id, quantity, amount=amount, note="Bought during the live stream")
