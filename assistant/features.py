"""Leakage-free features of posts (as known when each was published) and of drafts, for the models."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from .colours import COLOUR_NAMES, colour_bins, palette_lightness_chroma, palette_style
from .data import Snapshot
from .records import DAY_MS, HOUR_MS, Draft, MediaType, PostKind, Role, normalize_tag
from .trends import BASELINE_DAYS, FORMAT_CODE, FORMAT_NAMES, RECENT_DAYS, colour_pairs

I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]

#: (name, is categorical, group). Groups are what explanations talk about ("timing", "tags"…).
FEATURES: tuple[tuple[str, bool, str], ...] = (
    ("role", True, "author"),
    ("kind", True, "format"),
    ("media", True, "format"),
    ("hour", True, "timing"),
    ("weekday", True, "timing"),
    ("region", True, "author"),
    ("caption_log", False, "caption"),
    ("n_tags", False, "tags"),
    ("tag_momentum_max", False, "tags"),
    ("tag_momentum_mean", False, "tags"),
    ("tag_momentum_min", False, "tags"),
    ("n_rising_tags", False, "tags"),
    ("tag_popularity", False, "tags"),
    ("tag_lift", False, "tags"),
    ("tag_recent_lift_max", False, "tags"),
    ("tag_recent_lift_min", False, "tags"),
    ("colour_momentum_max", False, "colours"),
    ("colour_momentum_min", False, "colours"),
    ("colour_recent_lift_max", False, "colours"),
    ("colour_recent_lift_min", False, "colours"),
    ("n_colours", False, "colours"),
    ("style", True, "colours"),
    ("lightness", False, "colours"),
    ("chroma", False, "colours"),
    ("format_momentum", False, "format"),
    ("author_mean", False, "author"),
    ("author_log_mean", False, "author"),
    ("author_count_log", False, "author"),
    ("author_recent_mean", False, "author"),
    ("author_reputation_mean", False, "author"),
    ("followers_log", False, "author"),
    ("reputation_log", False, "author"),
)
FEATURE_NAMES = tuple(name for name, _, _ in FEATURES)
CATEGORICAL = np.array([cat for _, cat, _ in FEATURES])
GROUPS: dict[str, tuple[int, ...]] = {}
for _i, (_name, _cat, _group) in enumerate(FEATURES):
    GROUPS[_group] = (*GROUPS.get(_group, ()), _i)
COL = {name: i for i, name in enumerate(FEATURE_NAMES)}
#: Regions beyond this many (in order of first appearance) share one "other" code.
MAX_REGIONS = 60
#: A tag counts as rising in a feature when its momentum is above log(1.3).
RISING_LOG_RATIO = float(np.log(1.3))
#: How long a post's engagement is counted: its votes within this many days of publication.
DEFAULT_HORIZON_DAYS = 3
#: Lifts are shrunk towards 0 as if each item also had this many posts that did exactly as usual.
LIFT_PSEUDO_POSTS = 20.0
#: The "recent" lift of a tag or colour looks at posts whose outcome became final in this many days.
RECENT_LIFT_DAYS = 28


@dataclass(frozen=True, slots=True)
class Labels:
    """What the models learn: net votes and reputation change of each post within the horizon."""

    engagement: F64
    reputation: F64
    #: True when the horizon has passed, so the label is final.
    matured: npt.NDArray[np.bool_]
    horizon_ms: int


def labels(snap: Snapshot, horizon_days: int = DEFAULT_HORIZON_DAYS, as_of_ms: int | None = None) -> Labels:
    as_of = snap.as_of_ms if as_of_ms is None else as_of_ms
    horizon = horizon_days * DAY_MS
    n = snap.n_posts
    post = snap.vote_post
    within = (snap.vote_time <= snap.post_time[post] + horizon) & (snap.vote_time <= as_of)
    engagement = np.asarray(np.bincount(post[within], snap.vote_delta[within], n), dtype=np.float64)
    reputation = np.asarray(np.bincount(post[within], snap.vote_weight_delta[within], n), dtype=np.float64)
    return Labels(engagement, reputation, snap.post_time + horizon <= as_of, horizon)


class EventSums:
    """Running sums of event values per group over time: "the total of group g up to time t" in O(log n).

    Events are sorted once by (group, rank of time) packed into one integer key; a query is two binary
    searches into that key and a difference of cumulative sums, so many query sets share one sort.
    """

    __slots__ = ("_cum", "_keys", "_span", "_times")

    def __init__(self, group: I64, time: I64, values: F64) -> None:
        values = values.reshape(-1, 1) if values.ndim == 1 else values
        # Ranks of distinct event times (from 1) keep keys small however long the chain's history is. Sort, then
        # search: np.unique holds the GIL for 40–250 ms on millions of votes (numpy 2.4 hashes without
        # `return_inverse`), which stalls the GUI thread while training runs in a worker thread.
        ordered = np.sort(time)
        self._times = ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))] if len(ordered) else ordered
        rank = np.searchsorted(self._times, time)
        self._span = len(self._times) + 1
        key = group.astype(np.int64) * self._span + rank.reshape(-1) + 1
        order = np.argsort(key, kind="stable")
        self._keys = key[order]
        self._cum = np.zeros((len(key) + 1, values.shape[1]))
        np.cumsum(values[order], axis=0, out=self._cum[1:])

    def __call__(self, group: I64, time: I64) -> F64:
        """Per query, the sums over events of its group with time ≤ its time."""
        # The number of distinct event times ≤ t is t's rank among them, so events at t itself count.
        offset = np.searchsorted(self._times, time, side="right")
        base = group.astype(np.int64) * self._span
        end = np.searchsorted(self._keys, base + offset, side="right")
        start = np.searchsorted(self._keys, base, side="left")
        return np.asarray(self._cum[end] - self._cum[start], dtype=np.float64)


def prior_sums(ev_group: I64, ev_time: I64, ev_values: F64, q_group: I64, q_time: I64) -> F64:
    """For each query, the sums of `ev_values` rows over events of its group with time ≤ its time."""
    return EventSums(ev_group, ev_time, ev_values)(q_group, q_time)


@dataclass(frozen=True, slots=True)
class MomentumTable:
    """Log rate ratios (recent window over baseline window) of items per day, as known at each day's start."""

    #: Shape (n_items, n_days + 1): column d uses posts of days before d (day 0 = `first_day`).
    momentum: F64
    #: Log of the item's rate per post over both windows (how common it is).
    popularity: F64
    first_day: int

    def at(self, items: I64, day: I64) -> tuple[F64, F64]:
        d = np.clip(day - self.first_day, 0, self.momentum.shape[1] - 1)
        return self.momentum[items, d], self.popularity[items, d]

    def latest(self) -> tuple[F64, F64]:
        return self.momentum[:, -1], self.popularity[:, -1]


