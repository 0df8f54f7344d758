"""The chain state's key layout, value structures and parameters, shared by the full node and light client."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntEnum
from types import MappingProxyType
from typing import Annotated, ClassVar

from .actions import (
    ACTOR,
    MEDIA,
    NAME,
    OPT_HASH,
    TAGS,
    ListingKind,
    ListingStatus,
    PostKind,
    ProposalKind,
    Role,
)
from .chain import CHAIN_ID, HASH
from .encoding import I64, I64_MAX, U64, Amount, Bytes, ListOf, Nested, OneOf, Struct, Text, wire
from .errors import ValidationError
from .hashing import Tag, blake2b256
from .keys import ACTOR_ID_SIZE, PUBLIC_KEY_SIZE

_HASH_SIZE = 32
_HEIGHT = U64()
_COUNT = U64()
_OPT_ACTOR = Bytes(sizes=(0, ACTOR_ID_SIZE))
_REASON = Text(512)

# ---------------------------------------------------------------------------------------------------------
# Key layout. Every key is a readable prefix ending in "/" followed by fixed-size binary ids, so two keys of
# different kinds can never coincide and a key can be parsed back by its length.
# ---------------------------------------------------------------------------------------------------------

#: `acct/` + actor id (20) → Account: balance, nonce, public key, storage quota.
ACCOUNT_PREFIX = b"acct/"
#: `prof/` + actor id (20) → ProfileRecord: display name, role, bio, links, avatar, messenger key.
PROFILE_PREFIX = b"prof/"
#: `soc/` + actor id (20) → SocialStats: counts of posts, comments, followers, following, skills, reports.
SOCIAL_PREFIX = b"soc/"
#: `rep/` + actor id (20) → Reputation: the actor's score and where it came from.
REPUTATION_PREFIX = b"rep/"
#: `post/` + post id (32, the POST action's id) → PostRecord: content, author and vote tallies.
POST_PREFIX = b"post/"
#: `cmnt/` + comment id (32, the COMMENT action's id) → CommentRecord.
COMMENT_PREFIX = b"cmnt/"
#: `vote/` + post id (32) + voter id (20) → VoteRecord: the voter's standing vote on the post and its weight.
VOTE_PREFIX = b"vote/"
#: `follow/` + follower id (20) + followed id (20) → FollowRecord: present while the edge exists.
FOLLOW_PREFIX = b"follow/"
#: `skill/` + actor id (20) + skill id (32) → SkillRecord: a claimed competency and its endorsement score.
SKILL_PREFIX = b"skill/"
#: `endo/` + endorsed id (20) + skill id (32) + endorser id (20) → EndorsementRecord.
ENDORSEMENT_PREFIX = b"endo/"
#: `report/` + target (20: an actor, or 32: a post) + reporter id (20) → ReportRecord.
REPORT_PREFIX = b"report/"
#: `list/` + listing id (32, the LISTING action's id) → ListingRecord.
LISTING_PREFIX = b"list/"
#: `order/` + order id (32, the ORDER action's id) → OrderRecord: the escrow and its state.
ORDER_PREFIX = b"order/"
#: `rating/` + order id (32) → RatingRecord: the buyer's rating of a completed order and the seller's reply.
RATING_PREFIX = b"rating/"
#: `arb/` + actor id (20) → ArbiterRecord: an actor who opted in to settle disputes.
ARBITER_PREFIX = b"arb/"
#: `catrep/` + actor id (20) + category id (32) → CategoryReputation: a seller's standing in one category.
CATEGORY_REPUTATION_PREFIX = b"catrep/"
#: `chan/` + channel key (32) → ChannelRecord: a live channel and its current stream announcement.
CHANNEL_PREFIX = b"chan/"
#: `promo/` + post id (32) → PromotionRecord: paid promotion of a post.
PROMOTION_PREFIX = b"promo/"
#: `prop/` + proposal id (32, the PROPOSAL action's id) → ProposalRecord: a DAO proposal and its tallies.
PROPOSAL_PREFIX = b"prop/"
#: `ballot/` + proposal id (32) + voter id (20) → BallotRecord: one voter's vote on a proposal.
BALLOT_PREFIX = b"ballot/"
#: `rcpt/` + action id (32) → Receipt: where an action was applied and whether it succeeded.
RECEIPT_PREFIX = b"rcpt/"
#: `due/release/` + height (8, big-endian) → DueList of order ids to release automatically at that height.
DUE_RELEASE_PREFIX = b"due/release/"
#: `due/tally/` + height (8, big-endian) → DueList of proposal ids whose voting ends at that height.
DUE_TALLY_PREFIX = b"due/tally/"
#: → ChainInfo: the chain id and genesis hash this state belongs to.
CHAIN_KEY = b"meta/chain"
#: → Params: every governance parameter's current value.
PARAMS_KEY = b"meta/params"
#: → ValidatorSet: the validators of the next height.
VALIDATORS_KEY = b"meta/validators"
#: → Pool: the community fund (fees, fuelling), spent only by passed SPEND proposals.
FUND_KEY = b"meta/fund"
#: → Pool: the reward pool (promotion payments), paid out to authors and curators.
REWARDS_KEY = b"meta/rewards"
#: → ReputationTotal: the sum of every actor's positive reputation score (the base of proposal quorums).
REPUTATION_TOTAL_KEY = b"meta/reputation"
#: → ActorList: the actors registered as active arbiters, sorted.
ARBITERS_KEY = b"meta/arbiters"
#: `seed/` + actor id (20) → TrustSeed: a pre-trusted actor (every genesis account) that seeds the trust graph.
SEED_PREFIX = b"seed/"
#: `vpair/` + voter id (20) + author id (20) → VotePair: the voter's standing votes on the author's posts.
VOTE_PAIR_PREFIX = b"vpair/"
#: `endr/` + endorser id (20) + skill id (32) → EndorserStats: the endorsements an actor gave in one skill.
ENDORSER_PREFIX = b"endr/"
#: `badge/` + actor id (20) → Badges: the milestone badges an actor earned (nothing can move them).
BADGE_PREFIX = b"badge/"
#: `rwd/` + actor id (20) → RewardTotals: what an actor earned from the reward pool, and its curation record.
REWARD_PREFIX = b"rwd/"
#: → EpochState: the current reputation and reward epoch, and what the last epoch paid out.
EPOCH_KEY = b"meta/epoch"


def _id(value: bytes, size: int, what: str) -> bytes:
    if type(value) is not bytes or len(value) != size:
        raise ValidationError(f"{what} is {size} bytes")
    return value


def _actor(value: bytes) -> bytes:
    return _id(value, ACTOR_ID_SIZE, "an actor id")


def _hash(value: bytes, what: str) -> bytes:
    return _id(value, _HASH_SIZE, what)


def _height(height: int) -> bytes:
    if type(height) is not int or not 0 <= height < 2**64:
        raise ValidationError("a height is an unsigned 64-bit integer")
    return height.to_bytes(8, "big")


def account_key(actor: bytes) -> bytes:
    return ACCOUNT_PREFIX + _actor(actor)


def profile_key(actor: bytes) -> bytes:
    return PROFILE_PREFIX + _actor(actor)


def social_key(actor: bytes) -> bytes:
    return SOCIAL_PREFIX + _actor(actor)


def reputation_key(actor: bytes) -> bytes:
    return REPUTATION_PREFIX + _actor(actor)


def post_key(post_id: bytes) -> bytes:
    return POST_PREFIX + _hash(post_id, "a post id")


def comment_key(comment_id: bytes) -> bytes:
    return COMMENT_PREFIX + _hash(comment_id, "a comment id")


def vote_key(post_id: bytes, voter: bytes) -> bytes:
    return VOTE_PREFIX + _hash(post_id, "a post id") + _actor(voter)


def follow_key(follower: bytes, target: bytes) -> bytes:
    return FOLLOW_PREFIX + _actor(follower) + _actor(target)


def skill_key(actor: bytes, skill: bytes) -> bytes:
    """`skill` is a skill id (see `skill_id`)."""
    return SKILL_PREFIX + _actor(actor) + _hash(skill, "a skill id")


def endorsement_key(target: bytes, skill: bytes, endorser: bytes) -> bytes:
    return ENDORSEMENT_PREFIX + _actor(target) + _hash(skill, "a skill id") + _actor(endorser)


def report_key(target: bytes, reporter: bytes) -> bytes:
    if type(target) is not bytes or len(target) not in (ACTOR_ID_SIZE, _HASH_SIZE):
        raise ValidationError("a report target is an actor id (20 bytes) or a post id (32 bytes)")
    return REPORT_PREFIX + target + _actor(reporter)


def listing_key(listing_id: bytes) -> bytes:
    return LISTING_PREFIX + _hash(listing_id, "a listing id")


def order_key(order_id: bytes) -> bytes:
    return ORDER_PREFIX + _hash(order_id, "an order id")


def rating_key(order_id: bytes) -> bytes:
    return RATING_PREFIX + _hash(order_id, "an order id")


def arbiter_key(actor: bytes) -> bytes:
    return ARBITER_PREFIX + _actor(actor)


def category_reputation_key(actor: bytes, category: bytes) -> bytes:
    """`category` is a category id (see `category_id`)."""
    return CATEGORY_REPUTATION_PREFIX + _actor(actor) + _hash(category, "a category id")


def channel_key(channel_public_key: bytes) -> bytes:
    return CHANNEL_PREFIX + _id(channel_public_key, PUBLIC_KEY_SIZE, "a channel key")


def promotion_key(post_id: bytes) -> bytes:
    return PROMOTION_PREFIX + _hash(post_id, "a post id")


def proposal_key(proposal_id: bytes) -> bytes:
    return PROPOSAL_PREFIX + _hash(proposal_id, "a proposal id")


def ballot_key(proposal_id: bytes, voter: bytes) -> bytes:
    return BALLOT_PREFIX + _hash(proposal_id, "a proposal id") + _actor(voter)


def receipt_key(action_id: bytes) -> bytes:
    return RECEIPT_PREFIX + _hash(action_id, "an action id")


def due_release_key(height: int) -> bytes:
    return DUE_RELEASE_PREFIX + _height(height)


def due_tally_key(height: int) -> bytes:
    return DUE_TALLY_PREFIX + _height(height)


def seed_key(actor: bytes) -> bytes:
    return SEED_PREFIX + _actor(actor)


def vote_pair_key(voter: bytes, author: bytes) -> bytes:
    return VOTE_PAIR_PREFIX + _actor(voter) + _actor(author)


def endorser_key(endorser: bytes, skill: bytes) -> bytes:
    """`skill` is a skill id (see `skill_id`)."""
    return ENDORSER_PREFIX + _actor(endorser) + _hash(skill, "a skill id")


def badge_key(actor: bytes) -> bytes:
    return BADGE_PREFIX + _actor(actor)


def reward_key(actor: bytes) -> bytes:
    return REWARD_PREFIX + _actor(actor)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def slug(name: str) -> str:
    """The canonical form of a skill or category name: ASCII letters lowered, runs of spaces collapsed.

    Only ASCII is folded because Unicode case rules change between Unicode versions, and every node must
    compute the same id forever.
    """
    return " ".join(part for part in name.translate(_ASCII_LOWER).split(" ") if part)


def skill_id(name: str) -> bytes:
    """The 32-byte id of a skill name; "Runway  Modelling" and "runway modelling" share one id."""
    return blake2b256(Tag.SKILL, slug(name).encode("utf-8"))


def category_id(name: str) -> bytes:
    """The 32-byte id of a market category: that of the skill of the same name, so that a competency
    endorsed under a name and the sales in the category of that name meet under one id."""
    return skill_id(name)


# ---------------------------------------------------------------------------------------------------------
# Enumerations stored in values.
# ---------------------------------------------------------------------------------------------------------


class OrderStatus(IntEnum):
    """The escrow state machine: PLACED → ACCEPTED | DECLINED | CANCELLED; ACCEPTED → DELIVERED → RELEASED;
    ACCEPTED or DELIVERED → DISPUTED → RESOLVED. DECLINED, CANCELLED, RELEASED and RESOLVED are final."""

    PLACED = 1
    ACCEPTED = 2
    DECLINED = 3
    CANCELLED = 4
    DELIVERED = 5
    RELEASED = 6
    DISPUTED = 7
    RESOLVED = 8


#: The order states in which the buyer's payment is still locked.
ESCROW_LOCKED = frozenset({OrderStatus.PLACED, OrderStatus.ACCEPTED, OrderStatus.DELIVERED, OrderStatus.DISPUTED})
#: The order states of a settled order: the only ones that can be rated or back an endorsement.
ORDER_SETTLED = frozenset({OrderStatus.RELEASED, OrderStatus.RESOLVED})


class ProposalStatus(IntEnum):
    OPEN = 1
    PASSED = 2
    REJECTED = 3


class Badge(IntEnum):
    """Milestones: reaching one mints the badge into the actor's Badges (see BADGE_MILESTONES)."""

    RISING = 1
    ESTABLISHED = 2
    RENOWNED = 3
    ICON = 4
    ENDORSED = 5
    TRUSTED_SELLER = 6
    CURATOR = 7
    CREATOR = 8
    FOLLOWED = 9


