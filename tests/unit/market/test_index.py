"""The local index: search by words and filters in every sort order, facets, stale proofs ignored, and the
index living in the encrypted profile (backed up and restored with it)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from etalonium_desktop.market import ListingEntry, MarketIndex, SearchQuery, Sort
from etalonium_desktop.market.index import fts_query
from etalonium_desktop.market.model import availability_tag, split_availability
from etalonium_desktop.market.samples import sample_listings
from etalonium_desktop.store import MINIMAL_KDF_COST, Profile, import_backup, temporary_profile
from lightnode.protocol.actions import ListingKind, ListingStatus, PriceMode
from lightnode.protocol.encoding import ONE_EXC


def entry(n: int, **changes: object) -> ListingEntry:
    base = ListingEntry(
        listing_id=n.to_bytes(32, "big"),
        seller=bytes([n % 3 + 1]) * 20,
        seller_name=["Atelier Noor", "Studio Noir", "Maya Laurent"][n % 3],
        kind=ListingKind.GOOD,
        category="Dresses",
        title=f"Dress {n}",
        description="",
        tags=(),
        price=(n + 1) * ONE_EXC,
        price_mode=PriceMode.FIXED,
        delivery_days=3,
        region="Paris",
        stock=1,
        media=(),
        release_timeout=100,
        status=ListingStatus.ACTIVE,
        created_height=n,
        updated_height=n,
        orders=0,
        completed=0,
        ratings=0,
        rating_stars=0,
        seller_score=n,
        seller_category_score=0,
        available_from="",
        available_until="",
        proven_height=10,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


@pytest.fixture
def index() -> Iterator[MarketIndex]:
    with temporary_profile() as profile:
        idx = MarketIndex(profile.transaction)
        idx.upsert_listings(
            [
                entry(0, title="Ivory silk slip dress", tags=("silk", "ivory"), region="Paris"),
                entry(1, title="Black wool coat", category="Outerwear", tags=("wool",), region="Milan"),
                entry(2, title="Silk scarf, hand rolled", category="Accessories", price=40 * ONE_EXC, region="Paris"),
                entry(3, title="Lookbook shoot", kind=ListingKind.SERVICE, category="Photography",
                      price=0, price_mode=PriceMode.QUOTE, description="Natural light, silk backdrops"),
                entry(4, title="Silk wrap dress", ratings=2, rating_stars=38, region="  paris ", seller_score=90),
                entry(5, title="Paused silk dress", status=ListingStatus.PAUSED),
                entry(6, title="Sold out silk dress", stock=0),
            ]
        )  # fmt: skip
        yield idx


def ids(page: object) -> list[int]:
    return [int.from_bytes(e.listing_id, "big") for e in page.items]  # type: ignore[attr-defined]


def test_words_match_titles_tags_descriptions_and_prefixes(index: MarketIndex) -> None:
    assert sorted(ids(index.search(SearchQuery(text="silk")))) == [0, 2, 3, 4]
    assert ids(index.search(SearchQuery(text="silk dr"))) == [4, 0]  # prefix of the last word; rated first
    assert ids(index.search(SearchQuery(text="noir"))) == [4, 1]  # the seller's name; the rated one first
    assert ids(index.search(SearchQuery(text='silk" OR "wool'))) == []  # never read as FTS syntax
    assert fts_query("  ") is None
    assert fts_query('a "b') == '"a" """b"*'


