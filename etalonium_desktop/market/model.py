"""What the marketplace shows, as plain values: indexed listings, orders and their steps, ratings, queries."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from enum import StrEnum

from etalonium_desktop.ui.i18n import QT_TRANSLATE_NOOP
from lightnode.protocol import state as S
from lightnode.protocol.actions import ListingKind, ListingStatus, PriceMode
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.state import OrderStatus

#: Amounts are filtered and sorted in whole milli-ExC (exact amounts can exceed SQLite's integers).
MILLI = ONE_EXC // 1000
#: The tag a listing uses to say when a service is available: `avail:2026-03-01..2026-03-31` (28 characters,
#: within a tag's 32). A client convention: the chain stores it as an ordinary tag.
AVAILABILITY_PREFIX = "avail:"
_AVAILABILITY = re.compile(r"^avail:(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$")


def to_milli(amount: int) -> int:
    """Base units → whole milli-ExC, clipped to SQLite's integer range."""
    return min(amount // MILLI, 2**63 - 1)


def availability_tag(first: dt.date, last: dt.date) -> str:
    if last < first:
        raise ValueError("the availability ends before it starts")
    return f"{AVAILABILITY_PREFIX}{first.isoformat()}..{last.isoformat()}"


def split_availability(tags: tuple[str, ...]) -> tuple[tuple[str, ...], str, str]:
    """The ordinary tags, and the availability dates (ISO, empty if none or malformed)."""
    plain: list[str] = []
    first = last = ""
    for tag in tags:
        if tag.startswith(AVAILABILITY_PREFIX):
            match = _AVAILABILITY.match(tag)
            if match and not first:
                try:
                    a, b = dt.date.fromisoformat(match.group(1)), dt.date.fromisoformat(match.group(2))
                except ValueError:
                    continue
                if a <= b:
                    first, last = a.isoformat(), b.isoformat()
            continue
        plain.append(tag)
    return tuple(plain), first, last


def quality(seller_score: int, ratings: int, rating_stars: int, completed: int) -> float:
    """A small boost of established sellers and well-rated listings within equally relevant results."""
    boost = 0.3 * math.log1p(max(0, seller_score)) + 0.15 * math.log1p(completed)
    if ratings:
        boost += 0.4 * (rating_stars / (4 * ratings) - 3.0)
    return boost


@dataclass(frozen=True, slots=True)
class ListingEntry:
    """A listing as proven at `proven_height`, with its seller's standing."""

    listing_id: bytes
    seller: bytes
    seller_name: str
    kind: ListingKind
    category: str
    title: str
    description: str
    #: Ordinary tags (the availability tag is read into `available_from`/`available_until`).
    tags: tuple[str, ...]
    price: int
    price_mode: PriceMode
    delivery_days: int
    region: str
    stock: int
    media: tuple[bytes, ...]
    release_timeout: int
    status: ListingStatus
    created_height: int
    updated_height: int
    orders: int
    completed: int
    ratings: int
    rating_stars: int
    seller_score: int
    seller_category_score: int
    available_from: str
    available_until: str
    proven_height: int

    @property
    def rating_average(self) -> float | None:
        """Mean stars over every axis of every rating (1..5), or None before the first rating."""
        return self.rating_stars / (4 * self.ratings) if self.ratings else None

    @property
    def is_quote(self) -> bool:
        return self.price_mode == PriceMode.QUOTE

    @classmethod
    def of(
        cls,
        listing_id: bytes,
        record: S.ListingRecord,
        proven_height: int,
        *,
        seller_name: str = "",
        seller_score: int = 0,
        seller_category_score: int = 0,
    ) -> ListingEntry:
        tags, first, last = split_availability(record.tags)
        return cls(
            listing_id=listing_id,
            seller=record.seller,
            seller_name=seller_name,
            kind=ListingKind(record.kind),
            category=record.category,
            title=record.title,
            description=record.description,
            tags=tags,
            price=record.price,
            price_mode=PriceMode(record.price_mode) if record.price_mode in (1, 2) else PriceMode.QUOTE,
            delivery_days=record.delivery_days,
            region=record.region,
            stock=record.stock,
            media=record.media,
            release_timeout=record.release_timeout,
            status=ListingStatus(record.status),
            created_height=record.created_height,
            updated_height=record.updated_height,
            orders=record.orders,
            completed=record.completed,
            ratings=record.ratings,
            rating_stars=record.rating_stars,
            seller_score=seller_score,
            seller_category_score=seller_category_score,
            available_from=first,
            available_until=last,
            proven_height=proven_height,
        )


@dataclass(frozen=True, slots=True)
class OrderStep:
    """One verified step of an order: the state it reached, where, and who took it (empty: the chain)."""

    status: OrderStatus
    height: int
    time_ms: int
    action_id: bytes = b""
    actor: bytes = b""


@dataclass(frozen=True, slots=True)
class OrderEntry:
    """An order as proven at `proven_height`, with the listing's title and category for display."""

    order_id: bytes
    record: S.OrderRecord
    title: str
    category: str
    placed_ms: int
    proven_height: int
    steps: tuple[OrderStep, ...] = ()

    @property
    def status(self) -> OrderStatus:
        return OrderStatus(self.record.status)

    @property
    def unit_price(self) -> int:
        return self.record.amount // max(1, self.record.quantity)


@dataclass(frozen=True, slots=True)
class RatingEntry:
    order_id: bytes
    record: S.RatingRecord

    @property
    def average(self) -> float:
        return self.record.stars / 4


class Sort(StrEnum):
    RELEVANCE = "relevance"
    PRICE_LOW = "price_low"
    PRICE_HIGH = "price_high"
    REPUTATION = "reputation"
    RATING = "rating"
    NEWEST = "newest"


#: English; viewmodels.label() gives them in the interface language.
SORT_LABELS = {
    Sort.RELEVANCE: QT_TRANSLATE_NOOP("Market", "Best match"),
    Sort.PRICE_LOW: QT_TRANSLATE_NOOP("Market", "Price: low to high"),
    Sort.PRICE_HIGH: QT_TRANSLATE_NOOP("Market", "Price: high to low"),
    Sort.REPUTATION: QT_TRANSLATE_NOOP("Market", "Seller reputation"),
    Sort.RATING: QT_TRANSLATE_NOOP("Market", "Rating"),
    Sort.NEWEST: QT_TRANSLATE_NOOP("Market", "Newest"),
}


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """What to look for. Text matches title, tags, category, description, region and seller; every other
    field narrows the results. Prices are in base units; a quoted listing matches a price range only by
    its indicative price."""

    text: str = ""
    category: str = ""
    kind: ListingKind | None = None
    min_price: int | None = None
    max_price: int | None = None
    region: str = ""
    min_reputation: int | None = None
    #: Mean stars (1..5); unrated listings do not match.
    min_rating: float | None = None
    seller: bytes | None = None
    statuses: tuple[ListingStatus, ...] = (ListingStatus.ACTIVE,)
    in_stock: bool = True
    sort: Sort = Sort.RELEVANCE
    limit: int = 40
    offset: int = 0


@dataclass(frozen=True, slots=True)
class SearchPage:
    items: tuple[ListingEntry, ...]
    #: How many listings match (counted up to `SEARCH_COUNT_CAP`; `more` says there are more than that).
    total: int
    more: bool = False
    took_ms: float = 0.0


@dataclass(frozen=True, slots=True)
class Facet:
    """A category or region present among the indexed active listings, with how many there are."""

    value: str
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class DemandPoint:
    """Orders placed in one category during one period, from proven orders (declined and cancelled ones
    excluded: they were not demand that went ahead)."""

    category: str
    period_start_ms: int
    orders: int
    units: int
    #: Sum of the amounts paid into escrow, in base units.
    volume: int
    #: Unit prices paid, in base units.
    min_unit_price: int
    median_unit_price: int
    max_unit_price: int


@dataclass(frozen=True, slots=True)
class DemandSeries:
    category: str
    points: tuple[DemandPoint, ...] = field(default_factory=tuple)

    @property
    def orders(self) -> int:
        return sum(p.orders for p in self.points)
