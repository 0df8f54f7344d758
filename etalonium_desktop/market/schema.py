"""The marketplace's own tables in the profile database (the local index of proven listings, orders and
ratings), created through the profile's public transaction like the messenger's."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager

from etalonium_desktop.store import ProfileTooNewError
from etalonium_desktop.store.dbapi import Connection

#: The version of the market tables, kept in `market_meta` (user_version belongs to the store).
MARKET_SCHEMA = 1

Transaction = Callable[[], AbstractContextManager[Connection]]

# Each statement starts with exactly "CREATE TABLE name" / "CREATE INDEX name" / "CREATE VIRTUAL TABLE name"
# / "CREATE TRIGGER name" (no IF NOT EXISTS), as the store's own schema does, because the profile backup
# (sqlcipher_export) rewrites them by position.
#
# Amounts can exceed SQLite's 64-bit integers (1 ExC is 10^18 base units), so each is kept exactly as decimal
# text and, for filtering and sorting, in whole milli-ExC.
_V1 = (
    "CREATE TABLE market_meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)",
    """CREATE TABLE market_listings (
        rowid INTEGER PRIMARY KEY,
        listing_id BLOB NOT NULL UNIQUE CHECK (length(listing_id) = 32),
        seller BLOB NOT NULL CHECK (length(seller) = 20),
        seller_name TEXT NOT NULL,
        kind INTEGER NOT NULL,
        category TEXT NOT NULL,
        category_slug TEXT NOT NULL,
        title TEXT NOT NULL,
        description TEXT NOT NULL,
        tags TEXT NOT NULL,
        price TEXT NOT NULL,
        price_milli INTEGER NOT NULL,
        price_mode INTEGER NOT NULL,
        delivery_days INTEGER NOT NULL,
        region TEXT NOT NULL,
        region_slug TEXT NOT NULL,
        stock INTEGER NOT NULL,
        media BLOB NOT NULL,
        release_timeout INTEGER NOT NULL,
        status INTEGER NOT NULL,
        created_height INTEGER NOT NULL,
        updated_height INTEGER NOT NULL,
        orders INTEGER NOT NULL,
        completed INTEGER NOT NULL,
        ratings INTEGER NOT NULL,
        rating_stars INTEGER NOT NULL,
        rating_average REAL NOT NULL,
        seller_score INTEGER NOT NULL,
        seller_category_score INTEGER NOT NULL,
        quality REAL NOT NULL,
        available_from TEXT NOT NULL,
        available_until TEXT NOT NULL,
        proven_height INTEGER NOT NULL
    )""",
    "CREATE INDEX market_listings_by_seller ON market_listings (seller, created_height)",
    # What search filters and sorts on, apart from the wide rows: small enough to stay among the decrypted
    # pages SQLCipher keeps in memory, so a search reads the wide rows of one page of results only.
    """CREATE TABLE market_search (
        rowid INTEGER PRIMARY KEY,
        status INTEGER NOT NULL,
        kind INTEGER NOT NULL,
        category_slug TEXT NOT NULL,
        region_slug TEXT NOT NULL,
        price_milli INTEGER NOT NULL,
        priced INTEGER NOT NULL,
        seller BLOB NOT NULL,
        seller_score INTEGER NOT NULL,
        rating_average REAL NOT NULL,
        ratings INTEGER NOT NULL,
        stock INTEGER NOT NULL,
        created_height INTEGER NOT NULL,
        quality REAL NOT NULL
    )""",
    "CREATE INDEX market_search_by_category ON market_search (status, category_slug, price_milli)",
    "CREATE INDEX market_search_by_price ON market_search (status, priced, price_milli)",
    "CREATE INDEX market_search_by_low_price ON market_search (status, priced DESC, price_milli ASC)",
    "CREATE INDEX market_search_by_newest ON market_search (status, created_height)",
    "CREATE INDEX market_search_by_reputation ON market_search (status, seller_score, quality)",
    "CREATE INDEX market_search_by_rating ON market_search (status, rating_average, ratings)",
    "CREATE INDEX market_search_by_quality ON market_search (status, quality, created_height)",
    """CREATE TRIGGER market_search_after_insert AFTER INSERT ON market_listings BEGIN
        INSERT INTO market_search (rowid, status, kind, category_slug, region_slug, price_milli, priced, seller,
            seller_score, rating_average, ratings, stock, created_height, quality)
        VALUES (new.rowid, new.status, new.kind, new.category_slug, new.region_slug, new.price_milli,
            new.price != '0', new.seller, new.seller_score, new.rating_average, new.ratings, new.stock,
            new.created_height, new.quality);
    END""",
    # An UPDATE rather than INSERT OR REPLACE: inside a trigger, the conflict clause of the outer statement
    # (the index's upsert) would override the trigger's own.
    """CREATE TRIGGER market_search_after_update AFTER UPDATE ON market_listings BEGIN
        UPDATE market_search SET status = new.status, kind = new.kind, category_slug = new.category_slug,
            region_slug = new.region_slug, price_milli = new.price_milli, priced = new.price != '0',
            seller = new.seller, seller_score = new.seller_score, rating_average = new.rating_average,
            ratings = new.ratings, stock = new.stock, created_height = new.created_height, quality = new.quality
        WHERE rowid = new.rowid;
    END""",
    """CREATE TRIGGER market_search_after_delete AFTER DELETE ON market_listings BEGIN
        DELETE FROM market_search WHERE rowid = old.rowid;
    END""",
    """CREATE VIRTUAL TABLE market_fts USING fts5 (
        title, tags, category, description, region, seller_name,
        content = 'market_listings', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
    )""",
    """CREATE TRIGGER market_fts_after_insert AFTER INSERT ON market_listings BEGIN
        INSERT INTO market_fts (rowid, title, tags, category, description, region, seller_name)
        VALUES (new.rowid, new.title, new.tags, new.category, new.description, new.region, new.seller_name);
    END""",
    """CREATE TRIGGER market_fts_after_delete AFTER DELETE ON market_listings BEGIN
        INSERT INTO market_fts (market_fts, rowid, title, tags, category, description, region, seller_name)
        VALUES ('delete', old.rowid, old.title, old.tags, old.category, old.description, old.region,
                old.seller_name);
    END""",
    """CREATE TRIGGER market_fts_after_update AFTER UPDATE OF title, tags, category, description, region,
        seller_name ON market_listings BEGIN
        INSERT INTO market_fts (market_fts, rowid, title, tags, category, description, region, seller_name)
        VALUES ('delete', old.rowid, old.title, old.tags, old.category, old.description, old.region,
                old.seller_name);
        INSERT INTO market_fts (rowid, title, tags, category, description, region, seller_name)
        VALUES (new.rowid, new.title, new.tags, new.category, new.description, new.region, new.seller_name);
    END""",
    """CREATE TABLE market_orders (
        order_id BLOB PRIMARY KEY CHECK (length(order_id) = 32),
        listing_id BLOB NOT NULL,
        buyer BLOB NOT NULL,
        seller BLOB NOT NULL,
        arbiter BLOB NOT NULL,
        category TEXT NOT NULL,
        category_slug TEXT NOT NULL,
        title TEXT NOT NULL,
        quantity INTEGER NOT NULL,
        amount TEXT NOT NULL,
        unit_price_milli INTEGER NOT NULL,
        status INTEGER NOT NULL,
        placed_height INTEGER NOT NULL,
        placed_ms INTEGER NOT NULL,
        updated_height INTEGER NOT NULL,
        record BLOB NOT NULL,
        proven_height INTEGER NOT NULL
    )""",
    "CREATE INDEX market_orders_by_buyer ON market_orders (buyer, placed_height)",
    "CREATE INDEX market_orders_by_seller ON market_orders (seller, placed_height)",
    "CREATE INDEX market_orders_by_arbiter ON market_orders (arbiter, placed_height)",
    "CREATE INDEX market_orders_by_category ON market_orders (category_slug, placed_ms)",
    """CREATE TABLE market_order_steps (
        order_id BLOB NOT NULL,
        status INTEGER NOT NULL,
        height INTEGER NOT NULL,
        time_ms INTEGER NOT NULL,
        action_id BLOB NOT NULL,
        actor BLOB NOT NULL,
        PRIMARY KEY (order_id, status, height)
    )""",
    """CREATE TABLE market_ratings (
        order_id BLOB PRIMARY KEY CHECK (length(order_id) = 32),
        listing_id BLOB NOT NULL,
        seller BLOB NOT NULL,
        height INTEGER NOT NULL,
        record BLOB NOT NULL
    )""",
    "CREATE INDEX market_ratings_by_listing ON market_ratings (listing_id, height)",
    """CREATE TABLE market_sellers (
        actor BLOB PRIMARY KEY CHECK (length(actor) = 20),
        name TEXT NOT NULL,
        score INTEGER NOT NULL,
        proven_height INTEGER NOT NULL
    )""",
)

MIGRATIONS: dict[int, tuple[str, ...]] = {1: _V1}


def installed_version(conn: Connection) -> int:
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'market_meta'").fetchone()
    if exists is None:
        return 0
    row = conn.execute("SELECT value FROM market_meta WHERE key = 'schema'").fetchone()
    return 0 if row is None else int(row[0])


def ensure_schema(transaction: Transaction) -> int:
    """Create or upgrade the market tables (atomically) through `transaction` (the profile's
    `transaction`); returns the version now installed."""
    with transaction() as conn:
        version = installed_version(conn)
        if version > MARKET_SCHEMA:
            raise ProfileTooNewError(
                f"The market data in this profile was saved by a newer version of Etalonium Desktop "
                f"(market schema {version}; this version knows up to {MARKET_SCHEMA}). Update the app."
            )
        for target in range(version + 1, MARKET_SCHEMA + 1):
            for statement in MIGRATIONS[target]:
                conn.execute(statement)
            conn.execute("INSERT OR REPLACE INTO market_meta (key, value) VALUES ('schema', ?)", (target,))
        return MARKET_SCHEMA
