"""Benchmarks of the social network: ranking a 100,000-post feed against merely sorting 100,000 precomputed scores
in the same run, the epoch's trust propagation for 10,000 actors and 200,000 endorsements, and painting a
10,000-post feed while it scrolls."""

from __future__ import annotations

import os
import platform
import random
import sys
import time
from collections.abc import Callable, Mapping, Sequence

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

from benchmarks._harness import (
    Figures,
    Section,
    argument_parser,
    progress,
    report,
    run_sections,
    sections_table,
    units_by_suffix,
)
from etalonium_desktop.social.ranking import Feed, PostFacts, PostTable, Viewer, interests_from, rank
from fullnode.state._reputation import propagate, trust_graph
from fullnode.state._social_index import SocialIndex
from lightnode.protocol import state as S

SEED = 20261126
POSTS = 100_000
AUTHORS = 5_000
TAGS = 400
ACTORS = 10_000
ENDORSEMENTS = 200_000
SKILLS = 40
SEEDS = 100
REPEATS = 7


def best_of(repeats: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def sort_baseline(earlier: Mapping[str, float]) -> Figures:
    """Sorting 100,000 precomputed float scores (numpy's argsort, the primitive ranking itself ends with)."""
    progress("sorting baseline…")
    scores = np.random.default_rng(SEED).random(POSTS)
    as_list = scores.tolist()
    return {
        "sort_100k_ms": 1000 * best_of(REPEATS, lambda: np.argsort(-scores, kind="stable")),
        "python_sorted_100k_ms": 1000 * best_of(REPEATS, lambda: sorted(as_list, reverse=True)),
    }


def _table() -> tuple[PostTable, Viewer, float]:
    rng = random.Random(SEED)
    authors = [rng.randbytes(20) for _ in range(AUTHORS)]
    tags = [f"tag{i}" for i in range(TAGS)]
    now_ms = 1_800_000_000_000
    start = time.perf_counter()
    table = PostTable()
    table.upsert_many(
        PostFacts(
            post_id=i.to_bytes(32, "big"),
            author=authors[int(rng.paretovariate(1.2)) % AUTHORS],
            created_ms=now_ms - rng.randrange(30 * 86_400_000),
            created_height=rng.randrange(2_600_000),
            up=rng.randrange(60),
            down=rng.randrange(6),
            score=rng.randrange(-30, 900),
            comments=rng.randrange(20),
            reports=rng.randrange(5) if rng.random() < 0.02 else 0,
            tags=tuple(rng.sample(tags, 3)),
            promoted_paid=10**18 if rng.random() < 0.001 else 0,
        )
        for i in range(POSTS)
    )
    table.columns()
    build = time.perf_counter() - start
    viewer = Viewer(
        me=authors[0],
        follows=frozenset(authors[:200]),
        author_reputation={a: rng.randrange(2_000) for a in authors},
        interests=interests_from([rng.sample(tags, 3) for _ in range(50)]),
        now_ms=now_ms,
        promotion_cap=2,
    )
    return table, viewer, build


def ranking(earlier: Mapping[str, float]) -> Figures:
    """Ranking 100,000 verified posts for one viewer (For you: every term; Hot; New), promotions placed."""
    progress("ranking 100,000 posts…")
    table, viewer, build = _table()
    scores = np.random.default_rng(SEED).random(POSTS)
    # Interleaved with the baseline, so that a busy machine slows both alike.
    for_you, sort = float("inf"), float("inf")
    for _ in range(REPEATS):
        sort = min(sort, best_of(1, lambda: np.argsort(-scores, kind="stable")))
        for_you = min(for_you, best_of(1, lambda: rank(table, Feed.FOR_YOU, viewer)))
    hot = best_of(REPEATS, lambda: rank(table, Feed.HOT, viewer))
    new = best_of(REPEATS, lambda: rank(table, Feed.NEW, viewer))
    return {
        "rank_100k_ms": 1000 * for_you,
        "rank_hot_100k_ms": 1000 * hot,
        "rank_new_100k_ms": 1000 * new,
        "rank_vs_sort": for_you / sort,
        "sort_interleaved_100k_ms": 1000 * sort,
        "table_build_100k_s": build,
    }


def reputation(earlier: Mapping[str, float]) -> Figures:
    """The end of an epoch's trust propagation over 10,000 actors and 200,000 endorsements (the index's graph
    to arrays, then rounds to the fixed point), as every validator computes it."""
    progress("building an endorsement graph of 10,000 actors and 200,000 endorsements…")
    rng = random.Random(SEED)
    actors = [rng.randbytes(20) for _ in range(ACTORS)]
    skills = [rng.randbytes(32) for _ in range(SKILLS)]
    index = SocialIndex()
    index.seeds.update(actors[:SEEDS])
    # Most actors earned something outside endorsements (work, votes), so trust starts from everywhere.
    for actor in actors:
        work = 5 * rng.randrange(40) if rng.random() < 0.6 else 0
        index.reputations[actor] = S.Reputation(work, 0, 0, work, 0)
    made = 0
    while made < ENDORSEMENTS:
        skill = skills[min(int(rng.expovariate(0.15)), SKILLS - 1)]
        endorser, target = rng.choice(actors), actors[int(rng.paretovariate(1.1)) % ACTORS]
        if endorser == target or (target, skill, endorser) in index.edges:
            continue
        index._set_edge(target, skill, endorser, 2 if rng.random() < 0.1 else 1)
        made += 1
    progress("propagating trust…")
    rounds: list[int] = []

    def epoch() -> None:
        graph = trust_graph(index, 10)
        result = propagate(graph, 5000)
        rounds.append(int((result.points > 0).sum()))

    elapsed = best_of(3, epoch)
    return {
        "reputation_10k_s": elapsed,
        "reputation_nodes": float(len(index.node_keys)),
        "reputation_trusted_nodes": float(rounds[-1]),
        "reputation_edges_per_s": ENDORSEMENTS / elapsed,
    }


def scrolling(earlier: Mapping[str, float]) -> Figures:
    """Repainting a 10,000-post feed at 60 scroll positions (offscreen Qt, thumbnails from memory)."""
    progress("scrolling a 10,000-post feed…")
    from PySide6.QtWidgets import QApplication

    from etalonium_desktop.social.feed_page import FeedPage
    from tests.unit.social.test_feed_view import FakeThumbnails, Quiet, filled_service

    app = QApplication.instance() or QApplication([])
    service = filled_service(10_000)
    service._thumbnails = FakeThumbnails()
    page = FeedPage(Quiet(), service=service)
    page.resize(1100, 800)
    page.show()
    app.processEvents()
    page.show_feed(Feed.NEW)
    bar = page.view.verticalScrollBar()
    frames = []
    for step in range(60):
        bar.setValue(step * bar.maximum() // 59)
        start = time.perf_counter()
        page.view.viewport().repaint()
        frames.append(time.perf_counter() - start)
    frames.sort()
    page.close()
    return {
        "scroll_frame_p50_ms": 1000 * frames[len(frames) // 2],
        "scroll_frame_p90_ms": 1000 * frames[int(len(frames) * 0.9)],
        "scroll_thumbnails_asked": float(len(page.loader.requested)),
    }


SECTIONS: tuple[Section, ...] = (sort_baseline, ranking, reputation, scrolling)
unit = units_by_suffix({"_per_s": "/s", "_ms": "ms", "_s": "s", "rank_vs_sort": "× sorting"})


def main(argv: Sequence[str] | None = None) -> int:
    args = argument_parser(__doc__).parse_args(argv)
    run = run_sections(SECTIONS)
    results = run.figures
    print(f"Etalonium social benchmarks — Python {platform.python_version()} on {platform.machine()}")
    targets = (
        f"targets: rank ≤ 200 ms ({results['rank_100k_ms']:.1f}), ≤ 5× sorting ({results['rank_vs_sort']:.2f}×), "
        f"reputation ≤ 1 s ({results['reputation_10k_s']:.2f} s)"
    )
    text = f"{sections_table(run.sections, unit)}\n\n{targets}\ntotal {run.total_s:.1f} s"
    report(text, {**results, "total_s": run.total_s}, as_json=args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
