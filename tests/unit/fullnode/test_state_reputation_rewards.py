"""The reward pool: split at the end of each epoch between the authors of the posts old enough to be judged and
the curators whose votes agreed with the consensus (never for voting first), paid in ExC on chain, always
summing to the pool; and the properties that hold over random activity across many epochs."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from fullnode.state._rewards import divide_pool, split
from fullnode.state._social_index import SocialIndex
from lightnode.protocol import actions as A
from lightnode.protocol import state as S
from lightnode.protocol.actions import PostKind
from lightnode.protocol.encoding import ONE_EXC

from .state_harness import FEE, Chain, key

EPOCH = 5
POOL = ONE_EXC


def photo(text: str = "look") -> A.Post:
    return A.Post(PostKind.PHOTO, text, ("ss26",), (b"\x07" * 32,), (), b"", 0, "")


def promote(chain: Chain, promoter_index: int, post_id: bytes, amount: int = POOL) -> A.Promotion:
    return A.Promotion(post_id, amount, 100)


def totals(chain: Chain, actor: bytes) -> S.RewardTotals:
    return chain.get(S.reward_key(actor), S.RewardTotals) or S.EMPTY_REWARDS


# -- the split itself --------------------------------------------------------------------------------------

_ids = st.binary(min_size=1, max_size=2)


@settings(max_examples=300)
@given(st.integers(0, 10**30), st.lists(st.tuples(_ids, st.integers(-5, 10**15)), max_size=30))
def test_a_split_always_sums_to_the_amount(amount: int, weights: list[tuple[bytes, int]]) -> None:
    shares = split(amount, weights)
    positive: dict[bytes, int] = {}
    for who, weight in weights:
        if weight > 0:
            positive[who] = positive.get(who, 0) + weight
    if amount == 0 or not positive:
        assert shares == {}
        return
    assert sum(shares.values()) == amount
    assert set(shares) == set(positive)
    total = sum(positive.values())
    for who, share in shares.items():
        # Never more than one base unit from the exact proportion.
        assert abs(share * total - amount * positive[who]) < total


@settings(max_examples=300)
@given(
    st.integers(0, 10**27),
    st.integers(0, 10_000),
    st.dictionaries(_ids, st.integers(-3, 10**9), max_size=8),
    st.dictionaries(_ids, st.integers(-3, 10**9), max_size=8),
)
def test_the_pool_is_paid_whole_or_not_at_all(
    pool: int, author_bps: int, authors: dict[bytes, int], curators: dict[bytes, int]
) -> None:
    result = divide_pool(pool, author_bps, authors, curators)
    has_authors = any(w > 0 for w in authors.values())
    has_curators = any(w > 0 for w in curators.values())
    assert result.total == (pool if has_authors or has_curators else 0)
    if has_authors and has_curators and pool:
        assert sum(result.authors.values()) == pool * author_bps // 10_000
        assert sum(result.curators.values()) == pool - pool * author_bps // 10_000


# -- on the chain ------------------------------------------------------------------------------------------


def test_authors_and_curators_share_the_pool_by_score_and_accuracy() -> None:
    chain = Chain(actors=6, params={"epoch_blocks": EPOCH, "seed_trust": 10_000})
    a, b, c, d, e, f = chain.keys
    first = chain.sign(a, photo("a"))
    second = chain.sign(b, photo("b"))
    chain.block(first, second)
    post_a, post_b = first.id(), second.id()
    # First votes of pre-trusted accounts weigh isqrt(10,000) = 100 each.
    chain.block(
        chain.sign(c, A.PostVote(post_a, 1)),
        chain.sign(d, A.PostVote(post_a, 1)),
        chain.sign(e, A.PostVote(post_a, -1)),
        chain.sign(c, A.PostVote(post_b, 1)),
    )
    chain.ok(f, promote(chain, 5, post_b))
    assert chain.pool(S.REWARDS_KEY) == POOL
    # The posts of blocks 1..5 are judged at the start of block 11, once they had a whole epoch of votes.
    chain.advance_to(2 * EPOCH)
    assert chain.pool(S.REWARDS_KEY) == POOL
    before = {k.actor_id: chain.balance(k) for k in chain.keys}
    result = chain.block()
    assert chain.pool(S.REWARDS_KEY) == 0
    paid = {k.actor_id: chain.balance(k) - before[k.actor_id] for k in chain.keys}
    # Authors: 100 and 100 of score, half the pool. Curators: c agreed twice (200), d once (100), e's down
    # vote went against the consensus (nothing); the other half goes 2:1, the odd unit to the larger remainder.
    assert paid == {
        a.actor_id: POOL // 4,
        b.actor_id: POOL // 4,
        c.actor_id: POOL // 3,
        d.actor_id: POOL // 2 - POOL // 3,
        e.actor_id: 0,
        f.actor_id: 0,
    }
    assert sum(paid.values()) == POOL
    assert (totals(chain, c.actor_id).judged, totals(chain, c.actor_id).accurate) == (2, 2)
    assert (totals(chain, e.actor_id).judged, totals(chain, e.actor_id).accurate) == (1, 0)
    # Accurate curation also earns reputation: half the agreeing weight, less the disagreeing.
    assert (chain.reputation(c).curation, chain.reputation(d).curation, chain.reputation(e).curation) == (100, 50, 0)
    rewards = [ev for ev in result.events if ev.kind == "reward"]
    assert {ev.actors[0] for ev in rewards} == {a.actor_id, b.actor_id, c.actor_id, d.actor_id}
    state = chain.get(S.EPOCH_KEY, S.EpochState)
    assert state is not None
    assert (state.last_pool, state.last_authors + state.last_curators, state.last_posts) == (POOL, POOL, 2)


def test_voting_first_earns_no_more_than_voting_later() -> None:
    chain = Chain(actors=4, params={"epoch_blocks": EPOCH, "seed_trust": 10_000})
    author, early, late, promoter = chain.keys
    post_id = chain.ok(author, photo())
    chain.ok(early, A.PostVote(post_id, 1))
    chain.ok(promoter, promote(chain, 3, post_id))
    # The late curator votes in the last block before the post is judged.
    chain.advance_to(2 * EPOCH - 1)
    chain.ok(late, A.PostVote(post_id, 1))
    chain.block()
    assert totals(chain, early.actor_id).curator == totals(chain, late.actor_id).curator == POOL // 4


def test_a_post_is_judged_once_after_a_whole_epoch_and_an_empty_window_carries_the_pool() -> None:
    chain = Chain(actors=3, params={"epoch_blocks": EPOCH, "seed_trust": 10_000})
    author, voter, promoter = chain.keys
    chain.advance_to(EPOCH - 3)
    post_id = chain.ok(author, photo())
    chain.ok(voter, A.PostVote(post_id, 1))
    chain.ok(promoter, promote(chain, 2, post_id))
    # The first epoch ends at block 6: nothing old enough to judge, so the pool waits.
    chain.advance_to(EPOCH + 1)
    state = chain.get(S.EPOCH_KEY, S.EpochState)
    assert state is not None
    assert (state.number, state.last_pool, state.last_authors, state.last_posts) == (1, POOL, 0, 0)
    assert chain.pool(S.REWARDS_KEY) == POOL
    chain.advance_to(2 * EPOCH + 1)
    assert totals(chain, author.actor_id).author == POOL // 2
    assert chain.pool(S.REWARDS_KEY) == 0
    # Later epochs never pay the same post again, even with a new pool.
    chain.ok(promoter, promote(chain, 2, post_id))
    chain.advance_to(4 * EPOCH + 1)
    assert totals(chain, author.actor_id).author == POOL // 2
    assert chain.pool(S.REWARDS_KEY) == POOL


def test_a_down_voted_post_pays_its_author_nothing_but_rewards_accurate_down_votes() -> None:
    chain = Chain(actors=3, params={"epoch_blocks": EPOCH, "seed_trust": 10_000, "reward_author_bps": 8000})
    author, critic, promoter = chain.keys
    post_id = chain.ok(author, photo())
    chain.ok(critic, A.PostVote(post_id, -1))
    chain.ok(promoter, promote(chain, 2, post_id))
    chain.advance_to(2 * EPOCH + 1)
    # No author earned anything, so the curators' side takes the whole pool.
    assert totals(chain, author.actor_id).author == 0
    assert totals(chain, critic.actor_id).curator == POOL


def test_a_share_of_every_fee_feeds_the_reward_pool_when_the_dao_sets_one() -> None:
    chain = Chain(actors=2, params={"fee_reward_bps": 2500})
    chain.ok(chain.keys[0], A.Transfer(chain.keys[1].actor_id, 1, ""))
    assert (chain.pool(S.FUND_KEY), chain.pool(S.REWARDS_KEY)) == (FEE - FEE // 4, FEE // 4)


# -- random activity over many epochs ----------------------------------------------------------------------

GENESIS_ACTORS = 4
NEWCOMERS = 2


class RewardsOverEpochs(RuleBasedStateMachine):
    """Random posts, votes, endorsements and promotions by pre-trusted and new accounts, over epochs of three
    blocks: money is conserved, every epoch pays its whole pool or nothing, and the social index always
    equals one built afresh."""

    def __init__(self) -> None:
        super().__init__()
        self.chain = Chain(actors=GENESIS_ACTORS, params={"epoch_blocks": 3, "seed_trust": 400, "fee_reward_bps": 5000})
        self.actors = [*self.chain.keys, *(key(90 + i) for i in range(NEWCOMERS))]
        self.chain.block(
            *(self.chain.sign(self.chain.keys[0], A.Transfer(k.actor_id, 50 * ONE_EXC, "")) for k in self.actors[4:])
        )
        self.chain.block(*(self.chain.sign(k, A.SkillClaim("styling", "")) for k in self.actors))
        self.posts: list[bytes] = []
        self.supply = self.chain.supply()

    def _run(self, who: int, payload: A.Payload) -> None:
        result = self.chain.run(self.actors[who % len(self.actors)], payload)
        if result.ok and isinstance(payload, A.Post):
            self.posts.append(result.action_id)

    @rule(who=st.integers(0, 9))
    def post(self, who: int) -> None:
        self._run(who, photo())

    @rule(who=st.integers(0, 9), which=st.integers(0, 50), value=st.sampled_from([1, 1, -1, 0]))
    def vote(self, who: int, which: int, value: int) -> None:
        if self.posts:
            self._run(who, A.PostVote(self.posts[which % len(self.posts)], value))

    @rule(who=st.integers(0, 9), whom=st.integers(0, 9))
    def endorse(self, who: int, whom: int) -> None:
        self._run(who, A.Endorsement(self.actors[whom % len(self.actors)].actor_id, "styling", b"", ""))

    @rule(who=st.integers(0, 9), which=st.integers(0, 50), cents=st.integers(1, 500))
    def promote(self, who: int, which: int, cents: int) -> None:
        if self.posts:
            self._run(who, A.Promotion(self.posts[which % len(self.posts)], cents * ONE_EXC // 100, 10))

    @rule(blocks=st.integers(1, 4))
    def wait(self, blocks: int) -> None:
        self.chain.advance_to(self.chain.height + blocks)

    @invariant()
    def money_is_conserved(self) -> None:
        assert self.chain.supply() == self.supply

    @invariant()
    def each_epoch_pays_its_whole_pool_or_nothing(self) -> None:
        state = self.chain.get(S.EPOCH_KEY, S.EpochState)
        if state is not None:
            assert state.last_authors + state.last_curators in (0, state.last_pool)

    @invariant()
    def the_index_is_the_states(self) -> None:
        fresh = SocialIndex.from_items(self.chain.sm.tree.items())
        assert self.chain.sm.social_index().snapshot() == fresh.snapshot()


RewardsOverEpochs.TestCase.settings = settings(
    max_examples=12, stateful_step_count=30, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
TestRewardsOverEpochs = RewardsOverEpochs.TestCase
