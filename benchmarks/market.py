"""Market benchmark: search over 100,000 proven listings in the encrypted profile with filters and every sort,
against a plain SQLite FTS5 query over the same rows in the same run; and an order's life on a loopback devnet,
from "buy" to the escrow proven against a verified header.

`python benchmarks/market.py` prints a table; with `--json` the last line is one JSON object holding at least
`search_p95_ms`, `search_vs_fts` and `buy_to_escrow_s`.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks._harness import argument_parser, report, verdict
from etalonium_desktop.market import ListingDraft, MarketIndex, MarketService, SearchQuery, Sort
from etalonium_desktop.market.index import _BM25, fts_query
from etalonium_desktop.market.samples import CATEGORIES, COLOURS, MATERIALS, REGIONS, sample_listings
from etalonium_desktop.store import Profile, temporary_profile
from fullnode.devnet import Devnet
from lightnode.client import GenesisRoot, LightClient
from lightnode.http_provider import HttpProvider
from lightnode.protocol.actions import ListingKind, Payload, PriceMode
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.keys import PrivateKey
from lightnode.queries import Queries
from lightnode.submitter import DEFAULT_FEE, ActionReport, ActionSubmitter

LISTINGS = 100_000
QUERIES = 300
ORDERS = 5
TARGETS = {"search_p95_ms": 100.0, "search_vs_fts": 10.0, "buy_to_escrow_s": 5.0}


# -- search ----------------------------------------------------------------------------------------------------


def query_mix(rng: random.Random, count: int) -> list[SearchQuery]:
    """What people type and pick: one or two words (the last often unfinished), filters now and then, every
    sort order; a fifth browse without words."""
    things = [t for _, (_, names) in CATEGORIES.items() for t in names]
    words = [*MATERIALS, *COLOURS, *(w for t in things for w in t.split())]
    sorts = list(Sort)
    out = []
    for n in range(count):
        text = ""
        if rng.random() < 0.8:
            picked = rng.sample(words, rng.choice([1, 1, 2]))
            if rng.random() < 0.4:
                picked[-1] = picked[-1][: max(2, len(picked[-1]) - rng.randint(1, 3))]
            text = " ".join(picked)
        low = rng.choice([20, 50, 100, 200]) * ONE_EXC
        out.append(
            SearchQuery(
                text=text,
                category=rng.choice(list(CATEGORIES)) if rng.random() < 0.5 else "",
                min_price=low if rng.random() < 0.3 else None,
                max_price=low * rng.choice([3, 5, 10]) if rng.random() < 0.3 else None,
                region=rng.choice(REGIONS) if rng.random() < 0.3 else "",
                min_reputation=rng.choice([10, 40, 100]) if rng.random() < 0.2 else None,
                min_rating=rng.choice([3.0, 4.0, 4.5]) if rng.random() < 0.2 else None,
                sort=sorts[n % len(sorts)],
            )
        )
    return out


def plain_fts(rows: Sequence[Any], path: Path) -> sqlite3.Connection:
    """The baseline: the same listings' text in a plain (unencrypted) SQLite FTS5 table, same tokenizer."""
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE VIRTUAL TABLE fts USING fts5 (title, tags, category, description, region, seller_name, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    conn.executemany(
        "INSERT INTO fts (rowid, title, tags, category, description, region, seller_name) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            (n + 1, e.title, "\n".join(e.tags), e.category, e.description, e.region, e.seller_name)
            for n, e in enumerate(rows)
        ),
    )
    conn.commit()
    return conn


