"""The personal brand: reputation against peers of the same role, skills worth endorsing, best posts."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from .data import Snapshot
from .engagement import EngagementModel
from .explain import Contribution, contributions, reference_rows
from .features import COL, EventSums, PostFeatures
from .records import DAY_MS, WEEK_MS, MediaType, PostKind, Role, UserProfile

F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class ReputationTrajectory:
    """Weekly public reputation (weighted votes received plus endorsements) of the user and of their peers."""

    week_end_ms: tuple[int, ...]
    user: tuple[float, ...]
    peers_p25: tuple[float, ...]
    peers_median: tuple[float, ...]
    peers_p75: tuple[float, ...]
    n_peers: int
    #: Share of peers (0–100) whose reputation is below the user's now.
    percentile: float
    #: Reputation gained over the last four weeks, and the peers' median gain.
    growth: float
    peers_median_growth: float
    #: Share of peers (0–100) who gained less over the last four weeks.
    growth_percentile: float


@dataclass(frozen=True, slots=True)
class SkillValue:
    """What being endorsed in a skill goes with among peers of the same role."""

    skill: str
    peers_endorsed: int
    peers_total: int
    #: Mean outcome (orders as a seller where peers sell, else engagement per post) of endorsed peers
    #: over that of the others; an association, not proof that the endorsement causes it.
    lift: float
    outcome: str
    user_endorsements: int
    user_claimed: bool
    #: The ranking score: the log lift, discounted when most peers already have the skill endorsed.
    worth: float


@dataclass(frozen=True, slots=True)
class PostReview:
    """One of the user's past posts that did better than their usual, and what the model credits for it."""

    post_id: bytes
    time_ms: int
    kind: PostKind
    media_type: MediaType
    tags: tuple[str, ...]
    engagement: float
    #: The user's mean engagement when the post was published.
    usual: float
    contributions: tuple[Contribution, ...]


@dataclass(frozen=True, slots=True)
class BrandReport:
    role: Role
    trajectory: ReputationTrajectory | None
    skills: tuple[SkillValue, ...]
    best_posts: tuple[PostReview, ...]
    #: (UTC hour, expected votes) for the user's typical post at each hour of the day.
    hours: tuple[tuple[int, float], ...]


def _percentile_of(value: float, others: F64) -> float:
    if len(others) == 0:
        return 50.0
    return float(100.0 * ((others < value).sum() + 0.5 * (others == value).sum()) / len(others))


def trajectory(
    snap: Snapshot, reputation: EventSums, user_code: int, role: Role, weeks: int = 12
) -> ReputationTrajectory | None:
    peers = np.flatnonzero(snap.actor_role == int(role))
    active = np.zeros(len(snap.actors), dtype=bool)
    active[snap.post_author] = True
    active[snap.endorse_target] = True
    peers = peers[active[peers] & (peers != user_code)]
    if len(peers) < 3:
        return None
    ends = np.array([snap.as_of_ms - (weeks - 1 - w) * WEEK_MS for w in range(weeks)], dtype=np.int64)
    actors = np.concatenate([np.repeat(peers, weeks), np.full(weeks, user_code)])
    times = np.concatenate([np.tile(ends, len(peers)), ends])
    values = reputation(actors, times)[:, 0]
    peer_values = values[: len(peers) * weeks].reshape(len(peers), weeks)
    mine = values[len(peers) * weeks :]
    back = min(4, weeks - 1)
    peer_growth = peer_values[:, -1] - peer_values[:, -1 - back]
    growth = float(mine[-1] - mine[-1 - back])
    p25, p50, p75 = np.percentile(peer_values, [25, 50, 75], axis=0)
    return ReputationTrajectory(
        week_end_ms=tuple(int(t) for t in ends),
        user=tuple(float(v) for v in mine),
        peers_p25=tuple(float(v) for v in p25),
        peers_median=tuple(float(v) for v in p50),
        peers_p75=tuple(float(v) for v in p75),
        n_peers=len(peers),
        percentile=_percentile_of(float(mine[-1]), peer_values[:, -1]),
        growth=growth,
        peers_median_growth=float(np.median(peer_growth)),
        growth_percentile=_percentile_of(growth, peer_growth),
    )


