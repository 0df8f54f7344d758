"""The social service over a real state machine: posts found in blocks and proven, failed ones never shown,
the viewer's follows, votes, comments, promotions and ballots, the backfill, and local saves and hides."""

from __future__ import annotations

import pytest

from etalonium_desktop.social.ranking import Feed
from etalonium_desktop.social.service import SocialError, SocialService
from lightnode.protocol import actions as A
from lightnode.protocol import state as S
from lightnode.protocol.actions import Choice, PostKind, ProposalKind
from lightnode.protocol.encoding import ONE_EXC

from .chain_double import ChainDouble, DoubleSession, Source, record

pytestmark = pytest.mark.asyncio


def photo(text: str, tags: tuple[str, ...] = ("ss26",)) -> A.Post:
    return A.Post(PostKind.PHOTO, text, tags, (b"\x07" * 32,), (0xAA3355,), b"", 0, "Paris")


def service_for(double: ChainDouble, index: int = 0, **kw: int) -> SocialService:
    session = DoubleSession(double, double.chain.keys[index])
    return SocialService(session, Source(double), persist=False, **kw)


async def catch_up(service: SocialService) -> None:
    while await service.step():
        pass


async def test_posts_found_in_verified_blocks_are_proven_and_ranked() -> None:
    double = ChainDouble()
    keys = double.chain.keys
    double.act(keys[1], A.Profile("Maya Laurent", 1, "", (), "Paris", b"", b""))
    first = double.act(keys[1], photo("linen"))
    second = double.act(keys[2], photo("denim"))
    double.act(keys[3], A.PostVote(first, 1))
    service = service_for(double)
    await catch_up(service)
    new = service.feed(Feed.NEW)
    assert [service.table.facts(int(r)).post_id for r in new.rows] == [second, first]
    proven = service.posts[first]
    assert proven.record == record(double, S.post_key(first), S.PostRecord)
    assert (proven.record.up, proven.record.score) == (1, 3)
    assert service.name_of(keys[1].actor_id) == "Maya Laurent"
    assert service.reputations[keys[1].actor_id].votes == 3


async def test_a_post_that_failed_on_chain_is_never_shown() -> None:
    double = ChainDouble()
    bad = double.chain.sign(double.chain.keys[1], A.Post(PostKind.TEXT, "", (), (), (), b"\x09" * 32, 0, ""))
    assert double.block(bad) == [False]
    service = service_for(double)
    await catch_up(service)
    assert bad.id() not in service.posts
    assert len(service.table) == 0


async def test_the_viewers_follows_votes_and_comments_are_proven() -> None:
    double = ChainDouble()
    keys = double.chain.keys
    maya, leo = keys[1], keys[2]
    hers = double.act(maya, photo("hers"))
    double.act(leo, photo("his"))
    service = service_for(double)
    await catch_up(service)
    await service.follow(maya.actor_id)
    await service.vote(hers, 1)
    comment = await service.comment(hers, "Stunning light.")
    assert service.follows == {maya.actor_id}
    assert service.my_votes == {hers: 1}
    following = service.feed(Feed.FOLLOWING)
    assert [service.table.facts(int(r)).post_id for r in following.rows] == [hers]
    comments = await service.comments_of(hers)
    assert [(c, r.text) for c, r in comments] == [(comment, "Stunning light.")]
    assert service.posts[hers].record.comments == 1
    # Another viewer finds the same in the blocks.
    other = service_for(double, 3)
    await catch_up(other)
    assert await other.comments_of(hers) == comments
    assert other.posts[hers].record.up == 1


async def test_a_refused_action_says_why() -> None:
    double = ChainDouble()
    mine = double.act(double.chain.keys[0], photo("mine"))
    service = service_for(double)
    with pytest.raises(SocialError, match="cannot vote on your own post"):
        await service.vote(mine, 1)


async def test_a_promoted_post_is_placed_and_labelled() -> None:
    double = ChainDouble()
    keys = double.chain.keys
    posts = [double.act(keys[1], photo(f"look {i}")) for i in range(5)]
    service = service_for(double)
    await catch_up(service)
    price = service.params.get("promotion_price_per_block")
    await service.promote(posts[0], 100 * price, 100)
    result = service.feed(Feed.HOT)
    promoted = [service.table.facts(int(r)).post_id for r in result.rows[result.promoted]]
    assert promoted == [posts[0]]
    assert service.posts[posts[0]].promotion is not None


