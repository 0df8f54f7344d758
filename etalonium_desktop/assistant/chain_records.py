"""Verified blocks into the assistant's records: what must be proven first, then the events of each block.

A block's actions are verified by inclusion (the block's header hash is the light client's verified header and
its actions hash to that header's actions root). Where the chain computes something an action does not say,
or where the action may have failed, the record is proven against a verified state root before it is used:

* a post exists (PostRecord) — a failed post never reaches the assistant; its author's role and region come
  from their proven profile;
* a vote's weight (VoteRecord: the weight the chain gave it), and for a vote whose record is gone, its
  receipt (a failed vote is dropped, a later-withdrawn one is kept and nets out when the withdrawal comes);
* an endorsement's weight (EndorsementRecord), a listing's terms (ListingRecord), an order's buyer, quantity
  and amount (OrderRecord; its category from the proven listing).

Follows, profile changes and order steps (accept, deliver, release, dispute, resolve) are taken from the
verified actions themselves. Records are proven at the latest verified height (nodes keep proofs of recent
heights only), so a vote changed later carries its latest weight. Media types come from the post's kind and
whether it has media: the assistant reads the chain only, not the blob store.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, cast

from assistant import (
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
    VoteSeen,
)
from etalonium_desktop.social.discovery import VerifiedBlock
from lightnode.protocol import actions as A
from lightnode.protocol import state as S
from lightnode.protocol.encoding import Struct

#: The role of an author without a proven profile (the assistant's "unknown").
UNKNOWN_ROLE = cast(Role, 0)

#: Order steps and the state each one moves an order to.
_ORDER_STEPS: dict[type[A.Payload], OrderState] = {
    A.OrderCancel: OrderState.CANCELLED,
    A.Delivery: OrderState.DELIVERED,
    A.Release: OrderState.RELEASED,
    A.Dispute: OrderState.DISPUTED,
    A.Resolution: OrderState.RESOLVED,
}


@dataclass(frozen=True, slots=True)
class Need:
    """One state value to prove: its key, its record class, and where the answer goes."""

    kind: str
    ident: tuple[bytes, ...]
    key: bytes
    cls: type[Struct]


@dataclass
class ProvenFacts:
    """Proven records by identity (None: proven absent), kept between blocks."""

    posts: dict[bytes, S.PostRecord | None] = field(default_factory=dict)
    profiles: dict[bytes, S.ProfileRecord | None] = field(default_factory=dict)
    votes: dict[tuple[bytes, bytes], S.VoteRecord | None] = field(default_factory=dict)
    receipts: dict[bytes, S.Receipt | None] = field(default_factory=dict)
    endorsements: dict[tuple[bytes, bytes, bytes], S.EndorsementRecord | None] = field(default_factory=dict)
    listings: dict[bytes, S.ListingRecord | None] = field(default_factory=dict)
    orders: dict[bytes, S.OrderRecord | None] = field(default_factory=dict)
    #: Reputation scores known from elsewhere (the social service's proven ones), for votes' context.
    reputations: Mapping[bytes, int] = field(default_factory=dict)

    def put(self, need: Need, value: Struct | None) -> None:
        table: dict[object, object] = getattr(self, need.kind)
        table[need.ident[0] if len(need.ident) == 1 else need.ident] = value

    def forget_block_values(self) -> None:
        """Drop what only one block needed (votes, receipts, endorsements, orders); posts, profiles and
        listings are looked up again by later blocks."""
        self.votes.clear()
        self.receipts.clear()
        self.endorsements.clear()
        self.orders.clear()

    def trim(self, keep: int = 50_000) -> None:
        """Bound the memory of long runs: forget the oldest posts and listings beyond `keep`."""
        for table in (self.posts, self.listings):
            while len(table) > keep:
                table.pop(next(iter(table)))


def _post(post_id: bytes) -> Need:
    return Need("posts", (post_id,), S.post_key(post_id), S.PostRecord)


def _profile(actor: bytes) -> Need:
    return Need("profiles", (actor,), S.profile_key(actor), S.ProfileRecord)


def _listing(listing_id: bytes) -> Need:
    return Need("listings", (listing_id,), S.listing_key(listing_id), S.ListingRecord)


def needs(blocks: Iterable[VerifiedBlock], facts: ProvenFacts) -> list[Need]:
    """What the blocks' events need proven that `facts` does not hold yet (first round: posts, votes,
    endorsements, listings and orders; `second_needs` then asks for what those records point to)."""
    out: dict[bytes, Need] = {}

    def want(need: Need, known: Container[Any]) -> None:
        ident: object = need.ident[0] if len(need.ident) == 1 else need.ident
        if ident not in known and need.key not in out:
            out[need.key] = need

    for block in blocks:
        for signed in block.actions:
            payload = signed.action.payload
            sender = signed.action.sender_id
            if isinstance(payload, A.Post):
                want(_post(signed.id()), facts.posts)
                want(_profile(sender), facts.profiles)
            elif isinstance(payload, A.PostVote):
                need = Need("votes", (payload.post, sender), S.vote_key(payload.post, sender), S.VoteRecord)
                want(need, facts.votes)
            elif isinstance(payload, A.Endorsement):
                skill = S.skill_id(payload.skill)
                key = S.endorsement_key(payload.target, skill, sender)
                need = Need("endorsements", (payload.target, skill, sender), key, S.EndorsementRecord)
                want(need, facts.endorsements)
            elif isinstance(payload, A.Profile):
                out[S.profile_key(sender)] = _profile(sender)  # changed: prove it again, known or not
            elif isinstance(payload, A.Listing):
                want(_listing(signed.id()), facts.listings)
                want(_profile(sender), facts.profiles)
            elif isinstance(payload, A.Order):
                order_id = signed.id()
                want(Need("orders", (order_id,), S.order_key(order_id), S.OrderRecord), facts.orders)
                want(_listing(payload.listing), facts.listings)
    return list(out.values())


def second_needs(blocks: Iterable[VerifiedBlock], facts: ProvenFacts) -> list[Need]:
    """What the first round's answers point to: receipts of votes whose record is gone."""
    out: dict[bytes, Need] = {}
    for block in blocks:
        for signed in block.actions:
            payload = signed.action.payload
            voted = isinstance(payload, A.PostVote) and payload.value != 0
            if voted and facts.votes.get((payload.post, signed.action.sender_id)) is None:  # type: ignore[attr-defined]
                action_id = signed.id()
                if action_id not in facts.receipts:
                    out[action_id] = Need("receipts", (action_id,), S.receipt_key(action_id), S.Receipt)
    return list(out.values())