@dataclass(frozen=True, slots=True)
class Milestone:
    #: What is measured: "score", "endorsements" (most endorsements that carried trust to one skill),
    #: "work", "curation", "posts" or "followers".
    measure: str
    threshold: int
    title: str


#: Every badge and the milestone that mints it (checked at the end of each epoch).
BADGE_MILESTONES: Mapping[Badge, Milestone] = MappingProxyType(
    {
        Badge.RISING: Milestone("score", 10, "Rising: a reputation of 10"),
        Badge.ESTABLISHED: Milestone("score", 100, "Established: a reputation of 100"),
        Badge.RENOWNED: Milestone("score", 1_000, "Renowned: a reputation of 1,000"),
        Badge.ICON: Milestone("score", 10_000, "Icon: a reputation of 10,000"),
        Badge.ENDORSED: Milestone("endorsements", 5, "Endorsed: five trusted endorsements of one skill"),
        Badge.TRUSTED_SELLER: Milestone("work", 50, "Trusted seller: ten orders completed"),
        Badge.CURATOR: Milestone("curation", 10, "Curator: ten points of accurate curation"),
        Badge.CREATOR: Milestone("posts", 10, "Creator: ten posts"),
        Badge.FOLLOWED: Milestone("followers", 25, "Followed: 25 followers"),
    }
)


