"""Typed records of verified public chain data and of the user's own data, as the assistant reads them."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Protocol

#: Milliseconds in one hour and one day: every time in the assistant is Unix milliseconds (the chain's unit).
HOUR_MS = 3_600_000
DAY_MS = 24 * HOUR_MS
WEEK_MS = 7 * DAY_MS
#: 1 ExC in base units (chain amounts are integers of 10^-18 ExC).
EXC = 10**18


class Role(IntEnum):
    """An actor's declared role; the values are those of `lightnode.protocol.actions.Role`."""

    MODEL = 1
    DESIGNER = 2
    PHOTOGRAPHER = 3
    STYLIST = 4
    AGENCY = 5
    PRODUCER = 6
    CUSTOMER = 7


class PostKind(IntEnum):
    """A post's kind; the values are those of `lightnode.protocol.actions.PostKind`."""

    PHOTO = 1
    VIDEO = 2
    TEXT = 3
    LOOKBOOK = 4
    CASTING = 5
    EVENT = 6
    PORTFOLIO = 7


class MediaType(IntEnum):
    """What a post's media are, as the light client learns from the blob manifests."""

    NONE = 0
    IMAGE = 1
    VIDEO = 2
    MIXED = 3


class ListingKind(IntEnum):
    """Goods or services; the values are those of `lightnode.protocol.actions.ListingKind`."""

    GOOD = 1
    SERVICE = 2


class OrderState(IntEnum):
    """The escrow state of an order; the values are those of `lightnode.protocol.state.OrderStatus`."""

    PLACED = 1
    ACCEPTED = 2
    DECLINED = 3
    CANCELLED = 4
    DELIVERED = 5
    RELEASED = 6
    DISPUTED = 7
    RESOLVED = 8


def normalize_tag(tag: str) -> str:
    """The form under which tags are counted: NFKC, lower case, no leading '#', inner spaces removed."""
    text = unicodedata.normalize("NFKC", tag).strip().lstrip("#").casefold()
    return "".join(text.split())


#: The media each kind usually has; a format names its media only when they differ from these.
_USUAL_MEDIA = {
    PostKind.PHOTO: MediaType.IMAGE,
    PostKind.VIDEO: MediaType.VIDEO,
    PostKind.TEXT: MediaType.NONE,
}


def format_name(kind: PostKind, media: MediaType) -> str:
    """A post format as shown to people, e.g. 'photo', 'lookbook · video', 'event · image'."""
    if _USUAL_MEDIA.get(kind) == media or (kind == PostKind.PHOTO and media == MediaType.NONE):
        return kind.name.lower()
    return f"{kind.name.lower()} · {media.name.lower()}"


@dataclass(frozen=True, slots=True)
class PostSeen:
    """A verified post: who, when, in what form, with which tags and colours."""

    post_id: bytes
    author: bytes
    author_role: Role
    region: str
    time_ms: int
    kind: PostKind
    tags: tuple[str, ...]
    #: Dominant colours of the media as 0xRRGGBB, most dominant first (the Post payload's `palette`).
    palette: tuple[int, ...]
    caption_length: int
    media_type: MediaType


@dataclass(frozen=True, slots=True)
class VoteSeen:
    """A vote's new standing value on a post (+1, -1, or 0 for a withdrawn vote)."""

    post_id: bytes
    voter: bytes
    value: int
    #: The weight the chain gave this vote: what it moves the author's reputation by.
    weight: int
    #: The voter's reputation score when voting (public, shown as context).
    voter_reputation: int
    time_ms: int


@dataclass(frozen=True, slots=True)
class FollowSeen:
    follower: bytes
    target: bytes
    #: True to follow, False to unfollow.
    follow: bool
    time_ms: int


@dataclass(frozen=True, slots=True)
class EndorsementSeen:
    endorser: bytes
    target: bytes
    skill: str
    #: The reputation weight the endorsement carried on the chain.
    weight: int
    time_ms: int


@dataclass(frozen=True, slots=True)
class ProfileSeen:
    """An actor's declared role and region (the Profile action); later ones replace earlier ones."""

    actor: bytes
    role: Role
    region: str
    time_ms: int


@dataclass(frozen=True, slots=True)
class ListingSeen:
    listing_id: bytes
    seller: bytes
    kind: ListingKind
    category: str
    #: Unit price in base units (10^-18 ExC).
    price: int
    region: str
    time_ms: int
    delivery_days: int = 0
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OrderSeen:
    """An order as placed; `category` and `unit_price` are denormalized from its listing by the caller."""

    order_id: bytes
    listing_id: bytes
    buyer: bytes
    category: str
    #: Unit price paid into escrow, in base units.
    unit_price: int
    quantity: int
    time_ms: int
    state: OrderState = OrderState.PLACED


@dataclass(frozen=True, slots=True)
class OrderUpdate:
    """A later state of an order (accepted, delivered, released, disputed…)."""

    order_id: bytes
    state: OrderState
    time_ms: int


Event = PostSeen | VoteSeen | FollowSeen | EndorsementSeen | ProfileSeen | ListingSeen | OrderSeen | OrderUpdate


@dataclass(frozen=True, slots=True)
class BlockEvents:
    """The verified events of one block, in chain order."""

    height: int
    time_ms: int
    events: tuple[Event, ...]


@dataclass(frozen=True, slots=True)
class UserProfile:
    """Who the user is, from the encrypted profile; `utc_offset_minutes` only affects how times are worded."""

    actor: bytes
    role: Role
    region: str = ""
    skills: tuple[str, ...] = ()
    utc_offset_minutes: int = 0


@dataclass(frozen=True, slots=True)
class Draft:
    """A post the user is preparing (kept in the encrypted profile, never published by the assistant)."""

    tags: tuple[str, ...]
    caption: str
    kind: PostKind
    media_type: MediaType
    palette: tuple[int, ...]
    planned_time_ms: int


@dataclass(frozen=True, slots=True)
class ListingDraft:
    """A listing the user is preparing, for a price suggestion."""

    kind: ListingKind
    category: str
    region: str
    delivery_days: int = 0
    tags: tuple[str, ...] = field(default=())


class PostPayloadLike(Protocol):
    """The fields of `lightnode.protocol.actions.Post` that the assistant reads (structural, no import)."""

    @property
    def kind(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def tags(self) -> Sequence[str]: ...
    @property
    def palette(self) -> Sequence[int]: ...


def post_from_payload(
    post_id: bytes,
    author: bytes,
    author_role: Role,
    region: str,
    time_ms: int,
    payload: PostPayloadLike,
    media_type: MediaType,
) -> PostSeen:
    """Build a PostSeen from a verified Post payload, its author's profile and its block time."""
    return PostSeen(
        post_id=post_id,
        author=author,
        author_role=author_role,
        region=region,
        time_ms=time_ms,
        kind=PostKind(payload.kind),
        tags=tuple(payload.tags),
        palette=tuple(int(c) & 0xFFFFFF for c in payload.palette),
        caption_length=len(payload.text),
        media_type=media_type,
    )
