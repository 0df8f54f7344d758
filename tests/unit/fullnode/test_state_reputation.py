"""Reputation: trust that propagates over the endorsement graph at the end of each epoch, vote weights that
diminish per voter and author, closed rings and sock puppets that gain nothing, milestone badges, and the
social index the epoch reads."""

from __future__ import annotations

import threading
from collections.abc import Iterable

import pytest

from fullnode.state import StateMachine
from fullnode.state._social_index import SocialIndex
from lightnode.protocol import actions as A
from lightnode.protocol import state as S
from lightnode.protocol.actions import PostKind
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.errors import ValidationError
from lightnode.protocol.keys import PrivateKey

from .state_harness import GENESIS_TIME_MS, Chain, key

EPOCH = 5


def chain_with(actors: int = 6, **params: int) -> Chain:
    return Chain(actors=actors, params={"epoch_blocks": EPOCH, **params})


def newcomers(chain: Chain, count: int, first: int = 100) -> list[PrivateKey]:
    """Accounts that are not in the genesis (so nobody pre-trusts them), funded by a transfer."""
    keys = [key(first + i) for i in range(count)]
    chain.block(*(chain.sign(chain.keys[0], A.Transfer(k.actor_id, 10 * ONE_EXC, "")) for k in keys))
    return keys


def epoch(chain: Chain) -> S.EpochState:
    return chain.get(S.EPOCH_KEY, S.EpochState) or S.GENESIS_EPOCH


def end_epoch(chain: Chain) -> None:
    """Run blocks up to and including the first one of the next epoch (whose start does the epoch's work)."""
    current = epoch(chain)
    chain.advance_to(current.start_height + chain.sm.params.get("epoch_blocks"))
    assert epoch(chain).number == current.number + 1


def skill_score(chain: Chain, actor: PrivateKey, skill: str = "styling") -> int:
    record = chain.get(S.skill_key(actor.actor_id, S.skill_id(skill)), S.SkillRecord)
    assert record is not None
    return record.score


def photo(text: str = "look") -> A.Post:
    return A.Post(PostKind.PHOTO, text, ("ss26",), (b"\x07" * 32,), (), b"", 0, "")


# -- propagated trust --------------------------------------------------------------------------------------


def test_trust_propagates_along_endorsements_at_the_end_of_an_epoch() -> None:
    chain = chain_with(seed_trust=1000)
    seed = chain.keys[0]
    first, second = newcomers(chain, 2)
    chain.ok(first, A.SkillClaim("styling", ""))
    chain.ok(second, A.SkillClaim("styling", ""))
    # `first` endorses `second` while nobody trusts `first`: the endorsement carries nothing yet.
    chain.ok(first, A.Endorsement(second.actor_id, "styling", b"", ""))
    assert skill_score(chain, second) == 0
    # The seed's endorsement gives `first` 1000 × 50% × 1/2 = 250 at once.
    chain.ok(seed, A.Endorsement(first.actor_id, "styling", b"", ""))
    assert skill_score(chain, first) == 250
    end_epoch(chain)
    # Now `first` is trusted, and so its earlier endorsement counts: 250 × 50% × 1/2 = 62.5.
    assert (skill_score(chain, first), skill_score(chain, second)) == (250, 62)
    assert chain.reputation(second).endorsements == 62
    assert chain.get(S.REPUTATION_TOTAL_KEY, S.ReputationTotal) == S.ReputationTotal(250 + 62)


def test_an_endorsement_weighs_the_endorsers_reputation_in_that_skill() -> None:
    chain = chain_with(seed_trust=1000)
    seed = chain.keys[0]
    stylist, one, other = newcomers(chain, 3)
    chain.ok(stylist, A.SkillClaim("styling", ""))
    chain.ok(seed, A.Endorsement(stylist.actor_id, "styling", b"", ""))
    for target in (one, other):
        chain.ok(target, A.SkillClaim("styling", ""))
        chain.ok(target, A.SkillClaim("draping", ""))
    chain.ok(stylist, A.Endorsement(one.actor_id, "styling", b"", ""))
    chain.ok(stylist, A.Endorsement(other.actor_id, "draping", b"", ""))
    # Trusted in styling, unknown in draping: the styling endorsement carries weight, the draping one none.
    assert skill_score(chain, one, "styling") == 62
    assert skill_score(chain, other, "draping") == 0
    end_epoch(chain)
    assert skill_score(chain, one, "styling") == 62
    assert skill_score(chain, other, "draping") == 0