class ReceiptStatus(IntEnum):
    OK = 1
    FAILED = 2


# ---------------------------------------------------------------------------------------------------------
# Values. Each is a positional array with a leading version, like every protocol structure.
# ---------------------------------------------------------------------------------------------------------


@wire
class Account(Struct):
    """What an actor owns. An absent account reads as zero balance, nonce 0, no quota."""

    balance: Annotated[int, Amount()]
    #: The number of this actor's applied actions: the nonce its next action must carry.
    nonce: Annotated[int, U64()]
    #: The actor's Ed25519 key, recorded by its first action (empty before), so anyone can check it.
    public_key: Annotated[bytes, Bytes(sizes=(0, PUBLIC_KEY_SIZE))]
    #: Blob-store quota bought by fuelling, in bytes.
    storage_quota: Annotated[int, U64()]
    #: Everything this actor has paid for fuel, in base units.
    fuelled: Annotated[int, Amount()]


EMPTY_ACCOUNT = Account(0, 0, b"", 0, 0)


@wire
class ProfileRecord(Struct):
    display_name: Annotated[str, NAME]
    role: Annotated[int, OneOf(Role)]
    bio: Annotated[str, Text(1024)]
    links: Annotated[tuple[str, ...], ListOf(Text(256, min_len=1), 8)]
    region: Annotated[str, Text(64)]
    avatar: Annotated[bytes, OPT_HASH]
    messenger_key: Annotated[bytes, Bytes(max_len=128)]
    updated_height: Annotated[int, _HEIGHT]


