"""Deterministic sample listings of the fashion world, for the screenshots, the benchmark and tests."""

from __future__ import annotations

import random
from collections.abc import Iterator

from lightnode.protocol.actions import ListingKind, ListingStatus, PriceMode
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.hashing import Tag, blake2b256

from .model import ListingEntry

CATEGORIES = {
    "Dresses": (ListingKind.GOOD, ["dress", "gown", "slip dress", "wrap dress", "shirt dress"]),
    "Knitwear": (ListingKind.GOOD, ["jumper", "cardigan", "knit vest", "turtleneck", "rib knit"]),
    "Accessories": (ListingKind.GOOD, ["silk scarf", "leather belt", "tote bag", "clutch", "earrings"]),
    "Shoes": (ListingKind.GOOD, ["loafers", "ankle boots", "sandals", "pumps", "sneakers"]),
    "Samples": (ListingKind.GOOD, ["sample jacket", "toile", "prototype coat", "runway sample", "fabric swatch"]),
    "Photography": (ListingKind.SERVICE, ["lookbook shoot", "e-commerce shoot", "portrait session", "editorial"]),
    "Modelling": (ListingKind.SERVICE, ["runway show", "fitting model", "campaign", "showroom model"]),
    "Tailoring": (ListingKind.SERVICE, ["alterations", "bespoke suit", "hemming", "made to measure"]),
    "Pattern cutting": (ListingKind.SERVICE, ["pattern grading", "block pattern", "digital pattern", "toile fitting"]),
    "Casting": (ListingKind.SERVICE, ["street casting", "model casting", "commercial casting"]),
    "Styling": (ListingKind.SERVICE, ["editorial styling", "personal styling", "wardrobe edit"]),
}
MATERIALS = ["silk", "linen", "wool", "cashmere", "cotton", "denim", "leather", "velvet", "organza", "tweed"]
COLOURS = ["ivory", "black", "navy", "camel", "emerald", "burgundy", "blush", "charcoal", "sage", "cobalt"]
STYLES = ["vintage", "minimal", "tailored", "oversized", "bias cut", "handmade", "upcycled", "couture", "ss26"]
REGIONS = ["Paris", "Milan", "London", "Odessa", "Berlin", "Lisbon", "São Paulo", "Shanghai", "Cannes", "New York"]
SELLERS = [
    "Atelier Noor", "Maya Laurent", "Studio Noir", "Léo Martin", "Nadia Petrova", "Kofi Mensah", "Ines Duarte",
    "Hana Sato", "Olek Bondar", "Chiara Valli", "Yuki Tan", "Amara Obi", "Sofia Reyes", "Jonas Berg",
]  # fmt: skip


def sample_listings(count: int, *, seed: int = 7, height: int = 100_000) -> Iterator[ListingEntry]:
    """`count` varied, plausible listings (same seed, same listings)."""
    rng = random.Random(seed)
    names = list(CATEGORIES)
    sellers = [(blake2b256(Tag.SKILL, f"seller {n}".encode())[:20], n) for n in SELLERS]
    seller_scores = {actor: rng.choice([0, 3, 12, 40, 95, 180, 420]) for actor, _ in sellers}
    for n in range(count):
        category = rng.choice(names)
        kind, things = CATEGORIES[category]
        thing = rng.choice(things)
        material, colour, style = rng.choice(MATERIALS), rng.choice(COLOURS), rng.choice(STYLES)
        seller, seller_name = rng.choice(sellers)
        if kind == ListingKind.GOOD:
            title = f"{colour.capitalize()} {material} {thing}"
            description = (
                f"A {style} {material} {thing} in {colour}, made in our {rng.choice(REGIONS)} studio. "
                f"Size {rng.choice(['XS', 'S', 'M', 'L', '36', '38', '40', '42'])}; ships in recycled packaging."
            )
            base = rng.choice([40, 80, 120, 250, 600, 1500])
        else:
            title = f"{thing.capitalize()} — {style}"
            description = (
                f"{thing.capitalize()} by an experienced team, {style} approach, {material} and {colour} moods "
                f"welcome. Half day or full day; travel within {rng.choice(REGIONS)} included."
            )
            base = rng.choice([150, 300, 700, 1200, 2500])
        quoted = kind == ListingKind.SERVICE and rng.random() < 0.3
        price = (base * ONE_EXC * rng.randint(70, 140)) // 100
        ratings = rng.choice([0, 0, 1, 3, 8, 20])
        stars = sum(rng.randint(12, 20) for _ in range(ratings))
        completed = ratings + rng.randint(0, 4)
        created = height - rng.randint(0, height - 1)
        yield ListingEntry(
            listing_id=blake2b256(Tag.ACTION, f"sample listing {seed} {n}".encode()),
            seller=seller,
            seller_name=seller_name,
            kind=kind,
            category=category,
            title=title,
            description=description,
            tags=(material, colour, style.replace(" ", "-")),
            price=price,
            price_mode=PriceMode.QUOTE if quoted else PriceMode.FIXED,
            delivery_days=rng.choice([1, 3, 5, 7, 14, 30]),
            region=rng.choice(REGIONS),
            stock=rng.choice([1, 2, 5, 10, 50]) if kind == ListingKind.GOOD else rng.choice([1, 4, 10]),
            media=(),
            release_timeout=rng.choice([600, 3600, 86_400]),
            status=ListingStatus.ACTIVE if rng.random() < 0.9 else ListingStatus.PAUSED,
            created_height=created,
            updated_height=created,
            orders=completed + rng.randint(0, 3),
            completed=completed,
            ratings=ratings,
            rating_stars=stars,
            seller_score=seller_scores[seller],
            seller_category_score=seller_scores[seller] // 3,
            available_from="",
            available_until="",
            proven_height=height,
        )
