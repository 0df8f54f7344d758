"""Feed ranking, computed on this machine from verified posts: Following, Hot, Trending, New and For you, the
promoted posts placed within the DAO's cap per page, and why each item is shown.

The formulas are written down in docs/SOCIAL.md. Ranking works on columns (numpy arrays) so that a feed of
100,000 posts ranks in a few tens of milliseconds; explanations are built only for the items on screen.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QCoreApplication, QObject

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]

#: The reference time of the age terms (as Hive's hot and trending use one): 2020-09-13 12:26:40 UTC.
EPOCH_S = 1_600_000_000
#: Hot: every HOT_DECAY_S of age weighs as much as ten times the score (3 hours).
HOT_DECAY_S = 10_800.0
#: Trending: the same on a slower clock (2 days), so lasting appreciation outranks a burst.
TRENDING_DECAY_S = 172_800.0
#: For you: weights of the personal terms added to the hot score.
AUTHOR_WEIGHT = 0.5
FOLLOW_BONUS = 1.0
INTEREST_WEIGHT = 1.0
#: Posts with at least this many distinct reports rank lower in For you, by REPORT_PENALTY.
REPORTS_PENALISED = 3
REPORT_PENALTY = 2.0
#: Items per page; promoted posts are placed at most `promotion_cap` times per page.
PAGE_SIZE = 20
ONE_EXC = 10**18


class Feed(StrEnum):
    FOLLOWING = "following"
    HOT = "hot"
    TRENDING = "trending"
    NEW = "new"
    FOR_YOU = "for_you"

    @property
    def label(self) -> str:
        return {"following": "Following", "hot": "Hot", "trending": "Trending", "new": "New", "for_you": "For you"}[
            self.value
        ]


@dataclass(frozen=True, slots=True)
class PostFacts:
    """What ranking needs to know of one post, all of it from its proven PostRecord (and PromotionRecord)."""

    post_id: bytes
    author: bytes
    created_ms: int
    created_height: int
    up: int = 0
    down: int = 0
    #: The sum of the standing votes' reputation weights (PostRecord.score).
    score: int = 0
    comments: int = 0
    reposts: int = 0
    reports: int = 0
    tags: tuple[str, ...] = ()
    kind: int = 3
    #: What was paid to promote it, when its promotion runs at the verified height (else 0).
    promoted_paid: int = 0


@dataclass(frozen=True, slots=True)
class Viewer:
    """Who is looking: what the personal feeds and the explanations use."""

    me: bytes = b""
    follows: frozenset[bytes] = frozenset()
    hidden: frozenset[bytes] = frozenset()
    #: Authors' proven reputation scores (raw points).
    author_reputation: Mapping[bytes, int] = field(default_factory=dict)
    #: Interest per tag in [0, 1], from the viewer's own up-votes, saves and posts.
    interests: Mapping[str, float] = field(default_factory=dict)
    names: Mapping[bytes, str] = field(default_factory=dict)
    now_ms: int = 0
    promotion_cap: int = 2


@dataclass
class _Columns:
    created_s: FloatArray
    created_height: IntArray
    score: FloatArray
    up: IntArray
    down: IntArray
    reports: IntArray
    author: IntArray
    promoted_paid: FloatArray
    tag_post: IntArray
    tag_id: IntArray


class PostTable:
    """Every known post as rows (a post keeps its row), with the columns ranking reads."""

    def __init__(self) -> None:
        self._facts: list[PostFacts] = []
        self._row_of: dict[bytes, int] = {}
        self._authors: dict[bytes, int] = {}
        self._author_ids: list[bytes] = []
        self._tags: dict[str, int] = {}
        self._tag_names: list[str] = []
        self._columns: _Columns | None = None

    def __len__(self) -> int:
        return len(self._facts)

    def __contains__(self, post_id: bytes) -> bool:
        return post_id in self._row_of

    def row(self, post_id: bytes) -> int | None:
        return self._row_of.get(post_id)

    def facts(self, row: int) -> PostFacts:
        return self._facts[row]

    def get(self, post_id: bytes) -> PostFacts | None:
        row = self._row_of.get(post_id)
        return None if row is None else self._facts[row]

    def author_index(self, author: bytes) -> int:
        index = self._authors.get(author)
        if index is None:
            index = self._authors[author] = len(self._author_ids)
            self._author_ids.append(author)
        return index

    def tag_index(self, tag: str) -> int:
        key = tag.lower()
        index = self._tags.get(key)
        if index is None:
            index = self._tags[key] = len(self._tag_names)
            self._tag_names.append(key)
        return index

    def upsert_many(self, facts: Iterable[PostFacts]) -> None:
        for f in facts:
            self.upsert(f)

    def upsert(self, facts: PostFacts) -> int:
        """Add a post or replace what is known of it; returns its row."""
        row = self._row_of.get(facts.post_id)
        self.author_index(facts.author)
        for tag in facts.tags:
            self.tag_index(tag)
        if row is None:
            row = self._row_of[facts.post_id] = len(self._facts)
            self._facts.append(facts)
            self._columns = None
            return row
        old = self._facts[row]
        self._facts[row] = facts
        columns = self._columns
        if columns is not None:
            if old.tags != facts.tags or old.author != facts.author:
                self._columns = None
            else:
                columns.created_s[row] = facts.created_ms / 1000.0
                columns.created_height[row] = facts.created_height
                columns.score[row] = facts.score
                columns.up[row] = facts.up
                columns.down[row] = facts.down
                columns.reports[row] = facts.reports
                columns.promoted_paid[row] = facts.promoted_paid / ONE_EXC
        return row

    def columns(self) -> _Columns:
        if self._columns is None:
            facts = self._facts
            n = len(facts)
            tag_post: list[int] = []
            tag_id: list[int] = []
            for row, f in enumerate(facts):
                for tag in f.tags:
                    tag_post.append(row)
                    tag_id.append(self._tags[tag.lower()])
            self._columns = _Columns(
                created_s=np.fromiter((f.created_ms / 1000.0 for f in facts), np.float64, n),
                created_height=np.fromiter((f.created_height for f in facts), np.int64, n),
                score=np.fromiter((f.score for f in facts), np.float64, n),
                up=np.fromiter((f.up for f in facts), np.int64, n),
                down=np.fromiter((f.down for f in facts), np.int64, n),
                reports=np.fromiter((f.reports for f in facts), np.int64, n),
                author=np.fromiter((self._authors[f.author] for f in facts), np.int64, n),
                promoted_paid=np.fromiter((f.promoted_paid / ONE_EXC for f in facts), np.float64, n),
                tag_post=np.array(tag_post, dtype=np.int64),
                tag_id=np.array(tag_id, dtype=np.int64),
            )
        return self._columns

    @property
    def authors(self) -> list[bytes]:
        return self._author_ids

    @property
    def tags(self) -> list[str]:
        return self._tag_names


@dataclass(frozen=True, slots=True)
class FeedList:
    """A ranked feed: table rows in display order, and which of them are promoted placements."""

    feed: Feed
    rows: IntArray
    promoted: BoolArray

    def __len__(self) -> int:
        return len(self.rows)


def log_score(score: FloatArray) -> FloatArray:
    """sign(s) · log10(max(|s|, 1)): ten times the votes weigh one step more."""
    result: FloatArray = np.sign(score) * np.log10(np.maximum(np.abs(score), 1.0))
    return result


def _author_reputation(table: PostTable, viewer: Viewer) -> FloatArray:
    reputation = np.fromiter(
        (max(0, viewer.author_reputation.get(a, 0)) for a in table.authors), np.float64, len(table.authors)
    )
    return reputation


def interest_of_posts(table: PostTable, viewer: Viewer) -> FloatArray:
    """Per post, the sum of the viewer's interest in its tags (capped at 1.5)."""
    columns = table.columns()
    weights = np.zeros(len(table.tags), dtype=np.float64)
    for tag, weight in viewer.interests.items():
        index = table._tags.get(tag.lower())
        if index is not None:
            weights[index] = weight
    if len(columns.tag_post) == 0:
        return np.zeros(len(table), dtype=np.float64)
    total = np.bincount(columns.tag_post, weights=weights[columns.tag_id], minlength=len(table))
    capped: FloatArray = np.minimum(total.astype(np.float64), 1.5)
    return capped


