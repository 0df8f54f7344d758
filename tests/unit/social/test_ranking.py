"""Feed ranking: the five feeds' orders, promoted posts capped per page and labelled, hidden posts gone, and a
reason for every item."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from etalonium_desktop.social.ranking import (
    HOT_DECAY_S,
    PAGE_SIZE,
    Feed,
    PostFacts,
    PostTable,
    Viewer,
    explain,
    interests_from,
    promotion_slots,
    rank,
)

ME = b"\x01" * 20
MAYA = b"\x02" * 20
LEO = b"\x03" * 20
NOW_MS = 1_700_000_000_000
HOUR_MS = 3_600_000


def post(n: int, author: bytes = MAYA, *, hours_ago: float = 0, score: int = 0, **kw: object) -> PostFacts:
    return PostFacts(
        post_id=bytes([n]) * 32,
        author=author,
        created_ms=int(NOW_MS - hours_ago * HOUR_MS),
        created_height=10_000 - int(hours_ago * 100),
        score=score,
        up=max(score, 0),
        **kw,  # type: ignore[arg-type]
    )


def table_of(*posts: PostFacts) -> PostTable:
    table = PostTable()
    table.upsert_many(posts)
    return table


def ids(table: PostTable, rows: np.ndarray) -> list[int]:
    return [table.facts(int(r)).post_id[0] for r in rows]


def test_new_is_newest_first_and_following_only_shows_followed_authors_and_me() -> None:
    table = table_of(post(1, hours_ago=3), post(2, LEO, hours_ago=1), post(3, ME, hours_ago=2), post(4, hours_ago=0))
    viewer = Viewer(me=ME, follows=frozenset({MAYA}), now_ms=NOW_MS)
    assert ids(table, rank(table, Feed.NEW, viewer).rows) == [4, 2, 3, 1]
    assert ids(table, rank(table, Feed.FOLLOWING, viewer).rows) == [4, 3, 1]


def test_hot_weighs_ten_times_the_votes_like_three_hours_of_age() -> None:
    older_but_liked = post(1, hours_ago=2.9, score=100)
    newer = post(2, hours_ago=0, score=10)
    table = table_of(older_but_liked, newer)
    viewer = Viewer(now_ms=NOW_MS)
    assert HOT_DECAY_S == 3 * 3600
    # 100 votes 2.9 hours ago beat 10 votes now (one decade of score is worth three hours)...
    assert ids(table, rank(table, Feed.HOT, viewer).rows) == [1, 2]
    # ...but not 3.1 hours ago.
    table.upsert(post(1, hours_ago=3.1, score=100))
    assert ids(table, rank(table, Feed.HOT, viewer).rows) == [2, 1]
    # Trending's slower clock still prefers the liked post.
    assert ids(table, rank(table, Feed.TRENDING, viewer).rows) == [1, 2]


def test_down_votes_push_a_post_below_fresh_unvoted_ones() -> None:
    table = table_of(post(1, hours_ago=0, score=-1000), post(2, hours_ago=5, score=0))
    assert ids(table, rank(table, Feed.HOT, Viewer(now_ms=NOW_MS)).rows) == [2, 1]


def test_for_you_adds_follows_interests_and_author_reputation() -> None:
    table = table_of(
        post(1, LEO, hours_ago=0, tags=("denim",)),
        post(2, MAYA, hours_ago=1, tags=("linen",)),
        post(3, LEO, hours_ago=1, tags=("linen",)),
    )
    plain = Viewer(me=ME, now_ms=NOW_MS)
    assert ids(table, rank(table, Feed.FOR_YOU, plain).rows) == [1, 2, 3]
    keen = Viewer(me=ME, now_ms=NOW_MS, interests=interests_from([("linen",)]))
    assert ids(table, rank(table, Feed.FOR_YOU, keen).rows)[0] in (2, 3)
    fan = Viewer(me=ME, now_ms=NOW_MS, interests=interests_from([("linen",)]), follows=frozenset({MAYA}))
    assert ids(table, rank(table, Feed.FOR_YOU, fan).rows) == [2, 3, 1]
    why = explain(table, table.row(bytes([2]) * 32) or 0, Feed.FOR_YOU, fan)
    assert any("You follow" in r for r in why.reasons)
    assert any("#linen" in r for r in why.reasons)


def test_hidden_and_reported_posts_are_never_shown() -> None:
    table = table_of(post(1), post(2, hours_ago=1))
    viewer = Viewer(now_ms=NOW_MS, hidden=frozenset({bytes([1]) * 32}))
    for feed in Feed:
        assert 1 not in ids(table, rank(table, feed, viewer).rows)


def test_promoted_posts_are_capped_per_page_labelled_and_shown_once() -> None:
    organic = [post(n, hours_ago=n) for n in range(1, 60)]
    promoted = [post(100 + n, LEO, hours_ago=200, promoted_paid=(n + 1) * 10**17) for n in range(8)]
    table = table_of(*organic, *promoted)
    result = rank(table, Feed.HOT, Viewer(now_ms=NOW_MS, promotion_cap=2))
    assert len(result) == len(organic) + len(promoted)
    assert sorted(ids(table, result.rows)) == sorted(p.post_id[0] for p in organic + promoted)
    for page in range(0, len(result), PAGE_SIZE):
        flags = result.promoted[page : page + PAGE_SIZE]
        assert flags.sum() <= 2
    # Most paid first, in the page's promotion slots.
    first_page = ids(table, result.rows[:PAGE_SIZE])
    assert [first_page[i] for i in promotion_slots(2)] == [107, 106]
    assert result.promoted[promotion_slots(2)].all()
    why = explain(table, int(result.rows[2]), Feed.HOT, Viewer(now_ms=NOW_MS), promoted=True)
    assert why.headline == "Promoted"
    assert "reward pool" in why.reasons[0]
    # The Following feed never carries promotions.
    assert not rank(table, Feed.FOLLOWING, Viewer(follows=frozenset({LEO}))).promoted.any()


def test_with_no_promotion_cap_nothing_is_promoted() -> None:
    table = table_of(post(1), post(2, promoted_paid=10**18))
    result = rank(table, Feed.NEW, Viewer(promotion_cap=0))
    assert not result.promoted.any()
    assert ids(table, result.rows) == [1, 2]


def test_every_item_says_why_it_is_shown() -> None:
    table = table_of(post(1, MAYA, hours_ago=2, score=42, tags=("ss26",)))
    viewer = Viewer(me=ME, follows=frozenset({MAYA}), names={MAYA: "Maya Laurent"}, now_ms=NOW_MS)
    for feed in Feed:
        why = explain(table, 0, feed, viewer)
        assert why.headline
        assert why.formula
        assert any("Maya Laurent" in r for r in why.reasons)
    hot = explain(table, 0, Feed.HOT, viewer)
    assert "42" in " ".join(hot.reasons)
    assert "2 hours ago" in " ".join(hot.reasons)


def test_updating_a_posts_votes_reorders_without_rebuilding() -> None:
    table = table_of(post(1, hours_ago=1), post(2, hours_ago=1))
    viewer = Viewer(now_ms=NOW_MS)
    table.columns()
    table.upsert(post(2, hours_ago=1, score=50))
    assert ids(table, rank(table, Feed.HOT, viewer).rows) == [2, 1]


@settings(max_examples=150)
@given(
    st.lists(
        st.tuples(st.integers(0, 500), st.integers(-50, 500), st.booleans(), st.integers(0, 3)),
        min_size=1,
        max_size=120,
    ),
    st.integers(0, 6),
    st.sampled_from(list(Feed)),
)
def test_any_feed_shows_each_visible_post_once_within_the_cap(
    specs: list[tuple[int, int, bool, int]], cap: int, feed: Feed
) -> None:
    authors = [MAYA, LEO, ME, b"\x09" * 20]
    posts = [
        PostFacts(
            post_id=i.to_bytes(32, "big"),
            author=authors[a],
            created_ms=NOW_MS - age * 60_000,
            created_height=10_000 - age,
            score=score,
            promoted_paid=10**17 * (i + 1) if promoted else 0,
        )
        for i, (age, score, promoted, a) in enumerate(specs)
    ]
    table = table_of(*posts)
    viewer = Viewer(me=ME, follows=frozenset({MAYA}), promotion_cap=cap, now_ms=NOW_MS)
    result = rank(table, feed, viewer)
    shown = result.rows.tolist()
    assert len(shown) == len(set(shown))
    organic = {i for i, p in enumerate(posts) if not p.promoted_paid}
    if feed is Feed.FOLLOWING:
        assert set(shown) == {i for i, p in enumerate(posts) if p.author in (MAYA, ME)}
    elif cap == 0:
        assert set(shown) == set(range(len(posts)))
    else:
        # Every unpromoted post once; promoted ones only in their slots, at least one if there is any.
        assert organic <= set(shown)
        assert set(shown) - organic == {int(r) for r in result.rows[result.promoted]}
        assert len(organic) == len(posts) or result.promoted.any()
    for page in range(0, len(result), PAGE_SIZE):
        assert result.promoted[page : page + PAGE_SIZE].sum() <= cap
    assert all(table.facts(int(r)).promoted_paid > 0 for r in result.rows[result.promoted])
