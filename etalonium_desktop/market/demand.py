"""Demand data for the personal assistant: orders and prices per category over time, from proven orders.

Everything comes from the local market index, which holds only orders proven against verified headers
(see feed.py), so the assistant sees verified chain data and the network sees nothing of what it asks.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .index import MarketIndex
from .model import DemandSeries

if TYPE_CHECKING:
    from assistant.records import OrderSeen

DAY_MS = 86_400_000
WEEK_MS = 7 * DAY_MS


def order_demand(
    index: MarketIndex,
    *,
    until_ms: int,
    periods: int = 12,
    period_ms: int = WEEK_MS,
    categories: Sequence[str] = (),
) -> list[DemandSeries]:
    """Per category (most ordered first): for each of the `periods` periods ending at `until_ms`, the
    orders placed, units, volume and the min / median / max unit price paid into escrow (base units).
    Declined and cancelled orders are not counted. Blocks on the profile database: call it in a thread."""
    if periods < 1:
        raise ValueError("ask for at least one period")
    return index.demand(
        since_ms=until_ms - periods * period_ms, until_ms=until_ms, period_ms=period_ms, categories=categories
    )


def assistant_orders(index: MarketIndex, *, since_ms: int = 0, limit: int = 200_000) -> list[OrderSeen]:
    """The proven orders as the assistant's `OrderSeen` records (state included), oldest first, for
    `assistant.data.ChainData.ingest`."""
    from assistant.records import OrderSeen, OrderState

    out = []
    for order_id, listing_id, buyer, category, unit_price, quantity, placed_ms, status in index.order_rows(
        since_ms=since_ms, limit=limit
    ):
        out.append(
            OrderSeen(
                order_id=order_id,
                listing_id=listing_id,
                buyer=buyer,
                category=category,
                unit_price=unit_price,
                quantity=quantity,
                time_ms=placed_ms,
                state=OrderState(status),
            )
        )
    return out
