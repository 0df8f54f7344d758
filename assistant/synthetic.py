"""A seeded synthetic community with planted trends and effects, for tests and benchmarks of the assistant."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from .colours import COLOUR_INDEX, COLOUR_NAMES, colour_bins, hex_colour
from .records import (
    DAY_MS,
    EXC,
    HOUR_MS,
    WEEK_MS,
    BlockEvents,
    EndorsementSeen,
    Event,
    FollowSeen,
    ListingKind,
    ListingSeen,
    MediaType,
    OrderSeen,
    OrderState,
    OrderUpdate,
    PostKind,
    PostSeen,
    ProfileSeen,
    Role,
    UserProfile,
    VoteSeen,
)

I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]

REGIONS = ("Paris", "Milan", "New York", "London", "Tokyo", "Shanghai", "São Paulo", "Odessa")
_REGION_WEIGHT = np.array([0.2, 0.15, 0.18, 0.14, 0.1, 0.1, 0.08, 0.05])
#: What regions do to prices (Paris is dear, Odessa cheap); only the market part uses it.
_REGION_PRICE = np.array([1.3, 1.2, 1.25, 1.15, 1.1, 0.9, 0.8, 0.7])
_ROLE_WEIGHT = {
    Role.MODEL: 0.25,
    Role.DESIGNER: 0.15,
    Role.PHOTOGRAPHER: 0.2,
    Role.STYLIST: 0.12,
    Role.AGENCY: 0.06,
    Role.PRODUCER: 0.05,
    Role.CUSTOMER: 0.17,
}
#: How often each role uses each post kind (rows: roles in Role order; columns: PostKind order).
_KIND_USE = np.array(
    [
        [0.35, 0.2, 0.05, 0.05, 0.05, 0.05, 0.25],
        [0.3, 0.15, 0.05, 0.3, 0.02, 0.08, 0.1],
        [0.4, 0.15, 0.05, 0.1, 0.02, 0.08, 0.2],
        [0.3, 0.2, 0.05, 0.3, 0.02, 0.08, 0.05],
        [0.2, 0.15, 0.1, 0.05, 0.35, 0.1, 0.05],
        [0.2, 0.25, 0.1, 0.05, 0.1, 0.25, 0.05],
        [0.5, 0.15, 0.25, 0.03, 0.01, 0.05, 0.01],
    ]
)
#: The planted role × format effect on engagement (same layout).
_KIND_EFFECT = np.array(
    [
        [1.0, 1.7, 0.5, 0.9, 0.8, 0.9, 1.3],
        [0.9, 1.3, 0.5, 1.7, 0.7, 1.0, 1.0],
        [1.4, 0.8, 0.5, 1.0, 0.7, 0.9, 1.5],
        [0.9, 1.4, 0.5, 1.5, 0.7, 0.9, 1.0],
        [0.8, 1.0, 0.6, 0.9, 1.7, 1.3, 0.9],
        [0.8, 1.4, 0.6, 0.9, 1.0, 1.6, 0.9],
        [1.0, 1.0, 0.7, 1.0, 0.8, 0.9, 0.8],
    ]
)

#: Stable tags with their base rate per post (the chance that a post carries the tag).
_STABLE_TAGS = (
    "streetwear", "couture", "editorial", "runway", "backstage", "fashionweek", "vintage", "denim", "linen",
    "tailoring", "minimalism", "sustainable", "knitwear", "leather", "silk", "bridal", "menswear",
    "womenswear", "accessories", "jewelry", "sneakers", "handbags", "outerwear", "resort", "ss25", "fw25",
    "lookoftheday", "ootd", "beauty", "makeup", "hairstyle", "portrait", "studio", "outdoor", "blackandwhite",
    "filmphotography", "casting", "newfaces", "polaroid", "modeltest", "lookbook", "campaign", "bts",
    "moodboard", "fabric", "patterncutting", "draping", "embroidery", "handmade", "atelier", "stylist",
    "personalshopper", "wardrobe", "capsule", "thrift", "luxury", "quietluxury", "oldmoney", "boho",
    "preppy", "athleisure", "techwear", "avantgarde", "cosplay", "kidswear", "plussize", "inclusive",
    "fittings", "showroom", "popup",
)  # fmt: skip
#: Planted trends: each tag's base rate, and for the co-occurring cluster the tags that go together.
RISING_TAGS = ("chrome", "y2k", "metallic", "sheer", "upcycled", "balletcore")
RISING_CLUSTER = ("chrome", "y2k", "metallic")
FADING_TAGS = ("normcore", "logomania", "skinnyjeans", "neonbrights")
#: Rises among models only (it also rises overall, more weakly).
ROLE_RISING = {Role.MODEL: ("digitals",)}
STABLE_CLUSTER = ("runway", "backstage", "fashionweek")
RISING_COLOURS = ("silver", "lavender", "teal")
FADING_COLOURS = ("mustard", "camel")
#: Stable tags with a fixed engagement effect, so the model has static tag effects to learn as well.
_STATIC_TAG_EFFECT = {"editorial": 1.25, "campaign": 1.2, "ootd": 0.85, "thrift": 0.85}

_SKILLS = {
    Role.MODEL: ("runway walking", "editorial posing", "commercial modelling", "fitness modelling"),
    Role.DESIGNER: ("pattern cutting", "draping", "knitwear design", "tailoring"),
    Role.PHOTOGRAPHER: ("studio lighting", "retouching", "film photography", "fashion video"),
    Role.STYLIST: ("editorial styling", "personal shopping", "costume design", "set styling"),
    Role.AGENCY: ("talent scouting", "booking", "model development", "contract negotiation"),
    Role.PRODUCER: ("show production", "event logistics", "casting direction", "budgeting"),
    Role.CUSTOMER: ("brand buying", "wardrobe planning", "trend spotting", "resale"),
}
#: The skill of each role whose endorsement brings sellers more orders (planted for the brand report).
VALUABLE_SKILLS = {role: skills[0] for role, skills in _SKILLS.items()}

#: Market categories: base unit price in ExC, the roles that sell them, planted demand trend.
CATEGORIES: dict[str, tuple[float, tuple[Role, ...], float]] = {
    "garments": (120.0, (Role.DESIGNER,), 1.0),
    "accessories": (60.0, (Role.DESIGNER,), 1.0),
    "footwear": (150.0, (Role.DESIGNER,), 0.4),
    "tailoring": (300.0, (Role.DESIGNER,), 1.0),
    "photo shoots": (400.0, (Role.PHOTOGRAPHER,), 2.5),
    "retouching": (40.0, (Role.PHOTOGRAPHER,), 1.0),
    "styling sessions": (150.0, (Role.STYLIST,), 1.0),
    "castings": (200.0, (Role.AGENCY,), 1.0),
    "runway shows": (2000.0, (Role.PRODUCER,), 1.0),
}
_SERVICES = {"tailoring", "photo shoots", "retouching", "styling sessions", "castings", "runway shows"}


@dataclass(frozen=True, slots=True)
class SyntheticConfig:
    seed: int = 7
    n_actors: int = 600
    n_posts: int = 20_000
    weeks: int = 16
    #: Week at which the planted trends start to move.
    trend_start_week: int = 8
    start_ms: int = 1_735_689_600_000  # 2025-01-01T00:00Z
    #: Typical net votes of an average post (before the planted effects).
    base_votes: float = 14.0
    #: Gamma shape of the extra-Poisson noise on votes (larger is quieter).
    noise_shape: float = 14.0
    n_listings: int = 600
    n_orders: int = 8_000
    follows_per_actor: int = 12


def _ids(prefix: bytes, count: int, size: int) -> list[bytes]:
    return [hashlib.blake2b(prefix + i.to_bytes(8, "big"), digest_size=size).digest() for i in range(count)]


def _ramp(t_weeks: F64, start: float, end: float) -> F64:
    """0 before `start`, rising steadily to 1 at `end`: how far a planted trend has gone."""
    return np.asarray(np.clip((t_weeks - start) / max(end - start, 1e-9), 0.0, 1.0), dtype=np.float64)


@dataclass
class SyntheticCommunity:
    """Actors, posts, votes, follows, endorsements, listings and orders with known planted effects.

    Arrays are built once (vectorized, seeded); `blocks()` turns them into blocks of events in time order.
    """

    config: SyntheticConfig
    actor_ids: list[bytes] = field(init=False)
    actor_role: I64 = field(init=False)
    actor_region: I64 = field(init=False)
    actor_quality: F64 = field(init=False)
    actor_weight: I64 = field(init=False)
    actor_reputation: I64 = field(init=False)
    user: UserProfile = field(init=False)
    ground_truth: dict[str, Any] = field(init=False)
    #: The planted expected engagement of every post (for diagnostics: the best any model could do).
    post_expected: F64 = field(init=False)

    def __post_init__(self) -> None:
        cfg = self.config
        self._rng = np.random.default_rng(cfg.seed)
        self.end_ms = cfg.start_ms + cfg.weeks * WEEK_MS
        self._make_actors()
        self._make_posts()
        self._make_votes()
        self._make_social()
        self._make_market()
        self._make_ground_truth()

    # ----------------------------------------------------------------------------------------------------

    def _make_actors(self) -> None:
        cfg, rng = self.config, self._rng
        n = cfg.n_actors
        self.actor_ids = _ids(b"actor", n, 20)
        roles = np.array(list(_ROLE_WEIGHT), dtype=np.int64)
        weights = np.array(list(_ROLE_WEIGHT.values()))
        self.actor_role = rng.choice(roles, size=n, p=weights / weights.sum())
        self.actor_region = rng.choice(len(REGIONS), size=n, p=_REGION_WEIGHT / _REGION_WEIGHT.sum())
        self.actor_quality = np.exp(rng.normal(0.0, 0.45, n))
        activity = rng.gamma(1.5, 1.0, n) * np.where(self.actor_role == Role.CUSTOMER, 0.3, 1.0)
        self._activity = activity / activity.sum()
        self.actor_reputation = np.round(np.exp(rng.normal(2.0, 1.0, n)) * self.actor_quality).astype(np.int64)
        # A vote's weight grows with the log of the voter's reputation (a synthetic stand-in for the rules).
        self.actor_weight = 1 + np.floor(np.log2(1 + self.actor_reputation)).astype(np.int64)
        self._skill_claims: list[tuple[int, str]] = []
        for actor in range(n):
            skills = _SKILLS[Role(int(self.actor_role[actor]))]
            for skill in rng.choice(len(skills), size=int(rng.integers(1, 4)), replace=False):
                self._skill_claims.append((actor, skills[int(skill)]))

    def _make_posts(self) -> None:
        cfg, rng = self.config, self._rng
        n = cfg.n_posts
        author = rng.choice(cfg.n_actors, size=n, p=self._activity)
        role = self.actor_role[author]
        # Posting hours follow a broad daily rhythm; engagement has its own planted hour-of-day effect.
        day = rng.integers(0, cfg.weeks * 7, n)
        hour = (rng.normal(15.0, 5.0, n).round().astype(np.int64)) % 24
        minute_ms = rng.integers(0, HOUR_MS, n)
        time = np.sort(cfg.start_ms + day * DAY_MS + hour * HOUR_MS + minute_ms)
        order = rng.permutation(n)  # authors are independent of time, so shuffle them against sorted times
        author, role = author[order], role[order]
        hour = (time // HOUR_MS) % 24
        t_weeks = (time - cfg.start_ms) / WEEK_MS
        kind = np.empty(n, dtype=np.int64)
        for r in Role:
            mask = role == r
            kind[mask] = rng.choice(np.arange(1, 8), size=int(mask.sum()), p=_KIND_USE[r - 1] / _KIND_USE[r - 1].sum())
        media = np.full(n, int(MediaType.IMAGE), dtype=np.int64)
        media[kind == PostKind.VIDEO] = MediaType.VIDEO
        media[kind == PostKind.TEXT] = np.where(rng.random(int((kind == PostKind.TEXT).sum())) < 0.8, 0, 1)
        mixed = (kind == PostKind.LOOKBOOK) | (kind == PostKind.EVENT)
        media[mixed] = np.where(rng.random(int(mixed.sum())) < 0.4, MediaType.MIXED, MediaType.IMAGE)
        caption = np.clip(np.exp(rng.normal(4.4, 1.0, n)), 0, 4000).astype(np.int64)
        caption[kind == PostKind.TEXT] += 200

        # Tags: each tag joins a post independently with a time-varying rate (so stable tags keep their rate).
        progress = _ramp(t_weeks, cfg.trend_start_week, cfg.weeks)
        stable_rates = 0.18 / (1.0 + np.arange(len(_STABLE_TAGS))) ** 0.55
        rng.shuffle(stable_rates)
        tag_names = list(_STABLE_TAGS)
        columns: list[F64] = [np.broadcast_to(rate, n) for rate in stable_rates]
        rising_effect = np.ones(n)
        for tag in RISING_TAGS:
            if tag in RISING_CLUSTER:
                continue
            tag_names.append(tag)
            columns.append(0.025 * (1.0 + 4.0 * progress))
        for tag in FADING_TAGS:
            tag_names.append(tag)
            columns.append(0.06 * (1.0 - 0.75 * progress))
        for role_, tags in ROLE_RISING.items():
            for tag in tags:
                tag_names.append(tag)
                columns.append(np.where(role == role_, 0.03 * (1.0 + 5.0 * progress), 0.004))
        rates = np.stack(columns, axis=1)
        has = rng.random(rates.shape) < rates
        # The planted co-occurring clusters: a post joins one and then carries two or three of its tags.
        for cluster, rate in (
            (RISING_CLUSTER, 0.02 * (1.0 + 5.0 * progress)),
            (STABLE_CLUSTER, np.full(n, 0.05)),
        ):
            joins = rng.random(n) < rate
            picks = rng.random((n, len(cluster))) < 0.8
            extra = np.zeros((n, len(tag_names)), dtype=bool)
            for j, tag in enumerate(cluster):
                if tag not in tag_names:
                    tag_names.append(tag)
                    has = np.concatenate([has, np.zeros((n, 1), dtype=bool)], axis=1)
                    extra = np.concatenate([extra, np.zeros((n, 1), dtype=bool)], axis=1)
                extra[:, tag_names.index(tag)] = joins & picks[:, j]
            has |= extra
        self.tag_names = tag_names
        self._has_tag = has

        # Engagement effects of tags. Being on a rising trend is one boost that grows as the trend spreads (a
        # post with three rising tags is not three times on trend); fading tags weigh the same way; a few
        # stable tags have fixed effects.
        on_trend = has[:, [tag_names.index(t) for t in RISING_TAGS]].any(axis=1)
        for role_, tags in ROLE_RISING.items():
            on_trend |= has[:, [tag_names.index(t) for t in tags]].any(axis=1) & (role == role_)
        off_trend = has[:, [tag_names.index(t) for t in FADING_TAGS]].any(axis=1)
        effect = np.where(on_trend, 1.0 + 0.6 * progress, 1.0) * np.where(off_trend, 1.0 - 0.35 * progress, 1.0)
        for tag, factor in _STATIC_TAG_EFFECT.items():
            effect *= np.where(has[:, tag_names.index(tag)], factor, 1.0)
        rising_effect *= effect

        # Palettes: each named colour joins independently; text posts without media have none.
        colour_rate = np.full((n, len(COLOUR_NAMES)), 0.09)
        for name in RISING_COLOURS:
            colour_rate[:, COLOUR_INDEX[name]] = 0.04 * (1.0 + 4.0 * progress)
        for name in FADING_COLOURS:
            colour_rate[:, COLOUR_INDEX[name]] = 0.12 * (1.0 - 0.7 * progress)
        has_colour = rng.random(colour_rate.shape) < colour_rate
        no_media = media == MediaType.NONE
        has_colour[no_media] = False
        # A post with media shows at least one colour: the commonest neutrals.
        bare = ~has_colour.any(axis=1) & ~no_media
        has_colour[bare, rng.choice([COLOUR_INDEX["black"], COLOUR_INDEX["white"]], size=int(bare.sum()))] = True
        rising_colour = has_colour[:, [COLOUR_INDEX[c] for c in RISING_COLOURS]].any(axis=1)
        fading_colour = has_colour[:, [COLOUR_INDEX[c] for c in FADING_COLOURS]].any(axis=1)
        colour_effect = np.where(rising_colour, 1.0 + 0.4 * progress, 1.0)
        colour_effect *= np.where(fading_colour, 1.0 - 0.3 * progress, 1.0)
        self._has_colour = has_colour
        self._make_palettes(has_colour)

        hour_effect = np.exp(0.45 * np.cos(2 * np.pi * (hour - 19) / 24.0))
        weekday = ((time // DAY_MS) + 3) % 7  # 1970-01-01 was a Thursday; 0 = Monday
        weekday_effect = np.where(weekday >= 5, 1.12, 1.0)
        caption_effect = np.exp(-0.12 * (np.log1p(caption) - np.log(120.0)) ** 2)
        format_effect = _KIND_EFFECT[role - 1, kind - 1]
        expected = (
            cfg.base_votes
            * self.actor_quality[author]
            * format_effect
            * hour_effect
            * weekday_effect
            * caption_effect
            * rising_effect
            * colour_effect
        )
        self.post_author = author
        self.post_time = time
        self.post_kind = kind
        self.post_media = media
        self.post_caption = caption
        self.post_expected = expected
        self.post_ids = _ids(b"post", n, 32)

    def _make_palettes(self, has_colour: npt.NDArray[np.bool_]) -> None:
        """Concrete palettes: the planted named colours, jittered, in a random order of dominance."""
        rng = self._rng
        post, name = np.nonzero(has_colour)
        # A random key per entry, sorted within each post, puts the colours in a random order; keep five.
        order = np.lexsort((rng.random(len(post)), post))
        post, name = post[order], name[order]
        size = np.bincount(post, minlength=len(has_colour))
        rank = np.arange(len(post)) - np.repeat(np.cumsum(size) - size, size)
        keep = rank < 5
        post, name = post[keep], name[keep]
        base = np.array([rgb for _, rgb in COLOUR_NAMES], dtype=np.int64)[name]
        channels = np.stack([(base >> 16) & 0xFF, (base >> 8) & 0xFF, base & 0xFF], axis=1)
        channels = np.clip(channels + rng.integers(-5, 6, channels.shape), 0, 255)
        jittered = (channels[:, 0] << 16) | (channels[:, 1] << 8) | channels[:, 2]
        # Jitter makes palettes look real; it must never move a colour out of its planted bin.
        rgb = np.where(colour_bins(jittered) == name, jittered, base)
        self._palette_rgb = rgb
        self._palette_ptr = np.concatenate([[0], np.cumsum(np.bincount(post, minlength=len(has_colour)))])

    def _make_votes(self) -> None:
        cfg, rng = self.config, self._rng
        n = cfg.n_posts
        mean = rng.gamma(cfg.noise_shape, self.post_expected / cfg.noise_shape)
        ups = rng.poisson(mean)
        downs = rng.poisson(0.06 * mean + 0.2)
        count = ups + downs
        post = np.repeat(np.arange(n), count)
        # Within each post's run of votes the first `ups` are up-votes and the rest down-votes.
        start = np.repeat(np.cumsum(count) - count, count)
        value = np.where(np.arange(len(post)) - start < ups[post], 1, -1).astype(np.int64)
        # Most votes come within a day; a few keep trickling in for a week.
        delay = np.minimum(rng.exponential(10.0 * HOUR_MS, len(post)), 10 * DAY_MS).astype(np.int64) + 1000
        time = self.post_time[post] + delay
        author = self.post_author[post]
        voter = (author + 1 + rng.integers(0, cfg.n_actors - 1, len(post))) % cfg.n_actors
        keep = time < self.end_ms
        self.vote_post, self.vote_voter = post[keep], voter[keep]
        self.vote_value, self.vote_time = value[keep], time[keep]
        # A few votes are withdrawn later, which the data layer must net out.
        withdrawn = rng.random(len(self.vote_post)) < 0.02
        later = self.vote_time[withdrawn] + rng.integers(HOUR_MS, 2 * DAY_MS, int(withdrawn.sum()))
        ok = later < self.end_ms
        self.withdraw_index = np.flatnonzero(withdrawn)[ok]
        self.withdraw_time = later[ok]

    def _make_social(self) -> None:
        cfg, rng = self.config, self._rng
        n = cfg.n_actors
        pull = self.actor_quality / self.actor_quality.sum()
        count = n * cfg.follows_per_actor
        self.follow_from = rng.integers(0, n, count)
        self.follow_to = rng.choice(n, size=count, p=pull)
        self.follow_time = cfg.start_ms + rng.integers(0, cfg.weeks * WEEK_MS, count)
        self.unfollow = rng.random(count) < 0.05
        # Endorsements of claimed skills, more for better actors.
        claims = self._skill_claims
        claim_actor = np.array([a for a, _ in claims])
        claim_pull = self.actor_quality[claim_actor] / self.actor_quality[claim_actor].sum()
        n_endorse = n * 3
        chosen = rng.choice(len(claims), size=n_endorse, p=claim_pull)
        self.endorse_claim = chosen
        self.endorse_from = rng.integers(0, n, n_endorse)
        self.endorse_time = cfg.start_ms + rng.integers(0, cfg.weeks * WEEK_MS, n_endorse)

    def _make_market(self) -> None:
        cfg, rng = self.config, self._rng
        names = list(CATEGORIES)
        listing_category, listing_seller = [], []
        # Sellers endorsed in their role's valuable skill are where buyers go (planted for the brand report).
        valuable = {a for a, s in self._skill_claims if s == VALUABLE_SKILLS[Role(int(self.actor_role[a]))]}
        for _ in range(cfg.n_listings):
            cat = int(rng.integers(0, len(names)))
            roles = CATEGORIES[names[cat]][1]
            sellers = np.flatnonzero(np.isin(self.actor_role, [int(r) for r in roles]))
            if len(sellers) == 0:
                sellers = np.arange(cfg.n_actors)
            listing_category.append(cat)
            listing_seller.append(int(rng.choice(sellers)))
        self.listing_category = np.array(listing_category, dtype=np.int64)
        self.listing_seller = np.array(listing_seller, dtype=np.int64)
        self.listing_region = self.actor_region[self.listing_seller]
        self.listing_delivery = rng.integers(1, 30, cfg.n_listings)
        base = np.array([CATEGORIES[names[c]][0] for c in self.listing_category])
        self.listing_price = (
            base
            * _REGION_PRICE[self.listing_region]
            * self.actor_quality[self.listing_seller] ** 0.3
            * (1.0 + 0.3 * (self.listing_delivery < 5))
            * np.exp(rng.normal(0.0, 0.15, cfg.n_listings))
        )
        self.listing_time = cfg.start_ms + rng.integers(0, 2 * WEEK_MS, cfg.n_listings)
        self.listing_ids = _ids(b"listing", cfg.n_listings, 32)
        # Orders: a per-category demand curve over time with planted trends, then a listing in the category.
        order_time = np.sort(cfg.start_ms + 2 * WEEK_MS + rng.integers(0, (cfg.weeks - 2) * WEEK_MS, cfg.n_orders))
        t_weeks = (order_time - cfg.start_ms) / WEEK_MS
        progress = _ramp(t_weeks, cfg.trend_start_week, cfg.weeks)
        trend = np.array([CATEGORIES[c][2] for c in names])
        weights = 1.0 + (trend[None, :] - 1.0) * progress[:, None]
        cum = np.cumsum(weights, axis=1)
        pick = (rng.random(cfg.n_orders)[:, None] * cum[:, -1:] > cum).sum(axis=1)
        listing_of_order = np.empty(cfg.n_orders, dtype=np.int64)
        endorsed = np.isin(self.listing_seller, list(valuable))
        for cat in range(len(names)):
            mask = pick == cat
            candidates = np.flatnonzero(self.listing_category == cat)
            if len(candidates) == 0 or not mask.any():
                continue
            appeal = self.actor_quality[self.listing_seller[candidates]] * np.where(endorsed[candidates], 2.5, 1.0)
            appeal /= self.listing_price[candidates] / self.listing_price[candidates].mean()
            listing_of_order[mask] = rng.choice(candidates, size=int(mask.sum()), p=appeal / appeal.sum())
        valid = np.isin(pick, np.unique(self.listing_category))
        self.order_time = order_time[valid]
        self.order_listing = listing_of_order[valid]
        self.order_buyer = rng.integers(0, cfg.n_actors, len(self.order_time))
        self.order_quantity = np.where(rng.random(len(self.order_time)) < 0.85, 1, 2)
        self.order_final = rng.choice(
            [OrderState.RELEASED, OrderState.CANCELLED, OrderState.DECLINED, OrderState.RESOLVED],
            size=len(self.order_time),
            p=[0.82, 0.08, 0.06, 0.04],
        )
        self.order_ids = _ids(b"order", len(self.order_time), 32)
        self.category_names = names

    def _make_ground_truth(self) -> None:
        cfg = self.config
        # The user is an ordinary model: average quality, the least active one with a history to learn from.
        user_candidates = [
            a
            for a in np.argsort(-self._activity)
            if self.actor_role[a] == Role.MODEL
            and 0.8 < self.actor_quality[a] < 1.25
            and self._activity[a] * cfg.n_posts >= 30
        ]
        me = int(user_candidates[-1]) if user_candidates else int(np.argmax(self._activity))
        self.user_index = me
        self.user = UserProfile(
            actor=self.actor_ids[me],
            role=Role(int(self.actor_role[me])),
            region=REGIONS[int(self.actor_region[me])],
            skills=tuple(s for a, s in self._skill_claims if a == me),
        )
        stable_colours = [name for name, _ in COLOUR_NAMES if name not in RISING_COLOURS + FADING_COLOURS]
        self.ground_truth = {
            "version": 1,
            "source": "assistant.synthetic",
            "seed": cfg.seed,
            "start_ms": cfg.start_ms,
            "end_ms": self.end_ms,
            "trend_start_ms": cfg.start_ms + cfg.trend_start_week * WEEK_MS,
            "tags": {
                "rising": [*RISING_TAGS, *(t for tags in ROLE_RISING.values() for t in tags)],
                "fading": list(FADING_TAGS),
                "stable": list(_STABLE_TAGS),
            },
            "colours": {
                "rising": [hex_colour(COLOUR_NAMES[COLOUR_INDEX[c]][1]) for c in RISING_COLOURS],
                "fading": [hex_colour(COLOUR_NAMES[COLOUR_INDEX[c]][1]) for c in FADING_COLOURS],
                "stable": [hex_colour(COLOUR_NAMES[COLOUR_INDEX[c]][1]) for c in stable_colours],
            },
            "clusters": {"rising": [list(RISING_CLUSTER)], "stable": [list(STABLE_CLUSTER)]},
            "by_role": {role.name.lower(): {"tags": {"rising": list(tags)}} for role, tags in ROLE_RISING.items()},
            "demand": {
                "rising": [c for c, (_, _, t) in CATEGORIES.items() if t > 1.0],
                "fading": [c for c, (_, _, t) in CATEGORIES.items() if t < 1.0],
            },
        }

    # ----------------------------------------------------------------------------------------------------
    # Events.

    def _palette(self, post: int) -> tuple[int, ...]:
        lo, hi = self._palette_ptr[post], self._palette_ptr[post + 1]
        return tuple(self._palette_rgb[lo:hi].tolist())

    def _post_event(self, i: int) -> PostSeen:
        author = int(self.post_author[i])
        return PostSeen(
            post_id=self.post_ids[i],
            author=self.actor_ids[author],
            author_role=Role(int(self.actor_role[author])),
            region=REGIONS[int(self.actor_region[author])],
            time_ms=int(self.post_time[i]),
            kind=PostKind(int(self.post_kind[i])),
            tags=tuple(self.tag_names[j] for j in np.flatnonzero(self._has_tag[i])[:16]),
            palette=self._palette(i),
            caption_length=int(self.post_caption[i]),
            media_type=MediaType(int(self.post_media[i])),
        )

    def events(self) -> Iterator[Event]:
        """Every event of the simulation in time order (profiles first)."""
        cfg = self.config
        for a in range(cfg.n_actors):
            yield ProfileSeen(
                self.actor_ids[a],
                Role(int(self.actor_role[a])),
                REGIONS[int(self.actor_region[a])],
                cfg.start_ms,
            )
        # (time, type, index): types are ordered so that a post precedes votes on it at equal times.
        streams = [
            (self.post_time, 0),
            (self.vote_time, 1),
            (self.withdraw_time, 2),
            (self.follow_time, 3),
            (self.endorse_time, 4),
            (self.listing_time, 5),
            (self.order_time, 6),
            (self.order_time + 3 * DAY_MS, 7),
        ]
        times = np.concatenate([t for t, _ in streams])
        kinds = np.concatenate([np.full(len(t), k) for t, k in streams])
        index = np.concatenate([np.arange(len(t)) for t, _ in streams])
        order = np.lexsort((index, kinds, times))
        claims = self._skill_claims
        # Plain lists: indexing them is several times cheaper than indexing numpy arrays one item at a time.
        post_ids, actor_ids = self.post_ids, self.actor_ids
        vote_post, vote_voter = self.vote_post.tolist(), self.vote_voter.tolist()
        vote_value, withdraw_index = self.vote_value.tolist(), self.withdraw_index.tolist()
        weight, reputation = self.actor_weight.tolist(), self.actor_reputation.tolist()
        for t, k, i in zip(times[order].tolist(), kinds[order].tolist(), index[order].tolist(), strict=True):
            if k == 1:
                voter = vote_voter[i]
                yield VoteSeen(
                    post_ids[vote_post[i]],
                    actor_ids[voter],
                    vote_value[i],
                    weight[voter],
                    reputation[voter],
                    t,
                )
            elif k == 0:
                yield self._post_event(i)
            elif k == 2:
                v = withdraw_index[i]
                voter = vote_voter[v]
                yield VoteSeen(post_ids[vote_post[v]], actor_ids[voter], 0, weight[voter], reputation[voter], t)
            elif k == 3:
                yield FollowSeen(
                    self.actor_ids[int(self.follow_from[i])], self.actor_ids[int(self.follow_to[i])], True, t
                )
                if self.unfollow[i]:
                    yield FollowSeen(
                        self.actor_ids[int(self.follow_from[i])],
                        self.actor_ids[int(self.follow_to[i])],
                        False,
                        t,
                    )
            elif k == 4:
                actor, skill = claims[int(self.endorse_claim[i])]
                endorser = int(self.endorse_from[i])
                yield EndorsementSeen(
                    self.actor_ids[endorser],
                    self.actor_ids[actor],
                    skill,
                    int(self.actor_weight[endorser]),
                    t,
                )
            elif k == 5:
                category = self.category_names[int(self.listing_category[i])]
                yield ListingSeen(
                    listing_id=self.listing_ids[i],
                    seller=self.actor_ids[int(self.listing_seller[i])],
                    kind=ListingKind.SERVICE if category in _SERVICES else ListingKind.GOOD,
                    category=category,
                    price=int(self.listing_price[i] * EXC),
                    region=REGIONS[int(self.listing_region[i])],
                    time_ms=t,
                    delivery_days=int(self.listing_delivery[i]),
                )
            elif k == 6:
                listing = int(self.order_listing[i])
                yield OrderSeen(
                    order_id=self.order_ids[i],
                    listing_id=self.listing_ids[listing],
                    buyer=self.actor_ids[int(self.order_buyer[i])],
                    category=self.category_names[int(self.listing_category[listing])],
                    unit_price=int(self.listing_price[listing] * EXC),
                    quantity=int(self.order_quantity[i]),
                    time_ms=t,
                )
            elif t < self.end_ms:
                yield OrderUpdate(self.order_ids[i], OrderState(int(self.order_final[i])), t)

    def blocks(self, actions_per_block: int | None = None, block_ms: int = HOUR_MS) -> Iterator[BlockEvents]:
        """The events cut into blocks: of a fixed number of actions, or of a fixed span of time."""
        batch: list[Event] = []
        height = 0
        block_end = self.config.start_ms + block_ms
        for event in self.events():
            if actions_per_block is None and event.time_ms >= block_end and batch:
                height += 1
                yield BlockEvents(height, batch[-1].time_ms, tuple(batch))
                batch = []
                block_end = (event.time_ms // block_ms + 1) * block_ms
            batch.append(event)
            if actions_per_block is not None and len(batch) >= actions_per_block:
                height += 1
                yield BlockEvents(height, batch[-1].time_ms, tuple(batch))
                batch = []
        if batch:
            height += 1
            yield BlockEvents(height, batch[-1].time_ms, tuple(batch))


def generate(config: SyntheticConfig | None = None) -> SyntheticCommunity:
    """A synthetic community (deterministic for a given config)."""
    return SyntheticCommunity(config or SyntheticConfig())
