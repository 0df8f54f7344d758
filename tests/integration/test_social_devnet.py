"""The social network on a real devnet, through two complete light clients (profile, network service, session,
social service): a photo post by one appears in the other's feed with its verified votes and thumbnail; an
endorsement raises the skill by what the rules compute; a promoted post is labelled; and a proposal passes and
changes a parameter from the next block on."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import pytest_asyncio

from etalonium_desktop.social.ranking import Feed, explain
from etalonium_desktop.social.samples import PALETTES, ApiSeeder, sample_photo
from fullnode.devnet import Devnet
from fullnode.state._reputation import endorsement_flow, own_trust
from fullnode.state._social_index import SocialIndex
from lightnode.protocol import actions as A
from lightnode.protocol import state as S
from lightnode.protocol.actions import Choice, PostKind, ProposalKind

from .social_helpers import WAIT_S, Client, social_client

pytestmark = [pytest.mark.integration, pytest.mark.slow]

PARAMS = {"voting_period_blocks": 6, "min_release_timeout_blocks": 2}
SETTINGS = {"block_interval_s": 0.5, "rate_limit_per_s": 2000.0, "rate_limit_burst": 4000.0}


@dataclass
class World:
    devnet: Devnet
    seeder: ApiSeeder
    a: Client
    b: Client

    @property
    def demo(self) -> dict[str, Any]:
        return self.devnet.demo_keys


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def world(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    devnet = Devnet(
        2,
        tmp_path_factory.mktemp("social-devnet"),
        in_process=True,
        fresh=True,
        chain_id="exc-social",
        params=PARAMS,
        node_settings=SETTINGS,
    )
    async with devnet:
        await devnet.wait_connected()
        async with (
            aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as http,
            social_client(devnet) as a,
            social_client(devnet) as b,
        ):
            seeder = ApiSeeder(http, devnet.api_url(0), devnet.chain_id)
            await seeder.refresh_height()
            yield World(devnet, seeder, a, b)


@pytest.mark.asyncio(loop_scope="module")
async def test_a_photo_post_appears_in_another_clients_feed_with_its_verified_votes(
    world: World, tmp_path: Path
) -> None:
    a, b = world.a, world.b
    photo = tmp_path / "look.jpg"
    photo.write_bytes(sample_photo(3, PALETTES["linen"]))
    post_id = await a.service.publish("Linen, four weights.", tags=("ss26", "linen"), photos=[photo])
    record = a.service.posts[post_id].record
    assert (record.kind, len(record.media)) == (PostKind.PHOTO, 1)
    # A pre-trusted demo account and the other client up-vote it (the client's vote weighs nothing: nobody
    # trusts it yet, but it counts as a vote).
    alice = world.demo["alice"]
    await world.seeder.settled([await world.seeder.act(alice, A.PostVote(post_id, 1))])
    await b.service.vote(post_id, 1)
    await b.service.wait_for(lambda: post_id in b.service.posts and b.service.posts[post_id].record.up == 2, WAIT_S)
    seen = b.service.posts[post_id]
    proven = await b.session.network.queries.post(post_id)
    assert proven.value is not None
    assert (seen.record.up, seen.record.score) == (proven.value.up, proven.value.score) == (2, 3)
    feed = b.service.feed(Feed.NEW)
    assert post_id in [b.service.table.facts(int(r)).post_id for r in feed.rows]
    # Its picture came from the blob store, checked chunk by chunk, and is cached in B's profile.
    thumbnail = await b.service.thumbnails.thumbnail(record.media[0])
    assert thumbnail is not None
    assert thumbnail[:2] == b"\xff\xd8"


@pytest.mark.asyncio(loop_scope="module")
async def test_an_endorsement_raises_the_endorsed_skill_as_computed(world: World) -> None:
    a = world.a
    await a.service.claim_skill("Pattern cutting")
    bob = world.demo["bob"]
    queries = a.session.network.queries
    assert queries is not None
    # What the rules make of bob's endorsement, from proven inputs: his trust (a pre-trusted genesis account
    # with his reputation) passed on at the damping, shared as if among two endorsements.
    params = await queries.params()
    seed = await queries.get(S.seed_key(bob.actor_id), S.TrustSeed)
    reputation = (await queries.reputation(bob.actor_id)).value
    assert seed.value is not None
    assert reputation is not None
    expected = endorsement_flow(own_trust(params.get("seed_trust"), reputation), 1, 1, params.get("trust_damping_bps"))
    before = (await queries.skill(a.session.actor, "pattern cutting")).value
    assert before is not None
    endorsement = A.Endorsement(a.session.actor, "Pattern cutting", b"", "Precise work")
    assert await world.seeder.settled([await world.seeder.act(bob, endorsement)]) == [True]
    after = (await queries.skill(a.session.actor, "pattern cutting")).value
    assert after is not None
    assert expected == 2
    assert (after.endorsements, after.score) == (before.endorsements + 1, before.score + expected)
    rep = (await queries.reputation(a.session.actor)).value
    assert rep is not None
    assert rep.endorsements >= expected


@pytest.mark.asyncio(loop_scope="module")
async def test_a_promoted_post_is_labelled_in_the_other_clients_feeds(world: World) -> None:
    a, b = world.a, world.b
    organic = [await a.service.publish(f"Look {i}", tags=("fw25",)) for i in range(3)]
    price = a.service.params.get("promotion_price_per_block")
    await b.service.promote(organic[1], 50 * price, 50)
    await a.service.wait_for(
        lambda: organic[1] in a.service.posts and a.service.posts[organic[1]].promotion is not None, WAIT_S
    )
    for feed in (Feed.HOT, Feed.NEW, Feed.FOR_YOU):
        listed = a.service.feed(feed)
        promoted = [a.service.table.facts(int(r)).post_id for r in listed.rows[listed.promoted]]
        assert promoted == [organic[1]]
        row = int(listed.rows[listed.promoted][0])
        why = explain(a.service.table, row, feed, a.service.viewer(), promoted=True)
        assert why.headline == "Promoted"
    assert a.service.reward_pool >= 0
    pool = await a.session.network.queries.get(S.REWARDS_KEY, S.Pool)
    assert pool.value is not None
    assert pool.value.amount >= 50 * price


@pytest.mark.asyncio(loop_scope="module")
async def test_a_proposal_passes_and_the_parameter_changes_from_the_next_block(world: World) -> None:
    a, b = world.a, world.b
    # Reputation to propose and vote with: an endorsement by a pre-trusted account.
    await a.service.claim_skill("Draping")
    carol = world.demo["carol"]
    assert await world.seeder.settled(
        [await world.seeder.act(carol, A.Endorsement(a.session.actor, "Draping", b"", ""))]
    ) == [True]
    proposal = A.Proposal(int(ProposalKind.PARAMETER), "Four promoted per page", "", "promotion_cap", 4, b"", 0, b"", 0)
    proposal_id = await a.service.propose(proposal)
    await a.service.vote_on_proposal(proposal_id, Choice.YES)
    await b.service.wait_for(lambda: proposal_id in b.service.proposals, WAIT_S)
    end = a.service.proposals[proposal_id].end_height
    await a.service.wait_for(lambda: a.service.proposals[proposal_id].status != S.ProposalStatus.OPEN, WAIT_S)
    record = a.service.proposals[proposal_id]
    assert (record.status, record.executed) == (S.ProposalStatus.PASSED, 1)
    queries = b.session.network.queries
    assert queries is not None
    await b.session.network.client.wait_for_height(end)
    # Tallied at the end of block `end`: the state after block end-1 still holds the old value, the state
    # after block `end` (what block end+1 runs under) the new one.
    assert (await queries.params(height=end - 1)).get("promotion_cap") == 2
    assert (await queries.params(height=end)).get("promotion_cap") == 4
    await b.service.refresh()
    assert b.service.params.get("promotion_cap") == 4
    assert b.service.viewer().promotion_cap == 4


@pytest.mark.asyncio(loop_scope="module")
async def test_a_restarted_node_builds_its_social_index_at_start_and_the_feed_stays_the_same(world: World) -> None:
    b = world.b
    queries = b.session.network.queries
    assert queries is not None

    def listing() -> list[tuple[bytes, int, int]]:
        feed = b.service.feed(Feed.NEW)
        ids = [b.service.table.facts(int(r)).post_id for r in feed.rows]
        return [(p, b.service.posts[p].record.up, b.service.posts[p].record.score) for p in ids]

    before = listing()
    assert before
    await world.devnet.stop_node(1)
    node = (await world.devnet.start_node(1)).node
    # Built in the background from the start, not on the first epoch's end inside block execution.
    assert await asyncio.to_thread(node.sm.wait_social_index, WAIT_S)
    assert node.sm.social_index().snapshot() == SocialIndex.from_items(node.sm.tree.items()).snapshot()
    await world.devnet.wait_connected()
    await b.service.refresh()
    assert listing() == before
    for post_id, up, score in before:
        proven = await queries.post(post_id)
        assert proven.value is not None
        assert (proven.value.up, proven.value.score) == (up, score)
