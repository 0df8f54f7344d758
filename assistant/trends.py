"""Rising and fading tags, colours, palette styles and formats, with significance; emerging tag clusters."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from .colours import COLOUR_NAMES, PaletteStyle
from .data import Snapshot
from .records import DAY_MS, WEEK_MS, MediaType, PostKind, Role, format_name

I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]
Mask = npt.NDArray[np.bool_]

# scikit-learn and SciPy are imported where they are used, never at module import: see libraries.py.

DIMENSIONS = ("tag", "colour", "style", "format")
#: Every post format name, in a fixed order (format codes index this tuple).
FORMAT_NAMES: tuple[str, ...] = tuple(dict.fromkeys(format_name(k, m) for k in PostKind for m in MediaType))
FORMAT_CODE = np.array(
    [[FORMAT_NAMES.index(format_name(PostKind(k), MediaType(m))) if k else 0 for m in range(4)] for k in range(8)]
)
STYLE_NAMES: tuple[str, ...] = tuple(s.name.lower() for s in PaletteStyle)


#: "Rising" means more common in the last three weeks than in the nine before: a trend that took off a month
#: ago and has levelled off still counts (against a six-week baseline it would already look steady).
RECENT_DAYS = 21
BASELINE_DAYS = 63


@dataclass(frozen=True, slots=True)
class TrendSettings:
    """Windows and thresholds of trend detection (days, and a false discovery rate)."""

    recent_days: int = RECENT_DAYS
    baseline_days: int = BASELINE_DAYS
    #: Benjamini–Hochberg false discovery rate over the items of one dimension in one segment.
    fdr: float = 0.05
    #: A trend must also be large: rates must differ by at least this factor (either way).
    min_ratio: float = 1.5
    #: Items seen fewer times than this in both windows together are not tested.
    min_count: int = 10
    #: A segment (a role, a region) gets a report only with at least this many posts in each window.
    min_posts: int = 150
    series_weeks: int = 12
    #: Tag clusters: candidate tags, and the NPMI distance under which tags join a cluster.
    cluster_candidates: int = 200
    cluster_distance: float = 0.75


@dataclass(frozen=True, slots=True)
class Segment:
    """Which posts a report is about: everyone, one role, one region, or both."""

    role: Role | None = None
    region: str | None = None

    @property
    def label(self) -> str:
        parts = [self.role.name.lower()] if self.role is not None else []
        if self.region:
            parts.append(self.region)
        return " · ".join(parts) if parts else "everyone"


@dataclass(frozen=True, slots=True)
class Trend:
    """One item's momentum: its rate per post in the recent window against the baseline window."""

    dimension: str
    item: str
    recent_count: int
    baseline_count: int
    #: Share of eligible posts carrying the item in each window.
    recent_rate: float
    baseline_rate: float
    #: Recent rate over baseline rate (after the centring described in docs/ASSISTANT.md).
    ratio: float
    #: Signed normal score of the test: positive when rising.
    z: float
    p_value: float
    #: Benjamini–Hochberg adjusted p-value (the false discovery rate at which this call would be made).
    q_value: float
    direction: str
    #: The reference 0xRRGGBB of a colour bin (for swatches), else None.
    swatch: int | None
    #: Rate per week over the last weeks, oldest first (for trend lines).
    weekly_rates: tuple[float, ...]

    @property
    def confidence(self) -> float:
        """How sure the call is, 0–1 (one minus the false discovery rate at which it is made)."""
        return 1.0 - self.q_value


@dataclass(frozen=True, slots=True)
class TagCluster:
    """Tags that appear together far more often than chance, and whether posts using them are on the rise."""

    tags: tuple[str, ...]
    #: Mean normalized pointwise mutual information between its tags (0 = independent, 1 = always together).
    cohesion: float
    recent_count: int
    baseline_count: int
    ratio: float
    q_value: float
    direction: str


@dataclass(frozen=True, slots=True)
class TrendReport:
    segment: Segment
    as_of_ms: int
    recent_start_ms: int
    baseline_start_ms: int
    recent_posts: int
    baseline_posts: int
    enough_data: bool
    trends: tuple[Trend, ...] = ()
    clusters: tuple[TagCluster, ...] = ()
    _index: dict[tuple[str, str], Trend] = field(default_factory=dict, compare=False, repr=False)

    def rising(self, dimension: str) -> list[Trend]:
        """Significant rising items of a dimension, strongest first."""
        found = [t for t in self.trends if t.dimension == dimension and t.direction == "rising"]
        return sorted(found, key=lambda t: (-t.ratio, t.item))

    def fading(self, dimension: str) -> list[Trend]:
        found = [t for t in self.trends if t.dimension == dimension and t.direction == "fading"]
        return sorted(found, key=lambda t: (t.ratio, t.item))

    def get(self, dimension: str, item: str) -> Trend | None:
        if not self._index and self.trends:
            self._index.update({(t.dimension, t.item): t for t in self.trends})
        return self._index.get((dimension, item))

    def emerging_clusters(self) -> list[TagCluster]:
        return sorted((c for c in self.clusters if c.direction == "rising"), key=lambda c: -c.ratio)