def scores(table: PostTable, feed: Feed, viewer: Viewer) -> FloatArray:
    """Every post's score in `feed` (higher first); New and Following rank by height."""
    c = table.columns()
    if feed in (Feed.NEW, Feed.FOLLOWING):
        heights: FloatArray = c.created_height.astype(np.float64)
        return heights
    decay = TRENDING_DECAY_S if feed is Feed.TRENDING else HOT_DECAY_S
    base = log_score(c.score) + (c.created_s - EPOCH_S) / decay
    if feed is not Feed.FOR_YOU:
        return base
    reputation = _author_reputation(table, viewer)[c.author]
    followed = np.zeros(len(table.authors), dtype=np.float64)
    for author in viewer.follows:
        index = table._authors.get(author)
        if index is not None:
            followed[index] = FOLLOW_BONUS
    result: FloatArray = (
        base
        + AUTHOR_WEIGHT * np.log10(1.0 + reputation)
        + followed[c.author]
        + INTEREST_WEIGHT * interest_of_posts(table, viewer)
        - REPORT_PENALTY * (c.reports >= REPORTS_PENALISED)
    )
    return result


def _visible(table: PostTable, feed: Feed, viewer: Viewer) -> BoolArray:
    c = table.columns()
    mask: BoolArray = np.ones(len(table), dtype=np.bool_)
    for post_id in viewer.hidden:
        row = table.row(post_id)
        if row is not None:
            mask[row] = False
    if feed is Feed.FOLLOWING:
        allowed = np.zeros(len(table.authors), dtype=np.bool_)
        for author in (*viewer.follows, viewer.me):
            index = table._authors.get(author)
            if index is not None:
                allowed[index] = True
        mask &= allowed[c.author]
    return mask