def skill_values(
    snap: Snapshot, built: PostFeatures, user_code: int | None, user: UserProfile, weeks: int = 8
) -> list[SkillValue]:
    role = int(user.role)
    peers = np.flatnonzero(snap.actor_role == role)
    if len(peers) < 5:
        return []
    is_peer = np.zeros(len(snap.actors), dtype=bool)
    is_peer[peers] = True
    since = snap.as_of_ms - weeks * WEEK_MS
    # Orders received as a seller where peers of this role sell enough, else engagement per post.
    recent_orders = (snap.order_time > since) & (snap.order_listing >= 0)
    sellers = snap.listing_seller[snap.order_listing[recent_orders]]
    orders = np.bincount(sellers, minlength=len(snap.actors)).astype(np.float64)
    if orders[peers].sum() >= 20:
        outcome, label = orders, "orders"
    else:
        lab = built.labels
        use = lab.matured & (snap.post_time > since)
        sums = np.bincount(snap.post_author[use], lab.engagement[use], len(snap.actors))
        counts = np.bincount(snap.post_author[use], minlength=len(snap.actors))
        with np.errstate(invalid="ignore", divide="ignore"):
            outcome = np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)
        label = "engagement"
    to_peer = is_peer[snap.endorse_target]
    pairs = np.unique(snap.endorse_target[to_peer] * max(len(snap.skills), 1) + snap.endorse_skill[to_peer])
    target, skill = pairs // max(len(snap.skills), 1), pairs % max(len(snap.skills), 1)
    claimed = {s.strip().casefold() for s in user.skills}
    names = set(snap.skills[s] for s in np.unique(skill)) | claimed
    out = []
    peer_outcome = outcome[peers]
    valid = ~np.isnan(peer_outcome)
    for name in sorted(names):
        code = snap.skills.index(name) if name in snap.skills else -1
        endorsed = np.zeros(len(snap.actors), dtype=bool)
        endorsed[target[skill == code]] = True
        e = endorsed[peers] & valid
        o = ~endorsed[peers] & valid
        if e.sum() < 2 or o.sum() < 2:
            lift = 1.0
        else:
            # A pseudo-count keeps a skill with two lucky peers from topping the list.
            prior = float(np.mean(peer_outcome[valid]))
            lift = float((peer_outcome[e].sum() + 3 * prior) / (e.sum() + 3) / max(peer_outcome[o].mean(), 1e-9))
        mine = 0
        if user_code is not None and code >= 0:
            mine = int(((snap.endorse_target == user_code) & (snap.endorse_skill == code)).sum())
        share = endorsed[peers].mean()
        out.append(
            SkillValue(
                skill=name,
                peers_endorsed=int(endorsed[peers].sum()),
                peers_total=len(peers),
                lift=lift,
                outcome=label,
                user_endorsements=mine,
                user_claimed=name in claimed,
                worth=float(np.log(max(lift, 1e-9)) * (1.0 - 0.5 * share)),
            )
        )
    return sorted(out, key=lambda s: (-s.worth, s.skill))


def brand_report(
    snap: Snapshot, built: PostFeatures, model: EngagementModel, user: UserProfile, top_posts: int = 3
) -> BrandReport:
    code = snap.actor_code(user.actor)
    lab = built.labels
    x = built.matrix
    mine = np.flatnonzero((snap.post_author == code) & lab.matured) if code is not None else np.zeros(0, np.int64)
    reviews: list[PostReview] = []
    if len(mine):
        # "Usual" is the user's mean when each post went out; the first posts are compared with their mean.
        usual = x[mine, COL["author_mean"]]
        usual = np.where(np.isnan(usual), float(lab.engagement[mine].mean()), usual)
        surplus = lab.engagement[mine] - usual
        best = mine[np.argsort(-surplus, kind="stable")[:top_posts]]
        best = best[lab.engagement[best] > 1.1 * np.maximum(usual[np.searchsorted(mine, best)], 1.0)]
        if len(best):
            own = reference_rows(x, np.zeros(len(x), np.int64), np.isin(np.arange(len(x)), mine))[0]
            parts = contributions(model, x[best], own)
            tag_names = _tags_of(snap, best)
            for i, post in enumerate(best.tolist()):
                reviews.append(
                    PostReview(
                        post_id=snap.post_ids[post],
                        time_ms=int(snap.post_time[post]),
                        kind=PostKind(int(snap.post_kind[post])),
                        media_type=MediaType(int(snap.post_media[post])),
                        tags=tag_names[i],
                        engagement=float(lab.engagement[post]),
                        usual=float(usual[np.searchsorted(mine, post)]),
                        contributions=tuple(parts[i]),
                    )
                )
    hours: tuple[tuple[int, float], ...] = ()
    role_rows = reference_rows(x, snap.post_role, lab.matured & (snap.post_time > snap.as_of_ms - 28 * DAY_MS))
    typical = role_rows.get(int(user.role), role_rows.get(0))
    if typical is not None:
        if len(mine):
            # The user's own typical post: their author features and habits, at each hour.
            typical = reference_rows(x, np.zeros(len(x), np.int64), np.isin(np.arange(len(x)), mine))[0]
        rows = np.repeat(typical[None, :], 24, axis=0)
        rows[:, COL["hour"]] = np.arange(24)
        expected = model.predict(rows).engagement
        hours = tuple((h, float(expected[h])) for h in range(24))
    return BrandReport(
        role=user.role,
        trajectory=trajectory(snap, built.reputation, code, user.role) if code is not None else None,
        skills=tuple(skill_values(snap, built, code, user)),
        best_posts=tuple(reviews),
        hours=hours,
    )


def _tags_of(snap: Snapshot, posts: I64) -> list[tuple[str, ...]]:
    out = []
    for post in posts.tolist():
        codes = snap.tag_code[snap.tag_post == post]
        out.append(tuple(snap.tags[c] for c in codes.tolist()))
    return out