def momentum_table(
    post: I64, item: I64, n_items: int, post_day: I64, eligible_day_counts: F64, first_day: int,
    recent_days: int, baseline_days: int,
) -> MomentumTable:  # fmt: skip
    """Per item and day, the log ratio of its rate in the recent window to the baseline window.

    One extra last row is an item never seen: what a draft's brand-new tag is worth, computed the same way.
    """
    n_days = len(eligible_day_counts)
    n_items += 1
    counts = np.zeros((n_items, n_days))
    np.add.at(counts, (item, post_day[post] - first_day), 1.0)
    # cum[:, d] = count over days before d.
    cum = np.zeros((n_items, n_days + 1))
    np.cumsum(counts, axis=1, out=cum[:, 1:])
    total = np.zeros(n_days + 1)
    np.cumsum(eligible_day_counts, out=total[1:])
    d = np.arange(n_days + 1)
    r0 = np.clip(d - recent_days, 0, n_days)
    b0 = np.clip(d - recent_days - baseline_days, 0, n_days)
    k_recent, k_base = cum[:, d] - cum[:, r0], cum[:, r0] - cum[:, b0]
    n_recent, n_base = total[d] - total[r0], total[r0] - total[b0]
    # Pseudo-counts shrink the ratios of rare items (and of the first days, with little history) towards 0.
    momentum = np.log((k_recent + 1.0) / (n_recent + 10.0)) - np.log((k_base + 1.0) / (n_base + 10.0))
    popularity = np.log((k_recent + k_base + 1.0) / (n_recent + n_base + 10.0))
    return MomentumTable(momentum, popularity, first_day)