def media_type_of(kind: int, media_count: int) -> MediaType:
    """What a post's media are, from its kind and whether it has any (the blob manifests are not read)."""
    if media_count == 0:
        return MediaType.NONE
    if kind == A.PostKind.VIDEO:
        return MediaType.VIDEO
    return MediaType.IMAGE


def _role(profile: S.ProfileRecord | None) -> Role:
    return Role(profile.role) if profile is not None else UNKNOWN_ROLE


def block_events(block: VerifiedBlock, facts: ProvenFacts, time_ms: int) -> BlockEvents:
    """The assistant's events of one verified block, every one at `time_ms` (the clock's time of the block),
    in chain order. Needs `needs`/`second_needs` proven into `facts` first."""
    events: list[Event] = []
    for signed in block.actions:
        payload = signed.action.payload
        sender = signed.action.sender_id
        if isinstance(payload, A.Post):
            record = facts.posts.get(signed.id())
            if record is None:
                continue  # proven absent: the post failed
            profile = facts.profiles.get(record.author)
            events.append(
                PostSeen(
                    post_id=signed.id(),
                    author=record.author,
                    author_role=_role(profile),
                    region=profile.region if profile is not None else record.place,
                    time_ms=time_ms,
                    kind=PostKind(record.kind),
                    tags=tuple(record.tags),
                    palette=tuple(int(c) & 0xFFFFFF for c in record.palette),
                    caption_length=len(record.text),
                    media_type=media_type_of(record.kind, len(record.media)),
                )
            )
        elif isinstance(payload, A.PostVote):
            vote = facts.votes.get((payload.post, sender))
            if vote is None and payload.value != 0:
                receipt = facts.receipts.get(signed.id())
                if receipt is not None and receipt.status == S.ReceiptStatus.FAILED:
                    continue
            events.append(
                VoteSeen(
                    post_id=payload.post,
                    voter=sender,
                    value=payload.value,
                    weight=vote.weight if vote is not None and payload.value != 0 else 0,
                    voter_reputation=int(facts.reputations.get(sender, 0)),
                    time_ms=time_ms,
                )
            )
        elif isinstance(payload, A.Follow):
            if payload.target != sender:
                events.append(FollowSeen(sender, payload.target, bool(payload.follow), time_ms))
        elif isinstance(payload, A.Endorsement):
            key = (payload.target, S.skill_id(payload.skill), sender)
            endorsement = facts.endorsements.get(key)
            if endorsement is not None:
                events.append(EndorsementSeen(sender, payload.target, payload.skill, endorsement.weight, time_ms))
        elif isinstance(payload, A.Profile):
            events.append(ProfileSeen(sender, Role(payload.role), payload.region, time_ms))
        elif isinstance(payload, A.Listing):
            listing = facts.listings.get(signed.id())
            if listing is not None:
                events.append(
                    ListingSeen(
                        listing_id=signed.id(),
                        seller=listing.seller,
                        kind=ListingKind(listing.kind),
                        category=listing.category,
                        price=listing.price,
                        region=listing.region,
                        time_ms=time_ms,
                        delivery_days=listing.delivery_days,
                        tags=tuple(listing.tags),
                    )
                )
        elif isinstance(payload, A.Order):
            order = facts.orders.get(signed.id())
            of_listing = facts.listings.get(order.listing) if order is not None else None
            if order is not None and of_listing is not None:
                quantity = max(1, order.quantity)
                events.append(
                    OrderSeen(
                        order_id=signed.id(),
                        listing_id=order.listing,
                        buyer=order.buyer,
                        category=of_listing.category,
                        unit_price=order.amount // quantity,
                        quantity=quantity,
                        time_ms=time_ms,
                    )
                )
        elif isinstance(payload, A.OrderResponse):
            state = OrderState.ACCEPTED if payload.accept else OrderState.DECLINED
            events.append(OrderUpdate(payload.order, state, time_ms))
        elif type(payload) in _ORDER_STEPS:
            order_id: bytes = payload.order  # type: ignore[attr-defined]
            events.append(OrderUpdate(order_id, _ORDER_STEPS[type(payload)], time_ms))
    return BlockEvents(block.height, time_ms, tuple(events))
