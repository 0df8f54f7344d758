"""Transfers, fuelling and the social rules: profiles, posts, comments, votes, follows, skills,
endorsements, reports, channels, streams and promotions — each applied, and each forbidden case refused."""

from __future__ import annotations

import pytest

from fullnode.state import ORDER_ENDORSEMENT_FACTOR
from lightnode.protocol import actions as A
from lightnode.protocol import state as S
from lightnode.protocol.actions import PostKind, Role
from lightnode.protocol.encoding import ONE_EXC

from .state_harness import FEE, START_BALANCE, Chain, key

#: The weight of a first vote by a pre-trusted account with no score: isqrt(seed_trust 10).
SEED_VOTE = 3
#: What one plain endorsement by such an account passes on: 10 × 50% × 1/2, rounded down.
SEED_ENDORSEMENT = 2


@pytest.fixture
def chain() -> Chain:
    return Chain(actors=5)


def make_post(chain: Chain, author_index: int = 0, text: str = "new lookbook") -> bytes:
    return chain.ok(chain.keys[author_index], A.Post(PostKind.PHOTO, text, ("ss26",), (b"\x07" * 32,), (), b"", 0, ""))


def post_record(chain: Chain, post_id: bytes) -> S.PostRecord:
    record = chain.get(S.post_key(post_id), S.PostRecord)
    assert record is not None
    return record


# -- wallet ----------------------------------------------------------------------------------------------


def test_a_transfer_moves_funds_and_tells_both_sides(chain: Chain) -> None:
    alice, bob = chain.keys[:2]
    result = chain.run(alice, A.Transfer(bob.actor_id, 7 * ONE_EXC, "for the shoot"))
    assert result.ok
    assert chain.balance(bob) == START_BALANCE + 7 * ONE_EXC
    (event,) = result.events
    assert (event.kind, event.actors, event.data["amount"]) == (
        "transfer",
        (alice.actor_id, bob.actor_id),
        7 * ONE_EXC,
    )