@wire
class SocialStats(Struct):
    posts: Annotated[int, _COUNT]
    comments: Annotated[int, _COUNT]
    followers: Annotated[int, _COUNT]
    following: Annotated[int, _COUNT]
    skills: Annotated[int, _COUNT]
    #: Distinct actors who reported this actor.
    reports: Annotated[int, _COUNT]


EMPTY_SOCIAL = SocialStats(0, 0, 0, 0, 0, 0)


@wire
class Reputation(Struct):
    """An actor's reputation in points, with its breakdown; `score` is always the sum of the parts."""

    score: Annotated[int, I64()]
    #: Weighted up-votes minus weighted down-votes received on the actor's posts.
    votes: Annotated[int, I64()]
    #: Weights of the endorsements received, over all skills.
    endorsements: Annotated[int, U64()]
    #: Points for orders completed as a seller.
    work: Annotated[int, U64()]
    #: Points from buyers' ratings (above or below the neutral three stars).
    ratings: Annotated[int, I64()]
    #: Points for curation that agreed with the later consensus (added at the end of each epoch).
    curation: Annotated[int, I64()] = 0

    def validate(self) -> None:
        if self.score != self.votes + self.endorsements + self.work + self.ratings + self.curation:
            raise ValidationError("a reputation score is the sum of its parts")

    @property
    def weight_base(self) -> int:
        """The score as used for weights: never negative."""
        return max(0, self.score)


EMPTY_REPUTATION = Reputation(0, 0, 0, 0, 0)