def promotion_slots(cap: int, page_size: int = PAGE_SIZE) -> list[int]:
    """Where promoted posts go within a page: spread out, never first (cap of them at most)."""
    if cap <= 0:
        return []
    cap = min(cap, page_size)
    step = page_size // cap
    return [min(page_size - 1, 2 + k * step) if step > 2 else k * step for k in range(cap)]


def rank(table: PostTable, feed: Feed, viewer: Viewer) -> FeedList:
    """The feed in display order. Promoted posts (all feeds but Following) take at most `promotion_cap`
    slots per page, most paid first, each once; a promoted post never also appears unlabelled, and one
    that finds no slot (more promotions than pages) is not shown in this feed."""
    n = len(table)
    if n == 0:
        return FeedList(feed, np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.bool_))
    c = table.columns()
    visible = _visible(table, feed, viewer)
    key = scores(table, feed, viewer)
    promote = feed is not Feed.FOLLOWING and viewer.promotion_cap > 0
    promoted_mask = visible & (c.promoted_paid > 0) if promote else np.zeros(n, dtype=np.bool_)
    organic_rows = np.flatnonzero(visible & ~promoted_mask)
    # Highest score first; equal scores by newer height, then by row (so ties are reproducible).
    order = np.lexsort((organic_rows, -c.created_height[organic_rows], -key[organic_rows]))
    organic = organic_rows[order]
    if not promoted_mask.any():
        return FeedList(feed, organic, np.zeros(len(organic), dtype=np.bool_))
    promoted_rows = np.flatnonzero(promoted_mask)
    promoted_rows = promoted_rows[np.lexsort((promoted_rows, -c.promoted_paid[promoted_rows]))]
    slots = promotion_slots(viewer.promotion_cap)
    positions: list[int] = []
    chosen: list[int] = []
    for i, row in enumerate(promoted_rows.tolist()):
        page, slot = divmod(i, len(slots))
        # Short of organic posts, a placement moves up to the end, but never into an earlier page.
        at = min(page * PAGE_SIZE + slots[slot] - i, len(organic))
        if (at + i) // PAGE_SIZE != page:
            break
        positions.append(at)
        chosen.append(row)
    rows = np.insert(organic, positions, chosen)
    flags = np.insert(np.zeros(len(organic), dtype=np.bool_), positions, True)
    return FeedList(feed, rows.astype(np.int64), flags)


# -- why am I seeing this ----------------------------------------------------------------------------------


class _FeedCounts(QObject):
    """How long ago and how many reported, in the interface language. A QObject only for its tr():
    pyside6-lupdate gives plural forms to self.tr() messages alone. An age of one has its own message so that
    the English reads right even where no catalogue is installed; both carry every language's plural forms."""

    def text(self, seconds: int) -> str:
        if seconds >= 86_400:
            n = seconds // 86_400
            return self.tr("%n day ago", "", n) if n == 1 else self.tr("%n days ago", "", n)
        if seconds >= 3_600:
            n = seconds // 3_600
            return self.tr("%n hour ago", "", n) if n == 1 else self.tr("%n hours ago", "", n)
        if seconds >= 60:
            n = seconds // 60
            return self.tr("%n minute ago", "", n) if n == 1 else self.tr("%n minutes ago", "", n)
        return self.tr("just now")

    def reported(self, n: int) -> str:
        return self.tr("Ranked lower: %n people reported it.", "", n)