@dataclass(frozen=True, slots=True)
class Incidence:
    """Which posts carry which items of a dimension, and which posts could carry any."""

    post: I64
    item: I64
    names: tuple[str, ...]
    eligible: Mask


def incidence(snap: Snapshot, dimension: str) -> Incidence:
    n = snap.n_posts
    if dimension == "tag":
        return Incidence(snap.tag_post, snap.tag_code, snap.tags, np.ones(n, dtype=bool))
    if dimension == "colour":
        # A post counts once per colour bin, however many of its palette entries fall in it.
        post, item = colour_pairs(snap)
        eligible = np.zeros(n, dtype=bool)
        eligible[post] = True
        return Incidence(post, item, tuple(name for name, _ in COLOUR_NAMES), eligible)
    if dimension == "style":
        eligible = snap.post_style != PaletteStyle.NONE
        posts = np.flatnonzero(eligible)
        return Incidence(posts, snap.post_style[posts], STYLE_NAMES, eligible)
    if dimension == "format":
        codes = FORMAT_CODE[np.clip(snap.post_kind, 0, 7), np.clip(snap.post_media, 0, 3)]
        return Incidence(np.arange(n), codes, FORMAT_NAMES, np.ones(n, dtype=bool))
    raise ValueError(f"unknown trend dimension {dimension!r}")


def colour_pairs(snap: Snapshot) -> tuple[I64, I64]:
    """Distinct (post, colour bin) pairs, sorted: a post counts once per bin, whatever its palette repeats."""
    # A flag per possible pair is several times faster than np.unique for this many small codes.
    seen = np.zeros(snap.n_posts * len(COLOUR_NAMES), dtype=bool)
    seen[snap.colour_post * len(COLOUR_NAMES) + snap.colour_bin] = True
    pairs = np.flatnonzero(seen)
    return pairs // len(COLOUR_NAMES), pairs % len(COLOUR_NAMES)


def segment_mask(snap: Snapshot, segment: Segment) -> Mask:
    mask = np.ones(snap.n_posts, dtype=bool)
    if segment.role is not None:
        mask &= snap.post_role == int(segment.role)
    if segment.region:
        try:
            mask &= snap.post_region == snap.regions.index(segment.region)
        except ValueError:
            mask[:] = False
    return mask