@wire
class PostRecord(Struct):
    author: Annotated[bytes, ACTOR]
    kind: Annotated[int, OneOf(PostKind)]
    text: Annotated[str, Text(4096)]
    tags: Annotated[tuple[str, ...], TAGS]
    media: Annotated[tuple[bytes, ...], MEDIA]
    palette: Annotated[tuple[int, ...], ListOf(U64(0xFFFFFF), 8)]
    repost_of: Annotated[bytes, OPT_HASH]
    event_time_ms: Annotated[int, U64()]
    place: Annotated[str, Text(128)]
    created_height: Annotated[int, _HEIGHT]
    created_time_ms: Annotated[int, U64()]
    #: Count of standing up-votes and down-votes.
    up: Annotated[int, _COUNT]
    down: Annotated[int, _COUNT]
    #: Sum of the standing votes' signed weights.
    score: Annotated[int, I64()]
    comments: Annotated[int, _COUNT]
    reposts: Annotated[int, _COUNT]
    #: Distinct actors who reported this post.
    reports: Annotated[int, _COUNT]


@wire
class CommentRecord(Struct):
    post: Annotated[bytes, HASH]
    author: Annotated[bytes, ACTOR]
    reply_to: Annotated[bytes, OPT_HASH]
    text: Annotated[str, Text(2048, min_len=1)]
    created_height: Annotated[int, _HEIGHT]


@wire
class VoteRecord(Struct):
    value: Annotated[int, I64(-1, 1)]
    #: The weight the vote carried when cast; withdrawing or changing it removes exactly this much.
    weight: Annotated[int, U64()]
    height: Annotated[int, _HEIGHT]

    def validate(self) -> None:
        if self.value == 0:
            raise ValidationError("a standing vote is up or down")


@wire
class FollowRecord(Struct):
    height: Annotated[int, _HEIGHT]


@wire
class SkillRecord(Struct):
    #: The name as the actor wrote it when first claiming (its id is that of its slug).
    skill: Annotated[str, NAME]
    description: Annotated[str, Text(1024)]
    claimed_height: Annotated[int, _HEIGHT]
    endorsements: Annotated[int, _COUNT]
    #: The actor's reputation in this skill: the sum of its endorsements' weights.
    score: Annotated[int, U64()]


@wire
class EndorsementRecord(Struct):
    weight: Annotated[int, U64()]
    #: The settled order between the two that backs this endorsement, or empty.
    order: Annotated[bytes, OPT_HASH]
    comment: Annotated[str, Text(512)]
    height: Annotated[int, _HEIGHT]


@wire
class ReportRecord(Struct):
    reason: Annotated[str, Text(512, min_len=1)]
    height: Annotated[int, _HEIGHT]


@wire
class ListingRecord(Struct):
    seller: Annotated[bytes, ACTOR]
    kind: Annotated[int, OneOf(ListingKind)]
    category: Annotated[str, NAME]
    title: Annotated[str, Text(128, min_len=1)]
    description: Annotated[str, Text(4096)]
    tags: Annotated[tuple[str, ...], TAGS]
    #: The unit price (for a quoted listing, the indicative price).
    price: Annotated[int, Amount()]
    price_mode: Annotated[int, U64(255)]
    delivery_days: Annotated[int, U64(3650)]
    region: Annotated[str, Text(64)]
    #: Units still available; an order reserves its quantity, a decline or cancellation returns it.
    stock: Annotated[int, U64()]
    media: Annotated[tuple[bytes, ...], MEDIA]
    release_timeout: Annotated[int, U64()]
    status: Annotated[int, OneOf(ListingStatus)]
    created_height: Annotated[int, _HEIGHT]
    updated_height: Annotated[int, _HEIGHT]
    orders: Annotated[int, _COUNT]
    completed: Annotated[int, _COUNT]
    ratings: Annotated[int, _COUNT]
    #: Sum of all axes of all ratings (each rating adds four values of 1..5).
    rating_stars: Annotated[int, _COUNT]


@wire
class OrderRecord(Struct):
    #: 2: the listing's category and release timeout are kept in the order (version 1 lacked them).
    VERSION: ClassVar[int] = 2
    listing: Annotated[bytes, HASH]
    buyer: Annotated[bytes, ACTOR]
    seller: Annotated[bytes, ACTOR]
    quantity: Annotated[int, U64()]
    #: The amount the buyer paid into escrow.
    amount: Annotated[int, Amount()]
    note: Annotated[str, Text(1024)]
    status: Annotated[int, OneOf(OrderStatus)]
    placed_height: Annotated[int, _HEIGHT]
    updated_height: Annotated[int, _HEIGHT]
    #: The height at whose end a delivered order is released to the seller if nobody acted (0 before).
    release_height: Annotated[int, _HEIGHT]
    delivery_proof: Annotated[bytes, OPT_HASH]
    delivery_note: Annotated[str, Text(1024)]
    disputed_by: Annotated[bytes, _OPT_ACTOR]
    dispute_reason: Annotated[str, Text(2048)]
    arbiter: Annotated[bytes, _OPT_ACTOR]
    #: After a resolution: what the buyer got back and what the arbiter earned.
    buyer_share: Annotated[int, Amount()]
    arbiter_fee: Annotated[int, Amount()]
    ruling: Annotated[str, Text(2048)]
    rated: Annotated[int, U64(1)]
    #: Terms of the listing when the order was placed: a later LISTING_EDIT does not change them. The
    #: category decides the arbiters and the reputation the sale counts for; the timeout, the release.
    category: Annotated[str, NAME]
    release_timeout: Annotated[int, U64()]

    @property
    def escrowed(self) -> int:
        """What this order still holds in escrow."""
        return self.amount if self.status in ESCROW_LOCKED else 0