def age_text(ms: int) -> str:
    return _FeedCounts().text(max(0, ms // 1000))


def exc_text(amount: int) -> str:
    return f"{amount / ONE_EXC:,.4f}".rstrip("0").rstrip(".") + " ExC"


@dataclass(frozen=True, slots=True)
class Why:
    """Why a post is in a feed: a headline, the reasons, and the formula with its terms."""

    headline: str
    reasons: tuple[str, ...]
    formula: str


def explain(table: PostTable, row: int, feed: Feed, viewer: Viewer, *, promoted: bool = False) -> Why:
    f = table.facts(row)
    name = viewer.names.get(f.author) or QCoreApplication.translate("Feed", "this author")
    age = age_text(viewer.now_ms - f.created_ms)
    votes = QCoreApplication.translate(
        "Feed", "{up} up and {down} down votes, weighing {score} by the voters' reputation"
    ).format(up=f.up, down=f.down, score=f"{f.score:+,}")
    reasons: list[str] = []
    if promoted:
        reasons.append(
            QCoreApplication.translate(
                "Feed",
                "Promoted: {amount} was paid to show it in more feeds; the payment went to the community's reward "
                "pool. At most {cap} promoted posts appear per page of {page}.",
            ).format(amount=exc_text(f.promoted_paid), cap=viewer.promotion_cap, page=PAGE_SIZE)
        )
    if f.author == viewer.me:
        reasons.append(QCoreApplication.translate("Feed", "It is your own post."))
    elif f.author in viewer.follows:
        reasons.append(QCoreApplication.translate("Feed", "You follow {name}.").format(name=name))
    log_s = math.copysign(math.log10(max(abs(f.score), 1)), f.score) if f.score else 0.0
    if feed in (Feed.NEW, Feed.FOLLOWING):
        headline = (
            QCoreApplication.translate("Feed", "Newest first")
            if feed is Feed.NEW
            else QCoreApplication.translate("Feed", "From people you follow, newest first")
        )
        reasons.append(
            QCoreApplication.translate("Feed", "Posted {age} (block {height}).").format(
                age=age, height=f"{f.created_height:,}"
            )
        )
        formula = "order = creation height, newest first"
    elif feed in (Feed.HOT, Feed.TRENDING):
        decay = TRENDING_DECAY_S if feed is Feed.TRENDING else HOT_DECAY_S
        hours = decay / 3600
        headline = (
            QCoreApplication.translate("Feed", "Hot right now")
            if feed is Feed.HOT
            else QCoreApplication.translate("Feed", "Trending over the last days")
        )
        reasons.append(QCoreApplication.translate("Feed", "{votes}; posted {age}.").format(votes=votes, age=age))
        age_term = (f.created_ms / 1000 - EPOCH_S) / decay
        formula = (
            f"{feed.label.lower()} = sign(score)·log10(|score|) + (time − 2020-09-13)/{hours:g} h "
            f"= {log_s:.2f} + {age_term:.2f}"
        )
    else:
        headline = QCoreApplication.translate("Feed", "Picked for you")
        reasons.append(QCoreApplication.translate("Feed", "{votes}; posted {age}.").format(votes=votes, age=age))
        reputation = max(0, viewer.author_reputation.get(f.author, 0))
        if reputation:
            reasons.append(
                QCoreApplication.translate("Feed", "{name} has a reputation of {points} points.").format(
                    name=f"{name[:1].upper()}{name[1:]}", points=f"{reputation:,}"
                )
            )
        liked = [t for t in f.tags if viewer.interests.get(t.lower(), 0) > 0]
        if liked:
            reasons.append(
                QCoreApplication.translate("Feed", "Matches your interests: {tags}.").format(
                    tags=", ".join(f"#{t}" for t in liked)
                )
            )
        if f.reports >= REPORTS_PENALISED:
            reasons.append(_FeedCounts().reported(f.reports))
        interest = min(1.5, sum(viewer.interests.get(t.lower(), 0.0) for t in f.tags))
        follow = FOLLOW_BONUS if f.author in viewer.follows else 0.0
        formula = (
            f"for you = hot ({log_s:.2f} + age) + {AUTHOR_WEIGHT:g}·log10(1 + reputation {reputation:,}) "
            f"+ follow {follow:g} + interests {interest:.2f}"
            + (f" − {REPORT_PENALTY:g} (reports)" if f.reports >= REPORTS_PENALISED else "")
        )
    if promoted:
        headline = QCoreApplication.translate("Feed", "Promoted")
    return Why(headline, tuple(reasons), formula)


def interests_from(tag_lists: Iterable[Iterable[str]]) -> dict[str, float]:
    """Interest per tag from the tags of posts the viewer liked, saved or wrote: log-scaled counts, the most
    frequent tag at 1."""
    counts: dict[str, int] = {}
    for tags in tag_lists:
        for tag in tags:
            counts[tag.lower()] = counts.get(tag.lower(), 0) + 1
    if not counts:
        return {}
    top = math.log1p(max(counts.values()))
    return {tag: math.log1p(n) / top for tag, n in counts.items()}
