"""The local index of proven listings, orders and ratings in the encrypted profile, with full-text search.

Everything stored here was proven against a verified header's state root before it was written (see
`feed.py`); the index only remembers it, so that search needs no network. It is a cache: dropping it loses
nothing the chain cannot give back. Calls block on the profile database: run them in a worker thread.
"""

from __future__ import annotations

import statistics
import threading
import time
from collections.abc import Iterable, Sequence
from typing import Any

from lightnode.protocol import state as S
from lightnode.protocol.actions import ListingKind, ListingStatus, PriceMode
from lightnode.protocol.errors import ProtocolError
from lightnode.protocol.state import OrderStatus

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
    quality,
    to_milli,
)
from .schema import Transaction, ensure_schema

#: Results are counted up to this many (a count over every match of a broad query would cost more than
#: the search itself, and nobody pages that far).
SEARCH_COUNT_CAP = 1000
#: bm25 column weights: title, tags, category, description, region, seller name.
_BM25 = "bm25(market_fts, 8.0, 5.0, 4.0, 1.0, 2.0, 2.0)"
_LISTING_COLUMNS = (
    "l.listing_id, l.seller, l.seller_name, l.kind, l.category, l.title, l.description, l.tags, l.price, "
    "l.price_mode, l.delivery_days, l.region, l.stock, l.media, l.release_timeout, l.status, l.created_height, "
    "l.updated_height, l.orders, l.completed, l.ratings, l.rating_stars, l.seller_score, "
    "l.seller_category_score, l.available_from, l.available_until, l.proven_height"
)
_UPSERT_LISTING = """
INSERT INTO market_listings (
    listing_id, seller, seller_name, kind, category, category_slug, title, description, tags, price,
    price_milli, price_mode, delivery_days, region, region_slug, stock, media, release_timeout, status,
    created_height, updated_height, orders, completed, ratings, rating_stars, rating_average, seller_score,
    seller_category_score, quality, available_from, available_until, proven_height
) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (listing_id) DO UPDATE SET
    seller_name = excluded.seller_name, category = excluded.category, category_slug = excluded.category_slug,
    title = excluded.title, description = excluded.description, tags = excluded.tags, price = excluded.price,
    price_milli = excluded.price_milli, price_mode = excluded.price_mode, delivery_days = excluded.delivery_days,
    region = excluded.region, region_slug = excluded.region_slug, stock = excluded.stock, media = excluded.media,
    release_timeout = excluded.release_timeout, status = excluded.status,
    updated_height = excluded.updated_height, orders = excluded.orders, completed = excluded.completed,
    ratings = excluded.ratings, rating_stars = excluded.rating_stars, rating_average = excluded.rating_average,
    seller_score = excluded.seller_score, seller_category_score = excluded.seller_category_score,
    quality = excluded.quality, available_from = excluded.available_from,
    available_until = excluded.available_until, proven_height = excluded.proven_height
WHERE excluded.proven_height >= market_listings.proven_height
"""
_ORDER_COLUMNS = "o.order_id, o.record, o.title, o.category, o.placed_ms, o.proven_height"
#: The tables holding what was proven on one chain (the schema version in market_meta is kept).
_CHAIN_TABLES = ("market_listings", "market_orders", "market_order_steps", "market_ratings", "market_sellers")
#: market_meta keys: the chain the index was built from, and the OrderRecord encoding its orders were checked in.
_CHAIN_KEY = "chain"
_ORDER_VERSION_KEY = "order_record_version"


