"""Reputation rules: vote weights with diminishing returns, endorsement trust flows, the propagation of trust
over the endorsement graph at the end of every epoch (in the spirit of EigenTrust), and milestone badges.

Trust starts at the pre-trusted (genesis) accounts and at what an actor earned outside endorsements (votes
received, completed work, ratings, curation) and flows along endorsements, damped at every step and shared
among each endorser's endorsements. An account nobody trusted gives nothing, so a closed ring of new accounts
that only endorse and vote for each other earns nothing at all. Everything is integer arithmetic.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from math import isqrt

import numpy as np
import numpy.typing as npt

from lightnode.protocol import state as S
from lightnode.protocol.state import (
    BADGE_MILESTONES,
    BadgeEntry,
    Badges,
    EndorserStats,
    EpochState,
    Reputation,
    SkillRecord,
)

from . import _rewards
from ._context import ORDER_ENDORSEMENT_FACTOR, Context, replace
from ._social_index import SocialIndex

Int64Array = npt.NDArray[np.int64]

#: An endorser's general reputation (everything but endorsements) counts for this fraction of its trust in a
#: skill; its reputation in that very skill counts in full.
GENERAL_DIVISOR = 4
#: Fixed-point unit of trust while it propagates (points × FIXED).
FIXED = 1 << 16
#: An actor's own trust is capped here (in points), so that no product overflows 64 bits.
MAX_OWN_TRUST = 1 << 28
#: Propagation stops when nothing changes, and after this many rounds at most (a fixed bound, so every node
#: does the same work and gets the same result even when trust is still moving by a unit).
MAX_ROUNDS = 64
#: Each further standing vote of one voter on one author's posts adds less: the n-th adds
#: weight × (√n − √(n−1)), computed as below.
_VOTE_STEP = 10_000


# -- the weights of one action -----------------------------------------------------------------------------


def seed_trust(ctx: Context, actor: bytes) -> int:
    """The trust a pre-trusted actor brings (`seed_trust` for genesis accounts, 0 for everyone else)."""
    return ctx.param("seed_trust") if ctx.get(S.seed_key(actor), S.TrustSeed) is not None else 0


def general_reputation(reputation: Reputation) -> int:
    """What an actor earned outside endorsements (never negative)."""
    return max(0, reputation.score - reputation.endorsements)


def own_trust(seed: int, reputation: Reputation) -> int:
    """An actor's trust before anything flows to it through endorsements, in points."""
    return min(MAX_OWN_TRUST, seed + general_reputation(reputation) // GENERAL_DIVISOR)


def vote_weight(seed: int, reputation: Reputation) -> int:
    """The weight of a first vote: isqrt(seed + max(0, score)). An account nobody trusted weighs 0."""
    return isqrt(seed + reputation.weight_base)


def diminished(weight: int, n: int) -> int:
    """The weight of a voter's n-th standing vote (n ≥ 1) of one direction on one author's posts:
    weight × (isqrt(n·10⁴) − isqrt((n−1)·10⁴)) / 100, so n votes add about weight × √n in all."""
    return weight * (isqrt(n * _VOTE_STEP) - isqrt((n - 1) * _VOTE_STEP)) // 100


def endorsement_flow(trust: int, strength: int, out_strength: int, damping_bps: int) -> int:
    """The trust (points) one endorsement passes on: the endorser's trust in the skill, damped, times this
    endorsement's strength over the strength of all the endorser's endorsements in the skill (at least
    ORDER_ENDORSEMENT_FACTOR, so that one plain endorsement passes half what an order-backed one does)."""
    return trust * damping_bps * strength // (10_000 * max(out_strength, ORDER_ENDORSEMENT_FACTOR))


def provisional_endorsement(ctx: Context, endorser: bytes, skill: bytes, strength: int) -> tuple[int, EndorserStats]:
    """The weight a new endorsement carries until the next epoch recomputes the whole graph, and the
    endorser's stats with it counted."""
    stats = ctx.get(S.endorser_key(endorser, skill), EndorserStats) or EndorserStats(0, 0)
    stats = EndorserStats(stats.endorsements + 1, stats.strength + strength)
    own = ctx.get(S.skill_key(endorser, skill), SkillRecord)
    trust = own_trust(seed_trust(ctx, endorser), ctx.reputation(endorser)) + (own.score if own else 0)
    return endorsement_flow(trust, strength, stats.strength, ctx.param("trust_damping_bps")), stats


# -- propagation over the whole graph ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TrustGraph:
    """Nodes are (actor, skill) pairs; `own` is each node's own trust in points; edges go from the endorser's
    node to the endorsed node of the same skill with a strength (1, or ORDER_ENDORSEMENT_FACTOR)."""

    own: Int64Array
    src: Int64Array
    dst: Int64Array
    strength: Int64Array


@dataclass(frozen=True, slots=True)
class Propagated:
    #: The trust (whole points) that flowed to each node.
    points: Int64Array
    #: Per edge (in the graph's order), whether it carried any trust.
    carried: npt.NDArray[np.bool_]


def propagate(graph: TrustGraph, damping_bps: int) -> Propagated:
    """The trust (points) that flows to every node: the least fixed point of
    x[j] = Σ_{i→j} ⌊(own[i] + x[i]) · damping · strength_ij / (10⁴ · max(out_i, 2))⌋ in fixed point,
    reached from x = 0 by rounds that only ever raise it (integers, so the order of sums never matters)."""
    n = len(graph.own)
    x: Int64Array = np.zeros(n, dtype=np.int64)
    if n == 0 or len(graph.src) == 0 or damping_bps == 0:
        return Propagated(x, np.zeros(len(graph.src), dtype=np.bool_))
    own = np.minimum(graph.own, MAX_OWN_TRUST).astype(np.int64) * FIXED
    out: Int64Array = np.zeros(n, dtype=np.int64)
    np.add.at(out, graph.src, graph.strength)
    order = np.argsort(graph.dst, kind="stable")
    dst = graph.dst[order]
    src = graph.src[order]
    numerator = graph.strength[order] * damping_bps
    denominator = np.maximum(out, ORDER_ENDORSEMENT_FACTOR)[src] * 10_000
    starts = np.flatnonzero(np.concatenate(([True], dst[1:] != dst[:-1])))
    targets = dst[starts]
    flow: Int64Array = np.zeros(len(src), dtype=np.int64)
    for _ in range(MAX_ROUNDS):
        flow = ((own + x)[src] * numerator) // denominator
        nxt: Int64Array = np.zeros(n, dtype=np.int64)
        nxt[targets] = np.add.reduceat(flow, starts)
        if np.array_equal(nxt, x):
            break
        x = nxt
    carried = np.zeros(len(src), dtype=np.bool_)
    carried[order] = flow > 0
    return Propagated(x // FIXED, carried)


def trust_graph(index: SocialIndex, seed: int) -> TrustGraph:
    """The index's endorsement graph with every node's own trust."""
    own_by_actor: dict[bytes, int] = {}
    own = np.zeros(len(index.node_keys), dtype=np.int64)
    for node, (actor, _skill) in enumerate(index.node_keys):
        value = own_by_actor.get(actor)
        if value is None:
            reputation = index.reputations.get(actor, S.EMPTY_REPUTATION)
            value = own_by_actor[actor] = own_trust(seed if actor in index.seeds else 0, reputation)
        own[node] = value
    return TrustGraph(
        own=own,
        src=np.array(index.edge_src, dtype=np.int64),
        dst=np.array(index.edge_dst, dtype=np.int64),
        strength=np.array(index.edge_strength, dtype=np.int64),
    )


@dataclass(frozen=True, slots=True)
class Recomputed:
    #: Actors whose reputation changed.
    touched: set[bytes]
    #: Per actor, the most endorsements that carried trust to any one of its skills.
    most_endorsed: dict[bytes, int]


def recompute_trust(ctx: Context, index: SocialIndex) -> Recomputed:
    """Replace every skill's score (and every actor's `endorsements`) by the propagated trust."""
    if not index.edge_src:
        return Recomputed(set(), {})
    graph = trust_graph(index, ctx.param("seed_trust"))
    propagated = propagate(graph, ctx.param("trust_damping_bps"))
    points = propagated.points
    targets = sorted({index.node_keys[d] for d in index.edge_dst})
    per_actor: dict[bytes, int] = {}
    for actor, skill in targets:
        value = int(points[index.nodes[(actor, skill)]])
        per_actor[actor] = per_actor.get(actor, 0) + value
        key = S.skill_key(actor, skill)
        record = ctx.get(key, SkillRecord)
        if record is not None and record.score != value:
            ctx.put(key, replace(record, score=value))
    touched: set[bytes] = set()
    for actor in sorted(per_actor):
        delta = per_actor[actor] - ctx.reputation(actor).endorsements
        if delta:
            ctx.add_reputation(actor, endorsements=delta)
            touched.add(actor)
    return Recomputed(touched, _most_endorsed(index, propagated.carried))


# -- badges ------------------------------------------------------------------------------------------------


def _most_endorsed(index: SocialIndex, carried: npt.NDArray[np.bool_]) -> dict[bytes, int]:
    """Per actor, the most endorsements that carried trust to any one of its skills (a ring's count none)."""
    counts: dict[int, int] = {}
    for edge in np.flatnonzero(carried).tolist():
        node = index.edge_dst[edge]
        counts[node] = counts.get(node, 0) + 1
    best: dict[bytes, int] = {}
    for node, count in counts.items():
        actor = index.node_keys[node][0]
        best[actor] = max(best.get(actor, 0), count)
    return best


def measures(reputation: Reputation, social: S.SocialStats, most_endorsed: int) -> dict[str, int]:
    return {
        "score": reputation.score,
        "endorsements": most_endorsed,
        "work": reputation.work,
        "curation": reputation.curation,
        "posts": social.posts,
        "followers": social.followers,
    }


def mint_badges(ctx: Context, index: SocialIndex, touched: Iterable[bytes], most: dict[bytes, int]) -> None:
    """Mint every badge whose milestone an actor reached and does not hold yet (`most`: see Recomputed)."""
    touched = set(touched)
    actors = sorted(set(index.reputations) | set(index.social) | touched)
    for actor in actors:
        reputation = ctx.reputation(actor) if actor in touched else index.reputations.get(actor, S.EMPTY_REPUTATION)
        figures = measures(reputation, index.social.get(actor, S.EMPTY_SOCIAL), most.get(actor, 0))
        held = index.badges.get(actor, frozenset())
        new = [b for b, m in BADGE_MILESTONES.items() if b not in held and figures[m.measure] >= m.threshold]
        if not new:
            continue
        key = S.badge_key(actor)
        current = ctx.get(key, Badges) or Badges(())
        entries = {e.badge: e for e in current.badges}
        for badge in new:
            entries[badge] = BadgeEntry(badge, ctx.height, figures[BADGE_MILESTONES[badge].measure])
            ctx.emit("badge", (actor,), badge=S.Badge(badge).name.lower(), value=entries[badge].value)
        ctx.put(key, Badges(tuple(entries[b] for b in sorted(entries))))


# -- the end of an epoch -----------------------------------------------------------------------------------


def begin_block(ctx: Context, index_of_parent: Callable[[], SocialIndex]) -> None:
    """Before a block's actions: if the epoch is over, recompute trust, pay the reward pool and mint badges.

    Runs on the parent state, which `index_of_parent` describes exactly (it is only built when needed).
    """
    epoch = ctx.get(S.EPOCH_KEY, EpochState) or S.GENESIS_EPOCH
    if ctx.height < epoch.start_height + ctx.param("epoch_blocks"):
        return
    index = index_of_parent()
    trust = recompute_trust(ctx, index)
    paid = _rewards.pay_epoch(ctx, index, epoch.number, after=epoch.paid_upto, upto=epoch.start_height - 1)
    mint_badges(ctx, index, trust.touched | paid.actors, trust.most_endorsed)
    ctx.put(
        S.EPOCH_KEY,
        EpochState(
            number=epoch.number + 1,
            start_height=ctx.height,
            paid_upto=max(epoch.paid_upto, epoch.start_height - 1),
            last_pool=paid.pool,
            last_authors=paid.authors,
            last_curators=paid.curators,
            last_posts=paid.posts,
            last_curator_count=paid.curator_count,
        ),
    )
    ctx.emit(
        "epoch",
        (),
        epoch=epoch.number,
        pool=paid.pool,
        authors=paid.authors,
        curators=paid.curators,
        posts=paid.posts,
    )