@wire
class RatingRecord(Struct):
    buyer: Annotated[bytes, ACTOR]
    seller: Annotated[bytes, ACTOR]
    listing: Annotated[bytes, HASH]
    quality: Annotated[int, I64(1, 5)]
    as_described: Annotated[int, I64(1, 5)]
    delivery: Annotated[int, I64(1, 5)]
    communication: Annotated[int, I64(1, 5)]
    review: Annotated[str, Text(2048)]
    height: Annotated[int, _HEIGHT]
    reply: Annotated[str, Text(2048)]
    reply_height: Annotated[int, _HEIGHT]

    @property
    def stars(self) -> int:
        return self.quality + self.as_described + self.delivery + self.communication


@wire
class ArbiterRecord(Struct):
    #: Category slugs the arbiter settles, sorted; empty means every category.
    categories: Annotated[tuple[str, ...], ListOf(NAME, 16, sorted_unique=True)]
    active: Annotated[int, U64(1)]
    registered_height: Annotated[int, _HEIGHT]
    cases: Annotated[int, _COUNT]
    resolved: Annotated[int, _COUNT]


@wire
class CategoryReputation(Struct):
    """A seller's standing in one market category (the arbiter draw of that category weighs it)."""

    #: The category's slug.
    category: Annotated[str, NAME]
    #: Points for orders in this category released to the seller.
    work: Annotated[int, U64()]
    #: Points from buyers' ratings of orders in this category (above or below the neutral three stars).
    ratings: Annotated[int, I64()]
    sales: Annotated[int, _COUNT]
    rated: Annotated[int, _COUNT]
    #: Sum of all axes of those ratings.
    stars: Annotated[int, _COUNT]

    @property
    def score(self) -> int:
        return self.work + self.ratings


@wire
class ChannelRecord(Struct):
    owner: Annotated[bytes, ACTOR]
    title: Annotated[str, Text(128, min_len=1)]
    description: Annotated[str, Text(1024)]
    created_height: Annotated[int, _HEIGHT]
    #: The latest stream announcement: whether the channel is live, its title and pinned listings.
    live: Annotated[int, U64(1)]
    stream_title: Annotated[str, Text(128)]
    pinned_listings: Annotated[tuple[bytes, ...], ListOf(HASH, 8)]
    live_since_height: Annotated[int, _HEIGHT]


@wire
class PromotionRecord(Struct):
    author: Annotated[bytes, ACTOR]
    #: The post counts as promoted while the chain height is at most this.
    until_height: Annotated[int, _HEIGHT]
    total_paid: Annotated[int, Amount()]
    promotions: Annotated[int, _COUNT]
    last_promoter: Annotated[bytes, ACTOR]


@wire
class ProposalRecord(Struct):
    proposer: Annotated[bytes, ACTOR]
    kind: Annotated[int, OneOf(ProposalKind)]
    title: Annotated[str, Text(128, min_len=1)]
    description: Annotated[str, Text(4096)]
    parameter: Annotated[str, Text(64)]
    value: Annotated[int, I64()]
    validator_key: Annotated[bytes, Bytes(sizes=(0, PUBLIC_KEY_SIZE))]
    validator_power: Annotated[int, U64(2**60)]
    recipient: Annotated[bytes, _OPT_ACTOR]
    amount: Annotated[int, Amount()]
    created_height: Annotated[int, _HEIGHT]
    #: Votes are accepted up to and including this height; the proposal is tallied at its end.
    end_height: Annotated[int, _HEIGHT]
    #: The total positive reputation when the proposal was made: the base of its quorum.
    reputation_total: Annotated[int, U64()]
    yes: Annotated[int, U64()]
    no: Annotated[int, U64()]
    abstain: Annotated[int, U64()]
    voters: Annotated[int, _COUNT]
    status: Annotated[int, OneOf(ProposalStatus)]
    executed: Annotated[int, U64(1)]
    #: Why a tallied proposal was rejected or could not be executed; empty otherwise.
    outcome: Annotated[str, Text(256)]