def benjamini_hochberg(p: F64) -> F64:
    """Adjusted p-values (q-values) controlling the false discovery rate."""
    m = len(p)
    if m == 0:
        return p.copy()
    order = np.argsort(p)
    scaled = p[order] * m / np.arange(1, m + 1)
    q = np.minimum.accumulate(scaled[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.minimum(q, 1.0)
    return out


def rate_test(k_recent: F64, k_base: F64, n_recent: float, n_base: float, centre: float = 1.0) -> tuple[F64, F64, F64]:
    """Ratios, signed z and two-sided p of recent vs baseline counts, conditioning on their sum.

    Given both counts' total, the recent count is binomial with success probability n_r·c / (n_r·c + n_b)
    when the item's rate did not change (beyond the common factor `centre`): an exact test of equal Poisson
    rates, which is conservative for items carried by a large share of posts.
    """
    from scipy import stats  # type: ignore[import-untyped]

    total = k_recent + k_base
    p0 = n_recent * centre / (n_recent * centre + n_base)
    lower = stats.binom.cdf(k_recent, total, p0)
    upper = stats.binom.sf(k_recent - 1, total, p0)
    p = np.minimum(1.0, 2.0 * np.minimum(lower, upper))
    ratio = ((k_recent + 0.5) / n_recent) / ((k_base + 0.5) / n_base) / centre
    z = np.sign(np.log(ratio)) * stats.norm.isf(np.clip(p, 1e-300, 1.0) / 2.0)
    return ratio, z, p


def _centre(k_recent: F64, k_base: F64, n_recent: float, n_base: float) -> float:
    """The typical item's change, so that a shift common to all items (more tags per post) is no trend."""
    ok = (k_recent >= 5) & (k_base >= 5)
    if ok.sum() < 15:
        return 1.0
    ratios = (k_recent[ok] / n_recent) / (k_base[ok] / n_base)
    return float(np.clip(np.median(ratios), 0.5, 2.0))


def trend_report(
    snap: Snapshot,
    segment: Segment | None = None,
    settings: TrendSettings | None = None,
    as_of_ms: int | None = None,
    dimensions: tuple[str, ...] = DIMENSIONS,
) -> TrendReport:
    """Momentum of every item in every dimension for a segment, as of the latest data (or `as_of_ms`)."""
    segment = segment or Segment()
    settings = settings or TrendSettings()
    as_of = snap.as_of_ms if as_of_ms is None else as_of_ms
    recent_start = as_of - settings.recent_days * DAY_MS
    baseline_start = recent_start - settings.baseline_days * DAY_MS
    in_segment = segment_mask(snap, segment)
    recent = in_segment & (snap.post_time > recent_start) & (snap.post_time <= as_of)
    baseline = in_segment & (snap.post_time > baseline_start) & (snap.post_time <= recent_start)
    n_recent, n_base = int(recent.sum()), int(baseline.sum())
    enough = n_recent >= settings.min_posts and n_base >= settings.min_posts
    if not enough:
        return TrendReport(segment, as_of, recent_start, baseline_start, n_recent, n_base, False)
    trends: list[Trend] = []
    for dimension in dimensions:
        trends.extend(_dimension_trends(snap, dimension, recent, baseline, in_segment, as_of, settings))
    clusters = _tag_clusters(snap, recent, baseline, settings)
    return TrendReport(
        segment, as_of, recent_start, baseline_start, n_recent, n_base, True, tuple(trends), tuple(clusters)
    )


def _dimension_trends(
    snap: Snapshot,
    dimension: str,
    recent: Mask,
    baseline: Mask,
    in_segment: Mask,
    as_of: int,
    s: TrendSettings,
) -> list[Trend]:
    inc = incidence(snap, dimension)
    n_items = len(inc.names)
    n_recent = float((recent & inc.eligible).sum())
    n_base = float((baseline & inc.eligible).sum())
    if n_recent == 0 or n_base == 0 or n_items == 0:
        return []
    k_recent = np.bincount(inc.item[recent[inc.post]], minlength=n_items).astype(np.float64)
    k_base = np.bincount(inc.item[baseline[inc.post]], minlength=n_items).astype(np.float64)
    tested = np.flatnonzero(k_recent + k_base >= s.min_count)
    if len(tested) == 0:
        return []
    # Formats and styles are shares of one choice per post: a common factor cannot be told from a trend.
    centre = _centre(k_recent, k_base, n_recent, n_base) if dimension in ("tag", "colour") else 1.0
    ratio, z, p = rate_test(k_recent[tested], k_base[tested], n_recent, n_base, centre)
    q = benjamini_hochberg(p)
    weekly = _weekly_rates(snap, inc, in_segment, as_of, s.series_weeks, tested)
    out = []
    for j, item in enumerate(tested.tolist()):
        significant = q[j] <= s.fdr
        if significant and ratio[j] >= s.min_ratio:
            direction = "rising"
        elif significant and ratio[j] <= 1.0 / s.min_ratio:
            direction = "fading"
        else:
            direction = "steady"
        out.append(
            Trend(
                dimension=dimension,
                item=inc.names[item],
                recent_count=int(k_recent[item]),
                baseline_count=int(k_base[item]),
                recent_rate=float(k_recent[item] / n_recent),
                baseline_rate=float(k_base[item] / n_base),
                ratio=float(ratio[j]),
                z=float(z[j]),
                p_value=float(p[j]),
                q_value=float(q[j]),
                direction=direction,
                swatch=COLOUR_NAMES[item][1] if dimension == "colour" else None,
                weekly_rates=tuple(float(v) for v in weekly[j]),
            )
        )
    return out


def _weekly_rates(snap: Snapshot, inc: Incidence, in_segment: Mask, as_of: int, weeks: int, items: I64) -> F64:
    """Per tested item, its rate per eligible post in each of the last `weeks` weeks (oldest first)."""
    age = (as_of - snap.post_time) // WEEK_MS
    week = np.where((age >= 0) & (age < weeks) & in_segment & inc.eligible, weeks - 1 - age, -1)
    posts_per_week = np.bincount(week[week >= 0], minlength=weeks).astype(np.float64)
    row = np.full(len(inc.names), -1)
    row[items] = np.arange(len(items))
    w = week[inc.post]
    r = row[inc.item]
    keep = (w >= 0) & (r >= 0)
    counts = np.zeros((len(items), weeks))
    np.add.at(counts, (r[keep], w[keep]), 1.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        rates = np.where(posts_per_week > 0, counts / posts_per_week, 0.0)
    return np.asarray(rates, dtype=np.float64)


def _tag_clusters(snap: Snapshot, recent: Mask, baseline: Mask, s: TrendSettings) -> list[TagCluster]:
    """Cluster tags by co-occurrence (NPMI, average linkage) in the recent window; test each one's growth."""
    inc = incidence(snap, "tag")
    window = recent | baseline
    use = window[inc.post]
    counts = np.bincount(inc.item[use], minlength=len(inc.names))
    candidates = np.argsort(-counts, kind="stable")[: s.cluster_candidates]
    candidates = candidates[counts[candidates] >= s.min_count]
    if len(candidates) < 3:
        return []
    from scipy import sparse, stats
    from sklearn.cluster import AgglomerativeClustering

    column = np.full(len(inc.names), -1)
    column[candidates] = np.arange(len(candidates))
    in_recent = recent[inc.post] & (column[inc.item] >= 0)
    posts = np.flatnonzero(recent)
    row = np.full(snap.n_posts, -1)
    row[posts] = np.arange(len(posts))
    matrix = sparse.csr_matrix(
        (np.ones(int(in_recent.sum())), (row[inc.post[in_recent]], column[inc.item[in_recent]])),
        shape=(len(posts), len(candidates)),
    )
    co = np.asarray((matrix.T @ matrix).todense(), dtype=np.float64)
    n = max(len(posts), 1)
    single = np.diag(co) / n
    joint = co / n
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(joint / np.outer(single, single))
        npmi = pmi / -np.log(joint)
    # A pair counts as related only if seen together more often than chance at a Bonferroni-corrected level
    # over all pairs: with hundreds of tags, a few coincidences would otherwise pull an unrelated tag in.
    expected = np.outer(single, single) * n
    n_pairs = max(len(candidates) * (len(candidates) - 1) // 2, 1)
    surprising = stats.poisson.sf(co - 1, np.maximum(expected, 1e-12)) < s.fdr / n_pairs
    related = (co >= 5) & surprising & np.isfinite(npmi)
    npmi = np.where(related, npmi, -1.0)
    distance = 1.0 - npmi
    np.fill_diagonal(distance, 0.0)
    labels = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="average", distance_threshold=s.cluster_distance
    ).fit_predict(distance)
    groups = [np.flatnonzero(labels == label) for label in np.unique(labels)]
    groups = [g for g in groups if len(g) >= 2]
    if not groups:
        return []
    # A post is "in" a cluster when it carries at least two of its tags (one alone is common for any tag).
    all_in = window[inc.post] & (column[inc.item] >= 0)
    post_of, col_of = inc.post[all_in], column[inc.item[all_in]]
    k_recent, k_base = [], []
    for g in groups:
        member = np.isin(col_of, g)
        per_post = np.bincount(post_of[member], minlength=snap.n_posts)
        k_recent.append(float(((per_post >= 2) & recent).sum()))
        k_base.append(float(((per_post >= 2) & baseline).sum()))
    kr, kb = np.array(k_recent), np.array(k_base)
    ratio, _, p = rate_test(kr, kb, float(recent.sum()), float(baseline.sum()))
    q = benjamini_hochberg(p)
    out = []
    for j, g in enumerate(groups):
        if kr[j] + kb[j] < s.min_count:
            continue
        pairs = npmi[np.ix_(g, g)][~np.eye(len(g), dtype=bool)]
        significant = q[j] <= s.fdr
        direction = (
            "rising"
            if significant and ratio[j] >= s.min_ratio
            else "fading"
            if significant and ratio[j] <= 1.0 / s.min_ratio
            else "steady"
        )
        ordered = sorted(g.tolist(), key=lambda c: (-counts[candidates[c]], c))
        tags = tuple(inc.names[int(candidates[c])] for c in ordered)
        out.append(
            TagCluster(tags, float(pairs.mean()), int(kr[j]), int(kb[j]), float(ratio[j]), float(q[j]), direction)
        )
    return sorted(out, key=lambda c: (-c.ratio, c.tags))


def segments_with_data(snap: Snapshot, settings: TrendSettings | None = None) -> list[Segment]:
    """Everyone, then each role and each region that has enough posts in both windows for a report."""
    settings = settings or TrendSettings()
    recent_start = snap.as_of_ms - settings.recent_days * DAY_MS
    baseline_start = recent_start - settings.baseline_days * DAY_MS
    recent = snap.post_time > recent_start
    baseline = (snap.post_time > baseline_start) & ~recent
    found = [Segment()]
    for role in Role:
        of_role = snap.post_role == int(role)
        if min((of_role & recent).sum(), (of_role & baseline).sum()) >= settings.min_posts:
            found.append(Segment(role=role))
    for code, region in enumerate(snap.regions):
        of_region = snap.post_region == code
        if region and min((of_region & recent).sum(), (of_region & baseline).sum()) >= settings.min_posts:
            found.append(Segment(region=region))
    return found
