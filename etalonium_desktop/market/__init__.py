"""The marketplace: listings, search over a local index of proven listings, escrowed orders through
delivery, release, disputes and ratings, shoppable live, and demand data for the assistant.

This package root and its Qt-free modules (model, index, feed, service, viewmodels, live, demand, media,
chat) never load Qt; the screens live in market_page.py, views.py, dialogs.py, live_panel.py and screens.py.
For the app: `MarketPage(session)` (market_page.py) is the Market section; `render_screens(outdir, theme)`
(screens.py) renders its screens for the screenshot command.
"""

from .chat import MessengerOrderChat, OrderChat
from .demand import WEEK_MS, assistant_orders, order_demand
from .errors import MarketError
from .feed import HttpBlockSource, MarketChange, MarketFeed
from .index import MarketIndex
from .live import LiveShop, LiveShopState, pin_payload
from .media import ListingMedia, SettingsStateStore
from .model import (
    DemandPoint,
    DemandSeries,
    Facet,
    ListingEntry,
    OrderEntry,
    OrderStep,
    RatingEntry,
    SearchPage,
    SearchQuery,
    Sort,
)
from .service import ListingDraft, MarketService

__all__ = [
    "WEEK_MS",
    "DemandPoint",
    "DemandSeries",
    "Facet",
    "HttpBlockSource",
    "ListingDraft",
    "ListingEntry",
    "ListingMedia",
    "LiveShop",
    "LiveShopState",
    "MarketChange",
    "MarketError",
    "MarketFeed",
    "MarketIndex",
    "MarketService",
    "MessengerOrderChat",
    "OrderChat",
    "OrderEntry",
    "OrderStep",
    "RatingEntry",
    "SearchPage",
    "SearchQuery",
    "SettingsStateStore",
    "Sort",
    "assistant_orders",
    "order_demand",
    "pin_payload",
]