@wire
class BallotRecord(Struct):
    choice: Annotated[int, U64(255)]
    weight: Annotated[int, U64()]
    height: Annotated[int, _HEIGHT]


@wire
class Receipt(Struct):
    """The outcome of an applied action; a failed action still paid its fee and used its nonce."""

    height: Annotated[int, _HEIGHT]
    #: The action's position in its block.
    index: Annotated[int, U64()]
    status: Annotated[int, OneOf(ReceiptStatus)]
    reason: Annotated[str, _REASON]


@wire
class DueList(Struct):
    MAX_SIZE = 4 * 1024 * 1024
    ids: Annotated[tuple[bytes, ...], ListOf(HASH, 100_000, sorted_unique=True)]


@wire
class ActorList(Struct):
    MAX_SIZE = 512 * 1024
    actors: Annotated[tuple[bytes, ...], ListOf(ACTOR, 10_000, sorted_unique=True)]


@wire
class ChainInfo(Struct):
    chain_id: Annotated[str, CHAIN_ID]
    genesis_hash: Annotated[bytes, HASH]


@wire
class Pool(Struct):
    amount: Annotated[int, Amount()]


@wire
class ReputationTotal(Struct):
    total: Annotated[int, U64()]


@wire
class TrustSeed(Struct):
    """A pre-trusted actor: it brings `seed_trust` points of trust to its endorsements and votes."""

    height: Annotated[int, _HEIGHT]


@wire
class VotePair(Struct):
    """One voter's standing votes on one author's posts: each further vote counts less (see the rules)."""

    up: Annotated[int, _COUNT]
    down: Annotated[int, _COUNT]


EMPTY_VOTE_PAIR = VotePair(0, 0)


@wire
class EndorserStats(Struct):
    """The endorsements an actor gave in one skill: its trust in that skill is shared among them."""

    endorsements: Annotated[int, _COUNT]
    #: 1 per endorsement, ORDER_ENDORSEMENT_FACTOR for one backed by a settled order.
    strength: Annotated[int, _COUNT]


@wire
class BadgeEntry(Struct):
    badge: Annotated[int, OneOf(Badge)]
    #: The height at whose epoch end the milestone was found reached.
    height: Annotated[int, _HEIGHT]
    #: The measured figure at that moment.
    value: Annotated[int, I64()]


@wire
class Badges(Struct):
    """Non-transferable badges: minted by the state machine only, never moved by any action."""

    badges: Annotated[tuple[BadgeEntry, ...], ListOf(Nested(BadgeEntry), 64)]

    def validate(self) -> None:
        kinds = [b.badge for b in self.badges]
        if kinds != sorted(set(kinds)):
            raise ValidationError("badges are listed once each, in badge order")


@wire
class RewardTotals(Struct):
    """What an actor earned from the reward pool (paid into its balance) and its curation record."""

    author: Annotated[int, Amount()]
    curator: Annotated[int, Amount()]
    #: The epoch of the last payment, and what it paid.
    last_epoch: Annotated[int, U64()]
    last_author: Annotated[int, Amount()]
    last_curator: Annotated[int, Amount()]
    #: Standing votes judged against the consensus of their post, and how many agreed with it.
    judged: Annotated[int, _COUNT]
    accurate: Annotated[int, _COUNT]


EMPTY_REWARDS = RewardTotals(0, 0, 0, 0, 0, 0, 0)


@wire
class EpochState(Struct):
    """The reputation and reward epoch: trust is recomputed and the reward pool paid when one ends."""

    number: Annotated[int, U64()]
    #: The first height of the current epoch; it ends before start_height + epoch_blocks.
    start_height: Annotated[int, _HEIGHT]
    #: Posts created at or below this height were paid (or passed over) already.
    paid_upto: Annotated[int, _HEIGHT]
    #: What the end of the previous epoch did.
    last_pool: Annotated[int, Amount()]
    last_authors: Annotated[int, Amount()]
    last_curators: Annotated[int, Amount()]
    last_posts: Annotated[int, _COUNT]
    last_curator_count: Annotated[int, _COUNT]


GENESIS_EPOCH = EpochState(0, 1, 0, 0, 0, 0, 0, 0)


# ---------------------------------------------------------------------------------------------------------
# Governance parameters.
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ParamSpec:
    default: int
    lo: int
    hi: int
    doc: str


_EXC = 10**18