@dataclass(frozen=True, slots=True)
class AuthorStats:
    """Per actor, what is known about them at the end of the data (used for drafts)."""

    mean: F64
    log_mean: F64
    count_log: F64
    recent_mean: F64
    reputation_mean: F64
    followers: F64
    reputation: F64


@dataclass(frozen=True, slots=True)
class FeatureContext:
    """Everything needed to compute features of new drafts the same way as of the training data's end."""

    as_of_ms: int
    horizon_ms: int
    tag_names: tuple[str, ...]
    tag_momentum: F64
    tag_popularity: F64
    #: Momentum and popularity of a tag nobody has used yet.
    unseen_tag_momentum: float
    unseen_tag_popularity: float
    tag_lift: F64
    tag_recent_lift: F64
    colour_recent_lift: F64
    colour_momentum: F64
    format_momentum: F64
    region_code: dict[str, int]
    authors: AuthorStats
    actor_index: dict[bytes, int]
    _tag_index: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    def tag_index(self) -> dict[str, int]:
        """Tag name → code (built on first use, then kept: the context never changes)."""
        if not self._tag_index:
            self._tag_index.update({t: i for i, t in enumerate(self.tag_names)})
        return self._tag_index


@dataclass(frozen=True, slots=True)
class PostFeatures:
    matrix: F64
    labels: Labels
    context: FeatureContext
    #: Running reputation per actor (for trajectories), built once since it sorts every vote.
    reputation: EventSums


def _author_history(snap: Snapshot, lab: Labels, query_author: I64, query_time: I64, recent_days: int = 28) -> F64:
    """Per query: count, sum, sum of log1p of engagement, sum of reputation effects, then the count and sum
    over the last `recent_days`, of the author's posts whose outcome was final by the query time."""
    matured_at = snap.post_time + lab.horizon_ms
    eng = lab.engagement
    values = np.stack([np.ones_like(eng), eng, np.log1p(np.maximum(eng, 0.0)), lab.reputation], axis=1)
    sums = EventSums(snap.post_author, matured_at, values)
    upto = sums(query_author, query_time)
    before = sums(query_author, query_time - recent_days * DAY_MS)[:, :2]
    return np.concatenate([upto, upto[:, :2] - before], axis=1)


def _fill_author(matrix: F64, rows: F64) -> None:
    count, total, log_total, reputation_total, recent_count, recent_total = rows.T
    with np.errstate(invalid="ignore", divide="ignore"):
        matrix[:, COL["author_mean"]] = np.where(count > 0, total / count, np.nan)
        # What a post of theirs moved their reputation by: it reflects how reputable their voters are.
        matrix[:, COL["author_reputation_mean"]] = np.where(count > 0, reputation_total / count, np.nan)
        matrix[:, COL["author_log_mean"]] = np.where(count > 0, log_total / count, np.nan)
        matrix[:, COL["author_recent_mean"]] = np.where(recent_count > 0, recent_total / recent_count, np.nan)
    matrix[:, COL["author_count_log"]] = np.log1p(count)


def _signed_log(x: F64) -> F64:
    return np.asarray(np.sign(x) * np.log1p(np.abs(x)), dtype=np.float64)


