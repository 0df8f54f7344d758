"""Signed actions (transactions) and the payload of every action type."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Annotated, Any, ClassVar

from .chain import CHAIN_ID, HASH
from .encoding import I64, U64, Amount, Bytes, Codec, ListOf, OneOf, Struct, Text, pack, unpack, wire
from .errors import DecodeError, ValidationError
from .hashing import Tag, blake2b256
from .keys import ACTOR_ID_SIZE, PUBLIC_KEY_SIZE, SIGNATURE_SIZE, Domain, PrivateKey, PublicKey

ACTOR = Bytes(ACTOR_ID_SIZE)
KEY = Bytes(PUBLIC_KEY_SIZE)
OPT_HASH = Bytes(sizes=(0, 32))
TAG = Text(32, min_len=1)
TAGS = ListOf(TAG, 16)
MEDIA = ListOf(HASH, 16)
NAME = Text(64, min_len=1)
#: An action of more than this many bytes is refused before anything else is looked at.
MAX_ACTION_SIZE = 16 * 1024


class ActionType(IntEnum):
    TRANSFER = 1
    PROFILE = 2
    POST = 3
    COMMENT = 4
    VOTE = 5
    FOLLOW = 6
    SKILL_CLAIM = 7
    ENDORSEMENT = 8
    LISTING = 9
    LISTING_UPDATE = 10
    ORDER = 11
    ORDER_RESPONSE = 12
    ORDER_CANCEL = 13
    DELIVERY = 14
    RELEASE = 15
    DISPUTE = 16
    RESOLUTION = 17
    RATING = 18
    RATING_REPLY = 19
    ARBITER = 20
    CHANNEL = 21
    STREAM = 22
    PROMOTION = 23
    FUEL = 24
    PROPOSAL = 25
    PROPOSAL_VOTE = 26
    REPORT = 27
    LISTING_EDIT = 28


class Role(IntEnum):
    MODEL = 1
    DESIGNER = 2
    PHOTOGRAPHER = 3
    STYLIST = 4
    AGENCY = 5
    PRODUCER = 6
    CUSTOMER = 7


class PostKind(IntEnum):
    PHOTO = 1
    VIDEO = 2
    TEXT = 3
    LOOKBOOK = 4
    CASTING = 5
    EVENT = 6
    PORTFOLIO = 7


class ListingKind(IntEnum):
    GOOD = 1
    SERVICE = 2


class PriceMode(IntEnum):
    FIXED = 1
    QUOTE = 2


class ListingStatus(IntEnum):
    ACTIVE = 1
    PAUSED = 2
    CLOSED = 3


class ProposalKind(IntEnum):
    TEXT = 1
    PARAMETER = 2
    VALIDATOR = 3
    SPEND = 4


class Choice(IntEnum):
    YES = 1
    NO = 2
    ABSTAIN = 3


class Payload(Struct):
    """Base of action payloads; TYPE ties each class to its ActionType."""

    TYPE: ClassVar[ActionType]


@wire
class Transfer(Payload):
    TYPE = ActionType.TRANSFER
    to: Annotated[bytes, ACTOR]
    amount: Annotated[int, Amount()]
    memo: Annotated[str, Text(256)]

    def validate(self) -> None:
        if self.amount == 0:
            raise ValidationError("a transfer moves a positive amount")


@wire
class Profile(Payload):
    TYPE = ActionType.PROFILE
    display_name: Annotated[str, NAME]
    role: Annotated[int, OneOf(Role)]
    bio: Annotated[str, Text(1024)]
    links: Annotated[tuple[str, ...], ListOf(Text(256, min_len=1), 8)]
    region: Annotated[str, Text(64)]
    avatar: Annotated[bytes, OPT_HASH]
    #: The messenger identity keys (published so others can start an encrypted chat); empty if none.
    messenger_key: Annotated[bytes, Bytes(max_len=128)]


@wire
class Post(Payload):
    TYPE = ActionType.POST
    kind: Annotated[int, OneOf(PostKind)]
    text: Annotated[str, Text(4096)]
    tags: Annotated[tuple[str, ...], TAGS]
    media: Annotated[tuple[bytes, ...], MEDIA]
    #: Dominant colours of the media as 0xRRGGBB, most dominant first.
    palette: Annotated[tuple[int, ...], ListOf(U64(0xFFFFFF), 8)]
    repost_of: Annotated[bytes, OPT_HASH]
    event_time_ms: Annotated[int, U64()]
    place: Annotated[str, Text(128)]

    def validate(self) -> None:
        if not (self.text or self.media or self.repost_of):
            raise ValidationError("a post has text, media or a reposted post")


@wire
class Comment(Payload):
    TYPE = ActionType.COMMENT
    post: Annotated[bytes, HASH]
    text: Annotated[str, Text(2048, min_len=1)]
    reply_to: Annotated[bytes, OPT_HASH]


@wire
class PostVote(Payload):
    TYPE = ActionType.VOTE
    post: Annotated[bytes, HASH]
    #: +1 up, -1 down, 0 withdraws an earlier vote.
    value: Annotated[int, I64(-1, 1)]


@wire
class Follow(Payload):
    TYPE = ActionType.FOLLOW
    target: Annotated[bytes, ACTOR]
    follow: Annotated[int, U64(1)]


@wire
class SkillClaim(Payload):
    TYPE = ActionType.SKILL_CLAIM
    skill: Annotated[str, NAME]
    description: Annotated[str, Text(1024)]


@wire
class Endorsement(Payload):
    TYPE = ActionType.ENDORSEMENT
    target: Annotated[bytes, ACTOR]
    skill: Annotated[str, NAME]
    #: A settled order between the two that this endorsement refers to, or empty.
    order: Annotated[bytes, OPT_HASH]
    comment: Annotated[str, Text(512)]


@wire
class Listing(Payload):
    TYPE = ActionType.LISTING
    kind: Annotated[int, OneOf(ListingKind)]
    category: Annotated[str, NAME]
    title: Annotated[str, Text(128, min_len=1)]
    description: Annotated[str, Text(4096)]
    tags: Annotated[tuple[str, ...], TAGS]
    price: Annotated[int, Amount()]
    price_mode: Annotated[int, OneOf(PriceMode)]
    delivery_days: Annotated[int, U64(3650)]
    region: Annotated[str, Text(64)]
    stock: Annotated[int, U64()]
    media: Annotated[tuple[bytes, ...], MEDIA]
    #: Blocks after delivery when the escrow is released to the seller if the buyer stays silent.
    release_timeout: Annotated[int, U64()]


@wire
class ListingUpdate(Payload):
    TYPE = ActionType.LISTING_UPDATE
    listing: Annotated[bytes, HASH]
    status: Annotated[int, OneOf(ListingStatus)]
    price: Annotated[int, Amount()]
    stock: Annotated[int, U64()]


@wire
class ListingEdit(Payload):
    """The seller rewrites a listing's description: every field here replaces the listing's own.

    Price, stock and status stay with LISTING_UPDATE, and the kind never changes. Orders already placed
    keep the category and release timeout they were placed under (the order record holds them).
    """

    TYPE = ActionType.LISTING_EDIT
    listing: Annotated[bytes, HASH]
    category: Annotated[str, NAME]
    title: Annotated[str, Text(128, min_len=1)]
    description: Annotated[str, Text(4096)]
    tags: Annotated[tuple[str, ...], TAGS]
    delivery_days: Annotated[int, U64(3650)]
    region: Annotated[str, Text(64)]
    media: Annotated[tuple[bytes, ...], MEDIA]
    release_timeout: Annotated[int, U64()]


@wire
class Order(Payload):
    TYPE = ActionType.ORDER
    listing: Annotated[bytes, HASH]
    quantity: Annotated[int, U64()]
    #: The amount locked in escrow from the buyer's balance.
    amount: Annotated[int, Amount()]
    note: Annotated[str, Text(1024)]

    def validate(self) -> None:
        if self.quantity < 1:
            raise ValidationError("an order is for at least one item")


@wire
class OrderResponse(Payload):
    TYPE = ActionType.ORDER_RESPONSE
    order: Annotated[bytes, HASH]
    accept: Annotated[int, U64(1)]


@wire
class OrderCancel(Payload):
    TYPE = ActionType.ORDER_CANCEL
    order: Annotated[bytes, HASH]


@wire
class Delivery(Payload):
    TYPE = ActionType.DELIVERY
    order: Annotated[bytes, HASH]
    proof: Annotated[bytes, OPT_HASH]
    note: Annotated[str, Text(1024)]


@wire
class Release(Payload):
    TYPE = ActionType.RELEASE
    order: Annotated[bytes, HASH]


@wire
class Dispute(Payload):
    TYPE = ActionType.DISPUTE
    order: Annotated[bytes, HASH]
    reason: Annotated[str, Text(2048, min_len=1)]


@wire
class Resolution(Payload):
    TYPE = ActionType.RESOLUTION
    order: Annotated[bytes, HASH]
    #: What the buyer gets back; the rest, less the arbiter's fee, goes to the seller.
    buyer_share: Annotated[int, Amount()]
    ruling: Annotated[str, Text(2048, min_len=1)]


_STARS = I64(1, 5)


@wire
class Rating(Payload):
    TYPE = ActionType.RATING
    order: Annotated[bytes, HASH]
    quality: Annotated[int, _STARS]
    as_described: Annotated[int, _STARS]
    delivery: Annotated[int, _STARS]
    communication: Annotated[int, _STARS]
    review: Annotated[str, Text(2048)]


@wire
class RatingReply(Payload):
    TYPE = ActionType.RATING_REPLY
    order: Annotated[bytes, HASH]
    text: Annotated[str, Text(2048, min_len=1)]


@wire
class Arbiter(Payload):
    TYPE = ActionType.ARBITER
    categories: Annotated[tuple[str, ...], ListOf(NAME, 16)]
    active: Annotated[int, U64(1)]


@wire
class Channel(Payload):
    TYPE = ActionType.CHANNEL
    #: The key that signs this channel's live media parts (kept apart from the actor key).
    channel_key: Annotated[bytes, KEY]
    title: Annotated[str, Text(128, min_len=1)]
    description: Annotated[str, Text(1024)]


@wire
class Stream(Payload):
    TYPE = ActionType.STREAM
    channel_key: Annotated[bytes, KEY]
    title: Annotated[str, Text(128)]
    live: Annotated[int, U64(1)]
    pinned_listings: Annotated[tuple[bytes, ...], ListOf(HASH, 8)]


@wire
class Promotion(Payload):
    TYPE = ActionType.PROMOTION
    post: Annotated[bytes, HASH]
    amount: Annotated[int, Amount()]
    duration_blocks: Annotated[int, U64()]

    def validate(self) -> None:
        if self.amount == 0 or self.duration_blocks == 0:
            raise ValidationError("a promotion pays a positive amount for a positive duration")


@wire
class Fuel(Payload):
    """Storage fuelling: pay ExC for blob-store quota."""

    TYPE = ActionType.FUEL
    amount: Annotated[int, Amount()]

    def validate(self) -> None:
        if self.amount == 0:
            raise ValidationError("fuelling pays a positive amount")


@wire
class Proposal(Payload):
    """A DAO proposal. Which fields matter depends on `kind`; the others must be empty or zero."""

    TYPE = ActionType.PROPOSAL
    kind: Annotated[int, OneOf(ProposalKind)]
    title: Annotated[str, Text(128, min_len=1)]
    description: Annotated[str, Text(4096)]
    parameter: Annotated[str, Text(64)]
    value: Annotated[int, I64()]
    validator_key: Annotated[bytes, Bytes(sizes=(0, 32))]
    validator_power: Annotated[int, U64(2**60)]
    recipient: Annotated[bytes, Bytes(sizes=(0, ACTOR_ID_SIZE))]
    amount: Annotated[int, Amount()]

    def validate(self) -> None:
        used = {
            ProposalKind.TEXT: set(),
            ProposalKind.PARAMETER: {"parameter", "value"},
            ProposalKind.VALIDATOR: {"validator_key", "validator_power"},
            ProposalKind.SPEND: {"recipient", "amount"},
        }[ProposalKind(self.kind)]
        for name in ("parameter", "value", "validator_key", "validator_power", "recipient", "amount"):
            if name not in used and getattr(self, name):
                raise ValidationError(f"field '{name}' must be empty for this kind of proposal")
        if self.kind == ProposalKind.PARAMETER and not self.parameter:
            raise ValidationError("a parameter proposal names the parameter")
        if self.kind == ProposalKind.VALIDATOR and len(self.validator_key) != 32:
            raise ValidationError("a validator proposal names the validator's key")
        if self.kind == ProposalKind.SPEND and (len(self.recipient) != ACTOR_ID_SIZE or not self.amount):
            raise ValidationError("a spending proposal names a recipient and a positive amount")


@wire
class ProposalVote(Payload):
    TYPE = ActionType.PROPOSAL_VOTE
    proposal: Annotated[bytes, HASH]
    choice: Annotated[int, OneOf(Choice)]


@wire
class Report(Payload):
    TYPE = ActionType.REPORT
    #: A post (32-byte id) or an actor (20-byte id).
    target: Annotated[bytes, Bytes(sizes=(ACTOR_ID_SIZE, 32))]
    reason: Annotated[str, Text(512, min_len=1)]


PAYLOAD_TYPES: dict[ActionType, type[Payload]] = {
    cls.TYPE: cls
    for cls in (
        Transfer, Profile, Post, Comment, PostVote, Follow, SkillClaim, Endorsement, Listing, ListingUpdate,
        Order, OrderResponse, OrderCancel, Delivery, Release, Dispute, Resolution, Rating, RatingReply,
        Arbiter, Channel, Stream, Promotion, Fuel, Proposal, ProposalVote, Report, ListingEdit,
    )
}  # fmt: skip
assert set(PAYLOAD_TYPES) == set(ActionType), "every action type has a payload class"


@dataclass(frozen=True, slots=True)
class Action:
    """The signed body of an action: `[version, type, chain_id, sender, nonce, fee, expiry_height, payload]`.

    `nonce` is the sender's next nonce (the account's count of applied actions); the action is invalid
    after `expiry_height`.
    """

    VERSION: ClassVar[int] = 1
    chain_id: str
    sender: bytes
    nonce: int
    fee: int
    expiry_height: int
    payload: Payload

    _CHAIN_ID: ClassVar = CHAIN_ID
    _KEY: ClassVar = KEY
    _NONCE: ClassVar = U64()
    _FEE: ClassVar = Amount()

    @property
    def type(self) -> ActionType:
        return self.payload.TYPE

    def to_wire(self) -> list[Any]:
        return [
            self.VERSION,
            int(self.type),
            self._CHAIN_ID.to_wire(self.chain_id),
            self._KEY.to_wire(self.sender),
            self._NONCE.to_wire(self.nonce),
            self._FEE.to_wire(self.fee),
            self._NONCE.to_wire(self.expiry_height),
            self.payload.to_wire(),
        ]

    @classmethod
    def from_wire(cls, wire: Any, where: str = "Action") -> Action:
        if type(wire) is not list or len(wire) != 8:
            raise DecodeError(f"{where}: expected an array of 8 elements")
        if type(wire[0]) is not int or wire[0] != cls.VERSION:
            raise DecodeError(f"{where}: unsupported version {wire[0]!r}")
        if type(wire[1]) is not int or wire[1] not in ActionType._value2member_map_:
            raise DecodeError(f"{where}: unknown action type {wire[1]!r}")
        payload_cls = PAYLOAD_TYPES[ActionType(wire[1])]
        return cls(
            chain_id=cls._CHAIN_ID.from_wire(wire[2], f"{where}.chain_id"),
            sender=cls._KEY.from_wire(wire[3], f"{where}.sender"),
            nonce=cls._NONCE.from_wire(wire[4], f"{where}.nonce"),
            fee=cls._FEE.from_wire(wire[5], f"{where}.fee"),
            expiry_height=cls._NONCE.from_wire(wire[6], f"{where}.expiry_height"),
            payload=payload_cls.from_wire(wire[7], f"{where}.payload"),
        )

    def encode(self) -> bytes:
        return pack(self.to_wire())

    def sign_bytes(self) -> bytes:
        return Domain.ACTION.value + self.encode()

    def sign(self, key: PrivateKey) -> SignedAction:
        if key.public_key.raw != self.sender:
            raise ValidationError("the action's sender is not the signing key")
        return SignedAction(self, key.sign(Domain.ACTION, self.encode()))

    @property
    def sender_id(self) -> bytes:
        return PublicKey(self.sender).actor_id


class _ActionCodec(Codec):
    def to_wire(self, value: Any) -> Any:
        if not isinstance(value, Action):
            raise DecodeError("expected an Action")
        return value.to_wire()

    def from_wire(self, wire: Any, where: str) -> Any:
        return Action.from_wire(wire, where)


@wire
class SignedAction(Struct):
    MAX_SIZE = MAX_ACTION_SIZE
    action: Annotated[Action, _ActionCodec()]
    signature: Annotated[bytes, Bytes(SIGNATURE_SIZE)]

    def verify(self) -> None:
        """Raise SignatureError unless the sender's key signed this action."""
        PublicKey(self.action.sender).verify(Domain.ACTION, self.action.encode(), self.signature)

    def id(self) -> bytes:
        """The action id: the hash of the whole signed encoding (ids of posts, listings, orders…)."""
        return blake2b256(Tag.ACTION, self.encode())


def action_id_of_encoding(encoded: bytes) -> bytes:
    return blake2b256(Tag.ACTION, encoded)


def decode_signed_action(data: bytes) -> SignedAction:
    """Decode and check the signature of an action received from the network."""
    signed = SignedAction.from_wire(unpack(data, max_size=MAX_ACTION_SIZE))
    signed.verify()
    return signed