def test_filters_narrow_and_sorts_order(index: MarketIndex) -> None:
    dresses = SearchQuery(category=" DRESSES", sort=Sort.PRICE_HIGH)
    assert ids(index.search(dresses)) == [4, 0]  # paused and sold-out listings are left out
    assert ids(index.search(SearchQuery(region="paris", sort=Sort.PRICE_LOW))) == [0, 4, 2, 3]  # quote last
    priced = SearchQuery(min_price=2 * ONE_EXC, max_price=40 * ONE_EXC, sort=Sort.PRICE_LOW)
    assert ids(index.search(priced)) == [1, 4, 2]  # the quote without a price is not in a price range
    assert ids(index.search(SearchQuery(min_reputation=4, sort=Sort.REPUTATION))) == [4]
    assert ids(index.search(SearchQuery(min_rating=4.5))) == [4]
    assert ids(index.search(SearchQuery(kind=ListingKind.SERVICE))) == [3]
    assert ids(index.search(SearchQuery(sort=Sort.NEWEST, limit=2))) == [4, 3]
    assert ids(index.search(SearchQuery(sort=Sort.NEWEST, limit=2, offset=2))) == [2, 1]
    everything = SearchQuery(statuses=(ListingStatus.ACTIVE, ListingStatus.PAUSED), in_stock=False)
    page = index.search(everything)
    assert (page.total, page.more) == (7, False)
    mine = index.search(SearchQuery(seller=bytes([3]) * 20, statuses=(ListingStatus.PAUSED,), in_stock=False))
    assert ids(mine) == [5]


def test_facets_count_active_listings(index: MarketIndex) -> None:
    assert [(f.label, f.count) for f in index.categories()] == [
        ("Dresses", 3),
        ("Accessories", 1),
        ("Outerwear", 1),
        ("Photography", 1),
    ]
    assert next((f.value, f.count) for f in index.regions()) == ("paris", 5)


def test_an_older_proof_never_replaces_a_newer_one(index: MarketIndex) -> None:
    index.upsert_listing(entry(1, title="Black wool coat", stock=7, proven_height=20))
    index.upsert_listing(entry(1, title="Black wool coat", stock=1, proven_height=15))
    stored = index.listing((1).to_bytes(32, "big"))
    assert stored is not None
    assert (stored.stock, stored.proven_height) == (7, 20)
    index.upsert_listing(entry(1, title="Camel wool coat", stock=0, status=ListingStatus.CLOSED, proven_height=21))
    assert ids(index.search(SearchQuery(text="black"))) == []
    assert ids(index.search(SearchQuery(text="camel", statuses=(ListingStatus.CLOSED,), in_stock=False))) == [1]


def test_a_sellers_new_standing_reaches_the_listings(index: MarketIndex) -> None:
    index.update_seller(bytes([1]) * 20, "Atelier Noor Paris", 500, 30)
    assert ids(index.search(SearchQuery(sort=Sort.REPUTATION, limit=2))) == [3, 0]  # ties: newest row first
    assert ids(index.search(SearchQuery(text="noor paris"))) == [0, 3]
    assert index.seller(bytes([1]) * 20) == ("Atelier Noor Paris", 500, 30)


def test_availability_is_read_from_its_tag() -> None:
    tag = availability_tag(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert (tag, len(tag) <= 32) == ("avail:2026-03-01..2026-03-31", True)
    assert split_availability(("linen", tag)) == (("linen",), "2026-03-01", "2026-03-31")
    assert split_availability(("avail:2026-03-31..2026-03-01", "avail:soon")) == ((), "", "")
    with pytest.raises(ValueError, match="ends before"):
        availability_tag(dt.date(2026, 3, 2), dt.date(2026, 3, 1))


def test_the_index_lives_in_the_encrypted_profile_and_its_backups(tmp_path: Path) -> None:
    with temporary_profile(passphrase="atelier linen") as profile:
        index = MarketIndex(profile.transaction)
        index.upsert_listings(sample_listings(300))
        assert profile.check_integrity() == []
        raw = profile.database_path.read_bytes()
        assert b"Atelier Noor" not in raw
        assert b"market_listings" not in raw
        profile.export_backup(tmp_path / "backup.etl", "backup words", kdf=MINIMAL_KDF_COST)
    restored = import_backup(tmp_path / "backup.etl", "backup words", tmp_path / "restored", "new words",
                             kdf=MINIMAL_KDF_COST)  # fmt: skip
    try:
        again = MarketIndex(restored.transaction)
        assert again.listing_count() == 300
        assert again.search(SearchQuery(text="silk")).total > 0
        assert restored.check_integrity() == []
    finally:
        restored.close()
    assert isinstance(restored, Profile)