def test_an_endorsers_trust_is_shared_among_its_endorsements() -> None:
    chain = chain_with(seed_trust=1000)
    seed = chain.keys[0]
    targets = newcomers(chain, 4)
    for target in targets:
        chain.ok(target, A.SkillClaim("styling", ""))
        chain.ok(seed, A.Endorsement(target.actor_id, "styling", b"", ""))
    end_epoch(chain)
    # 1000 × 50% shared among four endorsements: 125 each, never 250 each.
    assert [skill_score(chain, t) for t in targets] == [125] * 4


def test_work_and_votes_received_add_to_an_endorsers_trust() -> None:
    chain = chain_with(seed_trust=0)
    seller, buyer = chain.keys[:2]
    target = newcomers(chain, 1)[0]
    chain.ok(target, A.SkillClaim("tailoring", ""))
    # With no seed trust at all, only what `seller` earned outside endorsements can flow.
    listing = chain.ok(
        seller,
        A.Listing(A.ListingKind.SERVICE, "tailoring", "Hem", "", (), ONE_EXC, A.PriceMode.FIXED, 3, "", 99, (), 10),
    )
    for _ in range(8):
        order = chain.ok(buyer, A.Order(listing, 1, ONE_EXC, ""))
        chain.ok(seller, A.OrderResponse(order, 1))
        chain.ok(buyer, A.Release(order))
    assert chain.reputation(seller).work == 40
    chain.ok(seller, A.Endorsement(target.actor_id, "tailoring", b"", ""))
    # 40 work points → 10 of own trust → 10 × 50% × 1/2 = 2.
    assert skill_score(chain, target, "tailoring") == 2


# -- rings, sock puppets, self-dealing -----------------------------------------------------------------