def test_a_transfer_can_create_a_new_account(chain: Chain) -> None:
    newcomer = key(77)
    chain.ok(chain.keys[0], A.Transfer(newcomer.actor_id, ONE_EXC, ""))
    assert chain.balance(newcomer) == ONE_EXC
    # The newcomer can now pay its own fees.
    chain.ok(newcomer, A.Transfer(chain.keys[0].actor_id, ONE_EXC // 2, ""))


def test_fuelling_buys_storage_quota_for_the_fund(chain: Chain) -> None:
    alice = chain.keys[0]
    chain.ok(alice, A.Fuel(2 * ONE_EXC))
    account = chain.sm.account(alice.actor_id)
    assert account.storage_quota == 2 * 2**30
    assert account.fuelled == 2 * ONE_EXC
    assert chain.pool(S.FUND_KEY) == 2 * ONE_EXC + FEE
    assert chain.balance(alice) == START_BALANCE - 2 * ONE_EXC - FEE


# -- profile, posts, comments ----------------------------------------------------------------------------


def test_a_profile_is_stored_and_replaced(chain: Chain) -> None:
    alice = chain.keys[0]
    chain.ok(alice, A.Profile("Alice", Role.MODEL, "runway", ("https://a.example",), "Milan", b"", b""))
    chain.ok(alice, A.Profile("Alice B.", Role.DESIGNER, "", (), "Paris", b"\x01" * 32, b"k"))
    record = chain.get(S.profile_key(alice.actor_id), S.ProfileRecord)
    assert record is not None
    assert (record.display_name, record.role, record.region, record.updated_height) == (
        "Alice B.",
        Role.DESIGNER,
        "Paris",
        2,
    )


def test_a_post_is_stored_under_its_action_id(chain: Chain) -> None:
    post_id = make_post(chain)
    record = post_record(chain, post_id)
    assert record.author == chain.keys[0].actor_id
    assert (record.text, record.tags, record.created_height) == ("new lookbook", ("ss26",), 1)
    assert record.created_time_ms == chain.genesis.genesis_time_ms + 1000
    stats = chain.get(S.social_key(chain.keys[0].actor_id), S.SocialStats)
    assert stats is not None
    assert stats.posts == 1


def test_a_repost_counts_on_the_original_and_needs_it_to_exist(chain: Chain) -> None:
    original = make_post(chain)
    bob = chain.keys[1]
    chain.ok(bob, A.Post(PostKind.TEXT, "", (), (), (), original, 0, ""))
    assert post_record(chain, original).reposts == 1
    chain.fails(bob, A.Post(PostKind.TEXT, "", (), (), (), b"\x09" * 32, 0, ""), "reposted post does not exist")


def test_comments_and_replies_count_on_their_post(chain: Chain) -> None:
    post_id = make_post(chain)
    alice, bob = chain.keys[:2]
    first = chain.ok(bob, A.Comment(post_id, "love it", b""))
    result = chain.run(alice, A.Comment(post_id, "thanks!", first))
    assert result.ok
    assert set(result.events[0].actors) == {alice.actor_id, bob.actor_id}
    assert post_record(chain, post_id).comments == 2
    reply = chain.get(S.comment_key(result.action_id), S.CommentRecord)
    assert reply is not None
    assert reply.reply_to == first


def test_comments_on_missing_posts_or_replies_across_posts_fail(chain: Chain) -> None:
    bob = chain.keys[1]
    chain.fails(bob, A.Comment(b"\x01" * 32, "hello", b""), "no such post")
    one, two = make_post(chain, text="one"), make_post(chain, text="two")
    comment = chain.ok(bob, A.Comment(one, "nice", b""))
    chain.fails(bob, A.Comment(two, "reply", comment), "belongs to another post")
    chain.fails(bob, A.Comment(two, "reply", b"\x02" * 32), "comment replied to does not exist")


# -- votes -----------------------------------------------------------------------------------------------


def test_an_up_vote_adds_the_voters_weight_to_post_and_author(chain: Chain) -> None:
    post_id = make_post(chain)
    alice, bob = chain.keys[:2]
    # Bob is a genesis account: pre-trusted, so his first vote weighs isqrt(seed_trust) = 3.
    chain.ok(bob, A.PostVote(post_id, 1))
    record = post_record(chain, post_id)
    assert (record.up, record.down, record.score) == (1, 0, SEED_VOTE)
    assert chain.reputation(alice).votes == SEED_VOTE
    assert chain.reputation(alice).score == SEED_VOTE


def test_changing_and_withdrawing_a_vote_takes_back_exactly_its_weight(chain: Chain) -> None:
    post_id = make_post(chain)
    alice, bob = chain.keys[:2]
    chain.ok(bob, A.PostVote(post_id, 1))
    chain.ok(bob, A.PostVote(post_id, -1))
    record = post_record(chain, post_id)
    assert (record.up, record.down, record.score) == (0, 1, -SEED_VOTE)
    assert chain.reputation(alice).score == -SEED_VOTE
    chain.ok(bob, A.PostVote(post_id, 0))
    record = post_record(chain, post_id)
    assert (record.up, record.down, record.score) == (0, 0, 0)
    assert chain.reputation(alice).score == 0
    assert chain.get(S.vote_key(post_id, bob.actor_id), S.VoteRecord) is None
    # Nothing is left of the pair's count either: a new vote is a first vote again.
    assert chain.get(S.vote_pair_key(bob.actor_id, alice.actor_id), S.VotePair) is None


def test_voting_twice_the_same_way_or_withdrawing_nothing_fails(chain: Chain) -> None:
    post_id = make_post(chain)
    bob = chain.keys[1]
    chain.fails(bob, A.PostVote(post_id, 0), "no vote on this post to withdraw")
    chain.ok(bob, A.PostVote(post_id, 1))
    chain.fails(bob, A.PostVote(post_id, 1), "already voted this way")
    assert post_record(chain, post_id).up == 1


def test_a_self_vote_gains_nothing(chain: Chain) -> None:
    post_id = make_post(chain)
    alice = chain.keys[0]
    chain.fails(alice, A.PostVote(post_id, 1), "cannot vote on your own post")
    record = post_record(chain, post_id)
    assert (record.up, record.score) == (0, 0)
    assert chain.reputation(alice) == S.EMPTY_REPUTATION


def test_a_reputable_voter_weighs_more_but_only_by_the_square_root(chain: Chain) -> None:
    alice, bob, carol, dave, erin = chain.keys
    # Bob gets 8 points from four pre-trusted endorsers (2 each).
    chain.earn_reputation(bob, [alice, carol, dave, erin])
    assert chain.reputation(bob).score == 8
    post_id = make_post(chain)
    chain.ok(bob, A.PostVote(post_id, 1))
    # isqrt(seed 10 + score 8) = 4, against 3 for a pre-trusted account with no score.
    assert post_record(chain, post_id).score == 4
    vote = chain.get(S.vote_key(post_id, bob.actor_id), S.VoteRecord)
    assert vote is not None
    assert vote.weight == 4


# -- follows ---------------------------------------------------------------------------------------------


def test_follow_and_unfollow_keep_counts(chain: Chain) -> None:
    alice, bob = chain.keys[:2]
    chain.ok(alice, A.Follow(bob.actor_id, 1))
    assert chain.get(S.follow_key(alice.actor_id, bob.actor_id), S.FollowRecord) == S.FollowRecord(1)
    bob_stats = chain.get(S.social_key(bob.actor_id), S.SocialStats)
    assert bob_stats is not None
    assert bob_stats.followers == 1
    chain.fails(alice, A.Follow(bob.actor_id, 1), "already follow")
    chain.ok(alice, A.Follow(bob.actor_id, 0))
    assert chain.get(S.follow_key(alice.actor_id, bob.actor_id), S.FollowRecord) is None
    alice_stats = chain.get(S.social_key(alice.actor_id), S.SocialStats)
    assert alice_stats is not None
    assert alice_stats.following == 0
    chain.fails(alice, A.Follow(bob.actor_id, 0), "do not follow")
    chain.fails(alice, A.Follow(alice.actor_id, 1), "cannot follow yourself")


# -- skills and endorsements -----------------------------------------------------------------------------


def test_a_skill_claim_is_found_by_its_slug_and_can_be_updated(chain: Chain) -> None:
    alice = chain.keys[0]
    chain.ok(alice, A.SkillClaim("Runway  Modelling", "ten years"))
    chain.ok(alice, A.SkillClaim("runway modelling", "eleven years"))
    record = chain.get(S.skill_key(alice.actor_id, S.skill_id("RUNWAY MODELLING")), S.SkillRecord)
    assert record is not None
    assert (record.skill, record.description) == ("Runway  Modelling", "eleven years")
    stats = chain.get(S.social_key(alice.actor_id), S.SocialStats)
    assert stats is not None
    assert stats.skills == 1
    chain.fails(alice, A.SkillClaim("   ", ""), "more than spaces")


def test_skill_claims_are_capped_per_actor() -> None:
    chain = Chain(actors=1, params={"max_skills_per_actor": 2})
    alice = chain.keys[0]
    chain.ok(alice, A.SkillClaim("draping", ""))
    chain.ok(alice, A.SkillClaim("pattern cutting", ""))
    chain.fails(alice, A.SkillClaim("tailoring", ""), "at most 2 skills")


def test_an_endorsement_raises_the_skill_and_the_reputation(chain: Chain) -> None:
    alice, bob = chain.keys[:2]
    chain.ok(alice, A.SkillClaim("pattern cutting", ""))
    result = chain.run(bob, A.Endorsement(alice.actor_id, "Pattern Cutting", b"", "precise work"))
    assert result.ok
    assert result.events[0].kind == "endorsement"
    skill = chain.get(S.skill_key(alice.actor_id, S.skill_id("pattern cutting")), S.SkillRecord)
    assert skill is not None
    # Bob's trust (seed 10), half of it passed on, shared as if among two endorsements: 2 points.
    assert (skill.endorsements, skill.score) == (1, SEED_ENDORSEMENT)
    assert chain.reputation(alice).endorsements == SEED_ENDORSEMENT
    total = chain.get(S.REPUTATION_TOTAL_KEY, S.ReputationTotal)
    assert total == S.ReputationTotal(SEED_ENDORSEMENT)
    given = chain.get(S.endorser_key(bob.actor_id, S.skill_id("pattern cutting")), S.EndorserStats)
    assert given == S.EndorserStats(1, 1)


def test_endorsing_twice_yourself_or_an_unclaimed_skill_gains_nothing(chain: Chain) -> None:
    alice, bob = chain.keys[:2]
    chain.fails(bob, A.Endorsement(alice.actor_id, "draping", b"", ""), "has not claimed the skill 'draping'")
    chain.ok(alice, A.SkillClaim("draping", ""))
    chain.fails(alice, A.Endorsement(alice.actor_id, "draping", b"", ""), "cannot endorse yourself")
    assert chain.reputation(alice) == S.EMPTY_REPUTATION
    chain.ok(bob, A.Endorsement(alice.actor_id, "draping", b"", ""))
    chain.fails(bob, A.Endorsement(alice.actor_id, "Draping", b"", ""), "already endorsed")
    assert chain.reputation(alice).score == SEED_ENDORSEMENT


def test_an_endorsement_backed_by_a_settled_order_counts_more() -> None:
    chain = Chain(actors=3)
    seller, buyer, stranger = chain.keys
    listing = chain.ok(
        seller,
        A.Listing(A.ListingKind.SERVICE, "tailoring", "Hem", "", (), ONE_EXC, A.PriceMode.FIXED, 3, "", 5, (), 10),
    )
    order_id = chain.ok(buyer, A.Order(listing, 1, ONE_EXC, ""))
    chain.ok(seller, A.SkillClaim("tailoring", ""))
    # An unsettled order does not count yet, and nobody else's order ever does.
    chain.ok(seller, A.OrderResponse(order_id, 1))
    chain.fails(buyer, A.Endorsement(seller.actor_id, "tailoring", order_id, ""), "not settled")
    chain.ok(buyer, A.Release(order_id))
    chain.fails(stranger, A.Endorsement(seller.actor_id, "tailoring", order_id, ""), "not between you")
    chain.fails(buyer, A.Endorsement(seller.actor_id, "tailoring", b"\x05" * 32, ""), "does not exist")
    chain.ok(buyer, A.Endorsement(seller.actor_id, "tailoring", order_id, ""))
    chain.ok(stranger, A.Endorsement(seller.actor_id, "tailoring", b"", ""))
    skill = S.skill_id("tailoring")
    backed = chain.get(S.endorsement_key(seller.actor_id, skill, buyer.actor_id), S.EndorsementRecord)
    plain = chain.get(S.endorsement_key(seller.actor_id, skill, stranger.actor_id), S.EndorsementRecord)
    assert backed is not None
    assert plain is not None
    # Same trust behind both (pre-trusted, no score), but the order-backed one passes on ORDER_ENDORSEMENT_FACTOR
    # times the share: all of the damped trust (5) rather than half of it (2).
    assert ORDER_ENDORSEMENT_FACTOR == 2
    assert (backed.weight, plain.weight) == (5, SEED_ENDORSEMENT)
    assert chain.get(S.endorser_key(buyer.actor_id, skill), S.EndorserStats) == S.EndorserStats(1, 2)


# -- reports ---------------------------------------------------------------------------------------------


def test_reports_count_once_per_reporter(chain: Chain) -> None:
    alice, bob, carol = chain.keys[:3]
    post_id = make_post(chain)
    chain.ok(bob, A.Report(post_id, "spam"))
    chain.fails(bob, A.Report(post_id, "spam again"), "already reported")
    chain.ok(carol, A.Report(alice.actor_id, "impersonation"))
    assert post_record(chain, post_id).reports == 1
    stats = chain.get(S.social_key(alice.actor_id), S.SocialStats)
    assert stats is not None
    assert stats.reports == 1
    chain.fails(alice, A.Report(post_id, "x"), "your own post")
    chain.fails(alice, A.Report(alice.actor_id, "x"), "cannot report yourself")
    chain.fails(alice, A.Report(b"\x03" * 32, "x"), "no such post")


# -- channels and streams --------------------------------------------------------------------------------


def test_a_channel_belongs_to_its_first_owner(chain: Chain) -> None:
    alice, bob = chain.keys[:2]
    channel = key(150).public_key.raw
    chain.ok(alice, A.Channel(channel, "Atelier live", ""))
    chain.ok(alice, A.Channel(channel, "Atelier live 2", "fittings"))
    record = chain.get(S.channel_key(channel), S.ChannelRecord)
    assert record is not None
    assert (record.owner, record.title) == (alice.actor_id, "Atelier live 2")
    chain.fails(bob, A.Channel(channel, "mine", ""), "belongs to another actor")
    chain.fails(bob, A.Channel(bytes(32), "bad", ""), "not a valid Ed25519")


def test_a_stream_announcement_updates_the_channel_with_own_active_listings(chain: Chain) -> None:
    alice, bob = chain.keys[:2]
    channel = key(151).public_key.raw
    chain.ok(alice, A.Channel(channel, "Atelier", ""))
    listing = chain.ok(
        alice,
        A.Listing(A.ListingKind.GOOD, "dresses", "Silk dress", "", (), ONE_EXC, A.PriceMode.FIXED, 3, "", 2, (), 10),
    )
    other = chain.ok(
        bob,
        A.Listing(A.ListingKind.GOOD, "dresses", "Wool coat", "", (), ONE_EXC, A.PriceMode.FIXED, 3, "", 2, (), 10),
    )
    chain.ok(alice, A.Stream(channel, "Fitting night", 1, (listing,)))
    record = chain.get(S.channel_key(channel), S.ChannelRecord)
    assert record is not None
    assert (record.live, record.stream_title, record.pinned_listings, record.live_since_height) == (
        1,
        "Fitting night",
        (listing,),
        chain.height,
    )
    chain.fails(alice, A.Stream(channel, "x", 1, (other,)), "own active listings")
    chain.fails(alice, A.Stream(channel, "x", 1, (listing, listing)), "pinned twice")
    chain.fails(bob, A.Stream(channel, "x", 1, ()), "only the channel's owner")
    chain.fails(bob, A.Stream(key(152).public_key.raw, "x", 1, ()), "no such channel")
    chain.ok(alice, A.Stream(channel, "", 0, ()))
    record = chain.get(S.channel_key(channel), S.ChannelRecord)
    assert record is not None
    assert record.live == 0


# -- promotion -------------------------------------------------------------------------------------------


def test_a_promotion_pays_the_reward_pool_and_stacks(chain: Chain) -> None:
    bob = chain.keys[1]
    post_id = make_post(chain)
    price = S.PARAMETERS["promotion_price_per_block"].default
    chain.ok(bob, A.Promotion(post_id, 100 * price, 100))
    first_until = chain.height + 100
    chain.ok(bob, A.Promotion(post_id, 50 * price, 50))
    record = chain.get(S.promotion_key(post_id), S.PromotionRecord)
    assert record is not None
    assert (record.until_height, record.total_paid, record.promotions) == (first_until + 50, 150 * price, 2)
    assert record.author == chain.keys[0].actor_id
    assert chain.pool(S.REWARDS_KEY) == 150 * price
    assert chain.balance(bob) == START_BALANCE - 150 * price - 2 * FEE


def test_an_underpaid_promotion_or_one_of_a_missing_post_fails(chain: Chain) -> None:
    bob = chain.keys[1]
    post_id = make_post(chain)
    price = S.PARAMETERS["promotion_price_per_block"].default
    chain.fails(bob, A.Promotion(post_id, 10 * price - 1, 10), "costs at least")
    chain.fails(bob, A.Promotion(b"\x04" * 32, 10 * price, 10), "no such post")
    assert chain.pool(S.REWARDS_KEY) == 0
    assert chain.balance(bob) == START_BALANCE - 2 * FEE


def test_a_promotion_cannot_run_past_the_largest_height() -> None:
    chain = Chain(actors=2, params={"promotion_price_per_block": 0})
    post_id = make_post(chain)
    chain.fails(chain.keys[1], A.Promotion(post_id, 1, 2**64 - 1), "lasts too long")
    assert chain.get(S.promotion_key(post_id), S.PromotionRecord) is None