#: Every parameter the DAO can change, with its default and its allowed range (inclusive).
PARAMETERS: Mapping[str, ParamSpec] = MappingProxyType(
    {
        "min_fee": ParamSpec(
            _EXC // 1000, 0, I64_MAX, "smallest fee an action may carry, in base units (default 0.001 ExC)"
        ),
        "voting_period_blocks": ParamSpec(600, 1, 10_000_000, "blocks a proposal stays open for votes"),
        "quorum_bps": ParamSpec(
            1000, 0, 10_000, "share of the total reputation (basis points) that must vote for a valid tally"
        ),
        "threshold_bps": ParamSpec(
            5000, 0, 9999, "a proposal passes when yes exceeds this share (basis points) of yes + no"
        ),
        "proposal_min_reputation": ParamSpec(1, 0, I64_MAX, "reputation score needed to make a proposal"),
        "arbiter_min_reputation": ParamSpec(
            10, 0, I64_MAX, "reputation score needed to register as, and be drawn as, an arbiter"
        ),
        "arbiter_fee_bps": ParamSpec(200, 0, 5000, "the arbiter's fee on a resolved escrow, in basis points"),
        "arbiter_timeout_blocks": ParamSpec(
            86_400, 1, 10_000_000, "blocks a drawn arbiter has to rule before either party may have another drawn"
        ),
        "min_release_timeout_blocks": ParamSpec(
            10, 1, 10_000_000, "the shortest automatic-release timeout a listing may set"
        ),
        "promotion_price_per_block": ParamSpec(
            _EXC // 10_000, 0, I64_MAX, "smallest promotion payment per promoted block, in base units"
        ),
        "promotion_cap": ParamSpec(2, 0, 100, "promoted posts a client shows at most per feed page"),
        "fuel_bytes_per_exc": ParamSpec(2**30, 1, 2**50, "blob-store quota bought by fuelling 1 ExC, in bytes"),
        "reward_author_bps": ParamSpec(
            5000, 0, 10_000, "authors' share of the reward pool in basis points; the rest goes to curators"
        ),
        "max_skills_per_actor": ParamSpec(32, 1, 1024, "distinct skills one actor may claim"),
        "epoch_blocks": ParamSpec(
            100, 1, 10_000_000, "blocks per epoch: trust is recomputed and the reward pool paid when one ends"
        ),
        "trust_damping_bps": ParamSpec(
            5000, 0, 9000, "share of an endorser's trust that flows on through its endorsements (basis points)"
        ),
        "seed_trust": ParamSpec(10, 0, 1_000_000, "trust points of each pre-trusted (genesis) account"),
        "fee_reward_bps": ParamSpec(
            0, 0, 10_000, "share of every fee paid into the reward pool instead of the community fund"
        ),
    }
)


def check_parameter(name: str, value: int) -> None:
    """Raise ValidationError unless `name` is a known parameter and `value` is within its range."""
    spec = PARAMETERS.get(name)
    if spec is None:
        raise ValidationError(f"unknown parameter '{name}'")
    if type(value) is not int or not spec.lo <= value <= spec.hi:
        raise ValidationError(f"parameter '{name}' must be within [{spec.lo}, {spec.hi}], got {value!r}")


@wire
class Param(Struct):
    name: Annotated[str, Text(64, min_len=1)]
    value: Annotated[int, I64()]

    def validate(self) -> None:
        check_parameter(self.name, self.value)


@wire
class Params(Struct):
    """Every parameter's value, sorted by name; a parameter missing here has its default."""

    values: Annotated[tuple[Param, ...], ListOf(Nested(Param), 256, sorted_unique=True)]

    @classmethod
    def of(cls, overrides: Mapping[str, int] | None = None) -> Params:
        """All parameters at their defaults, except `overrides` (each checked)."""
        merged = {name: spec.default for name, spec in PARAMETERS.items()}
        for name, value in (overrides or {}).items():
            check_parameter(name, value)
            merged[name] = value
        return cls(tuple(Param(name, merged[name]) for name in sorted(merged)))

    def get(self, name: str) -> int:
        for param in self.values:
            if param.name == name:
                return param.value
        spec = PARAMETERS.get(name)
        if spec is None:
            raise KeyError(name)
        return spec.default

    def as_dict(self) -> dict[str, int]:
        out = {name: spec.default for name, spec in PARAMETERS.items()}
        out.update((p.name, p.value) for p in self.values)
        return out

    def with_value(self, name: str, value: int) -> Params:
        merged = self.as_dict()
        check_parameter(name, value)
        merged[name] = value
        return Params(tuple(Param(n, merged[n]) for n in sorted(merged)))