def test_a_closed_ring_that_only_endorses_and_votes_for_itself_gains_nothing() -> None:
    chain = chain_with(seed_trust=1000)
    seed, helper = chain.keys[:2]
    ring = newcomers(chain, 6)
    honest = newcomers(chain, 1, first=120)[0]
    posts: dict[bytes, bytes] = {}
    for member in [*ring, honest]:
        chain.ok(member, A.SkillClaim("styling", ""))
        posts[member.actor_id] = chain.ok(member, photo())
    # Everyone in the ring endorses everyone else in it, and up-votes everyone else's post.
    chain.block(
        *(
            chain.sign(m, A.Endorsement(other.actor_id, "styling", b"", ""))
            for m in ring
            for other in ring
            if other is not m
        )
    )
    chain.block(
        *(chain.sign(m, A.PostVote(posts[other.actor_id], 1)) for m in ring for other in ring if other is not m)
    )
    # The honest newcomer gets one endorsement and one vote, from pre-trusted accounts.
    chain.ok(seed, A.Endorsement(honest.actor_id, "styling", b"", ""))
    chain.ok(helper, A.PostVote(posts[honest.actor_id], 1))
    # A reward pool to share, and two epochs so the posts are judged and the trust recomputed.
    chain.ok(helper, A.Promotion(posts[honest.actor_id], ONE_EXC, 100))
    end_epoch(chain)
    end_epoch(chain)
    for member in ring:
        assert chain.reputation(member) == S.EMPTY_REPUTATION
        assert skill_score(chain, member) == 0
        assert chain.get(S.badge_key(member.actor_id), S.Badges) is None
        # Weightless votes leave the ring's posts at 0: no consensus to agree with, nothing earned.
        totals = chain.get(S.reward_key(member.actor_id), S.RewardTotals)
        assert totals is None or (totals.author, totals.curator) == (0, 0)
        post = chain.get(S.post_key(posts[member.actor_id]), S.PostRecord)
        assert post is not None
        assert (post.up, post.score) == (5, 0)
    assert chain.reputation(honest).endorsements == 250
    assert chain.reputation(honest).votes == 31  # isqrt(seed 1000)
    # The whole pool went to the one post with a trusted vote: its author and its one curator.
    honest_totals = chain.get(S.reward_key(honest.actor_id), S.RewardTotals)
    helper_totals = chain.get(S.reward_key(helper.actor_id), S.RewardTotals)
    assert honest_totals is not None
    assert helper_totals is not None
    assert (honest_totals.author, helper_totals.curator) == (ONE_EXC // 2, ONE_EXC // 2)


def test_a_ring_given_some_outside_trust_cannot_multiply_it() -> None:
    chain = chain_with(seed_trust=1000)
    seed = chain.keys[0]
    ring = newcomers(chain, 6)
    for member in ring:
        chain.ok(member, A.SkillClaim("styling", ""))
    chain.block(
        *(
            chain.sign(m, A.Endorsement(ring[(i + 1) % len(ring)].actor_id, "styling", b"", ""))
            for i, m in enumerate(ring)
        )
    )
    chain.ok(seed, A.Endorsement(ring[0].actor_id, "styling", b"", ""))
    end_epoch(chain)
    scores = [skill_score(chain, m) for m in ring]
    # 250 flows in; every step around the ring passes on a quarter of what arrived.
    assert scores == [250, 62, 15, 3, 0, 0]
    assert sum(scores) < 2 * 250


def test_a_sock_puppets_votes_weigh_nothing() -> None:
    chain = chain_with()
    author = chain.keys[0]
    puppet = newcomers(chain, 1)[0]
    post_id = chain.ok(author, photo())
    chain.ok(puppet, A.PostVote(post_id, 1))
    record = chain.get(S.post_key(post_id), S.PostRecord)
    assert record is not None
    assert (record.up, record.score) == (1, 0)
    assert chain.reputation(author) == S.EMPTY_REPUTATION


def test_repeated_votes_on_one_authors_posts_count_less_and_less() -> None:
    chain = chain_with(seed_trust=10_000)
    author, fan, other_author = chain.keys[:3]
    posts = [chain.ok(author, photo(f"look {i}")) for i in range(5)]
    for post_id in posts:
        chain.ok(fan, A.PostVote(post_id, 1))
    weights = []
    for post_id in posts:
        vote = chain.get(S.vote_key(post_id, fan.actor_id), S.VoteRecord)
        assert vote is not None
        weights.append(vote.weight)
    # The n-th vote adds 100 × (√n − √(n−1)); four votes add 100 × √4 in all.
    assert weights == [100, 41, 32, 27, 23]
    assert sum(weights[:4]) == 200
    assert chain.get(S.vote_pair_key(fan.actor_id, author.actor_id), S.VotePair) == S.VotePair(5, 0)
    # Another author's post gets a full first vote.
    fresh = chain.ok(other_author, photo())
    chain.ok(fan, A.PostVote(fresh, 1))
    fresh_vote = chain.get(S.vote_key(fresh, fan.actor_id), S.VoteRecord)
    assert fresh_vote is not None
    assert fresh_vote.weight == 100


# -- badges ------------------------------------------------------------------------------------------------


def test_reaching_a_milestone_mints_a_badge_at_the_end_of_the_epoch() -> None:
    chain = chain_with(seed_trust=1000)
    seed = chain.keys[0]
    star = newcomers(chain, 1)[0]
    chain.ok(star, A.SkillClaim("styling", ""))
    chain.ok(seed, A.Endorsement(star.actor_id, "styling", b"", ""))
    chain.block(*(chain.sign(star, photo(f"look {i}")) for i in range(10)))
    boundary = epoch(chain).start_height + EPOCH
    assert chain.height < boundary
    assert chain.get(S.badge_key(star.actor_id), S.Badges) is None
    chain.advance_to(boundary - 1)
    result = chain.block()
    minted = [e for e in result.events if e.kind == "badge" and e.actors == (star.actor_id,)]
    assert sorted(str(e.data["badge"]) for e in minted) == ["creator", "established", "rising"]
    badges = chain.get(S.badge_key(star.actor_id), S.Badges)
    assert badges is not None
    assert [(b.badge, b.height, b.value) for b in badges.badges] == [
        (S.Badge.RISING, boundary, 250),
        (S.Badge.ESTABLISHED, boundary, 250),
        (S.Badge.CREATOR, boundary, 10),
    ]
    end_epoch(chain)
    # Held badges are not minted again.
    assert chain.get(S.badge_key(star.actor_id), S.Badges) == badges


def test_badges_are_listed_once_each_in_order() -> None:
    entry = S.BadgeEntry(S.Badge.RISING, 5, 10)
    with pytest.raises(ValidationError, match="once each"):
        S.Badges.decode(S.Badges((entry, entry)).encode())
    with pytest.raises(ValidationError, match="once each"):
        S.Badges.decode(S.Badges((S.BadgeEntry(S.Badge.ICON, 5, 1), entry)).encode())


# -- the epoch and its index -------------------------------------------------------------------------------


def test_epochs_follow_one_another_even_when_their_length_changes() -> None:
    chain = chain_with()
    end_epoch(chain)
    assert (epoch(chain).number, epoch(chain).start_height, epoch(chain).paid_upto) == (1, EPOCH + 1, 0)
    end_epoch(chain)
    assert (epoch(chain).number, epoch(chain).start_height, epoch(chain).paid_upto) == (2, 2 * EPOCH + 1, EPOCH)


def busy_chain() -> Chain:
    chain = chain_with(seed_trust=1000)
    seed, helper = chain.keys[:2]
    people = newcomers(chain, 4)
    posts = []
    for person in people:
        chain.ok(person, A.SkillClaim("styling", ""))
        posts.append(chain.ok(person, photo()))
    chain.ok(seed, A.Endorsement(people[0].actor_id, "styling", b"", ""))
    chain.ok(people[0], A.Endorsement(people[1].actor_id, "styling", b"", ""))
    chain.ok(helper, A.PostVote(posts[0], 1))
    chain.ok(people[0], A.PostVote(posts[2], -1))
    chain.ok(helper, A.Promotion(posts[1], ONE_EXC, 100))
    end_epoch(chain)
    chain.ok(people[1], A.PostVote(posts[3], 1))
    chain.ok(helper, A.PostVote(posts[0], 0))
    return chain


def test_the_social_index_always_equals_one_built_afresh_from_the_state() -> None:
    chain = busy_chain()
    kept = chain.sm.social_index()
    for _ in range(2 * EPOCH):
        fresh = SocialIndex.from_items(chain.sm.tree.items())
        assert kept.snapshot() == fresh.snapshot()
        chain.block()
    assert kept.snapshot() == SocialIndex.from_items(chain.sm.tree.items()).snapshot()


def test_the_end_of_an_epoch_is_the_same_on_a_restarted_node() -> None:
    chain = busy_chain()
    boundary = epoch(chain).start_height + EPOCH
    chain.advance_to(boundary - 1)
    first = chain.execute()
    again = chain.execute()
    restarted = StateMachine(chain.genesis, chain.sm.tree, chain.sm.height)
    third = restarted.execute_block(boundary, GENESIS_TIME_MS + 1000 * boundary, chain.proposer, [])
    assert first.state_root == again.state_root == third.state_root
    assert first.events == third.events
    assert any(e.kind == "epoch" for e in first.events)


def test_a_background_build_of_the_index_follows_the_blocks_committed_while_it_scans(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from fullnode.state import _machine

    chain = busy_chain()
    end_epoch(chain)  # room for the blocks below before the next epoch's work (which reads the index)
    restarted = StateMachine(chain.genesis, chain.sm.tree, chain.sm.height)
    chain.sm = restarted
    scanning, go_on = threading.Event(), threading.Event()
    real_from_items = SocialIndex.from_items

    def held_scan(items: Iterable[tuple[bytes, bytes]]) -> SocialIndex:
        scanning.set()
        assert go_on.wait(30)
        return real_from_items(items)

    monkeypatch.setattr(_machine.SocialIndex, "from_items", staticmethod(held_scan))
    outcome: list[bool] = []
    builder = threading.Thread(target=lambda: outcome.append(restarted.build_social_index()))
    builder.start()
    assert scanning.wait(30)
    # Blocks commit while the scan (of the state before them) is held.
    seed = chain.keys[0]
    person = newcomers(chain, 1, first=140)[0]
    chain.ok(person, A.SkillClaim("styling", ""))
    chain.block(chain.sign(seed, A.Endorsement(person.actor_id, "styling", b"", "")))
    assert chain.height < epoch(chain).start_height + EPOCH
    assert not restarted.social_index_ready()
    assert restarted.build_social_index() is False  # one build at a time
    go_on.set()
    builder.join(30)
    assert outcome == [True]
    assert restarted.social_index_ready()
    monkeypatch.setattr(_machine.SocialIndex, "from_items", real_from_items)
    fresh = SocialIndex.from_items(restarted.tree.items())
    assert restarted.social_index().snapshot() == fresh.snapshot()
    assert restarted.build_social_index() is False


def test_reading_the_index_during_a_background_build_waits_for_it_instead_of_scanning_twice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from fullnode.state import _machine

    chain = busy_chain()
    restarted = StateMachine(chain.genesis, chain.sm.tree, chain.sm.height)
    scans: list[int] = []
    scanning, go_on = threading.Event(), threading.Event()
    real_from_items = SocialIndex.from_items

    def counted_scan(items: Iterable[tuple[bytes, bytes]]) -> SocialIndex:
        scans.append(1)
        scanning.set()
        assert go_on.wait(30)
        return real_from_items(items)

    monkeypatch.setattr(_machine.SocialIndex, "from_items", staticmethod(counted_scan))
    builder = threading.Thread(target=restarted.build_social_index)
    builder.start()
    assert scanning.wait(30)
    read: list[SocialIndex] = []
    reader = threading.Thread(target=lambda: read.append(restarted.social_index()))
    reader.start()
    reader.join(0.2)
    assert reader.is_alive()  # it waits for the build
    go_on.set()
    builder.join(30)
    reader.join(30)
    assert len(scans) == 1
    assert read == [restarted.social_index()]


def test_a_block_is_adopted_under_the_index_lock_so_a_starting_build_cannot_miss_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A build that snapshots the tree between a block's index bookkeeping and its adoption would read the tree
    before the block while the block's changes went into neither the backlog nor the index."""
    chain = busy_chain()
    end_epoch(chain)
    restarted = StateMachine(chain.genesis, chain.sm.tree, chain.sm.height)
    chain.sm = restarted
    real_adopt = StateMachine._adopt
    adopted_under_lock: list[bool] = []

    def checked_adopt(self: StateMachine, tree: object, height: int) -> None:
        if self is restarted:
            adopted_under_lock.append(self._index_lock._is_owned())  # type: ignore[attr-defined]
        real_adopt(self, tree, height)  # type: ignore[arg-type]

    monkeypatch.setattr(StateMachine, "_adopt", checked_adopt)
    seed = chain.keys[0]
    person = newcomers(chain, 1, first=140)[0]
    chain.ok(person, A.SkillClaim("styling", ""))
    assert restarted.build_social_index() is True
    chain.block(chain.sign(seed, A.Endorsement(person.actor_id, "styling", b"", "")))
    assert adopted_under_lock
    assert all(adopted_under_lock)
    assert restarted.social_index().snapshot() == SocialIndex.from_items(restarted.tree.items()).snapshot()
