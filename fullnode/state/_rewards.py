"""The reward pool: at the end of each epoch it is split between the authors of the posts old enough to be
judged and the curators whose votes agreed with the consensus those posts reached, and paid in ExC.

Curators earn for accuracy only: the time of a vote never matters, so voting first earns nothing extra.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from lightnode.protocol import state as S
from lightnode.protocol.state import PostRecord, RewardTotals

from ._context import Context, replace
from ._social_index import SocialIndex


def split(amount: int, weights: Iterable[tuple[bytes, int]]) -> dict[bytes, int]:
    """`amount` shared in proportion to the positive weights, by largest remainder: the shares always sum to
    exactly `amount` (empty when no weight is positive). Ties go to the smaller id."""
    merged: dict[bytes, int] = {}
    for who, weight in weights:
        if weight > 0:
            merged[who] = merged.get(who, 0) + weight
    total = sum(merged.values())
    if amount <= 0 or total == 0:
        return {}
    shares: dict[bytes, int] = {}
    remainders: list[tuple[int, bytes]] = []
    for who in sorted(merged):
        share, remainder = divmod(amount * merged[who], total)
        shares[who] = share
        remainders.append((-remainder, who))
    left = amount - sum(shares.values())
    for _, who in sorted(remainders)[:left]:
        shares[who] += 1
    return shares


@dataclass(frozen=True, slots=True)
class Curation:
    """One curator's votes on the posts judged this epoch."""

    judged: int = 0
    accurate: int = 0
    #: Weight of the votes that agreed, and of those that did not.
    agreed: int = 0
    disagreed: int = 0

    @property
    def reward_weight(self) -> int:
        """Agreeing weight scaled by the share of votes that agreed: voting every way on everything earns
        less than judging well."""
        return self.agreed * self.accurate // self.judged if self.judged else 0

    @property
    def points(self) -> int:
        """Reputation points for the epoch's curation (never negative)."""
        return max(0, self.agreed - self.disagreed) // 2


@dataclass(frozen=True, slots=True)
class Split:
    """How a pool is divided between authors and curators."""

    authors: dict[bytes, int]
    curators: dict[bytes, int]

    @property
    def total(self) -> int:
        return sum(self.authors.values()) + sum(self.curators.values())


def divide_pool(
    pool: int, author_bps: int, author_weights: dict[bytes, int], curator_weights: dict[bytes, int]
) -> Split:
    """Authors get `author_bps` of the pool and curators the rest; a side with no positive weight leaves
    its part to the other, and with none on either side nothing is paid (the pool carries over).
    Either way, what is paid is the whole pool or nothing."""
    has_authors = any(w > 0 for w in author_weights.values())
    has_curators = any(w > 0 for w in curator_weights.values())
    if not has_authors and not has_curators:
        return Split({}, {})
    authors_part = pool * author_bps // 10_000
    if not has_curators:
        authors_part = pool
    elif not has_authors:
        authors_part = 0
    return Split(split(authors_part, author_weights.items()), split(pool - authors_part, curator_weights.items()))


def judge(
    posts: Iterable[tuple[bytes, PostRecord]], votes: dict[bytes, dict[bytes, tuple[int, int]]]
) -> tuple[dict[bytes, int], dict[bytes, Curation]]:
    """Authors' weights (the positive scores of their posts) and every voter's curation, where a vote is
    accurate when it has the sign of its post's final score (a post scored 0 judges nobody)."""
    authors: dict[bytes, int] = {}
    curation: dict[bytes, Curation] = {}
    for post_id, record in posts:
        if record.score > 0:
            authors[record.author] = authors.get(record.author, 0) + record.score
        consensus = (record.score > 0) - (record.score < 0)
        if consensus == 0:
            continue
        for voter, (value, weight) in sorted(votes.get(post_id, {}).items()):
            c = curation.get(voter, Curation())
            if value == consensus:
                c = Curation(c.judged + 1, c.accurate + 1, c.agreed + weight, c.disagreed)
            else:
                c = Curation(c.judged + 1, c.accurate, c.agreed, c.disagreed + weight)
            curation[voter] = c
    return authors, curation


@dataclass(frozen=True, slots=True)
class Paid:
    pool: int = 0
    authors: int = 0
    curators: int = 0
    posts: int = 0
    curator_count: int = 0
    actors: set[bytes] = field(default_factory=set)


def pay_epoch(ctx: Context, index: SocialIndex, epoch: int, *, after: int, upto: int) -> Paid:
    """Judge the posts created at heights after..upto, pay the reward pool out and add curation points."""
    window = sorted(p for p, t in index.posts.items() if after < t.created_height <= upto)
    posts: list[tuple[bytes, PostRecord]] = []
    for post_id in window:
        record = ctx.get(S.post_key(post_id), PostRecord)
        if record is not None:
            posts.append((post_id, record))
    author_weights, curation = judge(posts, index.votes)
    pool = ctx.pool(S.REWARDS_KEY)
    shares = divide_pool(
        pool,
        ctx.param("reward_author_bps"),
        author_weights,
        {voter: c.reward_weight for voter, c in curation.items()},
    )
    if shares.total:
        ctx.take_from_pool(S.REWARDS_KEY, shares.total)
    touched: set[bytes] = set()
    for actor in sorted(set(shares.authors) | set(shares.curators) | set(curation)):
        as_author = shares.authors.get(actor, 0)
        as_curator = shares.curators.get(actor, 0)
        c = curation.get(actor, Curation())
        ctx.credit(actor, as_author + as_curator)
        key = S.reward_key(actor)
        totals = ctx.get(key, RewardTotals) or S.EMPTY_REWARDS
        if as_author or as_curator:
            totals = replace(
                totals,
                author=totals.author + as_author,
                curator=totals.curator + as_curator,
                last_epoch=epoch,
                last_author=as_author,
                last_curator=as_curator,
            )
            ctx.emit("reward", (actor,), epoch=epoch, author=as_author, curator=as_curator)
        ctx.put(key, replace(totals, judged=totals.judged + c.judged, accurate=totals.accurate + c.accurate))
        if c.points:
            ctx.add_reputation(actor, curation=c.points)
            touched.add(actor)
    return Paid(
        pool=pool,
        authors=sum(shares.authors.values()),
        curators=sum(shares.curators.values()),
        posts=len(posts),
        curator_count=len(shares.curators),
        actors=touched,
    )
