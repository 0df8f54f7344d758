"""Verified blocks into the assistant's records, on the real state machine: what is proven first, and the events
each block gives (failed posts and votes left out, weights as the chain gave them, roles from proven
profiles, orders with their listing's category)."""

from __future__ import annotations

import pytest

from assistant import (
    EndorsementSeen,
    FollowSeen,
    ListingSeen,
    MediaType,
    OrderSeen,
    OrderState,
    OrderUpdate,
    PostKind,
    PostSeen,
    ProfileSeen,
    Role,
    VoteSeen,
)
from etalonium_desktop.assistant.chain_records import (
    UNKNOWN_ROLE,
    ProvenFacts,
    block_events,
    media_type_of,
    needs,
    second_needs,
)
from etalonium_desktop.social.discovery import VerifiedBlock
from lightnode.protocol import actions as A
from lightnode.protocol import state as S
from lightnode.protocol.encoding import ONE_EXC
from tests.unit.social.chain_double import ChainDouble

T = 1_800_000_000_000


def post(text: str, tags: tuple[str, ...], palette: tuple[int, ...] = (), kind: int = A.PostKind.PHOTO,
         media: tuple[bytes, ...] = (), repost_of: bytes = b"") -> A.Post:  # fmt: skip
    return A.Post(int(kind), text, tags, media, palette, repost_of, 0, "")


async def prove(double: ChainDouble, blocks: list[VerifiedBlock], facts: ProvenFacts) -> int:
    """Prove what the blocks need from the double's state, as the service does; returns how many proofs."""
    before = double.proofs
    for round_needs in (needs, second_needs):
        for need in round_needs(blocks, facts):
            facts.put(need, (await double.get(need.key, need.cls)).value)
    return double.proofs - before