def build_features(
    snap: Snapshot,
    horizon_days: int = DEFAULT_HORIZON_DAYS,
    recent_days: int = RECENT_DAYS,
    baseline_days: int = BASELINE_DAYS,
    as_of_ms: int | None = None,
) -> PostFeatures:
    """Features of every post as they were known when it was published, its labels, and the draft context."""
    as_of = snap.as_of_ms if as_of_ms is None else as_of_ms
    lab = labels(snap, horizon_days, as_of)
    n = snap.n_posts
    m = np.full((n, len(FEATURES)), np.nan)
    time = snap.post_time
    day = time // DAY_MS
    first_day = int(day.min()) if n else as_of // DAY_MS
    last_day = max(int(as_of // DAY_MS), int(day.max()) if n else 0)
    n_days = last_day - first_day + 1

    m[:, COL["role"]] = snap.post_role
    m[:, COL["kind"]] = snap.post_kind
    m[:, COL["media"]] = snap.post_media
    m[:, COL["hour"]] = (time // HOUR_MS) % 24
    m[:, COL["weekday"]] = (day + 3) % 7
    # Regions keep their code of first appearance (so a post's features never change as data grows); the
    # ones after the first MAX_REGIONS share a code, as categorical codes must stay small.
    region_map = np.minimum(np.arange(len(snap.regions)), MAX_REGIONS)
    m[:, COL["region"]] = region_map[snap.post_region]
    m[:, COL["caption_log"]] = np.log1p(snap.post_caption)

    # Tag momentum per day, looked up at each post's day (only earlier days count).
    posts_per_day = np.bincount(day - first_day, minlength=n_days).astype(np.float64)
    tags = momentum_table(
        snap.tag_post,
        snap.tag_code,
        len(snap.tags),
        day,
        posts_per_day,
        first_day,
        recent_days,
        baseline_days,
    )
    tag_mom, tag_pop = tags.at(snap.tag_code, day[snap.tag_post])
    n_tags = np.bincount(snap.tag_post, minlength=n).astype(np.float64)
    m[:, COL["n_tags"]] = n_tags
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_mom = np.bincount(snap.tag_post, tag_mom, n) / n_tags
        mean_pop = np.bincount(snap.tag_post, tag_pop, n) / n_tags
    max_mom = np.full(n, -np.inf)
    min_mom = np.full(n, np.inf)
    np.maximum.at(max_mom, snap.tag_post, tag_mom)
    np.minimum.at(min_mom, snap.tag_post, tag_mom)
    has_tags = n_tags > 0
    m[:, COL["tag_momentum_max"]] = np.where(has_tags, max_mom, np.nan)
    m[:, COL["tag_momentum_min"]] = np.where(has_tags, min_mom, np.nan)
    m[:, COL["tag_momentum_mean"]] = np.where(has_tags, mean_mom, np.nan)
    m[:, COL["tag_popularity"]] = np.where(has_tags, mean_pop, np.nan)
    m[:, COL["n_rising_tags"]] = np.bincount(snap.tag_post, (tag_mom > RISING_LOG_RATIO).astype(float), n)

    # Lifts: how much better than their authors' usual the posts with a tag (or colour) did, from outcomes
    # final by the post's time only (a time-aware target encoding: no post sees its own or a later outcome).
    # The recent lift follows a trend's rising pay-off, which a model trained weeks earlier has not seen yet.
    author_rows = _author_history(snap, lab, snap.post_author, time)
    _fill_author(m, author_rows)
    relative = _relative_engagement(lab, m[:, COL["author_mean"]], time)
    matured_at = time + lab.horizon_ms
    t_post = snap.tag_post
    lift = _lift(t_post, snap.tag_code, relative, matured_at, snap.tag_code, time[t_post], None)
    recent_lift = _lift(t_post, snap.tag_code, relative, matured_at, snap.tag_code, time[t_post], RECENT_LIFT_DAYS)
    with np.errstate(invalid="ignore", divide="ignore"):
        m[:, COL["tag_lift"]] = np.where(has_tags, np.bincount(t_post, lift, n) / n_tags, np.nan)
    m[:, COL["tag_recent_lift_max"]] = _per_post(t_post, recent_lift, n, np.maximum)
    m[:, COL["tag_recent_lift_min"]] = _per_post(t_post, recent_lift, n, np.minimum)

    # Colours: momentum of each colour bin, per post the strongest rising and the strongest fading.
    c_post, c_bin = colour_pairs(snap)
    has_palette = np.zeros(n, dtype=bool)
    has_palette[c_post] = True
    palette_per_day = np.bincount(day[has_palette] - first_day, minlength=n_days).astype(np.float64)
    colours = momentum_table(
        c_post, c_bin, len(COLOUR_NAMES), day, palette_per_day, first_day, recent_days, baseline_days
    )
    c_mom, _ = colours.at(c_bin, day[c_post])
    max_c = np.full(n, -np.inf)
    min_c = np.full(n, np.inf)
    np.maximum.at(max_c, c_post, c_mom)
    np.minimum.at(min_c, c_post, c_mom)
    m[:, COL["colour_momentum_max"]] = np.where(has_palette, max_c, np.nan)
    m[:, COL["colour_momentum_min"]] = np.where(has_palette, min_c, np.nan)
    c_lift = _lift(c_post, c_bin, relative, matured_at, c_bin, time[c_post], RECENT_LIFT_DAYS)
    m[:, COL["colour_recent_lift_max"]] = _per_post(c_post, c_lift, n, np.maximum)
    m[:, COL["colour_recent_lift_min"]] = _per_post(c_post, c_lift, n, np.minimum)
    m[:, COL["n_colours"]] = np.bincount(c_post, minlength=n)
    m[:, COL["style"]] = snap.post_style
    m[:, COL["lightness"]] = snap.post_lightness
    m[:, COL["chroma"]] = snap.post_chroma

    formats = FORMAT_CODE[np.clip(snap.post_kind, 0, 7), np.clip(snap.post_media, 0, 3)]
    format_table = momentum_table(
        np.arange(n), formats, len(FORMAT_NAMES), day, posts_per_day, first_day, recent_days, baseline_days
    )
    m[:, COL["format_momentum"]] = format_table.at(formats, day)[0]

    # Followers and reputation (weighted votes received plus endorsements) when the post was published.
    follow = prior_sums(
        snap.follow_target, snap.follow_time, snap.follow_delta.astype(np.float64), snap.post_author, time
    )
    m[:, COL["followers_log"]] = np.log1p(np.maximum(follow[:, 0], 0.0))
    reputation_sums = reputation_events(snap)
    m[:, COL["reputation_log"]] = _signed_log(reputation_sums(snap.post_author, time - 1)[:, 0])

    context = _context(
        snap, lab, as_of, tags, colours, format_table, region_map, relative, (c_post, c_bin), reputation_sums
    )
    return PostFeatures(m, lab, context, reputation_sums)


def _relative_engagement(lab: Labels, author_mean: F64, post_time: I64) -> F64:
    """Each post's engagement against its author's usual as known when it was published, in log scale.

    For an author's first posts the usual is everyone's mean as known then; with nothing known yet, 0.
    """
    n = len(post_time)
    values = np.stack([np.ones(n), lab.engagement], axis=1)
    group = np.zeros(n, dtype=np.int64)
    known = prior_sums(group, post_time + lab.horizon_ms, values, group, post_time)
    with np.errstate(invalid="ignore", divide="ignore"):
        everyone = known[:, 1] / known[:, 0]
    usual = np.where(np.isnan(author_mean), everyone, author_mean)
    relative = np.log1p(np.maximum(lab.engagement, 0.0)) - np.log1p(np.maximum(usual, 0.0))
    return np.asarray(np.where(np.isnan(relative), 0.0, relative), dtype=np.float64)


def _lift(
    item_post: I64, item_code: I64, relative: F64, matured_at: I64, q_item: I64, q_time: I64, days: int | None
) -> F64:
    """Mean relative engagement of an item's posts whose outcome was final by each query time (shrunk)."""
    values = np.stack([np.ones(len(item_post)), relative[item_post]], axis=1)
    running = EventSums(item_code, matured_at[item_post], values)
    sums = running(q_item, q_time)
    if days is not None:
        sums -= running(q_item, q_time - days * DAY_MS)
    return np.asarray(sums[:, 1] / (sums[:, 0] + LIFT_PSEUDO_POSTS), dtype=np.float64)


def _per_post(post: I64, value: F64, n: int, reduce: np.ufunc) -> F64:
    """The max (or min) of per-item values over each post's items; NaN for posts without items."""
    out = np.full(n, np.nan)
    start = np.full(n, -np.inf if reduce is np.maximum else np.inf)
    reduce.at(start, post, value)
    has = np.zeros(n, dtype=bool)
    has[post] = True
    out[has] = start[has]
    return out


def reputation_events(snap: Snapshot) -> EventSums:
    """Reputation changes per actor over time: weighted votes on their posts and endorsement weights.

    This reconstructs the public part of the chain's reputation; work and rating points (from orders) are
    left out, as the light client only proves their totals.
    """
    group = np.concatenate([snap.post_author[snap.vote_post], snap.endorse_target])
    time = np.concatenate([snap.vote_time, snap.endorse_time])
    value = np.concatenate([snap.vote_weight_delta, snap.endorse_weight]).astype(np.float64)
    return EventSums(group, time, value)


def _context(
    snap: Snapshot,
    lab: Labels,
    as_of: int,
    tags: MomentumTable,
    colours: MomentumTable,
    formats: MomentumTable,
    region_map: I64,
    relative: F64,
    colour_pairs: tuple[I64, I64],
    reputation_sums: EventSums,
) -> FeatureContext:
    actors = np.arange(len(snap.actors))
    now = np.full(len(actors), as_of)
    rows = _author_history(snap, lab, actors, now)
    tmp = np.full((len(actors), len(FEATURES)), np.nan)
    _fill_author(tmp, rows)
    follow = prior_sums(snap.follow_target, snap.follow_time, snap.follow_delta.astype(np.float64), actors, now)
    reputation = reputation_sums(actors, now)
    # Drafts get the lifts as of the end of the data, computed exactly as for the posts.
    matured_at = snap.post_time + lab.horizon_ms
    tag_items = np.arange(len(snap.tags))
    at_end = np.full(len(snap.tags), as_of)
    c_post, c_bin = colour_pairs
    colour_items = np.arange(len(COLOUR_NAMES))
    colour_end = np.full(len(COLOUR_NAMES), as_of)
    tag_mom, tag_pop = tags.latest()
    tag_mom, unseen_mom, tag_pop, unseen_pop = tag_mom[:-1], tag_mom[-1], tag_pop[:-1], tag_pop[-1]
    return FeatureContext(
        as_of_ms=as_of,
        horizon_ms=lab.horizon_ms,
        tag_names=snap.tags,
        tag_momentum=tag_mom,
        tag_popularity=tag_pop,
        unseen_tag_momentum=float(unseen_mom),
        unseen_tag_popularity=float(unseen_pop),
        tag_lift=_lift(snap.tag_post, snap.tag_code, relative, matured_at, tag_items, at_end, None),
        tag_recent_lift=_lift(snap.tag_post, snap.tag_code, relative, matured_at, tag_items, at_end, RECENT_LIFT_DAYS),
        colour_recent_lift=_lift(c_post, c_bin, relative, matured_at, colour_items, colour_end, RECENT_LIFT_DAYS),
        colour_momentum=colours.latest()[0][:-1],
        format_momentum=formats.latest()[0][:-1],
        region_code={region: int(region_map[i]) for i, region in enumerate(snap.regions)},
        authors=AuthorStats(
            mean=tmp[:, COL["author_mean"]],
            log_mean=tmp[:, COL["author_log_mean"]],
            count_log=tmp[:, COL["author_count_log"]],
            recent_mean=tmp[:, COL["author_recent_mean"]],
            reputation_mean=tmp[:, COL["author_reputation_mean"]],
            followers=np.log1p(np.maximum(follow[:, 0], 0.0)),
            reputation=_signed_log(reputation[:, 0]),
        ),
        actor_index=dict(snap.actor_index),
    )


def _tag_columns(ctx: FeatureContext, tags: Sequence[str], tag_index: dict[str, int]) -> dict[int, float]:
    """The tag features of one draft's tags, exactly as for a post published now."""
    names = list(dict.fromkeys(t for t in (normalize_tag(x) for x in tags) if t))
    if not names:
        return {COL["n_tags"]: 0.0, COL["n_rising_tags"]: 0.0}
    codes = [tag_index[t] for t in names if t in tag_index]
    unseen = len(names) - len(codes)
    mom = np.concatenate([ctx.tag_momentum[codes], np.full(unseen, ctx.unseen_tag_momentum)])
    pop = np.concatenate([ctx.tag_popularity[codes], np.full(unseen, ctx.unseen_tag_popularity)])
    # A tag with no post yet has no lift (the shrunk mean of nothing is 0).
    lift = np.concatenate([ctx.tag_lift[codes], np.zeros(unseen)])
    recent = np.concatenate([ctx.tag_recent_lift[codes], np.zeros(unseen)])
    return {
        COL["n_tags"]: float(len(names)),
        COL["tag_momentum_max"]: float(mom.max()),
        COL["tag_momentum_min"]: float(mom.min()),
        COL["tag_momentum_mean"]: float(mom.mean()),
        COL["tag_popularity"]: float(pop.mean()),
        COL["tag_lift"]: float(lift.mean()),
        COL["tag_recent_lift_max"]: float(recent.max()),
        COL["tag_recent_lift_min"]: float(recent.min()),
        COL["n_rising_tags"]: float((mom > RISING_LOG_RATIO).sum()),
    }


def draft_features(
    ctx: FeatureContext,
    drafts: Sequence[Draft],
    author: bytes | None,
    role: Role,
    region: str,
) -> F64:
    """Feature rows of drafts by one author, computed like those of posts, as of the context's end."""
    m = np.full((len(drafts), len(FEATURES)), np.nan)
    code = ctx.actor_index.get(author) if author is not None else None
    stats = ctx.authors
    tag_index = ctx.tag_index()
    region_code = ctx.region_code.get(region.strip(), MAX_REGIONS)
    # Advice varies one thing at a time, so most drafts of a batch share their tags or their palette.
    tag_rows: dict[tuple[str, ...], dict[int, float]] = {}
    palettes: dict[tuple[int, ...], tuple[float, ...]] = {}
    for row, draft in enumerate(drafts):
        t = draft.planned_time_ms
        m[row, COL["role"]] = int(role)
        m[row, COL["kind"]] = int(PostKind(draft.kind))
        m[row, COL["media"]] = int(MediaType(draft.media_type))
        m[row, COL["hour"]] = (t // HOUR_MS) % 24
        m[row, COL["weekday"]] = ((t // DAY_MS) + 3) % 7
        m[row, COL["region"]] = region_code
        m[row, COL["caption_log"]] = np.log1p(len(draft.caption))
        tags = tuple(draft.tags)
        if tags not in tag_rows:
            tag_rows[tags] = _tag_columns(ctx, tags, tag_index)
        for column, value in tag_rows[tags].items():
            m[row, column] = value
        palette = tuple(draft.palette[:8])
        if palette not in palettes:
            bins = np.unique(colour_bins(palette)) if palette else np.zeros(0, np.int64)
            lightness, chroma = palette_lightness_chroma(palette)
            mom = ctx.colour_momentum[bins]
            lift = ctx.colour_recent_lift[bins]
            palettes[palette] = (
                float(mom.max()) if len(bins) else np.nan,
                float(mom.min()) if len(bins) else np.nan,
                float(lift.max()) if len(bins) else np.nan,
                float(lift.min()) if len(bins) else np.nan,
                float(len(bins)),
                float(palette_style(palette)),
                lightness,
                chroma,
            )
        c_max, c_min, lift_max, lift_min, n_bins, style, lightness, chroma = palettes[palette]
        m[row, COL["colour_recent_lift_max"]] = lift_max
        m[row, COL["colour_recent_lift_min"]] = lift_min
        m[row, COL["colour_momentum_max"]] = c_max
        m[row, COL["colour_momentum_min"]] = c_min
        m[row, COL["n_colours"]] = n_bins
        m[row, COL["style"]] = style
        m[row, COL["lightness"]] = lightness
        m[row, COL["chroma"]] = chroma
        fmt = FORMAT_CODE[int(draft.kind), int(draft.media_type)]
        m[row, COL["format_momentum"]] = ctx.format_momentum[fmt]
        if code is not None:
            m[row, COL["author_mean"]] = stats.mean[code]
            m[row, COL["author_log_mean"]] = stats.log_mean[code]
            m[row, COL["author_count_log"]] = stats.count_log[code]
            m[row, COL["author_recent_mean"]] = stats.recent_mean[code]
            m[row, COL["author_reputation_mean"]] = stats.reputation_mean[code]
            m[row, COL["followers_log"]] = stats.followers[code]
            m[row, COL["reputation_log"]] = stats.reputation[code]
        else:
            m[row, COL["author_count_log"]] = 0.0
            m[row, COL["followers_log"]] = 0.0
            m[row, COL["reputation_log"]] = 0.0
    return m