async def test_the_backfill_reads_back_to_its_floor_and_new_blocks_first() -> None:
    double = ChainDouble()
    keys = double.chain.keys
    old = double.act(keys[1], photo("old"))
    double.chain.advance_to(40)
    recent = double.act(keys[1], photo("recent"))
    service = service_for(double, backfill_blocks=20)
    await catch_up(service)
    assert recent in service.posts
    assert old not in service.posts
    assert service.progress == (21, 21)
    # An old post that gets a vote later is found through the vote.
    double.act(keys[2], A.PostVote(old, 1))
    await catch_up(service)
    assert old in service.posts


async def test_proposals_and_the_viewers_ballot_are_proven() -> None:
    double = ChainDouble(voting_period_blocks=50)
    keys = double.chain.keys
    double.chain.earn_reputation(keys[0], keys[1:4])
    proposal = double.act(
        keys[0], A.Proposal(ProposalKind.PARAMETER, "Three promoted per page", "", "promotion_cap", 3, b"", 0, b"", 0)
    )
    service = service_for(double)
    await catch_up(service)
    assert service.proposals[proposal].title == "Three promoted per page"
    await service.vote_on_proposal(proposal, Choice.YES)
    assert service.proposals[proposal].yes == service.reputations[keys[0].actor_id].score
    assert service.my_ballots[proposal].choice == Choice.YES


async def test_saves_and_hides_stay_on_this_machine() -> None:
    double = ChainDouble()
    post_id = double.act(double.chain.keys[1], photo("look", ("linen",)))
    service = service_for(double)
    await catch_up(service)
    height = double.chain.height
    await service.save(post_id)
    assert service.saved == [post_id]
    assert service.viewer().interests == {"linen": 1.0}
    await service.hide(post_id)
    assert all(post_id not in [service.table.facts(int(r)).post_id for r in service.feed(f).rows] for f in Feed)
    assert double.chain.height == height


async def test_endorsing_and_claiming_skills_are_proven() -> None:
    double = ChainDouble()
    keys = double.chain.keys
    service = service_for(double)
    await service.claim_skill("Runway modelling")
    other = service_for(double, 1)
    await other.endorse(keys[0].actor_id, "runway modelling")
    skills = await other.prove_skills(keys[0].actor_id)
    assert [(s.skill, s.endorsements, s.score) for s in skills] == [("Runway modelling", 1, 2)]
    assert other.reputations[keys[0].actor_id].endorsements == 2
    assert double.chain.balance(keys[0]) < 1_000 * ONE_EXC


async def test_when_an_epoch_ends_authors_reputations_and_badges_are_proven_again() -> None:
    double = ChainDouble(epoch_blocks=5, seed_trust=1000)
    keys = double.chain.keys
    double.act(keys[1], A.SkillClaim("Styling", ""))
    double.act(keys[1], photo("look"))
    service = service_for(double)
    await catch_up(service)
    double.act(keys[2], A.Endorsement(keys[1].actor_id, "Styling", b"", ""))
    assert service.badges[keys[1].actor_id] == S.Badges(())
    double.chain.advance_to(11)
    await catch_up(service)
    assert service.epoch.number == 2
    badges = [b.badge for b in service.badges[keys[1].actor_id].badges]
    assert badges == [S.Badge.RISING, S.Badge.ESTABLISHED]
    assert service.reputations[keys[1].actor_id].endorsements == 250


async def test_older_blocks_the_nodes_cannot_serve_end_the_backfill_not_the_feed() -> None:
    from etalonium_desktop.social.discovery import VerifiedBlock
    from lightnode.errors import BadResponseError

    double = ChainDouble()
    double.chain.advance_to(30)
    recent = double.act(double.chain.keys[1], photo("recent"))

    class Pruned(Source):
        async def block(self, height: int) -> VerifiedBlock:
            if height < 20:
                raise BadResponseError(f"no block at height {height}")
            return await super().block(height)

    service = SocialService(DoubleSession(double, double.chain.keys[0]), Pruned(double), persist=False)
    failures = 0
    while True:
        try:
            if not await service.step():
                break
        except BadResponseError:
            failures += 1  # run() waits and retries
    # The batch reaching below 20 failed once; block by block, height 19 failed twice, then the backfill stopped.
    assert failures == 3
    assert recent in service.posts
    assert service.backfill_floor == service.scanned_from == 20