def p95(values: Sequence[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def bench_search(profile: Profile, tmp: Path, listings: int, queries: int) -> dict[str, Any]:
    rows = list(sample_listings(listings))
    index = MarketIndex(profile.transaction)
    started = time.perf_counter()
    for i in range(0, len(rows), 5000):
        index.upsert_listings(rows[i : i + 5000])
    index_s = time.perf_counter() - started
    plain = plain_fts(rows, tmp / "plain.db")
    mix = query_mix(random.Random(11), queries)
    bm25 = _BM25.replace("market_fts", "fts")
    # Warm both (the first queries read pages from disk; steady state is what a user searching sees).
    for q in mix[:20]:
        index.search(q)
        if fts_query(q.text):
            plain.execute(
                f"SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY {bm25} LIMIT 40", (fts_query(q.text),)
            ).fetchall()
    ours: list[float] = []
    ours_text: list[float] = []
    base: list[float] = []
    hits: list[int] = []
    for q in mix:
        t0 = time.perf_counter()
        page = index.search(q)
        took = (time.perf_counter() - t0) * 1000
        ours.append(took)
        hits.append(page.total)
        match = fts_query(q.text)
        if match:
            ours_text.append(took)
            t0 = time.perf_counter()
            plain.execute(f"SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY {bm25} LIMIT 40", (match,)).fetchall()
            base.append((time.perf_counter() - t0) * 1000)
    plain.close()
    return {
        "listings": listings,
        "queries": len(mix),
        "index_build_s": round(index_s, 1),
        "database_mb": round(profile.database_path.stat().st_size / 1e6, 1),
        "search_p50_ms": round(statistics.median(ours), 2),
        "search_p95_ms": round(p95(ours), 2),
        "search_text_p95_ms": round(p95(ours_text), 2),
        "fts_p50_ms": round(statistics.median(base), 2),
        "fts_p95_ms": round(p95(base), 2),
        "search_vs_fts": round(p95(ours_text) / p95(base), 2),
        "mean_hits": round(statistics.mean(hits)),
    }


# -- the order's life on a devnet ------------------------------------------------------------------------------


@dataclass
class _Network:
    client: LightClient
    queries: Queries
    node_urls: list[str] = field(default_factory=list)


class _Session:
    """The app session's part the market needs: a key, a profile, a light client and its outbox."""

    def __init__(self, key: PrivateKey, profile: Profile, client: LightClient) -> None:
        self.key, self.actor, self.profile = key, key.actor_id, profile
        self.network = _Network(client, Queries(client))
        self.submitter = ActionSubmitter(client, poll_interval_s=0.05)

    def notify(self, title: str, text: str) -> None:
        pass

    async def submit(self, payload: Payload, *, fee: int | None = None) -> ActionReport:
        return await self.submitter.send(self.key, payload, fee=fee or DEFAULT_FEE)

    async def wait(self, action_id: bytes, timeout_s: float | None = None) -> ActionReport:
        return await self.submitter.wait(action_id, timeout_s=timeout_s)


async def bench_orders(tmp: Path, orders: int) -> dict[str, Any]:
    devnet = Devnet(
        4,
        tmp / "devnet",
        base_port=0,
        chain_id="exc-bench-market",
        params={"min_release_timeout_blocks": 2},
        node_settings={"rate_limit_per_s": 2000.0, "rate_limit_burst": 4000.0},
        fresh=True,
    )
    await devnet.start()
    services: list[MarketService] = []
    try:
        assert devnet.genesis is not None
        with temporary_profile() as seller_profile, temporary_profile() as buyer_profile:
            for name, profile, node in (("alice", seller_profile, 0), ("bob", buyer_profile, 1)):
                client = LightClient(
                    GenesisRoot(devnet.genesis.hash()),
                    HttpProvider(devnet.api_url(node)),
                    [HttpProvider(devnet.api_url((node + 1) % 4))],
                    close_store=True,
                )
                await client.start()
                service = MarketService(_Session(devnet.demo_keys[name], profile, client), backfill=False)
                await service.start()
                services.append(service)
            seller, buyer = services
            draft = ListingDraft(ListingKind.GOOD, "Dresses", "Silk slip dress", "", ("silk",), 3 * ONE_EXC,
                                 PriceMode.FIXED, 3, "Paris", 1000, 2)  # fmt: skip
            listing = await seller.publish(draft)
            buy_s, life_s = [], []
            for _ in range(orders):
                t0 = time.perf_counter()
                order = await buyer.buy(listing.listing_id)
                buy_s.append(time.perf_counter() - t0)
                assert order.record.escrowed == 3 * ONE_EXC
                await seller.respond(order.order_id, True)
                await seller.deliver(order.order_id)
                await buyer.release(order.order_id)
                await buyer.rate(order.order_id, 5, 5, 5, 5, "")
                life_s.append(time.perf_counter() - t0)
            return {
                "orders": orders,
                "buy_to_escrow_s": round(statistics.median(buy_s), 2),
                "buy_to_escrow_max_s": round(max(buy_s), 2),
                "lifecycle_s": round(statistics.median(life_s), 2),
            }
    finally:
        for service in services:
            await service.aclose()
            with contextlib.suppress(Exception):
                await service.session.network.client.aclose()
        await devnet.stop()


# -- report ----------------------------------------------------------------------------------------------------


def run(listings: int = LISTINGS, queries: int = QUERIES, orders: int = ORDERS) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="etalonium-bench-market-") as tmp, temporary_profile() as profile:
        result = bench_search(profile, Path(tmp), listings, queries)
        result.update(asyncio.run(bench_orders(Path(tmp), orders)))
    return result


def table(r: dict[str, Any]) -> str:
    def meets(key: str) -> str:
        return verdict(r[key], TARGETS[key])

    lines = [
        f"Market benchmark ({r['listings']:,} listings in the encrypted profile, {r['database_mb']} MB; "
        f"{r['queries']} searches, mean {r['mean_hits']:,} matches)",
        f"{'figure':<40}{'market':>12}{'baseline':>12}{'target':>10}  verdict",
        f"{'search with filters, p95 (ms)':<40}{r['search_p95_ms']:>12.2f}{'':>12}{'<= 100':>10}  "
        f"{meets('search_p95_ms')}",
        f"{'  p50 (ms)':<40}{r['search_p50_ms']:>12.2f}",
        f"{'text searches p95 vs plain FTS5 p95 (ms)':<40}{r['search_text_p95_ms']:>12.2f}{r['fts_p95_ms']:>12.2f}",
        f"{'  ratio (market / plain SQLite FTS)':<40}{r['search_vs_fts']:>12.2f}{'1.00':>12}{'<= 10':>10}  "
        f"{meets('search_vs_fts')}",
        f"{'index build (s)':<40}{r['index_build_s']:>12.1f}",
        f"{'buy to verified escrow, median (s)':<40}{r['buy_to_escrow_s']:>12.2f}{'':>12}{'<= 5':>10}  "
        f"{meets('buy_to_escrow_s')}",
        f"{'  slowest of ' + str(r['orders']) + ' (s)':<40}{r['buy_to_escrow_max_s']:>12.2f}",
        f"{'  whole order to rating, median (s)':<40}{r['lifecycle_s']:>12.2f}",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argument_parser(__doc__)
    parser.add_argument("--listings", type=int, default=LISTINGS)
    parser.add_argument("--queries", type=int, default=QUERIES)
    parser.add_argument("--orders", type=int, default=ORDERS)
    args = parser.parse_args(argv)
    result = run(args.listings, args.queries, args.orders)
    report(table(result), result, as_json=args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