@pytest.mark.asyncio
async def test_a_block_becomes_the_assistants_events_with_proven_values() -> None:
    double = ChainDouble(actors=5)
    chain = double.chain
    designer, model, fan, buyer, stranger = chain.keys
    double.block(
        chain.sign(designer, A.Profile("Dana", int(A.Role.DESIGNER), "", (), "Paris", b"", b"")),
        chain.sign(model, A.Profile("Mo", int(A.Role.MODEL), "", (), "Milan", b"", b"")),
        chain.sign(designer, A.SkillClaim("Draping", "")),
    )
    listing = A.Listing(int(A.ListingKind.GOOD), "Garments", "Linen jacket", "", ("linen",), 40 * ONE_EXC,
                        int(A.PriceMode.FIXED), 5, "Paris", 10, (), 20)  # fmt: skip
    listing_action = chain.sign(designer, listing)
    photo = chain.sign(designer, post("Linen, four weights.", ("Linen", "#SS26"), (0xC4C8CE, 0x0F7C80)))
    video = chain.sign(model, post("Walk.", ("runway",), kind=A.PostKind.VIDEO, media=(b"\x07" * 32,)))
    failed = chain.sign(stranger, post("A repost of nothing.", (), repost_of=b"\x09" * 32))
    double.block(listing_action, photo, video, failed)
    up = chain.sign(fan, A.PostVote(photo.id(), 1))
    own = chain.sign(designer, A.PostVote(photo.id(), 1))  # refused: one's own post
    order = chain.sign(buyer, A.Order(listing_action.id(), 2, 80 * ONE_EXC, ""))
    double.block(
        up,
        own,
        chain.sign(fan, A.Follow(designer.actor_id, 1)),
        chain.sign(fan, A.Endorsement(designer.actor_id, "draping", b"", "")),
        order,
        chain.sign(designer, A.Profile("Dana", int(A.Role.STYLIST), "", (), "Lyon", b"", b"")),
    )
    double.block(chain.sign(designer, A.OrderResponse(order.id(), 1)))
    double.block(chain.sign(designer, A.Delivery(order.id(), b"", "sent")))

    facts = ProvenFacts()
    blocks = [double.blocks[h] for h in sorted(double.blocks)]
    proofs = await prove(double, blocks, facts)
    events = {b.height: block_events(b, facts, T + b.height).events for b in blocks}

    _, second, third, fourth, fifth = sorted(events)
    posts = [e for e in events[second] if isinstance(e, PostSeen)]
    assert [p.post_id for p in posts] == [photo.id(), video.id()]  # the failed repost is left out
    first_post, video_post = posts
    # Roles and regions come from the proven profiles (the designer became a stylist in Lyon since).
    assert (first_post.author_role, first_post.region) == (Role.STYLIST, "Lyon")
    assert (video_post.author_role, video_post.media_type, video_post.kind) == (Role.MODEL, MediaType.VIDEO,
                                                                                  PostKind.VIDEO)  # fmt: skip
    assert first_post.tags == ("Linen", "#SS26")
    assert first_post.palette == (0xC4C8CE, 0x0F7C80)
    assert first_post.media_type == MediaType.NONE
    assert first_post.time_ms == T + second
    [listing_seen] = [e for e in events[second] if isinstance(e, ListingSeen)]
    assert (listing_seen.category, listing_seen.price, listing_seen.delivery_days) == ("Garments", 40 * ONE_EXC, 5)

    third_events = events[third]
    votes = [e for e in third_events if isinstance(e, VoteSeen)]
    record = double.chain.get(S.vote_key(photo.id(), fan.actor_id), S.VoteRecord)
    assert record is not None
    assert record.weight > 0
    assert [(v.voter, v.value, v.weight) for v in votes] == [(fan.actor_id, 1, record.weight)]  # own vote dropped
    assert FollowSeen(fan.actor_id, designer.actor_id, True, T + third) in third_events
    [endorsed] = [e for e in third_events if isinstance(e, EndorsementSeen)]
    assert endorsed.skill == "draping"
    assert endorsed.weight > 0
    [placed] = [e for e in third_events if isinstance(e, OrderSeen)]
    assert (placed.category, placed.unit_price, placed.quantity, placed.buyer) == (
        "Garments", 40 * ONE_EXC, 2, buyer.actor_id
    )  # fmt: skip
    assert ProfileSeen(designer.actor_id, Role.STYLIST, "Lyon", T + third) in third_events
    assert events[fourth] == (OrderUpdate(order.id(), OrderState.ACCEPTED, T + fourth),)
    assert events[fifth] == (OrderUpdate(order.id(), OrderState.DELIVERED, T + fifth),)

    # What was proven once is not proven again for the next blocks.
    facts.forget_block_values()
    assert await prove(double, blocks[1:2], facts) == 0
    assert proofs > 0


def test_an_author_without_a_proven_profile_has_the_unknown_role() -> None:
    facts = ProvenFacts()
    double = ChainDouble(actors=1)
    signed = double.chain.sign(double.chain.keys[0], post("hello", ("a",)))
    double.block(signed)
    facts.posts[signed.id()] = double.chain.get(S.post_key(signed.id()), S.PostRecord)
    facts.profiles[double.chain.keys[0].actor_id] = None
    [seen] = block_events(double.blocks[double.chain.height], facts, T).events
    assert isinstance(seen, PostSeen)
    assert seen.author_role == UNKNOWN_ROLE


@pytest.mark.parametrize(
    ("kind", "count", "media"),
    [(A.PostKind.PHOTO, 0, MediaType.NONE), (A.PostKind.PHOTO, 2, MediaType.IMAGE),
     (A.PostKind.VIDEO, 1, MediaType.VIDEO), (A.PostKind.LOOKBOOK, 3, MediaType.IMAGE)],
)  # fmt: skip
def test_media_types_come_from_the_kind_and_the_media_count(kind: int, count: int, media: MediaType) -> None:
    assert media_type_of(kind, count) == media