def fts_query(text: str) -> str | None:
    """An FTS5 query matching listings that contain every word of `text`, the last word also as a prefix
    (search as you type); None when `text` has no words. Words are quoted, so nothing the user types is read
    as FTS5 syntax."""
    words = text.split()
    if not words:
        return None
    quoted = ['"' + word.replace('"', '""') + '"' for word in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def _pack_ids(ids: Sequence[bytes]) -> bytes:
    return b"".join(ids)


def _unpack_ids(blob: bytes) -> tuple[bytes, ...]:
    return tuple(blob[i : i + 32] for i in range(0, len(blob), 32))


def _listing(row: Sequence[Any]) -> ListingEntry:
    return ListingEntry(
        listing_id=bytes(row[0]),
        seller=bytes(row[1]),
        seller_name=row[2],
        kind=ListingKind(row[3]),
        category=row[4],
        title=row[5],
        description=row[6],
        tags=tuple(t for t in str(row[7]).split("\n") if t),
        price=int(row[8]),
        price_mode=PriceMode(row[9]),
        delivery_days=row[10],
        region=row[11],
        stock=row[12],
        media=_unpack_ids(bytes(row[13])),
        release_timeout=row[14],
        status=ListingStatus(row[15]),
        created_height=row[16],
        updated_height=row[17],
        orders=row[18],
        completed=row[19],
        ratings=row[20],
        rating_stars=row[21],
        seller_score=row[22],
        seller_category_score=row[23],
        available_from=row[24],
        available_until=row[25],
        proven_height=row[26],
    )


def _listing_params(e: ListingEntry) -> tuple[Any, ...]:
    return (
        e.listing_id,
        e.seller,
        e.seller_name,
        int(e.kind),
        e.category,
        S.slug(e.category),
        e.title,
        e.description,
        "\n".join(e.tags),
        str(e.price),
        to_milli(e.price),
        int(e.price_mode),
        e.delivery_days,
        e.region,
        S.slug(e.region),
        min(e.stock, 2**63 - 1),
        _pack_ids(e.media),
        min(e.release_timeout, 2**63 - 1),
        int(e.status),
        e.created_height,
        e.updated_height,
        e.orders,
        e.completed,
        e.ratings,
        e.rating_stars,
        e.rating_average or 0.0,
        e.seller_score,
        e.seller_category_score,
        quality(e.seller_score, e.ratings, e.rating_stars, e.completed),
        e.available_from,
        e.available_until,
        e.proven_height,
    )


class MarketIndex:
    """Proven market data in the profile database, reached through the profile's `transaction`."""

    def __init__(self, transaction: Transaction) -> None:
        self._transaction = transaction
        ensure_schema(transaction)
        #: Orders whose stored record no longer decoded when read (an older encoding): dropped from the index,
        #: with the time they were placed, for the service to prove again from the chain (`take_dropped`).
        self._dropped: dict[bytes, int] = {}
        # The index is read from worker threads while the service takes the dropped ones on the event loop.
        self._dropped_lock = threading.Lock()

    # -- the chain the index belongs to ----------------------------------------------------------------------
    def bind_chain(self, identity: bytes) -> bool:
        """Tie the index to the chain `identity` names (its id and trust root): when the index was built from
        another chain, or from one it cannot tell (made before it remembered), forget everything proven there
        and start over. Returns whether it did. A devnet recreated under the same chain id has a new genesis,
        so its identity differs; a real chain's does not change."""
        if not identity:
            raise ValueError("a chain identity is needed")
        with self._transaction() as conn:
            row = conn.execute("SELECT value FROM market_meta WHERE key = ?", (_CHAIN_KEY,)).fetchone()
            if row is not None and bytes(row[0]) == identity:
                return False
            held = any(conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() for table in _CHAIN_TABLES)
            if held:
                for table in _CHAIN_TABLES:
                    conn.execute(f"DELETE FROM {table}")
            # Scan progress too: the blocks it counted were the other chain's.
            conn.execute("DELETE FROM market_meta WHERE key NOT IN ('schema', ?)", (_ORDER_VERSION_KEY,))
            conn.execute("INSERT OR REPLACE INTO market_meta (key, value) VALUES (?, ?)", (_CHAIN_KEY, identity))
        with self._dropped_lock:
            self._dropped.clear()
        return held

    def chain(self) -> bytes:
        """The identity of the chain the index was built from (b"" before `bind_chain`)."""
        return self.get_meta_bytes(_CHAIN_KEY)

    def drop_stale_orders(self) -> dict[bytes, int]:
        """Drop the orders stored in an encoding this version no longer reads (once per OrderRecord version:
        the check decodes every stored record). Returns them (order id: placed time) to prove again; also
        handed out by `take_dropped`."""
        with self._transaction() as conn:
            row = conn.execute("SELECT value FROM market_meta WHERE key = ?", (_ORDER_VERSION_KEY,)).fetchone()
            if row is not None and int(row[0]) == S.OrderRecord.VERSION:
                return {}
            stale: dict[bytes, int] = {}
            for order_id, record, placed_ms in conn.execute("SELECT order_id, record, placed_ms FROM market_orders"):
                try:
                    S.OrderRecord.decode(bytes(record))
                except ProtocolError:
                    stale[bytes(order_id)] = int(placed_ms)
            conn.executemany("DELETE FROM market_orders WHERE order_id = ?", [(i,) for i in stale])
            conn.execute(
                "INSERT OR REPLACE INTO market_meta (key, value) VALUES (?, ?)",
                (_ORDER_VERSION_KEY, S.OrderRecord.VERSION),
            )
        with self._dropped_lock:
            self._dropped.update(stale)
        return stale

    def take_dropped(self) -> dict[bytes, int]:
        """The orders dropped since the last call because their stored record did not decode."""
        with self._dropped_lock:
            dropped, self._dropped = self._dropped, {}
        return dropped

    # -- meta ------------------------------------------------------------------------------------------------
    def get_meta(self, key: str, default: int = 0) -> int:
        with self._transaction() as conn:
            row = conn.execute("SELECT value FROM market_meta WHERE key = ?", (key,)).fetchone()
        return default if row is None else int(row[0])

    def set_meta(self, key: str, value: int) -> None:
        with self._transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO market_meta (key, value) VALUES (?, ?)", (key, value))

    def get_meta_bytes(self, key: str) -> bytes:
        with self._transaction() as conn:
            row = conn.execute("SELECT value FROM market_meta WHERE key = ?", (key,)).fetchone()
        return b"" if row is None else bytes(row[0])

    def set_metas(self, numbers: dict[str, int], blobs: dict[str, bytes]) -> None:
        """Several meta values in one transaction (a scan's progress moves all at once)."""
        with self._transaction() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO market_meta (key, value) VALUES (?, ?)", [*numbers.items(), *blobs.items()]
            )

    # -- listings --------------------------------------------------------------------------------------------
    def upsert_listings(self, entries: Iterable[ListingEntry]) -> int:
        """Store listings (a listing proven at an older height than the stored one is ignored)."""
        with self._transaction() as conn:
            return conn.executemany(_UPSERT_LISTING, (_listing_params(e) for e in entries)).rowcount

    def upsert_listing(self, entry: ListingEntry) -> None:
        self.upsert_listings([entry])

    def listing(self, listing_id: bytes) -> ListingEntry | None:
        with self._transaction() as conn:
            row = conn.execute(
                f"SELECT {_LISTING_COLUMNS} FROM market_listings l WHERE l.listing_id = ?", (listing_id,)
            ).fetchone()
        return None if row is None else _listing(row)

    def listings(self, listing_ids: Sequence[bytes]) -> list[ListingEntry]:
        """The indexed ones among `listing_ids`, in that order."""
        found = {}
        with self._transaction() as conn:
            for listing_id in listing_ids:
                row = conn.execute(
                    f"SELECT {_LISTING_COLUMNS} FROM market_listings l WHERE l.listing_id = ?", (listing_id,)
                ).fetchone()
                if row is not None:
                    found[listing_id] = _listing(row)
        return [found[i] for i in listing_ids if i in found]

    def listing_count(self) -> int:
        with self._transaction() as conn:
            return int(conn.execute("SELECT count(*) FROM market_listings").fetchone()[0])

    def update_seller(self, actor: bytes, name: str, score: int, height: int) -> None:
        """Record a seller's proven name and reputation, and carry them into the seller's listings."""
        with self._transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO market_sellers (actor, name, score, proven_height) VALUES (?, ?, ?, ?)",
                (actor, name, score, height),
            )
            rows = conn.execute(
                "SELECT rowid, ratings, rating_stars, completed FROM market_listings WHERE seller = ?", (actor,)
            ).fetchall()
            conn.executemany(
                "UPDATE market_listings SET seller_name = ?, seller_score = ?, quality = ? WHERE rowid = ?",
                [(name, score, quality(score, r[1], r[2], r[3]), r[0]) for r in rows],
            )

    def seller(self, actor: bytes) -> tuple[str, int, int] | None:
        """(name, score, proven height) of a seller seen before."""
        with self._transaction() as conn:
            row = conn.execute(
                "SELECT name, score, proven_height FROM market_sellers WHERE actor = ?", (actor,)
            ).fetchone()
        return None if row is None else (str(row[0]), int(row[1]), int(row[2]))

    def search(self, query: SearchQuery) -> SearchPage:
        """Listings matching `query`, best first by its sort, one page at a time.

        Text is matched first (FTS5, ranked by bm25) into a small materialized set; filters and sorting then
        run over the narrow `market_search` rows, and only the page's wide rows are read.
        """
        started = time.perf_counter()
        where: list[str] = []
        args: list[Any] = []
        match = fts_query(query.text)
        if query.statuses:
            where.append(f"k.status IN ({', '.join('?' * len(query.statuses))})")
            args.extend(int(s) for s in query.statuses)
        if query.category.strip():
            where.append("k.category_slug = ?")
            args.append(S.slug(query.category))
        if query.kind is not None:
            where.append("k.kind = ?")
            args.append(int(query.kind))
        if query.min_price is not None:
            where.append("k.price_milli >= ?")
            args.append(to_milli(query.min_price))
        if query.max_price is not None:
            where.append("k.price_milli <= ?")
            args.append(to_milli(query.max_price))
        if query.min_price is not None or query.max_price is not None:
            where.append("k.priced = 1")  # a quote without an indicative price has no price to compare
        if query.region.strip():
            where.append("k.region_slug = ?")
            args.append(S.slug(query.region))
        if query.min_reputation is not None:
            where.append("k.seller_score >= ?")
            args.append(query.min_reputation)
        if query.min_rating is not None:
            where.append("k.ratings > 0 AND k.rating_average >= ?")
            args.append(query.min_rating)
        if query.seller is not None:
            where.append("k.seller = ?")
            args.append(query.seller)
        if query.in_stock:
            where.append("k.stock > 0")
        # Each order has an index it can walk (see schema.py), in one direction, so a page stops early.
        order = {
            # Quotes without an indicative price come last in either price order.
            Sort.PRICE_LOW: "k.priced DESC, k.price_milli ASC, k.rowid ASC",
            Sort.PRICE_HIGH: "k.priced DESC, k.price_milli DESC, k.rowid DESC",
            Sort.REPUTATION: "k.seller_score DESC, k.quality DESC, k.rowid DESC",
            Sort.RATING: "k.rating_average DESC, k.ratings DESC, k.rowid DESC",
            Sort.NEWEST: "k.created_height DESC, k.rowid DESC",
            Sort.RELEVANCE: "m.rank - k.quality, k.rowid"
            if match
            else "k.quality DESC, k.created_height DESC, k.rowid DESC",
        }[query.sort]
        condition = " AND ".join(where) or "1"
        limit = max(1, min(query.limit, 200))
        offset = max(0, query.offset)
        with self._transaction() as conn:
            if match:
                # The text match runs once, into a small materialized set (ranked only when the sort needs
                # it), which then drives the join: CROSS JOIN fixes that order, so SQLite never walks every
                # listing probing the matches. The window count costs nothing more: sorting saw every row.
                rank = _BM25 if query.sort == Sort.RELEVANCE else "0"
                found = conn.execute(
                    f"WITH m (rowid, rank) AS MATERIALIZED (SELECT rowid, {rank} FROM market_fts "
                    f"WHERE market_fts MATCH ?) SELECT k.rowid, count(*) OVER () FROM m "
                    f"CROSS JOIN market_search k ON k.rowid = m.rowid WHERE {condition} ORDER BY {order} "
                    "LIMIT ? OFFSET ?",
                    (match, *args, limit, offset),
                ).fetchall()
                rowids = [r[0] for r in found]
                total = int(found[0][1]) if found else 0
                if not found and offset:
                    total = int(
                        conn.execute(
                            f"SELECT count(*) FROM market_fts CROSS JOIN market_search k ON k.rowid = market_fts.rowid "
                            f"WHERE market_fts MATCH ? AND {condition}",
                            (match, *args),
                        ).fetchone()[0]
                    )
            else:
                rowids = [
                    r[0]
                    for r in conn.execute(
                        f"SELECT k.rowid FROM market_search k WHERE {condition} ORDER BY {order} LIMIT ? OFFSET ?",
                        (*args, limit, offset),
                    ).fetchall()
                ]
                total = int(
                    conn.execute(
                        f"SELECT count(*) FROM (SELECT 1 FROM market_search k WHERE {condition} LIMIT ?)",
                        (*args, SEARCH_COUNT_CAP + 1),
                    ).fetchone()[0]
                )
            rows = {}
            if rowids:
                for row in conn.execute(
                    f"SELECT l.rowid, {_LISTING_COLUMNS} FROM market_listings l "
                    f"WHERE l.rowid IN ({', '.join('?' * len(rowids))})",
                    rowids,
                ).fetchall():
                    rows[row[0]] = _listing(row[1:])
        took = (time.perf_counter() - started) * 1000
        items = tuple(rows[r] for r in rowids if r in rows)
        if match:
            return SearchPage(items, total, False, took)
        return SearchPage(items, min(total, SEARCH_COUNT_CAP), total > SEARCH_COUNT_CAP, took)

    def categories(self) -> list[Facet]:
        """Categories of the active listings, most listed first."""
        with self._transaction() as conn:
            rows = conn.execute(
                "SELECT category_slug, min(category), count(*) FROM market_listings WHERE status = 1 "
                "GROUP BY category_slug ORDER BY count(*) DESC, category_slug LIMIT 200"
            ).fetchall()
        return [Facet(r[0], r[1], int(r[2])) for r in rows]

    def regions(self) -> list[Facet]:
        with self._transaction() as conn:
            rows = conn.execute(
                "SELECT region_slug, min(region), count(*) FROM market_listings WHERE status = 1 AND region_slug != '' "
                "GROUP BY region_slug ORDER BY count(*) DESC, region_slug LIMIT 200"
            ).fetchall()
        return [Facet(r[0], r[1], int(r[2])) for r in rows]

    # -- orders ----------------------------------------------------------------------------------------------
    def upsert_order(self, entry: OrderEntry) -> bool:
        """Store an order (an older proof than the stored one is ignored); True if something changed."""
        r = entry.record
        with self._transaction() as conn:
            old = conn.execute(
                "SELECT proven_height, record FROM market_orders WHERE order_id = ?", (entry.order_id,)
            ).fetchone()
            placed = conn.execute(
                "SELECT placed_ms FROM market_orders WHERE order_id = ?", (entry.order_id,)
            ).fetchone()
            same_time = placed is not None and int(placed[0]) == entry.placed_ms
            if old is not None and (int(old[0]) > entry.proven_height or (bytes(old[1]) == r.encode() and same_time)):
                return False
            conn.execute(
                "INSERT OR REPLACE INTO market_orders (order_id, listing_id, buyer, seller, arbiter, category, "
                "category_slug, title, quantity, amount, unit_price_milli, status, placed_height, placed_ms, "
                "updated_height, record, proven_height) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    entry.order_id,
                    r.listing,
                    r.buyer,
                    r.seller,
                    r.arbiter,
                    entry.category,
                    S.slug(entry.category),
                    entry.title,
                    min(r.quantity, 2**63 - 1),
                    str(r.amount),
                    to_milli(entry.unit_price),
                    r.status,
                    r.placed_height,
                    entry.placed_ms,
                    r.updated_height,
                    r.encode(),
                    entry.proven_height,
                ),
            )
        return True

    def add_step(self, order_id: bytes, step: OrderStep) -> None:
        with self._transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO market_order_steps (order_id, status, height, time_ms, action_id, actor) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (order_id, int(step.status), step.height, step.time_ms, step.action_id, step.actor),
            )

    def _steps(self, conn: Any, order_id: bytes) -> tuple[OrderStep, ...]:
        rows = conn.execute(
            "SELECT status, height, time_ms, action_id, actor FROM market_order_steps WHERE order_id = ? "
            "ORDER BY height, rowid",
            (order_id,),
        ).fetchall()
        return tuple(OrderStep(OrderStatus(r[0]), r[1], r[2], bytes(r[3]), bytes(r[4])) for r in rows)

    def order(self, order_id: bytes) -> OrderEntry | None:
        """The indexed order (None when it is not indexed, or was stored in an encoding no longer read)."""
        with self._transaction() as conn:
            row = conn.execute(
                f"SELECT {_ORDER_COLUMNS} FROM market_orders o WHERE o.order_id = ?", (order_id,)
            ).fetchone()
            if row is None:
                return None
            return self._order(conn, row)

    def _order(self, conn: Any, row: Sequence[Any]) -> OrderEntry | None:
        order_id = bytes(row[0])
        try:
            record = S.OrderRecord.decode(bytes(row[1]))
        except ProtocolError:
            # An older encoding (or damage): the index is a cache, so the row goes and the chain is asked again.
            conn.execute("DELETE FROM market_orders WHERE order_id = ?", (order_id,))
            with self._dropped_lock:
                self._dropped[order_id] = int(row[4])
            return None
        return OrderEntry(order_id, record, row[2], row[3], row[4], row[5], self._steps(conn, order_id))

    def orders_for(self, actor: bytes, *, limit: int = 500) -> list[OrderEntry]:
        """Orders where `actor` is the buyer, the seller or the arbiter, newest first, with their steps."""
        with self._transaction() as conn:
            rows = conn.execute(
                f"SELECT {_ORDER_COLUMNS} FROM market_orders o WHERE o.buyer = ? OR o.seller = ? OR o.arbiter = ? "
                "ORDER BY o.placed_height DESC LIMIT ?",
                (actor, actor, actor, limit),
            ).fetchall()
            return [e for e in (self._order(conn, r) for r in rows) if e is not None]

    def order_count(self) -> int:
        with self._transaction() as conn:
            return int(conn.execute("SELECT count(*) FROM market_orders").fetchone()[0])

    # -- ratings ---------------------------------------------------------------------------------------------
    def upsert_rating(self, order_id: bytes, record: S.RatingRecord) -> None:
        with self._transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO market_ratings (order_id, listing_id, seller, height, record) "
                "VALUES (?, ?, ?, ?, ?)",
                (order_id, record.listing, record.seller, record.height, record.encode()),
            )

    def rating(self, order_id: bytes) -> RatingEntry | None:
        with self._transaction() as conn:
            row = conn.execute("SELECT record FROM market_ratings WHERE order_id = ?", (order_id,)).fetchone()
        return None if row is None else RatingEntry(order_id, S.RatingRecord.decode(bytes(row[0])))

    def ratings_for(self, listing_id: bytes, *, limit: int = 50) -> list[RatingEntry]:
        with self._transaction() as conn:
            rows = conn.execute(
                "SELECT order_id, record FROM market_ratings WHERE listing_id = ? ORDER BY height DESC LIMIT ?",
                (listing_id, limit),
            ).fetchall()
        return [RatingEntry(bytes(r[0]), S.RatingRecord.decode(bytes(r[1]))) for r in rows]

    # -- demand ----------------------------------------------------------------------------------------------
    def order_rows(
        self, *, since_ms: int = 0, limit: int = 200_000
    ) -> list[tuple[bytes, bytes, bytes, str, int, int, int, int]]:
        """(order id, listing id, buyer, category, unit price, quantity, placed ms, status) of every indexed
        order placed since `since_ms`, oldest first."""
        with self._transaction() as conn:
            rows = conn.execute(
                "SELECT order_id, listing_id, buyer, category, amount, quantity, placed_ms, status FROM market_orders "
                "WHERE placed_ms >= ? ORDER BY placed_ms, order_id LIMIT ?",
                (since_ms, limit),
            ).fetchall()
        return [
            (bytes(r[0]), bytes(r[1]), bytes(r[2]), r[3], int(r[4]) // max(1, r[5]), int(r[5]), int(r[6]), int(r[7]))
            for r in rows
        ]

    def demand(
        self, *, since_ms: int, until_ms: int, period_ms: int, categories: Sequence[str] = ()
    ) -> list[DemandSeries]:
        """Orders placed per category and period in [since_ms, until_ms), from the proven orders."""
        if period_ms <= 0 or until_ms <= since_ms:
            raise ValueError("a demand series needs a positive period within a non-empty time range")
        args: list[Any] = [since_ms, until_ms, int(OrderStatus.DECLINED), int(OrderStatus.CANCELLED)]
        extra = ""
        if categories:
            extra = f" AND category_slug IN ({', '.join('?' * len(categories))})"
            args.extend(S.slug(c) for c in categories)
        with self._transaction() as conn:
            rows = conn.execute(
                "SELECT category_slug, category, placed_ms, quantity, amount FROM market_orders "
                f"WHERE placed_ms >= ? AND placed_ms < ? AND status NOT IN (?, ?){extra} "
                "ORDER BY category_slug, placed_ms",
                args,
            ).fetchall()
        buckets: dict[str, dict[int, list[tuple[int, int]]]] = {}
        labels: dict[str, str] = {}
        for slug_, label, placed, quantity, amount in rows:
            labels.setdefault(slug_, label)
            start = since_ms + (int(placed) - since_ms) // period_ms * period_ms
            buckets.setdefault(slug_, {}).setdefault(start, []).append((int(quantity), int(amount)))
        series = []
        for slug_, periods in buckets.items():
            points = []
            for start in range(since_ms, until_ms, period_ms):
                orders = periods.get(start, [])
                units = sum(q for q, _ in orders)
                unit_prices = sorted(a // max(1, q) for q, a in orders)
                points.append(
                    DemandPoint(
                        category=labels[slug_],
                        period_start_ms=start,
                        orders=len(orders),
                        units=units,
                        volume=sum(a for _, a in orders),
                        min_unit_price=unit_prices[0] if unit_prices else 0,
                        median_unit_price=int(statistics.median_low(unit_prices)) if unit_prices else 0,
                        max_unit_price=unit_prices[-1] if unit_prices else 0,
                    )
                )
            series.append(DemandSeries(labels[slug_], tuple(points)))
        series.sort(key=lambda s: (-s.orders, s.category))
        return series
